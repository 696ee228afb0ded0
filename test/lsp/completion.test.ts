import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  CompletionItemKind, CompletionRequest, DiagnosticSeverity, HoverRequest, InsertTextFormat,
  type CompletionItem, type Hover, type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './lspClient';

let client: LspClient;
before(async () => {
  client = new LspClient();
  await client.initialize();
});
after(async () => {
  await client.dispose();
});

const CONFIG = JSON.stringify({
  ETag: 'E1',
  DistributionConfig: {
    CallerReference: 'r',
    Origins: { Quantity: 1, Items: [{ Id: 'site', DomainName: 'b.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' }, ConnectionAttempts: 3 }] },
    DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
    Comment: '',
    Enabled: true,
  },
}, null, 2);

test('lsp: initialize announces completion with " and : as trigger characters', async () => {
  const fresh = new LspClient();
  try {
    const result = await fresh.initialize();
    assert.deepEqual(result.capabilities.completionProvider, { triggerCharacters: ['"', ':'] });
  } finally {
    await fresh.dispose();
  }
});

test('lsp: hover on a field of a distribution config', async () => {
  const uri = 'file:///ws/field-hover.json';
  const pending = client.diagnostics(uri);
  await client.open(uri, CONFIG);
  assert.deepEqual((await pending).diagnostics, []);
  const document = TextDocument.create(uri, 'json', 1, CONFIG);
  const at = (needle: string, delta: number) => document.positionAt(CONFIG.indexOf(needle) + delta);

  const key = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('"ConnectionAttempts"', 3) }) as Hover;
  assert.match((key.contents as MarkupContent).value, /\*\*ConnectionAttempts\*\* — integer, optional[\s\S]*Limits: 1–3/);
  assert.deepEqual(key.range, { start: at('"ConnectionAttempts"', 0), end: at('"ConnectionAttempts"', '"ConnectionAttempts"'.length) });

  const policy = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at('"658327ea', 5) }) as Hover;
  assert.match((policy.contents as MarkupContent).value, /AWS managed cache policy `CachingOptimized`/);
  await client.close(uri);
});

test('lsp: completion of values and keys, with text edits over the typed text', async () => {
  const uri = 'file:///ws/field-completion.json';
  const text = CONFIG.replace('"ViewerProtocolPolicy": "redirect-to-https"', '"ViewerProtocolPolicy": ""');
  const pending = client.diagnostics(uri);
  await client.open(uri, text);
  const { diagnostics } = await pending;
  assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['cloudfront/structure', DiagnosticSeverity.Error]]);
  const document = TextDocument.create(uri, 'json', 1, text);

  const values = await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri }, position: document.positionAt(text.indexOf('"ViewerProtocolPolicy": ""') + '"ViewerProtocolPolicy": "'.length),
  }) as CompletionItem[];
  assert.deepEqual(values.map((v) => v.label), ['allow-all', 'https-only', 'redirect-to-https']);
  const https = values.find((v) => v.label === 'https-only')!;
  assert.equal(https.kind, CompletionItemKind.Value);
  assert.equal(https.insertTextFormat, InsertTextFormat.PlainText);
  const fixed = TextDocument.applyEdits(document, [https.textEdit as TextEdit]);
  assert.ok(fixed.includes('"ViewerProtocolPolicy": "https-only"'));

  const keyText = text.replace('"Comment": ""', '"Comment": "", ""');
  const cleared = client.diagnostics(uri, (p) => p.version === 2);
  await client.change(uri, keyText);
  await cleared;
  const keyDocument = TextDocument.create(uri, 'json', 2, keyText);
  const keys = await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri }, position: keyDocument.positionAt(keyText.indexOf('"Comment": "", ""') + '"Comment": "", "'.length),
  }) as CompletionItem[];
  const labels = keys.map((k) => k.label);
  assert.ok(labels.includes('PriceClass') && !labels.includes('Comment') && !labels.includes('Origins'), labels.join(', '));
  const priceClass = keys.find((k) => k.label === 'PriceClass')!;
  assert.equal(priceClass.kind, CompletionItemKind.Property);
  assert.equal(priceClass.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal((priceClass.textEdit as TextEdit).newText, '"PriceClass": "${1|PriceClass_100,PriceClass_200,PriceClass_All,None|}"');
  assert.match((priceClass.documentation as MarkupContent).value, /\*\*PriceClass\*\*/);

  // Outside any config, and on an unknown document, the answer is empty rather than an error.
  const none = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.deepEqual(none, []);
  const unknown = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///ws/never-opened.json' }, position: { line: 0, character: 0 } });
  assert.deepEqual(unknown, []);
  await client.close(uri);
});

test('lsp: completion inside a policy held in a JSON string: escaped text, ranges over the escapes', async () => {
  const uri = 'file:///ws/put-bucket-policy.json';
  // A put-bucket-policy input: the policy is a string, so every quote inside it is written \".
  const policy = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*", "Condition": {}}]\n}';
  const text = JSON.stringify({ Bucket: 'b', Policy: policy }, null, 2);
  const pending = client.diagnostics(uri);
  await client.open(uri, text);
  await pending;
  const document = TextDocument.create(uri, 'json', 1, text);
  const complete = async (needle: string, delta: number): Promise<CompletionItem[]> => {
    assert.ok(text.includes(needle), needle);
    return await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: document.positionAt(text.indexOf(needle) + delta) }) as CompletionItem[];
  };
  const policyOf = (edited: string): string => (JSON.parse(edited) as { Policy: string }).Policy;

  const effect = await complete('\\"Effect\\": \\"\\"', '\\"Effect\\": \\"'.length);
  assert.deepEqual(effect.map((i) => i.label), ['Allow', 'Deny']);
  const deny = effect.find((i) => i.label === 'Deny')!;
  assert.equal(deny.insertTextFormat, InsertTextFormat.PlainText);
  assert.equal((deny.textEdit as TextEdit).newText, '\\"Deny\\"');
  assert.equal(deny.filterText, '\\"Deny\\"');
  assert.equal(policyOf(TextDocument.applyEdits(document, [deny.textEdit as TextEdit])), policy.replace('"Effect": ""', '"Effect": "Deny"'));

  // A condition operator is a snippet; its text is escaped for the string and its tab stop kept.
  const operators = await complete('\\"Condition\\": {}', '\\"Condition\\": {'.length);
  const equals = operators.find((i) => i.label === 'StringEquals')!;
  assert.equal(equals.insertTextFormat, InsertTextFormat.Snippet);
  assert.equal((equals.textEdit as TextEdit).newText, '\\\\"StringEquals\\\\": {$1}');
  const inBraces = document.positionAt(text.indexOf('\\"Condition\\": {}') + '\\"Condition\\": {'.length);
  assert.deepEqual((equals.textEdit as TextEdit).range, { start: inBraces, end: inBraces });

  // Inside an escape sequence there is nothing to offer, and no error either.
  assert.deepEqual(await complete('\\"Effect', 1), []);
  await client.close(uri);
});
