// Feature: jsonc-parser's `parseTree`, ported (jsonc-parser 3.3.1, lib/esm/impl/scanner.js and parser.js,
// Copyright (c) Microsoft Corporation, MIT License) with the visitor inlined, for the one parse per document
// version. The port builds the same tree (the same nodes, members in the same order) and reports the same
// errors as jsonc-parser's own `parseTree`; test/unit/jsonc.test.ts compares the two on the corpus, mutations
// of it and random text. What it leaves out is what `parseTree` never reads and costs most on large documents:
// the text of white-space tokens (jsonc-parser builds it one character at a time), line and column counting,
// and the JSON path and the callbacks that `visit` prepares for every value.

import type { Node, ParseError, ParseErrorCode, ParseOptions } from 'jsonc-parser';

// Token kinds, scan errors and parse error codes: the numbers of jsonc-parser's const enums.
const OPEN_BRACE: number = 1;
const CLOSE_BRACE: number = 2;
const OPEN_BRACKET: number = 3;
const CLOSE_BRACKET: number = 4;
const COMMA: number = 5;
const COLON: number = 6;
const NULL_KEYWORD: number = 7;
const TRUE_KEYWORD: number = 8;
const FALSE_KEYWORD: number = 9;
const STRING_LITERAL: number = 10;
const NUMERIC_LITERAL: number = 11;
const LINE_COMMENT: number = 12;
const BLOCK_COMMENT: number = 13;
const LINE_BREAK: number = 14;
const TRIVIA: number = 15;
const UNKNOWN: number = 16;
const EOF: number = 17;

const SCAN_NONE: number = 0;
const SCAN_END_OF_COMMENT: number = 1;
const SCAN_END_OF_STRING: number = 2;
const SCAN_END_OF_NUMBER: number = 3;
const SCAN_INVALID_UNICODE: number = 4;
const SCAN_INVALID_ESCAPE: number = 5;
const SCAN_INVALID_CHARACTER: number = 6;

const INVALID_SYMBOL: number = 1;
const INVALID_NUMBER_FORMAT: number = 2;
const PROPERTY_NAME_EXPECTED: number = 3;
const VALUE_EXPECTED: number = 4;
const COLON_EXPECTED: number = 5;
const COMMA_EXPECTED: number = 6;
const CLOSE_BRACE_EXPECTED: number = 7;
const CLOSE_BRACKET_EXPECTED: number = 8;
const END_OF_FILE_EXPECTED: number = 9;
const INVALID_COMMENT_TOKEN: number = 10;
const UNEXPECTED_END_OF_COMMENT: number = 11;
const UNEXPECTED_END_OF_STRING: number = 12;
const UNEXPECTED_END_OF_NUMBER: number = 13;
const INVALID_UNICODE: number = 14;
const INVALID_ESCAPE_CHARACTER: number = 15;
const INVALID_CHARACTER: number = 16;

function isWhiteSpace(ch: number): boolean {
  return ch === 32 || ch === 9;
}

function isLineBreak(ch: number): boolean {
  return ch === 10 || ch === 13;
}

function isDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/** jsonc-parser's scanner, without the text of white space and line breaks, which nothing reads. */
class Scanner {
  private pos = 0;
  value = '';
  tokenOffset = 0;
  token = UNKNOWN;
  scanError = SCAN_NONE;
  private readonly len: number;

  constructor(private readonly text: string) {
    this.len = text.length;
  }

  get tokenLength(): number {
    return this.pos - this.tokenOffset;
  }

  private scanHexDigits(count: number, exact: boolean): number {
    let digits = 0;
    let value = 0;
    while (digits < count || !exact) {
      const ch = this.text.charCodeAt(this.pos);
      if (ch >= 48 && ch <= 57) value = value * 16 + ch - 48;
      else if (ch >= 65 && ch <= 70) value = value * 16 + ch - 65 + 10;
      else if (ch >= 97 && ch <= 102) value = value * 16 + ch - 97 + 10;
      else break;
      this.pos++;
      digits++;
    }
    if (digits < count) value = -1;
    return value;
  }

