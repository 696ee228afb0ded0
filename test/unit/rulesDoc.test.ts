import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { analyzeDocument, parseDocument, rules } from '../../server/src/analysis';
import type { Catalog } from '../../server/src/analysis/iam/catalog';
import { DOC_FILES, generateManifestFiles, generateRulesDoc } from '../../tools/generateRulesDoc';
import { testCatalog } from './iam/catalogFixture';

const ROOT = path.resolve(__dirname, '..', '..', '..');

// The examples run with the action catalog, as in the editor once it is loaded, so catalog rules can show theirs.
let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

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
    const bad = analyzeDocument(parseDocument(rule.meta.example.bad), { catalog }).filter((f) => f.rule === rule.meta.id);
    const good = analyzeDocument(parseDocument(rule.meta.example.good), { catalog }).filter((f) => f.rule === rule.meta.id);
    assert.ok(bad.length > 0, `${rule.meta.id}: the example does not trigger the rule`);
    assert.deepEqual(good, [], `${rule.meta.id}: the fixed example still triggers the rule`);
  }
});

test('the settings schema lists every rule id with its title in both languages (run npm run docs)', () => {
  for (const [file, text] of Object.entries(generateManifestFiles(ROOT))) {
    assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), text, `${file} is stale`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { properties: Record<string, { markdownDescription: string }>; additionalProperties: boolean }> } } };
  const schema = manifest.contributes.configuration.properties['cloudfrontIamLens.rules'];
  assert.deepEqual(Object.keys(schema.properties).sort(), rules.map((r) => r.meta.id).sort());
  assert.equal(schema.additionalProperties, false, 'an unknown rule id is marked by VS Code');
  for (const file of ['package.nls.json', 'package.nls.ja.json']) {
    const table = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
    for (const [id, property] of Object.entries(schema.properties)) {
      const key = property.markdownDescription.slice(1, -1);
      assert.ok(table[key], `${file} has no title for ${id}`);
    }
  }
});
