// Rule: iam/redundant-value. An Action, NotAction, Resource or NotResource value that adds nothing because the
// same list already holds it, or holds a pattern that covers it: "s3:GetObject" next to "s3:Get*" or "s3:*",
// "arn:aws:s3:::b/x" next to "arn:aws:s3:::b/*". Access Analyzer suggests removing such values
// (REDUNDANT_ACTION, REDUNDANT_RESOURCE in its policy check reference). Deciding it needs no catalog: a
// pattern is matched against a concrete value, actions without regard to case, ARNs field by field with it
// (IAMUG reference_policies_elements_action, reference-arns). Two patterns are compared with `globCovers`
// (iam/wildcard.ts), which answers true only for a coverage that holds, so every report is exact; it may miss a
// few coverages between two patterns, such as "*a?*" over "a*a".

import { pick, type Locale, type Localized } from '../../util/i18n';
import { actionMatches, arnCovers, hasPolicyVariable, hasWildcard } from '../../iam/grammar';
import type { StringItem, ValueList } from '../../iam/policyView';
import { globCovers, globOf } from '../../iam/wildcard';
import { rememberedByText, textRegion, type AnalysisCache } from '../../cache';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { finding, quote } from './support';

const RULE = 'iam/redundant-value';

const TEXT: Localized<{ duplicate: (v: string, name: string) => string; covered: (v: string, by: string, name: string, code: string) => string; other: string; remove: string }> = {
  en: {
    duplicate: (v, n) => `${quote(v)} is listed twice in ${n}; the second adds nothing (Access Analyzer ${n.endsWith('Action') ? 'REDUNDANT_ACTION' : 'REDUNDANT_RESOURCE'}).`,
    covered: (v, by, n, code) => `${quote(v)} is already covered by ${quote(by)} in ${n}, so it adds nothing (Access Analyzer ${code}).`,
    other: 'The value that already covers it',
    remove: 'Remove the redundant value',
  },
  ja: {
    duplicate: (v, n) => `${quote(v)} は ${n} に 2 回書かれています。2 回目は何も追加しません（Access Analyzer ${n.endsWith('Action') ? 'REDUNDANT_ACTION' : 'REDUNDANT_RESOURCE'}）。`,
    covered: (v, by, n, code) => `${quote(v)} は ${n} の ${quote(by)} にすでに含まれているため、何も追加しません（Access Analyzer ${code}）。`,
    other: 'すでに含んでいる値',
    remove: '重複した値を削除',
  },
};

function actionCovers(broad: string, narrow: string, cache: AnalysisCache | undefined): boolean {
  if (broad === '*') return true;
  if (!hasWildcard(narrow)) return actionMatches(broad, narrow, cache);
  return globCovers(globOf(broad, true, cache), globOf(narrow, true, cache));
}

function resourceCovers(broad: string, narrow: string, cache: AnalysisCache | undefined): boolean {
  if (broad === '*') return true;
  if (hasPolicyVariable(broad, cache) || hasPolicyVariable(narrow, cache)) return false;
  return arnCovers(broad, narrow, cache);
}

/**
 * The part of a value that a covering pattern must share: the service prefix of an action or the service field
 * of an ARN, in the case IAM compares it. Undefined when that part has a wildcard, so it may cover anything.
 */
function groupOf(value: string, isAction: boolean, cache: AnalysisCache | undefined): string | undefined {
  const field = isAction ? value.split(':')[0].toLowerCase() : (value.split(':')[2] ?? '');
  return value === '*' || hasWildcard(field) || hasPolicyVariable(field, cache) ? undefined : field;
}

/** A value that adds nothing: `other` is the earlier duplicate (`duplicate`) or the value that covers it. */
interface Redundancy {
  index: number;
  other: number;
  duplicate: boolean;
}

/**
 * The redundant values of one list. The answer depends only on the values and on whether they are actions,
 * so it is kept by their text and found again in every later version of the document.
 */
const redundanciesByText = rememberedByText(textRegion<readonly Redundancy[]>('iam/redundant-values'),
  (key, cache) => redundanciesOf(JSON.parse(key.slice(1)) as string[], key[0] === 'a', cache));

