// Feature: where the schema applies in a document, and how a JSON node maps onto it. The classified
// model (document/classify.ts) names the distribution configs and invalidation batches; the wrappers around them
// (ETag, Distribution, Resources…) are not ours to judge. From a target's root, the walk follows the
// schema only, so its depth is bounded by the schema and never by the document.

import type { DistributionTarget } from '../document/classify';
import { isIntrinsic, items, pathOfNode, prop, type Node } from '../source/access';
import type { ParsedDocument } from '../document/parse';
import type { Span } from '../types';
import { DISTRIBUTION_CONFIG_SCHEMA, INVALIDATION_BATCH_SCHEMA, type DistributionShape, type SchemaMember, type SchemaNode, type ValueKind } from './schema';

export interface SchemaTarget {
  kind: 'distribution' | 'invalidation';
  /** The invalidation batch has one form, the API's. */
  shape: DistributionShape;
  /** The DistributionConfig or InvalidationBatch object. */
  root: Node;
  schema: SchemaNode;
  /** How messages name the root: `DistributionConfig`, `SiteCdn.DistributionConfig`, `InvalidationBatch`. */
  label: string;
  distribution?: DistributionTarget;
}

/** Every distribution config and invalidation batch in the document, with the schema of its shape. */
export function schemaTargets(doc: ParsedDocument): SchemaTarget[] {
  const targets: SchemaTarget[] = doc.model.distributions.map((distribution) => ({
    kind: 'distribution',
    shape: distribution.shape,
    root: distribution.config,
    schema: DISTRIBUTION_CONFIG_SCHEMA[distribution.shape],
    label: distribution.logicalId ? `${distribution.logicalId}.DistributionConfig` : 'DistributionConfig',
    distribution,
  }));
  for (const invalidation of doc.model.invalidations) {
    targets.push({ kind: 'invalidation', shape: 'api', root: invalidation.batch, schema: INVALIDATION_BATCH_SCHEMA, label: 'InvalidationBatch' });
  }
  return targets;
}

export interface SchemaVisit {
  target: SchemaTarget;
  node: Node;
  schema: SchemaNode;
  /** The object member this value belongs to; undefined for the root and for list items. */
  member?: SchemaMember;
  /** The key of that member. */
  keyNode?: Node;
  /** A readable path such as `DistributionConfig.CacheBehaviors.Items[1]`. */
  path: string;
  /** Whether the value is an item of a list. */
  inList: boolean;
}

/**
 * Calls `visit` for every node of the target that the schema describes, parents before children.
 * Intrinsic functions are unknown values and are neither visited nor entered. `visit` returns false to
 * keep the walk out of a node's children (a value of the wrong type, for example). The visit it receives is
 * valid only during the call: the walk uses one visit object per depth and refills it for the next node, so
 * that a walk over a large template allocates nothing per node. Callers read what they need right away.
 */
export function walkTarget(target: SchemaTarget, visit: (v: SchemaVisit) => boolean | void): void {
  const stack: Visit[] = [];
  const walk = (depth: number, node: Node, schema: SchemaNode, member: SchemaMember | undefined, keyNode: Node | undefined, segment: PathSegment | undefined): void => {
    if (isIntrinsic(node)) return;
    let v = stack[depth];
    if (v) v.refill(node, schema, member, keyNode, segment);
    else stack[depth] = v = new Visit(target, node, schema, member, keyNode, depth > 0 ? stack[depth - 1] : undefined, segment);
    if (visit(v) === false) return;
    // Indexed loops: an iterator here, in a recursive walk, is allocated for every object and list.
    if (schema.kind === 'object' && node.type === 'object') {
      // The members as `entries` reads them, without building its list on every keystroke.
      const pairs = node.children ?? [];
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i];
        const keyNode = pair.children?.[0];
        const key: unknown = keyNode?.value;
        if (typeof key !== 'string') continue;
        const member = schema.members?.get(key);
        const value = pair.children?.[1];
        if (member && value) walk(depth + 1, value, member.node, member, keyNode, key);
      }
    } else if (schema.kind === 'list' && node.type === 'array' && schema.item) {
      const item = schema.item;
      const children = items(node);
      for (let index = 0; index < children.length; index++) walk(depth + 1, children[index], item, undefined, undefined, index);
    }
  };
  walk(0, target.root, target.schema, undefined, undefined, undefined);
}

