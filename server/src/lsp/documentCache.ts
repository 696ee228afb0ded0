// Feature: one parse per document version. Every feature (diagnostics, code actions, later hover and
// code lenses) asks this cache, so a version is parsed and analysed once however many requests arrive.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, parseDocument, type AnalysisOptions, type Finding, type ParsedDocument } from '../analysis';

export interface AnalysedDocument {
  version: number;
  parsed: ParsedDocument;
  /** Computed on first use. */
  findings(): Finding[];
}

/** Keeps the analysis of recently used documents; closed documents are dropped at once. */
export class DocumentCache {
  private readonly entries = new Map<string, AnalysedDocument>();

  /** `options` is read on every analysis; call `clear()` when it changes. */
  constructor(private readonly options: () => AnalysisOptions, private readonly maxEntries = 64) {}

  get(document: TextDocument): AnalysedDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) {
      // Refresh the entry's place in the eviction order.
      this.entries.delete(document.uri);
      this.entries.set(document.uri, cached);
      return cached;
    }
    const parsed = parseDocument(document.getText());
    let findings: Finding[] | undefined;
    const entry: AnalysedDocument = {
      version: document.version,
      parsed,
      findings: () => (findings ??= analyzeDocument(parsed, this.options())),
    };
    this.entries.delete(document.uri);
    this.entries.set(document.uri, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return entry;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
