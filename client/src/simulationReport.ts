// Feature: what both simulation commands (Simulate Path, Simulate IAM Request) share on the VS Code side: the
// language of their texts, the read-only report documents, and revealing and highlighting ranges of the
// simulated document.

import * as vscode from 'vscode';
import type { WireRange } from '../../server/src/protocol';

export const REPORT_SCHEME = 'cloudfront-iam-lens';

/** The languages of the commands' texts, as on the server (the client shares only protocol.ts with it). */
export type Locale = 'en' | 'ja';

/** A text in every language, side by side. */
export type Localized<T> = Readonly<Record<Locale, T>>;

/** The text in VS Code's display language (`ja`, `ja-JP`…), which the server gets too; English otherwise. */
export function textOf<T>(table: Localized<T>): T {
  return table[/^ja(\b|[-_])/i.test(vscode.env.language) ? 'ja' : 'en'];
}

/** The name of a report's tab; `n` counts the reports of the session. */
const REPORT_NAME: Localized<(n: number) => string> = {
  en: (n) => `Simulation ${n}.md`,
  ja: (n) => `シミュレーション ${n}.md`,
};

/** Holds the reports, addressed by URI, for the read-only report documents. */
export class ReportProvider implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private counter = 0;

  add(text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${textOf(REPORT_NAME)(++this.counter)}` });
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

/** Opens a report as a read-only Markdown document beside the editor, keeping the focus where it is. */
/**
 * The document a simulation command applies to: the one a code lens or caller names, else the active editor's. Says
 * why and answers undefined when there is none or it is not JSON. `uriString` is the document as the server knows it.
 */
export async function commandDocument(given: string | undefined, t: { noEditor: string; notJson: string }): Promise<{ uri: vscode.Uri; uriString: string } | undefined> {
  const uriString = given ?? vscode.window.activeTextEditor?.document.uri.toString();
  if (!uriString) {
    void vscode.window.showWarningMessage(t.noEditor);
    return undefined;
  }
  const uri = vscode.Uri.parse(uriString);
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== 'json' && document.languageId !== 'jsonc') {
    void vscode.window.showWarningMessage(t.notJson);
    return undefined;
  }
  return { uri, uriString };
}

export async function showReport(reports: ReportProvider, report: string): Promise<void> {
  const reportUri = reports.add(report);
  const reportDocument = await vscode.workspace.openTextDocument(reportUri);
  await vscode.languages.setTextDocumentLanguage(reportDocument, 'markdown');
  await vscode.window.showTextDocument(reportDocument, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
}
