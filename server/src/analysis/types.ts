// Feature: the plain data types shared by every analysis module.
// Nothing here knows about LSP: positions are UTF-16 offsets into the exact text that was analysed.

/** A range of the analysed text, as a UTF-16 offset and length. */
export interface Span {
  offset: number;
  length: number;
}

/** Whether `offset` lies in `span`, either end included (a cursor just after a word still points at it). */
export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/** Whether two spans overlap or touch. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** What a document (or a part of it) was recognised as. */
export type DocumentKind =
  | 'cloudfront-distribution'
  | 'cloudformation-template'
  | 'iam-policy'
  | 'cli-input'
  | 'cloudfront-invalidation'
  /** A document the parser could not read at all (nested too deeply): nothing in it is checked, and that is said. */
  | 'unreadable';

/** A replacement of one span of the document text. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A quick fix: a titled set of edits that repair one finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Marks the fix that an editor may apply with "Fix all" or auto-fix. */
  isPreferred?: boolean;
}

/** One problem found in a document. */
export interface Finding {
  /** The rule id, such as `iam/leading-whitespace`; `json/syntax` for parse errors. */
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes?: Fix[];
  /** Other places that explain the finding, such as the behavior that shadows this one. */
  related?: { span: Span; message: string }[];
  /** Marks findings about text that does nothing, so an editor may fade it. */
  unnecessary?: boolean;
}

export type CompletionKind = 'property' | 'value';

/** One completion proposal; IAM and CloudFront completion both produce these. */
export interface CompletionEntry {
  /** What the list shows: a member name, a value, or a managed policy's name. */
  label: string;
  kind: CompletionKind;
  /** The text that replaces `span`; snippet syntax (`$1`, `${1|a,b|}`) when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** Markdown. */
  documentation?: string;
  /** A short line beside the label: the type, or the policy ID. */
  detail?: string;
  /** Orders the list: required members first, then the schema's order. */
  sortText: string;
  /** The text an editor matches what the user typed against, when it differs from the label. */
  filterText?: string;
  /** The document text the completion replaces (a partly typed key or value, or an empty span). */
  span: Span;
}

/** Why a simulation (Simulate Path, Simulate IAM Request) has no answer: a closed code, and the reason in words. */
export interface SimulationError<Code extends string = string> {
  code: Code;
  /** The reason, in the language of the options it was asked with. */
  message: string;
}

/** Which distribution or policy of a document a simulation answered for, and how many the document holds. */
export interface SimulationPick {
  /** Its position among the document's distributions or policies (0-based). */
  index: number;
  /** The distribution's logical id (or "DistributionConfig"), or where the policy sits. */
  label: string;
  count: number;
}
