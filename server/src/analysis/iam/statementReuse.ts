// Feature: a statement's findings reused across document versions. While a user types in a policy, one
// statement changes and every other statement keeps its text; most IAM rules find in a statement only what its
// own text, its position in the Statement list and the policy's context decide. Such a rule declares a statement
// check, which the rule runner (rules/runner.ts) hands to `statementsFindings`: it runs the check once per
// statement text and afterwards moves the findings to where the statement now is.
//
// What a check may read, for its findings to be reusable: the statement (its tree and text), its index, and the
// policy context in `contextOf` (locale, catalog, quotas, the policy's kind, API, embedding, statement form, the
// origin's source, command, resource type and property, and the Version). A rule that reads anything else of
// the policy (another statement, a logical id) must not use this.
//
// Reuse is limited to where it is exact, and otherwise the check simply runs:
// - the policy is the document or an object in it, so its spans are document offsets (not a JSON string, whose
//   escapes map offsets unevenly);
// - the document parsed without syntax errors, so a statement's tree depends only on its text;
// - every span of the findings (finding, fixes, related places) lies inside the statement.
//
// The same record per statement text also keeps what depends on the text alone (`statementTextFacts`), such as
// its size as IAM counts it.

import type { AnalysisOptions } from '../options';
import { derivedOf, type ParsedDocument } from '../parse';
import { ownCopy } from '../memo';
import type { Finding, Span } from '../types';
import type { PolicyView, StatementView } from './policyView';

/** The findings of one rule for one statement, with spans relative to the statement's start; null when not reusable. */
type Stored = readonly Finding[] | null;

/** What one statement text at one index found in one policy context, by rule number (`ruleNumber`). */
interface Entry {
  byRule: (Stored | undefined)[];
}

/** Facts that depend on a statement's text alone, whatever its index or policy; filled in by their users. */
export interface StatementTextFacts {
  /** Characters outside white space that is outside strings (iam/policy-size). */
  characters?: number;
  /** The canonical text that iam/redundant-statement compares. */
  canonical?: string;
  /** The Sid when it is a string (iam/duplicate-sid); null for none. */
  sid?: string | null;
}

interface TextRecord {
  facts: StatementTextFacts;
  /** By policy context (interned), then by index in the Statement list. */
  byContext: Map<string, Map<number, Entry>>;
}

/** A statement text seldom meets more policy contexts than this; more (settings changed often) start afresh. */
const MAX_CONTEXTS_PER_TEXT = 8;

/** By statement text. */
const records = new Map<string, TextRecord>();
const MAX_TEXTS = 20_000;

/** A policy view's records for one analysis: its context and, per statement in `view.statements` order, the text record and entry. */
interface ViewReuse {
  options: AnalysisOptions;
  context: string | undefined;
  texts: TextRecord[];
  entries: Entry[];
}

/** Each version's `ViewReuse` by view, kept with the document (`derivedOf`). */
const REUSE = Symbol('statement reuse');

/** Context keys, interned so that their hashes are computed once. */
const internedContexts = new Map<string, string>();

/** Catalogs and quota tables by identity, for the context key. */
const identities = new WeakMap<object, number>();
let nextIdentity = 1;

function identity(value: object | undefined): number {
  if (!value) return 0;
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return id;
}

/** Small numbers for rule ids, so that an entry holds each rule's findings in an array. */
const ruleNumbers = new Map<string, number>();

function ruleNumber(rule: string): number {
  let n = ruleNumbers.get(rule);
  if (n === undefined) {
    n = ruleNumbers.size;
    ruleNumbers.set(rule, n);
  }
  return n;
}

/** The policy context, or undefined when this policy's findings cannot be reused in this document version. */
function contextOf(doc: ParsedDocument, options: AnalysisOptions, view: PolicyView): string | undefined {
  const target = view.target;
  if (target.embedding === 'string' || doc.syntaxErrors.length > 0 || target.text !== doc.text) return undefined;
  const origin = target.origin;
  const parts = [
    options.locale, identity(options.catalog), identity(options.quotas), target.kind, target.api, target.embedding, view.statementForm,
    origin.source, origin.source === 'cli' ? origin.command : '', origin.source === 'cloudformation' ? `${origin.resourceType}\u0002${origin.property}` : '',
    view.version ? 'v' : '-', view.versionValue ?? '\u0002',
  ];
  const key = parts.join('\u0001');
  let context = internedContexts.get(key);
  if (context === undefined) {
    if (internedContexts.size >= 1_000) internedContexts.clear();
    context = key;
    internedContexts.set(key, key);
  }
  return context;
}

/** The text record of each statement of a reusable policy; read once per document version. */
function textRecords(view: PolicyView): TextRecord[] {
  return view.statements.map((s) => {
    const text = view.target.text.slice(s.node.offset, s.node.offset + s.node.length);
    let record = records.get(text);
    if (!record) {
      if (records.size >= MAX_TEXTS) records.clear();
      record = { facts: {}, byContext: new Map() };
      records.set(ownCopy(text), record);
    }
    return record;
  });
}

