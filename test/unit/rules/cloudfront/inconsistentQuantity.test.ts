import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inconsistentQuantity } from '../../../../server/src/analysis/rules/cloudfront/inconsistentQuantity';
import { structure } from '../../../../server/src/analysis/rules/cloudfront/structure';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import { applyEdits, parseFixture, runFixture } from '../../fixture';
import { api, batch, BEHAVIOR, cfn } from '../../cloudfront/schemaFixtures';

interface Row {
  name: string;
  fixture: string;
  summary: string[];
  says?: string[];
  /** The document after the first fix; the finding must be gone. */
  fixed?: string;
  /** The fix is offered but is not the preferred one. */
  notPreferred?: boolean;
}

const E = 'error cloudfront/inconsistent-quantity';
const ORIGIN_GROUP = (quantity: string, statusCodes: string) =>
  `, "OriginGroups": {"Quantity": ${quantity}, "Items": [{"Id": "g", "FailoverCriteria": {"StatusCodes": {${statusCodes}}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "s3"}, {"OriginId": "s3b"}]}}]}`;

const rows: Row[] = [
  { name: 'matching quantities everywhere', fixture: api(BEHAVIOR, ', "Aliases": {"Quantity": 2, "Items": ["a.example.com", "b.example.com"]}, "CacheBehaviors": {"Quantity": 0}'), summary: [] },
  {
    name: 'Aliases: AWS\'s own wording, and a fix that sets Quantity to the number of Items',
    fixture: api(BEHAVIOR, ', "Aliases": {"Quantity": ⟦1⟧, "Items": ["a.example.com", "b.example.com"]}'),
    summary: [E], says: ['The specified quantity of Aliases (1) does not match the actual quantity supplied (2)', 'InconsistentQuantities', 'DistributionConfig.Aliases'],
    fixed: api(BEHAVIOR, ', "Aliases": {"Quantity": 2, "Items": ["a.example.com", "b.example.com"]}'),
  },
  {
    name: 'nested: CachedMethods inside AllowedMethods',
    fixture: api(`${BEHAVIOR}, "AllowedMethods": {"Quantity": 2, "Items": ["GET", "HEAD"], "CachedMethods": {"Quantity": ⟦3⟧, "Items": ["GET", "HEAD"]}}`),
    summary: [E], says: ['CachedMethods (3)', '(2)'],
    fixed: api(`${BEHAVIOR}, "AllowedMethods": {"Quantity": 2, "Items": ["GET", "HEAD"], "CachedMethods": {"Quantity": 2, "Items": ["GET", "HEAD"]}}`),
  },
  {
    name: 'Quantity > 0 without Items: the actual quantity is 0',
    fixture: api(BEHAVIOR, ', "CustomErrorResponses": {"Quantity": ⟦1⟧}'), summary: [E], says: ['(1)', 'supplied (0)', 'Items is missing'],
    fixed: api(BEHAVIOR, ', "CustomErrorResponses": {"Quantity": 0}'), notPreferred: true,
  },
  { name: 'Quantity > 0 without required Items: no "set to 0" fix', fixture: api(`${BEHAVIOR}, "AllowedMethods": {"Quantity": ⟦2⟧}`), summary: [E] },
  {
    name: 'Quantity missing',
    fixture: api(BEHAVIOR, ', ⟦"CacheBehaviors"⟧: {"Items": []}'), summary: [E], says: ['no Quantity', 'here it would be 0'],
    fixed: api(BEHAVIOR, ', "CacheBehaviors": {"Items": [], "Quantity": 0}'),
  },
  { name: 'an invalidation batch', fixture: batch('"Quantity": ⟦1⟧, "Items": ["/index.html", "/error.html"]'), summary: [E], says: ['The specified quantity of Paths (1) does not match the actual quantity supplied (2)'], fixed: batch('"Quantity": 2, "Items": ["/index.html", "/error.html"]') },
  { name: 'an invalidation batch without Quantity', fixture: '{⟦"Paths"⟧: {"Items": ["/a"]}, "CallerReference": "x"}', summary: [E], fixed: '{"Paths": {"Items": ["/a"], "Quantity": 1}, "CallerReference": "x"}' },
  { name: 'CloudFormation keeps the wrapper for OriginGroups', fixture: cfn(BEHAVIOR, ORIGIN_GROUP('⟦2⟧', '"Quantity": 1, "Items": [500]')), summary: [E], says: ['OriginGroups (2)'] },
  { name: 'and for StatusCodes', fixture: cfn(BEHAVIOR, ORIGIN_GROUP('1', '"Quantity": ⟦1⟧, "Items": [500, 502]')), summary: [E], says: ['StatusCodes (1)', '(2)'] },
  { name: 'a CloudFormation numeric string counts', fixture: cfn(BEHAVIOR, ORIGIN_GROUP('"1"', '"Quantity": "2", "Items": [500, 502]')), summary: [] },
  { name: 'plain CloudFormation lists have no Quantity to check', fixture: cfn(BEHAVIOR, ', "Aliases": ["a.example.com"]'), summary: [] },
  { name: 'an intrinsic item may vanish (AWS::NoValue): the count is unknown', fixture: cfn(BEHAVIOR, ORIGIN_GROUP('1', '"Quantity": 1, "Items": [500, {"Fn::If": ["C", 502, {"Ref": "AWS::NoValue"}]}]')), summary: [] },
  { name: 'an intrinsic Quantity is unknown', fixture: cfn(BEHAVIOR, ORIGIN_GROUP('{"Ref": "N"}', '"Quantity": 1, "Items": [500]')), summary: [] },
  { name: 'wrong type: Quantity is a string in the API form (structure reports it)', fixture: api(BEHAVIOR, ', "Aliases": {"Quantity": "1", "Items": ["a", "b"]}'), summary: [] },
  { name: 'wrong type: Items is not a list (structure reports it)', fixture: api(BEHAVIOR, ', "Aliases": {"Quantity": 1, "Items": "a"}'), summary: [] },
];

