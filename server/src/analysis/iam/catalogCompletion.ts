// Feature: the catalog and operator proposals of IAM completion. In an Action or NotAction value it offers
// the service prefixes, and after `service:` that service's actions; at a key inside Condition, the condition
// operators; at a key inside an operator, the condition keys, those of the statement's actions first.
// Operators come from the grammar and work at once; the rest waits for the action catalog. Every function
// here reads the policy's own text (decoded, for a policy held in a JSON string); policyCompletion.ts
// decides where the cursor is and maps the proposals back to the document.

import type { Location } from 'jsonc-parser';
import { pick, type Locale, type Localized } from '../util/i18n';
import type { CompletionEntry, Span } from '../types';
import type { Catalog, ResolvedConditionKey } from './catalog';
import { describeAction, describeConditionKey } from './catalogHover';
import { splitAction, statementActions } from './catalogRefs';
import { CONDITION_OPERATORS } from './grammar';
import type { StatementView } from './policyView';
import type { AnalysisCache } from '../cache';

/** Proposals share the shape of the CloudFront ones, so either can feed the LSP edge. */
export type IamCompletionEntry = CompletionEntry;

const TEXT: Localized<{
  operator: (family: string) => string;
  ifExists: string;
  qualifier: (q: string) => string;
  supported: string;
  global: string;
}> = {
  en: {
    operator: (family) => `${family} condition operator`,
    ifExists: 'also true when the key is missing',
    qualifier: (q) => `${q}: compares each value of a multivalued key`,
    supported: 'supported by this statement\'s actions',
    global: 'global condition key',
  },
  ja: {
    operator: (family) => `${family} 条件演算子`,
    ifExists: 'キーがないときも真',
    qualifier: (q) => `${q}: 複数値のキーの各値を比較`,
    supported: 'このステートメントのアクションが対応',
    global: 'グローバル条件キー',
  },
};

const WORD = /[A-Za-z0-9_.:*?\-/]/;

/** The bare word being typed at the cursor, or an empty span. */
function wordAt(text: string, offset: number): Span {
  let start = offset;
  let end = offset;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  while (end < text.length && WORD.test(text[end])) end++;
  return { offset: start, length: end - start };
}

/** The string literal the cursor is inside (between its quotes), from getLocation's previous node. */
export function stringAt(text: string, location: Location, offset: number): Span | undefined {
  const previous = location.previousNode;
  if (!previous || (previous.type !== 'string' && previous.type !== 'property')) return undefined;
  const end = previous.offset + previous.length;
  const closed = previous.length >= 2 && text[end - 1] === '"';
  const within = offset > previous.offset && (closed ? offset < end : offset <= end);
  return within ? { offset: previous.offset, length: previous.length } : undefined;
}

/** Escapes text for a snippet, where `$`, `}` and `\` are syntax. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** A documented key as a snippet whose placeholders (`${TagKey}`, `<key>`, `tag-key`) are tab stops. */
function keySnippet(key: string): string {
  let out = '';
  let last = 0;
  let stop = 1;
  for (const match of key.matchAll(/\$\{([^}]*)\}|<([^>]*)>|(?<=\/)(tag-key)$/g)) {
    out += snippetText(key.slice(last, match.index));
    out += `\${${stop++}:${snippetText(match[1] ?? match[2] ?? match[3])}}`;
    last = (match.index ?? 0) + match[0].length;
  }
  return out + snippetText(key.slice(last));
}

export interface KeyPosition {
  span: Span;
  /** The text after the key already has the colon. */
  hasColon: boolean;
  /** A comma to keep the JSON valid when the key is typed before another member. */
  comma: string;
  quoted: boolean;
}

