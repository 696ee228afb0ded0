// Feature: small typed accessors over jsonc-parser nodes.
// Rules read values through these so that a value of an unexpected type reads as `undefined`
// and is skipped, instead of throwing: another rule or the parser reports it.

import type { Node } from 'jsonc-parser';
import type { Span } from './types';

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
 * Returns true when a value is a CloudFormation intrinsic function or a reference (`Ref`, `Fn::Sub`, …).
 * Such values are unknown until deployment, so rules treat them as unknown rather than wrong.
 */
export function isIntrinsic(node: Node | undefined): boolean {
  if (!node || node.type !== 'object' || !node.children || node.children.length !== 1) return false;
  const key: unknown = node.children[0].children?.[0]?.value;
  return typeof key === 'string' && (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'));
}