for (const row of rows) {
  test(`cloudfront/inconsistent-quantity: ${row.name}`, () => {
    const result = runFixture(row.fixture, [inconsistentQuantity]);
    assert.deepEqual(result.summary, row.summary, result.findings.map((f) => f.message).join(' | '));
    assert.deepEqual(result.findings.map((f) => f.span), parseFixture(row.fixture).spans, 'ranges');
    for (const w of row.says ?? []) assert.ok(result.findings[0].message.includes(w), `"${result.findings[0].message}" should say "${w}"`);
    if (row.fixed !== undefined) {
      const fix = result.findings[0].fixes?.[0];
      assert.ok(fix, 'a fix');
      assert.equal(fix.isPreferred === true, !row.notPreferred);
      const fixed = applyEdits(result.text, fix.edits);
      assert.equal(fixed, row.fixed);
      assert.deepEqual(runFixture(fixed, [inconsistentQuantity]).findings, [], 'the fix clears the finding');
    }
  });
}

test('cloudfront/inconsistent-quantity: Items missing with Quantity > 0 is reported once, by this rule', () => {
  const result = runFixture(api(`${BEHAVIOR}, "AllowedMethods": {"Quantity": 2}`), [structure, inconsistentQuantity]);
  assert.deepEqual(result.summary, [E]);
});

test('cloudfront/inconsistent-quantity: the Quantity fix keeps a pretty-printed layout', () => {
  const text = JSON.stringify({ Paths: { Items: ['/a', '/b'] }, CallerReference: 'x' }, null, 2);
  const [finding] = runFixture(text, [inconsistentQuantity]).findings;
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.equal(fixed, JSON.stringify({ Paths: { Items: ['/a', '/b'], Quantity: 2 }, CallerReference: 'x' }, null, 2));
});

test('cloudfront/inconsistent-quantity: Japanese', () => {
  const findings = analyzeDocument(parseDocument(batch('"Quantity": 3, "Items": ["/a"]')), { locale: 'ja', rules: [inconsistentQuantity] });
  assert.equal(findings[0].message, 'InvalidationBatch.Paths: Paths の Quantity（3）が実際の要素数（1）と一致しません。AWS はリクエストを InconsistentQuantities で拒否します。');
  assert.equal(findings[0].fixes?.[0].title, 'Quantity を 1 に設定');
});
