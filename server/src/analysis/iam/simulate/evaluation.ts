// Feature: what every check of an IAM simulation shares: the three-valued logic of an answer that may hang on
// values only known at deployment, and the evaluation context (the words, the policy, the request's keys, the
// notes gathered on the way).

import { code } from '../../util/markdown';
import type { PolicyView } from '../policyView';
import type { ElementOutcome, Outcome } from './result';
import type { IamSimulateText } from './text';

/** A verdict that may still depend on values only known at deployment. */
export type Tri = 'yes' | 'no' | 'unknown';

export const triOr = (a: Tri, b: Tri): Tri => (a === 'yes' || b === 'yes' ? 'yes' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'no');
export const triAnd = (a: Tri, b: Tri): Tri => (a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes');
export const triNot = (a: Tri): Tri => (a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'unknown');
export const fromBool = (b: boolean): Tri => (b ? 'yes' : 'no');
export const toOutcome = (t: Tri): Outcome => (t === 'yes' ? 'match' : t === 'no' ? 'no-match' : 'unknown');
export const elementTri = (o: ElementOutcome): Tri => (o === 'no-match' ? 'no' : o === 'unknown' ? 'unknown' : 'yes');

/** What every check reads: the words, the policy, the request's context keys, and where notes go. */
export interface Context {
  t: IamSimulateText;
  view: PolicyView;
  /** Condition key names compare without regard to case (IAMUG reference_policies_elements_condition). */
  lookup(key: string): string[] | undefined;
  /** Policy variables are filled in only under Version 2012-10-17 (IAMUG reference_policies_elements_version). */
  variables: boolean;
  note(text: string): void;
}

/** A list of values for a reason: the first three as code spans, and how many more. */
export function listOf(values: string[], t: IamSimulateText): string {
  return t.list(values.slice(0, 3).map(code), Math.max(0, values.length - 3));
}
