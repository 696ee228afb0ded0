import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ttlHints } from '../../../../server/src/analysis/rules/cloudfront/ttlHints';
import { behavior, CACHING_DISABLED, dist, expectFindings, run, SHAPES } from './shapes';

const forwarded = (cookies = 'none', headers = ''): string => `"ForwardedValues": {"QueryString": false, "Cookies": {"Forward": "${cookies}"}${headers}}`;
const ALL_METHODS = '"AllowedMethods": ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"]';
const AMPLIFY = '2e54312d-136d-493c-8eb9-b001f22f67d2';
const USE_ORIGIN = '83da9c7e-98b4-4e11-a168-04f0df8e2c65';

const rows: { name: string; fields: string; cachePolicy?: boolean; expect: string[]; says?: RegExp[] }[] = [
  { name: 'all three 0: nothing is cached (hint)', fields: `${forwarded()}, "MinTTL": 0, "DefaultTTL": 0, "MaxTTL": ⟦0⟧`, cachePolicy: false, expect: ['hint'], says: [/caches nothing/] },
  { name: 'Min = Default = 0 with MaxTTL above 0 still caches (hint)', fields: `${forwarded()}, "MinTTL": 0, "DefaultTTL": 0, "MaxTTL": ⟦31536000⟧`, cachePolicy: false, expect: ['hint'], says: [/still caches.*max-age or s-maxage/] },
  { name: 'DefaultTTL 0 with the default MaxTTL still caches (hint)', fields: `${forwarded()}, "DefaultTTL": ⟦0⟧`, cachePolicy: false, expect: ['hint'], says: [/up to 31536000 s \(1 year\)/] },
  { name: 'the usual legacy TTLs are quiet', fields: `${forwarded()}, "MinTTL": 0, "DefaultTTL": 86400, "MaxTTL": 31536000`, cachePolicy: false, expect: [] },
  { name: 'no TTLs written is quiet', fields: forwarded(), cachePolicy: false, expect: [] },
  { name: 'MinTTL above 0 with cookies forwarded (warning)', fields: `${forwarded('all')}, "MinTTL": ⟦60⟧`, cachePolicy: false, expect: ['warning'], says: [/forwards cookies and has MinTTL 60 s \(1 minute\) \(legacy setting\).*no-store, no-cache or private/] },
  { name: 'MinTTL above 0 with whitelisted cookies and GET, HEAD allowed', fields: `${forwarded('whitelist')}, "AllowedMethods": ["GET", "HEAD"], "MinTTL": ⟦60⟧`, cachePolicy: false, expect: ['warning'] },
  { name: 'MinTTL above 0 without cookies is quiet', fields: `${forwarded()}, "MinTTL": 60`, cachePolicy: false, expect: [] },
  { name: 'write methods are left to cloudfront/cache-unsafe-methods', fields: `${forwarded('all')}, ${ALL_METHODS}, "MinTTL": 60`, cachePolicy: false, expect: [] },
  { name: 'the Amplify managed policy keys on all cookies with MinTTL 2 s', fields: `"CachePolicyId": ⟦"${AMPLIFY}"⟧`, cachePolicy: false, expect: ['warning'], says: [/managed cache policy Amplify/] },
  { name: 'CachingOptimized is quiet', fields: '', expect: [] },
  { name: 'CachingDisabled says what it does by name', fields: `"CachePolicyId": "${CACHING_DISABLED}"`, cachePolicy: false, expect: [] },
  { name: 'UseOriginCacheControlHeaders says what it does by name', fields: `"CachePolicyId": "${USE_ORIGIN}"`, cachePolicy: false, expect: [] },
  { name: 'forwarding all headers is left to cloudfront/forward-all-headers', fields: `${forwarded('none', ', "Headers": ["*"]')}, "MinTTL": 0, "DefaultTTL": 0, "MaxTTL": 0`, cachePolicy: false, expect: [] },
  { name: 'an intrinsic TTL is unknown', fields: `${forwarded()}, "MinTTL": 0, "DefaultTTL": {"Ref": "Ttl"}, "MaxTTL": 0`, cachePolicy: false, expect: [] },
  { name: 'a TTL of the wrong type is unknown', fields: `${forwarded()}, "MinTTL": 0, "DefaultTTL": 0, "MaxTTL": [0]`, cachePolicy: false, expect: [] },
  { name: 'TTLs out of order are left to cloudfront/ttl-order', fields: `${forwarded('all')}, "MinTTL": 600, "DefaultTTL": 60`, cachePolicy: false, expect: [] },
];

for (const row of rows) {
  test(`cloudfront/ttl-hints: ${row.name}`, () => {
    for (const shape of SHAPES) {
      // The Headers list is written CloudFormation-style above; in the API form it is a {Quantity, Items} wrapper.
      const fields = shape === 'api' ? row.fields.replace('"Headers": ["*"]', '"Headers": {"Quantity": 1, "Items": ["*"]}').replace(/"AllowedMethods": (\[[^\]]*\])/, (_m, items: string) => `"AllowedMethods": {"Quantity": ${JSON.parse(items).length}, "Items": ${items}}`) : row.fields;
      expectFindings(ttlHints, dist(shape, { behaviors: [behavior('/a/*', fields, { cachePolicy: row.cachePolicy })] }), row.expect, row.says);
    }
  });
}

test('cloudfront/ttl-hints: a finding about a behavior without a written value sits on the behavior', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, { defaultBehavior: behavior(undefined, `"CachePolicyId": "${AMPLIFY}"`, { cachePolicy: false }) });
    const [finding] = run(ttlHints, source).findings;
    assert.equal(source.slice(finding.span.offset, finding.span.offset + finding.span.length), `"${AMPLIFY}"`);
    assert.match(finding.message, /^The Default cache behavior forwards cookies/);
  }
});
