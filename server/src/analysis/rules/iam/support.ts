// Feature: helpers shared by the IAM policy rules: how severe a rejection is for the API that receives the
// policy, how a policy and a statement are named in a message, and AWS's own message texts, quoted once.

import type { PolicyApi } from '../../document/classify';
import type { Locale } from '../../util/i18n';
import type { PolicyView, StatementView } from '../../iam/policyView';
import type { Finding, Fix, Severity, Span } from '../../types';
// "Did you mean" distances come from one place, so every rule ranks suggestions alike.
export { editDistance } from '../../util/suggest';

/**
 * Which services are known to reject a mistake. IAM's messages come from moto's validator
 * (moto/iam/policy_validation.py), whose cases were captured from AWS; S3's from public reports of
 * PutBucketPolicy failures.
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

/** Quotes a user's value for a message, shortened when long. */
export function quote(value: string, max = 80): string {
  const text = value.length > max ? `${value.slice(0, max - 1)}…` : value;
  return JSON.stringify(text);
}

/** The policy's opening brace, where findings about the whole policy are shown. */
export function openingBrace(view: PolicyView): Span {
  const root = view.root ?? view.target.root;
  if (!root) return view.target.toDocument({ offset: 0, length: 0 });
  return view.target.toDocument({ offset: root.offset, length: Math.min(1, root.length) });
}
