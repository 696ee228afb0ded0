import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, parseDocument, rules } from '../../server/src/analysis';
import { DOC_FILES, generateRulesDoc } from '../../tools/generateRulesDoc';

const ROOT = path.resolve(__dirname, '..', '..', '..');

test('docs/rules.md and docs/rules.ja.md are generated from the current rules (run npm run docs)', () => {
  for (const locale of ['en', 'ja'] as const) {
    const committed = fs.readFileSync(path.join(ROOT, DOC_FILES[locale]), 'utf8');
    assert.equal(committed, generateRulesDoc(locale), `${DOC_FILES[locale]} is stale`);
  }
});

test('every rule is documented with its sources, and each example triggers its rule while the fixed one does not', () => {
  for (const rule of rules) {
    assert.ok(rule.meta.sources.length > 0 && rule.meta.sources.every((s) => /^https:\/\//.test(s)), rule.meta.id);
    if (!rule.meta.example) continue;
    const bad = analyzeDocument(parseDocument(rule.meta.example.bad)).filter((f) => f.rule === rule.meta.id);
    const good = analyzeDocument(parseDocument(rule.meta.example.good)).filter((f) => f.rule === rule.meta.id);
    assert.ok(bad.length > 0, `${rule.meta.id}: the example does not trigger the rule`);
    assert.deepEqual(good, [], `${rule.meta.id}: the fixed example still triggers the rule`);
  }
});
