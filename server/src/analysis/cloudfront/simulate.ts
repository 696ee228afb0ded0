// Feature: Simulate Path, "which behavior will this request hit?". Given a distribution and a path or URL,
// finds the behavior CloudFront uses (the first match in list order, the Default last), why each earlier
// behavior did not match, where the request goes, and how its response is cached. The document-level entry
// is simulatePath.ts, its wire form simulatePathWire.ts.

import type { AnalysisCache } from '../cache';
import { compilePattern, matchPath, normalizePattern } from './paths/pathPattern';
import { describePathAssumption, normalizeRequestPath, type NormalizedRequestPath, type PathAssumption } from './paths/normalizePath';
import { DEFAULT_SEMANTICS, type PathSemantics } from './paths/semantics';
import { formatDuration } from '../util/duration';
import { pick, type Locale } from '../util/i18n';
import { code } from '../util/markdown';
import type { Span } from '../types';
import { PATH_SIMULATE_TEXT } from './simulateText';
import { spanOf } from '../source/access';
import type { BehaviorView, DistributionView, OriginView } from './distribution';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from './managedPolicies';

export const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'] as const;

export type BehaviorRef = { kind: 'cache-behavior'; index: number; pathPattern: string } | { kind: 'default' };

export interface TriedBehavior {
  index: number;
  pathPattern: string | undefined;
  /** Why this behavior did not take the request. */
  reason: string;
}

export interface CachingAnswer {
  /** Where the TTLs come from. */
  source: 'managed-cache-policy' | 'cache-policy' | 'legacy-settings';
  cachePolicyId?: string;
  cachePolicyName?: string;
  minTTL?: number;
  defaultTTL?: number;
  maxTTL?: number;
  /** A sentence on what the TTLs mean for this request. */
  summary: string;
}

export interface PathSimulationResult {
  input: string;
  method: string;
  /** The path CloudFront matched on, after normalisation. */
  normalizedPath: string;
  /** The path as sent by the viewer. */
  rawPath: string;
  query: string;
  /** Guesses the answer rests on, in words; empty when the answer follows from documented behaviour. */
  assumptions: string[];
  behavior: BehaviorRef;
  /** The behavior object in the document. */
  behaviorSpan: Span;
  /** The behaviors tried before the one that matched, and why each did not match. */
  tried: TriedBehavior[];
  /**
   * Set when "/" was matched as the DefaultRootObject path and the literal "/" would hit another behavior:
   * the answer under the other reading of the undocumented rule.
   */
  literalRootBehavior?: BehaviorRef;
  /** Behaviors whose pattern is not a literal (an intrinsic function) and so could not be tried. */
  unknownPatterns: number[];
  origin: {
    id: string | undefined;
    kind: OriginView['kind'] | 'origin-group' | 'missing';
    domainName?: string;
    originPath?: string;
    /** The URL the origin receives; undefined when the origin is a group or unknown. */
    url?: string;
  };
  methodAllowed: boolean;
  methodCached: boolean;
  caching: CachingAnswer;
  /** What the `X-Cache` response header shows on a first and on a repeated identical request. */
  xCache: { first: string; repeated: string };
}

/** "1st", "2nd", … or "1 番目": the human position of a 0-based behavior index. */
export function ordinal(index: number, locale: Locale = 'en'): string {
  return pick(PATH_SIMULATE_TEXT, locale).ordinal(index + 1);
}

/** Explains in a few words why a normalised path does not fit a pattern. */
export function explainMismatch(pattern: string, path: string, locale: Locale = 'en'): string {
  const t = pick(PATH_SIMULATE_TEXT, locale).mismatch;
  const normalized = normalizePattern(pattern);
  const firstWildcard = normalized.search(/[*?]/);
  const prefix = firstWildcard < 0 ? normalized : normalized.slice(0, firstWildcard);
  if (firstWildcard < 0) {
    if (path.toLowerCase() === normalized.toLowerCase()) return t.caseOnlyExact(normalized);
    if (path === normalized + '/' || path + '/' === normalized) return t.trailingSlash(normalized);
    return t.noWildcard(normalized);
  }
  if (!path.startsWith(prefix)) {
    if (path.toLowerCase().startsWith(prefix.toLowerCase())) return t.prefixCase(prefix);
    if (prefix.endsWith('/') && path === prefix.slice(0, -1)) return t.missingSlash(prefix.slice(0, -1));
    return t.prefix(prefix);
  }
  const lastWildcard = Math.max(normalized.lastIndexOf('*'), normalized.lastIndexOf('?'));
  const suffix = normalized.slice(lastWildcard + 1);
  if (suffix && !path.endsWith(suffix)) {
    if (path.toLowerCase().endsWith(suffix.toLowerCase())) return t.suffixCase(suffix);
    return t.suffix(suffix);
  }
  return t.other;
}