function redundanciesOf(values: string[], isAction: boolean, cache: AnalysisCache | undefined): Redundancy[] {
  const coverer = isAction ? actionCovers : resourceCovers;
  const covers = (broad: string, narrow: string): boolean => coverer(broad, narrow, cache);
  const key = (v: string): string => (isAction ? v.toLowerCase() : v);
  // Only a value with a wildcard can cover another, and only one of the same service, or one whose service
  // part is itself a wildcard. Grouping keeps long lists (ReadOnlyAccess has over a thousand actions) linear.
  const patternsByGroup = new Map<string | undefined, number[]>();
  values.forEach((value, i) => {
    if (!hasWildcard(value)) return;
    const group = groupOf(value, isAction, cache);
    const members = patternsByGroup.get(group);
    if (members) members.push(i);
    else patternsByGroup.set(group, [i]);
  });
  const found: Redundancy[] = [];
  const firstByKey = new Map<string, number>();
  values.forEach((value, i) => {
    const k = key(value);
    const first = firstByKey.get(k);
    if (first !== undefined) {
      found.push({ index: i, other: first, duplicate: true });
      return;
    }
    firstByKey.set(k, i);
    const group = groupOf(value, isAction, cache);
    const candidates = group === undefined ? [...patternsByGroup.values()].flat() : [...patternsByGroup.get(group) ?? [], ...patternsByGroup.get(undefined) ?? []];
    const coveredAt = candidates.find((j) => j !== i && key(values[j]) !== k && covers(values[j], value)
      // Two patterns that cover each other are equal sets; only the later one is reported.
      && !(j > i && covers(value, values[j])));
    if (coveredAt !== undefined) found.push({ index: i, other: coveredAt, duplicate: false });
  });
  return found;
}

function checkList(ctx: StatementContext, list: ValueList, locale: Locale): Finding[] {
  const isAction = list.name === 'Action' || list.name === 'NotAction';
  const items: StringItem[] = list.strings;
  const redundancies = redundanciesByText((isAction ? 'a' : 'r') + JSON.stringify(items.map((item) => item.value)), ctx.options.cache);
  if (redundancies.length === 0) return [];
  const text = pick(TEXT, locale);
  const code = isAction ? 'REDUNDANT_ACTION' : 'REDUNDANT_RESOURCE';
  return redundancies.map(({ index, other: otherIndex, duplicate }) => {
    const item = items[index];
    const other = items[otherIndex];
    const message = duplicate ? text.duplicate(item.value, list.name) : text.covered(item.value, other.value, list.name, code);
    const removal = items.length > 1 ? ctx.edits.removeNode(item.node) : undefined;
    return finding(RULE, 'info', message, ctx.span(item.node), {
      unnecessary: true,
      related: [{ span: ctx.span(other.node), message: text.other }],
      fixes: removal ? [{ title: text.remove, edits: [removal], isPreferred: true }] : [],
    });
  });
}

export const redundantValue: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Redundant action or resource', ja: '冗長なアクションやリソース' },
    severity: 'info',
    description: {
      en: 'An action or resource that is listed twice, or that another value of the same list already covers, such as ' +
        '"s3:GetObject" next to "s3:Get*". It does no harm but makes the policy longer and harder to review.',
      ja: '2 回書かれている、または同じリストの別の値にすでに含まれているアクションやリソースです（"s3:Get*" と並んだ "s3:GetObject" など）。' +
        '害はありませんが、ポリシーが長く、読みにくくなります。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
    ],
    accessAnalyzerCode: 'REDUNDANT_ACTION',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:GetObject"],"Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}',
    },
    fix: {
      en: 'Remove the value that is already covered.',
      ja: 'すでに含まれている値を削除してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const findings: Finding[] = [];
    for (const list of [s.action, s.notAction, s.resource, s.notResource]) {
      if (list && list.form === 'array') findings.push(...checkList(ctx, list, ctx.options.locale));
    }
    return findings;
  },
};
