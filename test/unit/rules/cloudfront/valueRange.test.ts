import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueRange } from '../../../../server/src/analysis/rules/cloudfront/valueRange';
import { realWorldDocuments } from '../../cloudfront/schemaFixtures';
import { behavior, dist, expectFindings, forwarded, list, run, S3_ORIGIN, SHAPES, type Shape } from './shapes';

const CUSTOM = '"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"';

/** A custom origin: `fields` go on the origin, `config` into its CustomOriginConfig. */
const origin = (fields = '', config = ''): string =>
  `{"Id": "api", "DomainName": "api.example.com", "CustomOriginConfig": {${CUSTOM}${config ? `, ${config}` : ''}}${fields ? `, ${fields}` : ''}}`;

const withOrigin = (fields = '', config = '') => (shape: Shape): string => dist(shape, { origins: [S3_ORIGIN, origin(fields, config)] });
const withS3Read = (value: string) => (shape: Shape): string => dist(shape, { origins: [`{"Id": "s3", "DomainName": "bucket.s3.us-east-1.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": "", "OriginReadTimeout": ${value}}}`] });
const withVpc = (config: string) => (shape: Shape): string => dist(shape, { origins: [S3_ORIGIN, `{"Id": "vpc", "DomainName": "internal.example.com", "VpcOriginConfig": {"VpcOriginId": "vo_1", ${config}}}`] });
const withExtra = (extra: string) => (shape: Shape): string => dist(shape, { extra });
const withHeader = (header: string) => (shape: Shape): string => {
  const key = shape === 'api' ? '"CustomHeaders"' : '"OriginCustomHeaders"';
  return dist(shape, { origins: [S3_ORIGIN, origin(`${key}: ${list(shape, [header])}`)] });
};
/** The Comment member: the API fixture already carries `"Comment": ""`, so that one is replaced. */
const withComment = (value: string) => (shape: Shape): string =>
  shape === 'api' ? dist(shape).replace('"Comment": ""', `"Comment": ${value}`) : dist(shape, { extra: `"Comment": ${value}` });
const withBehaviorFields = (fields: (shape: Shape) => string) => (shape: Shape): string =>
  dist(shape, { behaviors: [behavior('/api/*', fields(shape), { cachePolicy: false })] });
const functionArn = (length: number): string => {
  const prefix = 'arn:aws:cloudfront::123456789012:function/';
  return JSON.stringify(prefix + 'f'.repeat(length - prefix.length));
};
const withFunction = (arn: string) => withBehaviorFields((shape) =>
  `"CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6", "FunctionAssociations": ${list(shape, [`{"FunctionARN": ${arn}, "EventType": "viewer-request"}`])}`);
const withQueryKey = (key: string) => withBehaviorFields((shape) =>
  `"ForwardedValues": {"QueryString": true, "Cookies": {"Forward": "none"}, "QueryStringCacheKeys": ${list(shape, [key])}}`);
const withLegacyTtl = (ttl: string) => withBehaviorFields((shape) => `${forwarded(shape)}, ${ttl}`);
const s = (n: number, ch = 'a'): string => JSON.stringify(ch.repeat(n));
const marked = (json: string): string => `⟦${json}⟧`;

interface Row {
  name: string;
  source: (shape: Shape) => string;
  expect: string[];
  says?: RegExp[];
  /** The shapes the row is written for; both by default. */
  shapes?: Shape[];
}

