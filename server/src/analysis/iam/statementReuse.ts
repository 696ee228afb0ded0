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
//
// The records live in the `iam/statements` region of the analysis cache (`options.cache`); without a cache nothing
// is reused and every check runs.

import { customRegion, ownCopy, textRegion, type AnalysisCache, type Region, type RegionName } from '../cache';
import type { AnalysisOptions } from '../options';
import { derivedOf, type ParsedDocument } from '../document/parse';
import type { Finding, Span } from '../types';
import type { PolicyView, StatementView } from './policyView';

/**
 * The findings of one rule for one statement, with spans relative to the statement's start, and whether every one
 * has the plain shape `{rule, severity, message, span}`; null when not reusable.
 */
type Stored = { readonly findings: readonly Finding[]; readonly plain: boolean } | null;

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
  /** The entries under `byContext`, which the region's bound counts. */
  entries: number;
  /** Whether the region still holds the record (an analysis in progress may hold one that was dropped). */
  kept: boolean;
}

/** A statement text seldom meets more policy contexts than this; more (settings changed often) start afresh. */
const MAX_CONTEXTS_PER_TEXT = 8;

/**
 * A cache's memory of statements: the text records, by statement text, and the small numbers that the records'
 * entries are indexed by. Its bound counts entries (one per statement text, policy context and index, each with
 * every statement rule's findings), since they, not the texts, are what takes the memory; when full, the record
 * of the text seen longest ago goes with all its entries. Emptying it forgets the records; the numbers of rules
 * and of catalogs and quota tables stay, because an analysis in progress may still hold entries indexed by them.
 */
class StatementMemory implements Region {
  private readonly records = new Map<string, TextRecord>();
  private entries = 0;
  /** Small numbers for rule ids, so that an entry holds each rule's findings in an array. */
  private readonly ruleNumbers = new Map<string, number>();
  /** Catalogs and quota tables by identity, for the context key; weak, so that an old catalog can go. */
  private readonly identities = new WeakMap<object, number>();
  private nextIdentity = 1;

  constructor(readonly name: RegionName, readonly bound: number) {}

  get size(): number {
    return this.entries;
  }

  clear(): void {
    for (const record of this.records.values()) record.kept = false;
    this.records.clear();
    this.entries = 0;
  }

  /** The record of a statement text, made (under a copy of the text) on first use. */
  record(text: string): TextRecord {
    let record = this.records.get(text);
    if (!record) {
      record = { facts: {}, byContext: new Map(), entries: 0, kept: true };
      this.records.set(ownCopy(text), record);
    }
    return record;
  }

  /**
   * The entry of a record for a context and index, made on first use. A record that was dropped meanwhile may still
   * be filled by the analysis in progress, which holds it, but it no longer counts.
   */
  entry(record: TextRecord, context: string, index: number): Entry {
    let byIndex = record.byContext.get(context);
    if (!byIndex) {
      if (record.byContext.size >= MAX_CONTEXTS_PER_TEXT) {
        if (record.kept) this.entries -= record.entries;
        record.entries = 0;
        record.byContext.clear();
      }
      byIndex = new Map();
      record.byContext.set(context, byIndex);
    }
    let entry = byIndex.get(index);
    if (!entry) {
      entry = { byRule: [] };
      byIndex.set(index, entry);
      if (record.kept) {
        record.entries++;
        this.entries++;
        this.makeRoom();
      }
    }
    return entry;
  }

  /** Drops the records seen longest ago, with all their entries, until the region is within its bound. */
  private makeRoom(): void {
    while (this.entries > this.bound) {
      const oldest = this.records.entries().next();
      if (oldest.done) break;
      const [text, record] = oldest.value;
      this.records.delete(text);
      this.entries -= record.entries;
      record.kept = false;
    }
  }

  ruleNumber(rule: string): number {
    let n = this.ruleNumbers.get(rule);
    if (n === undefined) {
      n = this.ruleNumbers.size;
      this.ruleNumbers.set(rule, n);
    }
    return n;
  }

  identity(value: object | undefined): number {
    if (!value) return 0;
    let id = this.identities.get(value);
    if (id === undefined) {
      id = this.nextIdentity++;
      this.identities.set(value, id);
    }
    return id;
  }
}

const STATEMENTS = customRegion('iam/statements', (name, bound) => new StatementMemory(name, bound));

/** Context keys, interned so that their hashes are computed once. */
const CONTEXTS = textRegion<string>('iam/policy-contexts');

/** A policy view's records for one analysis: its context and, per statement in `view.statements` order, the text record and entry. */
interface ViewReuse {
  options: AnalysisOptions;
  /** The cache's statement memory; undefined when nothing is reused. */
  memory: StatementMemory | undefined;
  context: string | undefined;
  texts: TextRecord[];
  entries: Entry[];
}

/** Each version's `ViewReuse` by view, kept with the document (`derivedOf`). */
const REUSE = Symbol('statement reuse');

