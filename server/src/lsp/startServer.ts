// Feature: the language server. Registers every handler in one block; each handler looks up the
// document, takes the cached analysis of its version, and converts the result to LSP.

import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type CodeAction, type Connection, type InitializeResult,
} from 'vscode-languageserver/node';
import {
  AnalysisCache, codeLenses, completeAt, DEFAULT_OPTIONS, distributionList, hoverAt, iamCodeLenses, iamSimulationReply, pathSimulationReply, pick,
  policyList, rewritesAt, simulateIamRequest, simulatePath, spansOverlap, toLocale, type AnalysisOptions, type Localized,
} from '../analysis';
import {
  DistributionsMethod, PoliciesMethod, SETTINGS_SECTION, SimulateIamRequestMethod, SimulatePathMethod,
  type DistributionInfo, type DistributionsParams, type PoliciesParams, type PolicyInfo, type SimulateIamRequestParams,
  type SimulateIamRequestResult, type SimulatePathParams, type SimulatePathResult, type SimulationErrorWire,
} from '../protocol';
import { createFileFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, globPathOf, sanitizeSettings } from '../settings';
import { DocumentCache } from './documentCache';
import { ruleDocLinks } from './ruleDocs';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { loadCatalogInBackground } from './loadCatalogInBackground';
import { runSafe } from './runSafe';
import {
  toCodeAction, toCodeLens, toCompletionItem, toDiagnostic, toDistributionInfo, toHover, toIamCodeLens, toPolicyInfo, toRefactorAction,
  toSimulateIamRequestResult, toSimulatePathResult, toSpan,
} from './toLsp';

