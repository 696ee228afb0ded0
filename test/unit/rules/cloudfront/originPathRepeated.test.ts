import assert from 'node:assert/strict';
import { test } from 'node:test';
import { originPathRepeated } from '../../../../server/src/analysis/rules/cloudfront/originPathRepeated';
import { behavior, dist, expectFindings, run, S3_ORIGIN, SHAPES } from './shapes';

const api = (path: string, id = 'api'): string => `{"Id": "${id}", "DomainName": "api.example.com", "OriginPath": ${path}, "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}`;

const rows: { name: string; pattern: string; path: string; expect: string[]; says?: RegExp[] }[] = [
  {
    name: '/api/* behind OriginPath /api', pattern: '⟦"/api/*"⟧', path: '"/api"', expect: ['warning'],
    says: [/Requests matching "\/api\/\*" reach origin "api" with OriginPath "\/api" in front of the whole path: \/api\/… is sent as \/api\/api\/…/],
  },
  { name: 'without the leading slash', pattern: '⟦"api/*"⟧', path: '"/api"', expect: ['warning'] },
  { name: '/api* behind OriginPath /api', pattern: '⟦"/api*"⟧', path: '"/api"', expect: ['warning'] },
  { name: 'a deeper pattern repeats it too', pattern: '⟦"/api/v1/*"⟧', path: '"/api"', expect: ['warning'] },
  { name: 'a two-segment OriginPath', pattern: '⟦"/api/v1/*"⟧', path: '"/api/v1"', expect: ['warning'] },
  { name: 'a different prefix is fine', pattern: '"/api/*"', path: '"/prod"', expect: [] },
  { name: 'a prefix that only starts the same is fine', pattern: '"/apiv2/*"', path: '"/api"', expect: [] },
  { name: 'a wildcard before the prefix is not judged', pattern: '"*/api/*"', path: '"/api"', expect: [] },
  { name: 'no OriginPath', pattern: '"/api/*"', path: '""', expect: [] },
  { name: 'a malformed OriginPath is left to cloudfront/origin-path', pattern: '"/api/*"', path: '"/api/"', expect: [] },
  { name: 'an intrinsic OriginPath is unknown', pattern: '"/api/*"', path: '{"Fn::Sub": "/${Stage}"}', expect: [] },
  { name: 'an intrinsic pattern is unknown', pattern: '{"Fn::Sub": "/${Prefix}/*"}', path: '"/api"', expect: [] },
];

for (const row of rows) {
  test(`cloudfront/origin-path-repeated: ${row.name}`, () => {
    for (const shape of SHAPES) {
      const source = dist(shape, { origins: [S3_ORIGIN, api(row.path)], behaviors: [behavior(row.pattern, '', { target: 'api' })] });
      expectFindings(originPathRepeated, source, row.expect, row.says);
    }
  });
}

test('cloudfront/origin-path-repeated: points at the OriginPath, and reads origin groups whose members agree', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, { origins: [S3_ORIGIN, api('"/api"')], behaviors: [behavior('/api/*', '', { target: 'api' })] });
    const [finding] = run(originPathRepeated, source).findings;
    const related = finding.related![0].span;
    assert.equal(source.slice(related.offset, related.offset + related.length), '"/api"');

    const groupOf = (paths: [string, string]): string => dist(shape, {
      origins: [api(paths[0], 'a'), api(paths[1], 'b')],
      behaviors: [behavior('/api/*', '', { target: 'g' })],
      extra: '"OriginGroups": {"Quantity": 1, "Items": [{"Id": "g", "FailoverCriteria": {"StatusCodes": {"Quantity": 1, "Items": [503]}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "a"}, {"OriginId": "b"}]}}]}',
    });
    assert.equal(run(originPathRepeated, groupOf(['"/api"', '"/api"'])).findings.length, 1);
    assert.equal(run(originPathRepeated, groupOf(['"/api"', '""'])).findings.length, 0);
  }
});
