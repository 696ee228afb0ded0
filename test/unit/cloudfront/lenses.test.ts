import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLenses, DEFAULT_OPTIONS, distributionsOf, hoverAt, parseDocument, simulateDistribution } from '../../../server/src/analysis';
import { apiDistribution, cfnTemplate } from './builders';

function lenses(text: string): string[] {
  return codeLenses(parseDocument(text)).map((l) => {
    const line = text.slice(0, l.span.offset).split('\n').length;
    const action = !l.action ? '' : l.action.kind === 'reveal' ? ' → reveal' : ` → simulate#${l.action.distribution}${l.action.path ? ` ${l.action.path}` : ''}`;
    return `${line}: ${l.title}${action}`;
  });
}

test('lenses: a Simulate path lens on the lists and a summary per behavior', () => {
  const text = apiDistribution(['/images/*', '/images/logo-*.png', '*.jpg']);
  const got = lenses(text);
  assert.equal(got.filter((l) => l.includes('Simulate path…')).length, 2);
  const summaries = got.filter((l) => !l.includes('Simulate path…')).map((l) => l.replace(/^\d+: /, ''));
  // The first lens is the distribution summary; the behavior lenses follow.
  assert.equal(summaries.length, 5);
  assert.equal(summaries[0], '3 cache behaviors: 3 cached · Default: cached (CachingOptimized)');
  assert.match(summaries[1], /^#1 evaluated 1st · e\.g\. \/images\/\S* → simulate#0 \/images\//);
  assert.equal(summaries[2], '#2 never reached: covered by #1 → reveal');
  assert.match(summaries[3], /^#3 evaluated 3rd · e\.g\. \S*\.jpg → simulate#0/);
  assert.match(summaries[4], /^Default \(\*\) evaluated last · e\.g\. \//);
});

test('lenses: the example path of each reachable behavior really reaches it', () => {
  const text = apiDistribution(['/api/*', '/img/?*', '/img/', '*.jpg', '/a?c', 'x*']);
  const doc = parseDocument(text);
  const dist = distributionsOf(doc)[0];
  for (const lens of codeLenses(doc)) {
    if (lens.action?.kind !== 'simulate' || !lens.action.path) continue;
    const result = simulateDistribution(dist, lens.action.path)!;
    const expected = lens.title.startsWith('Default') ? 'default' : `#${lens.title.slice(1, lens.title.indexOf(' '))}`;
    assert.equal(result.behavior.kind === 'default' ? 'default' : `#${result.behavior.index + 1}`, expected, lens.title);
  }
});

test('lenses: a Default behind * is never reached', () => {
  const got = lenses(apiDistribution(['/*']));
  assert.ok(got.some((l) => l.endsWith('Default (*) never reached: covered by #1 → reveal')));
});

test('lenses: every distribution of a template gets its own lenses', () => {
  const got = lenses(cfnTemplate({ A: ['/a/*'], B: ['/b/*', '/b/c/*'] }));
  assert.equal(got.filter((l) => l.includes('Simulate path…')).length, 4);
  assert.ok(got.some((l) => l.includes('simulate#1') && l.includes('#1 evaluated 1st')));
  assert.ok(got.some((l) => l.includes('#2 never reached: covered by #1')));
});

test('lenses: the distribution summary counts how behaviors cache, in both shapes and both languages', () => {
  const behaviors = [
    { PathPattern: '/api/*', TargetOriginId: 'api', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' },
    { PathPattern: '/static/*' },
    { PathPattern: '/feed/*', CachePolicyId: '83da9c7e-98b4-4e11-a168-04f0df8e2c65' },
    { PathPattern: '/legacy/*', CachePolicyId: undefined, ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } }, MinTTL: 0, DefaultTTL: 0, MaxTTL: 0 },
    { PathPattern: '/custom/*', CachePolicyId: '11111111-2222-3333-4444-555555555555' },
  ];
  const expected = '5 cache behaviors: 1 cached, 1 cached only when the origin sends Cache-Control, 2 passed through to the origin, 1 with a custom cache policy · Default: cached (CachingOptimized)';
  for (const text of [apiDistribution(behaviors), cfnTemplate({ Cdn: behaviors })]) {
    const doc = parseDocument(text);
    const [summary] = codeLenses(doc);
    assert.equal(summary.title, expected);
    assert.equal(summary.action, undefined);
    assert.equal(text.slice(summary.span.offset, summary.span.offset + summary.span.length), '"DistributionConfig"');
    assert.equal(codeLenses(doc, { ...DEFAULT_OPTIONS, locale: 'ja' })[0].title,
      'キャッシュビヘイビア 5 個: キャッシュ 1、オリジンの Cache-Control に従ってキャッシュ 1、オリジンへ素通し 2、独自のキャッシュポリシー 1 · デフォルト: キャッシュ（CachingOptimized）');
  }
  const legacyDefault = apiDistribution([], { CachePolicyId: undefined, ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } } });
  assert.equal(codeLenses(parseDocument(legacyDefault))[0].title, 'No cache behaviors besides the Default · Default: cached (legacy settings)');
  const bare = '{"CallerReference":"r","Origins":{"Quantity":0},"DefaultCacheBehavior":{"TargetOriginId":"o","CachePolicyId":{"Ref":"P"}}}';
  const [bareSummary] = codeLenses(parseDocument(bare));
  assert.deepEqual(bareSummary.span, { offset: 0, length: 1 });
  assert.equal(bareSummary.title, 'No cache behaviors besides the Default · Default: caching not known');
});

test('lenses: none on policies and unrelated JSON', () => {
  assert.deepEqual(codeLenses(parseDocument('{"Version":"2012-10-17","Statement":[]}')), []);
  assert.deepEqual(codeLenses(parseDocument('{"name":"x"}')), []);
});

test('hover on a PathPattern: order, an example path, the wildcard rules and the "?" assumption', () => {
  const text = apiDistribution(['/images/*', '/images/logo-?.png']);
  const doc = parseDocument(text);
  const first = hoverAt(doc, text.indexOf('"/images/*"') + 3);
  assert.ok(first);
  assert.match(first.markdown, /evaluated 1st of 2 cache behaviors/);
  assert.match(first.markdown, /Reached, for example, by `\/images\//);
  assert.match(first.markdown, /`\*` stands for any run of characters, `\/` included/);
  assert.doesNotMatch(first.markdown, /assumes/);
  assert.equal(text.slice(first.span.offset, first.span.offset + first.span.length), '"/images/*"');
  const second = hoverAt(doc, text.indexOf('"/images/logo-?.png"') + 1)!;
  assert.match(second.markdown, /\*\*Never reached\*\*: every path it matches is taken first by #1 `\/images\/\*`/);
  assert.match(second.markdown, /this extension assumes it does/);
  const dflt = hoverAt(doc, text.indexOf('"DefaultCacheBehavior"') + 2)!;
  assert.match(dflt.markdown, /Default cache behavior/);
  // Other fields get the schema's field description, not a cache-behavior hover.
  assert.match(hoverAt(doc, text.indexOf('"Comment"') + 2)!.markdown, /^\*\*Comment\*\* — string, required/);
});

test('hover: user text cannot break out of the code span', () => {
  const text = apiDistribution(['/a`b/*']);
  const info = hoverAt(parseDocument(text), text.indexOf('"/a`b/*"') + 2)!;
  assert.ok(info.markdown.includes('``/a`b/*``'));
});
