// The IAM action catalog in real VS Code: it loads in the background, then an action typo gets a warning
// with a "did you mean" quick fix, and hovering an action shows what the catalog knows about it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeActionWhere, codeOf, open, ours, revertAll, waitFor } from './support';

suite('IAM action catalog in VS Code', () => {
  suiteTeardown(revertAll);

  test('an unknown action gets a did-you-mean fix, and a hover on an action shows the catalog', async () => {
    const editor = await open('iam/typo-policy.json');
    const uri = editor.document.uri;
    // The catalog loads in the background; its warning appears once it is there.
    const diagnostics = await waitFor('the unknown-action warning', () => ours(uri), (d) => d.some((x) => codeOf(x) === 'iam/unknown-action'), 30_000);
    const typo = diagnostics.find((x) => codeOf(x) === 'iam/unknown-action')!;
    assert.strictEqual(typo.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(editor.document.getText(typo.range), '"s3:GetObjetc"');

    const text = editor.document.getText();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri,
      editor.document.positionAt(text.indexOf('"s3:GetObject"') + 5));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /GetObject/);
    assert.match(hoverText, /Read/);
    assert.match(hoverText, /2026-09-26/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, typo.range);
    const fix = actions.find((a) => a.title.includes('s3:GetObject'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /"s3:GetObject", "s3:GetObject"/);
    await waitFor('the warning to clear', () => ours(uri), (d) => !d.some((x) => codeOf(x) === 'iam/unknown-action'));
    await revertAll();
  });

  test('on an Action wildcard, the Refactor menu expands it into the actions it matches', async () => {
    const editor = await open('iam/wildcard-policy.json');
    const uri = editor.document.uri;
    const at = editor.document.positionAt(editor.document.getText().indexOf('s3:GetObjectT*') + 4);
    // The rewrite needs the catalog, which loads in the background.
    const expand = await codeActionWhere(uri, new vscode.Range(at, at), (a) => a.title.startsWith('Expand "s3:GetObjectT*"'), vscode.CodeActionKind.Refactor);
    assert.ok(expand.edit);
    assert.strictEqual(expand.kind?.value, 'refactor.rewrite');
    assert.ok(await vscode.workspace.applyEdit(expand.edit));
    assert.deepStrictEqual(JSON.parse(editor.document.getText()).Statement[0].Action, ['s3:GetObjectTagging', 's3:GetObjectTorrent']);
    assert.match(editor.document.getText(), /"Action": \[\n {8}"s3:GetObjectTagging",\n {8}"s3:GetObjectTorrent"\n {6}\],/);
    await revertAll();
  });
});
