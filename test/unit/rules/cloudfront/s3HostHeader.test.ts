import assert from 'node:assert/strict';
import { test } from 'node:test';
import { s3HostHeader } from '../../../../server/src/analysis/rules/cloudfront/s3HostHeader';
import { API_ORIGIN, applyFix, behavior, dist, expectFindings, forwarded, run, S3_ORIGIN, SHAPES, type Shape } from './shapes';

const ALL_VIEWER = '216adef6-5c7f-47e4-b989-5492eafa07d3';
const ALL_VIEWER_CF = '33f36d7e-f396-46d9-90e0-52428a34d9dc';
const EXCEPT_HOST = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
const HOST_ONLY = 'bf0718e1-ba1e-49d1-88b1-f726733018ae';
const CORS_S3 = '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf';
const USE_ORIGIN = '83da9c7e-98b4-4e11-a168-04f0df8e2c65';
const WEBSITE = '{"Id": "web", "DomainName": "site.s3-website-us-east-1.amazonaws.com", "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "http-only"}}';

const rows: { name: string; target?: string; fields: (s: Shape) => string; cachePolicy?: boolean; expect: string[]; says?: RegExp[] }[] = [
  {
    name: 'AllViewer on an S3 origin', fields: () => `"OriginRequestPolicyId": ⟦"${ALL_VIEWER}"⟧`, cachePolicy: true, expect: ['warning'],
    says: [/sends the viewer's Host header to the S3 origin "s3" \(the managed origin request policy AllViewer forwards it\)\. S3 finds the bucket by the Host header.*SignatureDoesNotMatch.*Use AllViewerExceptHostHeader/],
  },
  { name: 'AllViewerAndCloudFrontHeaders on an S3 origin', fields: () => `"OriginRequestPolicyId": ⟦"${ALL_VIEWER_CF}"⟧`, cachePolicy: true, expect: ['warning'] },
  { name: 'HostHeaderOnly on an S3 origin', fields: () => `"OriginRequestPolicyId": ⟦"${HOST_ONLY}"⟧`, cachePolicy: true, expect: ['warning'] },
  { name: 'a cache policy keyed on Host', fields: () => `"CachePolicyId": ⟦"${USE_ORIGIN}"⟧`, expect: ['warning'], says: [/puts Host in the cache key/] },
  { name: 'legacy Host header', fields: (s) => forwarded(s, { headers: ['"Origin"', '⟦"host"⟧'] }), expect: ['warning'], says: [/ForwardedValues\.Headers lists Host/] },
  { name: 'an S3 website endpoint routes on Host too', target: 'web', fields: () => `"OriginRequestPolicyId": ⟦"${ALL_VIEWER}"⟧`, cachePolicy: true, expect: ['warning'] },
  { name: 'AllViewerExceptHostHeader is fine', fields: () => `"OriginRequestPolicyId": "${EXCEPT_HOST}"`, cachePolicy: true, expect: [] },
  { name: 'CORS-S3Origin is fine', fields: () => `"OriginRequestPolicyId": "${CORS_S3}"`, cachePolicy: true, expect: [] },
  { name: 'AllViewer on a custom origin is fine', target: 'api', fields: () => `"OriginRequestPolicyId": "${ALL_VIEWER}"`, cachePolicy: true, expect: [] },
  { name: 'an intrinsic policy is unknown', fields: () => '"OriginRequestPolicyId": {"Ref": "Policy"}', cachePolicy: true, expect: [] },
  { name: 'an unknown target is left to cloudfront/target-origin', target: 'nope', fields: () => `"OriginRequestPolicyId": "${ALL_VIEWER}"`, cachePolicy: true, expect: [] },
];

for (const row of rows) {
  test(`cloudfront/s3-host-header: ${row.name}`, () => {
    for (const shape of SHAPES) {
      const source = dist(shape, { origins: [S3_ORIGIN, API_ORIGIN, WEBSITE], behaviors: [behavior('/a/*', row.fields(shape), { target: row.target ?? 's3', cachePolicy: row.cachePolicy ?? false })] });
      expectFindings(s3HostHeader, source, row.expect, row.says);
    }
  });
}

test('cloudfront/s3-host-header: an origin group with an S3 member counts, and the S3 origin is related', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, {
      behaviors: [behavior('/a/*', `"OriginRequestPolicyId": "${ALL_VIEWER}"`, { target: 'g' })],
      extra: '"OriginGroups": {"Quantity": 1, "Items": [{"Id": "g", "FailoverCriteria": {"StatusCodes": {"Quantity": 1, "Items": [503]}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "api"}, {"OriginId": "s3"}]}}]}',
    });
    const [finding] = run(s3HostHeader, source).findings;
    const span = finding.related![0].span;
    assert.equal(source.slice(span.offset, span.offset + span.length), '"bucket.s3.us-east-1.amazonaws.com"');
  }
});

test('cloudfront/s3-host-header: the fixes swap in AllViewerExceptHostHeader or drop Host from the headers', () => {
  for (const shape of SHAPES) {
    const policy = dist(shape, { behaviors: [behavior('/a/*', `"OriginRequestPolicyId": "${ALL_VIEWER}"`)] });
    const fixed = applyFix(s3HostHeader, policy);
    assert.ok(fixed.includes(EXCEPT_HOST));
    assert.deepEqual(run(s3HostHeader, fixed).findings, []);
    const legacy = dist(shape, { behaviors: [behavior('/a/*', forwarded(shape, { headers: ['"Host"', '"Origin"'] }), { cachePolicy: false })] });
    const removed = applyFix(s3HostHeader, legacy);
    assert.ok(removed.includes(shape === 'api' ? '"Headers": {"Quantity": 1, "Items": ["Origin"]}' : '"Headers": ["Origin"]'), removed);
    assert.deepEqual(run(s3HostHeader, removed).findings, []);
    // Removing the only header, written over several lines, leaves an empty list.
    const only = dist(shape, { behaviors: [behavior('/a/*', forwarded(shape, { headers: ['"Host"'] }), { cachePolicy: false })] }).replace('["Host"]', '[\n        "Host"\n      ]');
    const emptied = applyFix(s3HostHeader, only);
    assert.ok(emptied.includes(shape === 'api' ? '"Headers": {"Quantity": 0, "Items": []}' : '"Headers": []'), emptied);
  }
});