/**
 * A visited node. The readable path is only needed when a rule reports something, which is rare, so it is
 * built on first use from the parent's path instead of for every node of every keystroke. The parent is the
 * visit one level up, which describes this node's parent whenever this one is being visited.
 */
class Visit implements SchemaVisit {
  private cachedPath: string | undefined;

  constructor(
    readonly target: SchemaTarget,
    public node: Node,
    public schema: SchemaNode,
    public member: SchemaMember | undefined,
    public keyNode: Node | undefined,
    private readonly parent: Visit | undefined,
    private segment: PathSegment | undefined,
  ) {}

  /** Makes this visit describe another node at the same depth. */
  refill(node: Node, schema: SchemaNode, member: SchemaMember | undefined, keyNode: Node | undefined, segment: PathSegment | undefined): void {
    this.node = node;
    this.schema = schema;
    this.member = member;
    this.keyNode = keyNode;
    this.segment = segment;
    this.cachedPath = undefined;
  }

  /** Whether the value is an item of a list (its step from the parent is a position). */
  get inList(): boolean {
    return typeof this.segment === 'number';
  }

  get path(): string {
    if (this.cachedPath === undefined) {
      this.cachedPath = this.parent === undefined ? this.target.label
        : typeof this.segment === 'number' ? `${this.parent.path}[${this.segment}]` : `${this.parent.path}.${this.segment}`;
    }
    return this.cachedPath;
  }
}

export type Verdict = 'ok' | 'wrong' | 'unknown';

/**
 * Whether a JSON value fits a member's type. CloudFormation converts scalars for the API (`"80"` for a
 * port, `"true"` for a flag, a number for a string), so only values it cannot convert are wrong there;
 * the API form, as the CLI validates it, takes each type exactly.
 */
export function typeVerdict(node: Node, kind: ValueKind, cfn: boolean, inList = false): Verdict {
  // CloudFormation leaves a property whose value is null out; an item of a list is validated against the
  // resource's schema, where null is not an object or a string (as the API form's null is).
  if (node.type === 'null') return cfn && !inList ? 'unknown' : 'wrong';
  switch (kind) {
    case 'string':
      return node.type === 'string' || (cfn && (node.type === 'number' || node.type === 'boolean')) ? 'ok' : 'wrong';
    case 'integer':
    case 'long':
      if (node.type === 'number') return cfn || Number.isInteger(node.value) ? 'ok' : 'wrong';
      return cfn && node.type === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(String(node.value)) ? 'ok' : 'wrong';
    case 'boolean':
      if (node.type === 'boolean') return 'ok';
      return cfn && node.type === 'string' && /^(true|false)$/i.test(String(node.value)) ? 'ok' : 'wrong';
    case 'object':
      return node.type === 'object' ? 'ok' : 'wrong';
    case 'list':
      return node.type === 'array' ? 'ok' : 'wrong';
  }
}

/**
 * The number an integer member holds, when `typeVerdict` accepts it: a JSON number, or in CloudFormation a
 * numeric string such as "30", which CloudFormation converts. Undefined for anything else, intrinsics included.
 */
