import assert from 'node:assert/strict';
import { test } from 'node:test';
import { originPath } from '../../../../server/src/analysis/rules/cloudfront/originPath';
import { applyFix, dist, expectFindings, run, SHAPES } from './shapes';

const origin = (path: string): string => `{"Id": "api", "DomainName": "api.example.com", "OriginPath": ${path}, "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}`;

const rows: { name: string; path: string; expect: string[]; says?: RegExp[]; fixed?: string }[] = [
  { name: 'a directory', path: '"/production"', expect: [] },
  { name: 'a nested directory', path: '"/v1/prod"', expect: [] },
  { name: 'empty means none', path: '""', expect: [] },
  { name: 'no leading slash', path: '⟦"production"⟧', expect: ['error'], says: [/OriginPath "production" must start with "\/"/], fixed: '/production' },
  { name: 'a trailing slash', path: '⟦"/production/"⟧', expect: ['error'], says: [/must not end with "\/"/], fixed: '/production' },
  { name: 'both', path: '⟦"production/"⟧', expect: ['error'], says: [/must start with "\/" and must not end with "\/"/], fixed: '/production' },
  { name: 'a lone slash', path: '⟦"/"⟧', expect: ['error'], says: [/OriginPath "\/" is not accepted: use ""/], fixed: '' },
  { name: 'an intrinsic path is unknown', path: '{"Fn::Sub": "/${Stage}"}', expect: [] },
  { name: 'a path of the wrong type is left to the schema check', path: '["/a"]', expect: [] },
];

for (const row of rows) {
  test(`cloudfront/origin-path: ${row.name}`, () => {
    for (const shape of SHAPES) {
      const source = dist(shape, { origins: [origin(row.path)] });
      expectFindings(originPath, source, row.expect, row.says);
      if (row.fixed === undefined) continue;
      const fixed = applyFix(originPath, source);
      assert.ok(fixed.includes(`"OriginPath": ${JSON.stringify(row.fixed)}`), fixed);
      assert.deepEqual(run(originPath, fixed).findings, []);
    }
  });
}
