// Feature: decoding a JSON string literal while keeping, for every decoded character,
// the offset in the document where it came from. Policies carried as JSON strings are
// analysed in their decoded form, and every range found there is mapped back through this table.

export interface DecodedString {
  /** The decoded value. */
  value: string;
  /**
   * `offsets[i]` is the document offset of the source text that produced decoded UTF-16 unit `i`;
   * `offsets[value.length]` is the offset of the closing quote (or the end of the literal).
   */
  offsets: number[];
}

/**
 * Decodes the string literal that starts at `start` in `text` (at its opening quote) and spans `length`
 * characters. Invalid escapes are decoded leniently (the character after the backslash is kept),
 * since the parser reports them separately. Never throws.
 */
export function decodeJsonString(text: string, start: number, length: number): DecodedString {
  const end = Math.min(text.length, start + length);
  let i = start + 1;
  const closing = end - 1 > start && text.charCodeAt(end - 1) === 0x22 ? end - 1 : end;
  const parts: string[] = [];
  const offsets: number[] = [];
  while (i < closing) {
    const ch = text.charCodeAt(i);
    if (ch !== 0x5c /* \ */) {
      parts.push(text[i]);
      offsets.push(i);
      i++;
      continue;
    }
    const next = text[i + 1];
    let decoded: string;
    let width = 2;
    switch (next) {
      case 'n': decoded = '\n'; break;
      case 't': decoded = '\t'; break;
      case 'r': decoded = '\r'; break;
      case 'b': decoded = '\b'; break;
      case 'f': decoded = '\f'; break;
      case 'u': {
        const hex = text.slice(i + 2, i + 6);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          decoded = String.fromCharCode(parseInt(hex, 16));
          width = 6;
        } else {
          decoded = 'u';
        }
        break;
      }
      case undefined: decoded = ''; width = 1; break;
      default: decoded = next; break;
    }
    if (decoded.length > 0) {
      parts.push(decoded);
      offsets.push(i);
    }
    i += width;
  }
  offsets.push(Math.min(i, closing));
  return { value: parts.join(''), offsets };
}

/** Encodes text as the body of a JSON string literal: what goes between the quotes. */
export function encodeJsonStringBody(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/**
 * Rewrites a snippet (LSP snippet syntax) so that the text it expands to is encoded for the body of a JSON
 * string, while its tab stops, placeholders and choices stay as they are. JSON encoding changes only `"`,
 * `\` and control characters, and none of them is snippet syntax except `\`, which escapes `$`, `}`, `\`
 * (and `,` and `|` in a choice). So a literal `"` becomes `\\"` (the snippet form of `\"`), a literal
 * backslash, escaped or not, becomes `\\\\` (the snippet form of `\\`), and other escapes are kept. The
 * completion modules write `\,` and `\|` only inside choices, where they are escapes.
 */
export function encodeSnippetForJsonString(snippet: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what JSON requires to be escaped
  return snippet.replace(/\\([$}\\,|])|\\|["\u0000-\u001f]/g, (match, escaped: string | undefined) => {
    if (escaped !== undefined) return escaped === '\\' ? '\\\\\\\\' : match;
    if (match === '\\') return '\\\\\\\\';
    return encodeJsonStringBody(match).replace(/\\/g, '\\\\');
  });
}
