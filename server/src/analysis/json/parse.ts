// Feature: the one strict, tolerant JSON parse used for documents and for policies held in strings.

import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { NESTING_TOO_DEEP, type SyntaxError } from '../source/frontEnd';
import type { Node } from '../source/tree';

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
    // jsonc-parser recurses once per level of nesting, so a document nested some thousands of levels deep exhausts
    // the stack. Nothing of it can be read: say so, at the bracket where the nesting is deepest.
    const deepest = deepestBracket(text);
    return { root: undefined, syntaxErrors: [{ span: { offset: deepest.offset, length: 1 }, code: NESTING_TOO_DEEP, depth: deepest.depth }] };
  }
  return {
    root,
    syntaxErrors: errors.map((e) => ({ span: { offset: e.offset, length: e.length }, code: printParseErrorCode(e.error) })),
  };
}

/** The opening bracket (outside strings) at the greatest depth, and that depth. */
function deepestBracket(text: string): { offset: number; depth: number } {
  let depth = 0;
  let best = { offset: 0, depth: 0 };
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > best.depth) best = { offset: i, depth };
    } else if (c === 0x7d || c === 0x5d) {
      depth = Math.max(0, depth - 1);
    }
  }
  return best;
}
