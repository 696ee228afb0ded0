import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, DEFAULT_QUOTAS, parseDocument, type Quotas } from '../../../../server/src/analysis';
import { quotas } from '../../../../server/src/analysis/rules/cloudfront/quotas';
import { parseFixture } from '../../fixture';
import { API_ORIGIN, behavior, dist, expectFindings, list, run, S3_ORIGIN, SHAPES } from './shapes';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const origin = (i: number): string => `{"Id": "o${i}", "DomainName": "o${i}.example.com", "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}`;
const group = (i: number): string => `{"Id": "g${i}", "FailoverCriteria": {"StatusCodes": {"Quantity": 1, "Items": [503]}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "s3"}, {"OriginId": "api"}]}}`;
const legacy = (fields: string): string => `"ForwardedValues": {"QueryString": true, ${fields}}`;

test('cloudfront/quotas: at the default quotas nothing is reported', () => {
  for (const shape of SHAPES) {
    const text = dist(shape, {
      origins: [S3_ORIGIN, API_ORIGIN, ...range(98).map(origin)],
      behaviors: range(75).map((i) => behavior(`/p${i}/*`)),
      extra: `"Aliases": ${list(shape, range(100).map((i) => `"a${i}.example.com"`))}, "OriginGroups": {"Quantity": 10, "Items": [${range(10).map(group).join(', ')}]}`,
    });
    assert.deepEqual(run(quotas, text).findings, []);
  }
});

test('cloudfront/quotas: one over each distribution quota is an error on the list\'s key', () => {
  for (const shape of SHAPES) {
    const text = dist(shape, {
      origins: [S3_ORIGIN, API_ORIGIN, ...range(99).map(origin)],
      behaviors: range(76).map((i) => behavior(`/p${i}/*`)),
      extra: `⟦"Aliases"⟧: ${list(shape, range(101).map((i) => `"a${i}.example.com"`))}, ⟦"OriginGroups"⟧: {"Quantity": 11, "Items": [${range(11).map(group).join(', ')}]}`,
    }).replace('"Origins"', '⟦"Origins"⟧').replace('"CacheBehaviors"', '⟦"CacheBehaviors"⟧');
    const result = expectFindings(quotas, text, ['error', 'error', 'error', 'error'], [
      /There are 101 origins in this distribution; the default quota is 100\. AWS rejects a distribution over its quota \(TooManyOrigins\)\. This quota can be raised for an account; if yours is higher, set cloudfrontIamLens\.quotas\.originsPerDistribution to it\./,
      /76 cache behaviors .*TooManyCacheBehaviors/,
      /101 alternate domain names .*TooManyDistributionCNAMEs/,
      /11 origin groups .*TooManyOriginGroupsPerDistribution/,
    ]);
    assert.equal(result.findings.length, 4);
  }
});

test('cloudfront/quotas: legacy headers, cookies and query strings per behavior, and custom headers per origin', () => {
  const names = (n: number, prefix: string): string[] => range(n).map((i) => `"${prefix}${i}"`);
  for (const shape of SHAPES) {
    const fields = legacy(`⟦"Headers"⟧: ${list(shape, names(11, 'X-H'))}, "QueryStringCacheKeys": ${list(shape, names(10, 'q'))}, "Cookies": {"Forward": "whitelist", ⟦"WhitelistedNames"⟧: ${list(shape, names(11, 'c'))}}`);
    const headersKey = shape === 'api' ? '"CustomHeaders"' : '"OriginCustomHeaders"';
    const headerItems = range(11).map((i) => `{"HeaderName": "X-${i}", "HeaderValue": "v"}`);
    const withHeaders = `{"Id": "api", "DomainName": "api.example.com", ⟦${headersKey}⟧: ${list(shape, headerItems)}, "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}`;
    expectFindings(quotas, dist(shape, { origins: [S3_ORIGIN, withHeaders], behaviors: [behavior('/a/*', fields, { cachePolicy: false })] }), ['error', 'error', 'error'], [
      /11 forwarded headers in cache behavior #1 "\/a\/\*".*TooManyHeadersInForwardedValues/,
      /11 whitelisted cookie names .*TooManyCookieNamesInWhiteList/,
      /11 custom headers on origin "api".*TooManyOriginCustomHeaders/,
    ]);
  }
});

function withQuotas(text: string, q: Partial<Quotas>): string[] {
  const { text: plain } = parseFixture(text);
  return analyzeDocument(parseDocument(plain), { rules: [quotas], quotas: { ...DEFAULT_QUOTAS, ...q } }).map((f) => f.message);
}

test('cloudfront/quotas: the limits come from the options, so a raised quota is respected', () => {
  for (const shape of SHAPES) {
    const text = dist(shape, { behaviors: range(80).map((i) => behavior(`/p${i}/*`)) });
    assert.equal(withQuotas(text, {}).length, 1);
    assert.deepEqual(withQuotas(text, { cacheBehaviorsPerDistribution: 100 }), []);
    assert.match(withQuotas(dist(shape, { behaviors: range(3).map((i) => behavior(`/p${i}/*`)) }), { cacheBehaviorsPerDistribution: 2 })[0], /3 cache behaviors .* the default quota is 2/);
  }
});

test('cloudfront/quotas: items that may vanish are not counted, and lists of the wrong type give nothing', () => {
  const maybe = range(80).map((i) => `{"Fn::If": ["C", ${behavior(`/p${i}/*`)}, {"Ref": "AWS::NoValue"}]}`);
  assert.deepEqual(run(quotas, dist('cfn', { behaviors: maybe })).findings, []);
  const wrong = dist('cfn', {}).replace('"DefaultCacheBehavior"', '"Aliases": "a.example.com", "CacheBehaviors": {"Ref": "Behaviors"}, "DefaultCacheBehavior"');
  assert.deepEqual(run(quotas, wrong).findings, []);
});

test('cloudfront/quotas: Japanese messages name the setting too', () => {
  const { text } = parseFixture(dist('api', { behaviors: range(76).map((i) => behavior(`/p${i}/*`)) }));
  const [finding] = analyzeDocument(parseDocument(text), { rules: [quotas], locale: 'ja' });
  assert.match(finding.message, /キャッシュビヘイビアが 76 個あります。既定のクォータは 75 です。.*cloudfrontIamLens\.quotas\.cacheBehaviorsPerDistribution/);
});
