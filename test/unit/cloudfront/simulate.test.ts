import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distributionsOf, parseDocument, simulateDistribution, type PathSimulationResult } from '../../../server/src/analysis';
import { explainMismatch } from '../../../server/src/analysis/cloudfront/simulate';
import { apiDistribution, cfnTemplate } from './builders';

function simulate(text: string, input: string, method?: string, which = 0): PathSimulationResult {
  const dist = distributionsOf(parseDocument(text))[which];
  const result = simulateDistribution(dist, input, { method });
  assert.ok(result);
  return result;
}

const SITE = apiDistribution([
  { PathPattern: '/api/*', TargetOriginId: 'api', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', AllowedMethods: { Quantity: 7, Items: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'], CachedMethods: { Quantity: 2, Items: ['GET', 'HEAD'] } } },
  '/images/*',
  '*.jpg',
  'static/?/*',
]);

const rows: { input: string; method?: string; behavior: string; path?: string }[] = [
  { input: '/images/logo.png', behavior: '#2' },
  { input: '/images/a/b/c.jpg', behavior: '#2' },
  { input: '/photos/a.jpg', behavior: '#3' },
  { input: '/photos/a.JPG', behavior: 'default' },
  { input: '/api/users', behavior: '#1' },
  { input: '/api', behavior: 'default' },
  { input: '/API/users', behavior: 'default' },
  { input: 'https://d111111abcdef8.cloudfront.net/api/users?page=2#top', behavior: '#1', path: '/api/users' },
  { input: '/demo/../api/users', behavior: '#1', path: '/api/users' },
  { input: '//images///x.png', behavior: '#2', path: '/images/x.png' },
  { input: '/%69mages/x.png', behavior: '#2', path: '/images/x.png' },
  { input: '/static/a/b.css', behavior: '#4' },
  { input: '/static/ab/c.css', behavior: 'default' },
  { input: '/', behavior: 'default' },
];

for (const row of rows) {
  test(`simulate: ${row.method ?? 'GET'} ${row.input} → ${row.behavior}`, () => {
    const r = simulate(SITE, row.input, row.method);
    const got = r.behavior.kind === 'default' ? 'default' : `#${r.behavior.index + 1}`;
    assert.equal(got, row.behavior);
    if (row.path) assert.equal(r.normalizedPath, row.path);
    const hitIndex = r.behavior.kind === 'default' ? 4 : r.behavior.index;
    assert.deepEqual(r.tried.map((t) => t.index), [...Array(hitIndex).keys()]);
  });
}

test('simulate: the API behavior forwards to the custom origin with OriginPath, the raw path and the query string', () => {
  const r = simulate(SITE, 'https://d111111abcdef8.cloudfront.net/v1/../api//users?page=2', 'POST');
  assert.deepEqual(r.behavior, { kind: 'cache-behavior', index: 0, pathPattern: '/api/*' });
  assert.equal(r.origin.url, 'https://api.example.com/prod/v1/../api//users?page=2');
  assert.equal(r.methodAllowed, true);
  assert.equal(r.methodCached, false);
  assert.equal(r.caching.cachePolicyName, 'CachingDisabled');
  assert.deepEqual(r.xCache, { first: 'Miss from cloudfront', repeated: 'Miss from cloudfront' });
});

test('simulate: a method the behavior does not allow is a 403 from CloudFront', () => {
  const r = simulate(SITE, '/images/a.png', 'POST');
  assert.equal(r.methodAllowed, false);
  assert.match(r.xCache.first, /403/);
});

test('simulate: a cached GET is a Miss then a Hit, and the S3 origin gets no query string under CachingOptimized', () => {
  const r = simulate(SITE, '/images/a.png?v=3');
  assert.deepEqual(r.xCache, { first: 'Miss from cloudfront', repeated: 'Hit from cloudfront' });
  assert.equal(r.origin.url, 'https://bucket.s3.us-east-1.amazonaws.com/images/a.png');
  assert.equal(r.caching.minTTL, 1);
});

test('simulate: legacy TTLs with Min = Default = 0 cache only when the origin sends caching headers', () => {
  const text = apiDistribution([{ PathPattern: '/x/*', CachePolicyId: undefined, ForwardedValues: { QueryString: true, Cookies: { Forward: 'none' } }, MinTTL: 0, DefaultTTL: 0, MaxTTL: 600 }]);
  const r = simulate(text, '/x/y?q=1');
  assert.equal(r.caching.source, 'legacy-settings');
  assert.match(r.xCache.repeated, /only if the origin sent/);
  assert.equal(r.origin.url, 'https://bucket.s3.us-east-1.amazonaws.com/x/y?q=1');
});

