import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import { jsonSyntax } from '../../../../server/src/analysis/rules/json/syntax';
import { parseFixture, runFixture } from '../../fixture';

const rows: { name: string; fixture: string; says?: string[] }[] = [
  { name: 'a truncated policy file', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"⟦⟧', says: ['closing brace'] },
  { name: 'a trailing comma', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*",⟦}⟧]}', says: ['trailing commas'] },
  { name: 'a comment', fixture: '{"Version":"2012-10-17",⟦// why⟧\n"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}', says: ['comments are not allowed'] },
  {
    name: 'a policy string that is not valid JSON, mapped into the string',
    fixture: '{"RoleName":"r","PolicyName":"p","PolicyDocument":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\" ⟦\\"Action\\"⟧:\\"*\\",\\"Resource\\":\\"*\\"}]}"}',
    says: ['Syntax errors in policy', 'comma'],
  },
  { name: 'valid document', fixture: '{"Version":"2012-10-17","Statement":[]}' },
  { name: 'unrecognised broken JSON gets nothing', fixture: '{"name": "package", "version": ' },
  { name: 'binary garbage gets nothing', fixture: '\u0000\u0001\u0002PK\u0003\u0004\uffff' },
];

for (const row of rows) {
  test(`json/syntax: ${row.name}`, () => {
    const result = runFixture(row.fixture, [jsonSyntax]);
    assert.deepEqual(result.findings.map((f) => f.span), parseFixture(row.fixture).spans);
    for (const words of row.says ?? []) assert.ok(result.findings[0].message.includes(words), result.findings[0].message);
  });
}

test('json/syntax: at most ten errors are reported', () => {
  const text = '{"Version":"2012-10-17","Statement":[' + '{"Effect" "Allow"},'.repeat(40) + ']}';
  assert.equal(runFixture(text, [jsonSyntax]).findings.length, 10);
});

test('rule settings: a rule can be turned off or forced to another severity', () => {
  const doc = parseDocument('\n{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*",}]}');
  const rulesOf = (settings: Record<string, 'off' | 'default' | 'error' | 'warning' | 'info' | 'hint'>): string[] =>
    analyzeDocument(doc, { ruleSettings: settings }).map((f) => `${f.severity} ${f.rule}`);
  assert.deepEqual(rulesOf({}), ['error iam/leading-whitespace', 'error json/syntax']);
  assert.deepEqual(rulesOf({ 'iam/leading-whitespace': 'off' }), ['error json/syntax']);
  assert.deepEqual(rulesOf({ 'json/syntax': 'warning', 'iam/leading-whitespace': 'default' }), ['error iam/leading-whitespace', 'warning json/syntax']);
});

test('json/syntax: a document nested too deeply to be read is said to be unchecked, not silently ignored', () => {
  for (const depth of [5000, 20000]) {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}]}`;
    const doc = parseDocument(text);
    assert.deepEqual(doc.model.kinds, ['unreadable']);
    for (const locale of ['en', 'ja'] as const) {
      const findings = analyzeDocument(doc, { locale });
      assert.equal(findings.length, 1);
      assert.equal(findings[0].rule, 'json/syntax');
      assert.equal(findings[0].severity, 'warning');
      assert.match(findings[0].message, locale === 'en' ? new RegExp(`nests objects and lists ${(depth + 3).toLocaleString('en')} levels deep.*nothing in it was checked`) : /階層まで入れ子/);
      // The finding sits on the deepest opening brace.
      assert.equal(text[findings[0].span.offset], '{');
    }
  }
  // A policy held in a string, nested as deeply.
  const inner = `{"Version":"2012-10-17","Statement":${'['.repeat(6000)}${']'.repeat(6000)}}`;
  const cli = JSON.stringify({ RoleName: 'r', PolicyName: 'p', PolicyDocument: inner });
  const findings = analyzeDocument(parseDocument(cli));
  assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['json/syntax', 'warning']]);
  assert.match(findings[0].message, /^The policy in this string nests objects and lists 6,001 levels deep/);
});

test('json/syntax: nesting a parser can read is analysed as usual', () => {
  const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}}]}`;
  assert.deepEqual(parseDocument(text).model.kinds, ['iam-policy']);
});