/** What a simulation request answers when the server failed on it; the failure itself goes to the output channel. */
const INTERNAL_ERROR: Localized<string> = {
  en: 'Internal error; see the output channel.',
  ja: '内部エラーが起きました。出力チャネルを確認してください。',
};

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // One analysis cache for the server's lifetime: answers remembered across documents and versions (analysis/cache.ts).
  let options: AnalysisOptions = { ...DEFAULT_OPTIONS, cache: new AnalysisCache() };
  // Which files are analysed (cloudfrontIamLens.files.include / exclude), against paths in the workspace folders.
  // The folders come with `initialize` and follow workspace/didChangeWorkspaceFolders.
  let folderUris: string[] = [];
  let analysesFile = createFileFilter(DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
  let canPullSettings = false;
  let canFollowFolders = false;
  const cache = new DocumentCache(() => options);
  let docLinks = ruleDocLinks(options.locale);
  /** The open document, if the user's file settings let it be analysed. */
  const analysedDocument = (uri: string): TextDocument | undefined => {
    const document = documents.get(uri);
    return document && analysesFile(globPathOf(uri, folderUris)) ? document : undefined;
  };
  const logger = { error: (message: string) => connection.console.error(message) };

  const scheduler = new DiagnosticsScheduler({
    async publish(document) {
      const current = (): boolean => documents.get(document.uri)?.version === document.version;
      if (!analysedDocument(document.uri)) {
        // Excluded by the settings (possibly just now): whatever was shown before goes away.
        void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
        return;
      }
      try {
        const findings = await cache.get(document).findingsInBackground(current);
        // When a newer version arrived meanwhile, its own timer publishes its result; this one is dropped.
        if (!findings || !current()) return;
        void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: findings.map((f) => toDiagnostic(document, f, docLinks)) });
      } catch (error) {
        logger.error(`Diagnostics failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
    },
    clear(uri) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  }, (uri) => documents.get(uri));

  connection.onInitialize((params): InitializeResult => {
    // VS Code sends its display language; messages follow it.
    options = { ...options, locale: toLocale(params.locale) };
    docLinks = ruleDocLinks(options.locale);
    folderUris = (params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []);
    canPullSettings = params.capabilities.workspace?.configuration === true;
    canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
    return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      // The file globs are matched relative to a workspace folder, so adding or removing one changes the answer.
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
      hoverProvider: true,
      // A quote opens a key or a string value; a colon starts a value.
      completionProvider: { triggerCharacters: ['"', ':'] },
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'cloudfront-iam-lens' },
    };
  });

  documents.onDidOpen((e) => scheduler.now(e.document.uri));
  documents.onDidChangeContent((e) => scheduler.later(e.document.uri));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    scheduler.closed(e.document.uri);
  });

  connection.onCodeAction((params, token) => runSafe(logger, () => {
    const document = analysedDocument(params.textDocument.uri);
    if (!document) return [];
    const wanted = toSpan(document, params.range);
    const actions: CodeAction[] = [];
    for (const finding of cache.get(document).findings()) {
      if (!finding.fixes?.length) continue;
      if (!spansOverlap(finding.span, wanted)) continue;
      const diagnostic = toDiagnostic(document, finding, docLinks);
      for (const fix of finding.fixes) actions.push(toCodeAction(document, fix, diagnostic));
    }
    const only = params.context.only;
    if (!only || only.some((kind) => CodeActionKind.RefactorRewrite.startsWith(kind))) {
      for (const fix of rewritesAt(cache.get(document).parsed, wanted, options)) actions.push(toRefactorAction(document, fix));
    }
    return actions;
  }, [], 'Code actions', token));

  connection.onHover((params, token) => runSafe(logger, () => {
    const document = analysedDocument(params.textDocument.uri);
    if (!document) return null;
    const info = hoverAt(cache.get(document).parsed, document.offsetAt(params.position), options);
    return info ? toHover(document, info) : null;
  }, null, 'Hover', token));

  connection.onCompletion((params, token) => runSafe(logger, () => {
    const document = analysedDocument(params.textDocument.uri);
    if (!document) return [];
    return completeAt(cache.get(document).parsed, document.offsetAt(params.position), options).map((entry) => toCompletionItem(document, entry));
  }, [], 'Completion', token));

  connection.onCodeLens((params, token) => runSafe(logger, () => {
    const document = analysedDocument(params.textDocument.uri);
    if (!document) return [];
    const parsed = cache.get(document).parsed;
    return codeLenses(parsed, options).map((lens) => toCodeLens(document, lens))
      .concat(iamCodeLenses(parsed, options).map((lens) => toIamCodeLens(document, lens)));
  }, [], 'Code lenses', token));

  const internalError = (): { error: SimulationErrorWire } => ({ error: { code: 'internal', message: pick(INTERNAL_ERROR, options.locale) } });

  connection.onRequest(DistributionsMethod, (params: DistributionsParams, token: CancellationToken) => runSafe(logger, (): DistributionInfo[] => {
    const document = documents.get(params.uri);
    if (!document) return [];
    return distributionList(cache.get(document).parsed).map((entry) => toDistributionInfo(document, entry));
  }, [], 'Distributions', token));

  connection.onRequest(SimulatePathMethod, (params: SimulatePathParams, token: CancellationToken) => runSafe(logger, (): SimulatePathResult => {
    const document = documents.get(params.uri);
    const answer = simulatePath(document && cache.get(document).parsed, params, { locale: options.locale, semantics: options.semantics, cache: options.cache });
    const reply = pathSimulationReply(answer, options.locale);
    return document ? toSimulatePathResult(document, reply) : { error: reply.error };
  }, internalError(), 'Simulate path', token));

  connection.onRequest(PoliciesMethod, (params: PoliciesParams, token: CancellationToken) => runSafe(logger, (): PolicyInfo[] => {
    const document = documents.get(params.uri);
    if (!document) return [];
    return policyList(cache.get(document).parsed, options).map((entry) => toPolicyInfo(document, entry));
  }, [], 'Policies', token));

  connection.onRequest(SimulateIamRequestMethod, (params: SimulateIamRequestParams, token: CancellationToken) => runSafe(logger, (): SimulateIamRequestResult => {
    const document = documents.get(params.uri);
    const answer = simulateIamRequest(document && cache.get(document).parsed, params, { locale: options.locale, catalog: options.catalog });
    const reply = iamSimulationReply(answer, options.locale);
    return document ? toSimulateIamRequestResult(document, reply) : { error: reply.error };
  }, internalError(), 'Simulate IAM request', token));

  /** Every open document again: its diagnostics, or empty ones when the file globs exclude it now. */
  const reanalyseOpenDocuments = (): void => {
    for (const document of documents.all()) scheduler.now(document.uri);
  };

  /**
   * Reads the cloudfrontIamLens settings and analyses every open document again under them, so turning a rule
   * off, changing a quota or a file glob shows at once.
   */
  const refreshSettings = async (): Promise<void> => {
    if (!canPullSettings) return;
    try {
      const raw: unknown = await connection.workspace.getConfiguration(SETTINGS_SECTION);
      const settings = sanitizeSettings(raw, options.locale);
      for (const problem of settings.problems) connection.console.warn(problem);
      options = { ...settings.options, catalog: options.catalog, cache: options.cache };
      analysesFile = createFileFilter(settings.include, settings.exclude);
    } catch (error) {
      logger.error(`Reading the settings failed; the defaults stay in force. ${String(error)}`);
      return;
    }
    cache.clear();
    reanalyseOpenDocuments();
  };
  connection.onInitialized(() => {
    void refreshSettings();
    // Only a client that declared workspace folders sends their changes (the static capability above
    // registers for them, so no dynamic registration is needed).
    if (!canFollowFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      const kept = folderUris.filter((uri) => !removed.has(uri));
      folderUris = kept.concat(event.added.map((f) => f.uri).filter((uri) => !kept.includes(uri)));
      reanalyseOpenDocuments();
    });
  });
  connection.onDidChangeConfiguration(() => void refreshSettings());

  connection.onShutdown(() => scheduler.dispose());

  // The IAM action catalog loads in the background and is kept in `options.catalog` (keep it when options
  // are replaced). Once it is there, the open documents that hold policies, the only ones its rules read,
  // are analysed again to gain the catalog's findings.
  loadCatalogInBackground(connection.console, (catalog) => {
    options = { ...options, catalog };
    for (const document of documents.all()) {
      if (!cache.get(document).parsed.model.kinds.includes('iam-policy')) continue;
      cache.delete(document.uri);
      scheduler.now(document.uri);
    }
  });

  documents.listen(connection);
  connection.listen();
}