/** The policy context, or undefined when this policy's findings cannot be reused in this document version. */
function contextOf(doc: ParsedDocument, options: AnalysisOptions, cache: AnalysisCache, memory: StatementMemory, view: PolicyView): string | undefined {
  const target = view.target;
  if (target.embedding === 'string' || doc.syntaxErrors.length > 0 || target.text !== doc.text) return undefined;
  const origin = target.origin;
  const parts = [
    options.locale, memory.identity(options.catalog), memory.identity(options.quotas), target.kind, target.api, target.embedding, view.statementForm,
    origin.source, origin.source === 'cli' ? origin.command : '', origin.source === 'cloudformation' ? `${origin.resourceType}\u0002${origin.property}` : '',
    view.version ? 'v' : '-', view.versionValue ?? '\u0002',
  ];
  const key = parts.join('\u0001');
  const contexts = cache.region(CONTEXTS);
  let context = contexts.get(key);
  if (context === undefined) {
    contexts.set(key, key);
    context = key;
  }
  return context;
}

/** The text record of each statement of a reusable policy; read once per document version. */
function textRecords(memory: StatementMemory, view: PolicyView): TextRecord[] {
  return view.statements.map((s) => memory.record(view.target.text.slice(s.node.offset, s.node.offset + s.node.length)));
}

function reuseOf(doc: ParsedDocument, options: AnalysisOptions, view: PolicyView): ViewReuse {
  const reuseByView = derivedOf(doc, REUSE, () => new Map<PolicyView, ViewReuse>());
  let reuse = reuseByView.get(view);
  if (reuse && reuse.options === options) return reuse;
  const cache = options.cache;
  const memory = cache?.region(STATEMENTS);
  const context = cache && memory ? contextOf(doc, options, cache, memory, view) : undefined;
  // The text records depend on the version alone; a new analysis of the same version (other options, the same
  // cache) keeps them.
  const texts = context === undefined || !memory ? []
    : reuse?.memory === memory && reuse.texts.length === view.statements.length ? reuse.texts : textRecords(memory, view);
  const entries = context === undefined || !memory ? [] : view.statements.map((s, i) => memory.entry(texts[i], context, s.index));
  reuse = { options, memory, context, texts, entries };
  reuseByView.set(view, reuse);
  return reuse;
}

/** What a statement without findings gives back; never changed by callers, which only read the result. */
const NONE: readonly Finding[] = Object.freeze([]);
const NOTHING_STORED: Stored = Object.freeze({ findings: NONE, plain: true });

// The hot path (a statement seen before) is written without closures: a closure over a local makes V8 allocate a
// context on every call, tens of thousands of times per version of a large policy.
function findingsAt(reuse: ViewReuse, position: number, rule: number, statement: StatementView, check: (statement: StatementView) => Finding[]): readonly Finding[] {
  if (reuse.context === undefined) return check(statement);
  const entry = reuse.entries[position];
  const stored = entry.byRule[rule];
  if (stored === undefined) return checkAndStore(entry, rule, statement, check);
  if (stored === null) return check(statement);
  const findings = stored.findings;
  if (findings.length === 0) return NONE;
  const start = statement.node.offset;
  const out: Finding[] = [];
  if (stored.plain) for (let i = 0; i < findings.length; i++) out.push(plainMoved(findings[i], start));
  else for (let i = 0; i < findings.length; i++) out.push(movedMemberByMember(findings[i], start));
  return out;
}

/** Runs the check of a statement seen for the first time and keeps its findings, relative to the statement, when they can be reused. */
function checkAndStore(entry: Entry, rule: number, statement: StatementView, check: (statement: StatementView) => Finding[]): Finding[] {
  const found = check(statement);
  const start = statement.node.offset;
  const end = start + statement.node.length;
  const inside = found.every((f) => spansOf(f).every((s) => s.offset >= start && s.offset + s.length <= end));
  entry.byRule[rule] = !inside ? null : found.length === 0 ? NOTHING_STORED : stored(found, -start);
  return found;
}

/**
 * Called by the rule runner with a rule's check of one statement. Returns the findings of every statement of the
 * policy, in order, each computed now or moved from an earlier version where the statement had the same text, index
 * and context.
 */
export function statementsFindings(rule: string, doc: ParsedDocument, options: AnalysisOptions, view: PolicyView, check: (statement: StatementView) => Finding[]): Finding[] {
  const reuse = reuseOf(doc, options, view);
  const n = reuse.memory ? reuse.memory.ruleNumber(rule) : 0;
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

/**
 * The stored copy of a statement's findings, with every span moved by `by`. A finding of the plain shape is
 * written out, which is several times cheaper to copy again than member by member; a list that holds any other
 * shape is copied member by member when reused (which gives a plain finding the same members in the same order).
 */
function stored(found: readonly Finding[], by: number): Stored {
  let plain = true;
  const findings = found.map((f) => {
    const keys = Object.keys(f);
    if (keys.length === 4 && keys[0] === 'rule' && keys[1] === 'severity' && keys[2] === 'message' && keys[3] === 'span') return plainMoved(f, by);
    plain = false;
    return movedMemberByMember(f, by);
  });
  return { findings, plain };
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
