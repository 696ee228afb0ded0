import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invalidationPaths } from '../../../../server/src/analysis/rules/cloudfront/invalidationPaths';
import { applyFix, expectFindings, run } from './shapes';

const batch = (paths: string[], wrap = false): string => {
  const inner = `{"Paths": {"Quantity": ${paths.length}, "Items": [${paths.join(', ')}]}, "CallerReference": "deploy-1"}`;
  return wrap ? `{"DistributionId": "E1", "InvalidationBatch": ${inner}}` : inner;
};

const rows: { name: string; paths: string[]; expect: string[]; says?: RegExp[] }[] = [
  { name: 'valid paths', paths: ['"/index.html"', '"/images/*"', '"/*"', '"/a%20b.html"'], expect: [] },
  { name: 'no leading slash', paths: ['⟦"index.html"⟧'], expect: ['error'], says: [/must start with "\/"\. The console adds it for you; the API and the CLI reject the batch/] },
  { name: 'a wildcard in the middle', paths: ['⟦"/images/*.jpg"⟧'], expect: ['error'], says: [/accepts "\*" only as the last character/] },
  { name: 'an encoded wildcard does nothing', paths: ['⟦"/images/%2A"⟧'], expect: ['warning'], says: [/silently does nothing/] },
  { name: 'longer than 4,000 characters', paths: [`⟦"/${'a'.repeat(4000)}"⟧`], expect: ['error'], says: [/4001 characters long/] },
  { name: 'a duplicate path', paths: ['"/index.html"', '"/a.css"', '⟦"/index.html"⟧'], expect: ['info'], says: [/listed more than once/] },
  { name: 'the CLI skeleton wrapper', paths: ['⟦"index.html"⟧'], expect: ['error'] },
  { name: 'items of the wrong type are left to the schema check', paths: ['42', 'null'], expect: [] },
];

for (const row of rows) {
  test(`cloudfront/invalidation-paths: ${row.name}`, () => {
    expectFindings(invalidationPaths, batch(row.paths, row.name.includes('wrapper')), row.expect, row.says);
  });
}

test('cloudfront/invalidation-paths: a duplicate is marked unnecessary', () => {
  const [finding] = run(invalidationPaths, batch(['"/a"', '"/a"'])).findings;
  assert.equal(finding.unnecessary, true);
});

test('cloudfront/invalidation-paths: the fixes add the slash, decode the wildcard, widen a mid-path wildcard and drop a duplicate', () => {
  const cases: [string[], RegExp][] = [
    [['"index.html"'], /"Items": \["\/index\.html"\]/],
    [['"/images/%2a"'], /"Items": \["\/images\/\*"\]/],
    [['"/images/*.jpg"'], /"Items": \["\/images\/\*"\]/],
    [['"/a"', '"/b"', '"/a"'], /"Quantity": 2, "Items": \["\/a", "\/b"\]/],
  ];
  for (const [paths, expected] of cases) {
    const fixed = applyFix(invalidationPaths, batch(paths));
    assert.match(fixed, expected);
    assert.deepEqual(run(invalidationPaths, fixed).findings, []);
  }
  // "%2A" in the middle has no safe replacement.
  assert.deepEqual(run(invalidationPaths, batch(['"/a%2Ab"'])).findings[0].fixes, []);
});
