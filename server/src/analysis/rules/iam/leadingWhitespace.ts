// Rule: iam/leading-whitespace. A policy whose text does not begin with `{`.
// IAM and S3 refuse such a document before reading it, each with its own message (facts: iam.md §1.2).
// The check applies to what is actually sent: the whole file for `file://` policies, and the decoded
// value for policies held in JSON strings. Policies written as objects are serialised by the tool that
// sends them, so they cannot carry leading whitespace.

import type { PolicyApi, PolicyTarget } from '../../classify';
import type { Finding, Severity } from '../../types';
import type { Rule } from '../types';

const REJECTIONS: Record<PolicyApi, string> = {
  'iam-identity': 'IAM refuses it: PutRolePolicy, PutUserPolicy, PutGroupPolicy and CreatePolicy fail with ' +
    '"MalformedPolicyDocument: The policy failed legacy parsing".',
  'iam-trust': 'IAM refuses this trust policy: CreateRole and UpdateAssumeRolePolicy fail with ' +
    '"MalformedPolicyDocument: JSON strings must not have leading spaces".',
  's3-bucket': 'S3 refuses it: PutBucketPolicy fails with ' +
    '"MalformedPolicy: Policies must be valid JSON and the first byte must be \'{\'".',
  other: 'IAM and S3 refuse such policies ("The policy failed legacy parsing"; "the first byte must be \'{\'"), ' +
    'and other services may too.',
};

interface CharName {
  test: (ch: string) => boolean;
  one: string;
  many: (n: number) => string;
}

const CHAR_NAMES: CharName[] = [
  { test: (c) => c === '\n', one: 'a line break', many: (n) => `${n} line breaks` },
  { test: (c) => c === '\r', one: 'a carriage return', many: (n) => `${n} carriage returns` },
  { test: (c) => c === ' ', one: 'a space', many: (n) => `${n} spaces` },
  { test: (c) => c === '\t', one: 'a tab', many: (n) => `${n} tabs` },
  { test: (c) => c === '\u00a0', one: 'a no-break space (U+00A0)', many: (n) => `${n} no-break spaces (U+00A0)` },
  { test: (c) => c === '\ufeff', one: 'a byte order mark (U+FEFF)', many: (n) => `${n} byte order marks (U+FEFF)` },
];

/** Describes a run of invisible characters in words, such as "a line break and 2 spaces". */
export function describeWhitespace(text: string): string {
  const groups: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    let j = i;
    while (j < text.length && text[j] === ch) j++;
    const count = j - i;
    const name = CHAR_NAMES.find((n) => n.test(ch));
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    groups.push(name ? (count === 1 ? name.one : name.many(count)) : `${count} × ${code}`);
    i = j;
  }
  if (groups.length > 4) return `${groups.slice(0, 3).join(', ')} and more invisible characters`;
  return groups.length <= 1 ? groups.join('') : `${groups.slice(0, -1).join(', ')} and ${groups[groups.length - 1]}`;
}

function checkPolicy(policy: PolicyTarget): Finding | undefined {
  if (policy.embedding === 'object') return undefined;
  const leading = /^[\s\uFEFF]+(?=\{)/.exec(policy.text);
  if (!leading) return undefined;
  // Embedded strings for services without documented behaviour are left alone: no evidence, no finding.
  if (policy.embedding === 'string' && policy.api === 'other') return undefined;
  const severity: Severity = policy.api === 'other' ? 'warning' : 'error';
  const span = policy.toDocument({ offset: 0, length: leading[0].length });
  const subject = policy.embedding === 'document' ? 'This policy file' : `The ${policy.context}`;
  return {
    rule: 'iam/leading-whitespace',
    severity,
    message: `${subject} begins with ${describeWhitespace(leading[0])} before "{". ${REJECTIONS[policy.api]} ` +
      'Remove everything before "{".',
    span,
    fixes: [{ title: 'Remove the characters before "{"', edits: [{ span, newText: '' }], isPreferred: true }],
  };
}

export const leadingWhitespace: Rule = {
  meta: {
    id: 'iam/leading-whitespace',
    title: 'Policy text must start with "{"',
    severity: 'error',
    description: 'IAM and S3 reject a policy document whose first character is not "{", including a leading line ' +
      'break, space, tab, no-break space or byte order mark. This often comes from a heredoc, a triple-quoted ' +
      'string or a file that starts with an empty line. IAM answers "The policy failed legacy parsing" ' +
      '(inline and managed policies) or "JSON strings must not have leading spaces" (trust policies); S3 answers ' +
      '"the first byte must be \'{\'".',
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://github.com/hashicorp/terraform/issues/14652',
      'https://github.com/hashicorp/terraform-provider-aws/issues/12267',
    ],
  },
  check({ doc }) {
    const findings: Finding[] = [];
    for (const policy of doc.model.policies) {
      const finding = checkPolicy(policy);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
