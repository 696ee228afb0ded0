// Feature: a policy's actions and condition keys read against the IAM action catalog. Shared by the catalog
// rules, hovers and completions, so they agree on what an entry means: `*` grants every action, a
// `service:action` entry names one action or (with `*`/`?`) every action its pattern matches, and
// anything else (intrinsic functions, malformed entries) is unknown and keeps the catalog features silent.

import type { Locale } from '../util/i18n';
import { ownCopy, textRegion, type AnalysisCache } from '../cache';
import type { Catalog, CatalogAction } from './catalog';
import { hasWildcard } from './grammar';
import type { StatementView, StringItem, ValueList } from './policyView';

/**
 * Splits `service:action` the way IAM checks it: exactly one colon, a vendor prefix of letters, digits,
 * dots and hyphens (moto's IAM policy validator), and a non-empty action of letters, digits and hyphens;
 * either part may hold the wildcards `*` and `?`. Returns undefined for `*` and for anything the grammar
 * rules report.
 */
export function splitAction(value: string): { service: string; name: string } | undefined {
  const match = /^([A-Za-z0-9.*?-]+):([A-Za-z0-9*?_-]+)$/.exec(value);
  return match ? { service: match[1], name: match[2] } : undefined;
}

/** One entry of an Action or NotAction element. */
export interface ActionRef {
  item: StringItem;
  /** True for NotAction. */
  negated: boolean;
}

/** The string entries of a statement's Action and NotAction elements. */
export function actionRefs(statement: StatementView): ActionRef[] {
  const refs: ActionRef[] = [];
  for (const item of statement.action?.strings ?? []) refs.push({ item, negated: false });
  for (const item of statement.notAction?.strings ?? []) refs.push({ item, negated: true });
  return refs;
}

/**
 * What the catalog says about one entry: every action (`*`), an unknown service, an unknown action, a
 * pattern that matches nothing, the actions matched, or `unreadable` for text the catalog cannot judge (a
 * malformed entry, or a wildcard in the service prefix).
 */
export type ActionResolution =
  | { kind: 'all' }
  | { kind: 'unreadable' }
  | { kind: 'unknown-service'; service: string; name: string }
  | { kind: 'unknown-action'; service: string; name: string }
  | { kind: 'no-match'; service: string; name: string }
  | { kind: 'actions'; service: string; name: string; actions: readonly CatalogAction[]; pattern: boolean };

const RESOLUTIONS = textRegion<ActionResolution>('catalog/action-resolutions');

/**
 * What the catalog says about one entry. The answer depends only on the catalog and the text, so with a cache it
 * is kept per catalog and text: the catalog rules, hovers and every later version of the document share it.
 * Callers must not change the answer.
 */
export function resolveAction(catalog: Catalog, value: string, cache: AnalysisCache | undefined): ActionResolution {
  if (!cache) return resolveUncached(catalog, value, undefined);
  const region = cache.regionFor(RESOLUTIONS, catalog);
  const known = region.get(value);
  if (known) return known;
  // Resolved from a copy, so that the parts kept in the answer do not hold on to the document.
  const resolved = resolveUncached(catalog, ownCopy(value), cache);
  region.set(value, resolved);
  return resolved;
}

function resolveUncached(catalog: Catalog, value: string, cache: AnalysisCache | undefined): ActionResolution {
  if (value === '*') return { kind: 'all' };
  const split = splitAction(value);
  if (!split || hasWildcard(split.service)) return { kind: 'unreadable' };
  const { service, name } = split;
  if (!catalog.service(service)) return { kind: 'unknown-service', service, name };
  const pattern = hasWildcard(name);
  const actions = matchedActions(catalog, value, cache);
  if (actions.length === 0) return { kind: pattern ? 'no-match' : 'unknown-action', service, name };
  return { kind: 'actions', service, name, actions, pattern };
}

const MATCHED_ACTIONS = textRegion<readonly CatalogAction[]>('catalog/actions');

/**
 * `catalog.matchActions(pattern)`, kept with a cache by the pattern in lower case: a policy repeats the same
 * patterns across statements and versions, the catalog never changes, and matching ignores case.
 */
export function matchedActions(catalog: Catalog, pattern: string, cache: AnalysisCache | undefined): readonly CatalogAction[] {
  if (!cache) return catalog.matchActions(pattern);
  const region = cache.regionFor(MATCHED_ACTIONS, catalog);
  const key = pattern.toLowerCase();
  let matched = region.get(key);
  if (!matched) {
    matched = catalog.matchActions(pattern);
    region.set(key, matched);
  }
  return matched;
}

/**
 * Every action a statement's Action element grants, or undefined when that is not exactly known: a
 * NotAction statement (it grants the complement), `*`, an intrinsic function, or an entry the catalog does
 * not know. The catalog rules skip such statements rather than guess.
 */
export function statementActions(catalog: Catalog, statement: StatementView, cache: AnalysisCache | undefined): CatalogAction[] | undefined {
  const list = statement.action;
  if (!list || statement.notAction || !isReadableList(list) || list.strings.length === 0) return undefined;
  const seen = new Set<CatalogAction>();
  for (const { value } of list.strings) {
    const resolved = resolveAction(catalog, value, cache);
    if (resolved.kind !== 'actions') return undefined;
    for (const action of resolved.actions) seen.add(action);
  }
  return [...seen];
}

/** A list whose every entry is a literal string. */
export function isReadableList(list: ValueList): boolean {
  return (list.form === 'string' || list.form === 'array') && list.unknown.length === 0 && list.invalid.length === 0;
}

/** `s3:GetObject`, as AWS writes it. */
export function actionName(action: CatalogAction): string {
  return `${action.service}:${action.name}`;
}

/** Names a few entries for a message (`a, b, c and 4 more`), in the message's language. */
export function listNames(names: readonly string[], locale: Locale, max = 3): string {
  const shown = names.slice(0, max).join(locale === 'ja' ? '、' : ', ');
  const more = names.length - max;
  if (more <= 0) return shown;
  return locale === 'ja' ? `${shown} ほか ${more} 個` : `${shown} and ${more} more`;
}
