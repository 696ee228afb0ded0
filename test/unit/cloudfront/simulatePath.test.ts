// Simulate Path on a document: which distribution is picked (by position, by logical id, the first by default),
// and why there is no answer when there is none, in English and Japanese. Each row renders the answer as
// "Label #index/count → behavior" or "code: message" and compares it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distributionList, parseDocument, simulatePath, type Locale, type PathSimulationAnswer, type PathSimulationRequest } from '../../../server/src/analysis';
import { apiDistribution, cfnTemplate } from './builders';

function render(answer: PathSimulationAnswer): string {
  if (answer.error) return `${answer.error.code}: ${answer.error.message}`;
  const { behavior } = answer.result;
  const hit = behavior.kind === 'default' ? 'default' : `#${behavior.index + 1} ${behavior.pathPattern}`;
  return `${answer.picked.label} ${answer.picked.index + 1}/${answer.picked.count} → ${hit}`;
}

const TEMPLATE = cfnTemplate({ Web: ['/web/*'], Api: ['/api/*'] });
const API = apiDistribution(['/images/*']);
// A template's distribution is recognised by its resource type, with or without a DefaultCacheBehavior.
const NO_DEFAULT = JSON.stringify({ Resources: { Site: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, Origins: [] } } } } });
const POLICY = '{"Version": "2012-10-17", "Statement": []}';

const rows: { name: string; text: string | undefined; request: PathSimulationRequest; locale?: Locale; expected: string }[] = [
  { name: 'the only distribution by default', text: API, request: { input: '/images/a.png' }, expected: 'DistributionConfig 1/1 → #1 /images/*' },
  { name: 'the first of several by default', text: TEMPLATE, request: { input: '/api/x' }, expected: 'Web 1/2 → default' },
  { name: 'by position', text: TEMPLATE, request: { input: '/api/x', distribution: 1 }, expected: 'Api 2/2 → #1 /api/*' },
  { name: 'by logical id', text: TEMPLATE, request: { input: '/api/x', distribution: 'Api' }, expected: 'Api 2/2 → #1 /api/*' },
  { name: 'a logical id is not a position', text: TEMPLATE, request: { input: '/', distribution: '1' },
    expected: 'unknown-logical-id: The document has no distribution with logical id "1" (found: Web, Api).' },
  { name: 'a position past the end', text: TEMPLATE, request: { input: '/', distribution: 2 }, expected: 'no-such-distribution: The document has no distribution #3; it holds 2.' },
  { name: 'a negative position', text: API, request: { input: '/', distribution: -1 }, expected: 'no-such-distribution: The document has no distribution #0; it holds 1.' },
  { name: 'a fractional position', text: API, request: { input: '/', distribution: 0.5 }, expected: 'no-such-distribution: The document has no distribution #1.5; it holds 1.' },
  { name: 'a document without a distribution', text: POLICY, request: { input: '/' }, expected: 'no-distribution: The document holds no CloudFront distribution config.' },
  { name: 'a document that is not open', text: undefined, request: { input: '/' }, expected: 'not-open: The document is not open.' },
  { name: 'a distribution without DefaultCacheBehavior', text: NO_DEFAULT, request: { input: '/' },
    expected: 'no-default-behavior: The distribution has no DefaultCacheBehavior, so no request can be answered.' },
  { name: 'Japanese: an unknown logical id', text: TEMPLATE, request: { input: '/', distribution: 'Nope' }, locale: 'ja',
    expected: 'unknown-logical-id: このドキュメントに論理 ID "Nope" のディストリビューションはありません（あるのは Web, Api）。' },
  { name: 'Japanese: a position past the end', text: API, request: { input: '/', distribution: 1 }, locale: 'ja',
    expected: 'no-such-distribution: このドキュメントにディストリビューション #2 はありません（ディストリビューションは 1 個です）。' },
  { name: 'Japanese: no distribution', text: POLICY, request: { input: '/' }, locale: 'ja', expected: 'no-distribution: このドキュメントには CloudFront ディストリビューション設定がありません。' },
  { name: 'Japanese: not open', text: undefined, request: { input: '/' }, locale: 'ja', expected: 'not-open: ドキュメントが開かれていません。' },
  { name: 'Japanese: no DefaultCacheBehavior', text: NO_DEFAULT, request: { input: '/' }, locale: 'ja',
    expected: 'no-default-behavior: ディストリビューションに DefaultCacheBehavior がないため、どのリクエストにも答えられません。' },
];

for (const row of rows) {
  test(`simulatePath: ${row.name}`, () => {
    const doc = row.text === undefined ? undefined : parseDocument(row.text);
    assert.equal(render(simulatePath(doc, row.request, { locale: row.locale })), row.expected);
  });
}

test('simulatePath: a request from the wire is read as text, whatever its types', () => {
  const doc = parseDocument(API);
  const loose = (request: object): PathSimulationRequest => request as PathSimulationRequest;
  const answer = simulatePath(doc, loose({ input: 42, method: 7, distribution: null }));
  assert.equal(answer.result?.input, '42');
  assert.equal(answer.result?.method, '7');
  assert.equal(answer.result?.methodAllowed, false);
  assert.equal(simulatePath(doc, loose({})).result?.input, '');
  assert.equal(simulatePath(doc, loose({ input: '/', distribution: {} })).error?.code, 'no-such-distribution');
});

test('simulatePath: the method and the path semantics reach the simulation', () => {
  const doc = parseDocument(apiDistribution(['/a?b']));
  assert.equal(simulatePath(doc, { input: '/a/b', method: 'post' }).result?.method, 'POST');
  assert.equal(render(simulatePath(doc, { input: '/a/b' })), 'DistributionConfig 1/1 → #1 /a?b');
  assert.equal(render(simulatePath(doc, { input: '/a/b' }, { semantics: { questionMatchesSlash: false } })), 'DistributionConfig 1/1 → default');
});

test('distributionList: every distribution with its label, config span and number of behaviors', () => {
  const text = cfnTemplate({ Web: ['/web/*'], Api: ['/api/*', '/v2/*'] });
  const entries = distributionList(parseDocument(text));
  assert.deepEqual(entries.map((e) => [e.index, e.label, e.behaviorCount]), [[0, 'Web', 1], [1, 'Api', 2]]);
  for (const entry of entries) assert.ok(text.slice(entry.span.offset, entry.span.offset + entry.span.length).startsWith('{\n'), entry.label);
  assert.ok(text.slice(entries[1].span.offset, entries[1].span.offset + entries[1].span.length).includes('"/v2/*"'));
  assert.deepEqual(distributionList(parseDocument(POLICY)), []);
});
