import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLenses, distributionsOf, hoverAt, parseDocument, simulateRequest } from '../../../server/src/analysis';
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
  assert.equal(summaries.length, 4);
  assert.match(summaries[0], /^#1 evaluated 1st · e\.g\. \/images\/\S* → simulate#0 \/images\//);
  assert.equal(summaries[1], '#2 never reached: covered by #1 → reveal');
  assert.match(summaries[2], /^#3 evaluated 3rd · e\.g\. \S*\.jpg → simulate#0/);
  assert.match(summaries[3], /^Default \(\*\) evaluated last · e\.g\. \//);
});

test('lenses: the example path of each reachable behavior really reaches it', () => {
  const text = apiDistribution(['/api/*', '/img/?*', '/img/', '*.jpg', '/a?c', 'x*']);
  const doc = parseDocument(text);
  const dist = distributionsOf(doc)[0];
  for (const lens of codeLenses(doc)) {
    if (lens.action?.kind !== 'simulate' || !lens.action.path) continue;
    const result = simulateRequest(dist, lens.action.path)!;
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
  assert.equal(hoverAt(doc, text.indexOf('"Comment"') + 2), undefined);
});

test('hover: user text cannot break out of the code span', () => {
  const text = apiDistribution(['/a`b/*']);
  const info = hoverAt(parseDocument(text), text.indexOf('"/a`b/*"') + 2)!;
  assert.ok(info.markdown.includes('``/a`b/*``'));
});
