// Feature: the Simulate Path command. Run from the command palette or a code lens: asks for a path or URL
// and a method (unless the lens already supplies them), asks the server, reveals and highlights the
// behavior that was hit, and opens the report beside the editor, where it can be read and copied.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  DistributionsMethod, SimulatePathMethod,
  type DistributionInfo, type SimulatePathResult, type WireRange,
} from '../../server/src/protocol';

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];
export const REPORT_SCHEME = 'cloudfront-iam-lens';

/** Holds the reports, addressed by URI, for the read-only report documents. */
export class ReportProvider implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private counter = 0;

  add(text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/Simulation ${++this.counter}.md` });
    this.reports.set(uri.toString(), text);
    // Only the latest few reports are kept; older tabs simply show nothing new.
    if (this.reports.size > 20) this.reports.delete(this.reports.keys().next().value as string);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function toRange(range: WireRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

const highlight = vscode.window.createTextEditorDecorationType({
  backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
  isWholeLine: true,
  overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
  overviewRulerLane: vscode.OverviewRulerLane.Center,
});

/**
 * Shows a range of a document: selects its start, scrolls to it and highlights it (and the `also` ranges)
 * until the next edit.
 */
export async function revealRange(uri: vscode.Uri, range: vscode.Range, also: vscode.Range[] = []): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  editor.setDecorations(highlight, [range, ...also]);
  const clear = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.document === document) {
      editor.setDecorations(highlight, []);
      clear.dispose();
    }
  });
  return editor;
}

async function pickDistribution(distributions: DistributionInfo[]): Promise<DistributionInfo | undefined> {
  if (distributions.length === 1) return distributions[0];
  const picked = await vscode.window.showQuickPick(
    distributions.map((d) => ({ label: d.label, description: `${d.behaviorCount} cache behavior(s)`, distribution: d })),
    { title: 'Simulate Path: which distribution?' },
  );
  return picked?.distribution;
}

export interface SimulateArgs {
  uri?: string;
  distribution?: number;
  path?: string;
  method?: string;
}

/**
 * Called by the command. Arguments may come positionally from a code lens: (uri, distribution, path, method).
 * Returns the server's answer (tests read it), or undefined when the user cancelled.
 */
export async function simulatePath(client: LanguageClient, reports: ReportProvider, args: SimulateArgs): Promise<SimulatePathResult | undefined> {
  const uriString = args.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
  if (!uriString) {
    void vscode.window.showWarningMessage('Simulate Path needs an open CloudFront distribution config.');
    return undefined;
  }
  const uri = vscode.Uri.parse(uriString);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== 'json' && document.languageId !== 'jsonc') {
    void vscode.window.showWarningMessage('Simulate Path works on JSON documents that hold a CloudFront distribution config.');
    return undefined;
  }

  let distribution = args.distribution;
  if (distribution === undefined) {
    const distributions = await client.sendRequest<DistributionInfo[]>(DistributionsMethod, { uri: uriString });
    if (distributions.length === 0) {
      void vscode.window.showWarningMessage('This document holds no CloudFront distribution config.');
      return undefined;
    }
    const picked = await pickDistribution(distributions);
    if (!picked) return undefined;
    distribution = picked.index;
  }

  let input = args.path;
  if (input === undefined) {
    input = await vscode.window.showInputBox({
      title: 'Simulate Path',
      prompt: 'A request path or a full URL, for example /images/logo.png or https://d111111abcdef8.cloudfront.net/api/users?page=2',
      value: '/',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? 'Enter a path such as /index.html or a URL.' : /\s/.test(value.trim()) ? 'A path or URL cannot contain spaces; percent-encode them as %20.' : undefined),
    });
    if (input === undefined) return undefined;
  }

  let method = args.method;
  if (method === undefined) {
    method = await vscode.window.showQuickPick(METHODS, { title: 'Simulate Path: HTTP method', placeHolder: 'GET' });
    if (method === undefined) return undefined;
  }

  const answer = await client.sendRequest<SimulatePathResult>(SimulatePathMethod, { uri: uriString, distribution, input: input.trim(), method });
  if (answer.error || !answer.report) {
    void vscode.window.showErrorMessage(`Simulate Path: ${answer.error ?? 'no answer'}`);
    return answer;
  }
  if (answer.behaviorRange) await revealRange(uri, toRange(answer.behaviorRange));
  await showReport(reports, answer.report);
  return answer;
}

/** Opens a report as a read-only Markdown document beside the editor, keeping the focus where it is. */
export async function showReport(reports: ReportProvider, report: string): Promise<void> {
  const reportUri = reports.add(report);
  const reportDocument = await vscode.workspace.openTextDocument(reportUri);
  await vscode.languages.setTextDocumentLanguage(reportDocument, 'markdown');
  await vscode.window.showTextDocument(reportDocument, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
}
