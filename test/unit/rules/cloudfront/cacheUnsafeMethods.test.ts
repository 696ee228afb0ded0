import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import { test } from 'node:test';
import { cacheUnsafeMethods } from '../../../../server/src/analysis/rules/cloudfront/cacheUnsafeMethods';
import { allowed, applyFix, behavior, CACHING_DISABLED, CACHING_OPTIMIZED, dist, expectFindings, forwarded, run, SHAPES, type Shape } from './shapes';

const AMPLIFY = '2e54312d-136d-493c-8eb9-b001f22f67d2';
const USE_ORIGIN = '83da9c7e-98b4-4e11-a168-04f0df8e2c65';

const rows: { name: string; pattern?: string; fields: (s: Shape) => string; expect: string[]; says?: RegExp[] }[] = [
  { name: 'an API behind CachingDisabled', fields: (s) => `${allowed(s)}, "CachePolicyId": "${CACHING_DISABLED}"`, expect: [] },
  {
    name: 'an API behind CachingOptimized', fields: (s) => `${allowed(s)}, "CachePolicyId": ⟦"${CACHING_OPTIMIZED}"⟧`, expect: ['warning'],
    says: [/allows PUT, PATCH, POST, DELETE, so it looks like a dynamic endpoint, and caches with MinTTL 1 s \(managed cache policy CachingOptimized\)\. CloudFront never caches the responses to PUT, PATCH, POST, DELETE, but it caches GET and HEAD responses .* for at least 1 s even when the origin sends Cache-Control no-store or private, and for 86400 s \(1 day\) when it sends no caching header/],
  },
  { name: 'an API behind the Amplify policy', fields: (s) => `${allowed(s)}, "CachePolicyId": ⟦"${AMPLIFY}"⟧`, expect: ['warning'] },
  { name: 'UseOriginCacheControlHeaders has MinTTL 0 and DefaultTTL 0', fields: (s) => `${allowed(s)}, "CachePolicyId": "${USE_ORIGIN}"`, expect: [] },
  { name: 'a custom cache policy is unknown', fields: (s) => `${allowed(s)}, "CachePolicyId": "11111111-2222-3333-4444-555555555555"`, expect: [] },
  { name: 'legacy MinTTL above 0', fields: (s) => `${allowed(s)}, ${forwarded(s)}, "MinTTL": ⟦60⟧`, expect: ['warning'], says: [/MinTTL 60 s \(1 minute\) \(legacy setting\)/] },
  { name: 'legacy settings with the default DefaultTTL (information)', pattern: '⟦"/api/*"⟧', fields: (s) => `${allowed(s)}, ${forwarded(s)}`, expect: ['info'], says: [/legacy DefaultTTL is 86400 s \(1 day\): GET and HEAD responses that come without Cache-Control or Expires are cached for 86400 s/] },
  { name: 'legacy DefaultTTL written above 0 (information)', fields: (s) => `${allowed(s)}, ${forwarded(s)}, "MinTTL": 0, "DefaultTTL": ⟦300⟧, "MaxTTL": 3600`, expect: ['info'] },
  { name: 'legacy TTLs all 0', fields: (s) => `${allowed(s)}, ${forwarded(s)}, "MinTTL": 0, "DefaultTTL": 0, "MaxTTL": 0`, expect: [] },
  { name: 'GET and HEAD only', fields: (s) => `${allowed(s, ['GET', 'HEAD'])}, "CachePolicyId": "${CACHING_OPTIMIZED}"`, expect: [] },
  { name: 'no AllowedMethods', fields: () => `"CachePolicyId": "${CACHING_OPTIMIZED}"`, expect: [] },
  { name: 'forwarding all headers caches nothing', fields: (s) => `${allowed(s)}, ${forwarded(s, { headers: ['"*"'] })}, "MinTTL": 0`, expect: [] },
  { name: 'an intrinsic AllowedMethods is unknown', fields: () => `"AllowedMethods": {"Ref": "Methods"}, "CachePolicyId": "${CACHING_OPTIMIZED}"`, expect: [] },
  { name: 'an intrinsic cache policy is unknown', fields: (s) => `${allowed(s)}, "CachePolicyId": {"Ref": "Policy"}`, expect: [] },
  { name: 'AllowedMethods of the wrong type gives nothing', fields: () => `"AllowedMethods": "ALL", "CachePolicyId": "${CACHING_OPTIMIZED}"`, expect: [] },
];

for (const row of rows) {
  test(`cloudfront/cache-unsafe-methods: ${row.name}`, () => {
    for (const shape of SHAPES) {
      expectFindings(cacheUnsafeMethods, dist(shape, { behaviors: [behavior(row.pattern ?? '/api/*', row.fields(shape), { target: 'api', cachePolicy: false })] }), row.expect, row.says);
    }
  });
}

test('cloudfront/cache-unsafe-methods: the fixes switch to CachingDisabled or set MinTTL to 0', () => {
  for (const shape of SHAPES) {
    const managed = dist(shape, { behaviors: [behavior('/api/*', `${allowed(shape)}, "CachePolicyId": "${CACHING_OPTIMIZED}"`, { target: 'api', cachePolicy: false })] });
    assert.deepEqual(run(cacheUnsafeMethods, applyFix(cacheUnsafeMethods, managed)).findings, []);
    // Setting MinTTL to 0 leaves DefaultTTL, which only caches responses without caching headers: an information.
    const legacy = dist(shape, { behaviors: [behavior('/api/*', `${allowed(shape)}, ${forwarded(shape)}, "MinTTL": 60, "DefaultTTL": 60, "MaxTTL": 600`, { target: 'api', cachePolicy: false })] });
    assert.deepEqual(run(cacheUnsafeMethods, applyFix(cacheUnsafeMethods, legacy)).severities, ['info']);
  }
});

test('cloudfront/cache-unsafe-methods: the methods are shown as related information', () => {
  const text = dist('cfn', { behaviors: [behavior('/api/*', `${allowed('cfn')}, "CachePolicyId": "${CACHING_OPTIMIZED}"`, { cachePolicy: false })] });
  const [finding] = run(cacheUnsafeMethods, text).findings;
  const span = finding.related![0].span;
  assert.match(text.slice(span.offset, span.offset + span.length), /^\["GET", .*"DELETE"\]$/);
});

test('cloudfront/cache-unsafe-methods: a gRPC behavior (all methods, POST only in practice) is left alone', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', 'test', 'unit', 'fixtures', 'cloudfront', 'cdk-distribution-grpc.template.json'), 'utf8');
  assert.deepEqual(analyzeDocument(parseDocument(text)).map((f) => f.rule), []);
});
