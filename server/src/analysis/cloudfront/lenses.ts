// Feature: code lenses on a distribution. One "Simulate path…" lens over the behavior lists, and one
// lens per behavior that says where it stands in the evaluation order and a path that reaches it, or
// which behaviors take its paths when it can never be reached.

import type { ParsedDocument } from '../parse';
import { propKey, spanOf } from '../jsonTree';
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

function summary(result: BehaviorReachability, position: string, distribution: number): { title: string; action: LensAction | undefined } {
  if (result.status === 'reachable') {
    return {
      title: `evaluated ${position} · e.g. ${result.example}${result.uncertain ? ' (if the unknown pattern above does not take it)' : ''}`,
      action: { kind: 'simulate', distribution, path: result.example },
    };
  }
  if (result.status === 'unreachable') {
    return { title: `never reached: covered by ${result.coveredBy.map((i) => `#${i + 1}`).join(', ')}`, action: undefined };
  }
  return { title: `evaluated ${position} · reachability not decided (patterns too complex)`, action: undefined };
}

/** Called once per document version for the editor's code lenses. */
export function codeLenses(doc: ParsedDocument): Lens[] {
  const lenses: Lens[] = [];
  distributionsOf(doc).forEach((dist, d) => {
    const reach = reachabilityOf(dist);
    const listKey = propKey(dist.target.config, 'CacheBehaviors');
    const defaultKey = propKey(dist.target.config, 'DefaultCacheBehavior');
    const anchor = listKey ?? defaultKey;
    if (anchor) lenses.push({ span: spanOf(anchor), title: 'Simulate path…', action: { kind: 'simulate', distribution: d } });
    dist.behaviors.forEach((behavior, position) => {
      const result = reach.behaviors[position];
      const { title, action } = summary(result, ordinal(position), d);
      const coveredBy = result.status === 'unreachable' ? dist.behaviors.find((b) => b.index === result.coveredBy[0]) : undefined;
      lenses.push({
        span: spanOf(behavior.node),
        title: `#${position + 1} ${title}`,
        action: action ?? (coveredBy ? { kind: 'reveal', span: spanOf(coveredBy.node) } : undefined),
      });
    });
    if (dist.defaultBehavior && defaultKey) {
      const result = reach.defaultBehavior;
      const { title, action } = summary(result, 'last', d);
      const coveredBy = result.status === 'unreachable' ? dist.behaviors.find((b) => b.index === result.coveredBy[0]) : undefined;
      if (anchor !== defaultKey) lenses.push({ span: spanOf(defaultKey), title: 'Simulate path…', action: { kind: 'simulate', distribution: d } });
      lenses.push({
        span: spanOf(defaultKey),
        title: `Default (*) ${title}`,
        action: action ?? (coveredBy ? { kind: 'reveal', span: spanOf(coveredBy.node) } : undefined),
      });
    }
  });
  return lenses;
}
