import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cachePolicyConflict } from '../../../../server/src/analysis/rules/cloudfront/cachePolicyConflict';
import { applyFix, behavior, CACHING_DISABLED, CACHING_OPTIMIZED, dist, expectFindings, run, SHAPES } from './shapes';

const LEGACY = '"ForwardedValues": {"QueryString": false, "Cookies": {"Forward": "none"}}';
const severity = (shape: string): string => (shape === 'api' ? 'error' : 'warning');

const rows: { name: string; fields: string; cachePolicy?: boolean; expect: (shape: string) => string[]; says?: (shape: string) => RegExp[] }[] = [
  { name: 'a cache policy alone is fine', fields: '', expect: () => [] },
  { name: 'legacy settings alone are fine', fields: `${LEGACY}, "MinTTL": 0, "DefaultTTL": 60, "MaxTTL": 600`, cachePolicy: false, expect: () => [] },
  {
    name: 'ForwardedValues next to CachePolicyId', fields: `⟦"ForwardedValues"⟧: {"QueryString": true, "Cookies": {"Forward": "all"}}`, expect: (s) => [severity(s)],
    says: (s) => [s === 'api' ? /"The parameter ForwardedValues cannot be used when a cache policy is associated to the cache behavior\."/ : /ignored .* \(cfn-lint W3704\)/],
  },
  {
    name: 'legacy TTLs next to CachePolicyId', fields: '⟦"MinTTL"⟧: 0, ⟦"MaxTTL"⟧: 600', expect: (s) => [severity(s), severity(s)],
    says: (s) => [s === 'api' ? /"The parameter MinTTL cannot be used when a cache policy is associated"/ : /MinTTL has no effect/],
  },
  { name: 'neither CachePolicyId nor ForwardedValues', fields: '', cachePolicy: false, expect: () => ['error'], says: () => [/neither CachePolicyId nor ForwardedValues.*"ForwardedValues is required"/] },
  { name: 'an intrinsic CachePolicyId is still a cache policy', fields: `"CachePolicyId": {"Ref": "Policy"}, ⟦"ForwardedValues"⟧: {"QueryString": false}`, cachePolicy: false, expect: (s) => [severity(s)] },
  { name: 'ForwardedValues that may vanish (Fn::If) is not claimed', fields: '"ForwardedValues": {"Fn::If": ["Legacy", {"QueryString": false}, {"Ref": "AWS::NoValue"}]}', expect: () => [] },
  { name: 'a CachePolicyId that may vanish is neither present nor absent', fields: `"CachePolicyId": {"Fn::If": ["Modern", "${CACHING_OPTIMIZED}", {"Ref": "AWS::NoValue"}]}`, cachePolicy: false, expect: () => [] },
  { name: 'an empty CachePolicyId is not judged', fields: `"CachePolicyId": "", ${LEGACY}`, cachePolicy: false, expect: () => [] },
  { name: 'a CachePolicyId of the wrong type is left to the schema check', fields: `"CachePolicyId": 42, ${LEGACY}`, cachePolicy: false, expect: () => [] },
  { name: 'ForwardedValues of the wrong type is left to the schema check', fields: '"ForwardedValues": "none"', expect: () => [] },
  { name: 'a TTL of the wrong type is left to the schema check', fields: '"MinTTL": true', expect: () => [] },
];

for (const row of rows) {
  test(`cloudfront/cache-policy-conflict: ${row.name}`, () => {
    for (const shape of SHAPES) {
      const cachePolicy = row.cachePolicy;
      const listed = row.expect(shape).length && row.fields === '' ? behavior('⟦"/a/*"⟧', row.fields, { cachePolicy }) : behavior('/a/*', row.fields, { cachePolicy });
      expectFindings(cachePolicyConflict, dist(shape, { behaviors: [listed] }), row.expect(shape), row.says?.(shape));
    }
  });
}

test('cloudfront/cache-policy-conflict: the Default behavior is checked too, with the finding on its key', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, { defaultBehavior: behavior(undefined, '', { cachePolicy: false }) }).replace('"DefaultCacheBehavior"', '⟦"DefaultCacheBehavior"⟧');
    expectFindings(cachePolicyConflict, source, ['error'], [/^The Default cache behavior has neither/]);
  }
});

test('cloudfront/cache-policy-conflict: removing the conflicting members clears the findings', () => {
  for (const shape of SHAPES) {
    let text = dist(shape, { behaviors: [behavior('/a/*', `"MinTTL": 0, ${LEGACY}, "DefaultTTL": 60`)] });
    for (let i = 0; i < 3; i++) text = applyFix(cachePolicyConflict, text);
    assert.deepEqual(run(cachePolicyConflict, text).findings, []);
    const config = JSON.parse(text).DistributionConfig ?? JSON.parse(text).Resources.Cdn.Properties.DistributionConfig;
    const b = shape === 'api' ? config.CacheBehaviors.Items[0] : config.CacheBehaviors[0];
    assert.deepEqual(Object.keys(b), ['PathPattern', 'TargetOriginId', 'ViewerProtocolPolicy', 'CachePolicyId']);
  }
});

test('cloudfront/cache-policy-conflict: a behavior with neither gets a managed policy, or ForwardedValues when it has legacy TTLs', () => {
  for (const shape of SHAPES) {
    const bare = dist(shape, { behaviors: [behavior('/a/*', '', { cachePolicy: false })] });
    const [finding] = run(cachePolicyConflict, bare).findings;
    assert.deepEqual(finding.fixes?.map((f) => f.title), ['Use the managed cache policy CachingOptimized', 'Use the managed cache policy CachingDisabled']);
    const disabled = applyFix(cachePolicyConflict, bare, 0, 1);
    assert.ok(disabled.includes(`"CachePolicyId": "${CACHING_DISABLED}"`));
    assert.deepEqual(run(cachePolicyConflict, disabled).findings, []);

    const withTtls = dist(shape, { behaviors: [behavior('/a/*', '"MinTTL": 0, "DefaultTTL": 0, "MaxTTL": 0', { cachePolicy: false })] });
    const fixed = applyFix(cachePolicyConflict, withTtls);
    assert.ok(fixed.includes('"ForwardedValues": { "QueryString": false, "Cookies": { "Forward": "none" } }'));
    assert.deepEqual(run(cachePolicyConflict, fixed).findings, []);
  }
});
