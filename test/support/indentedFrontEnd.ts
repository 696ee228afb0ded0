// A second front-end, for tests only: a small indentation-based syntax (a subset of YAML's block style) that proves
// the front-end contract (server/src/analysis/source/frontEnd.ts) is enough for the core. The rules, views, lenses
// and simulations run on its tree without knowing it exists; findings land on its text, and fixes are written in
// its own style. It is not a YAML parser: mappings `key: value` and `key:` with a nested block, sequences `- item`
// (an item may open a mapping on its own line), flow lists `[a, b]` of scalars, double-quoted strings (JSON escapes),
// plain scalars, numbers, true/false/null, `!Ref X` (CloudFormation's long form, as the contract asks) and
// `!Unknown expr` (a value known only at deploy time). Comments start a line with `#`.

import { decodeJsonString, encodeJsonStringBody } from '../../server/src/analysis/json/string';
import { AWS_SPELLING, type FrontEnd, type PlainValue, type SourceDocument, type SourceEdits, type SyntaxError } from '../../server/src/analysis/source/frontEnd';
import type { Node, NodeType } from '../../server/src/analysis/source/tree';
import type { TextEdit } from '../../server/src/analysis/types';

interface MutableNode {
  type: NodeType;
  offset: number;
  length: number;
  parent?: MutableNode;
  children?: MutableNode[];
  value?: unknown;
}

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just after the line's last character (before its line break). */
  end: number;
  indent: number;
}

function node(type: NodeType, offset: number, length: number, value?: unknown): MutableNode {
  return value === undefined ? { type, offset, length } : { type, offset, length, value };
}

function adopt(parent: MutableNode, children: MutableNode[]): MutableNode {
  parent.children = children;
  for (const child of children) child.parent = parent;
  return parent;
}

function end(n: MutableNode): number {
  return n.offset + n.length;
}

class Parser {
  readonly lines: Line[] = [];
  readonly errors: SyntaxError[] = [];

  constructor(readonly text: string) {
    let start = 0;
    for (const raw of text.split('\n')) {
      const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      const indent = body.length - body.trimStart().length;
      const content = body.trim();
      if (content !== '' && !content.startsWith('#')) this.lines.push({ start, end: start + body.length, indent });
      start += raw.length + 1;
    }
  }

  parse(): Node | undefined {
    if (this.lines.length === 0) return undefined;
    const [root, next] = this.block(0, this.lines[0].indent);
    for (let i = next; i < this.lines.length; i++) this.error(this.lines[i].start + this.lines[i].indent, this.lines[i].end, 'UnexpectedIndentation');
    return root;
  }

  private error(from: number, to: number, code: string): void {
    this.errors.push({ span: { offset: from, length: Math.max(0, to - from) }, code });
  }

  private contentStart(line: Line): number {
    return line.start + line.indent;
  }

  /** A mapping or a sequence whose lines start at column `indent`, from line `at`; returns the node and the next line. */
  private block(at: number, indent: number): [MutableNode, number] {
    const first = this.lines[at];
    if (this.text.startsWith('-', this.contentStart(first))) return this.sequence(at, indent);
    return this.mapping(at, indent, this.contentStart(first));
  }

  private sequence(at: number, indent: number): [MutableNode, number] {
    const items: MutableNode[] = [];
    let i = at;
    while (i < this.lines.length && this.lines[i].indent === indent && this.text.startsWith('-', this.contentStart(this.lines[i]))) {
      const line = this.lines[i];
      const dash = this.contentStart(line);
      let itemStart = dash + 1;
      while (this.text[itemStart] === ' ') itemStart++;
      if (itemStart >= line.end) {
        // `-` alone: the item is the block below it.
        if (i + 1 < this.lines.length && this.lines[i + 1].indent > indent) {
          const [item, next] = this.block(i + 1, this.lines[i + 1].indent);
          items.push(item);
          i = next;
        } else {
          items.push(node('null', dash, 1, null));
          i++;
        }
        continue;
      }
      if (this.keyAt(itemStart, line.end) !== undefined) {
        // `- key: value` opens a mapping whose members sit at the column of `key`.
        const [item, next] = this.mapping(i, itemStart - line.start, itemStart);
        items.push(item);
        i = next;
      } else {
        items.push(this.scalar(itemStart, line.end));
        i++;
      }
    }
    const list = node('array', this.contentStart(this.lines[at]), 0);
    list.length = end(items[items.length - 1]) - list.offset;
    return [adopt(list, items), i];
  }

