// Feature: small typed accessors over the value tree every front-end builds (source/tree.ts).
// Rules read values through these so that a value of an unexpected type reads as `undefined`
// and is skipped, instead of throwing: another rule or the parser reports it.

import type { Node } from './tree';
import type { Span } from '../types';

export type { Node };

/** Returns the value node of property `key` of an object node, or undefined. */
export function prop(node: Node | undefined, key: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  // The last occurrence wins, as in JSON.parse.
  for (let i = node.children.length - 1; i >= 0; i--) {
    const pair = node.children[i];
    const keyNode = pair.children?.[0];
    if (keyNode && keyNode.value === key) return pair.children?.[1];
  }
  return undefined;
}

/** Returns the key node of property `key` of an object node, or undefined. */
export function propKey(node: Node | undefined, key: string): Node | undefined {
  if (!node || node.type !== 'object' || !node.children) return undefined;
  for (let i = node.children.length - 1; i >= 0; i--) {
    const keyNode = node.children[i].children?.[0];
    if (keyNode && keyNode.value === key) return keyNode;
  }
  return undefined;
}

/** Follows a chain of property names. */
export function path(node: Node | undefined, ...keys: string[]): Node | undefined {
  let current = node;
  for (const key of keys) current = prop(current, key);
  return current;
}

/** The property pairs of an object node as [key, keyNode, valueNode]. */
export function entries(node: Node | undefined): [string, Node, Node | undefined][] {
  if (!node || node.type !== 'object' || !node.children) return [];
  const out: [string, Node, Node | undefined][] = [];
  for (const pair of node.children) {
    const keyNode = pair.children?.[0];
    if (keyNode && typeof keyNode.value === 'string') out.push([keyNode.value, keyNode, pair.children?.[1]]);
  }
  return out;
}

export function isObject(node: Node | undefined): node is Node {
  return node?.type === 'object';
}

export function asString(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

export function asNumber(node: Node | undefined): number | undefined {
  return node?.type === 'number' && typeof node.value === 'number' ? node.value : undefined;
}

export function asBoolean(node: Node | undefined): boolean | undefined {
  return node?.type === 'boolean' && typeof node.value === 'boolean' ? node.value : undefined;
}

/** The element nodes of an array node; an empty list for anything else. */
export function items(node: Node | undefined): Node[] {
  return node?.type === 'array' && node.children ? node.children : [];
}

export function spanOf(node: Node): Span {
  return { offset: node.offset, length: node.length };
}

/**
 * Returns true when a value is only known at deploy time: a CloudFormation intrinsic function or reference (`Ref`,
 * `Fn::Sub`, …, in CloudFormation's long form whatever the source syntax) or a node a front-end marked `unknown`.
 * Rules treat such values as unknown rather than wrong.
 */
export function isIntrinsic(node: Node | undefined): boolean {
  if (node?.type === 'unknown') return true;
  if (!node || node.type !== 'object' || !node.children || node.children.length !== 1) return false;
  const key: unknown = node.children[0].children?.[0]?.value;
  return typeof key === 'string' && (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'));
}

/** A step from a node to one of its values: a member name or a list position. */
export type PathSegment = string | number;

/**
 * The innermost node whose span holds `offset` (its end included when `includeEnd`), or undefined outside the tree.
 * A property node is returned when the offset is on its separator or between key and value.
 */
export function nodeAtOffset(node: Node, offset: number, includeEnd = false): Node | undefined {
  const inside = (n: Node): boolean => offset >= n.offset && (offset < n.offset + n.length || (includeEnd && offset === n.offset + n.length));
  if (!inside(node)) return undefined;
  let current = node;
  for (;;) {
    const children = current.children;
    if (!children) return current;
    let next: Node | undefined;
    for (const child of children) {
      if (child.offset > offset) break;
      if (inside(child)) {
        next = child;
        break;
      }
    }
    if (!next) return current;
    current = next;
  }
}

/** The member names and list positions that lead from the tree's root to `node`. */
export function pathOfNode(node: Node): PathSegment[] {
  const path: PathSegment[] = [];
  let child = node;
  let parent = node.parent;
  while (parent) {
    if (parent.type === 'property') {
      // A member's key and value both stand at the member's name.
      const key = parent.children?.[0];
      if (key) path.push(String(key.value));
    } else if (parent.type === 'array') {
      const index = parent.children?.indexOf(child) ?? -1;
      if (index >= 0) path.push(index);
    }
    child = parent;
    parent = parent.parent;
  }
  return path.reverse();
}

/**
 * The node reached from `root` by `path`, or undefined when a step does not exist. A name leads to the value of the
 * first member with that name that has a value (completion asks where the user is typing, not what AWS reads).
 */
export function nodeAtPath(root: Node | undefined, path: readonly PathSegment[]): Node | undefined {
  let current = root;
  for (const segment of path) {
    if (!current) return undefined;
    if (typeof segment === 'string') {
      if (current.type !== 'object') return undefined;
      const member = current.children?.find((p) => p.children?.length === 2 && p.children[0].value === segment);
      current = member?.children?.[1];
    } else {
      current = current.type === 'array' ? current.children?.[segment] : undefined;
    }
  }
  return current;
}
