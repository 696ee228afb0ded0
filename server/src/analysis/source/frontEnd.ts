// Feature: the seam between a source syntax and the core. A front-end (JSON today; YAML, HCL and policy strings in
// code next) turns one document's text into a `SourceDocument`: the value tree with spans into that text, its
// syntax errors as data, a writer that expresses quick-fix edits in the syntax, and the spelling of keys. From there
// on, classification, views, rules, hovers, lenses and simulations are the same code for every syntax: no rule
// imports a parser, writes source text itself or names a syntax. ARCHITECTURE.md ("The front-end contract")
// describes the contract with a worked example.

import type { Span, TextEdit } from '../types';
import type { Node } from './tree';

/** The name of a front-end's syntax: `json` today (then `yaml`, `hcl`, …), for logs and reports; no rule reads it. */
export type SyntaxId = string;

/** A value a fix writes: JSON's data model. Every writer renders it in its own syntax and the document's layout. */
export type PlainValue = string | number | boolean | null | readonly PlainValue[] | { readonly [key: string]: PlainValue };

/** The code of the syntax error that stands for a document too deeply nested to be read at all. */
export const NESTING_TOO_DEEP = 'NestingTooDeep';

/** A syntax error, as data. */
export interface SyntaxError {
  span: Span;
  /**
   * The parser's name for the error, such as jsonc-parser's `CommaExpected`; `NestingTooDeep` when the document is
   * nested too deeply to be read at all (the tree is then empty).
   */
  code: string;
  /** For `NestingTooDeep`: how many levels deep the document goes. */
  depth?: number;
}

/**
 * How a fix is written in a syntax. Every method takes nodes of the tree this writer belongs to and returns edits
 * in the coordinates of the document the user edits; it keeps the file's own layout (indentation, separators,
 * one-line or multi-line), and an edit it cannot write safely is `undefined` rather than a guess.
 */
export interface SourceEdits {
  /** Replaces a whole value (scalar, object or array) with `value`. */
  replaceValue(node: Node, value: PlainValue): TextEdit;
  /**
   * Replaces characters `[start, end)` of a string node's value (as the service reads it, escapes decoded) with
   * `text`, keeping the string's delimiters and the rest of its text; for a fix that corrects part of a value or
   * all of it without touching its quotes. `node` may be a key node.
   */
  replaceInString(node: Node, start: number, end: number, text: string): TextEdit;
  /** Renames the key of a member; `key` is the key node of a property. */
  renameKey(key: Node, newKey: string): TextEdit;
  /**
   * Adds `key: value` as the last member of an object, in the object's layout; with `first`, as the first member,
   * right after the opening delimiter and written compactly (`"Version":"2012-10-17",` in JSON).
   */
  insertMember(object: Node, key: string, value: PlainValue, first?: boolean): TextEdit;
  /** Removes the member `key` of an object (the occurrence the core reads: the last one), with its separator. */
  removeMember(object: Node, key: string): TextEdit | undefined;
  /** Removes one list item, or the member a value or key node belongs to, with its separator. */
  removeNode(node: Node): TextEdit | undefined;
  /** Replaces a list's items with `values`, written in the list's own layout. */
  setList(list: Node, values: readonly PlainValue[]): TextEdit;
  /** Moves list item `from` before list item `to` (`to < from`), moving the item's own text unchanged. */
  moveItem(list: Node, from: number, to: number): TextEdit[] | undefined;
  /**
   * Replaces `node` with an object that holds `members` and then `key`, whose value is `node` as written (the CloudFront
   * API's `{Quantity, Items}` around a plain list).
   */
  wrapValue(node: Node, members: { readonly [key: string]: PlainValue }, key: string): TextEdit;
  /** Replaces an object with the value of its member `key`, as written; undefined when there is no such member. */
  unwrapValue(object: Node, key: string): TextEdit | undefined;
  /** The text of a value as this syntax writes it; for messages and fix titles that show what will be written. */
  render(value: PlainValue): string;
}

/**
 * How a source spells the keys the core knows by AWS's API names. A JSON document and a CloudFormation template
 * use AWS's names; a Terraform front-end maps `MinTTL` to `min_ttl`. Messages name keys through this, so a user
 * reads the name they wrote.
 */
export interface Spelling {
  /** The source's name for the member the core calls `canonical`. */
  key(canonical: string): string;
}

/** A string value's characters, with the source offset each came from. */
export interface DecodedString {
  /** The value as the service receives it. */
  value: string;
  /**
   * `offsets[i]` is the source offset of the text that produced UTF-16 unit `i` of `value`; `offsets[value.length]`
   * is where the string's text ends (its closing delimiter). Offsets rise strictly.
   */
  offsets: number[];
}

/** What a front-end hands the core for one version of one document. */
export interface SourceDocument {
  readonly syntax: SyntaxId;
  /** The exact text received; every span is an offset into it. */
  readonly text: string;
  /** The value tree, or undefined for an empty document. */
  readonly root: Node | undefined;
  readonly syntaxErrors: SyntaxError[];
  /**
   * Whether the document's text is itself what AWS receives (a JSON file passed with `file://`). A policy that is the
   * whole document is then checked as text (leading white space, size, characters); in a syntax AWS never receives
   * as it is (YAML, HCL, code), the whole-document policy is an object like any other.
   */
  readonly sentAsWritten: boolean;
  /** The writer for this document's tree. */
  readonly edits: SourceEdits;
  readonly spelling: Spelling;
  /**
   * The value of a `string` node with the source offset of every character, so that a policy held in a string is
   * analysed as the service receives it and every finding inside it lands on the exact source characters (through
   * escapes, block scalars, concatenations…).
   */
  readonly decodeString: (node: Node) => DecodedString;
  /** What to write inside the string `node` (between its delimiters) so that it holds `text`. */
  readonly encodeInString: (node: Node, text: string) => string;
  /**
   * Whether an object or array node is finished in the text. A statement still being typed (in JSON, the text ends
   * before its closing brace) lacks elements only because they are not written yet, so rules about a missing
   * element wait until it is closed. A syntax without closing brackets answers by its own means.
   */
  readonly isClosed: (node: Node) => boolean;
}

/** A front-end: a pure function from text to a `SourceDocument`, which must not throw on any text. */
export interface FrontEnd {
  readonly syntax: SyntaxId;
  parse(text: string): SourceDocument;
}

/** AWS's names as they are: the spelling of JSON documents, CloudFormation and AWS CLI input. */
export const AWS_SPELLING: Spelling = { key: (canonical) => canonical };
