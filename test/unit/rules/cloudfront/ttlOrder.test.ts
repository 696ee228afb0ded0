import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ttlOrder } from '../../../../server/src/analysis/rules/cloudfront/ttlOrder';
import { applyFix, behavior, dist, expectFindings, run, SHAPES, type Shape } from './shapes';

const LEGACY = '"ForwardedValues": {"QueryString": false, "Cookies": {"Forward": "none"}}';
const legacy = (ttls: string): string => behavior('/a/*', [LEGACY, ttls].filter(Boolean).join(', '), { cachePolicy: false });

const rows: { name: string; ttls: string; expect: string[]; says?: RegExp[]; shapes?: Shape[] }[] = [
  { name: 'AWS defaults written out', ttls: '"MinTTL": 0, "DefaultTTL": 86400, "MaxTTL": 31536000', expect: [] },
  { name: 'nothing written', ttls: '', expect: [] },
  { name: 'all equal', ttls: '"MinTTL": 60, "DefaultTTL": 60, "MaxTTL": 60', expect: [] },
  {
    name: 'MinTTL above DefaultTTL', ttls: '"MinTTL": ⟦3600⟧, "DefaultTTL": 60, "MaxTTL": 86400', expect: ['error'],
    says: [/MinTTL \(3600 s \(1 hour\)\) is more than DefaultTTL \(60 s \(1 minute\)\).*InvalidTTLOrder: "MinTTL, MaxTTL and DefaultTTL should follow order MinTTL less than or equal to DefaultTTL less than or equal to MaxTTL"/],
  },
  { name: 'DefaultTTL above MaxTTL', ttls: '"MinTTL": 0, "DefaultTTL": ⟦86400⟧, "MaxTTL": 3600', expect: ['error'], says: [/DefaultTTL .* is more than MaxTTL/] },
  { name: 'MinTTL above MaxTTL without DefaultTTL', ttls: '"MinTTL": ⟦100⟧, "MaxTTL": 50', expect: ['error'] },
  { name: 'MaxTTL below the default DefaultTTL of one day', ttls: '"MaxTTL": ⟦3600⟧', expect: ['warning'], says: [/default DefaultTTL of 86400 s \(1 day\)/] },
  { name: 'a large MinTTL raises the defaults, so it alone is fine', ttls: '"MinTTL": 100000', expect: [] },
  { name: 'CloudFormation reads numeric strings as numbers', ttls: '"MinTTL": ⟦"3600"⟧, "DefaultTTL": "60"', expect: ['error'], shapes: ['cfn'] },
  { name: 'strings are the wrong type in the API form', ttls: '"MinTTL": "3600", "DefaultTTL": "60"', expect: [], shapes: ['api'] },
  { name: 'an intrinsic TTL makes the order unknown', ttls: '"MinTTL": {"Ref": "Min"}, "DefaultTTL": 60, "MaxTTL": 30', expect: [], shapes: ['cfn'] },
  { name: 'a TTL of the wrong type makes the order unknown', ttls: '"MinTTL": true, "DefaultTTL": 60, "MaxTTL": 30', expect: [] },
];

for (const row of rows) {
  test(`cloudfront/ttl-order: ${row.name}`, () => {
    for (const shape of row.shapes ?? SHAPES) {
      expectFindings(ttlOrder, dist(shape, { behaviors: [legacy(row.ttls)] }), row.expect, row.says);
      expectFindings(ttlOrder, dist(shape, { defaultBehavior: behavior(undefined, [LEGACY, row.ttls].filter(Boolean).join(', '), { cachePolicy: false }) }), row.expect);
    }
  });
}

test('cloudfront/ttl-order: TTLs next to a cache policy are left to cloudfront/cache-policy-conflict', () => {
  for (const shape of SHAPES) {
    assert.deepEqual(run(ttlOrder, dist(shape, { behaviors: [behavior('/a/*', '"MinTTL": 3600, "DefaultTTL": 60')] })).findings, []);
  }
});

test('cloudfront/ttl-order: the error points at the other value; the warning\'s fix adds DefaultTTL and clears it', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, { behaviors: [legacy('"MinTTL": 3600, "DefaultTTL": 60')] });
    const [error] = run(ttlOrder, source).findings;
    const related = error.related![0].span;
    assert.equal(source.slice(related.offset, related.offset + related.length), '60');
    const fixed = applyFix(ttlOrder, dist(shape, { behaviors: [legacy('"MinTTL": 0, "MaxTTL": 3600')] }));
    assert.ok(fixed.includes('"MaxTTL": 3600, "DefaultTTL": 3600'), fixed);
    assert.deepEqual(run(ttlOrder, fixed).findings, []);
  }
});
