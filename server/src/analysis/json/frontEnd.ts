// Feature: the JSON front-end, the first user of the front-end contract (source/frontEnd.ts). Its tree is
// jsonc-parser's, from the one strict, tolerant parse; its writer renders values as JSON in the document's own
// layout; its spelling is AWS's. A policy held in a JSON string gets a writer of its own (`embeddedJsonEdits`): the
// edits are written for the decoded policy text, then escaped for the string and mapped back to the document.

import { insertProperty, removeProperty, renderArrayLike, replaceNode } from './edits';
import { decodeJsonString, encodeJsonStringBody } from './string';
import { parseJson } from './parse';
import type { Span, TextEdit } from '../types';
import { AWS_SPELLING, type FrontEnd, type PlainValue, type SourceDocument, type SourceEdits } from '../source/frontEnd';
import type { Node } from '../source/tree';

/**
 * A value as JSON: scalars and arrays as `JSON.stringify` writes them, objects with a space inside the braces and
 * after each colon (`{ "QueryString": false }`), readable on the one line a fix inserts.
 */
export function renderJson(value: PlainValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  const members = Object.entries(value as { readonly [key: string]: PlainValue });
  if (members.length === 0) return '{}';
  return `{ ${members.map(([k, v]) => `${JSON.stringify(k)}: ${renderJson(v)}`).join(', ')} }`;
}

/**
 * Removes one array item or one object member (given its value or key node) with the comma that separates it from a
 * neighbour, so the JSON stays valid; undefined when the node is not in a list or object.
 */
function removeNodeEdit(node: Node): TextEdit | undefined {
  const item = node.parent?.type === 'property' ? node.parent : node;
  const container = item.parent;
  if (!container?.children || (container.type !== 'array' && container.type !== 'object')) return undefined;
  const siblings = container.children;
  const at = siblings.indexOf(item);
  if (at < 0) return undefined;
  let start = item.offset;
  let end = item.offset + item.length;
  if (at + 1 < siblings.length) end = siblings[at + 1].offset;
  else if (at > 0) start = siblings[at - 1].offset + siblings[at - 1].length;
  return { span: { offset: start, length: end - start }, newText: '' };
}

/** Inserts `"key":value` right after an object's opening brace, with a comma when other members follow. */
function insertFirstMember(object: Node, key: string, value: PlainValue): TextEdit {
  const comma = (object.children ?? []).length > 0 ? ',' : '';
  return { span: { offset: object.offset + 1, length: 0 }, newText: `${JSON.stringify(key)}:${renderJson(value)}${comma}` };
}

/** Replaces decoded characters `[start, end)` of a string node with `value`, encoded for the string's body. */
function replaceInStringEdit(text: string, node: Node, start: number, end: number, value: string): TextEdit {
  const offsets = decodeJsonString(text, node.offset, node.length).offsets;
  const at = (i: number): number => offsets[Math.max(0, Math.min(offsets.length - 1, i))];
  const from = at(start);
  const to = end <= start ? from : at(end);
  return { span: { offset: from, length: Math.max(0, to - from) }, newText: encodeJsonStringBody(value) };
}

/** Moves list item `from` before item `to`, taking the moved text and the separator between items from the document. */
function moveItemEdits(text: string, list: Node, from: number, to: number): TextEdit[] | undefined {
  const nodes = list.children ?? [];
  const moved = nodes[from];
  const target = nodes[to];
  const before = nodes[from - 1];
  const afterTarget = nodes[to + 1];
  if (!moved || !target || !before || !afterTarget || to >= from) return undefined;
  const separator = text.slice(target.offset + target.length, afterTarget.offset);
  const movedText = text.slice(moved.offset, moved.offset + moved.length);
  const removeStart = before.offset + before.length;
  return [
    { span: { offset: target.offset, length: 0 }, newText: movedText + separator },
    { span: { offset: removeStart, length: moved.offset + moved.length - removeStart }, newText: '' },
  ];
}

