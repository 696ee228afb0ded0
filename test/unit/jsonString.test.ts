import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeJsonString, encodeJsonStringBody, encodeSnippetForJsonString } from '../../server/src/analysis/json/string';
import { expandSnippet } from './snippet';

test('decodeJsonString maps every decoded unit to its source offset', () => {
  const text = 'x "a\\nb\\u00e9\\\\c" y';
  const start = 2;
  const literal = '"a\\nb\\u00e9\\\\c"';
  const decoded = decodeJsonString(text, start, literal.length);
  assert.equal(decoded.value, 'a\nbé\\c');
  // a at 3, \n at 4, b at 6, \u00e9 at 7, \\ at 13, c at 15, closing quote at 16.
  assert.deepEqual(decoded.offsets, [3, 4, 6, 7, 13, 15, 16]);
});

test('decodeJsonString agrees with JSON.parse on escapes and surrogate pairs', () => {
  const values = ['plain', '\n\t\r\b\f"\\/', '😀 and \ud83d\ude00', '\u2028', ''];
  for (const value of values) {
    const literal = JSON.stringify(value).replace(/\//g, '\\/');
    const decoded = decodeJsonString(literal, 0, literal.length);
    assert.equal(decoded.value, value);
    assert.equal(decoded.offsets.length, value.length + 1);
    assert.equal(decoded.offsets[value.length], literal.length - 1);
  }
});

test('decodeJsonString tolerates a literal cut off by the end of the text or a bad escape', () => {
  assert.equal(decodeJsonString('"abc', 0, 4).value, 'abc');
  assert.equal(decodeJsonString('"a\\', 0, 3).value, 'a');
  assert.equal(decodeJsonString('"\\u12"', 0, 6).value, 'u12');
});

test('encodeJsonStringBody escapes what a JSON string body cannot hold as is', () => {
  const rows: [string, string][] = [
    ['s3:GetObject', 's3:GetObject'],
    ['"Effect"', '\\"Effect\\"'],
    ['a\\b', 'a\\\\b'],
    ['line\nbreak\t', 'line\\nbreak\\t'],
    ['é😀/', 'é😀/'],
  ];
  for (const [text, body] of rows) {
    assert.equal(encodeJsonStringBody(text), body, text);
    assert.equal(JSON.parse(`"${body}"`), text);
  }
});

test('encodeSnippetForJsonString keeps snippet syntax and encodes the text it expands to', () => {
  const rows: [string, string][] = [
    // [snippet, encoded snippet]
    ['"s3:$1"', '\\\\"s3:$1\\\\"'],
    ['"Effect": "${1|Allow,Deny|}"', '\\\\"Effect\\\\": \\\\"${1|Allow,Deny|}\\\\"'],
    ['"aws:PrincipalTag/${1:tag-key}": "$0"', '\\\\"aws:PrincipalTag/${1:tag-key}\\\\": \\\\"$0\\\\"'],
    // Escaped snippet characters stay escapes; an escaped backslash becomes an escaped JSON escape.
    ['"a\\$b\\}c"', '\\\\"a\\$b\\}c\\\\"'],
    ['"\\\\"', '\\\\"\\\\\\\\\\\\"'],
    ['${1|a\\,b,c\\|d|}', '${1|a\\,b,c\\|d|}'],
    ['x\ny', 'x\\\\ny'],
  ];
  for (const [snippet, encoded] of rows) {
    assert.equal(encodeSnippetForJsonString(snippet), encoded, snippet);
    // What the encoded snippet expands to is the JSON encoding of what the original expands to.
    assert.equal(expandSnippet(encoded), encodeJsonStringBody(expandSnippet(snippet)), snippet);
  }
});
