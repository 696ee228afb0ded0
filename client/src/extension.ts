// Feature: the VS Code side. Starts the language server over IPC for JSON and JSONC documents and
// keeps it running: the language client restarts a crashed server on its own.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { COMMANDS, SETTINGS_SECTION } from '../../server/src/protocol';
import { simulateIamRequest, type SimulateIamRequestArgs } from './simulateIamRequest';
import { simulatePath } from './simulatePath';
import { REPORT_SCHEME, ReportProvider, revealRange } from './simulationReport';

let client: LanguageClient | undefined;

/**
 * Restarts the server after every crash, but gives up (and says so) when it crashes five times
 * within three minutes, which means something in the environment is broken rather than one document.
 */
function restartingErrorHandler(channel: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > 3 * 60_000) crashes.shift();
      if (crashes.length >= 5) {
        channel.appendLine('The language server stopped 5 times in 3 minutes and will not be restarted.');
        return { action: CloseAction.DoNotRestart, message: 'CloudFront & IAM Lens: the language server keeps crashing. See the output channel for details.' };
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('CloudFront & IAM Lens', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'json' },
      { language: 'jsonc' },
    ],
    outputChannel,
    errorHandler: restartingErrorHandler(outputChannel),
    synchronize: { configurationSection: SETTINGS_SECTION },
  };
  client = new LanguageClient('cloudfrontIamLens', 'CloudFront & IAM Lens', serverOptions, clientOptions);
  const reports = new ReportProvider();
  const started = client;
  context.subscriptions.push(
    outputChannel,
    reports,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    vscode.commands.registerCommand(COMMANDS.simulatePath, (uri?: string | vscode.Uri, distribution?: number, path?: string, method?: string) =>
      simulatePath(started, reports, { uri: uri?.toString(), distribution, path, method })),
    vscode.commands.registerCommand(COMMANDS.simulateIamRequest, (uri?: string | vscode.Uri, policy?: number, action?: string, resource?: string, context?: SimulateIamRequestArgs['context'], principal?: string) =>
      simulateIamRequest(started, reports, { uri: uri?.toString(), policy, action, resource, context, principal })),
    vscode.commands.registerCommand(COMMANDS.revealRange, async (uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      await revealRange(vscode.Uri.parse(uri), new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