export function keyPosition(text: string, location: Location, offset: number): KeyPosition {
  const span = stringAt(text, location, offset) ?? wordAt(text, offset);
  const after = text.slice(span.offset + span.length);
  const hasColon = /^\s*:/.test(after);
  return { span, hasColon, comma: !hasColon && /^\s*"/.test(after) ? ',' : '', quoted: text[span.offset] === '"' };
}

export function operatorEntries(text: string, location: Location, offset: number, present: Set<string>, locale: Locale): IamCompletionEntry[] {
  const t = pick(TEXT, locale);
  const at = keyPosition(text, location, offset);
  const names: { name: string; detail: string; rank: number }[] = [];
  const bases = Object.entries(CONDITION_OPERATORS);
  for (const [base, family] of bases) names.push({ name: base, detail: t.operator(family), rank: 0 });
  // IAM accepts IfExists on every operator except Null, and a set qualifier in front of any of them.
  for (const [base, family] of bases) if (base !== 'Null') names.push({ name: `${base}IfExists`, detail: `${t.operator(family)} · ${t.ifExists}`, rank: 1 });
  for (const q of ['ForAllValues', 'ForAnyValue']) {
    for (const [base, family] of bases) if (base !== 'Null') names.push({ name: `${q}:${base}`, detail: `${t.operator(family)} · ${t.qualifier(q)}`, rank: 2 });
  }
  return names.filter((n) => !present.has(n.name)).map((n, index) => ({
    label: n.name,
    kind: 'property' as const,
    insertText: at.hasColon ? JSON.stringify(n.name) : `${JSON.stringify(n.name)}: {$1}${at.comma}`,
    snippet: !at.hasColon,
    detail: n.detail,
    sortText: `${n.rank}${String(index).padStart(3, '0')}`,
    filterText: at.quoted ? JSON.stringify(n.name) : n.name,
    span: at.span,
  }));
}

export function conditionKeyEntries(catalog: Catalog, text: string, location: Location, offset: number, statement: StatementView | undefined, present: Set<string>, locale: Locale, cache: AnalysisCache | undefined): IamCompletionEntry[] {
  const t = pick(TEXT, locale);
  const at = keyPosition(text, location, offset);
  const actions = statement ? statementActions(catalog, statement, cache) : undefined;
  const chosen = new Map<string, { key: ResolvedConditionKey; rank: number; detail: string }>();
  const add = (key: ResolvedConditionKey, rank: number, detail: string): void => {
    // `aws:RequestTag/${TagKey}` (a service's table) and `aws:RequestTag/tag-key` (the global list) are one key.
    const same = key.key.replace(/\$\{[^}]*\}|<[^>]*>|(?<=\/)tag-key$/g, '*').toLowerCase();
    if (!present.has(key.key.toLowerCase()) && !chosen.has(same)) chosen.set(same, { key, rank, detail });
  };
  // The keys the statement's actions support come first; then the global keys; then, when the actions are
  // not known exactly, the keys of every service the statement names.
  for (const action of actions ?? []) {
    const keys = [...action.conditionKeys, ...action.resourceTypes.flatMap((rt) => [...rt.conditionKeys, ...(catalog.resourceType(action.service, rt.name)?.conditionKeys ?? [])])];
    for (const written of keys) {
      const key = catalog.conditionKey(written);
      if (key) add(key, key.global ? 1 : 0, `${key.type} · ${t.supported}`);
    }
  }
  for (const key of catalog.conditionKeys()) if (key.global) add(key, 1, `${key.type} · ${t.global}`);
  if (!actions && statement) {
    const prefixes = new Set([...(statement.action?.strings ?? []), ...(statement.notAction?.strings ?? [])]
      .map((s) => splitAction(s.value)?.service.toLowerCase()).filter((p): p is string => p !== undefined));
    for (const key of catalog.conditionKeys()) {
      if (prefixes.has(key.key.slice(0, key.key.indexOf(':')).toLowerCase())) add(key, 2, key.type);
    }
  }
  return [...chosen.values()]
    .sort((a, b) => a.rank - b.rank || a.key.key.localeCompare(b.key.key))
    .map(({ key, rank, detail }, index) => {
      const body = keySnippet(key.key);
      return {
        label: key.key,
        kind: 'property' as const,
        insertText: at.hasColon ? `"${body}"` : `"${body}": "$0"${at.comma}`,
        snippet: true,
        detail,
        documentation: describeConditionKey(catalog, key.key, key, locale, actions),
        sortText: `${rank}${String(index).padStart(4, '0')}`,
        filterText: at.quoted ? JSON.stringify(key.key) : key.key,
        span: at.span,
      };
    });
}

export function actionEntries(catalog: Catalog, text: string, location: Location, offset: number, locale: Locale): IamCompletionEntry[] {
  const inString = stringAt(text, location, offset);
  const span = inString ?? wordAt(text, offset);
  const typed = text.slice(span.offset + (inString ? 1 : 0), offset);
  const lead = !inString && text[span.offset - 1] === ':' ? ' ' : '';
  const quoted = text[span.offset] === '"';
  const colon = typed.indexOf(':');
  if (colon < 0) {
    // A service first; the action list follows once the colon is typed.
    return catalog.services().map((service, index) => ({
      label: service.prefix,
      kind: 'value' as const,
      insertText: `${lead}"${snippetText(service.prefix)}:$1"`,
      snippet: true,
      detail: service.name,
      sortText: String(index).padStart(4, '0'),
      filterText: quoted ? `"${service.prefix}:` : `${service.prefix}:`,
      span,
    }));
  }
  const prefix = typed.slice(0, colon);
  const service = catalog.service(prefix);
  if (!service) return [];
  return service.actions.map((action, index) => {
    const value = `${prefix}:${action.name}`;
    return {
      label: value,
      kind: 'value' as const,
      insertText: lead + JSON.stringify(value),
      snippet: false,
      detail: action.accessLevel,
      documentation: describeAction(catalog, action, locale, true),
      sortText: String(index).padStart(4, '0'),
      filterText: quoted ? JSON.stringify(value) : value,
      span,
    };
  });
}
