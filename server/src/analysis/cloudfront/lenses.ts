// Feature: code lenses on a distribution. A summary over the distribution (how many behaviors cache and
// how many pass requests through, and what the Default does), one "Simulate path…" lens over the behavior
// lists, and one lens per behavior that says where it stands in the evaluation order and a path that
// reaches it, or which behaviors take its paths when it can never be reached.

import type { ParsedDocument } from '../document/parse';
import { propKey, spanOf } from '../source/access';
import { pick, type Localized } from '../util/i18n';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { Span } from '../types';
import { cachingKind, type CachingKind } from './caching';
import type { BehaviorView, DistributionView } from './distribution';
import { distributionsOf, reachabilityOf, type BehaviorReachability } from './reachability';
import { ordinal } from './simulate';

export type LensAction =
  /** Ask for a path (or use the given one) and simulate it on distribution `distribution` of the document. */
  | { kind: 'simulate'; distribution: number; path?: string }
  /** Put the cursor on a span of the document. */
  | { kind: 'reveal'; span: Span };

export interface Lens {
  span: Span;
  title: string;
  action: LensAction | undefined;
}

/** How one behavior caches, for the summary: the caching kinds, plus a cache policy that is not a managed one. */
type SummaryKind = CachingKind | 'custom-policy';

const SUMMARY_TEXT: Localized<{
  behaviors: (n: number) => string;
  none: string;
  count: Record<SummaryKind, (n: number) => string>;
  defaultIs: Record<SummaryKind, (policy: string | undefined) => string>;
  legacy: string;
  separator: string;
}> = {
  en: {
    behaviors: (n) => `${n} cache behavior${n === 1 ? '' : 's'}`,
    none: 'No cache behaviors besides the Default',
    count: {
      'cached': (n) => `${n} cached`,
      'origin-controlled': (n) => `${n} cached only when the origin sends Cache-Control`,
      'pass-through': (n) => `${n} passed through to the origin`,
      'custom-policy': (n) => `${n} with a custom cache policy`,
      'unknown': (n) => `${n} not known`,
    },
    defaultIs: {
      'cached': (p) => `cached (${p})`,
      'origin-controlled': (p) => `cached only when the origin sends Cache-Control (${p})`,
      'pass-through': (p) => `passed through to the origin (${p})`,
      'custom-policy': () => 'custom cache policy',
      'unknown': () => 'caching not known',
    },
    legacy: 'legacy settings',
    separator: ', ',
  },
  ja: {
    behaviors: (n) => `キャッシュビヘイビア ${n} 個`,
    none: 'デフォルト以外のキャッシュビヘイビアなし',
    count: {
      'cached': (n) => `キャッシュ ${n}`,
      'origin-controlled': (n) => `オリジンの Cache-Control に従ってキャッシュ ${n}`,
      'pass-through': (n) => `オリジンへ素通し ${n}`,
      'custom-policy': (n) => `独自のキャッシュポリシー ${n}`,
      'unknown': (n) => `不明 ${n}`,
    },
    defaultIs: {
      'cached': (p) => `キャッシュ（${p}）`,
      'origin-controlled': (p) => `オリジンの Cache-Control に従ってキャッシュ（${p}）`,
      'pass-through': (p) => `オリジンへ素通し（${p}）`,
      'custom-policy': () => '独自のキャッシュポリシー',
      'unknown': () => 'キャッシュの設定は不明',
    },
    legacy: 'レガシー設定',
    separator: '、',
  },
};

function summaryKind(b: BehaviorView): { kind: SummaryKind; policyName?: string } {
  const result = cachingKind(b);
  if (result.kind === 'unknown' && b.cachePolicy === 'present' && b.cachePolicyId !== undefined) return { kind: 'custom-policy' };
  return result;
}

/**
 * The summary of a distribution in one line, such as "4 cache behaviors: 3 cached, 1 passed through to the
 * origin · Default: cached (CachingOptimized)".
 */