  private scanNumber(): string {
    const text = this.text;
    const start = this.pos;
    if (text.charCodeAt(this.pos) === 48) {
      this.pos++;
    } else {
      this.pos++;
      while (this.pos < text.length && isDigit(text.charCodeAt(this.pos))) this.pos++;
    }
    if (this.pos < text.length && text.charCodeAt(this.pos) === 46) {
      this.pos++;
      if (this.pos < text.length && isDigit(text.charCodeAt(this.pos))) {
        this.pos++;
        while (this.pos < text.length && isDigit(text.charCodeAt(this.pos))) this.pos++;
      } else {
        this.scanError = SCAN_END_OF_NUMBER;
        return text.substring(start, this.pos);
      }
    }
    let end = this.pos;
    if (this.pos < text.length && (text.charCodeAt(this.pos) === 69 || text.charCodeAt(this.pos) === 101)) {
      this.pos++;
      // As in jsonc-parser: `&&` binds tighter than `||` here.
      if ((this.pos < text.length && text.charCodeAt(this.pos) === 43) || text.charCodeAt(this.pos) === 45) this.pos++;
      if (this.pos < text.length && isDigit(text.charCodeAt(this.pos))) {
        this.pos++;
        while (this.pos < text.length && isDigit(text.charCodeAt(this.pos))) this.pos++;
        end = this.pos;
      } else {
        this.scanError = SCAN_END_OF_NUMBER;
      }
    }
    return text.substring(start, end);
  }

  private scanString(): string {
    const text = this.text;
    const len = this.len;
    let result = '';
    let start = this.pos;
    for (;;) {
      if (this.pos >= len) {
        result += text.substring(start, this.pos);
        this.scanError = SCAN_END_OF_STRING;
        break;
      }
      const ch = text.charCodeAt(this.pos);
      if (ch === 34) {
        result += text.substring(start, this.pos);
        this.pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, this.pos);
        this.pos++;
        if (this.pos >= len) {
          this.scanError = SCAN_END_OF_STRING;
          break;
        }
        const ch2 = text.charCodeAt(this.pos++);
        switch (ch2) {
          case 34: result += '"'; break;
          case 92: result += '\\'; break;
          case 47: result += '/'; break;
          case 98: result += '\b'; break;
          case 102: result += '\f'; break;
          case 110: result += '\n'; break;
          case 114: result += '\r'; break;
          case 116: result += '\t'; break;
          case 117: {
            const ch3 = this.scanHexDigits(4, true);
            if (ch3 >= 0) result += String.fromCharCode(ch3);
            else this.scanError = SCAN_INVALID_UNICODE;
            break;
          }
          default:
            this.scanError = SCAN_INVALID_ESCAPE;
        }
        start = this.pos;
        continue;
      }
      if (ch >= 0 && ch <= 0x1f) {
        if (isLineBreak(ch)) {
          result += text.substring(start, this.pos);
          this.scanError = SCAN_END_OF_STRING;
          break;
        } else {
          // Marked as an error; the string goes on.
          this.scanError = SCAN_INVALID_CHARACTER;
        }
      }
      this.pos++;
    }
    return result;
  }

  scan(): number {
    const text = this.text;
    const len = this.len;
    this.value = '';
    this.scanError = SCAN_NONE;
    this.tokenOffset = this.pos;
    if (this.pos >= len) {
      this.tokenOffset = len;
      return (this.token = EOF);
    }
    let code = text.charCodeAt(this.pos);
    if (isWhiteSpace(code)) {
      do {
        this.pos++;
        code = text.charCodeAt(this.pos);
      } while (isWhiteSpace(code));
      return (this.token = TRIVIA);
    }
    if (isLineBreak(code)) {
      this.pos++;
      if (code === 13 && text.charCodeAt(this.pos) === 10) this.pos++;
      return (this.token = LINE_BREAK);
    }
    switch (code) {
      case 123:
        this.pos++;
        return (this.token = OPEN_BRACE);
      case 125:
        this.pos++;
        return (this.token = CLOSE_BRACE);
      case 91:
        this.pos++;
        return (this.token = OPEN_BRACKET);
      case 93:
        this.pos++;
        return (this.token = CLOSE_BRACKET);
      case 58:
        this.pos++;
        return (this.token = COLON);
      case 44:
        this.pos++;
        return (this.token = COMMA);
      case 34:
        this.pos++;
        this.value = this.scanString();
        return (this.token = STRING_LITERAL);
      case 47: {
        const start = this.pos - 1;
        if (text.charCodeAt(this.pos + 1) === 47) {
          this.pos += 2;
          while (this.pos < len) {
            if (isLineBreak(text.charCodeAt(this.pos))) break;
            this.pos++;
          }
          this.value = text.substring(start, this.pos);
          return (this.token = LINE_COMMENT);
        }
        if (text.charCodeAt(this.pos + 1) === 42) {
          this.pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (this.pos < safeLength) {
            const ch = text.charCodeAt(this.pos);
            if (ch === 42 && text.charCodeAt(this.pos + 1) === 47) {
              this.pos += 2;
              commentClosed = true;
              break;
            }
            this.pos++;
            if (isLineBreak(ch) && ch === 13 && text.charCodeAt(this.pos) === 10) this.pos++;
          }
          if (!commentClosed) {
            this.pos++;
            this.scanError = SCAN_END_OF_COMMENT;
          }
          this.value = text.substring(start, this.pos);
          return (this.token = BLOCK_COMMENT);
        }
        this.value += String.fromCharCode(code);
        this.pos++;
        return (this.token = UNKNOWN);
      }
      case 45:
        this.value += String.fromCharCode(code);
        this.pos++;
        if (this.pos === len || !isDigit(text.charCodeAt(this.pos))) return (this.token = UNKNOWN);
        // A minus followed by a digit is the start of a number, as in jsonc-parser.
        this.value += this.scanNumber();
        return (this.token = NUMERIC_LITERAL);
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: case 56: case 57:
        this.value += this.scanNumber();
        return (this.token = NUMERIC_LITERAL);
      default:
        while (this.pos < len && isUnknownContentCharacter(code)) {
          this.pos++;
          code = text.charCodeAt(this.pos);
        }
        if (this.tokenOffset !== this.pos) {
          this.value = text.substring(this.tokenOffset, this.pos);
          switch (this.value) {
            case 'true': return (this.token = TRUE_KEYWORD);
            case 'false': return (this.token = FALSE_KEYWORD);
            case 'null': return (this.token = NULL_KEYWORD);
          }
          return (this.token = UNKNOWN);
        }
        this.value += String.fromCharCode(code);
        this.pos++;
        return (this.token = UNKNOWN);
    }
  }
}

