import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  CodeActionRequest, CodeLensRequest, DiagnosticSeverity, HoverRequest,
  type CodeAction, type CodeLens, type Diagnostic, type Hover, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument, parseDocument } from '../../server/src/analysis';
import { LspClient, ROOT } from './lspClient';
import type { SimulatePathResult } from '../../server/src/protocol';

const POLICY = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]\n}\n';

let client: LspClient;
before(async () => {
  client = new LspClient();
  await client.initialize();
});
after(async () => {
  await client.dispose();
});

function applyAction(text: string, uri: string, action: CodeAction): string {
  const document = TextDocument.create(uri, 'json', 1, text);
  return TextDocument.applyEdits(document, action.edit!.changes![uri]);
}

test('lsp: initialize announces incremental sync, quick fixes and rewrites', async () => {
  const fresh = new LspClient();
  try {
    const result = await fresh.initialize();
    assert.equal(result.capabilities.textDocumentSync, 2);
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'] });
  } finally {
    await fresh.dispose();
  }
});

test('lsp: a policy file starting with a newline gets an error, and its quick fix clears it', async () => {
  const uri = 'file:///ws/policy.json';
  const text = '\n' + POLICY;
  const pending = client.diagnostics(uri);
  await client.open(uri, text);
  const published = await pending;
  assert.equal(published.version, 1);
  assert.equal(published.diagnostics.length, 1);
  const diagnostic: Diagnostic = published.diagnostics[0];
  assert.equal(diagnostic.code, 'iam/leading-whitespace');
  assert.equal(diagnostic.source, 'CloudFront & IAM Lens');
  assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
  assert.deepEqual(diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  assert.ok(typeof diagnostic.message === 'string');
  assert.match(diagnostic.message, /The policy failed legacy parsing/);
  // The rule code links to the rule's heading in the reference that ships with the extension.
  const href = diagnostic.codeDescription?.href ?? '';
  const link = /^(file:\/\/.*\/docs\/rules\.md)#L(\d+)$/.exec(href);
  assert.ok(link, href);
  assert.equal(fs.readFileSync(new URL(link[1]), 'utf8').split('\n')[Number(link[2]) - 1], '## iam/leading-whitespace');

  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  }) as CodeAction[];
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'quickfix');
  const fixed = applyAction(text, uri, actions[0]);
  assert.equal(fixed, POLICY);

  const cleared = client.diagnostics(uri, (p) => p.version === 2);
  await client.change(uri, fixed);
  assert.deepEqual((await cleared).diagnostics, []);
  await client.close(uri);
});

test('lsp: a CLI skeleton with an embedded policy string gets the error inside the string', async () => {
  const uri = 'file:///ws/put-role-policy.json';
  const text = '{\n  "RoleName": "r",\n  "PolicyName": "p",\n  "PolicyDocument": "\\n{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}"\n}\n';
  const pending = client.diagnostics(uri);
  await client.open(uri, text);
  const { diagnostics } = await pending;
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(diagnostics[0].range, { start: { line: 3, character: 21 }, end: { line: 3, character: 23 } });
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics },
  }) as CodeAction[];
  assert.equal(JSON.parse(JSON.parse(applyAction(text, uri, actions[0])).PolicyDocument).Version, '2012-10-17');
  await client.close(uri);
});

test('lsp: package.json and tsconfig.json get no diagnostics', async () => {
  for (const [uri, text] of [
    ['file:///ws/package.json', '\n{"name": "x", "version": "1.0.0"}'],
    ['file:///ws/tsconfig.json', '{\n  // comment\n  "compilerOptions": {"strict": true,},\n}'],
  ]) {
    const pending = client.diagnostics(uri);
    await client.open(uri, text, uri.endsWith('tsconfig.json') ? 'jsonc' : 'json');
    assert.deepEqual((await pending).diagnostics, []);
    await client.close(uri);
  }
});

