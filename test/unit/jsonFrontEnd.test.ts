import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument, policiesOf, type TextEdit } from '../../server/src/analysis';
import { jsonEditsFor } from '../../server/src/analysis/json/frontEnd';
import { parseJson } from '../../server/src/analysis/json/parse';
import type { Node } from '../../server/src/analysis/source/tree';

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.span.offset) + edit.newText + text.slice(edit.span.offset + edit.span.length);
}

/** The value node of member `key` of the root object. */
function member(root: Node | undefined, key: string): Node {
  const pair = root?.children?.find((p) => p.children?.[0]?.value === key);
  const value = pair?.children?.[1];
  if (!value) throw new Error(`no member ${key}`);
  return value;
}

test('replaceInString replaces decoded characters of a string and keeps its quotes and other escapes', () => {
  const rows: { text: string; key: string; start: number; end: number; with: string; expected: string }[] = [
    // The whole value, as the catalog suggestions write it.
    { text: '{"Action": "s3:GetObjekt"}', key: 'Action', start: 0, end: 12, with: 's3:GetObject', expected: '{"Action": "s3:GetObject"}' },
    // Part of a value after an escape, with a replacement that needs escaping itself.
    { text: '{"a": "x\\/y"}', key: 'a', start: 2, end: 3, with: 'z"', expected: '{"a": "x\\/z\\""}' },
    // An empty string.
    { text: '{"a": ""}', key: 'a', start: 0, end: 0, with: 'b', expected: '{"a": "b"}' },
  ];
  for (const row of rows) {
    const { root } = parseJson(row.text);
    const edit = jsonEditsFor(row.text).replaceInString(member(root, row.key), row.start, row.end, row.with);
    assert.equal(apply(row.text, edit), row.expected, row.text);
  }
});

test('replaceInString in a policy held in a JSON string escapes the text once more for the string', () => {
  const text = '{"PolicyName":"p","PolicyDocument":"{\\"Statement\\":{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:GetObjekt\\",\\"Resource\\":\\"*\\"}}"}';
  const view = policiesOf(parseDocument(text))[0];
  const item = view.statements[0].action!.strings[0];
  const fixed = apply(text, view.target.edits.replaceInString(item.node, 0, item.value.length, 's3:"GetObject"'));
  const policy = JSON.parse(JSON.parse(fixed).PolicyDocument);
  assert.equal(policy.Statement.Action, 's3:"GetObject"');
});

test('insertMember with first puts the member right after the opening brace, with a comma only when others follow', () => {
  const rows: [string, string][] = [
    ['{"Statement": []}', '{"Version":"2012-10-17","Statement": []}'],
    ['{}', '{"Version":"2012-10-17"}'],
  ];
  for (const [text, expected] of rows) {
    const { root } = parseJson(text);
    assert.equal(apply(text, jsonEditsFor(text).insertMember(root!, 'Version', '2012-10-17', true)), expected);
  }
  const embedded = '{"PolicyName":"p","PolicyDocument":"{\\"Statement\\":[]}"}';
  const view = policiesOf(parseDocument(embedded))[0];
  const fixed = apply(embedded, view.target.edits.insertMember(view.root!, 'Version', '2012-10-17', true));
  assert.deepEqual(JSON.parse(JSON.parse(fixed).PolicyDocument), { Version: '2012-10-17', Statement: [] });
});
