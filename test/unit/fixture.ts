// Test helper: fixtures are JSON texts with markers. `⟦` and `⟧` surround the span a finding is
// expected on; `$0` marks a cursor. The helper strips the markers, runs the analysis, and renders the
// findings back into the text, so a test compares one annotated string with another.

import { analyzeDocument, parseDocument, type Finding, type Span } from '../../server/src/analysis';
import type { Rule } from '../../server/src/analysis/rules/types';

export interface Fixture {
  text: string;
  spans: Span[];
  cursor: number | undefined;
}

export function parseFixture(source: string): Fixture {
  let text = '';
  const spans: Span[] = [];
  const open: number[] = [];
  let cursor: number | undefined;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '⟦') open.push(text.length);
    else if (ch === '⟧') {
      const start = open.pop();
      if (start === undefined) throw new Error('Unbalanced ⟧ in fixture');
      spans.push({ offset: start, length: text.length - start });
    } else if (ch === '$' && source[i + 1] === '0') {
      cursor = text.length;
      i++;
    } else text += ch;
  }
  if (open.length) throw new Error('Unbalanced ⟦ in fixture');
  spans.sort((a, b) => a.offset - b.offset);
  return { text, spans, cursor };
}

/** Puts `⟦…⟧` around each span of the text. Nested or overlapping spans are drawn in offset order. */
export function annotate(text: string, spans: Span[]): string {
  const marks: { at: number; mark: string; order: number }[] = [];
  for (const span of spans) {
    marks.push({ at: span.offset, mark: '⟦', order: 1 });
    marks.push({ at: span.offset + span.length, mark: '⟧', order: 0 });
  }
  marks.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = 0;
  for (const m of marks) {
    out += text.slice(last, m.at) + m.mark;
    last = m.at;
  }
  return out + text.slice(last);
}

export interface CheckResult {
  /** The text with every finding's span marked. */
  annotated: string;
  /** `severity rule` for each finding, in position order. */
  summary: string[];
  findings: Finding[];
  text: string;
}

/** Runs the given rules (all by default) over the fixture text. */
export function runFixture(source: string, rules?: readonly Rule[]): CheckResult {
  const { text } = parseFixture(source);
  const findings = analyzeDocument(parseDocument(text), rules ? { rules } : {});
  return {
    annotated: annotate(text, findings.map((f) => f.span)),
    summary: findings.map((f) => `${f.severity} ${f.rule}`),
    findings,
    text,
  };
}

/** Applies the edits of a fix to the text. */
export function applyEdits(text: string, edits: { span: Span; newText: string }[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.offset - a.span.offset)) {
    out = out.slice(0, edit.span.offset) + edit.newText + out.slice(edit.span.offset + edit.span.length);
  }
  return out;
}

/** JSON-encodes a policy object into a string literal body, for CLI skeleton fixtures. */
export function policyString(policy: unknown, prefix = ''): string {
  return JSON.stringify(prefix + JSON.stringify(policy)).slice(1, -1);
}
