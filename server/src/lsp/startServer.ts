// Feature: the language server. Registers every handler in one block; each handler looks up the
// document, takes the cached analysis of its version, and converts the result to LSP.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type InitializeResult,
} from 'vscode-languageserver/node';
import { DocumentCache } from './documentCache';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { runSafe } from './runSafe';
import { toCodeAction, toDiagnostic, toSpan } from './toLsp';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new DocumentCache();
  const logger = { error: (message: string) => connection.console.error(message) };

  const scheduler = new DiagnosticsScheduler({
    publish(document) {
      const diagnostics = runSafe(logger, () => cache.get(document).findings().map((f) => toDiagnostic(document, f)), [], 'Diagnostics');
      if (!Array.isArray(diagnostics)) return;
      // The analysis ran synchronously on the current version, so this is never stale.
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    },
    clear(uri) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  }, (uri) => documents.get(uri));

  connection.onInitialize((): InitializeResult => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'cloudfront-iam-lens' },
  }));

  documents.onDidOpen((e) => scheduler.now(e.document.uri));
  documents.onDidChangeContent((e) => scheduler.later(e.document.uri));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    scheduler.closed(e.document.uri);
  });

  connection.onCodeAction((params, token) => runSafe(logger, () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const wanted = toSpan(document, params.range);
    const actions: CodeAction[] = [];
    for (const finding of cache.get(document).findings()) {
      if (!finding.fixes?.length) continue;
      const overlaps = finding.span.offset <= wanted.offset + wanted.length && wanted.offset <= finding.span.offset + finding.span.length;
      if (!overlaps) continue;
      const diagnostic = toDiagnostic(document, finding);
      for (const fix of finding.fixes) actions.push(toCodeAction(document, fix, diagnostic));
    }
    return actions;
  }, [], 'Code actions', token));

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}
