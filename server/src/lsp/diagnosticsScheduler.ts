// Feature: pushing diagnostics while the user types. Each change restarts a short per-document timer;
// when it fires, the newest version is analysed and published with its version number. A result is
// never published for a version older than the document's current one.

import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface DiagnosticsSink {
  /** Analyses the document as it is now and publishes the result, unless a newer version arrives first. */
  publish(document: TextDocument): Promise<void>;
  /** Clears the diagnostics of a closed document. */
  clear(uri: string): void;
}

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly sink: DiagnosticsSink,
    private readonly current: (uri: string) => TextDocument | undefined,
    private readonly delayMs = 60,
  ) {}

  /** Called on open: analyse right away, so a freshly opened file shows its problems at once. */
  now(uri: string): void {
    this.schedule(uri, 0);
  }

  /** Called on every change: waits for a short pause in typing. */
  later(uri: string): void {
    this.schedule(uri, this.delayMs);
  }

  closed(uri: string): void {
    this.cancel(uri);
    this.sink.clear(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private schedule(uri: string, delay: number): void {
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      // The document is looked up when the timer fires, so the newest text is what gets analysed.
      const document = this.current(uri);
      if (document) void this.sink.publish(document);
    }, delay));
  }
}
