// Feature: helpers shared by the IAM policy rules: how severe a rejection is for the API that receives the
// policy, how a policy and a statement are named in a message, and AWS's own message texts, quoted once.

import type { PolicyApi, PolicyTarget } from '../../classify';
import type { Locale } from '../../i18n';
import type { Member, PolicyView, StatementView } from '../../iam/policyView';
import { statementFindings, statementsFindings } from '../../iam/statementReuse';
import type { RuleContext } from '../types';
import type { Node } from '../../jsonTree';
import type { Finding, Fix, Severity, Span } from '../../types';
// "Did you mean" distances come from one place, so every rule ranks suggestions alike.
export { editDistance } from '../../suggest';

/**
 * Which services are known to reject a mistake. IAM's messages come from moto's validator, whose cases
 * were captured from AWS (facts: iam.md §1.1); S3's from public reports of PutBucketPolicy failures.
 */
export type Rejecters = 'iam' | 'iam-and-s3' | 'all';

/**
 * The severity of a finding that some AWS APIs reject: an error where the receiving API is known to refuse
 * the policy, a warning where the policy goes to a service whose behaviour is not documented, or where a
 * standalone file may go anywhere.
 */
export function rejectionSeverity(api: PolicyApi, rejecters: Rejecters): Severity {
  if (rejecters === 'all') return 'error';
  if (api === 'iam-identity' || api === 'iam-trust') return 'error';
  if (rejecters === 'iam-and-s3' && api === 's3-bucket') return 'error';
  return 'warning';
}

/** `Statement 2` or `Statement "AllowRead"`, for messages; English messages put it first in a sentence. */
export function statementName(s: StatementView, locale: Locale): string {
  if (s.sidValue) return locale === 'ja' ? `ステートメント "${s.sidValue}"` : `Statement "${s.sidValue}"`;
  return locale === 'ja' ? `ステートメント ${s.index + 1}` : `Statement ${s.index + 1}`;
}

/** AWS's messages, verbatim, so that a user can search for them. */
export const AWS_MESSAGES = {
  syntax: 'MalformedPolicyDocument: Syntax errors in policy.',
  legacy: 'MalformedPolicyDocument: The policy failed legacy parsing',
  version: 'MalformedPolicyDocument: Policy document must be version 2012-10-17 or greater.',
  uniqueSid: 'MalformedPolicyDocument: Statement IDs (SID) in a single policy must be unique.',
  alphanumericSid: 'Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*',
  missingActions: 'MalformedPolicyDocument: Policy statement must contain actions.',
  missingResources: 'MalformedPolicyDocument: Policy statement must contain resources.',
  vendor: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  oneColon: 'Actions/Condition can contain only one colon.',
  principalInIdentity: 'MalformedPolicyDocument: Policy document should not specify a principal.',
  s3MissingPrincipal: 'MalformedPolicy: Missing required field Principal',
  invalidPrincipal: 'Invalid principal in policy',
  trustResource: 'MalformedPolicyDocument: Has prohibited field Resource',
  trustActions: 'MalformedPolicyDocument: AssumeRole policy may only specify STS AssumeRole actions.',
  s3InvalidResource: 'MalformedPolicy: Policy has invalid resource',
  characters: "1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
} as const;

/** A finding with the common fields; `extra` adds fixes, related spans or the unnecessary mark. */
export function finding(rule: string, severity: Severity, message: string, span: Span, extra: { fixes?: Fix[]; unnecessary?: boolean; related?: Finding['related'] } = {}): Finding {
  return { rule, severity, message, span, ...extra };
}

/** A one-edit quick fix. */
export function replaceFix(title: string, span: Span, newText: string, isPreferred = true): Fix {
  return { title, edits: [{ span, newText }], isPreferred };
}

/** Quotes a user's value for a message, shortened when long. */
export function quote(value: string, max = 80): string {
  const text = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return JSON.stringify(text);
}

/**
 * The text to write into the policy for a piece of JSON: as it is for a policy file or object, and escaped
 * once more for a policy held in a JSON string, so that a fix keeps the outer string valid.
 */
export function jsonText(target: PolicyTarget, json: string): string {
  return target.embedding === 'string' ? JSON.stringify(json).slice(1, -1) : json;
}

/**
 * A fix that deletes one member (`"Key": value`) of an object together with the comma that separates it
 * from a neighbour, so the object stays valid JSON.
 */
export function removeMemberFix(target: PolicyTarget, member: Member, title: string): Fix | undefined {
  const property = member.key.parent;
  const object = property?.parent;
  if (!property || property.type !== 'property' || !object?.children) return undefined;
  const siblings = object.children;
  const at = siblings.indexOf(property);
  let start = property.offset;
  let end = property.offset + property.length;
  if (at >= 0 && at + 1 < siblings.length) {
    end = siblings[at + 1].offset;
  } else if (at > 0) {
    const previous = siblings[at - 1];
    start = previous.offset + previous.length;
  }
  return replaceFix(title, target.toDocument({ offset: start, length: end - start }), '', false);
}

/** The policy's opening brace, where findings about the whole policy are shown. */
export function openingBrace(view: PolicyView): Span {
  const root = view.root ?? view.target.root;
  if (!root) return view.target.toDocument({ offset: 0, length: 0 });
  return view.target.toDocument({ offset: root.offset, length: Math.min(1, root.length) });
}

/** A statement's opening brace, where findings about a missing element are shown. */
export function statementBrace(view: PolicyView, s: StatementView): Span {
  return view.target.toDocument({ offset: s.node.offset, length: Math.min(1, s.node.length) });
}


/**
 * A fix that deletes one array item or one object member, with the comma that separates it from a
 * neighbour, so the JSON stays valid.
 */
export function removeNodeFix(target: PolicyTarget, node: Node, title: string, isPreferred = false): Fix | undefined {
  const item = node.parent?.type === 'property' ? node.parent : node;
  const container = item.parent;
  if (!container?.children || (container.type !== 'array' && container.type !== 'object')) return undefined;
  const siblings = container.children;
  const at = siblings.indexOf(item);
  if (at < 0) return undefined;
  let start = item.offset;
  let end = item.offset + item.length;
  if (at + 1 < siblings.length) end = siblings[at + 1].offset;
  else if (at > 0) start = siblings[at - 1].offset + siblings[at - 1].length;
  return replaceFix(title, target.toDocument({ offset: start, length: end - start }), '', isPreferred);
}

/**
 * Runs a rule's check of one statement over every statement of a policy, in order. Each statement's findings
 * are reused across document versions while its text, its index and the policy's context stay the same
 * (iam/statementReuse.ts), so the check must read only the statement and the context listed there.
 */
export function statementChecks(rule: string, ctx: RuleContext, view: PolicyView, check: (s: StatementView) => Finding[]): Finding[] {
  return statementsFindings(rule, ctx.doc, ctx.options, view, check);
}

/**
 * `statementChecks` for the statement at `position` in `view.statements`, for rules that meet the statements in
 * the middle of a walk.
 */
export function statementCheck(rule: string, ctx: RuleContext, view: PolicyView, position: number, check: (s: StatementView) => Finding[]): readonly Finding[] {
  return statementFindings(rule, ctx.doc, ctx.options, view, position, check);
}