function describeAssumption(code: PathAssumption, request: NormalizedRequestPath, input: string, locale: Locale): string {
  const t = pick(PATH_SIMULATE_TEXT, locale).assumptions;
  // Issue 12 point 18: the newer normalisation labels are worded beside the normalisation.
  const own = describePathAssumption(code, request, input.trim(), locale);
  if (own !== undefined) return own;
  return code === 'percent-escapes' ? t.percentEscapes : t.malformedEscape;
}

/**
 * Explains how long CloudFront keeps a response (DevGuide Expiration). The three TTLs are
 * taken from a managed cache policy, or from the legacy settings with AWS's defaults (0 / 1 day / 1 year).
 */
function cachingOf(behavior: BehaviorView, locale: Locale): CachingAnswer {
  const id = behavior.cachePolicyId;
  if (id !== undefined) {
    const managed = MANAGED_CACHE_POLICIES[id];
    if (!managed) {
      return { source: 'cache-policy', cachePolicyId: id, summary: pick(PATH_SIMULATE_TEXT, locale).ttl.unknownPolicy(id) };
    }
    return { source: 'managed-cache-policy', cachePolicyId: id, cachePolicyName: managed.name, minTTL: managed.minTTL, defaultTTL: managed.defaultTTL, maxTTL: managed.maxTTL, summary: ttlSummary(managed.minTTL, managed.defaultTTL, managed.maxTTL, locale) };
  }
  // AWS's defaults, including the rule that a large MinTTL raises the defaults of the others.
  const min = behavior.minTTL ?? 0;
  const max = behavior.maxTTL ?? Math.max(31536000, min, behavior.defaultTTL ?? 0);
  const def = behavior.defaultTTL ?? Math.min(Math.max(86400, min), max);
  return { source: 'legacy-settings', minTTL: min, defaultTTL: def, maxTTL: max, summary: ttlSummary(min, def, max, locale) };
}

/** What three TTLs mean together (DevGuide Expiration). */
export function ttlSummary(min: number, def: number, max: number, locale: Locale = 'en'): string {
  const t = pick(PATH_SIMULATE_TEXT, locale).ttl;
  const d = (s: number): string => formatDuration(s, locale);
  const sep = locale === 'ja' ? '' : ' ';
  const ttls = t.values(d(min), d(def), d(max));
  if (max === 0) return `${ttls}${sep}${t.never}`;
  if (def === 0 && min === 0) return `${ttls}${sep}${t.onlyWithHeaders}`;
  const minNote = min > 0 ? `${sep}${t.minOverrides(d(min))}` : '';
  return `${ttls}${sep}${t.normal(d(Math.max(min, def)))}${minNote}`;
}

function queryForwarded(behavior: BehaviorView): boolean | undefined {
  if (behavior.cachePolicyId !== undefined) {
    const cache = MANAGED_CACHE_POLICIES[behavior.cachePolicyId];
    const request = behavior.originRequestPolicyId ? MANAGED_ORIGIN_REQUEST_POLICIES[behavior.originRequestPolicyId] : undefined;
    if (cache?.queryStrings === 'all' || request?.allQueryStrings) return true;
    if (!cache || (behavior.originRequestPolicyId !== undefined && !request)) return undefined;
    return cache.queryStrings === 'none' ? false : undefined;
  }
  return behavior.forwardQueryString;
}

function originUrl(origin: OriginView, rawPath: string, query: string, forwardQuery: boolean | undefined, viewerScheme: string): string | undefined {
  if (!origin.domainName || origin.originPath === undefined) return undefined;
  const scheme = origin.kind === 's3' ? 'https'
    : origin.originProtocolPolicy === 'http-only' ? 'http'
      : origin.originProtocolPolicy === 'match-viewer' ? viewerScheme : 'https';
  const q = query && forwardQuery ? `?${query}` : '';
  return `${scheme}://${origin.domainName}${origin.originPath}${rawPath}${q}`;
}