export function numberValue(node: Node, kind: ValueKind, cfn: boolean): number | undefined {
  if ((kind !== 'integer' && kind !== 'long') || typeVerdict(node, kind, cfn) !== 'ok') return undefined;
  const value: unknown = node.type === 'string' ? Number(String(node.value).trim()) : node.value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The Quantity of a `{Quantity, Items}` object as a number: a JSON number, or in CloudFormation a numeric
 * string (which CloudFormation converts). Undefined for anything else, including intrinsic functions.
 */
export function quantityOf(wrapper: Node, cfn: boolean): number | undefined {
  const node = prop(wrapper, 'Quantity');
  if (node?.type === 'number' && typeof node.value === 'number') return node.value;
  if (cfn && node?.type === 'string' && /^\s*\d+\s*$/.test(String(node.value))) return Number(node.value);
  return undefined;
}

/** One step from a node to its child: an object member or a list element. */
export type PathSegment = string | number;

export interface SchemaPosition {
  /** The schema of the value at the path; undefined when the path leaves the schema. */
  schema: SchemaNode | undefined;
  /** The member, when the last segment is an object key. */
  member?: SchemaMember;
  /** The object schema that holds that member. */
  parent?: SchemaNode;
}

/**
 * Follows `segments` from a target's root through the schema. A key that is not a member (or that is
 * written in the other shape's spelling, which `aliases` resolves) ends the walk with no schema.
 */
export function schemaAtPath(root: SchemaNode, segments: readonly PathSegment[]): SchemaPosition {
  let schema: SchemaNode | undefined = root;
  let member: SchemaMember | undefined;
  let parent: SchemaNode | undefined;
  for (const segment of segments) {
    if (!schema) break;
    if (typeof segment === 'number') {
      parent = undefined;
      member = undefined;
      schema = schema.kind === 'list' ? schema.item : undefined;
    } else {
      parent = schema;
      member = schema.kind === 'object' ? schema.members?.get(segment) : undefined;
      schema = member?.node;
    }
  }
  return { schema, member, parent };
}

export interface NodeLocation {
  target: SchemaTarget;
  /** Segments from the target root to the value (for a key: to the member's value). */
  segments: PathSegment[];
  /** True when the node is a property key. */
  onKey: boolean;
  keyNode?: Node;
  /** The value node; undefined for a key whose property has no value yet. */
  valueNode?: Node;
  position: SchemaPosition;
}

/** Where a node (a key, or any value) sits inside one of the document's targets. */
export function locateNode(targets: readonly SchemaTarget[], node: Node): NodeLocation | undefined {
  for (const target of targets) {
    const root = target.root;
    if (node.offset < root.offset || node.offset > root.offset + root.length) continue;
    const segments: PathSegment[] = [];
    let onKey = false;
    let keyNode: Node | undefined;
    let valueNode: Node | undefined = node;
    let current: Node | undefined = node;
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    if (property && property.children?.[0] === node) {
      onKey = true;
      keyNode = node;
      valueNode = property.children?.[1];
    } else if (property) {
      keyNode = property.children?.[0];
    }
    while (current && current !== root) {
      const parentNode: Node | undefined = current.parent;
      if (!parentNode) break;
      if (parentNode.type === 'property') {
        const key: unknown = parentNode.children?.[0]?.value;
        if (typeof key !== 'string') break;
        segments.unshift(key);
        current = parentNode.parent;
      } else if (parentNode.type === 'array') {
        segments.unshift((parentNode.children ?? []).indexOf(current));
        current = parentNode;
      } else {
        current = parentNode;
      }
    }
    if (current !== root) continue;
    return { target, segments, onKey, keyNode, valueNode, position: schemaAtPath(target.schema, segments) };
  }
  return undefined;
}

/** The span of the key that holds a value, or of the value's first character when it has no key (a list item). */
export function holderSpan(value: Node, keyNode?: Node): Span {
  const key = keyNode ?? (value.parent?.type === 'property' && value.parent.children?.[0] !== value ? value.parent.children?.[0] : undefined);
  if (key) return { offset: key.offset, length: key.length };
  return { offset: value.offset, length: Math.min(1, value.length) };
}

/** The document path (from the root of the whole document) of each target's root, for text-based lookups. */
export function targetPaths(targets: readonly SchemaTarget[]): { target: SchemaTarget; path: PathSegment[] }[] {
  return targets.map((target) => ({ target, path: pathOfNode(target.root) }));
}
