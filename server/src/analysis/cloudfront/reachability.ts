// Feature: which cache behaviors can ever be used. Wraps the exact reachability analysis of the path
// engine for one distribution, and keeps it (and the distribution views) with the parsed document, so the
// shadowing rule, the code lenses and the hovers of one document version share one computation. Across
// versions, the analysis of a list of patterns is kept in the cache (`cloudfront/reachability`).

import { textRegion, type AnalysisCache } from '../cache';
import { compilePattern, matchPath } from './paths/pathPattern';
import { analyzeReachability, type ReachabilityResult } from './paths/shadow';
import type { PathSemantics } from './paths/semantics';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import { derivedOf, type ParsedDocument } from '../document/parse';
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
/** Each version's reachability, by distribution view and then by the reading of `?`, kept with the document. */
const REACHABILITY = Symbol('reachability');

/** The distributions of a parsed document, computed once per document version. */
export function distributionsOf(doc: ParsedDocument): DistributionView[] {
  return derivedOf(doc, DISTRIBUTION_VIEWS, () => doc.model.distributions.map(readDistribution));
}

/**
 * While a user types, most edits leave the list of path patterns as it was, so the exact analysis of a list
 * is kept in the cache for the lists used last and reused by later versions of the document. The results are
 * plain data that nobody mutates. A template can hold hundreds of distributions, each with its own list, so the
 * region holds many lists (a list's results are a few small objects per behavior).
 */
const LISTS = textRegion<ReachabilityResult[]>('cloudfront/reachability', { recency: true });

function reachabilityOfPatterns(patterns: string[], semantics: PathSemantics, cache: AnalysisCache | undefined): ReachabilityResult[] {
  if (!cache) return analyzeReachability(patterns, semantics);
  const lists = cache.region(LISTS);
  const key = `${semantics.questionMatchesSlash ? 1 : 0}${JSON.stringify(patterns)}`;
  const cached = lists.get(key);
  if (cached) return cached;
  const results = analyzeReachability(patterns, semantics, { cache });
  lists.set(key, results);
  return results;
}

/**
 * Called by the shadowing rule, lenses and hovers. Behaviors whose pattern is not a literal string are
 * left out of the analysis. That keeps every "unreachable" verdict sound (the known earlier patterns
 * already cover the behavior, whatever the unknown one does), while a "reachable" example after an
 * unknown pattern is marked uncertain.
 */
export function reachabilityOf(doc: ParsedDocument, dist: DistributionView, options: Pick<AnalysisOptions, 'semantics' | 'cache'> = DEFAULT_OPTIONS): DistributionReachability {
  const { semantics, cache } = options;
  const analyses = derivedOf(doc, REACHABILITY, () => new Map<DistributionView, Map<boolean, DistributionReachability>>());
  let bySemantics = analyses.get(dist);
  if (!bySemantics) {
    bySemantics = new Map();
    analyses.set(dist, bySemantics);
  }
  const cached = bySemantics.get(semantics.questionMatchesSlash);
  if (cached) return cached;

  const known: BehaviorView[] = dist.behaviors.filter((b) => !b.patternUnknown);
  const results = reachabilityOfPatterns(known.map((b) => b.pathPattern as string), semantics, cache);
  // The first position whose pattern is unknown: a behavior without a readable pattern, or an item (or the whole
  // list) only known at deployment. A path that reaches a behavior after it may go there instead.
  const unknownPositions = [
    ...dist.behaviors.filter((b) => b.patternUnknown).map((b) => b.index as number),
    ...dist.unknownBehaviors.map((u) => u.index),
    ...(dist.behaviorListUnknown ? [-1] : []),
  ];
  const firstUnknown = unknownPositions.length ? Math.min(...unknownPositions) : undefined;
  const translate = (result: ReachabilityResult, position: number, k: number): BehaviorReachability => {
    if (result.status === 'unreachable') {
      const coveredBy = result.coveredBy.map((j) => known[j].index as number);
      return result.containedIn ? { status: 'unreachable', coveredBy, containedIn: true } : { status: 'unreachable', coveredBy };
    }
    if (result.status === 'unknown') return { status: 'unknown' };
    const example = readableExample(result.example, known.slice(0, k).map((b) => b.pathPattern as string), k < known.length ? known[k].pathPattern : undefined, semantics, cache);
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
function readableExample(example: string, earlier: string[], own: string | undefined, semantics: PathSemantics, cache: AnalysisCache | undefined): string {
  if (!example.includes('/.')) return example;
  for (const letter of ['a', 'x', 'y', 'z', 'q']) {
    const candidate = example.replace(/\/\./g, `/${letter}.`);
    const matchesOwn = own === undefined || matchPath(compilePattern(own, semantics, cache), candidate).matched;
    if (matchesOwn && !earlier.some((p) => matchPath(compilePattern(p, semantics, cache), candidate).matched)) return candidate;
  }
  return example;
}
