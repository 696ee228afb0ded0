import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { InitializeResult } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

const POLICY = '\n{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';

let client: LspClient;
let initialized: InitializeResult;
before(async () => {
  client = new LspClient();
  client.settings = { rules: { 'iam/leading-whitespace': 'warning' } };
  initialized = await client.initialize('en', { folders: ['file:///ws'], pullSettings: true });
});
after(async () => {
  await client.dispose();
});

test('lsp settings: rule severities and rules turned off apply at once, without reopening the file', async () => {
  const uri = 'file:///ws/policies/p.json';
  // The server pulls the settings after it starts; a first publication may come before they arrive, so wait for
  // the one that reflects them (the test fails by timing out if none does).
  const first = client.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0].severity === 2);
  await client.open(uri, POLICY);
  assert.equal((await first).diagnostics[0].severity, 2, 'the setting makes the error a warning');

  const off = client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  await client.changeSettings({ rules: { 'iam/leading-whitespace': 'off' } });
  await off;

  const back = client.diagnostics(uri, (p) => p.diagnostics.length === 1 && p.diagnostics[0].severity === 1);
  await client.changeSettings({ rules: { 'iam/leading-whitespace': 'nonsense' } });
  await back;
  await client.close(uri);
});

test('lsp settings: files.exclude removes a file\'s diagnostics; files.include decides what is analysed', async () => {
  const kept = 'file:///ws/infra/p.json';
  const generated = 'file:///ws/infra/generated/p.json';
  await client.changeSettings({});
  const a = client.diagnostics(kept, (p) => p.diagnostics.length === 1);
  const b = client.diagnostics(generated, (p) => p.diagnostics.length === 1);
  await client.open(kept, POLICY);
  await client.open(generated, POLICY);
  await Promise.all([a, b]);

  const cleared = client.diagnostics(generated, (p) => p.diagnostics.length === 0);
  const stays = client.diagnostics(kept, (p) => p.diagnostics.length === 1);
  await client.changeSettings({ files: { exclude: ['**/generated/**'] } });
  await Promise.all([cleared, stays]);

  const none = client.diagnostics(kept, (p) => p.diagnostics.length === 0);
  await client.changeSettings({ files: { include: ['app/**'] } });
  await none;
  await client.close(kept);
  await client.close(generated);
});

test('lsp settings: a quota from the settings changes the quota finding', async () => {
  const uri = 'file:///ws/d.json';
  const behaviors = Array.from({ length: 3 }, (_, i) => ({ PathPattern: `/p${i}/*`, TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' }));
  const text = JSON.stringify({ DistributionConfig: { CallerReference: 'r', Comment: '', Enabled: true,
    Origins: { Quantity: 1, Items: [{ Id: 'o', DomainName: 'example.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' } }] },
    DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
    CacheBehaviors: { Quantity: 3, Items: behaviors } } }, null, 2);
  await client.changeSettings({});
  const clean = client.diagnostics(uri, (p) => p.diagnostics.length === 0);
  await client.open(uri, text);
  await clean;
  const over = client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'cloudfront/quotas'));
  await client.changeSettings({ quotas: { cacheBehaviorsPerDistribution: 2 } });
  await over;
  await client.close(uri);
});

test('lsp settings: adding and removing a workspace folder moves the globs\' base, and the diagnostics follow at once', async () => {
  assert.deepEqual(initialized.capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  // "generated/**" has no leading **/, so it matches only right under a workspace folder: ws/b/generated/p.json is
  // "b/generated/p.json" in folder ws (analysed) and "generated/p.json" once ws/b is a folder of its own (excluded).
  const inB = 'file:///ws/b/generated/p.json';
  const inA = 'file:///ws/generated/p.json';
  await client.changeSettings({ files: { exclude: ['generated/**'] } });
  const analysed = client.diagnostics(inB, (p) => p.diagnostics.length === 1);
  const excluded = client.diagnostics(inA, (p) => p.diagnostics.length === 0);
  await client.open(inB, POLICY);
  await client.open(inA, POLICY);
  await Promise.all([analysed, excluded]);

  const cleared = client.diagnostics(inB, (p) => p.diagnostics.length === 0);
  await client.changeFolders(['file:///ws/b'], []);
  await cleared;
  // The document stays excluded while the folder is there: a later edit publishes nothing for it.
  const stillCleared = client.diagnostics(inB, (p) => p.version === undefined && p.diagnostics.length === 0);
  await client.change(inB, POLICY + ' ');
  await stillCleared;

  const back = client.diagnostics(inB, (p) => p.diagnostics.length === 1);
  await client.changeFolders([], ['file:///ws/b']);
  await back;
  // The other document never moved: ws/generated/p.json is excluded relative to ws throughout.
  assert.ok(client.published.filter((p) => p.uri === inA).every((p) => p.diagnostics.length === 0));
  await client.close(inB);
  await client.close(inA);
});

test('lsp settings: an unknown rule id and a bad severity are reported in the output channel, with the nearest id', async () => {
  const seen = client.logs.length;
  await client.changeSettings({ rules: { 'cloudfront/shadowed-behaviour': 'error', 'iam/effect': 'loud' } });
  const deadline = Date.now() + 10_000;
  while (client.logs.length < seen + 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const messages = client.logs.slice(seen).map((l) => l.message);
  assert.ok(messages.some((m) => /no rule "cloudfront\/shadowed-behaviour".*Did you mean "cloudfront\/shadowed-behavior"\?/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /"iam\/effect" is set to "loud"/.test(m)), messages.join('\n'));
  assert.ok(client.logs.slice(seen).every((l) => l.type === 2), 'reported as warnings');
  await client.changeSettings({});
});
