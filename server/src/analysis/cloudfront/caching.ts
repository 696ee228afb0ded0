// Feature: what a behavior's caching settings amount to. Rules and the summary lens ask the same
// questions (which TTLs apply, does anything get cached, which methods are allowed), so the answers live
// here once (botocore's CacheBehavior and ForwardedValues documentation, DevGuide Expiration and the
// managed-policy pages).

import { presenceOf, type BehaviorView, type OriginView, type DistributionView } from './distribution';
import { MANAGED_CACHE_POLICIES, type ManagedCachePolicy } from './managedPolicies';

/** AWS's documented defaults for the legacy TTLs and cache policies (DevGuide Expiration; botocore CachePolicyConfig). */
export const DEFAULT_MIN_TTL = 0;
export const DEFAULT_DEFAULT_TTL = 86400;
export const DEFAULT_MAX_TTL = 31536000;

export interface EffectiveTtls {
  min: number;
  def: number;
  max: number;
  /** Where the values come from. */
  source: 'managed-cache-policy' | 'legacy';
  policy?: ManagedCachePolicy;
  /** Which legacy values were written; the others are AWS's defaults. */
  written: { min: boolean; def: boolean; max: boolean };
}

/**
 * The TTLs that apply to a behavior: those of a known managed cache policy, or the legacy values with AWS's
 * defaults for the missing ones (a MinTTL above a default raises that default). Undefined when they cannot be
 * known: a custom cache policy, an intrinsic function, a value of the wrong type, or a cache policy that
 * may or may not be there.
 */
export function effectiveTtls(b: BehaviorView): EffectiveTtls | undefined {
  if (b.cachePolicy === 'present') {
    const policy = b.cachePolicyId !== undefined ? MANAGED_CACHE_POLICIES[b.cachePolicyId] : undefined;
    if (!policy) return undefined;
    return { min: policy.minTTL, def: policy.defaultTTL, max: policy.maxTTL, source: 'managed-cache-policy', policy, written: { min: true, def: true, max: true } };
  }
  if (b.cachePolicy === 'unknown') return undefined;
  const { min, default: def, max } = b.ttl;
  if (min.kind === 'unknown' || def.kind === 'unknown' || max.kind === 'unknown') return undefined;
  const minValue = min.kind === 'number' ? min.value : DEFAULT_MIN_TTL;
  const defValue = def.kind === 'number' ? def.value : Math.max(DEFAULT_DEFAULT_TTL, minValue);
  const maxValue = max.kind === 'number' ? max.value : Math.max(DEFAULT_MAX_TTL, minValue, defValue);
  return {
    min: minValue, def: defValue, max: maxValue, source: 'legacy',
    written: { min: min.kind === 'number', def: def.kind === 'number', max: max.kind === 'number' },
  };
}

/** True when the legacy settings forward every viewer header (`*`), which turns caching off. */
export function forwardsAllHeaders(b: BehaviorView): boolean {
  return b.cachePolicy === 'absent' && (b.forwardedValues?.headers?.strings?.includes('*') ?? false);
}

export const ALL_METHODS = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'] as const;
const WRITE_METHODS = new Set(['PUT', 'PATCH', 'POST', 'DELETE']);

/** The write methods a behavior allows (POST, PUT, PATCH, DELETE), or undefined when AllowedMethods is unknown. */
export function writeMethodsAllowed(b: BehaviorView): string[] | undefined {
  // Without AllowedMethods a behavior allows GET and HEAD only.
  if (presenceOf(b.node, 'AllowedMethods') === 'absent') return [];
  const methods = b.allowedMethodsList?.strings;
  if (!methods) return undefined;
  return [...new Set(methods.filter((m) => WRITE_METHODS.has(m)))];
}

/** How a behavior caches, in one word, for the distribution summary. */
export type CachingKind = 'cached' | 'origin-controlled' | 'pass-through' | 'unknown';

export function cachingKind(b: BehaviorView): { kind: CachingKind; policyName?: string } {
  if (forwardsAllHeaders(b)) return { kind: 'pass-through' };
  const ttls = effectiveTtls(b);
  if (!ttls) return { kind: 'unknown' };
  const policyName = ttls.policy?.name;
  if (ttls.max === 0) return { kind: 'pass-through', policyName };
  if (ttls.min === 0 && ttls.def === 0) return { kind: 'origin-controlled', policyName };
  return { kind: 'cached', policyName };
}

const S3_REST = /\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/i;
const S3_WEBSITE = /\.s3-website[.-][a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/i;

/** True for an S3 website endpoint such as `bucket.s3-website-us-east-1.amazonaws.com` or `bucket.s3-website.eu-west-1.amazonaws.com`. */
export function isS3WebsiteEndpoint(domain: string): boolean {
  return S3_WEBSITE.test(domain);
}

/**
 * True when the origin is S3: it has an S3OriginConfig, or its domain name is an S3 REST or website
 * endpoint (a website endpoint is a custom origin, but S3 still serves it and still routes on Host).
 */
export function isS3Origin(origin: OriginView): boolean {
  if (origin.kind === 's3') return true;
  const domain = origin.domainName;
  return domain !== undefined && (S3_REST.test(domain) || S3_WEBSITE.test(domain));
}

/**
 * The origins a behavior sends requests to: its origin, or both members of its origin group. Undefined
 * when the target is unknown or names nothing (another rule reports that).
 */
export function targetOrigins(dist: DistributionView, b: BehaviorView): OriginView[] | undefined {
  const id = b.targetOriginId;
  if (id === undefined) return undefined;
  const origin = dist.origins.find((o) => o.id === id);
  if (origin) return [origin];
  const group = dist.originGroups.find((g) => g.id === id);
  if (!group) return undefined;
  const members = group.members.map((m) => dist.origins.find((o) => o.id === m.id));
  return members.every((m): m is OriginView => m !== undefined) ? members : undefined;
}
