// Completion inside a policy held in a JSON string, in real VS Code: the suggest widget opens inside the
// `Policy` string of a put-bucket-policy input, filters on the escaped text typed so far, and accepting its
// proposal (a snippet) leaves a file that is still valid JSON, with the operator written with escaped quotes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, revertAll } from './support';

/** Runs `attempt` until it returns a value; fails after `timeoutMs`. A condition wait, like support.waitFor. */
async function poll<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('Completion in a policy string in VS Code', () => {
  suiteTeardown(revertAll);

  test('accepting a condition operator inside the Policy string writes it with escaped quotes, and the file stays valid JSON', async () => {
    const editor = await open('cli/put-bucket-policy.json');
    const document = editor.document;
    const original = document.getText();
    // Type the start of an operator, as escaped text, between the braces of the empty Condition.
    const braces = original.indexOf('\\"Condition\\": {}') + '\\"Condition\\": {'.length;
    const typed = '\\"StringNotEq\\"';
    assert.ok(await editor.edit((b) => b.insert(document.positionAt(braces), typed)));
    const cursor = document.positionAt(braces + typed.length - 2);
    editor.selection = new vscode.Selection(cursor, cursor);

    // The server offers the operators there once it has this version of the document.
    const item = await poll('StringNotEquals from the server', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
      return list.items.find((i) => i.label === 'StringNotEquals');
    });
    assert.ok(item.insertText instanceof vscode.SnippetString, 'a snippet');

    // The suggest widget filters on the document text `\"StringNotEq`; accepting takes its first proposal.
    const before = document.getText();
    const after = await poll('the accepted proposal', async () => {
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await new Promise((r) => setTimeout(r, 200));
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return document.getText() !== before ? document.getText() : undefined;
    });
    const parsed = JSON.parse(after) as { Policy: string };
    assert.ok(after.includes('\\"Condition\\": {\\"StringNotEquals\\": {}}'), after);
    const policy = JSON.parse(parsed.Policy) as { Statement: { Condition: unknown }[] };
    assert.deepStrictEqual(policy.Statement[0].Condition, { StringNotEquals: {} });
    await revertAll();
  });
});
