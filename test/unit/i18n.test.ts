import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, codeLenses, distributionsOf, formatPathSimulation, hoverAt, parseDocument, rules, simulateDistribution, toLocale } from '../../server/src/analysis';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('toLocale maps VS Code and POSIX locale strings', () => {
  for (const value of ['ja', 'ja-JP', 'ja_JP.UTF-8', 'JA']) assert.equal(toLocale(value), 'ja');
  for (const value of [undefined, '', 'en', 'en-US', 'C.UTF-8', 'jav', 'de-DE']) assert.equal(toLocale(value), 'en');
});

test('every rule has a Japanese title and description', () => {
  for (const rule of rules) {
    assert.match(rule.meta.title.ja, JAPANESE, rule.meta.id);
    assert.match(rule.meta.description.ja, JAPANESE, rule.meta.id);
  }
});

test('every finding on the bundled examples is in Japanese when asked, and in English otherwise', () => {
  const dir = path.join(ROOT, 'examples');
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
  let count = 0;
  for (const file of files) {
    const doc = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'));
    const ja = analyzeDocument(doc, { locale: 'ja' });
    const en = analyzeDocument(doc, { locale: 'en' });
    assert.equal(ja.length, en.length);
    for (const f of ja) {
      assert.match(f.message, JAPANESE, f.message);
      for (const fix of f.fixes ?? []) assert.match(fix.title, JAPANESE, fix.title);
    }
    for (const f of en) assert.doesNotMatch(f.message, JAPANESE, f.message);
    count += ja.length;
  }
  assert.ok(count >= 5);
});

test('lenses, hovers and simulation reports follow the locale', () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'cloudfront', 'get-distribution-config.json'), 'utf8');
  const doc = parseDocument(text);
  const options = { locale: 'ja' as const, semantics: { questionMatchesSlash: true }, quotas: undefined as never };
  for (const lens of codeLenses(doc, { ...options })) assert.match(lens.title, JAPANESE, lens.title);
  assert.match(hoverAt(doc, text.indexOf('"/images/*"') + 2, options)!.markdown, /評価/);
  const dist = distributionsOf(doc)[0];
  const result = simulateDistribution(dist, '/images/a.png', { locale: 'ja' })!;
  assert.match(formatPathSimulation(result, dist, 'ja'), /に一致します/);
  assert.match(result.caching.summary, /キャッシュ/);
});
