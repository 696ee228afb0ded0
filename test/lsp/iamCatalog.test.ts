import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  CodeActionRequest, CompletionRequest, HoverRequest, LogMessageNotification,
  type CodeAction, type CompletionItem, type Hover, type MarkupContent, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './lspClient';

// One server for the whole file, opened at once: the first test watches the catalog arrive.
let client: LspClient;
let started = 0;
const logs: { at: number; message: string }[] = [];
let catalogLoaded: Promise<string>;
/** How many diagnostics the client had received when the catalog's log line arrived (messages arrive in order). */
let publishedBeforeCatalog: number | undefined;

before(async () => {
  client = new LspClient();
  started = Date.now();
  catalogLoaded = new Promise((resolve) => {
    client.connection.onNotification(LogMessageNotification.type, (params) => {
      logs.push({ at: Date.now() - started, message: params.message });
      if (params.message.startsWith('IAM action catalog:')) {
        publishedBeforeCatalog = client.published.length;
        resolve(params.message);
      }
    });
  });
  await client.initialize();
});
after(async () => {
  await client.dispose();
});

const URI = 'file:///ws/iam-catalog-policy.json';
const TEXT = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:GetObjetc"], "Resource": "arn:aws:s3:::bucket/*"}]\n}\n';
const LINE = TEXT.split('\n')[2];
/** The range of a string literal on line 2 of TEXT, quotes included. */
const literal = (value: string): { start: { line: number; character: number }; end: { line: number; character: number } } => {
  const at = LINE.indexOf(`"${value}"`);
  return { start: { line: 2, character: at }, end: { line: 2, character: at + value.length + 2 } };
};
const has = (p: PublishDiagnosticsParams, rule: string): boolean => p.diagnostics.some((d) => d.code === rule);

test('lsp: the catalog loads in the background; diagnostics gain its findings once it is there', async (t) => {
  const withCatalog = client.diagnostics(URI, (p) => p.version === 1 && has(p, 'iam/unknown-action'), 20_000);
  await client.open(URI, TEXT);
  // A request while the catalog may still be loading is answered at once: without the catalog's hover before
  // the catalog is there (the server logs its line before it starts using the catalog), with it afterwards.
  const asked = Date.now();
  const early = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 2, character: literal('s3:GetObject').start.character + 4 } });
  const hoverMs = Date.now() - asked;
  const hoverAfterCatalog = publishedBeforeCatalog !== undefined;
  const message = await catalogLoaded;
  const after = await withCatalog;
  t.diagnostic(`${message} Hover answered in ${hoverMs} ms, ${hoverAfterCatalog ? 'after' : 'before'} the catalog was there.`);

  assert.match(message, /iam-data \d+\.\d+\.\d+, data of \d{4}-\d{2}-\d{2}, \d+ services and \d+ actions, loaded in \d+ ms/);
  // The index loads in a few milliseconds, so diagnostics may come before or after it; those before it never
  // have the catalog's findings (no "unknown action" for want of data).
  const before = client.published.slice(0, publishedBeforeCatalog).filter((p) => p.uri === URI);
  for (const p of before) assert.equal(has(p, 'iam/unknown-action'), false, 'diagnostics before the catalog are without its findings');
  assert.equal(early === null, !hoverAfterCatalog, 'a catalog hover exactly when the catalog is there');
  const diagnostic = after.diagnostics.find((d) => d.code === 'iam/unknown-action')!;
  assert.deepEqual(diagnostic.range, literal('s3:GetObjetc'));
  assert.equal(diagnostic.severity, 2);
  assert.ok(typeof diagnostic.message === 'string');
  assert.match(diagnostic.message, /"s3:GetObjetc" is not an action of Amazon S3/);
  assert.ok(logs.findIndex((l) => l.message === message) >= 0);
});

test('lsp: hover on an action once the catalog is loaded', async () => {
  await catalogLoaded;
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 2, character: literal('s3:GetObject').start.character + 4 } }) as Hover;
  const markdown = (hover.contents as MarkupContent).value;
  assert.match(markdown, /^\*\*s3:GetObject\*\* — Amazon S3 · Access level: Read/);
  assert.match(markdown, /data of \d{4}-\d{2}-\d{2}/);
  assert.deepEqual(hover.range, literal('s3:GetObject'));
});

test('lsp: the "did you mean" quick fix renames the action and the warning goes away', async () => {
  await catalogLoaded;
  const current = client.published.filter((p) => p.uri === URI).at(-1)!;
  const diagnostic = current.diagnostics.find((d) => d.code === 'iam/unknown-action')!;
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  }) as CodeAction[];
  const fix = actions.find((a) => a.title === 'Change to "s3:GetObject"');
  assert.ok(fix, actions.map((a) => a.title).join(', '));
  const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'json', 1, TEXT), fix.edit!.changes![URI]);
  assert.equal(fixed, TEXT.replace('GetObjetc', 'GetObject'));
  const cleared = client.diagnostics(URI, (p) => p.version === 2);
  await client.change(URI, fixed);
  assert.equal(has(await cleared, 'iam/unknown-action'), false);
});

test('lsp: action completion after "s3:" once the catalog is loaded', async () => {
  await catalogLoaded;
  const uri = 'file:///ws/iam-catalog-completion.json';
  const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:Get", "Resource": "*"}]}';
  const opened = client.diagnostics(uri);
  await client.open(uri, text);
  await opened;
  const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: text.indexOf('s3:Get') + 6 } }) as CompletionItem[];
  const getObject = items.find((i) => i.label === 's3:GetObject');
  assert.ok(getObject, `${items.length} items`);
  assert.equal(getObject.detail, 'Read');
  await client.close(uri);
});

test('lsp: on an Action wildcard, the Refactor menu expands it into the actions it matches', async () => {
  await catalogLoaded;
  const uri = 'file:///ws/iam-catalog-expand.json';
  const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "s3:GetObjectT*",\n      "Resource": "*"\n    }\n  ]\n}\n';
  const opened = client.diagnostics(uri);
  await client.open(uri, text);
  await opened;
  const position = { line: 5, character: '      "Action": "s3:Get'.length };
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['refactor'] },
  }) as CodeAction[];
  assert.deepEqual(actions.map((a) => a.kind), ['refactor.rewrite']);
  assert.match(actions[0].title, /^Expand "s3:GetObjectT\*" into the 2 actions it matches/);
  const expanded = TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, text), actions[0].edit!.changes![uri]);
  assert.deepEqual(JSON.parse(expanded).Statement[0].Action, ['s3:GetObjectTagging', 's3:GetObjectTorrent']);
  await client.close(uri);
});
