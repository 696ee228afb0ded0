// Helpers shared by the integration suites: workspace files, waiting on conditions (never on clocks), and
// this extension's diagnostics.
import * as vscode from 'vscode';

export const SOURCE = 'CloudFront & IAM Lens';
export const EXTENSION_ID = 'cloudfront-iam-lens.cloudfront-iam-lens';

export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  return vscode.Uri.joinPath(folder, ...relative.split('/'));
}

/** Polls until `read` returns a value that `done` accepts; fails after `timeoutMs`. */
export async function waitFor<T>(what: string, read: () => T, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Asks for the code actions at `range` until one satisfies `wanted`, and returns it. The language server may
 * still be starting or loading the IAM catalog when a test asks, and a request made then has now and then come back
 * empty or cancelled (cause not found); a user would simply see the light bulb a moment later.
 */
export async function codeActionWhere(uri: vscode.Uri, range: vscode.Range, wanted: (action: vscode.CodeAction) => boolean, kind?: vscode.CodeActionKind, timeoutMs = 30_000): Promise<vscode.CodeAction> {
  const started = Date.now();
  let seen: vscode.CodeAction[];
  for (;;) {
    try {
      seen = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind?.value);
    } catch (error) {
      // A request cancelled while the server was busy starting ("Canceled") is asked again; anything else fails.
      if (!(error instanceof Error && error.message === 'Canceled')) throw error;
      seen = [];
    }
    const found = seen.find(wanted);
    if (found) return found;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for a code action; offered: ${seen.map((a) => a.title).join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
