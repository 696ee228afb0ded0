// Feature: which cache behaviors can ever be used. Wraps the exact reachability analysis of the path
// engine for one distribution, and memoises it (and the distribution views) per parsed document, so the
// shadowing rule, the code lenses and the hovers of one document version share one computation.

import { compilePattern, matchPath } from '../cacheBehavior/pathPattern';
import { analyzeReachability, type ReachabilityResult } from '../cacheBehavior/shadow';
import { DEFAULT_SEMANTICS, type PathSemantics } from '../cacheBehavior/semantics';
import { derivedOf, type ParsedDocument } from '../parse';
import { readDistribution, type BehaviorView, type DistributionView } from './distribution';

export type BehaviorReachability =
  | { status: 'reachable'; example: string; /** Set when an earlier pattern is unknown, so the example may be taken. */ uncertain: boolean }
  | {
      status: 'unreachable';
      /**
       * The behaviors (0-based `index`) that take its paths, each of them reachable itself; or, when
       * `containedIn` is set, the one earlier behavior whose pattern alone matches all of its paths (who
       * takes them was left open by the analysis budget, and that behavior may lose them to earlier ones).
       */
      coveredBy: number[];
      containedIn?: true;
    }
  | { status: 'unknown' };

export interface DistributionReachability {
  /** One entry per non-default behavior, in list order. */
  behaviors: BehaviorReachability[];
  /** The Default behavior's entry. */
  defaultBehavior: BehaviorReachability;
}

const DISTRIBUTION_VIEWS = Symbol('distribution views');
const analyses = new WeakMap<DistributionView, Map<boolean, DistributionReachability>>();

/** The distributions of a parsed document, computed once per document version. */
export function distributionsOf(doc: ParsedDocument): DistributionView[] {
  return derivedOf(doc, DISTRIBUTION_VIEWS, () => doc.model.distributions.map(readDistribution));
}

/**
 * While a user types, most edits leave the list of path patterns as it was, so the exact analysis of a list
 * is kept for the lists seen last and reused by later versions of the document. The results are plain data
 * that nobody mutates. A template can hold hundreds of distributions, each with its own list, so the memory
 * holds many lists (a list's results are a few small objects per behavior).
 */
const recentLists = new Map<string, ReachabilityResult[]>();
const RECENT_LISTS = 1024;

function reachabilityOfPatterns(patterns: string[], semantics: PathSemantics): ReachabilityResult[] {
  const key = `${semantics.questionMatchesSlash ? 1 : 0}${JSON.stringify(patterns)}`;
  const cached = recentLists.get(key);
  if (cached) {
    recentLists.delete(key);
    recentLists.set(key, cached);
    return cached;
  }
  const results = analyzeReachability(patterns, semantics);
  recentLists.set(key, results);
  if (recentLists.size > RECENT_LISTS) recentLists.delete(recentLists.keys().next().value as string);
  return results;
}

/**
 * Called by the shadowing rule, lenses and hovers. Behaviors whose pattern is not a literal string are
 * left out of the analysis. That keeps every "unreachable" verdict sound (the known earlier patterns
 * already cover the behavior, whatever the unknown one does), while a "reachable" example after an
 * unknown pattern is marked uncertain.
 */
export function reachabilityOf(dist: DistributionView, semantics: PathSemantics = DEFAULT_SEMANTICS): DistributionReachability {
  let bySemantics = analyses.get(dist);
  if (!bySemantics) {
    bySemantics = new Map();
    analyses.set(dist, bySemantics);
  }
  const cached = bySemantics.get(semantics.questionMatchesSlash);
  if (cached) return cached;

  const known: BehaviorView[] = dist.behaviors.filter((b) => b.pathPattern !== undefined);
  const results = reachabilityOfPatterns(known.map((b) => b.pathPattern as string), semantics);
  const firstUnknown = dist.behaviors.find((b) => b.pathPattern === undefined)?.index as number | undefined;
  const translate = (result: ReachabilityResult, position: number, k: number): BehaviorReachability => {
    if (result.status === 'unreachable') {
      const coveredBy = result.coveredBy.map((j) => known[j].index as number);
      return result.containedIn ? { status: 'unreachable', coveredBy, containedIn: true } : { status: 'unreachable', coveredBy };
    }
    if (result.status === 'unknown') return { status: 'unknown' };
    const example = readableExample(result.example, known.slice(0, k).map((b) => b.pathPattern as string), k < known.length ? known[k].pathPattern : undefined, semantics);
    return { status: 'reachable', example, uncertain: firstUnknown !== undefined && firstUnknown < position };
  };
  const byIndex = new Map<number, BehaviorReachability>();
  known.forEach((b, k) => byIndex.set(b.index as number, translate(results[k], b.index as number, k)));
  const analysis: DistributionReachability = {
    behaviors: dist.behaviors.map((b) => byIndex.get(b.index as number) ?? { status: 'unknown' }),
    defaultBehavior: translate(results[known.length], Number.POSITIVE_INFINITY, known.length),
  };
  bySemantics.set(semantics.questionMatchesSlash, analysis);
  return analysis;
}

/**
 * The shortest example path can look odd to a person (`/.jpg` for `*.jpg`). This puts a letter in front of a
 * segment that starts with "." when the result still reaches the same behavior: it still matches the
 * behavior's pattern (or is any path, for the Default) and no earlier pattern. Otherwise the example stays.
 */
function readableExample(example: string, earlier: string[], own: string | undefined, semantics: PathSemantics): string {
  if (!example.includes('/.')) return example;
  for (const letter of ['a', 'x', 'y', 'z', 'q']) {
    const candidate = example.replace(/\/\./g, `/${letter}.`);
    const matchesOwn = own === undefined || matchPath(compilePattern(own, semantics), candidate).matched;
    if (matchesOwn && !earlier.some((p) => matchPath(compilePattern(p, semantics), candidate).matched)) return candidate;
  }
  return example;
}