test('lsp: bad input (truncated JSON, binary garbage, a huge string) never breaks the server', async () => {
  const cases: [string, string, (d: Diagnostic[]) => void][] = [
    ['file:///ws/truncated.json', '\n{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*"', (d) => {
      assert.deepEqual(d.map((x) => x.code).sort(), ['iam/leading-whitespace', 'json/syntax']);
    }],
    ['file:///ws/garbage.json', '\u0000\u0001PK\u0003\u0004\ud800\uffff{{{[[[', (d) => assert.deepEqual(d, [])],
    ['file:///ws/huge.json', `{"RoleName":"r","PolicyName":"p","PolicyDocument":"${'x'.repeat(5_000_000)}"}`, (d) => assert.deepEqual(d, [])],
    ['file:///ws/deep.json', '['.repeat(20_000) + ']'.repeat(20_000), (d) => assert.deepEqual(d, [])],
  ];
  for (const [uri, text, check] of cases) {
    const pending = client.diagnostics(uri);
    await client.open(uri, text);
    check((await pending).diagnostics);
    await client.close(uri);
  }
  // The server still answers, and no request on an unknown document fails.
  const actions = await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: 'file:///ws/never-opened.json' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
  });
  assert.deepEqual(actions, []);
  assert.equal(client.exitCode, null);
});

test('lsp: after a burst of edits, the last diagnostics match the final text', async () => {
  const uri = 'file:///ws/burst.json';
  await client.open(uri, POLICY);
  let version = 1;
  for (let i = 0; i < 300; i++) version = await client.change(uri, (i % 2 === 0 ? '\n' : '') + POLICY);
  // The final text (i = 299, odd) starts with "{": the final publication must be clean and carry the last version.
  const final = await client.diagnostics(uri, (p) => p.version === version);
  assert.deepEqual(final.diagnostics, []);
  const stale = client.published.filter((p) => p.uri === uri && (p.version ?? 0) > version);
  assert.deepEqual(stale, []);
  await client.close(uri);
});

