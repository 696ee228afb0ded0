// A minimal check that the test chain works: the tests run inside a real VS Code
// extension host with the integration workspace open.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

suite('smoke', () => {
  test('vscode.version is a string', () => {
    assert.strictEqual(typeof vscode.version, 'string');
    assert.ok(vscode.version.length > 0);
  });

  test('the integration workspace folder is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'expected exactly one workspace folder');
    assert.strictEqual(path.posix.basename(folders[0].uri.path), 'workspace');
  });
});
