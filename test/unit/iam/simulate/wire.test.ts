// The wire form of Simulate IAM Request, shared by the LSP handler and the CLI: the result without offsets,
// the report, the pick, and the places to reveal as spans of the document (⟦…⟧ marks them in the fixtures).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIamSimulation, iamSimulationForWire, iamSimulationReply, parseDocument, simulateIamRequest } from '../../../../server/src/analysis';
import { annotate, parseFixture } from '../../fixture';

const DENIED = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
    ⟦{ "Sid": "NoSecrets", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::b/secret/*" }⟧,
    ⟦{ "Sid": "NoTls", "Effect": "Deny", "Action": "*", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "false" } } }⟧
  ]
}`;

test('iamSimulationReply: the deciding statements are spans, the result has no offsets, the report is rendered', () => {
  const { text } = parseFixture(DENIED);
  const answer = simulateIamRequest(parseDocument(text), { action: 's3:GetObject', resource: 'arn:aws:s3:::b/secret/k', context: { 'aws:SecureTransport': 'false' } });
  assert.ok(answer.result);
  const reply = iamSimulationReply(answer);
  assert.ok(reply.result);
  assert.equal(reply.result.decision, 'explicit-deny');
  assert.equal(annotate(text, reply.decidingSpans), DENIED);
  assert.equal(text.slice(reply.policySpan.offset, reply.policySpan.offset + reply.policySpan.length), '"Statement"');
  assert.deepEqual(reply.picked, { index: 0, label: 'this policy file', count: 1 });
  assert.deepEqual(reply.result, iamSimulationForWire(answer.result));
  assert.equal(reply.report, formatIamSimulation(answer.result));
  assert.equal(/"(span|policySpan)"/.test(JSON.stringify(reply.result)), false);
  // Plain JSON: it survives the trip through the protocol unchanged.
  assert.deepEqual(JSON.parse(JSON.stringify(reply)), reply);
});

test('iamSimulationReply: an implicit deny reveals the Statement key only', () => {
  const source = '{"Version": "2012-10-17", ⟦"Statement"⟧: [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';
  const { text } = parseFixture(source);
  const reply = iamSimulationReply(simulateIamRequest(parseDocument(text), { action: 'ec2:RunInstances', resource: '*' }), 'ja');
  assert.ok(reply.result);
  assert.deepEqual(reply.decidingSpans, []);
  assert.equal(annotate(text, [reply.policySpan]), source);
  assert.match(reply.report, /\*\*暗黙的に拒否されます\*\*/);
});

test('iamSimulationReply: an error is the error alone', () => {
  const reply = iamSimulationReply(simulateIamRequest(parseDocument('{}'), { action: 's3:GetObject', resource: '*' }, { locale: 'ja' }), 'ja');
  assert.deepEqual(reply, { error: { code: 'no-policy', message: 'このドキュメントには IAM ポリシーがありません。' } });
});
