// Feature: what an IAM simulation answers: the decision, the statements it rests on, and for every statement
// and element how it compares with the request and why, with the spans of the document they come from.

import type { PolicyKind } from '../../document/classify';
import type { Span } from '../../types';
import type { IamDecision } from './text';

export type { IamDecision } from './text';

/** How one element or condition compares with the request. */
export type Outcome = 'match' | 'no-match' | 'unknown';

/**
 * `not-applicable`: the element is absent and that is fine for this kind of policy (no Condition; no Principal
 * in an identity policy; no Resource in a trust policy). `not-checked`: the Principal, when no principal was
 * given. Both count as a match.
 */
export type ElementOutcome = Outcome | 'not-applicable' | 'not-checked';

export interface ElementCheck {
  outcome: ElementOutcome;
  /** Why, in words (Markdown: values from the document are code spans). */
  reason: string;
  /** The value that decided (the matching pattern), or the element. */
  span?: Span;
}

/** One `"key": values` entry of one condition operator, evaluated. */
export interface ConditionCheck {
  operator: string;
  key: string;
  /** The policy's values, as IAM compares them (intrinsic functions are left out). */
  values: string[];
  outcome: Outcome;
  reason: string;
  /** The condition key in the document. */
  span: Span;
}

export interface StatementCheck {
  /** The position in the Statement array (0 for a single statement object). */
  index: number;
  sid?: string;
  /** `unknown` when the Effect is an intrinsic function; undefined when it is not exactly Allow or Deny. */
  effect?: 'Allow' | 'Deny' | 'unknown';
  outcome: Outcome;
  /** Set when the statement cannot apply whatever its elements say (invalid Effect, unresolved variable). */
  invalid?: string;
  action: ElementCheck;
  resource: ElementCheck;
  principal: ElementCheck;
  condition: ElementCheck & { checks: ConditionCheck[] };
  /** The statement object in the document. */
  span: Span;
}

/** A statement the decision rests on. */
export interface DecidingStatement {
  index: number;
  sid?: string;
  effect?: 'Allow' | 'Deny' | 'unknown';
  outcome: Outcome;
  span: Span;
}

export interface IamSimulationResult {
  request: { action: string; resource: string; principal?: string; context: Record<string, string[]> };
  policy: { index: number; label: string; kind: PolicyKind; version?: string };
  /** `unknown` when the answer depends on values only known at deployment; see `possibleDecisions`. */
  decision: IamDecision | 'unknown';
  /** The decision, or every decision still possible when it is `unknown`. */
  possibleDecisions: IamDecision[];
  /**
   * The statements that decided: the applying Deny statements (explicit deny), the applying Allow statements
   * (allowed), none (implicit deny), or the statements the answer hangs on (unknown).
   */
  deciding: DecidingStatement[];
  statements: StatementCheck[];
  /** Statement array items that are intrinsic functions, whose content is only known at deployment. */
  unknownStatements: number;
  /** Assumptions and caveats the answer rests on, in words. */
  notes: string[];
  /** The policy's Statement key (or the policy itself), for revealing it when no statement decided. */
  policySpan: Span;
}
