// Feature: code lenses on a distribution. One "Simulate path…" lens over the behavior lists, and one
// lens per behavior that says where it stands in the evaluation order and a path that reaches it, or
// which behaviors take its paths when it can never be reached.

import type { ParsedDocument } from '../parse';
import { propKey, spanOf } from '../jsonTree';
import { pick, type Localized } from '../i18n';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { Span } from '../types';
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
    const reach = reachabilityOf(dist, options.semantics);
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
