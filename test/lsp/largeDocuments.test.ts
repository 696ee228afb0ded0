import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { template } from '../../bench/generate';
import { LspClient } from './lspClient';

let client: LspClient;
before(async () => {
  client = new LspClient();
  await client.initialize();
});
after(async () => {
  await client.dispose();
});

test('lsp: a hover on a large template is answered while its diagnostics are still being computed', async () => {
  const text = template(3_000_000);
  const uri = 'file:///ws/large-template.json';
  const events: string[] = [];
  const diagnostics = client.diagnostics(uri).then(() => events.push('diagnostics'));
  await client.open(uri, text);
  const position = TextDocument.create(uri, 'json', 1, text).positionAt(text.indexOf('"PathPattern"') + 17);
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }) as Hover;
  events.push('hover');
  await diagnostics;
  assert.match((hover.contents as MarkupContent).value, /evaluated 1st/);
  assert.deepEqual(events, ['hover', 'diagnostics']);
  await client.close(uri);
});

test('lsp: when a large document changes during its analysis, only the newest version is published', async () => {
  const text = template(3_000_000);
  const uri = 'file:///ws/large-edited.json';
  await client.open(uri, text);
  // Let the analysis of version 1 start, then replace the text.
  await new Promise((r) => setTimeout(r, 50));
  const version = await client.change(uri, text.replace('"AWSTemplateFormatVersion"', '"Description": "edited",\n  "AWSTemplateFormatVersion"'));
  await client.diagnostics(uri, (p) => p.version === version, 60_000);
  const published = client.published.filter((p) => p.uri === uri).map((p) => p.version);
  assert.deepEqual(published, [version]);
  await client.close(uri);
});
