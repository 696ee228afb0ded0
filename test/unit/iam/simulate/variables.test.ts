// Simulate request against the IAM User Guide on policy variables with no value, variables in the ARN, negated
// operators, ForAllValues with an empty value and wildcards inside ARN segments. Each row cites the guide's
// sentence it checks (IAMUG = the IAM User Guide, docs.aws.amazon.com/IAM/latest/UserGuide/) and renders the answer
// as "decision #n…" (the deciding statements, 1-based).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument, simulateIamRequest } from '../../../../server/src/analysis';
import type { ContextValue } from '../../../../server/src/analysis/iam/simulate';

interface Request { action: string; resource?: string; context?: Record<string, ContextValue> }

function verdict(statements: object[], request: Request): string {
  const answer = simulateIamRequest(parseDocument(JSON.stringify({ Version: '2012-10-17', Statement: statements })), { resource: '*', ...request });
  assert.ok(answer.result, answer.error?.message);
  return [answer.result.decision, ...answer.result.deciding.map((d) => `#${d.index + 1}`)].join(' ');
}

const ALLOW_ALL = { Effect: 'Allow', Action: '*', Resource: '*' };
const HOME_OR_AUDIT = ['arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::audit/*'];

const rows: { name: string; statements: object[]; request: Request; expected: string }[] = [
  // IAMUG reference_policies_variables, "Policy variables with no value": "If there is no value for a key, the
  // policy variable ... the element that contains it does not match" — only the entry holding it, not the statement.
  {
    name: 'an unresolved variable voids only its Resource entry: the Deny on the other entry is kept, over an Allow',
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: 's3:DeleteObject', Resource: HOME_OR_AUDIT }],
    request: { action: 's3:DeleteObject', resource: 'arn:aws:s3:::audit/log.txt' }, expected: 'explicit-deny #2',
  },
  {
    name: 'the entry holding the unresolved variable matches nothing, so only the Allow applies there',
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: 's3:DeleteObject', Resource: HOME_OR_AUDIT }],
    request: { action: 's3:DeleteObject', resource: 'arn:aws:s3:::home/${aws:username}/a' }, expected: 'allowed #1',
  },
  {
    name: 'with the key given, the variable entry matches as usual',
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: 's3:DeleteObject', Resource: HOME_OR_AUDIT }],
    request: { action: 's3:DeleteObject', resource: 'arn:aws:s3:::home/ana/a', context: { 'aws:username': 'ana' } }, expected: 'explicit-deny #2',
  },
  {
    name: 'an Allow whose only entry holds an unresolved variable grants nothing',
    statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::home/${aws:username}/*' }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::home/ana/a' }, expected: 'implicit-deny',
  },
  // Same guide sentence, in condition values: the value holding the variable matches nothing; the others count.
  {
    name: 'a condition value holding an unresolved variable matches nothing; the other value still matches (Deny kept)',
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': ['${aws:PrincipalTag/team}', 'audit'] } } }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: { 'aws:ResourceTag/team': 'audit' } }, expected: 'explicit-deny #2',
  },
  {
    name: 'a condition whose only value holds an unresolved variable does not hold',
    statements: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: { 'aws:ResourceTag/team': 'dev' } }, expected: 'implicit-deny',
  },
  // Negated string operators: a value that matches nothing is never equal, so StringNotEquals / StringNotLike hold.
  {
    name: 'StringNotEquals against an unresolved variable: the request value is not equal to it, so the condition holds',
    statements: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: { 'aws:ResourceTag/team': 'dev' } }, expected: 'explicit-deny #1',
  },
  {
    name: 'StringNotLike against an unresolved variable holds, but a resolved value that matches makes it false',
    statements: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotLike: { 'aws:ResourceTag/team': ['${aws:PrincipalTag/team}', 'de*'] } } }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context: { 'aws:ResourceTag/team': 'dev' } }, expected: 'implicit-deny',
  },
  // NotResource: the entry holding the unresolved variable matches nothing, so it excludes nothing.
  {
    name: 'an unresolved variable in NotResource excludes nothing: the Deny applies',
    statements: [ALLOW_ALL, { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::home/${aws:username}/*' }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::home/ana/a' }, expected: 'explicit-deny #2',
  },
  // IAMUG reference_policies_variables: a multivalued key cannot be a policy variable (it does not resolve).
  {
    name: 'a multivalued key used as a policy variable does not resolve: its entry matches nothing',
    statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::b/${aws:TagKeys}/*'] }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/a/k', context: { 'aws:TagKeys': ['a', 'b'] } }, expected: 'implicit-deny',
  },
  // IAMUG reference_policies_variables, "Where you can use policy variables": in a Resource ARN a variable can be
  // used only in the resource part (after the fifth colon); before it, it is not substituted.
  {
    name: 'a variable in the account field of an ARN is not substituted, so the entry does not match the real account',
    statements: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:${aws:PrincipalAccount}:table/t' }],
    request: { action: 'dynamodb:GetItem', resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/t', context: { 'aws:PrincipalAccount': '111122223333' } }, expected: 'implicit-deny',
  },
  {
    name: 'in the resource part of the same ARN, the variable is substituted',
    statements: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/${aws:PrincipalTag/table}' }],
    request: { action: 'dynamodb:GetItem', resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/t', context: { 'aws:PrincipalTag/table': 't' } }, expected: 'allowed #1',
  },
  // IAMUG reference_policies_condition-single-vs-multi-valued-context-keys: ForAllValues "also returns true if
  // there are no context keys in the request or if the context key value resolves to a null dataset, such as an
  // empty string".
  {
    name: 'ForAllValues with an empty-string request value is true',
    statements: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } } }],
    request: { action: 's3:PutObjectTagging', resource: 'arn:aws:s3:::b/k', context: { 'aws:TagKeys': '' } }, expected: 'allowed #1',
  },
  {
    name: 'ForAllValues with a non-empty value outside the set is false',
    statements: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } } }],
    request: { action: 's3:PutObjectTagging', resource: 'arn:aws:s3:::b/k', context: { 'aws:TagKeys': ['', 'owner'] } }, expected: 'implicit-deny',
  },
  // IAMUG reference-arns: wildcards may be used within any ARN segment; r* in the resource part matches role.
  {
    name: 'a wildcard inside the resource type (r*/Admin) matches role/Admin',
    statements: [{ Effect: 'Allow', Action: 'iam:GetRole', Resource: 'arn:aws:iam::123456789012:r*/Admin' }],
    request: { action: 'iam:GetRole', resource: 'arn:aws:iam::123456789012:role/Admin' }, expected: 'allowed #1',
  },
  {
    name: 'r*/Admin does not match role/Admins (the wildcard does not reach past the slash to the name)',
    statements: [{ Effect: 'Allow', Action: 'iam:GetRole', Resource: 'arn:aws:iam::123456789012:r*/Admin' }],
    request: { action: 'iam:GetRole', resource: 'arn:aws:iam::123456789012:role/Admins' }, expected: 'implicit-deny',
  },
];

for (const row of rows) {
  test(`iam simulate (IAMUG): ${row.name}`, () => {
    assert.equal(verdict(row.statements, row.request), row.expected);
  });
}
