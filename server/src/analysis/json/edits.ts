// Feature: text edits for quick fixes that keep the document's own formatting. Each helper reads the
// indentation and separators already in the file, so a fix applied to a two-space, four-space or one-line
// document leaves it looking as the user wrote it.

import type { Node } from '../source/tree';
import type { TextEdit } from '../types';

/** Replaces a whole value node with new JSON text. */
export function replaceNode(node: Node, newText: string): TextEdit {
  return { span: { offset: node.offset, length: node.length }, newText };
}

/**
 * Removes element `index` of an object's properties or an array's items, together with one separating
 * comma, so the rest of the text keeps its layout.
 */
export function removeChild(container: Node, index: number): TextEdit | undefined {
  const children = container.children ?? [];
  const child = children[index];
  if (!child) return undefined;
  const next = children[index + 1];
  if (next) return { span: { offset: child.offset, length: next.offset - child.offset }, newText: '' };
  const previous = children[index - 1];
  if (previous) {
    const start = previous.offset + previous.length;
    return { span: { offset: start, length: child.offset + child.length - start }, newText: '' };
  }
  // The only child: remove the whitespace around it too, leaving `{}` or `[]`.
  const start = container.offset + 1;
  const end = container.offset + container.length - 1;
  return { span: { offset: start, length: Math.max(0, end - start) }, newText: '' };
}

/** Removes the property `key` of an object (the last occurrence, as JSON.parse reads it). */
export function removeProperty(object: Node, key: string): TextEdit | undefined {
  const pairs = object.children ?? [];
  for (let i = pairs.length - 1; i >= 0; i--) {
    if (pairs[i].children?.[0]?.value === key) return removeChild(object, i);
  }
  return undefined;
}

/** The whitespace a container puts before each child ("\n    " in pretty JSON, "" or " " on one line). */
function childLead(text: string, container: Node): string {
  const first = container.children?.[0];
  if (!first) return '';
  return text.slice(container.offset + 1, first.offset);
}

/** The whitespace before the closing bracket of a container. */
function closingLead(text: string, container: Node): string {
  const last = container.children?.[container.children.length - 1];
  if (!last) return '';
  const between = text.slice(last.offset + last.length, container.offset + container.length - 1);
  return between.replace(/^[\s,]*?(\s*)$/, '$1');
}

/** Inserts `"key": value` as the last property of an object, in the object's own layout. */
export function insertProperty(text: string, object: Node, key: string, valueText: string): TextEdit {
  const pairs = object.children ?? [];
  const last = pairs[pairs.length - 1];
  if (!last) {
    return { span: { offset: object.offset, length: object.length }, newText: `{ ${JSON.stringify(key)}: ${valueText} }` };
  }
  const lead = childLead(text, object);
  const keyNode = last.children?.[0];
  const valueNode = last.children?.[1];
  const colon = keyNode && valueNode ? text.slice(keyNode.offset + keyNode.length, valueNode.offset) : ': ';
  return { span: { offset: last.offset + last.length, length: 0 }, newText: `,${lead || ' '}${JSON.stringify(key)}${colon}${indentValue(valueText, lead)}` };
}

/** Re-indents a multi-line value so that its inner lines sit one level below `lead`'s indentation. */
function indentValue(valueText: string, lead: string): string {
  if (!valueText.includes('\n')) return valueText;
  const indent = lead.replace(/^[^\n]*\n/, '');
  return valueText.split('\n').map((line, i) => (i === 0 ? line : indent + line)).join('\n');
}

/** Renders items, each already written as JSON, as a JSON array in the layout of an existing array. */
export function renderArrayLike(text: string, array: Node, itemTexts: readonly string[]): string {
  const items = itemTexts;
  const children = array.children ?? [];
  const original = text.slice(array.offset, array.offset + array.length);
  if (original.includes('\n') && children.length > 0) {
    const lead = childLead(text, array);
    const close = closingLead(text, array);
    return `[${lead}${items.join(`,${lead}`)}${close}]`;
  }
  const separator = children.length >= 2 ? text.slice(children[0].offset + children[0].length, children[1].offset) : ', ';
  const inner = text.slice(array.offset + 1, children[0]?.offset ?? array.offset + 1);
  const pad = children.length > 0 && /^\s+$/.test(inner) ? inner : '';
  return `[${pad}${items.join(separator)}${pad}]`;
}
