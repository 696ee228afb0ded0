// Rule: cloudfront/shadowed-behavior. A cache behavior that no request can reach.
// CloudFront tries the cache behaviors in list order, uses the first whose path pattern matches, and
// uses the Default behavior only when none does (facts: cloudfront.md §1.3, §10). A behavior is never
// used when every path it matches is matched by the behaviors above it, together: not only by one of
// them (`/img/?*` and `/img/` between them cover `/img/*`). The decision is exact; when the analysis runs
// out of budget, nothing is reported.

import type { BehaviorView, DistributionView } from '../../cloudfront/distribution';
import { distributionsOf, reachabilityOf } from '../../cloudfront/reachability';
import { ordinal } from '../../cloudfront/simulate';
import { pick, type Locale, type Localized } from '../../i18n';
import { propKey, spanOf, type Node } from '../../jsonTree';
import type { AnalysisOptions } from '../../options';
import type { ParsedDocument } from '../../parse';
import type { Finding, Fix } from '../../types';
import type { Rule } from '../types';

function label(b: BehaviorView): string {
  return `#${(b.index as number) + 1} "${b.pathPattern}"`;
}

const TEXT: Localized<{
  and: string;
  same: (first: string, leadingSlashOnly: boolean) => string;
  one: (names: string) => string;
  union: (names: string) => string;
  message: (n: number, pattern: string, why: string) => string;
  fix: (pattern: string, target: string) => string;
  related: (ordinal: string) => string;
  defaultMessage: (names: string, several: boolean) => string;
  defaultRelated: (ordinal: string) => string;
}> = {
  en: {
    and: ' and ',
    same: (first, slash) => `${first} has the same pattern${slash ? ' (a leading "/" makes no difference)' : ''}, and it comes first`,
    one: (names) => `every path it matches is matched first by ${names}`,
    union: (names) => `every path it matches is matched first by ${names} together`,
    message: (n, pattern, why) => `Cache behavior #${n} "${pattern}" is never used: ${why}. CloudFront uses the first behavior in the list whose pattern matches.`,
    fix: (pattern, target) => `Move "${pattern}" above ${target}`,
    related: (ordinal) => `${ordinal} behavior, takes these paths first`,
    defaultMessage: (names, several) => `The Default cache behavior is never used: ${names} ${several ? 'together match' : 'matches'} every path. Its settings have no effect.`,
    defaultRelated: (ordinal) => `${ordinal} behavior, matches paths before the Default`,
  },
  ja: {
    and: '、',
    same: (first, slash) => `${first} が同じパターン${slash ? '（先頭の "/" の有無は区別されません）' : ''}で、先に評価されます`,
    one: (names) => `一致するすべてのパスが先に ${names} に一致します`,
    union: (names) => `一致するすべてのパスが先に ${names} のいずれかに一致します`,
    message: (n, pattern, why) => `キャッシュビヘイビア #${n} "${pattern}" は使われません: ${why}。CloudFront はリストの上から順に評価し、最初に一致したビヘイビアを使います。`,
    fix: (pattern, target) => `"${pattern}" を ${target} の上へ移動`,
    related: (ordinal) => `${ordinal}のビヘイビア（先にこのパスを受け取ります）`,
    defaultMessage: (names, several) => `デフォルトのキャッシュビヘイビアは使われません: ${names} ${several ? 'で' : 'が'}すべてのパスに一致します。この設定は効果がありません。`,
    defaultRelated: (ordinal) => `${ordinal}のビヘイビア（デフォルトより先に一致します）`,
  },
};

