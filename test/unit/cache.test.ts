// The analysis cache (server/src/analysis/cache.ts) changes how much work is repeated, never a finding. Each
// document of the corpus is analysed from scratch (a fresh cache per call), then through one cache as the language
// server does (cold, then warm), then again after the cache is reset, then through a cache whose every region holds
// a single entry; all must agree exactly. The regions themselves keep to their bounds.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import {
  AnalysisCache, analyzeDocument, createCatalog, parseDocument, REGIONS, rules,
  type AnalysisOptions, type Catalog, type Finding, type RegionName,
} from '../../server/src/analysis';
import { PairRegion, TextRegion, textRegion } from '../../server/src/analysis/cache';
import { resolveAction } from '../../server/src/analysis/iam/catalogRefs';
import { distributionApi, policy } from '../../bench/generate';
import { testCatalog } from './iam/catalogFixture';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(full));
    else if (/\.jsonc?$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** A policy held in a JSON string (the canonical statements of iam/redundant-statement), with a repeat. */
const POLICY_IN_STRING = JSON.stringify({
  Policy: JSON.stringify({ Version: '2012-10-17', Statement: [
    { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
  ] }),
});

/** Misspelt services, actions and patterns, for the catalog's suggestions. */
const TYPOS = JSON.stringify({ Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Action: ['s4:GetObject', 's3:GetObjekt', 's3:Gte*', 'iam:PassRole'], Resource: ['arn:aws:s3:::b/*', '*'] },
] });

