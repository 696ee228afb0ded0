import assert from 'node:assert/strict';
import { test } from 'node:test';
import { s3Cookies } from '../../../../server/src/analysis/rules/cloudfront/s3Cookies';
import { API_ORIGIN, applyFix, behavior, dist, expectFindings, forwarded, run, S3_ORIGIN, SHAPES, type Shape } from './shapes';

const rows: { name: string; target?: string; fields: (s: Shape) => string; cachePolicy?: boolean; expect: string[]; says?: RegExp[] }[] = [
  { name: 'all cookies to S3', fields: (s) => forwarded(s, { cookies: '⟦"all"⟧' }), expect: ['warning'], says: [/forwards cookies \(Forward "all"\) to the S3 origin "s3", which ignores them/] },
  { name: 'whitelisted cookies to S3', fields: (s) => forwarded(s, { cookies: '⟦"whitelist"⟧', whitelist: ['session'] }), expect: ['warning'] },
  { name: 'no cookies to S3', fields: (s) => forwarded(s), expect: [] },
  { name: 'query strings to S3 are left alone (versioned URLs)', fields: (s) => forwarded(s, { queryString: true }), expect: [] },
  { name: 'cookies to a custom origin are fine', target: 'api', fields: (s) => forwarded(s, { cookies: '"all"' }), expect: [] },
  { name: 'an intrinsic Forward is unknown', fields: (s) => forwarded(s, { cookies: '{"Ref": "Forward"}' }), expect: [] },
  { name: 'a cache policy is left to cloudfront/cache-policy-conflict', fields: (s) => forwarded(s, { cookies: '"all"' }), cachePolicy: true, expect: [] },
];

for (const row of rows) {
  test(`cloudfront/s3-cookies: ${row.name}`, () => {
    for (const shape of SHAPES) {
      const source = dist(shape, { origins: [S3_ORIGIN, API_ORIGIN], behaviors: [behavior('/a/*', row.fields(shape), { target: row.target ?? 's3', cachePolicy: row.cachePolicy ?? false })] });
      expectFindings(s3Cookies, source, row.expect, row.says);
    }
  });
}

test('cloudfront/s3-cookies: an origin group with a custom member may read cookies', () => {
  const source = dist('api', {
    behaviors: [behavior('/a/*', forwarded('api', { cookies: '"all"' }), { target: 'g', cachePolicy: false })],
    extra: '"OriginGroups": {"Quantity": 1, "Items": [{"Id": "g", "FailoverCriteria": {"StatusCodes": {"Quantity": 1, "Items": [503]}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "api"}, {"OriginId": "s3"}]}}]}',
  });
  assert.deepEqual(run(s3Cookies, source).findings, []);
});

test('cloudfront/s3-cookies: the fix sets Forward to none and drops the whitelist', () => {
  for (const shape of SHAPES) {
    const fixed = applyFix(s3Cookies, dist(shape, { behaviors: [behavior('/a/*', forwarded(shape, { whitelist: ['a', 'b'] }), { cachePolicy: false })] }));
    assert.ok(fixed.includes('"Cookies": {"Forward": "none"}'), fixed);
    assert.deepEqual(run(s3Cookies, fixed).findings, []);
  }
});
