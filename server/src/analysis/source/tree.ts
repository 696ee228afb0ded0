// Feature: the value tree every front-end hands the core. It is JSON's data model (objects, arrays, strings,
// numbers, booleans, null) with a span into the source text on every node, plus one node type of its own,
// `unknown`, for a value that only exists at deploy time (a Terraform `var.x`, a `${…}` part of a string in code).
// The JSON front-end gives jsonc-parser's nodes, which have exactly this shape; a YAML or HCL front-end builds the
// same nodes from its own parser. Rules and views read the tree only through the accessors in source/access.ts, which
// never throw and read a value of an unexpected type as `undefined`.

import type { Span } from '../types';

export type NodeType = 'object' | 'array' | 'property' | 'string' | 'number' | 'boolean' | 'null' | 'unknown';

/**
 * One node of a document's value tree. `offset` and `length` are UTF-16 offsets into the exact source text.
 * - `object`: `children` are `property` nodes; a property's `children` are its key (a `string` node whose `value`
 *   is the key as the core knows it) and, when written, its value.
 * - `array`: `children` are the items, in source order.
 * - `string`, `number`, `boolean`, `null`: `value` is the decoded value.
 * - `unknown`: a value known only at deploy time; `value` may hold the source's expression text for messages.
 * CloudFormation intrinsic functions keep CloudFormation's own long form in every front-end (an object with one
 * member `Ref`, `Condition` or `Fn::…`), because that is what CloudFormation itself receives; `isIntrinsic`
 * recognises both that form and `unknown` nodes.
 */
export interface Node {
  readonly type: NodeType;
  readonly offset: number;
  readonly length: number;
  /** For a property: where its separator (`:` in JSON) is. */
  readonly colonOffset?: number;
  readonly parent?: Node;
  readonly children?: Node[];
  // The decoded value of a scalar (or the expression of an `unknown` node); jsonc-parser types it loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly value?: any;
}

export function spanOfNode(node: Node): Span {
  return { offset: node.offset, length: node.length };
}
