import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedMethods } from '../../../../server/src/analysis/rules/cloudfront/allowedMethods';
import { applyFix, behavior, dist, expectFindings, run, SHAPES, type Shape } from './shapes';

/** AllowedMethods and CachedMethods in the shape: nested with Quantity in the API form, siblings in CloudFormation. */
function methods(shape: Shape, allowed?: string, cached?: string): string {
  const count = (array: string): number => JSON.parse(array.replace(/[⟦⟧]/g, '')).length;
  if (shape === 'cfn') return [allowed && `"AllowedMethods": ${allowed}`, cached && `"CachedMethods": ${cached}`].filter(Boolean).join(', ');
  if (!allowed) return '';
  const inner = cached ? `, "CachedMethods": {"Quantity": ${count(cached)}, "Items": ${cached}}` : '';
  return `"AllowedMethods": {"Quantity": ${count(allowed)}, "Items": ${allowed}${inner}}`;
}

const rows: { name: string; allowed?: string; cached?: string; expect: string[]; says?: RegExp[]; cfnOnly?: boolean }[] = [
  { name: 'GET, HEAD with GET, HEAD cached', allowed: '["GET", "HEAD"]', cached: '["GET", "HEAD"]', expect: [] },
  { name: 'order does not matter', allowed: '["OPTIONS", "HEAD", "GET"]', cached: '["HEAD", "OPTIONS", "GET"]', expect: [] },
  { name: 'all seven in any order', allowed: '["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]', cached: '["GET", "HEAD"]', expect: [] },
  { name: 'a repeated method in an accepted set is left alone', allowed: '["GET", "GET", "HEAD"]', expect: [] },
  { name: 'GET, HEAD, POST does not exist', allowed: '⟦["GET", "HEAD", "POST"]⟧', expect: ['error'], says: [/GET, HEAD, POST, which is not a set CloudFront accepts/, /To allow POST, allow all seven/] },
  { name: 'GET alone', allowed: '⟦["GET"]⟧', expect: ['error'] },
  { name: 'an empty list', allowed: '⟦[]⟧', expect: ['error'], says: [/is \(empty\)/] },
  { name: 'six of seven', allowed: '⟦["GET", "HEAD", "OPTIONS", "PUT", "POST", "DELETE"]⟧', expect: ['error'], says: [/To allow PUT, POST, DELETE/] },
  { name: 'unknown method names are left to the schema check', allowed: '["get", "head"]', expect: [] },
  { name: 'POST cannot be cached', allowed: '["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]', cached: '⟦["GET", "HEAD", "POST"]⟧', expect: ['error'], says: [/never caches responses to PUT, PATCH, POST or DELETE/] },
  { name: 'OPTIONS cached but not allowed (no AWS error known)', allowed: '["GET", "HEAD"]', cached: '⟦["GET", "HEAD", "OPTIONS"]⟧', expect: ['warning'], says: [/AllowedMethods does not include it/] },
  { name: 'OPTIONS cached with no AllowedMethods', cached: '⟦["GET", "HEAD", "OPTIONS"]⟧', expect: ['warning'], says: [/there is no AllowedMethods/], cfnOnly: true },
  { name: 'both lists wrong', allowed: '⟦["GET", "POST"]⟧', cached: '⟦["GET", "OPTIONS", "POST"]⟧', expect: ['error', 'error'] },
];

for (const row of rows) {
  test(`cloudfront/allowed-methods: ${row.name}`, () => {
    for (const shape of SHAPES) {
      if (row.cfnOnly && shape === 'api') continue;
      const fields = methods(shape, row.allowed, row.cached);
      expectFindings(allowedMethods, dist(shape, { behaviors: [behavior('/a/*', fields)] }), row.expect, row.says);
      // The Default behavior is checked the same way.
      expectFindings(allowedMethods, dist(shape, { defaultBehavior: behavior(undefined, fields) }), row.expect);
    }
  });
}

