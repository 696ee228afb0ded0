// The extension with VS Code's display language set to Japanese (code-server --locale ja): the language
// server receives the locale and every message, lens and report it produces is Japanese.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { codeActionWhere, open, SOURCE, waitFor } from './support';

suite('CloudFront & IAM Lens in Japanese', () => {
  test('VS Code runs in Japanese', () => {
    assert.strictEqual(vscode.env.language, 'ja');
  });

  test('diagnostics and quick fixes are in Japanese', async () => {
    const editor = await open('iam/heredoc-policy.json');
    const [diagnostic] = await waitFor('diagnostics', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE), (d) => d.length > 0);
    assert.match(diagnostic.message, /このポリシーファイルは "\{" の前に改行 1 個があります/);
    await codeActionWhere(editor.document.uri, diagnostic.range, (a) => a.title === '"{" より前の文字を削除');
  });

  test('code lenses, hovers and the simulation report are in Japanese', async () => {
    const editor = await open('cloudfront/distribution.json');
    const uri = editor.document.uri;
    await waitFor('the shadowing warning', () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE), (d) => d.length > 0);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes('パスをシミュレート…'), titles.join(' | '));
    assert.ok(titles.includes('#4 使われない: #2 が先に一致'), titles.join(' | '));
    const position = editor.document.positionAt(editor.document.getText().indexOf('"/images/*"') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /4 個のキャッシュビヘイビアのうち 2 番目に評価されます/);
    const answer = await vscode.commands.executeCommand<{ report: string }>('cloudfrontIamLens.simulatePath', undefined, undefined, '/images/logo-1.png', 'GET');
    assert.match(answer.report, /\*\*ビヘイビア #2 `\/images\/\*`\*\* に一致します/);
  });

  test('Simulate Path names its report tab and reports its errors in Japanese', async () => {
    await open('cloudfront/distribution.json');
    await vscode.commands.executeCommand('cloudfrontIamLens.simulatePath', undefined, 0, '/images/logo-1.png', 'GET');
    const report = await waitFor('the report editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'cloudfront-iam-lens'), (e) => e !== undefined);
    assert.match(report!.document.uri.path, /^\/シミュレーション \d+\.md$/);
    const failed = await vscode.commands.executeCommand<{ error?: { code: string; message: string } }>('cloudfrontIamLens.simulatePath', undefined, 9, '/', 'GET');
    assert.deepStrictEqual(failed.error, { code: 'no-such-distribution', message: 'このドキュメントにディストリビューション #10 はありません（ディストリビューションは 1 個です）。' });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the command title comes from package.nls.ja.json', () => {
    const extension = vscode.extensions.getExtension('cloudfront-iam-lens.cloudfront-iam-lens')!;
    type Title = string | { value: string; original: string };
    const command = (extension.packageJSON.contributes.commands as { command: string; title: Title }[]).find((c) => c.command === 'cloudfrontIamLens.simulatePath');
    // VS Code replaces %command.simulatePath% with the translation for the display language. For a command's
    // title or category that differs from the English one, it keeps both, as { value, original }, so that the
    // command palette can also match the English title (extensionNls.ts, replaceNLStrings).
    assert.deepStrictEqual(command?.title, { value: 'パスをシミュレート', original: 'Simulate Path' });
  });
});
