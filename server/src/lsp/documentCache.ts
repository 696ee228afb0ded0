// Feature: one parse per document version. Every feature (diagnostics, code actions, later hover and
// code lenses) asks this cache, so a version is parsed and analysed once however many requests arrive.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeInSteps, parseDocument, type AnalysisOptions, type Finding, type ParsedDocument } from '../analysis';

export interface AnalysedDocument {
  version: number;
  parsed: ParsedDocument;
  /** Computed on first use, at once. */
  findings(): Finding[];
  /**
   * Computed on first use; on a large document, rule by rule with a pause between rules, so requests such as
   * hover and completion are answered meanwhile. Resolves to undefined, leaving the work unfinished, as soon
   * as `stillWanted` says no (a newer version arrived).
   */
  findingsInBackground(stillWanted: () => boolean): Promise<Finding[] | undefined>;
}

/** Documents at least this long are analysed rule by rule in the background. */
export const LARGE_DOCUMENT = 200_000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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
    // One generator per version, shared by both ways of asking, so no rule ever runs twice.
    let steps: Generator<void, Finding[], void> | undefined;
    const step = (): void => {
      steps ??= analyzeInSteps(parsed, this.options());
      const next = steps.next();
      if (next.done) findings = next.value;
    };
    const entry: AnalysedDocument = {
      version: document.version,
      parsed,
      findings: () => {
        while (findings === undefined) step();
        return findings;
      },
      findingsInBackground: async (stillWanted) => {
        const large = parsed.text.length >= LARGE_DOCUMENT;
        while (findings === undefined) {
          if (!stillWanted()) return undefined;
          step();
          if (large) await nextTurn();
        }
        return findings;
      },
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