function refOf(behavior: BehaviorView): BehaviorRef {
  return behavior.index === 'default'
    ? { kind: 'default' }
    : { kind: 'cache-behavior', index: behavior.index, pathPattern: behavior.pathPattern ?? '' };
}

function describeRef(ref: BehaviorRef, locale: Locale): string {
  const t = pick(PATH_SIMULATE_TEXT, locale).report;
  return ref.kind === 'default' ? t.defaultName : t.behaviorName(ref.index + 1, code(ref.pathPattern));
}

/** CloudFront's rule: the first behavior in list order whose pattern matches the normalised path. */
function firstMatch(dist: DistributionView, path: string, semantics: PathSemantics, locale: Locale, cache: AnalysisCache | undefined): {
  hit: BehaviorView | undefined; tried: TriedBehavior[]; unknownPatterns: number[]; questionMatchedSlash: boolean;
} {
  const tried: TriedBehavior[] = [];
  const unknownPatterns: number[] = [];
  for (const behavior of dist.behaviors) {
    const index = behavior.index as number;
    if (behavior.pathPattern === undefined) {
      unknownPatterns.push(index);
      continue;
    }
    const match = matchPath(compilePattern(behavior.pathPattern, semantics, cache), path);
    if (match.matched) return { hit: behavior, tried, unknownPatterns, questionMatchedSlash: match.questionMatchedSlash };
    tried.push({ index, pathPattern: behavior.pathPattern, reason: explainMismatch(behavior.pathPattern, path, locale) });
  }
  return { hit: undefined, tried, unknownPatterns, questionMatchedSlash: false };
}

export interface PathSimulateOptions {
  method?: string;
  semantics?: PathSemantics;
  locale?: Locale;
  /** Where compiled patterns are remembered across requests (`AnalysisOptions.cache`). */
  cache?: AnalysisCache;
}

/**
 * Called by the document-level entry (simulatePath.ts), which the editor and the CLI call. Returns the full
 * answer for one request, or undefined when the distribution has no DefaultCacheBehavior. Never throws; any
 * input string is treated as a path or URL.
 */
export function simulateDistribution(dist: DistributionView, input: string, options: PathSimulateOptions = {}): PathSimulationResult | undefined {
  const semantics = options.semantics ?? DEFAULT_SEMANTICS;
  const locale = options.locale ?? 'en';
  const t = pick(PATH_SIMULATE_TEXT, locale);
  const method = (options.method ?? 'GET').toUpperCase();
  const request = normalizeRequestPath(input);
  const assumptions = request.assumptions.map((a) => describeAssumption(a, request, input, locale));
  let path = request.path;
  // Which behavior serves "/" when a default root object is set is not documented;
  // the only known emulation matches the root object's path, so that is the answer, labelled as assumed.
  if (path === '/' && dist.defaultRootObject) {
    path = normalizePattern(dist.defaultRootObject);
    assumptions.push(t.assumptions.rootObject(path));
  }

  const first = firstMatch(dist, path, semantics, locale, options.cache);
  const { tried, unknownPatterns } = first;
  const hit = first.hit;
  if (first.questionMatchedSlash && hit) {
    assumptions.push(t.assumptions.questionSlash(hit.pathPattern ?? ''));
  }
  if (unknownPatterns.length) {
    assumptions.push(t.assumptions.unknownPatterns(unknownPatterns.map((i) => `#${i + 1}`).join(', '), unknownPatterns.length));
  }
  const chosen = hit ?? dist.defaultBehavior;
  if (!chosen) return undefined;

  const ref = refOf(chosen);
  let literalRootBehavior: BehaviorRef | undefined;
  if (path !== request.path) {
    const literal = firstMatch(dist, request.path, semantics, locale, options.cache).hit ?? dist.defaultBehavior;
    if (literal && literal !== chosen) literalRootBehavior = refOf(literal);
  }

  const origin = dist.origins.find((o) => o.id === chosen.targetOriginId);
  const isGroup = !origin && chosen.targetOriginId !== undefined && dist.originGroupIds.includes(chosen.targetOriginId);
  const viewerScheme = /^http:\/\//i.test(input.trim()) ? 'http' : 'https';

  // With no AllowedMethods, a behavior allows and caches GET and HEAD only.
  const allowed = chosen.allowedMethods ?? ['GET', 'HEAD'];
  const cached = chosen.cachedMethods ?? ['GET', 'HEAD'];
  const methodAllowed = allowed.includes(method);
  const methodCached = methodAllowed && cached.includes(method) && (method === 'GET' || method === 'HEAD' || method === 'OPTIONS');
  const caching = cachingOf(chosen, locale);

  let xCache: PathSimulationResult['xCache'];
  if (!methodAllowed) {
    xCache = { first: t.xCache.forbidden, repeated: t.xCache.forbidden };
  } else if (!methodCached || caching.maxTTL === 0) {
    xCache = { first: 'Miss from cloudfront', repeated: 'Miss from cloudfront' };
  } else if (caching.source === 'cache-policy') {
    xCache = { first: 'Miss from cloudfront', repeated: t.xCache.hitIfPolicy };
  } else if (caching.defaultTTL === 0 && caching.minTTL === 0) {
    xCache = { first: 'Miss from cloudfront', repeated: t.xCache.hitIfHeaders };
  } else {
    xCache = { first: 'Miss from cloudfront', repeated: 'Hit from cloudfront' };
  }

  return {
    input,
    method,
    normalizedPath: request.path,
    rawPath: request.rawPath,
    query: request.query,
    assumptions,
    behavior: ref,
    behaviorSpan: spanOf(chosen.node),
    ...(literalRootBehavior ? { literalRootBehavior } : {}),
    tried,
    unknownPatterns,
    origin: origin
      ? { id: origin.id, kind: origin.kind, domainName: origin.domainName, originPath: origin.originPath, url: originUrl(origin, request.rawPath, request.query, queryForwarded(chosen), viewerScheme) }
      : { id: chosen.targetOriginId, kind: isGroup ? 'origin-group' : 'missing' },
    methodAllowed,
    methodCached,
    caching,
    xCache,
  };
}