  /** Where `key:` ends on a line (the colon), or undefined when the text is not a member. */
  private keyAt(from: number, to: number): number | undefined {
    const slice = this.text.slice(from, to);
    if (slice.startsWith('"') || slice.startsWith('!') || slice.startsWith('[')) return undefined;
    const colon = slice.search(/:( |$)/);
    return colon > 0 ? from + colon : undefined;
  }

  /** A mapping; its first member starts at `firstStart` on line `at`, the others at column `indent`. */
  private mapping(at: number, indent: number, firstStart: number): [MutableNode, number] {
    const members: MutableNode[] = [];
    let i = at;
    let keyStart = firstStart;
    while (i < this.lines.length) {
      const line = this.lines[i];
      const colon = this.keyAt(keyStart, line.end);
      if (colon === undefined) {
        this.error(keyStart, line.end, 'PropertyExpected');
        i++;
      } else {
        const key = node('string', keyStart, colon - keyStart, this.text.slice(keyStart, colon));
        let valueStart = colon + 1;
        while (this.text[valueStart] === ' ') valueStart++;
        let value: MutableNode;
        if (valueStart < line.end) {
          value = this.scalar(valueStart, line.end);
          i++;
        } else if (i + 1 < this.lines.length && this.lines[i + 1].indent > indent) {
          [value, i] = this.block(i + 1, this.lines[i + 1].indent);
        } else if (i + 1 < this.lines.length && this.lines[i + 1].indent === indent && this.text.startsWith('-', this.contentStart(this.lines[i + 1])) && !this.text.startsWith('-', keyStart)) {
          // YAML allows a sequence at the key's own column.
          [value, i] = this.sequence(i + 1, indent);
        } else {
          value = node('null', colon, 1, null);
          i++;
        }
        const member = node('property', keyStart, end(value) - keyStart);
        members.push(adopt(member, [key, value]));
      }
      if (i >= this.lines.length || this.lines[i].indent !== indent || this.text.startsWith('-', this.contentStart(this.lines[i]))) break;
      keyStart = this.contentStart(this.lines[i]);
    }
    const object = node('object', firstStart, end(members[members.length - 1] ?? node('null', firstStart, 0)) - firstStart);
    return [adopt(object, members), i];
  }

  private scalar(from: number, to: number): MutableNode {
    const raw = this.text.slice(from, to);
    if (raw.startsWith('!Ref ')) {
      const target = this.scalar(from + 5, to);
      const key = node('string', from, 4, 'Ref');
      const member = adopt(node('property', from, to - from), [key, target]);
      return adopt(node('object', from, to - from), [member]);
    }
    if (raw.startsWith('!Unknown ')) return node('unknown', from, to - from, raw.slice(9));
    if (raw.startsWith('"')) {
      try {
        return node('string', from, to - from, JSON.parse(raw) as string);
      } catch {
        this.error(from, to, 'InvalidString');
        return node('string', from, to - from, raw.slice(1, -1));
      }
    }
    if (raw.startsWith('[') && raw.endsWith(']')) {
      const items: MutableNode[] = [];
      let at = from + 1;
      for (const part of raw.slice(1, -1).split(',')) {
        const lead = part.length - part.trimStart().length;
        if (part.trim() !== '') items.push(this.scalar(at + lead, at + lead + part.trim().length));
        at += part.length + 1;
      }
      return adopt(node('array', from, to - from), items);
    }
    if (raw === 'true' || raw === 'false') return node('boolean', from, to - from, raw === 'true');
    if (raw === 'null') return node('null', from, to - from, null);
    if (/^-?\d+(\.\d+)?$/.test(raw)) return node('number', from, to - from, Number(raw));
    return node('string', from, to - from, raw);
  }
}

/** A value in flow style: strings double-quoted, lists `[a, b]`, mappings `{k: v}`. */
function render(value: PlainValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  return `{${Object.entries(value as Record<string, PlainValue>).map(([k, v]) => `${k}: ${render(v)}`).join(', ')}}`;
}

