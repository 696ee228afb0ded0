// Feature: a shape-independent view of a distribution config. The API form wraps lists in
// `{Quantity, Items}` and nests CachedMethods inside AllowedMethods; CloudFormation uses plain arrays and
// puts CachedMethods beside AllowedMethods (botocore's service model; cfn-lint's schema of
// AWS::CloudFront::Distribution). Everything downstream
// (simulation, reachability, lenses, rules) reads this view and never the raw shape.

import type { DistributionTarget } from '../document/classify';
import { asBoolean, asNumber, asString, isIntrinsic, isObject, items, prop, propKey, type Node } from '../source/access';

/**
 * A legacy TTL as written: a number, absent (AWS's default applies), or unknown (an intrinsic function or
 * a value of the wrong type, which rules never judge).
 */
export type TtlValue = { kind: 'number'; value: number; node: Node } | { kind: 'absent' } | { kind: 'unknown'; node: Node };

/**
 * Whether an optional member is there. A member whose value is `Fn::If` (which may yield `AWS::NoValue`) or
 * `Ref: AWS::NoValue` may vanish at deployment, so it is neither present nor absent.
 */
export type Presence = 'present' | 'absent' | 'unknown';

/** A list member in either shape: the JSON array of its items, and the node that holds `Quantity` in the API form. */
export interface ListView {
  /** The JSON array of items; undefined when the list has none written (or is an intrinsic function). */
  array: Node | undefined;
  /** The `{Quantity, Items}` object in the API form; the array itself in CloudFormation. */
  holder: Node;
  /** The property key of the member, for short diagnostic spans. */
  key: Node | undefined;
  /** The items as strings; undefined when any item is not a plain string (an intrinsic function, a number…). */
  strings: string[] | undefined;
}

/** The legacy cache key and forwarding settings of a behavior (ForwardedValues), in either shape. */
export interface ForwardedValuesView {
  node: Node;
  key: Node | undefined;
  headers: ListView | undefined;
  /** Cookies.Forward; undefined when absent, unknown or not a string. */
  cookies: string | undefined;
  cookiesNode: Node | undefined;
  /** The Cookies.Forward value node, for fixes. */
  cookiesForwardNode: Node | undefined;
  whitelistedCookies: ListView | undefined;
  queryString: boolean | undefined;
  queryStringCacheKeys: ListView | undefined;
}

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
  /** The shape the behavior is written in. */
  shape: DistributionTarget['shape'];
  targetOriginIdNode: Node | undefined;
  /** AllowedMethods and CachedMethods as lists; CachedMethods sits inside AllowedMethods in the API form. */
  allowedMethodsList: ListView | undefined;
  cachedMethodsList: ListView | undefined;
  cachePolicy: Presence;
  cachePolicyIdNode: Node | undefined;
  forwardedValuesPresence: Presence;
  forwardedValues: ForwardedValuesView | undefined;
  /** The legacy TTLs as written, telling "absent" from "unknown". */
  ttl: { min: TtlValue; default: TtlValue; max: TtlValue };
}

export interface OriginView {
  id: string;
  node: Node;
  domainName: string | undefined;
  /** '' when absent; undefined when it is only known at deployment (an intrinsic function). */
  originPath: string | undefined;
  kind: 's3' | 'custom' | 'vpc' | 'unknown';
  originProtocolPolicy: string | undefined;
  idNode: Node | undefined;
  domainNameNode: Node | undefined;
  originPathNode: Node | undefined;
  /** The S3OriginConfig member's key, when there is one. */
  s3OriginConfigKey: Node | undefined;
  /** Custom headers: `CustomHeaders` in the API form, `OriginCustomHeaders` in CloudFormation. */
  customHeaders: ListView | undefined;
}

export interface OriginGroupView {
  id: string | undefined;
  node: Node;
  idNode: Node | undefined;
  /** The members' origin ids; undefined entries are not plain strings. */
  members: { id: string | undefined; node: Node | undefined }[];
}

/** ViewerCertificate in either shape (CloudFormation spells AcmCertificateArn, IamCertificateId, SslSupportMethod). */
export interface ViewerCertificateView {
  node: Node;
  key: Node | undefined;
  cloudFrontDefault: Node | undefined;
  acmCertificateArn: Node | undefined;
  iamCertificateId: Node | undefined;
  sslSupportMethod: Node | undefined;
  minimumProtocolVersion: Node | undefined;
}

