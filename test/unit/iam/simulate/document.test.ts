// Simulate IAM Request on a document: which policy is picked (by position, the first by default), the request
// checks, and why there is no answer when there is none, in English and Japanese. Each row renders the answer
// as "label #index/count → decision" or "code: message" and compares it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  parseDocument, policyList, simulateIamRequest,
  type IamSimulationAnswer, type IamSimulationRequest, type Locale,
} from '../../../../server/src/analysis';

function render(answer: IamSimulationAnswer): string {
  if (answer.error) return `${answer.error.code}: ${answer.error.message}`;
  return `${answer.picked.label} ${answer.picked.index + 1}/${answer.picked.count} → ${answer.result.decision}`;
}

const TEMPLATE = JSON.stringify({
  Resources: {
    Role: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        Policies: [{ PolicyName: 'read', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } }],
      },
    },
  },
});
const POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] });
const READ: IamSimulationRequest = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };

const rows: { name: string; text: string | undefined; request: IamSimulationRequest; locale?: Locale; expected: string }[] = [
  { name: 'the only policy by default', text: POLICY, request: READ, expected: 'this policy file 1/1 → allowed' },
  { name: 'the first of several by default', text: TEMPLATE, request: READ, expected: 'AssumeRolePolicyDocument of Role (AWS::IAM::Role) 1/2 → implicit-deny' },
  { name: 'by position', text: TEMPLATE, request: { ...READ, policy: 1 }, expected: 'PolicyDocument of read in Role (AWS::IAM::Role) 2/2 → allowed' },
  { name: 'a position past the end', text: TEMPLATE, request: { ...READ, policy: 2 }, expected: 'no-such-policy: The document has no policy #3; it holds 2.' },
  { name: 'a document without a policy', text: '{"name": "x"}', request: READ, expected: 'no-policy: The document holds no IAM policy.' },
  { name: 'a document that is not open', text: undefined, request: READ, expected: 'not-open: The document is not open.' },
  { name: 'an action with a wildcard', text: POLICY, request: { ...READ, action: 's3:Get*' },
    expected: 'bad-action: "s3:Get*" is not an action: write service:Action, such as s3:GetObject, without wildcards.' },
  { name: 'no resource', text: POLICY, request: { ...READ, resource: ' ' }, expected: 'no-resource: Give a resource ARN, or * for actions that take no resource.' },
  { name: 'a context key without a service', text: POLICY, request: { ...READ, context: { SourceIp: '1' } },
    expected: 'bad-context-key: "SourceIp" is not a condition key: write service:Key, such as aws:SourceIp.' },
  { name: 'Japanese: a position past the end', text: TEMPLATE, request: { ...READ, policy: 5 }, locale: 'ja',
    expected: 'no-such-policy: このドキュメントにポリシー #6 はありません（ポリシーは 2 個です）。' },
  { name: 'Japanese: no policy', text: '{"name": "x"}', request: READ, locale: 'ja', expected: 'no-policy: このドキュメントには IAM ポリシーがありません。' },
  { name: 'Japanese: not open', text: undefined, request: READ, locale: 'ja', expected: 'not-open: ドキュメントが開かれていません。' },
  { name: 'Japanese: the label of the pick', text: TEMPLATE, request: { ...READ, policy: 1 }, locale: 'ja', expected: 'Role (AWS::IAM::Role) の read の PolicyDocument 2/2 → allowed' },
];

for (const row of rows) {
  test(`simulateIamRequest: ${row.name}`, () => {
    const doc = row.text === undefined ? undefined : parseDocument(row.text);
    assert.equal(render(simulateIamRequest(doc, row.request, { locale: row.locale })), row.expected);
  });
}

test('simulateIamRequest: the request is checked before the document, in that order', () => {
  // A request from the wire may be anything: the action is read as text first.
  const loose = { action: 42, resource: null, context: 'x', policy: 'first' } as unknown as IamSimulationRequest;
  assert.equal(simulateIamRequest(parseDocument(TEMPLATE), loose).error?.code, 'bad-action');
  assert.equal(simulateIamRequest(undefined, { action: 'x', resource: '' }).error?.code, 'not-open');
  assert.equal(simulateIamRequest(parseDocument('{}'), { ...READ, policy: 3 }).error?.code, 'no-policy');
  // The picked policy's position is echoed in the result as well.
  assert.equal(simulateIamRequest(parseDocument(TEMPLATE), { ...READ, policy: 1 }).result?.policy.index, 1);
});

test('policyList: every policy with its label, kind, anchor and number of statements', () => {
  const entries = policyList(parseDocument(TEMPLATE));
  assert.deepEqual(entries.map((e) => [e.index, e.label, e.kind, e.statementCount, TEMPLATE.slice(e.span.offset, e.span.offset + e.span.length)]), [
    [0, 'AssumeRolePolicyDocument of Role (AWS::IAM::Role)', 'trust', 1, '"Statement"'],
    [1, 'PolicyDocument of read in Role (AWS::IAM::Role)', 'identity', 1, '"Statement"'],
  ]);
  assert.equal(policyList(parseDocument(TEMPLATE), { locale: 'ja' })[1].label, 'Role (AWS::IAM::Role) の read の PolicyDocument');
});
