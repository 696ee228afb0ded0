// Test helper: a real JSON-RPC client that starts the bundled server (dist/server.js) over stdio,
// exactly as an editor would, and collects what it publishes.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  ConfigurationRequest, DidChangeConfigurationNotification, LogMessageNotification, DidChangeWorkspaceFoldersNotification, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification, PublishDiagnosticsNotification, ShutdownRequest, ExitNotification,
  type ProtocolConnection, type PublishDiagnosticsParams, type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  /** Every publishDiagnostics notification received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  stderr = '';
  exitCode: number | null = null;
  /** What the client answers to workspace/configuration for the cloudfrontIamLens section. */
  settings: unknown = {};
  /** Every window/logMessage the server sent: what VS Code shows in the extension's output channel. */
  readonly logs: { type: number; message: string }[] = [];

  constructor() {
    this.process = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => { this.stderr += String(chunk); });
    this.process.on('exit', (code) => { this.exitCode = code; });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const waiter = this.waiters[i];
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.waiters.splice(i, 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => { this.logs.push(params); });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'cloudfrontIamLens' ? this.settings : null)));
    this.connection.listen();
  }

  /** Replaces the settings and tells the server, as VS Code does when the user edits settings.json. */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async initialize(locale?: string, workspace?: { folders: string[]; pullSettings: boolean }): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      // A client that sends workspace folders also says it supports them, as VS Code does.
      capabilities: workspace ? { workspace: { configuration: workspace.pullSettings, workspaceFolders: true } } : {},
      workspaceFolders: workspace ? workspace.folders.map((uri) => ({ uri, name: uri })) : null,
      locale,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Adds and removes workspace folders, as VS Code does when the user edits a multi-root workspace. */
  async changeFolders(added: string[], removed: string[]): Promise<void> {
    const folder = (uri: string) => ({ uri, name: uri });
    await this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: added.map(folder), removed: removed.map(folder) } });
  }

  /** Waits for the next diagnostics for `uri` that satisfy `test` (by default, any). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, test, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  async open(uri: string, text: string, languageId = 'json'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text and returns the new version number. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The server may already be gone; the kill below makes sure.
    }
    this.connection.dispose();
    setTimeout(() => this.process.kill(), 200).unref();
  }
}