export interface DistributionView {
  target: DistributionTarget;
  /** A short label: the logical id in templates, otherwise "DistributionConfig". */
  label: string;
  behaviors: BehaviorView[];
  defaultBehavior: BehaviorView | undefined;
  /** Items of the cache-behavior list that are only known at deployment (`Fn::If` around a behavior). */
  unknownBehaviors: { index: number; node: Node }[];
  /** True when the whole cache-behavior list is only known at deployment (`Ref`, `Fn::If`): any path may go elsewhere. */
  behaviorListUnknown: boolean;
  /** The JSON array holding the cache behaviors, when there is one. */
  behaviorList: Node | undefined;
  origins: OriginView[];
  originGroupIds: string[];
  defaultRootObject: string | undefined;
  /** Every origin object, including those whose Id is not a plain string (which `origins` leaves out). */
  originNodes: Node[];
  /** The Origins list; undefined when the member is absent. */
  originsList: ListView | undefined;
  /**
   * True when every origin and origin-group Id is a plain string, so "no such origin" can be decided. False
   * when any Id, list or item is an intrinsic function or of another type.
   */
  idsKnown: boolean;
  originGroups: OriginGroupView[];
  originGroupsList: ListView | undefined;
  cacheBehaviorsList: ListView | undefined;
  aliases: ListView | undefined;
  viewerCertificate: ViewerCertificateView | undefined;
  /** Present and not an object (an intrinsic function, for example): the certificate is unknown. */
  viewerCertificateUnknown: boolean;
  defaultRootObjectNode: Node | undefined;
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

/** Reads a list member in either shape. Undefined when the member is absent or an intrinsic function. */
export function listView(parent: Node | undefined, key: string): ListView | undefined {
  const node = prop(parent, key);
  if (!node || isIntrinsic(node)) return undefined;
  const array = listArrayNode(node);
  if (node.type !== 'array' && node.type !== 'object') return undefined;
  return { array, holder: node, key: propKey(parent, key), strings: array ? strings(items(array)) : undefined };
}

/** Whether an optional member is there (see `Presence`). */
export function presenceOf(parent: Node | undefined, key: string): Presence {
  const node = prop(parent, key);
  if (node === undefined) return 'absent';
  if (isObject(node) && node.children?.length === 1) {
    const first = node.children[0].children;
    const name: unknown = first?.[0]?.value;
    if (name === 'Fn::If') return 'unknown';
    if (name === 'Ref' && first?.[1]?.value === 'AWS::NoValue') return 'unknown';
  }
  return 'present';
}

/**
 * A legacy TTL. CloudFormation converts a numeric string such as "86400" to a number, so templates may
 * write either; the API form takes numbers only.
 */
function readTtl(parent: Node, key: string, shape: DistributionTarget['shape']): TtlValue {
  const node = prop(parent, key);
  if (node === undefined) return { kind: 'absent' };
  const n = asNumber(node);
  if (n !== undefined) return { kind: 'number', value: n, node };
  const s = asString(node);
  if (shape === 'cloudformation' && s !== undefined && /^\d+$/.test(s)) return { kind: 'number', value: Number(s), node };
  return { kind: 'unknown', node };
}

function readForwardedValues(parent: Node): ForwardedValuesView | undefined {
  const node = prop(parent, 'ForwardedValues');
  if (!isObject(node) || isIntrinsic(node)) return undefined;
  const cookiesNode = prop(node, 'Cookies');
  const forwardNode = prop(cookiesNode, 'Forward');
  return {
    node,
    key: propKey(parent, 'ForwardedValues'),
    headers: listView(node, 'Headers'),
    cookies: asString(forwardNode),
    cookiesNode,
    cookiesForwardNode: forwardNode,
    whitelistedCookies: listView(cookiesNode, 'WhitelistedNames'),
    queryString: asBoolean(prop(node, 'QueryString')),
    queryStringCacheKeys: listView(node, 'QueryStringCacheKeys'),
  };
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
    // An empty pattern has no documented meaning (the console requires one): which paths it takes is unknown.
    patternUnknown: index !== 'default' && (pathPattern === undefined || pathPattern === ''),
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
    shape,
    targetOriginIdNode: prop(node, 'TargetOriginId'),
    allowedMethodsList: listView(node, 'AllowedMethods'),
    cachedMethodsList: shape === 'cloudformation' ? listView(node, 'CachedMethods') : isIntrinsic(allowed) ? undefined : listView(allowed, 'CachedMethods'),
    cachePolicy: presenceOf(node, 'CachePolicyId'),
    cachePolicyIdNode: prop(node, 'CachePolicyId'),
    forwardedValuesPresence: presenceOf(node, 'ForwardedValues'),
    forwardedValues: readForwardedValues(node),
    ttl: { min: readTtl(node, 'MinTTL', shape), default: readTtl(node, 'DefaultTTL', shape), max: readTtl(node, 'MaxTTL', shape) },
  };
}

function readOrigin(node: Node, shape: DistributionTarget['shape']): OriginView | undefined {
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
    idNode: prop(node, 'Id'),
    domainNameNode: prop(node, 'DomainName'),
    originPathNode: prop(node, 'OriginPath'),
    s3OriginConfigKey: propKey(node, 'S3OriginConfig'),
    customHeaders: listView(node, shape === 'cloudformation' ? 'OriginCustomHeaders' : 'CustomHeaders'),
  };
}

