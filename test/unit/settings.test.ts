import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEFAULT_QUOTAS } from '../../server/src/analysis';
import { createFileFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, sanitizeSettings } from '../../server/src/settings';

test('settings: defaults when nothing or garbage is configured', () => {
  for (const raw of [undefined, null, 42, 'x', [], { rules: 'all', quotas: [], files: { include: 'x' }, pathPatterns: 1 }]) {
    const s = sanitizeSettings(raw, 'en');
    assert.deepEqual(s.options.quotas, DEFAULT_QUOTAS);
    assert.deepEqual(s.options.ruleSettings, {});
    assert.equal(s.options.semantics.questionMatchesSlash, true);
    assert.deepEqual(s.include, DEFAULT_INCLUDE);
    assert.deepEqual(s.exclude, DEFAULT_EXCLUDE);
  }
});

test('settings: each ignored rule setting is said once, in the user\'s language, with the nearest rule id', () => {
  const rows: { raw: Record<string, unknown>; en: RegExp[]; ja: RegExp[] }[] = [
    { raw: {}, en: [], ja: [] },
    { raw: { 'iam/effect': 'error' }, en: [], ja: [] },
    { raw: { 'cloudfront/shadowed-behaviour': 'off' }, en: [/no rule "cloudfront\/shadowed-behaviour".*Did you mean "cloudfront\/shadowed-behavior"/], ja: [/"cloudfront\/shadowed-behavior" のことですか/] },
    { raw: { 'no/such-rule-anywhere': 'off' }, en: [/^cloudfrontIamLens.rules: there is no rule "no\/such-rule-anywhere", so its setting is ignored.$/], ja: [/ルール "no\/such-rule-anywhere" はない/] },
    { raw: { 'iam/effect': 'loud', 'json/syntax': 3 }, en: [/"iam\/effect" is set to "loud"/, /"json\/syntax" is set to 3/], ja: [/"iam\/effect" の値 "loud"/, /"json\/syntax" の値 3/] },
  ];
  for (const row of rows) {
    for (const locale of ['en', 'ja'] as const) {
      const problems = sanitizeSettings({ rules: row.raw }, locale).problems;
      assert.equal(problems.length, row[locale].length, `${locale} ${JSON.stringify(row.raw)}: ${problems.join(' | ')}`);
      row[locale].forEach((pattern, i) => assert.match(problems[i], pattern));
    }
  }
});

test('settings: valid values are taken, invalid ones are dropped one by one', () => {
  const s = sanitizeSettings({
    rules: { 'iam/leading-whitespace': 'off', 'cloudfront/shadowed-behavior': 'error', 'json/syntax': 'loud', x: 3 },
    quotas: { cacheBehaviorsPerDistribution: 100, originsPerDistribution: -1, headersPerCacheBehavior: 2.5 },
    pathPatterns: { questionMarkMatchesSlash: false },
    files: { include: ['infra/**/*.json', 7], exclude: [] },
  }, 'ja');
  assert.deepEqual(s.options.ruleSettings, { 'iam/leading-whitespace': 'off', 'cloudfront/shadowed-behavior': 'error' });
  assert.equal(s.options.quotas.cacheBehaviorsPerDistribution, 100);
  assert.equal(s.options.quotas.originsPerDistribution, DEFAULT_QUOTAS.originsPerDistribution);
  assert.equal(s.options.quotas.headersPerCacheBehavior, DEFAULT_QUOTAS.headersPerCacheBehavior);
  assert.equal(s.options.semantics.questionMatchesSlash, false);
  assert.equal(s.options.locale, 'ja');
  assert.deepEqual(s.include, ['infra/**/*.json']);
  assert.deepEqual(s.exclude, []);
});

test('file filter: include and exclude globs (fileGlob.ts)', () => {
  const filter = createFileFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
  const rows: [string, boolean][] = [
    ['policy.json', true],
    ['iam/policy.json', true],
    ['a/b/c/template.jsonc', true],
    ['node_modules/pkg/policy.json', false],
    ['a/node_modules/x.json', false],
    ['.aws/policy.json', true],
    ['policy.yaml', false],
  ];
  for (const [file, expected] of rows) assert.equal(filter(file), expected, file);
  const only = createFileFilter(['infra/**'], ['infra/generated/**']);
  assert.equal(only('infra/cdn.json'), true);
  assert.equal(only('infra/generated/cdn.json'), false);
  assert.equal(only('app/cdn.json'), false);
  assert.equal(createFileFilter([], [])('x.json'), false);
});

test('package.json: every quota is a setting with the same default, and every %key% has English and Japanese text', () => {
  const root = path.resolve(__dirname, '..', '..', '..');
  const read = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, name), 'utf8'));
  const pkg = read('package.json') as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } };
  const properties = pkg.contributes.configuration.properties;
  for (const [key, value] of Object.entries(DEFAULT_QUOTAS)) {
    assert.equal(properties[`cloudfrontIamLens.quotas.${key}`]?.default, value, key);
  }
  const en = read('package.nls.json');
  const ja = read('package.nls.ja.json');
  const keys = [...JSON.stringify(pkg).matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  for (const key of keys) {
    assert.equal(typeof en[key], 'string', `package.nls.json lacks ${key}`);
    assert.match(String(ja[key]), /[\u3040-\u30ff\u4e00-\u9fff]|CloudFront & IAM/, `package.nls.ja.json lacks a Japanese ${key}`);
  }
  assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort());
});