/** Two resource patterns, one covering the other (iam/redundant-value compares them under the segment rule). */
const COVERED_PATTERNS = JSON.stringify({ Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/logs/*.gz'] },
] });

/** The corpus, the rule examples, generated documents, and each of them edited once, as a user would. */
function documents(): string[] {
  const docs: string[] = [];
  for (const dir of ['test/unit/fixtures', 'examples']) for (const file of jsonFiles(path.join(ROOT, dir))) docs.push(fs.readFileSync(file, 'utf8'));
  for (const rule of rules) if (rule.meta.example) docs.push(rule.meta.example.bad, rule.meta.example.good);
  docs.push(policy(20), distributionApi(12), POLICY_IN_STRING, TYPOS, COVERED_PATTERNS);
  // The same documents with one value changed: statements and pattern lists partly as before.
  return docs.concat(docs.map((text) => text.replace(/"(Allow|\/images\/\*)"/, (_, v: string) => (v === 'Allow' ? '"Deny"' : '"/img/*"'))));
}

let catalog: Catalog;
let docs: string[];
before(async () => {
  catalog = await testCatalog();
  docs = documents();
});

function analyseAll(options: Partial<AnalysisOptions>, withCache: () => AnalysisCache | undefined): Finding[][] {
  return docs.map((text) => analyzeDocument(parseDocument(text), { ...options, cache: withCache() }));
}

const CONFIGS: [string, () => Partial<AnalysisOptions>][] = [
  ['English, with the catalog', () => ({ locale: 'en', catalog })],
  ['Japanese, without the catalog, `?` not matching "/"', () => ({ locale: 'ja', semantics: { questionMatchesSlash: false } })],
];

for (const [label, optionsOf] of CONFIGS) {
  test(`analysis cache: from scratch, cold, warm, after a reset and with one-entry regions, the findings agree (${label})`, () => {
    const settings = optionsOf();
    const scratch = analyseAll(settings, () => undefined);
    const cache = new AnalysisCache();
    const cold = analyseAll(settings, () => cache);
    const warm = analyseAll(settings, () => cache);
    const used = cache.figures().filter((r) => r.size > 0).map((r) => r.name);
    cache.reset();
    assert.ok(cache.figures().every((r) => r.size === 0), 'a reset empties every region');
    const afterReset = analyseAll(settings, () => cache);
    const tiny = new AnalysisCache(Object.fromEntries(Object.keys(REGIONS).map((name) => [name, 1])));
    const squeezed = analyseAll(settings, () => tiny);
    const again = analyseAll(settings, () => tiny);
    assert.ok(tiny.figures().every((r) => r.size <= 1 && r.bound === 1), 'one-entry regions hold one entry');
    docs.forEach((text, i) => {
      assert.deepEqual(cold[i], scratch[i], `cold, document ${i}:\n${text.slice(0, 200)}`);
      assert.deepEqual(warm[i], scratch[i], `warm, document ${i}:\n${text.slice(0, 200)}`);
      assert.deepEqual(afterReset[i], scratch[i], `after a reset, document ${i}`);
      assert.deepEqual(squeezed[i], scratch[i], `one-entry regions, document ${i}`);
      assert.deepEqual(again[i], scratch[i], `one-entry regions again, document ${i}`);
    });
    assert.ok(scratch.some((f) => f.length > 0));
    // Every region that analysis can fill under these options was used: a helper that loses its cache on the way
    // would leave its region empty.
    const expected = (Object.keys(REGIONS) as RegionName[]).filter((name) => {
      const catalogRegion = (REGIONS[name] as { scope?: string }).scope === 'catalog';
      // ARN templates come from the catalog.
      if (catalogRegion || name === 'iam/arn-template-matches') return settings.catalog !== undefined;
      if (name === 'cloudfront/path-patterns') return settings.semantics?.questionMatchesSlash !== false;
      if (name === 'cloudfront/path-patterns-strict') return settings.semantics?.questionMatchesSlash === false;
      return true;
    });
    assert.deepEqual(used.filter((name) => expected.includes(name)).sort(), [...expected].sort());
  });
}

test('analysis cache: a full text region drops its oldest entry', () => {
  const region = new TextRegion<number>('iam/placeholders', 3);
  for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) region.set(key, i);
  assert.equal(region.size, 3);
  assert.equal(region.has('a'), false);
  assert.deepEqual(['b', 'c', 'd'].map((k) => region.get(k)), [1, 2, 3]);
  // An answer of undefined is remembered too.
  let computed = 0;
  const compute = (): undefined => void computed++;
  const undefinedRegion = new TextRegion<undefined>('iam/placeholders', 3);
  undefinedRegion.answer('x', compute);
  undefinedRegion.answer('x', compute);
  assert.equal(computed, 1);
});

test('analysis cache: a region kept by recency drops the entry used longest ago', () => {
  const region = new TextRegion<string>('cloudfront/reachability', 2, true);
  region.set('first', '1');
  region.set('second', '2');
  assert.equal(region.get('first'), '1');
  region.set('third', '3');
  assert.deepEqual([region.has('first'), region.has('second'), region.has('third')], [true, false, true]);
});

test('analysis cache: a pair region counts every pair against its bound', () => {
  const region = new PairRegion<boolean>('iam/action-matches', 5);
  for (const action of ['iam:PassRole', 'sts:AssumeRole', 'iam:CreateServiceLinkedRole']) {
    for (const pattern of ['*', 'iam:*', 'iam:Pass*', 'sts:*']) {
      region.set(action, pattern, pattern === '*' || action.startsWith(pattern.slice(0, -1)));
      assert.ok(region.size <= 5, `${region.size} pairs`);
    }
  }
  assert.equal(region.get('iam:CreateServiceLinkedRole', 'iam:*'), true);
  assert.equal(region.get('iam:PassRole', '*'), undefined, 'the oldest first key went first');
});

test('analysis cache: the regions scoped to the catalog start afresh when another catalog arrives', () => {
  const small = createCatalog({
    version: '0.0.1',
    updatedAt: '2024-01-02T03:04:05.000Z',
    services: [{ prefix: 's3', name: 'Demo S3', actions: [], resourceTypes: [], conditionKeys: [] }],
    globalConditionKeys: [],
  });
  const cache = new AnalysisCache();
  assert.equal(resolveAction(catalog, 's3:GetObject', cache).kind, 'actions');
  assert.equal(resolveAction(small, 's3:GetObject', cache).kind, 'unknown-action');
  assert.equal(cache.figures().find((r) => r.name === 'catalog/action-resolutions')?.size, 1);
  assert.equal(resolveAction(catalog, 's3:GetObject', cache).kind, 'actions');
  // A region key from another module names the same region of the same cache.
  assert.equal(cache.region(textRegion('catalog/action-resolutions')).size, 1);
});