const rows: Row[] = [
  // Fixed API limits on the origin: the bounds themselves are clean.
  { name: 'ConnectionAttempts 1 and ConnectionTimeout 10 are bounds', source: withOrigin('"ConnectionAttempts": 1, "ConnectionTimeout": 10'), expect: [] },
  { name: 'ConnectionAttempts 3 is the upper bound', source: withOrigin('"ConnectionAttempts": 3'), expect: [] },
  { name: 'ConnectionAttempts 0', source: withOrigin(`"ConnectionAttempts": ${marked('0')}`), expect: ['error'], says: [/ConnectionAttempts is 0; AWS accepts 1–3\.$/] },
  { name: 'ConnectionAttempts 5', source: withOrigin(`"ConnectionAttempts": ${marked('5')}`), expect: ['error'], says: [/Origins(\.Items)?\[1\]\.ConnectionAttempts is 5; AWS accepts 1–3\./] },
  { name: 'ConnectionTimeout 1 is the lower bound', source: withOrigin('"ConnectionTimeout": 1'), expect: [] },
  { name: 'ConnectionTimeout 11', source: withOrigin(`"ConnectionTimeout": ${marked('11')}`), expect: ['error'], says: [/ConnectionTimeout is 11 seconds; AWS accepts 1–10 seconds\./] },
  { name: 'a negative ConnectionTimeout', source: withOrigin(`"ConnectionTimeout": ${marked('-1')}`), expect: ['error'], says: [/is -1 seconds; AWS accepts 1–10 seconds/] },

  // Default quotas: over the maximum is a warning that names AWS's error; under the minimum is an error.
  { name: 'OriginReadTimeout 1 and 180 are the bounds', source: withOrigin('', '"OriginReadTimeout": 180, "OriginKeepaliveTimeout": 1'), expect: [] },
  {
    name: 'OriginReadTimeout 181',
    source: withOrigin('', `"OriginReadTimeout": ${marked('181')}`),
    expect: ['warning'],
    says: [/CustomOriginConfig\.OriginReadTimeout is 181 seconds; CloudFront's default quota allows 1–180 seconds\. AWS rejects a higher value with InvalidOriginReadTimeout unless your account has a higher quota; AWS raises default quotas on request\./],
  },
  { name: 'OriginReadTimeout 0', source: withOrigin('', `"OriginReadTimeout": ${marked('0')}`), expect: ['error'], says: [/OriginReadTimeout is 0 seconds; AWS accepts 1–180 seconds and rejects other values with InvalidOriginReadTimeout\./] },
  { name: 'OriginKeepaliveTimeout 181', source: withOrigin('', `"OriginKeepaliveTimeout": ${marked('181')}`), expect: ['warning'], says: [/OriginKeepaliveTimeout is 181 seconds; .*InvalidOriginKeepaliveTimeout/] },
  { name: 'an S3 origin\'s OriginReadTimeout', source: withS3Read(marked('300')), expect: ['warning'], says: [/S3OriginConfig\.OriginReadTimeout is 300 seconds/] },
  { name: 'a VPC origin\'s timeouts', source: withVpc(`"OriginReadTimeout": 180, "OriginKeepaliveTimeout": ${marked('181')}`), expect: ['warning'], says: [/VpcOriginConfig\.OriginKeepaliveTimeout is 181 seconds/] },

  // ResponseCompletionTimeout ≥ OriginReadTimeout, when both are written.
  { name: 'ResponseCompletionTimeout equal to OriginReadTimeout', source: withOrigin('"ResponseCompletionTimeout": 30', '"OriginReadTimeout": 30'), expect: [] },
  { name: 'ResponseCompletionTimeout above OriginReadTimeout, with no upper limit', source: withOrigin('"ResponseCompletionTimeout": 3600', '"OriginReadTimeout": 30'), expect: [] },
  {
    name: 'ResponseCompletionTimeout below OriginReadTimeout',
    source: withOrigin(`"ResponseCompletionTimeout": ${marked('29')}`, '"OriginReadTimeout": 30'),
    expect: ['error'],
    says: [/ResponseCompletionTimeout \(29 seconds\) is less than OriginReadTimeout \(30 seconds\) in .*Origins(\.Items)?\[1\]\. AWS requires ResponseCompletionTimeout to be equal to or greater than OriginReadTimeout\./],
  },
  { name: 'ResponseCompletionTimeout without an OriginReadTimeout', source: withOrigin('"ResponseCompletionTimeout": 10'), expect: [] },
  { name: 'ResponseCompletionTimeout 0 is reported once, as below its minimum', source: withOrigin(`"ResponseCompletionTimeout": ${marked('0')}`, '"OriginReadTimeout": 30'), expect: ['error'], says: [/ResponseCompletionTimeout is 0 seconds; AWS accepts at least 1 second\./] },
  { name: 'ResponseCompletionTimeout against an S3 origin\'s OriginReadTimeout', source: (shape) => dist(shape, { origins: [`{"Id": "s3", "DomainName": "bucket.s3.us-east-1.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": "", "OriginReadTimeout": 60}, "ResponseCompletionTimeout": ${marked('45')}}`] }), expect: ['error'], says: [/\(45 seconds\) is less than OriginReadTimeout \(60 seconds\)/] },

  // String lengths.
  { name: 'Comment of 128 characters', source: withComment(s(128)), expect: [] },
  { name: 'Comment of 129 characters', source: withComment(marked(s(129))), expect: ['error'], says: [/Comment "a{40}…" is 129 characters long; AWS accepts at most 128 characters\./] },
  { name: 'characters outside the BMP count once', source: withComment(s(64, '😀')), expect: [] },
  { name: 'OriginShieldRegion of 1 and 32 characters', source: withOrigin(`"OriginShield": {"Enabled": true, "OriginShieldRegion": ${s(32)}}`), expect: [] },
  { name: 'an empty OriginShieldRegion', source: withOrigin(`"OriginShield": {"Enabled": true, "OriginShieldRegion": ${marked('""')}}`), expect: ['error'], says: [/OriginShieldRegion is an empty string; AWS accepts 1–32 characters\./] },
  { name: 'OriginShieldRegion of 33 characters', source: withOrigin(`"OriginShield": {"Enabled": true, "OriginShieldRegion": ${marked(s(33))}}`), expect: ['error'], says: [/is 33 characters long; AWS accepts 1–32 characters/] },
  { name: 'FunctionARN of 108 characters', source: withFunction(functionArn(108)), expect: [] },
  { name: 'FunctionARN of 109 characters', source: withFunction(marked(functionArn(109))), expect: ['error'], says: [/FunctionARN "arn:aws:cloudfront::123456789012:functio…" is 109 characters long; AWS accepts at most 108 characters\./] },
  { name: 'an IAM certificate ID of 33 characters', source: (shape) => dist(shape, { extra: `"ViewerCertificate": {"${shape === 'api' ? 'IAMCertificateId' : 'IamCertificateId'}": ${marked(s(33, 'A'))}, "${shape === 'api' ? 'SSLSupportMethod' : 'SslSupportMethod'}": "sni-only"}` }), expect: ['error'], says: [/CertificateId "A+…?" is 33 characters long; AWS accepts at most 32 characters/] },
  { name: 'an empty connection function ID', source: withExtra(`"ConnectionFunctionAssociation": {"Id": ${marked('""')}}`), expect: ['error'], says: [/ConnectionFunctionAssociation\.Id is an empty string; AWS accepts 1–64 characters/] },

  // Length quotas: a warning.
  { name: 'a custom header name of 256 and a value of 1,783 characters', source: withHeader(`{"HeaderName": ${s(256, 'X')}, "HeaderValue": ${s(1783)}}`), expect: [] },
  {
    name: 'a custom header value of 1,784 characters',
    source: withHeader(`{"HeaderName": "X-Secret", "HeaderValue": ${marked(s(1784))}}`),
    expect: ['warning'],
    says: [/HeaderValue "a{40}…" is 1,784 characters long; CloudFront's default quota allows at most 1,783 characters\. AWS rejects a longer value unless your account has a higher quota/],
  },
  { name: 'a custom header name of 257 characters', source: withHeader(`{"HeaderName": ${marked(s(257, 'X'))}, "HeaderValue": "v"}`), expect: ['warning'], says: [/HeaderName .* is 257 characters long; CloudFront's default quota allows at most 256 characters/] },
  { name: 'a query string cache key of 129 characters', source: withQueryKey(marked(s(129, 'q'))), expect: ['warning'], says: [/QueryStringCacheKeys(\.Items)?\[0\] .* is 129 characters long; CloudFront's default quota allows at most 128 characters/] },
  { name: 'a query string cache key of 128 characters', source: withQueryKey(s(128, 'q')), expect: [] },

  // Durations cannot be negative.
  { name: 'TTLs of 0', source: withLegacyTtl('"MinTTL": 0, "DefaultTTL": 0, "MaxTTL": 0'), expect: [] },
  { name: 'a negative MaxTTL', source: withLegacyTtl(`"MinTTL": 0, "DefaultTTL": 0, "MaxTTL": ${marked('-1')}`), expect: ['warning'], says: [/MaxTTL is -1 seconds; a time to cache cannot be negative\. AWS documents no meaning for a negative value/] },
  { name: 'a negative ErrorCachingMinTTL', source: (shape) => dist(shape, { extra: `"CustomErrorResponses": ${list(shape, [`{"ErrorCode": 404, "ErrorCachingMinTTL": ${marked('-10')}}`])}` }), expect: ['warning'], says: [/ErrorCachingMinTTL is -10 seconds; a time to cache cannot be negative/] },

  // Unknown and wrongly typed values belong elsewhere.
  { name: 'an intrinsic function is unknown', source: withOrigin('"ConnectionAttempts": {"Ref": "Attempts"}', '"OriginReadTimeout": {"Fn::If": ["Slow", 300, 30]}'), expect: [] },
  { name: 'an intrinsic string is unknown', source: withComment('{"Fn::Sub": "${AWS::StackName} with a very long text that goes on and on and on and on and on and on and on and on and on and on and on"}'), expect: [], shapes: ['cfn'] },
  { name: 'an intrinsic OriginReadTimeout leaves ResponseCompletionTimeout alone', source: withOrigin('"ResponseCompletionTimeout": 5', '"OriginReadTimeout": {"Ref": "ReadTimeout"}'), expect: [], shapes: ['cfn'] },
  { name: 'a value of the wrong type is left to cloudfront/structure', source: withOrigin('"ConnectionAttempts": true, "ConnectionTimeout": "ten"'), expect: [] },
  { name: 'a fraction is left to cloudfront/structure in the API form', source: withOrigin('"ConnectionAttempts": 3.5'), expect: [], shapes: ['api'] },

  // CloudFormation converts numeric strings; the API form takes numbers only (cloudfront/structure reports "5").
  { name: 'a numeric string in a template', source: withOrigin(`"ConnectionAttempts": ${marked('"5"')}, "ConnectionTimeout": "10"`), expect: ['error'], says: [/ConnectionAttempts is 5; AWS accepts 1–3\./], shapes: ['cfn'] },
  { name: 'a numeric string with spaces in a template', source: withOrigin('', `"OriginReadTimeout": ${marked('" 200 "')}`), expect: ['warning'], shapes: ['cfn'] },
  { name: 'a numeric string in the API form', source: withOrigin('"ConnectionAttempts": "5"'), expect: [], shapes: ['api'] },
  { name: 'numeric strings for ResponseCompletionTimeout and OriginReadTimeout', source: withOrigin(`"ResponseCompletionTimeout": ${marked('"20"')}`, '"OriginReadTimeout": "30"'), expect: ['error'], shapes: ['cfn'] },

  // Limits other rules report are not reported twice.
  { name: 'a long PathPattern is cloudfront/path-pattern-syntax\'s', source: (shape) => dist(shape, { behaviors: [behavior(`/${'a'.repeat(300)}`)] }), expect: [] },
  { name: 'a long DefaultRootObject is cloudfront/default-root-object\'s', source: withExtra(`"DefaultRootObject": ${s(300)}`), expect: [] },
  { name: 'a negative Quantity is cloudfront/inconsistent-quantity\'s', source: withExtra('"Aliases": {"Quantity": -1}'), expect: [], shapes: ['api'] },
  {
    name: 'list lengths are not this rule\'s',
    source: withBehaviorFields((shape) => `"CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6", "FunctionAssociations": ${list(shape, ['a', 'b', 'c'].map((n) => `{"FunctionARN": "arn:aws:cloudfront::123456789012:function/${n}", "EventType": "viewer-request"}`))}`),
    expect: [],
  },
];

for (const row of rows) {
  test(`cloudfront/value-range: ${row.name}`, () => {
    for (const shape of row.shapes ?? SHAPES) expectFindings(valueRange, row.source(shape), row.expect, row.says);
  });
}

test('cloudfront/value-range: Japanese messages name the field, the value and the range', () => {
  const text = (source: string): string[] => run(valueRange, source, 'ja').findings.map((f) => f.message);
  for (const shape of SHAPES) {
    assert.match(text(withOrigin('"ConnectionAttempts": 5')(shape))[0], /ConnectionAttempts が 5 になっています。AWS が受け付けるのは 1〜3 で、それ以外の値は拒否されます。/);
    assert.match(text(withOrigin('', '"OriginReadTimeout": 181')(shape))[0], /OriginReadTimeout が 181 秒になっています。CloudFront の既定のクォータで許されるのは 1〜180 秒です。.*InvalidOriginReadTimeout で拒否します。既定のクォータは AWS に申請すれば引き上げられます。/);
    assert.match(text(withComment(s(129))(shape))[0], /Comment "a{40}…" は 129 文字あります。AWS が受け付けるのは 128 文字以下です。/);
    assert.match(text(withOrigin('"ResponseCompletionTimeout": 10', '"OriginReadTimeout": 30')(shape))[0], /ResponseCompletionTimeout（10 秒）が OriginReadTimeout（30 秒）より小さくなっています。/);
  }
});

test('cloudfront/value-range: the ResponseCompletionTimeout finding points at the OriginReadTimeout it is compared with', () => {
  const source = withOrigin('"ResponseCompletionTimeout": 20', '"OriginReadTimeout": 30')('api');
  const [finding] = run(valueRange, source).findings;
  assert.equal(source.slice(finding.related![0].span.offset, finding.related![0].span.offset + finding.related![0].span.length), '30');
  assert.equal(finding.fixes, undefined, 'which of the two values is wrong is not known, so there is no fix');
});

test('cloudfront/value-range: every real-world document comes out clean', () => {
  for (const { name, text } of realWorldDocuments()) {
    assert.deepEqual(run(valueRange, text).findings.map((f) => f.message), [], name);
  }
});