function readOriginGroup(node: Node): OriginGroupView {
  return {
    id: asString(prop(node, 'Id')),
    node,
    idNode: prop(node, 'Id'),
    // Members keep the {Quantity, Items} wrapper in both shapes (cfn-lint's schema of AWS::CloudFront::Distribution).
    members: listOf(prop(node, 'Members')).map((m) => ({ id: asString(prop(m, 'OriginId')), node: prop(m, 'OriginId') })),
  };
}

function readViewerCertificate(config: Node): ViewerCertificateView | undefined {
  const node = prop(config, 'ViewerCertificate');
  if (!isObject(node) || isIntrinsic(node)) return undefined;
  // The API spells ACMCertificateArn, IAMCertificateId and SSLSupportMethod; CloudFormation AcmCertificateArn,
  // IamCertificateId and SslSupportMethod. Either spelling is read, so a template copied from API JSON still reads.
  const either = (a: string, b: string): Node | undefined => prop(node, a) ?? prop(node, b);
  return {
    node,
    key: propKey(config, 'ViewerCertificate'),
    cloudFrontDefault: prop(node, 'CloudFrontDefaultCertificate'),
    acmCertificateArn: either('ACMCertificateArn', 'AcmCertificateArn'),
    iamCertificateId: either('IAMCertificateId', 'IamCertificateId'),
    sslSupportMethod: either('SSLSupportMethod', 'SslSupportMethod'),
    minimumProtocolVersion: prop(node, 'MinimumProtocolVersion'),
  };
}

/** Builds the view of one distribution target. Never throws; missing parts are undefined or empty. */
export function readDistribution(target: DistributionTarget): DistributionView {
  const config = target.config;
  const list = prop(config, 'CacheBehaviors');
  const defaultNode = prop(config, 'DefaultCacheBehavior');
  const originsList = listView(config, 'Origins');
  const groupsList = listView(config, 'OriginGroups');
  const originNodes = listOf(prop(config, 'Origins')).filter((o) => isObject(o) && !isIntrinsic(o));
  const groupNodes = listOf(prop(config, 'OriginGroups')).filter((g) => isObject(g) && !isIntrinsic(g));
  const originsRaw = prop(config, 'Origins');
  const groupsRaw = prop(config, 'OriginGroups');
  const idsKnown =
    !isIntrinsic(originsRaw) && !isIntrinsic(groupsRaw) && !isIntrinsic(prop(groupsRaw, 'Items')) &&
    listOf(originsRaw).every((o) => !isIntrinsic(o) && asString(prop(o, 'Id')) !== undefined) &&
    listOf(groupsRaw).every((g) => !isIntrinsic(g) && asString(prop(g, 'Id')) !== undefined);
  const certificate = prop(config, 'ViewerCertificate');
  return {
    target,
    label: target.logicalId ?? 'DistributionConfig',
    // The index is the position in the list as written, so it matches what AWS and the user count.
    // An item only known at deployment (`Fn::If` around a behavior) is no behavior that can be judged.
    behaviors: listOf(list).flatMap((node, i) => (isObject(node) && !isIntrinsic(node) ? [readBehavior(node, i, target.shape)] : [])),
    unknownBehaviors: listOf(list).flatMap((node, index) => (isIntrinsic(node) ? [{ index, node }] : [])),
    behaviorListUnknown: isIntrinsic(list) || isIntrinsic(prop(list, 'Items')),
    defaultBehavior: isObject(defaultNode) ? readBehavior(defaultNode, 'default', target.shape) : undefined,
    behaviorList: listArrayNode(list),
    origins: originNodes.map((o) => readOrigin(o, target.shape)).filter((o): o is OriginView => o !== undefined),
    originGroupIds: listOf(prop(config, 'OriginGroups')).map((g) => asString(prop(g, 'Id'))).filter((s): s is string => s !== undefined),
    defaultRootObject: asString(prop(config, 'DefaultRootObject')) || undefined,
    originNodes,
    originsList,
    idsKnown,
    originGroups: groupNodes.map(readOriginGroup),
    originGroupsList: groupsList,
    cacheBehaviorsList: listView(config, 'CacheBehaviors'),
    // CloudFormation's deprecated CNAMEs member means the same as Aliases.
    aliases: listView(config, 'Aliases') ?? (target.shape === 'cloudformation' ? listView(config, 'CNAMEs') : undefined),
    viewerCertificate: readViewerCertificate(config),
    viewerCertificateUnknown: certificate !== undefined && (!isObject(certificate) || isIntrinsic(certificate)),
    defaultRootObjectNode: prop(config, 'DefaultRootObject'),
  };
}
