import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forwardAllHeaders } from '../../../../server/src/analysis/rules/cloudfront/forwardAllHeaders';
import { applyFix, behavior, dist, expectFindings, forwarded, run, SHAPES, type Shape } from './shapes';

const rows: { name: string; fields: (s: Shape) => string; cachePolicy?: boolean; expect: string[]; says?: RegExp[] }[] = [
  { name: 'all headers with all TTLs 0 says what it does', fields: (s) => `${forwarded(s, { headers: ['"*"'] })}, "MinTTL": 0, "DefaultTTL": 0, "MaxTTL": 0`, expect: [] },
  {
    name: 'all headers with MinTTL above 0 is rejected', fields: (s) => `${forwarded(s, { headers: ['"*"'] })}, "MinTTL": ⟦60⟧, "DefaultTTL": 60, "MaxTTL": 600`, expect: ['error'],
    says: [/MinTTL is 60 s \(1 minute\) in cache behavior #1 "\/a\/\*", which forwards all headers \("\*"\)\. AWS requires MinTTL 0 .*"You must specify 0 for MinTTL if you configure CloudFront to forward all headers to your origin"/],
  },
  { name: 'all headers with caching TTLs caches nothing', fields: (s) => forwarded(s, { headers: ['⟦"*"⟧'] }), expect: ['warning'], says: [/caches nothing for it and sends every request to the origin; its TTLs \(up to 31536000 s \(1 year\)\) have no effect/] },
  { name: 'named headers are fine', fields: (s) => `${forwarded(s, { headers: ['"Origin"', '"Accept-Language"'] })}, "MinTTL": 60`, expect: [] },
  { name: 'a cache policy is left to cloudfront/cache-policy-conflict', fields: (s) => `${forwarded(s, { headers: ['"*"'] })}, "MinTTL": 60`, cachePolicy: true, expect: [] },
  { name: 'an intrinsic MinTTL is unknown', fields: (s) => `${forwarded(s, { headers: ['"*"'] })}, "MinTTL": {"Ref": "Min"}`, expect: [] },
  { name: 'an intrinsic header is unknown', fields: (s) => `${forwarded(s, { headers: ['{"Ref": "Header"}'] })}, "MinTTL": 60`, expect: [] },
  { name: 'Headers of the wrong type is left to the schema check', fields: () => '"ForwardedValues": {"QueryString": false, "Cookies": {"Forward": "none"}, "Headers": "*"}, "MinTTL": 60', expect: [] },
];

for (const row of rows) {
  test(`cloudfront/forward-all-headers: ${row.name}`, () => {
    for (const shape of SHAPES) {
      expectFindings(forwardAllHeaders, dist(shape, { behaviors: [behavior('/a/*', row.fields(shape), { cachePolicy: row.cachePolicy ?? false })] }), row.expect, row.says);
    }
  });
}

test('cloudfront/forward-all-headers: the fix sets MinTTL to 0', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, { defaultBehavior: behavior(undefined, `${forwarded(shape, { headers: ['"*"'] })}, "MinTTL": 5, "DefaultTTL": 0, "MaxTTL": 0`, { cachePolicy: false }) });
    const fixed = applyFix(forwardAllHeaders, source);
    assert.ok(fixed.includes('"MinTTL": 0'));
    assert.deepEqual(run(forwardAllHeaders, fixed).findings, []);
  }
});
