// Feature: the one strict, tolerant JSON parse used for documents and for policies held in strings.

import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { SyntaxError } from './source/frontEnd';
import type { Node } from './source/tree';

export type { SyntaxError };

/**
 * Parses JSON text strictly (comments and trailing commas are errors, because AWS rejects them),
 * while still building the best tree it can. Never throws.
 */
export function parseJson(text: string): { root: Node | undefined; syntaxErrors: SyntaxError[] } {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  } catch {
    // jsonc-parser is tolerant and is not known to throw; this guard keeps the promise of never throwing.
    root = undefined;
  }
  return {
    root,
    syntaxErrors: errors.map((e) => ({ span: { offset: e.offset, length: e.length }, code: printParseErrorCode(e.error) })),
  };
}