test('simulate: legacy defaults are 0 / 1 day / 1 year', () => {
  const text = apiDistribution([{ PathPattern: '/x/*', CachePolicyId: undefined, ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } } }]);
  const r = simulate(text, '/x/y');
  assert.deepEqual([r.caching.minTTL, r.caching.defaultTTL, r.caching.maxTTL], [0, 86400, 31536000]);
});

test('simulate: an unknown cache policy id is said to be unknown, not guessed', () => {
  const text = apiDistribution([{ PathPattern: '/x/*', CachePolicyId: '11111111-2222-3333-4444-555555555555' }]);
  const r = simulate(text, '/x/y');
  assert.equal(r.caching.source, 'cache-policy');
  assert.equal(r.caching.minTTL, undefined);
  assert.match(r.xCache.repeated, /if the cache policy caches/);
});

test('simulate: a "?" that stands for "/" is reported as an assumption', () => {
  const r = simulate(apiDistribution(['/a?b']), '/a/b');
  assert.deepEqual(r.behavior, { kind: 'cache-behavior', index: 0, pathPattern: '/a?b' });
  assert.equal(r.assumptions.length, 1);
  assert.match(r.assumptions[0], /"\?" stands for a "\/"/);
});

test('simulate: "/" with a DefaultRootObject is matched as the root object, and says so', () => {
  const r = simulate(apiDistribution(['*.html']), '/', 'GET');
  assert.equal(r.behavior.kind, 'default');
  const withRoot = simulate(apiDistribution(['*.html'], {}, { DefaultRootObject: 'index.html' }), '/');
  assert.deepEqual(withRoot.behavior, { kind: 'cache-behavior', index: 0, pathPattern: '*.html' });
  assert.match(withRoot.assumptions[0], /DefaultRootObject/);
  // The other reading of the undocumented rule is shown too.
  assert.deepEqual(withRoot.literalRootBehavior, { kind: 'default' });
  const same = simulate(apiDistribution(['/*'], {}, { DefaultRootObject: 'index.html' }), '/');
  assert.equal(same.literalRootBehavior, undefined);
});

test('simulate: an OriginPath only known at deployment gives no origin URL rather than a wrong one', () => {
  const text = apiDistribution(['/x/*']).replace('"OriginPath": ""', '"OriginPath": {"Fn::Sub": "/${Stage}"}');
  const r = simulate(text, '/x/1');
  assert.equal(r.origin.id, 's3');
  assert.equal(r.origin.url, undefined);
});

test('simulate: CloudFormation templates with several distributions, plain arrays and intrinsic patterns', () => {
  const text = cfnTemplate({ First: ['/a/*'], Second: [{ PathPattern: { 'Fn::Sub': '/${Env}/*' } }, '/b/*'] });
  assert.deepEqual(simulate(text, '/a/x', 'GET', 0).behavior, { kind: 'cache-behavior', index: 0, pathPattern: '/a/*' });
  const second = simulate(text, '/b/x', 'GET', 1);
  assert.deepEqual(second.behavior, { kind: 'cache-behavior', index: 1, pathPattern: '/b/*' });
  assert.deepEqual(second.unknownPatterns, [0]);
  assert.match(second.assumptions[0], /only known at deployment/);
  assert.equal(second.origin.url, 'https://bucket.s3.us-east-1.amazonaws.com/b/x');
});

test('simulate: a target origin that does not exist is reported as missing', () => {
  const r = simulate(apiDistribution([{ PathPattern: '/x/*', TargetOriginId: 'nope' }]), '/x/1');
  assert.equal(r.origin.kind, 'missing');
  assert.equal(r.origin.url, undefined);
});

test('explainMismatch says why in the user\'s terms', () => {
  assert.equal(explainMismatch('/api/*', '/web/x'), 'the path does not start with "/api/"');
  assert.equal(explainMismatch('/api/*', '/api'), 'the path lacks the "/" after "/api"');
  assert.equal(explainMismatch('/API/*', '/api/x'), 'the path does not start with "/API/" (case counts)');
  assert.equal(explainMismatch('*.jpg', '/a.png'), 'the path does not end with ".jpg"');
  assert.equal(explainMismatch('*.jpg', '/a.JPG'), 'the path does not end with ".jpg" (case counts)');
  assert.equal(explainMismatch('index.html', '/index.htm'), 'the pattern has no wildcard, so only "/index.html" itself matches');
});
