import assert from 'node:assert/strict';
import { test } from 'node:test';
import { targetOrigin } from '../../../../server/src/analysis/rules/cloudfront/targetOrigin';
import { API_ORIGIN, applyFix, behavior, dist, expectFindings, run, S3_ORIGIN, SHAPES, type Shape } from './shapes';

/** Origin groups keep {Quantity, Items} in both shapes, members too. */
function group(id: string, members: string[]): string {
  return `{"Id": "${id}", "FailoverCriteria": {"StatusCodes": {"Quantity": 1, "Items": [503]}}, "Members": {"Quantity": ${members.length}, "Items": [${members.map((m) => `{"OriginId": ${m.startsWith('⟦') ? m : JSON.stringify(m)}}`).join(', ')}]}}`;
}
const groups = (items: string[]): string => `"OriginGroups": {"Quantity": ${items.length}, "Items": [${items.join(', ')}]}`;

const rows: { name: string; target?: string; origins?: string[]; extra?: string; expect: string[]; says?: (shape: Shape) => RegExp[] }[] = [
  { name: 'targets that exist', target: '"api"', expect: [] },
  { name: 'an origin group is a valid target', target: '"failover"', extra: groups([group('failover', ['s3', 'api'])]), expect: [] },
  {
    name: 'a typo gets a suggestion', target: '⟦"apii"⟧', expect: ['error'],
    says: (shape) => [/TargetOriginId "apii" of cache behavior #1 "\/a\/\*" is not the Id of any origin or origin group in this distribution \("s3", "api"\)/, /Did you mean "api"\?/,
      shape === 'cfn' ? /"One or more of your cache behavior target origins or origin groups do not exist\."/ : /NoSuchOrigin/],
  },
  { name: 'a case mistake gets a suggestion', target: '⟦"S3"⟧', expect: ['error'], says: () => [/Did you mean "s3"\?/] },
  { name: 'nothing close: no suggestion', target: '⟦"website"⟧', expect: ['error'], says: () => [/\("s3", "api"\)\. AWS rejects it/] },
  { name: 'an origin group member that is no origin', target: '"failover"', extra: groups([group('failover', ['s3', '⟦"ap"⟧'])]), expect: ['error'], says: () => [/Origin group "failover" has a member "ap"/] },
  { name: 'duplicate origin Ids', origins: [S3_ORIGIN, S3_ORIGIN.replace('"Id": "s3"', '"Id": ⟦"s3"⟧')], target: '"s3"', expect: ['error'], says: () => [/Origin Id "s3" is used twice/] },
  { name: 'an intrinsic TargetOriginId is unknown', target: '{"Ref": "Target"}', expect: [] },
  { name: 'a TargetOriginId of the wrong type is left to the schema check', target: '7', expect: [] },
];

for (const row of rows) {
  test(`cloudfront/target-origin: ${row.name}`, () => {
    for (const shape of SHAPES) {
      const source = dist(shape, { origins: row.origins, behaviors: [behavior('/a/*', '', { targetRaw: row.target })], extra: row.extra });
      expectFindings(targetOrigin, source, row.expect, row.says?.(shape));
    }
  });
}

test('cloudfront/target-origin: nothing is claimed while an origin Id is an intrinsic function', () => {
  const origins = [S3_ORIGIN, API_ORIGIN.replace('"Id": "api"', '"Id": {"Ref": "ApiId"}')];
  assert.deepEqual(run(targetOrigin, dist('cfn', { origins, behaviors: [behavior('/a/*', '', { target: 'api' })] })).findings, []);
  const intrinsicList = dist('cfn', { behaviors: [behavior('/a/*', '', { target: 'nope' })] }).replace(/"Origins": \[.*?\], "DefaultCacheBehavior"/, '"Origins": {"Ref": "Origins"}, "DefaultCacheBehavior"');
  assert.deepEqual(run(targetOrigin, intrinsicList).findings, []);
});

test('cloudfront/target-origin: without an Origins list (legacy S3Origin) nothing is compared', () => {
  const source = '{"Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {"Enabled": true, ' +
    '"S3Origin": {"DNSName": "b.s3.amazonaws.com"}, "DefaultCacheBehavior": {"TargetOriginId": "x", "ViewerProtocolPolicy": "allow-all"}}}}}}';
  assert.deepEqual(run(targetOrigin, source).findings, []);
});

test('cloudfront/target-origin: the Default behavior is checked, and the fix replaces the Id', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, { defaultBehavior: behavior(undefined, '', { targetRaw: '⟦"s4"⟧' }) });
    expectFindings(targetOrigin, source, ['error'], [/of the Default cache behavior/, /Did you mean "s3"\?/]);
    const fixed = applyFix(targetOrigin, source);
    assert.deepEqual(run(targetOrigin, fixed).findings, []);
    const memberFixed = applyFix(targetOrigin, dist(shape, { behaviors: [behavior('/a/*', '', { target: 'g' })], extra: groups([group('g', ['s3', 'Api'])]) }));
    assert.deepEqual(run(targetOrigin, memberFixed).findings, []);
  }
});

test('cloudfront/target-origin: two equally close Ids give no suggestion', () => {
  const origins = [S3_ORIGIN.replace('"s3"', '"ab"'), API_ORIGIN.replace('"api"', '"cb"')];
  const [finding] = run(targetOrigin, dist('api', { origins, behaviors: [behavior('/a/*', '', { target: 'xb' })] })).findings;
  assert.deepEqual(finding.fixes, []);
  assert.doesNotMatch(finding.message, /Did you mean/);
});