const DISTRIBUTION = JSON.stringify({
  ETag: 'E1',
  DistributionConfig: {
    CallerReference: 'r',
    Origins: { Quantity: 1, Items: [{ Id: 's3', DomainName: 'b.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } }] },
    DefaultCacheBehavior: { TargetOriginId: 's3', ViewerProtocolPolicy: 'allow-all', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
    CacheBehaviors: { Quantity: 2, Items: [
      { PathPattern: '/images/*', TargetOriginId: 's3', ViewerProtocolPolicy: 'allow-all', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
      { PathPattern: '/images/logo.png', TargetOriginId: 's3', ViewerProtocolPolicy: 'allow-all', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
    ] },
    Comment: '',
    Enabled: true,
  },
}, null, 2);

test('lsp: a distribution gets the shadowing warning, lenses, hovers and answers Simulate Path', async () => {
  const uri = 'file:///ws/distribution.json';
  const pending = client.diagnostics(uri);
  await client.open(uri, DISTRIBUTION);
  const { diagnostics } = await pending;
  assert.deepEqual(diagnostics.map((d) => d.code), ['cloudfront/shadowed-behavior']);
  assert.equal(diagnostics[0].severity, DiagnosticSeverity.Warning);
  assert.equal(diagnostics[0].relatedInformation?.[0].location.uri, uri);

  const document = TextDocument.create(uri, 'json', 1, DISTRIBUTION);
  const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as CodeLens[];
  const titles = lenses.map((l) => l.command?.title);
  assert.ok(titles.includes('Simulate path…'));
  assert.ok(titles.includes('#2 never reached: covered by #1'));
  const simulateLens = lenses.find((l) => l.command?.title.startsWith('#1 evaluated 1st'))!;
  assert.equal(simulateLens.command!.command, 'cloudfrontIamLens.simulatePath');
  assert.equal(simulateLens.command!.arguments![0], uri);
  const revealLens = lenses.find((l) => l.command?.title.startsWith('#2 never'))!;
  assert.equal(revealLens.command!.command, 'cloudfrontIamLens.revealRange');

  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: document.positionAt(DISTRIBUTION.indexOf('"/images/*"') + 2) }) as Hover;
  assert.match((hover.contents as MarkupContent).value, /evaluated 1st of 2 cache behaviors/);
  const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
  assert.equal(none, null);

  const distributions = await client.connection.sendRequest<{ label: string; behaviorCount: number }[]>('cloudfrontIamLens/distributions', { uri });
  assert.deepEqual(distributions.map((d) => [d.label, d.behaviorCount]), [['DistributionConfig', 2]]);
  const answer = await client.connection.sendRequest<{
    result: { behavior: unknown; origin: { url: string } }; report: string; behaviorRange: { start: { line: number } };
  }>('cloudfrontIamLens/simulatePath', { uri, input: 'https://d1.cloudfront.net/images/logo.png?x=1', method: 'GET' });
  assert.deepEqual(answer.result.behavior, { kind: 'cache-behavior', index: 0, pathPattern: '/images/*' });
  assert.equal(answer.result.origin.url, 'https://b.s3.amazonaws.com/images/logo.png');
  assert.match(answer.report, /Hits behavior #1/);
  // The behavior object starts on the line above its PathPattern member.
  assert.equal(answer.behaviorRange.start.line, document.positionAt(DISTRIBUTION.indexOf('"PathPattern": "/images/*"')).line - 1);

  // The CLI and the editor answer every simulation the same way.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-agree-'));
  fs.writeFileSync(path.join(dir, 'distribution.json'), DISTRIBUTION);
  for (const [input, method] of [['/images/logo.png', 'GET'], ['/x/../images/a?b=1', 'HEAD'], ['/', 'POST'], ['https://h/IMAGES/a', 'OPTIONS'], ['/images', 'DELETE']]) {
    const editor = await client.connection.sendRequest<{ result: object }>('cloudfrontIamLens/simulatePath', { uri, input, method });
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'simulate', 'distribution.json', input, '--method', method, '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const { version: _v, file: _f, distribution: _d, ...fromCli } = JSON.parse(cli.stdout);
    assert.deepEqual(fromCli, editor.result, `${method} ${input}`);
  }

  const errorOf = async (params: object, lsp = client): Promise<SimulatePathResult['error']> =>
    (await lsp.connection.sendRequest<SimulatePathResult>('cloudfrontIamLens/simulatePath', params)).error;
  assert.deepEqual(await errorOf({ uri, distribution: 3, input: '/' }), { code: 'no-such-distribution', message: 'The document has no distribution #4; it holds 1.' });
  assert.deepEqual(await errorOf({ uri: 'file:///ws/nope.json', input: '/' }), { code: 'not-open', message: 'The document is not open.' });
  const policyUri = 'file:///ws/not-a-distribution.json';
  await client.open(policyUri, '{"Version": "2012-10-17", "Statement": []}');
  assert.deepEqual(await errorOf({ uri: policyUri, input: '/' }), { code: 'no-distribution', message: 'The document holds no CloudFront distribution config.' });
  await client.close(policyUri);
  // A client in Japanese gets the errors in Japanese.
  const ja = new LspClient();
  try {
    await ja.initialize('ja');
    await ja.open(uri, DISTRIBUTION);
    assert.deepEqual(await errorOf({ uri, distribution: 3, input: '/' }, ja), { code: 'no-such-distribution', message: 'このドキュメントにディストリビューション #4 はありません（ディストリビューションは 1 個です）。' });
    assert.deepEqual(await errorOf({ uri: 'file:///ws/nope.json', input: '/' }, ja), { code: 'not-open', message: 'ドキュメントが開かれていません。' });
    const answer = await ja.connection.sendRequest<SimulatePathResult>('cloudfrontIamLens/simulatePath', { uri, input: '/images/a.png' });
    assert.match(answer.report ?? '', /\*\*ビヘイビア #1 `\/images\/\*`\*\* に一致します/);
  } finally {
    await ja.dispose();
  }

  // The move fix from the shadowing warning reorders the list and clears the warning.
  const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } }) as CodeAction[];
  assert.equal(actions[0].title, 'Move "/images/logo.png" above #1 "/images/*"');
  const fixed = applyAction(DISTRIBUTION, uri, actions[0]);
  const cleared = client.diagnostics(uri, (p) => p.version === 2);
  await client.change(uri, fixed);
  assert.deepEqual((await cleared).diagnostics, []);
  await client.close(uri);
});

test('lsp: a saved get-distribution-config output offers the rewrite for update-distribution on its ETag', async () => {
  const uri = 'file:///ws/saved-config.json';
  const config = JSON.parse(DISTRIBUTION).DistributionConfig;
  const text = JSON.stringify({ ETag: 'E2QWRUHEXAMPLE', DistributionConfig: config }, null, 4) + '\n';
  const pending = client.diagnostics(uri);
  await client.open(uri, text);
  await pending;
  const document = TextDocument.create(uri, 'json', 1, text);
  const at = (offset: number, only?: string[]) => client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: { start: document.positionAt(offset), end: document.positionAt(offset) },
    context: { diagnostics: [], ...(only ? { only } : {}) },
  }) as Promise<CodeAction[]>;

  const actions = await at(text.indexOf('"ETag"') + 1);
  assert.deepEqual(actions.map((a) => [a.kind, a.title]), [
    ['refactor.rewrite', 'Keep only the DistributionConfig, for update-distribution --distribution-config (with --if-match E2QWRUHEXAMPLE)'],
  ]);
  assert.deepEqual(JSON.parse(applyAction(text, uri, actions[0])), config);
  // Asked for quick fixes only, or elsewhere in the file: nothing.
  assert.deepEqual(await at(text.indexOf('"ETag"') + 1, ['quickfix']), []);
  assert.deepEqual(await at(text.indexOf('"CallerReference"') + 1), []);
});

test('lsp: a client in Japanese gets Japanese diagnostics, lenses and quick fixes', async () => {
  const ja = new LspClient();
  try {
    await ja.initialize('ja');
    const uri = 'file:///ws/ja-policy.json';
    const pending = ja.diagnostics(uri);
    await ja.open(uri, '\n' + POLICY);
    const [diagnostic] = (await pending).diagnostics;
    assert.ok(typeof diagnostic.message === 'string');
    assert.match(diagnostic.message, /このポリシーファイルは "\{" の前に改行 1 個があります/);
    assert.match(diagnostic.codeDescription?.href ?? '', /\/docs\/rules\.ja\.md#L\d+$/);
    const actions = await ja.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
    assert.equal(actions[0].title, '"{" より前の文字を削除');
    const distUri = 'file:///ws/ja-distribution.json';
    await ja.open(distUri, DISTRIBUTION);
    const lenses = await ja.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: distUri } }) as CodeLens[];
    assert.ok(lenses.some((l) => l.command?.title === 'パスをシミュレート…'));
  } finally {
    await ja.dispose();
  }
});

test('lsp: mutated documents through the server: it stays up and the last diagnostics match a fresh analysis', async () => {
  let seed = 99;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const sources = [DISTRIBUTION, '\n' + POLICY];
  const uri = 'file:///ws/fuzz.json';
  await client.open(uri, sources[0]);
  let text = sources[0];
  let version = 1;
  for (let i = 0; i < 200; i++) {
    const base = sources[i % 2];
    const at = Math.floor(random() * base.length);
    text = random() < 0.5 ? base.slice(0, at) : base.slice(0, at) + '{"\\u' + base.slice(at + 3);
    version = await client.change(uri, text);
  }
  const final = await client.diagnostics(uri, (p) => p.version === version);
  const expected = analyzeDocument(parseDocument(text));
  assert.deepEqual(final.diagnostics.map((d) => d.code), expected.map((f) => f.rule));
  assert.equal(client.exitCode, null);
  await client.close(uri);
});
