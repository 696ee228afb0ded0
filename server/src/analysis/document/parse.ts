// Feature: parsing. A front-end (source/frontEnd.ts; JSON is the first) turns the text into a value tree with spans,
// syntax errors as data, a writer for fixes and the spelling of keys, once per version; the tree is then
// classified. Everything else reads this result, never the text again.

import { JSON_FRONT_END } from '../json/frontEnd';
import { classify, type DocumentModel } from './classify';
import type { FrontEnd, SourceDocument } from '../source/frontEnd';

export interface ParsedDocument extends SourceDocument {
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
export function parseDocument(text: string, frontEnd: FrontEnd = JSON_FRONT_END): ParsedDocument {
  const source = frontEnd.parse(text);
  return {
    syntax: source.syntax, sentAsWritten: source.sentAsWritten, text: source.text, root: source.root, syntaxErrors: source.syntaxErrors, edits: source.edits, spelling: source.spelling,
    decodeString: source.decodeString, encodeInString: source.encodeInString, isClosed: source.isClosed,
    model: classify(source), derived: new Map(),
  };
}

/** The value `compute` gives for this document version, computed on first use and kept with the document. */
export function derivedOf<T>(doc: ParsedDocument, key: symbol, compute: () => T): T {
  if (doc.derived.has(key)) return doc.derived.get(key) as T;
  const value = compute();
  doc.derived.set(key, value);
  return value;
}
