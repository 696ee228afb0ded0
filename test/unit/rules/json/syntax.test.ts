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