function isUnknownContentCharacter(code: number): boolean {
  if (isWhiteSpace(code) || isLineBreak(code)) return false;
  switch (code) {
    case 125: case 93: case 123: case 91: case 34: case 58: case 44: case 47:
      return false;
  }
  return true;
}

/** jsonc-parser's Node, which the parser fills in as it goes (the package's type is read-only). */
interface MutableNode {
  type: Node['type'];
  value?: unknown;
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: MutableNode;
  children?: MutableNode[];
}

function getNodeType(value: unknown): Node['type'] {
  switch (typeof value) {
    case 'boolean': return 'boolean';
    case 'number': return 'number';
    case 'string': return 'string';
    case 'object': return !value ? 'null' : Array.isArray(value) ? 'array' : 'object';
    default: return 'null';
  }
}

/**
 * The same as jsonc-parser's `parseTree(text, errors, options)`: the tree of the text, as tolerant of errors
 * as jsonc-parser, with every error pushed onto `errors`.
 */
export function parseTree(text: string, errors: ParseError[] = [], options: ParseOptions = { allowTrailingComma: false }): Node | undefined {
  const scanner = new Scanner(text);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  // An artificial root, as in jsonc-parser; the parsed value is its one child.
  let currentParent: MutableNode = { type: 'array', offset: -1, length: -1, children: [], parent: undefined };

  const ensurePropertyComplete = (endOffset: number): void => {
    if (currentParent.type === 'property') {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent as MutableNode;
    }
  };
  const onValue = (valueNode: MutableNode): MutableNode => {
    (currentParent.children as MutableNode[]).push(valueNode);
    return valueNode;
  };
  const onLiteralValue = (value: unknown): void => {
    const offset = scanner.tokenOffset;
    const length = scanner.tokenLength;
    onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
    ensurePropertyComplete(offset + length);
  };
  const onError = (error: number): void => {
    errors.push({ error: error as ParseErrorCode, offset: scanner.tokenOffset, length: scanner.tokenLength });
  };

  const scanNext = (): number => {
    for (;;) {
      const token = scanner.scan();
      switch (scanner.scanError) {
        case SCAN_INVALID_UNICODE: handleError(INVALID_UNICODE); break;
        case SCAN_INVALID_ESCAPE: handleError(INVALID_ESCAPE_CHARACTER); break;
        case SCAN_END_OF_NUMBER: handleError(UNEXPECTED_END_OF_NUMBER); break;
        case SCAN_END_OF_COMMENT: if (!disallowComments) handleError(UNEXPECTED_END_OF_COMMENT); break;
        case SCAN_END_OF_STRING: handleError(UNEXPECTED_END_OF_STRING); break;
        case SCAN_INVALID_CHARACTER: handleError(INVALID_CHARACTER); break;
      }
      switch (token) {
        case LINE_COMMENT:
        case BLOCK_COMMENT:
          // parseTree has no comment callback; a comment is an error only where comments are disallowed.
          if (disallowComments) handleError(INVALID_COMMENT_TOKEN);
          break;
        case UNKNOWN:
          handleError(INVALID_SYMBOL);
          break;
        case TRIVIA:
        case LINE_BREAK:
          break;
        default:
          return token;
      }
    }
  };

  const handleError = (error: number, skipUntilAfter: number[] = [], skipUntil: number[] = []): void => {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = scanner.token;
      while (token !== EOF) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  };

  const parseString = (isValue: boolean): boolean => {
    const value = scanner.value;
    if (isValue) {
      onLiteralValue(value);
    } else {
      const offset = scanner.tokenOffset;
      const length = scanner.tokenLength;
      currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
      (currentParent.children as MutableNode[]).push({ type: 'string', value, offset, length, parent: currentParent });
    }
    scanNext();
    return true;
  };

  const parseLiteral = (): boolean => {
    switch (scanner.token) {
      case NUMERIC_LITERAL: {
        let value = Number(scanner.value);
        if (isNaN(value)) {
          handleError(INVALID_NUMBER_FORMAT);
          value = 0;
        }
        onLiteralValue(value);
        break;
      }
      case NULL_KEYWORD: onLiteralValue(null); break;
      case TRUE_KEYWORD: onLiteralValue(true); break;
      case FALSE_KEYWORD: onLiteralValue(false); break;
      default: return false;
    }
    scanNext();
    return true;
  };

  const onSeparator = (sep: ':' | ','): void => {
    if (currentParent.type === 'property') {
      if (sep === ':') currentParent.colonOffset = scanner.tokenOffset;
      else ensurePropertyComplete(scanner.tokenOffset);
    }
  };

  const parseProperty = (): boolean => {
    if (scanner.token !== STRING_LITERAL) {
      handleError(PROPERTY_NAME_EXPECTED, [], [CLOSE_BRACE, COMMA]);
      return false;
    }
    parseString(false);
    if (scanner.token === COLON) {
      onSeparator(':');
      scanNext();
      if (!parseValue()) handleError(VALUE_EXPECTED, [], [CLOSE_BRACE, COMMA]);
    } else {
      handleError(COLON_EXPECTED, [], [CLOSE_BRACE, COMMA]);
    }
    return true;
  };

  const onContainerEnd = (): void => {
    const end = scanner.tokenOffset + scanner.tokenLength;
    currentParent.length = end - currentParent.offset;
    currentParent = currentParent.parent as MutableNode;
    ensurePropertyComplete(end);
  };

  const parseObject = (): boolean => {
    currentParent = onValue({ type: 'object', offset: scanner.tokenOffset, length: -1, parent: currentParent, children: [] });
    scanNext();
    let needsComma = false;
    while (scanner.token !== CLOSE_BRACE && scanner.token !== EOF) {
      if (scanner.token === COMMA) {
        if (!needsComma) handleError(VALUE_EXPECTED, [], []);
        onSeparator(',');
        scanNext();
        if (scanner.token === CLOSE_BRACE && allowTrailingComma) break;
      } else if (needsComma) {
        handleError(COMMA_EXPECTED, [], []);
      }
      if (!parseProperty()) handleError(VALUE_EXPECTED, [], [CLOSE_BRACE, COMMA]);
      needsComma = true;
    }
    // A property still missing its value is completed first.
    ensurePropertyComplete(scanner.tokenOffset + scanner.tokenLength);
    onContainerEnd();
    if (scanner.token !== CLOSE_BRACE) handleError(CLOSE_BRACE_EXPECTED, [CLOSE_BRACE], []);
    else scanNext();
    return true;
  };

  const parseArray = (): boolean => {
    currentParent = onValue({ type: 'array', offset: scanner.tokenOffset, length: -1, parent: currentParent, children: [] });
    scanNext();
    let needsComma = false;
    while (scanner.token !== CLOSE_BRACKET && scanner.token !== EOF) {
      if (scanner.token === COMMA) {
        if (!needsComma) handleError(VALUE_EXPECTED, [], []);
        onSeparator(',');
        scanNext();
        if (scanner.token === CLOSE_BRACKET && allowTrailingComma) break;
      } else if (needsComma) {
        handleError(COMMA_EXPECTED, [], []);
      }
      if (!parseValue()) handleError(VALUE_EXPECTED, [], [CLOSE_BRACKET, COMMA]);
      needsComma = true;
    }
    onContainerEnd();
    if (scanner.token !== CLOSE_BRACKET) handleError(CLOSE_BRACKET_EXPECTED, [CLOSE_BRACKET], []);
    else scanNext();
    return true;
  };

  const parseValue = (): boolean => {
    switch (scanner.token) {
      case OPEN_BRACKET: return parseArray();
      case OPEN_BRACE: return parseObject();
      case STRING_LITERAL: return parseString(true);
      default: return parseLiteral();
    }
  };

  scanNext();
  if (scanner.token === EOF) {
    if (!options.allowEmptyContent) handleError(VALUE_EXPECTED, [], []);
  } else if (!parseValue()) {
    handleError(VALUE_EXPECTED, [], []);
  } else if (scanner.token !== EOF) {
    handleError(END_OF_FILE_EXPECTED, [], []);
  }
  const result = (currentParent.children as MutableNode[])[0];
  if (result) delete result.parent;
  return result as Node | undefined;
}
