// Simulate IAM Request in real VS Code: the lens on a policy, the command with arguments (as the palette and
// the lens run it), the statement that decided revealed in the editor, and the report opened beside it.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { open, revertAll, waitFor } from './support';

interface Answer {
  result?: { decision: string; deciding: { index: number; sid?: string }[] };
  report?: string;
  error?: { code: string; message: string };
}

const POLICY = 'iam/deploy-policy.json';

/** The Simulate request lenses of a document, polled until the language server has answered with some. */
async function simulateLenses(uri: vscode.Uri, timeoutMs = 20_000): Promise<vscode.CodeLens[]> {
  const started = Date.now();
  for (;;) {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const ours = lenses.filter((l) => l.command?.command === 'cloudfrontIamLens.simulateRequest');
    if (ours.length > 0) return ours;
    if (Date.now() - started > timeoutMs) throw new Error(`No Simulate request lens on ${uri.toString()} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function reportEditor(): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'cloudfront-iam-lens');
}

suite('Simulate IAM Request in VS Code', () => {
  suiteTeardown(revertAll);
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('the policy carries a "Simulate request…" lens for its Statement', async () => {
    const editor = await open(POLICY);
    const lenses = await simulateLenses(editor.document.uri);
    assert.strictEqual(lenses.length, 1);
    const [lens] = lenses;
    assert.strictEqual(lens.command!.title, 'Simulate request…');
    assert.deepStrictEqual(lens.command!.arguments, [editor.document.uri.toString(), 0]);
    assert.strictEqual(editor.document.getText(lens.range), '"Statement"');
  });

  test('an explicit deny: the deciding statement is revealed and the report opens beside the policy', async () => {
    const editor = await open(POLICY);
    const answer = await vscode.commands.executeCommand<Answer>('cloudfrontIamLens.simulateRequest',
      editor.document.uri.toString(), 0, 's3:PutObject', 'arn:aws:s3:::example-site/releases/v1.zip', 'aws:SecureTransport=false');
    assert.strictEqual(answer.error, undefined);
    assert.strictEqual(answer.result?.decision, 'explicit-deny');
    assert.deepStrictEqual(answer.result?.deciding.map((d) => d.sid), ['DenyReleasesWithoutTls']);
    const report = await waitFor('the report editor', reportEditor, (e) => e !== undefined);
    assert.strictEqual(report!.document.languageId, 'markdown');
    assert.match(report!.document.getText(), /\*\*Explicitly denied\*\* by statement #2 `DenyReleasesWithoutTls`/);
    assert.match(report!.document.getText(), /`Bool` `aws:SecureTransport` `false`: the request has `false` → true/);
    const source = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === editor.document.uri.toString())!;
    // The statement object opens on the line above its Sid.
    assert.match(source.document.lineAt(source.selection.active.line + 1).text, /"Sid": "DenyReleasesWithoutTls"/);
  });

  test('from the palette on the active policy: allowed by the upload statement', async () => {
    await open(POLICY);
    const answer = await vscode.commands.executeCommand<Answer>('cloudfrontIamLens.simulateRequest',
      undefined, undefined, 's3:GetObject', 'arn:aws:s3:::example-site/index.html', { 'aws:SecureTransport': 'true' });
    assert.strictEqual(answer.result?.decision, 'allowed');
    assert.deepStrictEqual(answer.result?.deciding.map((d) => d.sid), ['UploadSite']);
    const report = await waitFor('the report editor', reportEditor, (e) => e !== undefined);
    assert.match(report!.document.getText(), /\*\*Allowed\*\* by statement #1 `UploadSite`/);
  });

  test('the lens command with a request: an implicit deny reveals the Statement key', async () => {
    const editor = await open(POLICY);
    const [lens] = await simulateLenses(editor.document.uri);
    const answer = await vscode.commands.executeCommand<Answer>(lens.command!.command, ...(lens.command!.arguments ?? []), 'ec2:RunInstances', '*', '');
    assert.strictEqual(answer.result?.decision, 'implicit-deny');
    assert.deepStrictEqual(answer.result?.deciding, []);
    await waitFor('the report editor', reportEditor, (e) => e !== undefined);
    const source = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === editor.document.uri.toString())!;
    assert.match(source.document.lineAt(source.selection.active.line).text, /"Statement"/);
  });
});
