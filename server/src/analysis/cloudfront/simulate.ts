// Feature: "which behavior will this request hit?". Given a distribution and a path or URL, finds the
// behavior CloudFront uses (the first match in list order, the Default last), why each earlier
// behavior did not match, where the request goes, and how its response is cached.

import { compilePattern, matchPath, normalizePattern } from '../cacheBehavior/pathPattern';
import { normalizeRequestPath, type PathAssumption } from '../cacheBehavior/normalizePath';
import { DEFAULT_SEMANTICS, type PathSemantics } from '../cacheBehavior/semantics';
import type { Span } from '../types';
import { spanOf } from '../jsonTree';
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

export interface SimulationResult {
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

const ORDINAL_SUFFIX = (n: number): string => {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

/** "1st", "2nd", …: the human position of a 0-based behavior index. */
export function ordinal(index: number): string {
  return ORDINAL_SUFFIX(index + 1);
}

/** Explains in a few words why a normalised path does not fit a pattern. */
export function explainMismatch(pattern: string, path: string): string {
  const normalized = normalizePattern(pattern);
  const firstWildcard = normalized.search(/[*?]/);
  const prefix = firstWildcard < 0 ? normalized : normalized.slice(0, firstWildcard);
  if (firstWildcard < 0) {
    if (path.toLowerCase() === normalized.toLowerCase()) return `only "${normalized}" matches, and case counts`;
    if (path === normalized + '/' || path + '/' === normalized) return `only "${normalized}" matches: the trailing slash differs`;
    return `the pattern has no wildcard, so only "${normalized}" itself matches`;
  }
  if (!path.startsWith(prefix)) {
    if (path.toLowerCase().startsWith(prefix.toLowerCase())) return `the path does not start with "${prefix}" (case counts)`;
    if (prefix.endsWith('/') && path === prefix.slice(0, -1)) return `the path lacks the "/" after "${prefix.slice(0, -1)}"`;
    return `the path does not start with "${prefix}"`;
  }
  const lastWildcard = Math.max(normalized.lastIndexOf('*'), normalized.lastIndexOf('?'));
  const suffix = normalized.slice(lastWildcard + 1);
  if (suffix && !path.endsWith(suffix)) {
    if (path.toLowerCase().endsWith(suffix.toLowerCase())) return `the path does not end with "${suffix}" (case counts)`;
    return `the path does not end with "${suffix}"`;
  }
  return 'the path does not fit the pattern';
}

function describeAssumption(code: PathAssumption): string {
  return code === 'percent-escapes'
    ? 'The path keeps percent-escapes of reserved or non-ASCII characters; CloudFront does not document whether it decodes them before matching (assumed: it does not).'
    : 'The path contains a "%" that is not a valid escape; it was matched as written.';
}

function formatSeconds(seconds: number): string {
  if (seconds === 0) return '0 s';
  const units: [number, string][] = [[31536000, 'year'], [86400, 'day'], [3600, 'hour'], [60, 'minute']];
  for (const [size, name] of units) {
    if (seconds % size === 0) {
      const n = seconds / size;
      return `${seconds} s (${n} ${name}${n === 1 ? '' : 's'})`;
    }
  }
  return `${seconds} s`;
}

/**
 * Explains how long CloudFront keeps a response (facts: cloudfront.md §5). The three TTLs are
 * taken from a managed cache policy, or from the legacy settings with AWS's defaults (0 / 1 day / 1 year).
 */
function cachingOf(behavior: BehaviorView): CachingAnswer {
  const id = behavior.cachePolicyId;
  if (id !== undefined) {
    const managed = MANAGED_CACHE_POLICIES[id];
    if (!managed) {
      return { source: 'cache-policy', cachePolicyId: id, summary: `Cache policy ${id} decides the TTLs; it is not an AWS managed policy, so its values are not known here.` };
    }
    return { source: 'managed-cache-policy', cachePolicyId: id, cachePolicyName: managed.name, minTTL: managed.minTTL, defaultTTL: managed.defaultTTL, maxTTL: managed.maxTTL, summary: ttlSummary(managed.minTTL, managed.defaultTTL, managed.maxTTL) };
  }
  const min = behavior.minTTL ?? 0;
  const max = behavior.maxTTL ?? Math.max(31536000, min, behavior.defaultTTL ?? 0);
  const def = behavior.defaultTTL ?? Math.min(Math.max(86400, min), max);
  return { source: 'legacy-settings', minTTL: min, defaultTTL: def, maxTTL: max, summary: ttlSummary(min, def, max) };
}

function ttlSummary(min: number, def: number, max: number): string {
  const ttls = `MinTTL ${formatSeconds(min)}, DefaultTTL ${formatSeconds(def)}, MaxTTL ${formatSeconds(max)}.`;
  if (max === 0) return `${ttls} Nothing is cached: every request goes to the origin.`;
  if (def === 0 && min === 0) return `${ttls} Cached only when the origin sends Cache-Control max-age/s-maxage or Expires (capped at MaxTTL); otherwise every request goes to the origin.`;
  const minNote = min > 0 ? ` Because MinTTL is above 0, responses are cached for at least ${formatSeconds(min)} even when the origin says no-store, no-cache or private.` : '';
  return `${ttls} Without caching headers from the origin, responses are cached for ${formatSeconds(Math.max(min, def))}; the origin's max-age or s-maxage is clamped between MinTTL and MaxTTL.${minNote}`;
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

function describeRef(ref: BehaviorRef): string {
  return ref.kind === 'default' ? 'the Default behavior (*)' : `behavior #${ref.index + 1} \`${ref.pathPattern}\``;
}

/** CloudFront's rule: the first behavior in list order whose pattern matches the normalised path. */
function firstMatch(dist: DistributionView, path: string, semantics: PathSemantics): {
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
    const match = matchPath(compilePattern(behavior.pathPattern, semantics), path);
    if (match.matched) return { hit: behavior, tried, unknownPatterns, questionMatchedSlash: match.questionMatchedSlash };
    tried.push({ index, pathPattern: behavior.pathPattern, reason: explainMismatch(behavior.pathPattern, path) });
  }
  return { hit: undefined, tried, unknownPatterns, questionMatchedSlash: false };
}

export interface SimulateOptions {
  method?: string;
  semantics?: PathSemantics;
}

/**
 * Called by the simulate command, the code lens and the CLI. Returns the full answer for one request.
 * Never throws; any input string is treated as a path or URL.
 */
export function simulateRequest(dist: DistributionView, input: string, options: SimulateOptions = {}): SimulationResult | undefined {
  const semantics = options.semantics ?? DEFAULT_SEMANTICS;
  const method = (options.method ?? 'GET').toUpperCase();
  const request = normalizeRequestPath(input);
  const assumptions = request.assumptions.map(describeAssumption);
  let path = request.path;
  // Which behavior serves "/" when a default root object is set is not documented (assumption A3);
  // the only known emulation matches the root object's path, so that is the answer, labelled as assumed.
  if (path === '/' && dist.defaultRootObject) {
    path = normalizePattern(dist.defaultRootObject);
    assumptions.push(`"/" was matched as "${path}" because DefaultRootObject is set; CloudFront does not document which behavior serves "/" in that case.`);
  }

  const first = firstMatch(dist, path, semantics);
  const { tried, unknownPatterns } = first;
  const hit = first.hit;
  if (first.questionMatchedSlash && hit) {
    assumptions.push(`"${hit.pathPattern}" matches only because a "?" stands for a "/"; AWS documents "?" as exactly one character without saying whether "/" counts (assumed: it does).`);
  }
  if (unknownPatterns.length) {
    assumptions.push(`Behavior${unknownPatterns.length > 1 ? 's' : ''} ${unknownPatterns.map((i) => `#${i + 1}`).join(', ')} ha${unknownPatterns.length > 1 ? 've' : 's'} a path pattern that is only known at deployment; assumed not to match.`);
  }
  const chosen = hit ?? dist.defaultBehavior;
  if (!chosen) return undefined;

  const ref = refOf(chosen);
  let literalRootBehavior: BehaviorRef | undefined;
  if (path !== request.path) {
    const literal = firstMatch(dist, request.path, semantics).hit ?? dist.defaultBehavior;
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
  const caching = cachingOf(chosen);

  let xCache: SimulationResult['xCache'];
  if (!methodAllowed) {
    xCache = { first: 'Error from cloudfront (403: method not allowed)', repeated: 'Error from cloudfront (403: method not allowed)' };
  } else if (!methodCached || caching.maxTTL === 0) {
    xCache = { first: 'Miss from cloudfront', repeated: 'Miss from cloudfront' };
  } else if (caching.source === 'cache-policy') {
    xCache = { first: 'Miss from cloudfront', repeated: 'Hit from cloudfront if the cache policy caches this response' };
  } else if (caching.defaultTTL === 0 && caching.minTTL === 0) {
    xCache = { first: 'Miss from cloudfront', repeated: 'Hit from cloudfront only if the origin sent max-age, s-maxage or Expires; otherwise Miss' };
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
export function formatSimulation(result: SimulationResult, dist: DistributionView): string {
  const lines: string[] = [];
  const name = describeRef(result.behavior);
  lines.push(`# ${result.method} ${result.input}`);
  lines.push('');
  lines.push(`**Hits ${name}** in ${dist.label}.`);
  lines.push('');
  lines.push(`- Path matched: \`${result.normalizedPath}\`${result.normalizedPath !== result.rawPath ? ` (sent as \`${result.rawPath}\`)` : ''}${result.query ? `; the query string \`?${result.query}\` plays no part in matching` : ''}`);
  if (result.origin.kind === 'missing') {
    lines.push(`- Origin: \`${result.origin.id ?? '(none)'}\` — no origin or origin group has this Id, so CloudFront rejects the config.`);
  } else if (result.origin.kind === 'origin-group') {
    lines.push(`- Origin: origin group \`${result.origin.id}\` (the primary member first, the other on failover)`);
  } else {
    lines.push(`- Origin: \`${result.origin.id}\` (${result.origin.domainName ?? 'domain unknown'})`);
    if (result.origin.url) lines.push(`- The origin receives: \`${result.origin.url}\``);
    else lines.push('- The origin URL depends on values only known at deployment (DomainName or OriginPath).');
  }
  lines.push(`- ${result.method}: ${result.methodAllowed ? 'allowed' : 'not allowed — CloudFront answers 403'}${result.methodAllowed ? (result.methodCached ? ', cacheable' : ', never cached') : ''}`);
  const policy = result.caching.cachePolicyName ? `managed cache policy ${result.caching.cachePolicyName}` : result.caching.cachePolicyId ? `cache policy ${result.caching.cachePolicyId}` : 'legacy TTL settings';
  lines.push(`- Caching (${policy}): ${result.caching.summary}`);
  lines.push(`- X-Cache: first request "${result.xCache.first}"; repeated request "${result.xCache.repeated}"`);
  if (result.literalRootBehavior) {
    lines.push(`- Read literally, "/" would hit ${describeRef(result.literalRootBehavior)} instead.`);
  }
  if (result.tried.length) {
    lines.push('');
    lines.push('Behaviors tried first:');
    for (const t of result.tried) lines.push(`- #${t.index + 1} \`${t.pathPattern}\`: ${t.reason}`);
  }
  if (result.assumptions.length) {
    lines.push('');
    lines.push('Assumed:');
    for (const a of result.assumptions) lines.push(`- ${a}`);
  }
  return lines.join('\n') + '\n';
}
