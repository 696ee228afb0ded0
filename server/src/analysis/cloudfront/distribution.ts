// Feature: a shape-independent view of a distribution config. The API form wraps lists in
// `{Quantity, Items}` and nests CachedMethods inside AllowedMethods; CloudFormation uses plain arrays and
// puts CachedMethods beside AllowedMethods (facts: cloudfront.md §3–§4). Everything downstream
// (simulation, reachability, lenses, rules) reads this view and never the raw shape.

import type { DistributionTarget } from '../classify';
import { asBoolean, asNumber, asString, isIntrinsic, isObject, items, prop, type Node } from '../jsonTree';

export interface BehaviorView {
  /** 0-based position in the cache-behavior list, or 'default' for the DefaultCacheBehavior. */
  index: number | 'default';
  node: Node;
  /** The PathPattern as written; undefined for the default and for values that are not plain strings. */
  pathPattern: string | undefined;
  patternNode: Node | undefined;
  /** True when the PathPattern is an intrinsic function or otherwise not a literal string. */
  patternUnknown: boolean;
  targetOriginId: string | undefined;
  viewerProtocolPolicy: string | undefined;
  /** Undefined when not written (AWS then allows and caches GET and HEAD). */
  allowedMethods: string[] | undefined;
  cachedMethods: string[] | undefined;
  cachePolicyId: string | undefined;
  originRequestPolicyId: string | undefined;
  /** Legacy settings; undefined when absent or not a number. */
  minTTL: number | undefined;
  defaultTTL: number | undefined;
  maxTTL: number | undefined;
  /** Legacy ForwardedValues.QueryString. */
  forwardQueryString: boolean | undefined;
  hasForwardedValues: boolean;
}

export interface OriginView {
  id: string;
  node: Node;
  domainName: string | undefined;
  /** '' when absent; undefined when it is only known at deployment (an intrinsic function). */
  originPath: string | undefined;
  kind: 's3' | 'custom' | 'vpc' | 'unknown';
  originProtocolPolicy: string | undefined;
}

export interface DistributionView {
  target: DistributionTarget;
  /** A short label: the logical id in templates, otherwise "DistributionConfig". */
  label: string;
  behaviors: BehaviorView[];
  defaultBehavior: BehaviorView | undefined;
  /** The JSON array holding the cache behaviors, when there is one. */
  behaviorList: Node | undefined;
  origins: OriginView[];
  originGroupIds: string[];
  defaultRootObject: string | undefined;
}

/** A list in either shape: a plain array (CloudFormation) or `{Quantity, Items}` (API). */
export function listOf(node: Node | undefined): Node[] {
  if (node?.type === 'array') return items(node);
  return items(prop(node, 'Items'));
}

function listArrayNode(node: Node | undefined): Node | undefined {
  if (node?.type === 'array') return node;
  const inner = prop(node, 'Items');
  return inner?.type === 'array' ? inner : undefined;
}

function strings(nodes: Node[]): string[] | undefined {
  const out = nodes.map(asString);
  return out.every((s): s is string => s !== undefined) ? out : undefined;
}

function readBehavior(node: Node, index: number | 'default', shape: DistributionTarget['shape']): BehaviorView {
  const patternNode = index === 'default' ? undefined : prop(node, 'PathPattern');
  const pathPattern = asString(patternNode);
  const allowed = prop(node, 'AllowedMethods');
  const cached = shape === 'cloudformation' ? prop(node, 'CachedMethods') : prop(allowed, 'CachedMethods');
  const forwarded = prop(node, 'ForwardedValues');
  return {
    index,
    node,
    pathPattern,
    patternNode,
    patternUnknown: index !== 'default' && pathPattern === undefined,
    targetOriginId: asString(prop(node, 'TargetOriginId')),
    viewerProtocolPolicy: asString(prop(node, 'ViewerProtocolPolicy')),
    allowedMethods: allowed && !isIntrinsic(allowed) ? strings(listOf(allowed)) : undefined,
    cachedMethods: cached && !isIntrinsic(cached) ? strings(listOf(cached)) : undefined,
    cachePolicyId: asString(prop(node, 'CachePolicyId')),
    originRequestPolicyId: asString(prop(node, 'OriginRequestPolicyId')),
    minTTL: asNumber(prop(node, 'MinTTL')),
    defaultTTL: asNumber(prop(node, 'DefaultTTL')),
    maxTTL: asNumber(prop(node, 'MaxTTL')),
    forwardQueryString: asBoolean(prop(forwarded, 'QueryString')),
    hasForwardedValues: isObject(forwarded),
  };
}

function readOrigin(node: Node): OriginView | undefined {
  const id = asString(prop(node, 'Id'));
  if (id === undefined) return undefined;
  const custom = prop(node, 'CustomOriginConfig');
  const kind = prop(node, 'S3OriginConfig') ? 's3' : custom ? 'custom' : prop(node, 'VpcOriginConfig') ? 'vpc' : 'unknown';
  return {
    id,
    node,
    domainName: asString(prop(node, 'DomainName')),
    originPath: prop(node, 'OriginPath') === undefined ? '' : asString(prop(node, 'OriginPath')),
    kind,
    originProtocolPolicy: asString(prop(custom, 'OriginProtocolPolicy')),
  };
}

/** Builds the view of one distribution target. Never throws; missing parts are undefined or empty. */
export function readDistribution(target: DistributionTarget): DistributionView {
  const config = target.config;
  const list = prop(config, 'CacheBehaviors');
  const defaultNode = prop(config, 'DefaultCacheBehavior');
  return {
    target,
    label: target.logicalId ?? 'DistributionConfig',
    // The index is the position in the list as written, so it matches what AWS and the user count.
    behaviors: listOf(list).flatMap((node, i) => (isObject(node) ? [readBehavior(node, i, target.shape)] : [])),
    defaultBehavior: isObject(defaultNode) ? readBehavior(defaultNode, 'default', target.shape) : undefined,
    behaviorList: listArrayNode(list),
    origins: listOf(prop(config, 'Origins')).map(readOrigin).filter((o): o is OriginView => o !== undefined),
    originGroupIds: listOf(prop(config, 'OriginGroups')).map((g) => asString(prop(g, 'Id'))).filter((s): s is string => s !== undefined),
    defaultRootObject: asString(prop(config, 'DefaultRootObject')) || undefined,
  };
}