function writer(text: string, decode: (n: Node) => { value: string; offsets: number[] }, encode: (n: Node, value: string) => string): SourceEdits {
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number): number => {
    const at = text.indexOf('\n', offset);
    return at < 0 ? text.length : at + 1;
  };
  /** A member or item with its whole lines. */
  const linesOf = (n: Node): { from: number; to: number } => ({ from: lineStart(n.offset), to: lineEnd(n.offset + n.length) });
  const removeNode = (n: Node): TextEdit | undefined => {
    const item = n.parent?.type === 'property' ? n.parent : n;
    if (!item.parent) return undefined;
    // An item of a sequence starts at its dash.
    const anchor = item.parent.type === 'array' ? text.lastIndexOf('-', item.offset) : item.offset;
    const { from, to } = linesOf({ ...item, offset: anchor, length: item.offset + item.length - anchor });
    return { span: { offset: from, length: to - from }, newText: '' };
  };
  return {
    replaceValue: (n, value) => ({ span: { offset: n.offset, length: n.length }, newText: render(value) }),
    replaceInString: (n, start, end, value) => {
      const offsets = decode(n).offsets;
      const at = (i: number): number => offsets[Math.max(0, Math.min(offsets.length - 1, i))];
      return { span: { offset: at(start), length: Math.max(0, at(Math.max(start, end)) - at(start)) }, newText: encode(n, value) };
    },
    renameKey: (key, newKey) => ({ span: { offset: key.offset, length: key.length }, newText: newKey }),
    insertMember: (object, key, value, first) => {
      const column = (object.children?.[0]?.offset ?? object.offset) - lineStart(object.children?.[0]?.offset ?? object.offset);
      if (first) return { span: { offset: object.offset, length: 0 }, newText: `${key}: ${render(value)}\n${' '.repeat(column)}` };
      const at = object.offset + object.length;
      return { span: { offset: at, length: 0 }, newText: `\n${' '.repeat(column)}${key}: ${render(value)}` };
    },
    removeMember: (object, key) => {
      const members = object.children ?? [];
      for (let i = members.length - 1; i >= 0; i--) if (members[i].children?.[0]?.value === key) return removeNode(members[i]);
      return undefined;
    },
    removeNode,
    setList: (list, values) => ({ span: { offset: list.offset, length: list.length }, newText: render(values) }),
    moveItem: (list, from, to) => {
      const items = list.children ?? [];
      const moved = items[from];
      const before = items[to];
      if (!moved || !before || to >= from) return undefined;
      const dashOf = (n: Node): number => text.lastIndexOf('-', n.offset);
      const movedLines = linesOf({ ...moved, offset: dashOf(moved), length: moved.offset + moved.length - dashOf(moved) });
      const movedText = text.slice(movedLines.from, movedLines.to);
      const insertAt = lineStart(dashOf(before));
      return [
        { span: { offset: insertAt, length: 0 }, newText: movedText.endsWith('\n') ? movedText : `${movedText}\n` },
        { span: { offset: movedLines.from, length: movedLines.to - movedLines.from }, newText: '' },
      ];
    },
    // In flow style around the value as written; the lists this syntax reads are one-line flow lists.
    wrapValue: (n, members, key) => {
      const before = Object.entries(members).map(([k, v]) => `${k}: ${render(v)}, `).join('');
      return { span: { offset: n.offset, length: n.length }, newText: `{${before}${key}: ${text.slice(n.offset, n.offset + n.length)}}` };
    },
    unwrapValue: (object, key) => {
      let value: Node | undefined;
      for (const member of object.children ?? []) if (member.children?.[0]?.value === key) value = member.children[1];
      return value ? { span: { offset: object.offset, length: object.length }, newText: text.slice(value.offset, value.offset + value.length) } : undefined;
    },
    render,
  };
}

/** The test front-end. */
export const INDENTED_FRONT_END: FrontEnd = {
  syntax: 'indented-test',
  parse(text: string): SourceDocument {
    const parser = new Parser(text);
    const root = parser.parse();
    const decodeString = (n: Node): { value: string; offsets: number[] } => (text[n.offset] === '"'
      ? decodeJsonString(text, n.offset, n.length)
      : { value: String(n.value), offsets: Array.from({ length: String(n.value).length + 1 }, (_, i) => n.offset + i) });
    const encodeInString = (n: Node, value: string): string => (text[n.offset] === '"' ? encodeJsonStringBody(value) : value);
    return {
      syntax: 'indented-test', text, root, syntaxErrors: parser.errors, sentAsWritten: false, spelling: AWS_SPELLING,
      edits: writer(text, decodeString, encodeInString), decodeString, encodeInString, isClosed: () => true,
    };
  },
};

/** Applies edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.span.offset - a.span.offset)) {
    out = out.slice(0, edit.span.offset) + edit.newText + out.slice(edit.span.offset + edit.span.length);
  }
  return out;
}
