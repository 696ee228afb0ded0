// Simulate Request through the bundled server: the "Simulate request…" lens on each policy, the policy list,
// the custom request with its ranges and report, errors, Japanese, and the same answers as the CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { CodeLensRequest, LogMessageNotification, type CodeLens } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { PolicyInfo, SimulateIamRequestResult } from '../../server/src/protocol';
import { LspClient, ROOT } from './lspClient';

let client: LspClient;
let catalogLoaded: Promise<unknown>;
before(async () => {
  client = new LspClient();
  // The catalog loads in the background; the agreement check waits for it, as the CLI loads it first.
  catalogLoaded = new Promise((resolve) => {
    client.connection.onNotification(LogMessageNotification.type, (params) => {
      if (params.message.startsWith('IAM action catalog:')) resolve(params.message);
    });
  });
  await client.initialize();
});
after(async () => {
  await client.dispose();
});

const TEMPLATE = JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    DeployRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        Policies: [{
          PolicyName: 'deploy',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Sid: 'Upload', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::site/*' },
              { Sid: 'NoDeleteWithoutMfa', Effect: 'Deny', Action: 's3:Delete*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
              { Sid: 'Tls', Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
            ],
          },
        }],
      },
    },
  },
}, null, 2);

test('lsp iam: each policy gets a "Simulate request…" lens that carries the document and the policy', async () => {
  const uri = 'file:///ws/iam-sim-template.json';
  const pending = client.diagnostics(uri);
  await client.open(uri, TEMPLATE);
  await pending;
  const document = TextDocument.create(uri, 'json', 1, TEMPLATE);
  const lenses = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as CodeLens[])
    .filter((l) => l.command?.command === 'cloudfrontIamLens.simulateRequest');
  assert.deepEqual(lenses.map((l) => [l.command!.title, l.command!.arguments, document.getText(l.range)]), [
    ['Simulate request…', [uri, 0], '"Statement"'],
    ['Simulate request…', [uri, 1], '"Statement"'],
  ]);
  const policies = await client.connection.sendRequest<PolicyInfo[]>('cloudfrontIamLens/policies', { uri });
  assert.deepEqual(policies.map((p) => [p.index, p.label, p.kind, p.statementCount, p.range.start.line]), [
    [0, 'AssumeRolePolicyDocument of DeployRole (AWS::IAM::Role)', 'trust', 1, lenses[0].range.start.line],
    [1, 'PolicyDocument of deploy in DeployRole (AWS::IAM::Role)', 'identity', 3, lenses[1].range.start.line],
  ]);
  assert.deepEqual(await client.connection.sendRequest('cloudfrontIamLens/policies', { uri: 'file:///ws/none.json' }), []);
  await client.close(uri);
});

test('lsp iam: the request is answered with the decision, the deciding statements\' ranges and the report', async () => {
  const uri = 'file:///ws/iam-sim-answer.json';
  await client.open(uri, TEMPLATE);
  const document = TextDocument.create(uri, 'json', 1, TEMPLATE);
  const lineOf = (needle: string): number => document.positionAt(TEMPLATE.indexOf(needle)).line;

  const denied = await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', {
    uri, policy: 1, action: 's3:DeleteObject', resource: 'arn:aws:s3:::site/a', context: { 'aws:SecureTransport': 'false' },
  });
  assert.equal(denied.result?.decision, 'explicit-deny');
  assert.deepEqual(denied.result?.deciding.map((d) => d.sid), ['NoDeleteWithoutMfa', 'Tls']);
  // Each range covers a statement object, which opens on the line above its Sid.
  assert.deepEqual(denied.decidingRanges?.map((r) => r.start.line), [lineOf('"Sid": "NoDeleteWithoutMfa"') - 1, lineOf('"Sid": "Tls"') - 1]);
  assert.match(denied.report ?? '', /\*\*Explicitly denied\*\* by statement #2 `NoDeleteWithoutMfa`, statement #3 `Tls`/);

  const allowed = await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', {
    uri, policy: 1, action: 's3:GetObject', resource: 'arn:aws:s3:::site/index.html', context: { 'aws:SecureTransport': 'true' },
  });
  assert.equal(allowed.result?.decision, 'allowed');
  assert.equal(allowed.decidingRanges?.length, 1);
  assert.deepEqual(allowed.picked, { index: 1, label: 'PolicyDocument of deploy in DeployRole (AWS::IAM::Role)', count: 2 });
  // The analysis' spans arrive as ranges only.
  assert.deepEqual(Object.keys(allowed).sort(), ['decidingRanges', 'picked', 'policyRange', 'report', 'result']);

  const implicit = await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri, policy: 1, action: 'ec2:RunInstances', resource: '*' });
  assert.equal(implicit.result?.decision, 'implicit-deny');
  assert.deepEqual(implicit.decidingRanges, []);
  assert.equal(document.getText(implicit.policyRange), '"Statement"');
  assert.equal(document.positionAt(TEMPLATE.lastIndexOf('"Statement"')).line, implicit.policyRange!.start.line);

  const trust = await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri, action: 'sts:AssumeRole', resource: '*', principal: 'codebuild.amazonaws.com' });
  assert.equal(trust.result?.decision, 'allowed');
  assert.equal(trust.result?.policy.kind, 'trust');

  // The wire form carries no offsets.
  assert.equal(JSON.stringify(allowed.result).includes('"span"'), false);
  await client.close(uri);
});

test('lsp iam: a policy in a JSON string: the deciding range lands on the escaped statement', async () => {
  const inner = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
  const text = `{\n  "RoleName": "r",\n  "PolicyName": "p",\n  "PolicyDocument": ${JSON.stringify(inner)}\n}\n`;
  const uri = 'file:///ws/iam-sim-skeleton.json';
  await client.open(uri, text);
  const answer = await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' });
  const document = TextDocument.create(uri, 'json', 1, text);
  assert.equal(document.getText(answer.decidingRanges![0]), JSON.stringify(inner.slice(inner.indexOf('{"Sid"'), inner.lastIndexOf('}]') + 1)).slice(1, -1));
  await client.close(uri);
});

test('lsp iam: errors are answers with a code and a reason, never crashes', async () => {
  const uri = 'file:///ws/iam-sim-errors.json';
  await client.open(uri, TEMPLATE);
  const ask = async (params: object): Promise<string> => {
    const { error } = await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', params);
    return error ? `${error.code}: ${error.message}` : 'no error';
  };
  assert.equal(await ask({ uri: 'file:///ws/closed.json', action: 's3:GetObject', resource: '*' }), 'not-open: The document is not open.');
  assert.equal(await ask({ uri, policy: 5, action: 's3:GetObject', resource: '*' }), 'no-such-policy: The document has no policy #6; it holds 2.');
  assert.match(await ask({ uri, action: 'GetObject', resource: '*' }), /^bad-action: "GetObject" is not an action/);
  assert.match(await ask({ uri, action: 's3:GetObject', resource: '' }), /^no-resource: Give a resource ARN/);
  assert.match(await ask({ uri, action: 's3:GetObject', resource: '*', context: { SourceIp: '1' } }), /^bad-context-key: "SourceIp" is not a condition key/);
  assert.match(await ask({ uri, action: 42, resource: null, context: 'x', policy: 'first' }), /^bad-action: "42" is not an action/);
  await client.open('file:///ws/iam-sim-other.json', '{"name": "x"}');
  assert.equal(await ask({ uri: 'file:///ws/iam-sim-other.json', action: 's3:GetObject', resource: '*' }), 'no-policy: The document holds no IAM policy.');
  // The server is still there.
  assert.equal((await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri, policy: 1, action: 's3:GetObject', resource: 'arn:aws:s3:::site/x' })).result?.decision, 'allowed');
  await client.close(uri);
});

test('lsp iam: a template with a distribution and policies gets both kinds of lenses', async () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'cloudformation', 'site.template.json'), 'utf8');
  const uri = 'file:///ws/iam-sim-site.json';
  await client.open(uri, text);
  const commands = new Set((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as CodeLens[]).map((l) => l.command?.command));
  assert.ok(commands.has('cloudfrontIamLens.simulatePath'));
  assert.ok(commands.has('cloudfrontIamLens.simulateRequest'));
  await client.close(uri);
});

test('lsp iam: the editor and the CLI answer every request the same way', async () => {
  await catalogLoaded;
  const uri = 'file:///ws/iam-sim-agree.json';
  await client.open(uri, TEMPLATE);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-iam-agree-'));
  fs.writeFileSync(path.join(dir, 'template.json'), TEMPLATE);
  const requests: { policy?: number; action: string; resource: string; context?: Record<string, string | string[]>; principal?: string }[] = [
    { policy: 1, action: 's3:GetObject', resource: 'arn:aws:s3:::site/a' },
    { policy: 1, action: 's3:DeleteObject', resource: 'arn:aws:s3:::site/a', context: { 'aws:MultiFactorAuthPresent': 'true', 'aws:SecureTransport': 'false' } },
    { policy: 1, action: 's3:GetObjetc', resource: 'arn:aws:s3:::site/a', context: { 'aws:TagKeys': ['a', 'b'] } },
    { policy: 1, action: 'ec2:RunInstances', resource: '*' },
    { policy: 0, action: 'sts:AssumeRole', resource: '*', principal: 'codebuild.amazonaws.com' },
    { policy: 0, action: 'sts:AssumeRole', resource: '*' },
  ];
  for (const request of requests) {
    const editor = await client.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri, ...request });
    const args = ['simulate-iam', 'template.json', '--action', request.action, '--resource', request.resource, '--format', 'json', '--policy', String((request.policy ?? 0) + 1)];
    for (const [key, value] of Object.entries(request.context ?? {})) {
      for (const v of typeof value === 'string' ? [value] : value) args.push('--context', `${key}=${v}`);
    }
    if (request.principal) args.push('--principal', request.principal);
    const { LC_ALL: _a, LC_MESSAGES: _m, LANG: _l, ...env } = process.env;
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...env, LANG: 'C.UTF-8' } });
    assert.equal(cli.status, 0, cli.stderr);
    const { version: _v, file: _f, ...fromCli } = JSON.parse(cli.stdout);
    assert.deepEqual(fromCli, editor.result, JSON.stringify(request));
  }
  await client.close(uri);
});

test('lsp iam: a client in Japanese gets the lens, the report and the errors in Japanese', async () => {
  const ja = new LspClient();
  try {
    await ja.initialize('ja');
    const uri = 'file:///ws/iam-sim-ja.json';
    await ja.open(uri, TEMPLATE);
    const lenses = await ja.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as CodeLens[];
    assert.ok(lenses.some((l) => l.command?.title === 'リクエストをシミュレート…'));
    const policies = await ja.connection.sendRequest<PolicyInfo[]>('cloudfrontIamLens/policies', { uri });
    assert.equal(policies[1].label, 'DeployRole (AWS::IAM::Role) の deploy の PolicyDocument');
    const answer = await ja.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri, policy: 1, action: 'ec2:RunInstances', resource: '*' });
    assert.match(answer.report ?? '', /\*\*暗黙的に拒否されます\*\*/);
    const error = await ja.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri, policy: 9, action: 'ec2:RunInstances', resource: '*' });
    assert.deepEqual(error.error, { code: 'no-such-policy', message: 'このドキュメントにポリシー #10 はありません（ポリシーは 2 個です）。' });
    const notOpen = await ja.connection.sendRequest<SimulateIamRequestResult>('cloudfrontIamLens/simulateIamRequest', { uri: 'file:///ws/closed.json', action: 's3:GetObject', resource: '*' });
    assert.deepEqual(notOpen.error, { code: 'not-open', message: 'ドキュメントが開かれていません。' });
  } finally {
    await ja.dispose();
  }
});