export function distributionSummary(dist: DistributionView, locale: AnalysisOptions['locale']): string {
  const t = pick(SUMMARY_TEXT, locale);
  const order: SummaryKind[] = ['cached', 'origin-controlled', 'pass-through', 'custom-policy', 'unknown'];
  const counts = new Map<SummaryKind, number>();
  for (const b of dist.behaviors) {
    const { kind } = summaryKind(b);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const parts = order.filter((k) => counts.has(k)).map((k) => t.count[k](counts.get(k) as number));
  const head = dist.behaviors.length === 0 ? t.none : `${t.behaviors(dist.behaviors.length)}: ${parts.join(t.separator)}`;
  if (!dist.defaultBehavior) return head;
  const d = summaryKind(dist.defaultBehavior);
  const label = locale === 'ja' ? 'デフォルト' : 'Default';
  return `${head} · ${label}: ${t.defaultIs[d.kind](d.policyName ?? t.legacy)}`;
}

const TEXT: Localized<{
  simulate: string;
  reachable: (position: string, example: string, uncertain: boolean) => string;
  unreachable: (list: string) => string;
  unknown: (position: string) => string;
  defaultPrefix: string;
  last: string;
}> = {
  en: {
    simulate: 'Simulate path…',
    reachable: (position, example, uncertain) => `evaluated ${position} · e.g. ${example}${uncertain ? ' (if the unknown pattern above does not take it)' : ''}`,
    unreachable: (list) => `never reached: covered by ${list}`,
    unknown: (position) => `evaluated ${position} · reachability not decided (patterns too complex)`,
    defaultPrefix: 'Default (*)',
    last: 'last',
  },
  ja: {
    simulate: 'パスをシミュレート…',
    reachable: (position, example, uncertain) => `${position}に評価 · 例: ${example}${uncertain ? '（上の不明なパターンが先に取らなければ）' : ''}`,
    unreachable: (list) => `使われない: ${list} が先に一致`,
    unknown: (position) => `${position}に評価 · 到達可能か判定できません（パターンが複雑すぎます）`,
    defaultPrefix: 'デフォルト (*)',
    last: '最後',
  },
};

function summary(result: BehaviorReachability, position: string, distribution: number, options: AnalysisOptions): { title: string; action: LensAction | undefined } {
  const t = pick(TEXT, options.locale);
  if (result.status === 'reachable') {
    return { title: t.reachable(position, result.example, result.uncertain), action: { kind: 'simulate', distribution, path: result.example } };
  }
  if (result.status === 'unreachable') {
    return { title: t.unreachable(result.coveredBy.map((i) => `#${i + 1}`).join(', ')), action: undefined };
  }
  return { title: t.unknown(position), action: undefined };
}

/** Called once per document version for the editor's code lenses. */
export function codeLenses(doc: ParsedDocument, options: AnalysisOptions = DEFAULT_OPTIONS): Lens[] {
  const lenses: Lens[] = [];
  const t = pick(TEXT, options.locale);
  distributionsOf(doc).forEach((dist, d) => {
    // The summary sits on the DistributionConfig key, or on the opening brace of a bare config file.
    const configKey = dist.target.config.parent?.type === 'property' ? dist.target.config.parent.children?.[0] : undefined;
    lenses.push({ span: configKey ? spanOf(configKey) : { offset: dist.target.config.offset, length: 1 }, title: distributionSummary(dist, options.locale), action: undefined });
    const reach = reachabilityOf(doc, dist, options);
    const listKey = propKey(dist.target.config, 'CacheBehaviors');
    const defaultKey = propKey(dist.target.config, 'DefaultCacheBehavior');
    const anchor = listKey ?? defaultKey;
    if (anchor) lenses.push({ span: spanOf(anchor), title: t.simulate, action: { kind: 'simulate', distribution: d } });
    dist.behaviors.forEach((behavior, position) => {
      const result = reach.behaviors[position];
      const { title, action } = summary(result, ordinal(position, options.locale), d, options);
      const coveredBy = result.status === 'unreachable' ? dist.behaviors.find((b) => b.index === result.coveredBy[0]) : undefined;
      lenses.push({
        span: spanOf(behavior.node),
        title: `#${position + 1} ${title}`,
        action: action ?? (coveredBy ? { kind: 'reveal', span: spanOf(coveredBy.node) } : undefined),
      });
    });
    if (dist.defaultBehavior && defaultKey) {
      const result = reach.defaultBehavior;
      const { title, action } = summary(result, t.last, d, options);
      const coveredBy = result.status === 'unreachable' ? dist.behaviors.find((b) => b.index === result.coveredBy[0]) : undefined;
      if (anchor !== defaultKey) lenses.push({ span: spanOf(defaultKey), title: t.simulate, action: { kind: 'simulate', distribution: d } });
      lenses.push({
        span: spanOf(defaultKey),
        title: `${t.defaultPrefix} ${title}`,
        action: action ?? (coveredBy ? { kind: 'reveal', span: spanOf(coveredBy.node) } : undefined),
      });
    }
  });
  return lenses;
}