function listLabels(dist: DistributionView, indices: number[], locale: Locale): string {
  const names = indices.map((i) => label(dist.behaviors.find((b) => b.index === i) as BehaviorView));
  if (locale === 'ja') return names.join('、');
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Moves list item `from` before list item `to` (to < from), keeping the file's own formatting: the
 * moved text and the separator between items are taken from the document as written.
 */
export function moveItemFix(text: string, list: Node, from: number, to: number, title: string): Fix | undefined {
  const itemsNodes = list.children ?? [];
  const moved = itemsNodes[from];
  const target = itemsNodes[to];
  const before = itemsNodes[from - 1];
  const afterTarget = itemsNodes[to + 1];
  if (!moved || !target || !before || !afterTarget || to >= from) return undefined;
  const separator = text.slice(target.offset + target.length, afterTarget.offset);
  const movedText = text.slice(moved.offset, moved.offset + moved.length);
  const removeStart = before.offset + before.length;
  return {
    title,
    edits: [
      { span: { offset: target.offset, length: 0 }, newText: movedText + separator },
      { span: { offset: removeStart, length: moved.offset + moved.length - removeStart }, newText: '' },
    ],
  };
}

function findingsFor(doc: ParsedDocument, dist: DistributionView, options: AnalysisOptions): Finding[] {
  const text = doc.text;
  const findings: Finding[] = [];
  const t = pick(TEXT, options.locale);
  const reach = reachabilityOf(doc, dist, options);
  dist.behaviors.forEach((behavior, position) => {
    const result = reach.behaviors[position];
    if (result.status !== 'unreachable' || !behavior.patternNode) return;
    const covering = result.coveredBy;
    const first = dist.behaviors.find((b) => b.index === covering[0]);
    const same = covering.length === 1 && first?.pathPattern !== undefined &&
      first.pathPattern.replace(/^\/?/, '/') === (behavior.pathPattern ?? '').replace(/^\/?/, '/');
    const names = listLabels(dist, covering, options.locale);
    const why = same
      ? t.same(label(first as BehaviorView), first?.pathPattern !== behavior.pathPattern)
      : covering.length === 1 ? t.one(names) : t.union(names);
    const fixes: Fix[] = [];
    if (dist.behaviorList && first && !same) {
      const fix = moveItemFix(text, dist.behaviorList, behavior.index as number, covering[0], t.fix(behavior.pathPattern ?? '', label(first)));
      if (fix) fixes.push(fix);
    }
    findings.push({
      rule: 'cloudfront/shadowed-behavior',
      severity: 'warning',
      message: t.message((behavior.index as number) + 1, behavior.pathPattern ?? '', why),
      span: spanOf(behavior.patternNode),
      fixes,
      related: covering.map((i) => {
        const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
        return { span: spanOf(b.patternNode ?? b.node), message: t.related(ordinal(i, options.locale)) };
      }),
    });
  });
  const defaultResult = reach.defaultBehavior;
  if (defaultResult.status === 'unreachable' && dist.defaultBehavior) {
    const keyNode = propKey(dist.target.config, 'DefaultCacheBehavior');
    findings.push({
      rule: 'cloudfront/shadowed-behavior',
      severity: 'warning',
      message: t.defaultMessage(listLabels(dist, defaultResult.coveredBy, options.locale), defaultResult.coveredBy.length > 1),
      span: spanOf(keyNode ?? dist.defaultBehavior.node),
      related: defaultResult.coveredBy.map((i) => {
        const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
        return { span: spanOf(b.patternNode ?? b.node), message: t.defaultRelated(ordinal(i, options.locale)) };
      }),
    });
  }
  return findings;
}

export const shadowedBehavior: Rule = {
  meta: {
    id: 'cloudfront/shadowed-behavior',
    title: { en: 'Cache behavior can never be used', ja: '使われないキャッシュビヘイビア' },
    severity: 'warning',
    description: {
      en: 'CloudFront evaluates cache behaviors top to bottom and uses the first whose path pattern matches; the ' +
        'Default behavior comes last. A behavior whose every path is matched by the behaviors above it is dead ' +
        'configuration, and usually a sign that the order is wrong: for example a behavior that requires signed URLs ' +
        'below a broader one that does not. The quick fix moves the behavior above the one that takes its paths.',
      ja: 'CloudFront はキャッシュビヘイビアを上から順に評価し、パスパターンが最初に一致したものを使います。デフォルトは' +
        '常に最後です。一致するすべてのパスが上のビヘイビアに先に取られるビヘイビアは効果のない設定で、多くの場合は' +
        '順序の誤りです（例: 署名付き URL を要求するビヘイビアが、要求しない広いビヘイビアの下にある）。' +
        'クイックフィックスは、パスを先に取っているビヘイビアの上へ移動します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern',
    ],
  },
  check({ doc, options }) {
    return distributionsOf(doc).flatMap((dist) => findingsFor(doc, dist, options));
  },
};
