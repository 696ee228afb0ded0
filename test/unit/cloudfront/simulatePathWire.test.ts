// The wire form of Simulate Path, shared by the LSP handler and the CLI: the result without offsets, the
// report, the pick, and the behavior as a span of the document (⟦…⟧ marks it in the fixture).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPathSimulation, parseDocument, pathSimulationReply, simulatePath } from '../../../server/src/analysis';
import { annotate, parseFixture } from '../fixture';

const POLICY_ID = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const SOURCE = `{
  "DistributionConfig": {
    "CallerReference": "r",
    "Origins": { "Quantity": 1, "Items": [{ "Id": "s3", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": { "OriginAccessIdentity": "" } }] },
    "DefaultCacheBehavior": { "TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all", "CachePolicyId": "${POLICY_ID}" },
    "CacheBehaviors": { "Quantity": 1, "Items": [⟦{ "PathPattern": "/images/*", "TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all", "CachePolicyId": "${POLICY_ID}" }⟧] },
    "Comment": "",
    "Enabled": true
  }
}`;

test('pathSimulationReply: the result without offsets, its report, the pick and the behavior span', () => {
  const { text } = parseFixture(SOURCE);
  const answer = simulatePath(parseDocument(text), { input: '/images/a.png?v=1', method: 'HEAD' });
  assert.ok(answer.result);
  const reply = pathSimulationReply(answer);
  assert.ok(reply.result);
  assert.equal(annotate(text, [reply.behaviorSpan]), SOURCE);
  assert.deepEqual(reply.picked, { index: 0, label: 'DistributionConfig', count: 1 });
  assert.equal(reply.report, formatPathSimulation(answer.result, answer.distribution));
  const { behaviorSpan: _span, ...withoutSpan } = answer.result;
  assert.deepEqual(reply.result, withoutSpan);
  assert.equal(JSON.stringify(reply.result).includes('Span'), false);
  // Plain JSON: it survives the trip through the protocol unchanged.
  assert.deepEqual(JSON.parse(JSON.stringify(reply)), reply);
});

test('pathSimulationReply: the report follows the locale', () => {
  const { text } = parseFixture(SOURCE);
  const answer = simulatePath(parseDocument(text), { input: '/images/a.png' }, { locale: 'ja' });
  const ja = pathSimulationReply(answer, 'ja');
  const en = pathSimulationReply(answer);
  assert.ok(ja.result && en.result);
  assert.match(ja.report, /^# GET \/images\/a\.png\n\n\*\*ビヘイビア #1 `\/images\/\*`\*\* に一致します。/);
  assert.match(en.report, /\*\*Hits behavior #1 `\/images\/\*`\*\*/);
});

test('pathSimulationReply: an error is the error alone', () => {
  const answer = simulatePath(undefined, { input: '/' }, { locale: 'ja' });
  assert.deepEqual(pathSimulationReply(answer, 'ja'), { error: { code: 'not-open', message: 'ドキュメントが開かれていません。' } });
});
