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
}

/** Called once per document version. Returns the tree, its syntax errors and what the document holds. */
export function parseDocument(text: string): ParsedDocument {
  const { root, syntaxErrors } = parseJson(text);
  return { text, root, syntaxErrors, model: classify(text, root) };
}
