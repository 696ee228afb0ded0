import assert from 'node:assert/strict';
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

test('file filter: include and exclude globs with picomatch', () => {
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