/** `node` as an object with `members` and then `key: node` (its text as written), on one line. */
function wrapValueEdit(text: string, node: Node, members: { readonly [key: string]: PlainValue }, key: string): TextEdit {
  const written = text.slice(node.offset, node.offset + node.length);
  const before = Object.entries(members).map(([k, v]) => `${JSON.stringify(k)}: ${renderJson(v)}, `).join('');
  return replaceNode(node, `{ ${before}${JSON.stringify(key)}: ${written} }`);
}

/** An object replaced with the text of its member `key`'s value (the last occurrence, as the core reads it). */
function unwrapValueEdit(text: string, object: Node, key: string): TextEdit | undefined {
  let value: Node | undefined;
  for (const pair of object.children ?? []) if (pair.children?.[0]?.value === key) value = pair.children[1];
  return value ? replaceNode(object, text.slice(value.offset, value.offset + value.length)) : undefined;
}

/** The writer for a JSON text whose nodes are in that text's coordinates. */
export function jsonEditsFor(text: string): SourceEdits {
  return {
    replaceValue: (node, value) => replaceNode(node, renderJson(value)),
    replaceInString: (node, start, end, value) => replaceInStringEdit(text, node, start, end, value),
    renameKey: (key, newKey) => replaceNode(key, JSON.stringify(newKey)),
    insertMember: (object, key, value, first) => (first ? insertFirstMember(object, key, value) : insertProperty(text, object, key, renderJson(value))),
    removeMember: (object, key) => removeProperty(object, key),
    removeNode: (node) => removeNodeEdit(node),
    setList: (list, values) => replaceNode(list, renderArrayLike(text, list, values.map(renderJson))),
    moveItem: (list, from, to) => moveItemEdits(text, list, from, to),
    wrapValue: (node, members, key) => wrapValueEdit(text, node, members, key),
    unwrapValue: (object, key) => unwrapValueEdit(text, object, key),
    render: renderJson,
  };
}

/**
 * The writer for a JSON policy held in a string of the document: edits are written for the decoded policy text,
 * then encoded for the string (`encode`, from the document's front-end) and mapped to the document through
 * `toDocument`.
 */
export function embeddedJsonEdits(policyText: string, toDocument: (span: Span) => Span, encode: (text: string) => string): SourceEdits {
  const inner = jsonEditsFor(policyText);
  const out = (edit: TextEdit): TextEdit => ({ span: toDocument(edit.span), newText: encode(edit.newText) });
  const maybe = (edit: TextEdit | undefined): TextEdit | undefined => (edit ? out(edit) : undefined);
  return {
    replaceValue: (node, value) => out(inner.replaceValue(node, value)),
    replaceInString: (node, start, end, value) => out(inner.replaceInString(node, start, end, value)),
    renameKey: (key, newKey) => out(inner.renameKey(key, newKey)),
    insertMember: (object, key, value, first) => out(inner.insertMember(object, key, value, first)),
    removeMember: (object, key) => maybe(inner.removeMember(object, key)),
    removeNode: (node) => maybe(inner.removeNode(node)),
    setList: (list, values) => out(inner.setList(list, values)),
    moveItem: (list, from, to) => inner.moveItem(list, from, to)?.map(out),
    wrapValue: (node, members, key) => out(inner.wrapValue(node, members, key)),
    unwrapValue: (object, key) => maybe(inner.unwrapValue(object, key)),
    render: renderJson,
  };
}

/** Whether an object or array node of `text` ends with its closing bracket (the text may end inside it). */
export function jsonIsClosed(text: string, node: Node): boolean {
  const last = text[node.offset + node.length - 1];
  return node.type === 'object' ? last === '}' : node.type === 'array' ? last === ']' : true;
}

/** The JSON front-end: strict JSON (AWS rejects comments and trailing commas), parsed once per version. */
export const JSON_FRONT_END: FrontEnd = {
  syntax: 'json',
  parse(text: string): SourceDocument {
    const { root, syntaxErrors } = parseJson(text);
    return {
      syntax: 'json', text, root, syntaxErrors, sentAsWritten: true, edits: jsonEditsFor(text), spelling: AWS_SPELLING,
      decodeString: (node) => decodeJsonString(text, node.offset, node.length),
      encodeInString: (_node, value) => encodeJsonStringBody(value),
      isClosed: (node) => jsonIsClosed(text, node),
    };
  },
};
