import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultRootObject } from '../../../../server/src/analysis/rules/cloudfront/defaultRootObject';
import { applyFix, dist, expectFindings, run, SHAPES } from './shapes';

const rows: { name: string; value: string; expect: string[]; says?: RegExp[] }[] = [
  { name: 'an object name', value: '"index.html"', expect: [] },
  { name: 'an object in a folder', value: '"site/index.html"', expect: [] },
  { name: 'empty means none', value: '""', expect: [] },
  { name: 'a leading slash', value: '⟦"/index.html"⟧', expect: ['error'], says: [/must not start with "\/".*InvalidDefaultRootObject/] },
  { name: 'longer than 255 characters', value: `⟦"${'a'.repeat(251)}.html"⟧`, expect: ['error'], says: [/256 characters long; the maximum is 255/] },
  { name: 'an intrinsic value is unknown', value: '{"Ref": "RootObject"}', expect: [] },
  { name: 'a value of the wrong type is left to the schema check', value: 'true', expect: [] },
];

for (const row of rows) {
  test(`cloudfront/default-root-object: ${row.name}`, () => {
    for (const shape of SHAPES) expectFindings(defaultRootObject, dist(shape, { extra: `"DefaultRootObject": ${row.value}` }), row.expect, row.says);
  });
}

test('cloudfront/default-root-object: the fix removes the leading slashes', () => {
  for (const shape of SHAPES) {
    const fixed = applyFix(defaultRootObject, dist(shape, { extra: '"DefaultRootObject": "//app/index.html"' }));
    assert.ok(fixed.includes('"DefaultRootObject": "app/index.html"'));
    assert.deepEqual(run(defaultRootObject, fixed).findings, []);
  }
  // A lone "/" has nothing left to keep, so there is no fix.
  assert.deepEqual(run(defaultRootObject, dist('api', { extra: '"DefaultRootObject": "/"' })).findings[0].fixes, []);
});
