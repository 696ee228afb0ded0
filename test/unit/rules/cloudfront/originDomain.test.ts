import assert from 'node:assert/strict';
import { test } from 'node:test';
import { originDomain } from '../../../../server/src/analysis/rules/cloudfront/originDomain';
import { applyFix, behavior, dist, expectFindings, run, S3_ORIGIN, SHAPES } from './shapes';

const custom = (domain: string, extra = ''): string =>
  `{"Id": "api", "DomainName": ${domain}, "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}${extra}}`;
const s3 = (domain: string, extra = ''): string => `{"Id": "site", "DomainName": ${domain}, "S3OriginConfig": {"OriginAccessIdentity": ""}${extra}}`;

const rows: { name: string; origin: string; expect: string[]; says?: RegExp[] }[] = [
  { name: 'a domain name', origin: custom('"api.example.com"'), expect: [] },
  { name: 'an S3 REST endpoint with S3OriginConfig', origin: s3('"bucket.s3.eu-west-1.amazonaws.com"'), expect: [] },
  { name: 'an S3 website endpoint as a custom origin', origin: custom('"bucket.s3-website.eu-west-1.amazonaws.com"'), expect: [] },
  { name: 'a URL', origin: custom('⟦"https://api.example.com"⟧'), expect: ['error'], says: [/without "https:\/\/"\. AWS rejects it: "The parameter origin name cannot contain a colon\."/] },
  { name: 'a URL with a path', origin: custom('⟦"https://abc123.execute-api.us-east-1.amazonaws.com/prod/"⟧'), expect: ['error'], says: [/or a path/] },
  { name: 'a port', origin: custom('⟦"api.example.com:8443"⟧'), expect: ['error'], says: [/must not contain a port/] },
  { name: 'a path', origin: custom('⟦"media.example.com/out/v1"⟧'), expect: ['error'], says: [/"The parameter origin name must be a domain name\."/] },
  { name: 'an IP address', origin: custom('⟦"203.0.113.10"⟧'), expect: ['error'], says: [/"The parameter origin name cannot be an IP address\."/] },
  {
    name: 'an S3 website endpoint with S3OriginConfig', origin: s3('⟦"bucket.s3-website-us-east-1.amazonaws.com"⟧'), expect: ['error'],
    says: [/"The parameter Origin DomainName does not refer to a valid S3 bucket\."/],
  },
  { name: 'an intrinsic domain name is unknown', origin: custom('{"Fn::Sub": "https://${Api}.execute-api.${AWS::Region}.amazonaws.com"}'), expect: [] },
  { name: 'a domain name of the wrong type is left to the schema check', origin: custom('42'), expect: [] },
  { name: 'an empty domain name is left to the schema check', origin: custom('""'), expect: [] },
];

for (const row of rows) {
  test(`cloudfront/origin-domain: ${row.name}`, () => {
    for (const shape of SHAPES) expectFindings(originDomain, dist(shape, { origins: [S3_ORIGIN, row.origin] }), row.expect, row.says);
  });
}

test('cloudfront/origin-domain: the fixes keep the host and move a path to OriginPath', () => {
  const cases: [string, string, RegExp][] = [
    [custom('"https://api.example.com"'), 'Use "api.example.com"', /"DomainName": "api\.example\.com", "CustomOriginConfig"/],
    [custom('"https://abc.execute-api.us-east-1.amazonaws.com/prod/"'), 'Use "abc.execute-api.us-east-1.amazonaws.com" with OriginPath "/prod"', /"OriginProtocolPolicy": "https-only"}, "OriginPath": "\/prod"}/],
    [custom('"media.example.com/out/v1"', ', "OriginPath": ""'), 'Use "media.example.com" with OriginPath "/out/v1"', /"OriginPath": "\/out\/v1"/],
  ];
  for (const shape of SHAPES) {
    for (const [origin, title, result] of cases) {
      const source = dist(shape, { origins: [origin] });
      assert.equal(run(originDomain, source).findings[0].fixes?.[0].title, title);
      const fixed = applyFix(originDomain, source);
      assert.match(fixed, result);
      assert.deepEqual(run(originDomain, fixed).findings, []);
    }
  }
});

test('cloudfront/origin-domain: no fix where the path cannot be moved or the port has no place', () => {
  for (const origin of [custom('"media.example.com/out"', ', "OriginPath": "/v1"'), custom('"http://api.example.com:8080"'), custom('"api.example.com:8443"')]) {
    assert.deepEqual(run(originDomain, dist('api', { origins: [origin] })).findings[0].fixes ?? [], []);
  }
});

test('cloudfront/origin-domain: an S3 website endpoint becomes a custom origin, without its origin access control', () => {
  for (const shape of SHAPES) {
    const source = dist(shape, { origins: [s3('"site.s3-website-us-east-1.amazonaws.com"', ', "OriginAccessControlId": "E2OAC"')] });
    const fixed = applyFix(originDomain, source);
    const parsed = JSON.parse(fixed);
    const config = parsed.DistributionConfig ?? parsed.Resources.Cdn.Properties.DistributionConfig;
    const origin = shape === 'api' ? config.Origins.Items[0] : config.Origins[0];
    assert.deepEqual(origin, { Id: 'site', DomainName: 'site.s3-website-us-east-1.amazonaws.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'http-only' } });
    assert.deepEqual(run(originDomain, fixed).findings, []);
  }
});

test('cloudfront/origin-domain: characters a domain name cannot hold, with a fix when trimming is enough', () => {
  const origin = (domain: string): string => `{"Id": "o", "DomainName": ${domain}, "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}`;
  for (const shape of SHAPES) {
    for (const [domain, says, fixed] of [
      ['"api.example.com\\""', /contains "\\""/, 'api.example.com'],
      ['"api.example.com "', /contains white space/, 'api.example.com'],
      ['"api,example.com"', /contains ","/, undefined],
    ] as const) {
      const source = dist(shape, { origins: [origin(`⟦${domain}⟧`)], defaultBehavior: behavior(undefined, '', { target: 'o' }) });
      const checked = expectFindings(originDomain, source, ['error'], [says]);
      assert.equal(checked.findings[0].fixes?.length ?? 0, fixed ? 1 : 0);
      if (fixed) assert.ok(applyFix(originDomain, source).includes(`"DomainName": "${fixed}"`));
    }
    assert.deepEqual(run(originDomain, dist(shape, { origins: [origin('"my_bucket-1.example.com"')], defaultBehavior: behavior(undefined, '', { target: 'o' }) })).findings, []);
  }
});