/** A readable report of a simulation, in Markdown; the editor shows it and the CLI prints it. */
export function formatPathSimulation(result: PathSimulationResult, dist: DistributionView, locale: Locale = 'en'): string {
  const t = pick(PATH_SIMULATE_TEXT, locale).report;
  const lines: string[] = [];
  lines.push(`# ${result.method} ${result.input}`);
  lines.push('');
  lines.push(t.hits(describeRef(result.behavior, locale), dist.target.logicalId));
  lines.push('');
  lines.push(`- ${t.pathMatched(code(result.normalizedPath))}${result.normalizedPath !== result.rawPath ? t.sentAs(code(result.rawPath)) : ''}${result.query ? t.queryIgnored(code(`?${result.query}`)) : ''}`);
  if (result.origin.kind === 'missing') {
    lines.push(`- ${t.missingOrigin(code(result.origin.id ?? '(none)'))}`);
  } else if (result.origin.kind === 'origin-group') {
    lines.push(`- ${t.group(code(result.origin.id ?? ''))}`);
  } else {
    lines.push(`- ${t.origin(code(result.origin.id ?? ''), result.origin.domainName ?? t.domainUnknown)}`);
    lines.push(`- ${result.origin.url ? t.receives(code(result.origin.url)) : t.urlUnknown}`);
  }
  lines.push(`- ${result.methodAllowed ? t.methodAllowed(result.method, result.methodCached) : t.methodForbidden(result.method)}`);
  const policy = result.caching.cachePolicyName ? t.managedPolicy(result.caching.cachePolicyName)
    : result.caching.cachePolicyId ? t.customPolicy(result.caching.cachePolicyId) : t.legacy;
  lines.push(`- ${t.caching(policy, result.caching.summary)}`);
  lines.push(`- ${t.xCache(result.xCache.first, result.xCache.repeated)}`);
  if (result.literalRootBehavior) lines.push(`- ${t.literalRoot(describeRef(result.literalRootBehavior, locale))}`);
  if (result.tried.length) {
    lines.push('', t.tried);
    for (const tried of result.tried) lines.push(`- #${tried.index + 1} ${code(tried.pathPattern ?? '')}: ${tried.reason}`);
  }
  if (result.assumptions.length) {
    lines.push('', t.assumed);
    for (const a of result.assumptions) lines.push(`- ${a}`);
  }
  return lines.join('\n') + '\n';
}