function reuseOf(doc: ParsedDocument, options: AnalysisOptions, view: PolicyView): ViewReuse {
  const reuseByView = derivedOf(doc, REUSE, () => new Map<PolicyView, ViewReuse>());
  let reuse = reuseByView.get(view);
  if (reuse && reuse.options === options) return reuse;
  const context = contextOf(doc, options, view);
  // The text records depend on the version alone; a new analysis of the same version (other options) keeps them.
  const texts = context === undefined ? [] : reuse?.texts.length === view.statements.length ? reuse.texts : textRecords(view);
  const entries = context === undefined ? [] : view.statements.map((s, i) => {
    const byContext = texts[i].byContext;
    let byIndex = byContext.get(context);
    if (!byIndex) {
      if (byContext.size >= MAX_CONTEXTS_PER_TEXT) byContext.clear();
      byIndex = new Map();
      byContext.set(context, byIndex);
    }
    let entry = byIndex.get(s.index);
    if (!entry) {
      entry = { byRule: [] };
      byIndex.set(s.index, entry);
    }
    return entry;
  });
  reuse = { options, context, texts, entries };
  reuseByView.set(view, reuse);
  return reuse;
}

/** What a statement without findings gives back; never changed by callers, which only read the result. */
const NONE: readonly Finding[] = Object.freeze([]);

// The hot path (a statement seen before) is written without closures: a closure over a local makes V8 allocate a
// context on every call, tens of thousands of times per version of a large policy.
function findingsAt(reuse: ViewReuse, position: number, rule: number, statement: StatementView, check: (statement: StatementView) => Finding[]): readonly Finding[] {
  if (reuse.context === undefined) return check(statement);
  const entry = reuse.entries[position];
  const stored = entry.byRule[rule];
  if (stored === undefined) return checkAndStore(entry, rule, statement, check);
  if (stored === null) return check(statement);
  if (stored.length === 0) return NONE;
  const start = statement.node.offset;
  const out: Finding[] = [];
  for (let i = 0; i < stored.length; i++) {
    const f = stored[i];
    out.push(irregular.has(f) ? movedMemberByMember(f, start) : plainMoved(f, start));
  }
  return out;
}

/** Runs the check of a statement seen for the first time and keeps its findings, relative to the statement, when they can be reused. */
function checkAndStore(entry: Entry, rule: number, statement: StatementView, check: (statement: StatementView) => Finding[]): Finding[] {
  const found = check(statement);
  const start = statement.node.offset;
  const end = start + statement.node.length;
  const inside = found.every((f) => spansOf(f).every((s) => s.offset >= start && s.offset + s.length <= end));
  entry.byRule[rule] = !inside ? null : found.length === 0 ? NONE : found.map((f) => storedCopy(f, -start));
  return found;
}

/**
 * Called by the rule runner with a rule's check of one statement. Returns the findings of every statement of the
 * policy, in order, each computed now or moved from an earlier version where the statement had the same text, index
 * and context.
 */
export function statementsFindings(rule: string, doc: ParsedDocument, options: AnalysisOptions, view: PolicyView, check: (statement: StatementView) => Finding[]): Finding[] {
  const reuse = reuseOf(doc, options, view);
  const n = ruleNumber(rule);
  const findings: Finding[] = [];
  view.statements.forEach((s, position) => {
    const found = findingsAt(reuse, position, n, s, check);
    for (let i = 0; i < found.length; i++) findings.push(found[i]);
  });
  return findings;
}

/**
 * The facts kept for each statement's text, in `view.statements` order, or undefined when the policy's
 * statements are not reusable in this version (see the conditions above). Callers fill in missing facts.
 */
export function statementTextFacts(doc: ParsedDocument, options: AnalysisOptions, view: PolicyView): StatementTextFacts[] | undefined {
  const reuse = reuseOf(doc, options, view);
  return reuse.context === undefined ? undefined : reuse.texts.map((t) => t.facts);
}

function spansOf(f: Finding): Span[] {
  const spans = [f.span];
  for (const fix of f.fixes ?? []) for (const edit of fix.edits) spans.push(edit.span);
  for (const r of f.related ?? []) spans.push(r.span);
  return spans;
}

const movedSpan = (span: Span, by: number): Span => ({ offset: span.offset + by, length: span.length });

/** Stored findings that are not of the plain shape `{rule, severity, message, span}`. */
const irregular = new WeakSet<Finding>();

/**
 * The stored copy of a finding, with every span moved by `by`. A finding of the plain shape is written out, which
 * is several times cheaper to copy again than member by member; any other is marked and copied member by member.
 */
function storedCopy(f: Finding, by: number): Finding {
  const keys = Object.keys(f);
  if (keys.length === 4 && keys[0] === 'rule' && keys[1] === 'severity' && keys[2] === 'message' && keys[3] === 'span') return plainMoved(f, by);
  const copy = movedMemberByMember(f, by);
  irregular.add(copy);
  return copy;
}

function plainMoved(f: Finding, by: number): Finding {
  return { rule: f.rule, severity: f.severity, message: f.message, span: movedSpan(f.span, by) };
}

function movedMemberByMember(f: Finding, by: number): Finding {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(f) as (keyof Finding)[]) {
    if (key === 'span') out.span = movedSpan(f.span, by);
    else if (key === 'fixes') out.fixes = f.fixes?.map((fix) => copyWith(fix, 'edits', fix.edits.map((e) => copyWith(e, 'span', movedSpan(e.span, by)))));
    else if (key === 'related') out.related = f.related?.map((r) => copyWith(r, 'span', movedSpan(r.span, by)));
    else out[key] = f[key];
  }
  return out as unknown as Finding;
}

/** A shallow copy of an object with one member replaced, keeping the members' order. */
function copyWith<T extends object>(value: T, key: keyof T, replacement: unknown): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = k === key ? replacement : (value as Record<string, unknown>)[k];
  return out as T;
}