test('cloudfront/allowed-methods: intrinsic functions and wrong types give nothing', () => {
  const cases = [
    '"AllowedMethods": {"Fn::If": ["Api", ["GET", "HEAD", "POST"], ["GET", "HEAD"]]}',
    '"AllowedMethods": ["GET", {"Ref": "Extra"}]',
    '"AllowedMethods": "GET, HEAD, POST"',
    '"AllowedMethods": 7',
    '"AllowedMethods": ["GET", "HEAD"], "CachedMethods": {"Ref": "Cached"}',
  ];
  for (const fields of cases) assert.deepEqual(run(allowedMethods, dist('cfn', { behaviors: [behavior('/a/*', fields)] })).findings, [], fields);
  assert.deepEqual(run(allowedMethods, dist('api', { behaviors: [behavior('/a/*', '"AllowedMethods": {"Quantity": 3, "Items": [1, 2, 3]}')] })).findings, []);
  assert.deepEqual(run(allowedMethods, dist('api', { behaviors: [behavior('/a/*', '"AllowedMethods": {"Quantity": 3}')] })).findings, []);
});

test('cloudfront/allowed-methods: the fix picks the smallest accepted superset, keeps the order and Quantity, and clears the finding', () => {
  const cases: [string, string[]][] = [
    ['["GET", "HEAD", "POST"]', ['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE']],
    ['["HEAD"]', ['HEAD', 'GET']],
    ['["OPTIONS", "GET"]', ['OPTIONS', 'GET', 'HEAD']],
    ['[]', ['GET', 'HEAD']],
  ];
  for (const shape of SHAPES) {
    for (const [allowed, expected] of cases) {
      const source = dist(shape, { behaviors: [behavior('/a/*', methods(shape, allowed, '["GET", "HEAD"]'))] });
      const fixed = applyFix(allowedMethods, source);
      const parsed = JSON.parse(fixed);
      const config = parsed.DistributionConfig ?? parsed.Resources.Cdn.Properties.DistributionConfig;
      const b = shape === 'api' ? config.CacheBehaviors.Items[0] : config.CacheBehaviors[0];
      assert.deepEqual(shape === 'api' ? b.AllowedMethods.Items : b.AllowedMethods, expected);
      if (shape === 'api') assert.deepEqual(b.AllowedMethods.CachedMethods, { Quantity: 2, Items: ['GET', 'HEAD'] });
      assert.deepEqual(run(allowedMethods, fixed).findings, []);
    }
  }
});

test('cloudfront/allowed-methods: fixes for CachedMethods, including both ways out of the OPTIONS warning', () => {
  for (const shape of SHAPES) {
    const post = dist(shape, { behaviors: [behavior('/a/*', methods(shape, '["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]', '["GET", "POST", "OPTIONS"]'))] });
    const fixedPost = applyFix(allowedMethods, post);
    assert.match(fixedPost, /"GET", "OPTIONS", "HEAD"\]/);
    assert.deepEqual(run(allowedMethods, fixedPost).findings, []);

    const options = dist(shape, { behaviors: [behavior('/a/*', methods(shape, '["GET", "HEAD"]', '["GET", "HEAD", "OPTIONS"]'))] });
    const [warning] = run(allowedMethods, options).findings;
    assert.deepEqual(warning.fixes?.map((f) => f.title), ['Cache GET, HEAD', 'Allow GET, HEAD, OPTIONS']);
    for (const fixIndex of [0, 1]) assert.deepEqual(run(allowedMethods, applyFix(allowedMethods, options, 0, fixIndex)).findings, []);
  }
  const noAllowed = dist('cfn', { behaviors: [behavior('/a/*', '"CachedMethods": ["GET", "HEAD", "OPTIONS"]')] });
  const added = applyFix(allowedMethods, noAllowed, 0, 1);
  assert.match(added, /"AllowedMethods": \["GET","HEAD","OPTIONS"\]/);
  assert.deepEqual(run(allowedMethods, added).findings, []);
});

test('cloudfront/allowed-methods: a multi-line list is rewritten in its own layout', () => {
  const source = '{"DistributionConfig": {"CallerReference": "r", "Origins": {"Quantity": 0, "Items": []}, "DefaultCacheBehavior": {\n' +
    '  "TargetOriginId": "s3",\n  "AllowedMethods": {\n    "Quantity": 3,\n    "Items": [\n      "GET",\n      "HEAD",\n      "POST"\n    ]\n  }\n}}}';
  const fixed = applyFix(allowedMethods, source);
  assert.ok(fixed.includes('"Quantity": 7,\n    "Items": [\n      "GET",\n      "HEAD",\n      "POST",\n      "OPTIONS",\n      "PUT",\n      "PATCH",\n      "DELETE"\n    ]\n'), fixed);
});
