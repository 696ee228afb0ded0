// Feature: parsing. One tolerant jsonc-parser pass over the text gives the tree and every syntax
// error; the tree is then classified. Everything else reads this result, never the text again.

import type { Node } from './jsonTree';
import { parseJson, type SyntaxError } from './parseJson';
import { classify, type DocumentModel } from './classify';

export interface ParsedDocument {
  text: string;
  root: Node | undefined;
  syntaxErrors: SyntaxError[];
  model: DocumentModel;
  /**
   * What modules compute once for this version and read again (the policy and distribution views), through
   * `derivedOf`. It is kept with the document rather than in a module's WeakMap keyed by the document: V8's minor
   * collections keep a WeakMap's values alive even when the key has died, which promoted every version's whole
   * tree to the old generation and made each collection copy it.
   */
  readonly derived: Map<symbol, unknown>;
}

/** Called once per document version. Returns the tree, its syntax errors and what the document holds. */
export function parseDocument(text: string): ParsedDocument {
  const { root, syntaxErrors } = parseJson(text);
  return { text, root, syntaxErrors, model: classify(text, root), derived: new Map() };
}

/** The value `compute` gives for this document version, computed on first use and kept with the document. */
export function derivedOf<T>(doc: ParsedDocument, key: symbol, compute: () => T): T {
  if (doc.derived.has(key)) return doc.derived.get(key) as T;
  const value = compute();
  doc.derived.set(key, value);
  return value;
}
