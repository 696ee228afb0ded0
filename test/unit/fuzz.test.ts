// Robustness: thousands of mutated, truncated and random documents through every analysis entry point.
// Nothing may throw, every range must lie inside its document, and the same text must give the same result.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, codeLenses, distributionsOf, hoverAt, parseDocument, rewritesAt, simulateDistribution, type Span } from '../../server/src/analysis';
import { mulberry32, mutateText } from '../support/random';

const ROOT = path.resolve(__dirname, '..', '..', '..');

const examples = fs.readdirSync(path.join(ROOT, 'examples'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\n', ' ', '\n', '\u00a0', '\ufeff', '*', '?', '/', 'null', 'true', '0', '-1', '1e999',
  '"PathPattern"', '"Statement"', '"Effect"', '"Quantity"', '"Items"', '{"Fn::Sub":"x"}', '"\\u0000"', '😀', '\ud800'];

const mutate = (text: string, random: () => number): string =>
  mutateText(text, random, { tokens: TOKENS, maxEdits: 4, truncate: 0.3, insert: 0.6, deleteUpTo: 20, splice: true });

function randomText(random: () => number): string {
  const length = Math.floor(random() * 200);
  let out = '';
  for (let i = 0; i < length; i++) out += String.fromCharCode(Math.floor(random() * (random() < 0.8 ? 128 : 65536)));
  return out;
}

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.offset) && Number.isInteger(span.length) && span.offset >= 0 && span.length >= 0 && span.offset + span.length <= length;
}

function exercise(text: string, random: () => number): string {
  const doc = parseDocument(text);
  const findings = analyzeDocument(doc);
  for (const f of findings) {
    assert.ok(inside(f.span, text.length), `finding ${f.rule} ${JSON.stringify(f.span)} outside a text of ${text.length}`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assert.ok(inside(e.span, text.length), `fix of ${f.rule} outside the text`);
    for (const r of f.related ?? []) assert.ok(inside(r.span, text.length), `related span of ${f.rule} outside the text`);
  }
  const lenses = codeLenses(doc);
  for (const l of lenses) assert.ok(inside(l.span, text.length), 'lens outside the text');
  for (let i = 0; i < 3; i++) {
    const hover = hoverAt(doc, Math.floor(random() * (text.length + 1)));
    if (hover) assert.ok(inside(hover.span, text.length), 'hover outside the text');
  }
  for (const fix of rewritesAt(doc, { offset: 0, length: text.length }, { locale: 'en' })) {
    for (const e of fix.edits) assert.ok(inside(e.span, text.length), 'rewrite outside the text');
  }
  for (const dist of distributionsOf(doc)) {
    const result = simulateDistribution(dist, ['/', '/a/b.jpg', '', '%', '/../..', 'https://x/y?z#w'][Math.floor(random() * 6)]);
    if (result) assert.ok(inside(result.behaviorSpan, text.length), 'simulated behavior outside the text');
  }
  return JSON.stringify(findings);
}

test('fuzz: mutated and truncated examples never throw and keep every range inside the document', () => {
  const random = mulberry32(20261128);
  let runs = 0;
  for (const example of examples) {
    for (let i = 0; i < 400; i++) {
      const text = mutate(example, random);
      try {
        const first = exercise(text, random);
        // Determinism: a fresh parse of the same text gives the same findings.
        assert.equal(exercise(text, mulberry32(1)), first);
      } catch (error) {
        assert.fail(`${error instanceof Error ? error.message : String(error)}\ninput: ${JSON.stringify(text.slice(0, 2000))}`);
      }
      runs++;
    }
  }
  assert.ok(runs >= 3000, `${runs} runs`);
});

test('fuzz: random bytes never throw', () => {
  const random = mulberry32(7);
  for (let i = 0; i < 2000; i++) {
    const text = randomText(random);
    try {
      exercise(text, random);
    } catch (error) {
      assert.fail(`${error instanceof Error ? error.message : String(error)}\ninput: ${JSON.stringify(text)}`);
    }
  }
});
