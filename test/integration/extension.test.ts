// The extension in real VS Code: activation, diagnostics on policies, quick fixes, code lenses, hover and the
// Simulate Path command, all against the files of test/integration/workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';

import { codeActionWhere, codeOf, EXTENSION_ID, open, ours, revertAll, waitFor, workspaceFile } from './support';

suite('CloudFront & IAM Lens in VS Code', () => {
  suiteTeardown(revertAll);

  test('activates on a JSON policy and reports the leading newline on the right range', async () => {
    const started = Date.now();
    const editor = await open('iam/heredoc-policy.json');
    const diagnostics = await waitFor('diagnostics on heredoc-policy.json', () => ours(editor.document.uri), (d) => d.length > 0);
    // A figure for the log, not an assertion: how long a user waits for the first squiggle.
    console.log(`[figure] first diagnostic ${Date.now() - started} ms after opening the first policy`);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
    assert.strictEqual(diagnostics.length, 1);
    assert.strictEqual(codeOf(diagnostics[0]), 'iam/leading-whitespace');
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual([diagnostics[0].range.start.line, diagnostics[0].range.start.character, diagnostics[0].range.end.line, diagnostics[0].range.end.character], [0, 0, 1, 0]);
    assert.match(diagnostics[0].message, /The policy failed legacy parsing/);
  });

  test('the quick fix removes the newline and the error goes away', async () => {
    const editor = await open('iam/heredoc-policy.json');
    const [diagnostic] = await waitFor('the error', () => ours(editor.document.uri), (d) => d.length === 1);
    const fix = await codeActionWhere(editor.document.uri, diagnostic.range, (a) => a.title === 'Remove the characters before "{"');
    assert.ok(fix.edit && await vscode.workspace.applyEdit(fix.edit));
    assert.ok(editor.document.getText().startsWith('{'));
    await waitFor('the error to clear', () => ours(editor.document.uri), (d) => d.length === 0);
    await revertAll();
  });

  test('a CLI skeleton with a policy string gets the error inside the string', async () => {
    const editor = await open('cli/put-role-policy.json');
    const [diagnostic] = await waitFor('diagnostics on put-role-policy.json', () => ours(editor.document.uri), (d) => d.length > 0);
    assert.strictEqual(codeOf(diagnostic), 'iam/leading-whitespace');
    assert.strictEqual(editor.document.getText(diagnostic.range), '\\n');
    assert.strictEqual(diagnostic.range.start.line, 3);
  });

  test('package.json gets no diagnostics from this extension', async () => {
    const editor = await open('package.json');
    // Give the server time to answer; an answer with nothing must stay nothing.
    await open('iam/heredoc-policy.json');
    await waitFor('the policy to be analysed', () => ours(workspaceFile('iam/heredoc-policy.json')), (d) => d.length > 0);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepStrictEqual(ours(editor.document.uri), []);
  });

  test('a distribution shows the lenses, the shadowing warning and a hover', async () => {
    const editor = await open('cloudfront/distribution.json');
    const uri = editor.document.uri;
    const [warning] = await waitFor('the shadowing warning', () => ours(uri), (d) => d.length > 0);
    assert.strictEqual(codeOf(warning), 'cloudfront/shadowed-behavior');
    assert.strictEqual(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(editor.document.getText(warning.range), '"/images/logo-*.png"');

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.includes('Simulate path…'), titles.join(' | '));
    assert.ok(titles.includes('#4 never reached: covered by #2'), titles.join(' | '));
    assert.ok(titles.some((t) => /^#1 evaluated 1st · e\.g\. \/api\//.test(t)), titles.join(' | '));

    const position = editor.document.positionAt(editor.document.getText().indexOf('"/images/*"') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /evaluated 2nd of 4 cache behaviors/);
  });

  test('Simulate Path (command palette) answers on the active distribution, reveals the behavior and opens the report', async () => {
    const editor = await open('cloudfront/distribution.json');
    const answer = await vscode.commands.executeCommand<{ result: { behavior: unknown; origin: { url: string } }; report: string }>(
      'cloudfrontIamLens.simulatePath', undefined, undefined, 'https://www.example.com/images/logo-1.png', 'GET');
    assert.deepStrictEqual(answer.result.behavior, { kind: 'cache-behavior', index: 1, pathPattern: '/images/*' });
    assert.strictEqual(answer.result.origin.url, 'https://example-site.s3.us-east-1.amazonaws.com/images/logo-1.png');
    const report = await waitFor('the report editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'cloudfront-iam-lens'), (e) => e !== undefined);
    assert.match(report!.document.getText(), /Hits behavior #2 `\/images\/\*`/);
    assert.strictEqual(report!.document.languageId, 'markdown');
    assert.match(report!.document.uri.path, /^\/Simulation \d+\.md$/);
    const source = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === editor.document.uri.toString())!;
    const line = source.document.lineAt(source.selection.active.line + 1).text;
    assert.match(line, /"PathPattern": "\/images\/\*"/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the lens command simulates its example path', async () => {
    const editor = await open('cloudfront/distribution.json');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const lens = lenses.find((l) => l.command?.title.startsWith('#3 evaluated 3rd'))!;
    assert.ok(lens, 'lens on behavior #3');
    const answer = await vscode.commands.executeCommand<{ result: { behavior: unknown } }>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.deepStrictEqual(answer.result.behavior, { kind: 'cache-behavior', index: 2, pathPattern: '*.jpg' });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the shadowing quick fix reorders the behaviors and the warning goes away', async () => {
    const editor = await open('cloudfront/distribution.json');
    const uri = editor.document.uri;
    const [warning] = await waitFor('the shadowing warning', () => ours(uri), (d) => d.length > 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, warning.range);
    const move = actions.find((a) => a.title.startsWith('Move "/images/logo-*.png" above'));
    assert.ok(move?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(move.edit));
    const config = JSON.parse(editor.document.getText()).DistributionConfig;
    assert.deepStrictEqual(config.CacheBehaviors.Items.map((b: { PathPattern: string }) => b.PathPattern), ['/api/*', '/images/logo-*.png', '/images/*', '*.jpg']);
    await waitFor('the warning to clear', () => ours(uri), (d) => d.length === 0);
    await revertAll();
  });

  test('on the ETag of a saved get-distribution-config output, the Refactor menu keeps only the DistributionConfig', async () => {
    const editor = await open('cloudfront/distribution.json');
    const uri = editor.document.uri;
    const original = JSON.parse(editor.document.getText());
    const etag = editor.document.positionAt(editor.document.getText().indexOf('"ETag"') + 2);
    const rewrite = await codeActionWhere(uri, new vscode.Range(etag, etag), (a) => a.title.startsWith('Keep only the DistributionConfig'), vscode.CodeActionKind.Refactor);
    assert.strictEqual(rewrite.kind?.value, 'refactor.rewrite');
    assert.match(rewrite.title, new RegExp(`--if-match ${original.ETag}\\)$`));
    assert.ok(rewrite.edit && await vscode.workspace.applyEdit(rewrite.edit));
    assert.deepStrictEqual(JSON.parse(editor.document.getText()), original.DistributionConfig);
    // Still a distribution config to the extension: the shadowing warning stays on the moved text.
    await waitFor('the shadowing warning on the bare config', () => ours(uri), (d) => d.some((x) => codeOf(x) === 'cloudfront/shadowed-behavior') && d.every((x) => x.range.start.line < editor.document.lineCount));
    await revertAll();
  });

  test('a crashed language server is restarted and diagnostics come back', async () => {
    const before = await open('iam/heredoc-policy.json');
    await waitFor('the server to answer', () => ours(before.document.uri), (d) => d.length === 1);
    // The server is a child of this extension host; kill it the hard way, as a crash would.
    const { execFileSync } = await import('child_process');
    const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n').filter((line) => line.includes('dist/server.js'));
    assert.strictEqual(children.length, 1, `one server process expected, found: ${children.join(' | ')}`);
    const pid = Number(children[0].trim().split(/\s+/)[0]);
    process.kill(pid, 'SIGKILL');
    await waitFor('the server to be restarted', () => execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n').filter((line) => line.includes('dist/server.js') && !line.trim().startsWith(String(pid))).length, (n) => n === 1);
    // Only a live server can answer an edit made after the crash: one more line break widens the range.
    const reopened = await open('iam/heredoc-policy.json');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(reopened.document.uri, new vscode.Position(0, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [diagnostic] = await waitFor('fresh diagnostics from the restarted server', () => ours(reopened.document.uri),
      (d) => d.length === 1 && d[0].range.end.line === 2);
    assert.strictEqual(codeOf(diagnostic), 'iam/leading-whitespace');
    assert.match(diagnostic.message, /2 line breaks/);
    await revertAll();
  });

  test('CloudFront fields: hover explains a field, completion offers enum values, and a did-you-mean fix repairs an origin id', async () => {
    const editor = await open('cloudfront/broken-distribution.json');
    const uri = editor.document.uri;
    const text = editor.document.getText();
    // The diagnostics show that the server has analysed this file, so the requests below reach it.
    const diagnostics = await waitFor('the target-origin error', () => ours(uri), (d) => d.some((x) => codeOf(x) === 'cloudfront/target-origin'));
    // cloudfront/value-range: the shop-api origin's ConnectionTimeout of 30 is over the fixed limit of 10 seconds.
    const outOfRange = diagnostics.find((x) => codeOf(x) === 'cloudfront/value-range');
    assert.ok(outOfRange, diagnostics.map(codeOf).join(', '));
    assert.strictEqual(editor.document.getText(outOfRange.range), '30');
    assert.strictEqual(outOfRange.severity, vscode.DiagnosticSeverity.Error);
    assert.match(outOfRange.message, /ConnectionTimeout is 30 seconds; AWS accepts 1–10 seconds\./);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri,
      editor.document.positionAt(text.indexOf('"ViewerProtocolPolicy"') + 3));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /redirect-to-https/);

    const valueAt = editor.document.positionAt(text.indexOf('"ViewerProtocolPolicy": "') + '"ViewerProtocolPolicy": "'.length);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, valueAt);
    const labels = completions.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const value of ['allow-all', 'https-only', 'redirect-to-https']) assert.ok(labels.includes(value), labels.join(', '));

    const wrong = diagnostics.find((x) => codeOf(x) === 'cloudfront/target-origin')!;
    assert.strictEqual(editor.document.getText(wrong.range), '"shop-apii"');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, wrong.range);
    const fix = actions.find((a) => a.title.includes('shop-api'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor('the target-origin error to clear', () => ours(uri), (d) => !d.some((x) => codeOf(x) === 'cloudfront/target-origin'));
    await revertAll();
  });

  test('turning a rule off in the settings removes its diagnostics at once, and turning it back on restores them', async () => {
    const editor = await open('iam/heredoc-policy.json');
    const uri = editor.document.uri;
    await waitFor('the error', () => ours(uri), (d) => d.length === 1);
    const config = vscode.workspace.getConfiguration('cloudfrontIamLens');
    try {
      // User settings, so the fixture folder gets no .vscode/settings.json.
      await config.update('rules', { 'iam/leading-whitespace': 'off' }, vscode.ConfigurationTarget.Global);
      await waitFor('the error to disappear', () => ours(uri), (d) => d.length === 0);
      await config.update('rules', { 'iam/leading-whitespace': 'warning' }, vscode.ConfigurationTarget.Global);
      const [warning] = await waitFor('the finding as a warning', () => ours(uri), (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning);
      assert.strictEqual(codeOf(warning), 'iam/leading-whitespace');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the error to come back', () => ours(uri), (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error);
  });
});
