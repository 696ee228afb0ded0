// The ported parseTree (server/src/analysis/jsonc/parseTree.ts) must build exactly the tree jsonc-parser's own
// parseTree builds, and report exactly its errors: the same nodes with their members in the same order, the
// same parents, the same error codes, offsets and lengths. Compared on the corpus, seeded mutations of it,
// hand-picked broken inputs and random text, with the options the analysis uses and with jsonc-parser's defaults.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseTree as jsoncParseTree, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import { parseTree } from '../../server/src/analysis/jsonc/parseTree';
import { mulberry32 } from '../support/random';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function corpus(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) out.push(fs.readFileSync(full, 'utf8'));
    }
  };
  for (const dir of ['examples', 'test/unit/fixtures']) walk(path.join(ROOT, dir));
  return out;
}

/** The tree as text: every member of every node in order, with each parent named by its position in pre-order. */
function render(root: Node | undefined): string {
  const ids = new Map<Node, number>();
  const number = (node: Node): void => {
    ids.set(node, ids.size);
    for (const child of node.children ?? []) number(child);
  };
  if (root) number(root);
  return JSON.stringify(root, (key, value: unknown) => (key === 'parent' ? (value === undefined ? 'none' : `#${ids.get(value as Node) ?? 'outside'}`) : value)) ?? 'undefined';
}

function same(text: string, options: ParseOptions | undefined, label: string): void {
  const ours: ParseError[] = [];
  const theirs: ParseError[] = [];
  const a = options ? parseTree(text, ours, options) : parseTree(text, ours);
  const b = options ? jsoncParseTree(text, theirs, options) : jsoncParseTree(text, theirs);
  assert.equal(render(a), render(b), `${label}: trees differ for ${JSON.stringify(text.slice(0, 300))}`);
  assert.equal(JSON.stringify(ours), JSON.stringify(theirs), `${label}: errors differ for ${JSON.stringify(text.slice(0, 300))}`);
  if (a) assert.equal('parent' in a, 'parent' in (b as Node), `${label}: the root keeps no parent member`);
}

const OPTIONS: [string, ParseOptions | undefined][] = [
  ['analysis options', { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true }],
  ['jsonc-parser defaults', undefined],
  ['comments and trailing commas allowed', { disallowComments: false, allowTrailingComma: true }],
];

const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\u12', '\\uZZZZ', '\\q', '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\ufeff',
  '//x\n', '/*x*/', '/*', '/', '-', '-1', '0', '01', '1.', '1.5e', '1e+', '1E-7', '.5', 'true', 'tru', 'null', 'nul', 'false', 'NaN', 'x',
  '"a\u0001b"', '"\u2028"', '😀', '\ud800'];

function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < 0.25) out = out.slice(0, at);
    else if (kind < 0.7) out = out.slice(0, at) + TOKENS[Math.floor(random() * TOKENS.length)] + out.slice(at);
    else out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 20));
  }
  return out;
}

test('jsonc parseTree: the corpus parses to the same tree and errors as jsonc-parser', () => {
  for (const text of corpus()) for (const [label, options] of OPTIONS) same(text, options, label);
});

test('jsonc parseTree: broken inputs give the same tree and errors as jsonc-parser', () => {
  const inputs = ['', ' ', '\n', '{', '}', '[', ']', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[,1]', '{,}', '{"a" 1}', '{"a":1 "b":2}',
    '[1 2]', '"abc', '"a\\', '"a\\u12"', '"\\x"', '"a\nb"', '"a\tb"', '-', '-x', '1.', '1e', '1e+', '01', '.5', 'tru', 'nul', 'truex', '//c', '/* c', '/* c */ 1',
    '1 // c', '{"a": /* c */ 1}', '{"a":1}}', '[[[', ']]]', '{"a":{"b":[1,{"c":null}]}}', '  {"a":true}  x', '\ufeff{}', '{"a":1}\u0000', '/', '{/}', '[/]'];
  for (const text of inputs) for (const [label, options] of OPTIONS) same(text, options, label);
});

test('jsonc parseTree: seeded mutations of the corpus and random text give the same tree and errors as jsonc-parser', () => {
  const random = mulberry32(20261128);
  let runs = 0;
  for (const text of corpus()) {
    for (let i = 0; i < 60; i++) {
      const mutated = mutate(text, random);
      for (const [label, options] of OPTIONS) same(mutated, options, label);
      runs++;
    }
  }
  for (let i = 0; i < 2000; i++) {
    const length = Math.floor(random() * 60);
    let text = '';
    for (let k = 0; k < length; k++) text += random() < 0.6 ? TOKENS[Math.floor(random() * TOKENS.length)] : String.fromCharCode(Math.floor(random() * 128));
    for (const [label, options] of OPTIONS) same(text, options, label);
    runs++;
  }
  assert.ok(runs > 4000, `${runs} inputs`);
});
