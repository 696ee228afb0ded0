// Feature: a typed view of one IAM policy. Reads a classified PolicyTarget once into statements, their
// elements and the nodes behind every value, so each IAM rule, hover and the request simulator reads the
// same structure instead of walking the JSON tree again. Memoised per parsed document, like the
// CloudFront distribution views.
//
// Conventions every consumer can rely on:
// - Nodes are in coordinates of `target.text`; `span()` and `valueSpan()` map them to the document,
//   through the escapes of a policy held in a JSON string.
// - An element that occurs twice in one object is read as its last occurrence, as JSON.parse does; every
//   occurrence stays listed in `members`.
// - CloudFormation intrinsic functions (`Ref`, `Fn::*`) are unknown values: they land in `unknown` lists
//   and never in `strings` or `invalid`. Values of a JSON type the grammar does not allow land in `invalid`.
// - Element names are case-sensitive, as IAM reads them: a lower-case `effect` is an unknown member, not
//   the Effect.

import type { PolicyTarget } from '../document/classify';
import { decodeJsonString } from '../json/string';
import { isIntrinsic, spanOf, type Node } from '../source/access';
import { derivedOf, type ParsedDocument } from '../document/parse';
import type { Span } from '../types';
import { parseOperator, type ParsedOperator } from './grammar';

/** One `"name": value` pair of an object, as written. */
export interface Member {
  name: string;
  /** The key's string node. */
  key: Node;
  /** The value node; undefined while the value is still being typed. */
  value: Node | undefined;
}

/** A string literal of the policy, with its node. */
export interface StringItem {
  value: string;
  node: Node;
}

/**
 * How an element that takes "a string or an array of strings" (Action, Resource, principal values,
 * condition values) is written: `string` for one string, `array` for a list, `unknown` for an intrinsic
 * function, `invalid` for any other JSON type.
 */
export type ListForm = 'string' | 'array' | 'unknown' | 'invalid';

/** A string-or-array element (Action, NotAction, Resource, NotResource) read into its strings. */
export interface ValueList extends Member {
  form: ListForm;
  /** The literal strings, in order. */
  strings: StringItem[];
  /** Values only known at deployment: intrinsic functions, whole or as array items. */
  unknown: Node[];
  /** Values of a JSON type the grammar does not allow here (a number, an object, a nested array). */
  invalid: Node[];
}

/** One `"AWS": …` / `"Service": …` entry of a Principal object. */
export interface PrincipalEntry extends ValueList {
  /** The principal type as written (`AWS`, `Service`, `Federated`, `CanonicalUser`, or anything else). */
  type: string;
}

/** A Principal or NotPrincipal element. */
export interface PrincipalView extends Member {
  /**
   * `wildcard` for the string `"*"`, `string` for any other string (which IAM does not accept), `object`
   * for the usual `{"AWS": …}` form, `unknown` for an intrinsic function, `invalid` for anything else.
   */
  form: 'wildcard' | 'string' | 'object' | 'unknown' | 'invalid';
  /** The string, for the `wildcard` and `string` forms. */
  string: StringItem | undefined;
  /** The entries of the object form, in order (duplicates included). */
  entries: PrincipalEntry[];
}

/** One condition value: IAM compares strings, numbers and booleans, read as their string form. */
export interface ConditionValue {
  node: Node;
  type: 'string' | 'number' | 'boolean';
  /** The value as IAM compares it: the string itself, or the JSON text of a number or boolean. */
  text: string;
}

/** One `"key": value(s)` entry under a condition operator. */
export interface ConditionKeyView extends Member {
  /** `single` for one scalar, `array` for a list, `unknown` for an intrinsic, `invalid` for an object or null. */
  form: 'single' | 'array' | 'unknown' | 'invalid';
  values: ConditionValue[];
  unknown: Node[];
  invalid: Node[];
}

/** One `"Operator": {…}` block of a Condition element. */
export interface ConditionOperatorView extends Member {
  /** The operator name taken apart; `operator.family` is undefined for an unknown operator. */
  operator: ParsedOperator;
  /** `object` when the operator holds an object of keys; `unknown` for an intrinsic; otherwise `invalid`. */
  form: 'object' | 'unknown' | 'invalid';
  keys: ConditionKeyView[];
}

/** The Condition element. */
export interface ConditionView extends Member {
  form: 'object' | 'unknown' | 'invalid';
  operators: ConditionOperatorView[];
}

/** One statement of the policy. */
export interface StatementView {
  /** The position in the Statement array; 0 for a single statement object. */
  index: number;
  /** The statement's object node. */
  node: Node;
  /** Every member as written, in order, including unknown and duplicated ones. */
  members: Member[];
  sid: Member | undefined;
  /** The Sid, when it is a string. */
  sidValue: string | undefined;
  effect: Member | undefined;
  /** The Effect, when it is exactly `Allow` or `Deny` (the case matters to IAM). */
  effectValue: 'Allow' | 'Deny' | undefined;
  action: ValueList | undefined;
  notAction: ValueList | undefined;
  resource: ValueList | undefined;
  notResource: ValueList | undefined;
  principal: PrincipalView | undefined;
  notPrincipal: PrincipalView | undefined;
  condition: ConditionView | undefined;
}

/** The typed view of one policy. */
export interface PolicyView {
  target: PolicyTarget;
  /** The policy object; undefined when the policy text is not a JSON object. */
  root: Node | undefined;
  /** Every top-level member as written, in order, including unknown and duplicated ones. */
  members: Member[];
  version: Member | undefined;
  /** The Version, when it is a string. */
  versionValue: string | undefined;
  id: Member | undefined;
  statement: Member | undefined;
  /**
   * How Statement is written: an `array`, a single `object`, `unknown` (an intrinsic function), `invalid`
   * (another JSON type), or `missing`.
   */
  statementForm: 'array' | 'object' | 'unknown' | 'invalid' | 'missing';
  /** The statements that are objects; intrinsic or mistyped array items are left out. */
  statements: StatementView[];
  /** Statement array items that are intrinsic functions (`Fn::If` around a statement). */
  unknownStatements: Node[];
  /** Statement array items that are not objects. */
  invalidStatements: Node[];
  /** Maps a node of the policy to its span in the document. */
  span: (node: Node) => Span;
  /**
   * Maps characters `[start, end)` of a string node's decoded value to the document, so a finding can point
   * at one field of an ARN even through escapes such as `\/` or `\u002A`.
   */
  valueSpan: (node: Node, start: number, end: number) => Span;
}

const POLICY_VIEWS = Symbol('policy views');

/**
 * The policy views of a parsed document, one per `doc.model.policies` entry and in the same order,
 * computed once per document version. Never throws.
 */
export function policiesOf(doc: ParsedDocument): PolicyView[] {
  return derivedOf(doc, POLICY_VIEWS, () => doc.model.policies.map(readPolicy));
}

/** Reads one policy target into a view. Called through `policiesOf`; exported for tests and tools. */
export function readPolicy(target: PolicyTarget): PolicyView {
  const root = target.root?.type === 'object' ? target.root : undefined;
  const members = membersOf(root);
  const version = last(members, 'Version');
  const statement = last(members, 'Statement');
  const statements: StatementView[] = [];
  const unknownStatements: Node[] = [];
  const invalidStatements: Node[] = [];
  let statementForm: PolicyView['statementForm'] = 'missing';
  const value = statement?.value;
  if (statement && value) {
    if (isIntrinsic(value)) {
      statementForm = 'unknown';
    } else if (value.type === 'object') {
      statementForm = 'object';
      statements.push(readStatement(value, 0));
    } else if (value.type === 'array') {
      statementForm = 'array';
      (value.children ?? []).forEach((item, index) => {
        if (isIntrinsic(item)) unknownStatements.push(item);
        else if (item.type === 'object') statements.push(readStatement(item, index));
        else invalidStatements.push(item);
      });
    } else {
      statementForm = 'invalid';
    }
  }
  const span = (node: Node): Span => target.toDocument(spanOf(node));
  return {
    target,
    root,
    members,
    version,
    versionValue: stringOf(version?.value),
    id: last(members, 'Id'),
    statement,
    statementForm,
    statements,
    unknownStatements,
    invalidStatements,
    span,
    valueSpan: (node, start, end) => valueSpan(target, node, start, end),
  };
}

function readStatement(node: Node, index: number): StatementView {
  return new LazyStatement(node, index);
}

/** Marks a member of a `LazyStatement` that has not been read yet. */
const UNREAD: unique symbol = Symbol('unread');

/**
 * A statement read member by member, each on first use and then kept. Since the IAM rules reuse the findings of
 * unchanged statements across versions (statementReuse.ts), most statements of a new version are never read
 * beyond a few members; reading them all up front was most of the cost of a view.
 */
class LazyStatement implements StatementView {
  private readMembers: Member[] | typeof UNREAD = UNREAD;
  private readSid: Member | undefined | typeof UNREAD = UNREAD;
  private readEffect: Member | undefined | typeof UNREAD = UNREAD;
  private readAction: ValueList | undefined | typeof UNREAD = UNREAD;
  private readNotAction: ValueList | undefined | typeof UNREAD = UNREAD;
  private readResource: ValueList | undefined | typeof UNREAD = UNREAD;
  private readNotResource: ValueList | undefined | typeof UNREAD = UNREAD;
  private readPrincipal: PrincipalView | undefined | typeof UNREAD = UNREAD;
  private readNotPrincipal: PrincipalView | undefined | typeof UNREAD = UNREAD;
  private readCondition: ConditionView | undefined | typeof UNREAD = UNREAD;

  constructor(readonly node: Node, readonly index: number) {}

  get members(): Member[] {
    if (this.readMembers === UNREAD) this.readMembers = membersOf(this.node);
    return this.readMembers;
  }

  get sid(): Member | undefined {
    if (this.readSid === UNREAD) this.readSid = last(this.members, 'Sid');
    return this.readSid;
  }

  get sidValue(): string | undefined {
    return stringOf(this.sid?.value);
  }

  get effect(): Member | undefined {
    if (this.readEffect === UNREAD) this.readEffect = last(this.members, 'Effect');
    return this.readEffect;
  }

  get effectValue(): 'Allow' | 'Deny' | undefined {
    const effectText = stringOf(this.effect?.value);
    return effectText === 'Allow' || effectText === 'Deny' ? effectText : undefined;
  }

  get action(): ValueList | undefined {
    if (this.readAction === UNREAD) this.readAction = listOf(last(this.members, 'Action'));
    return this.readAction;
  }

  get notAction(): ValueList | undefined {
    if (this.readNotAction === UNREAD) this.readNotAction = listOf(last(this.members, 'NotAction'));
    return this.readNotAction;
  }

  get resource(): ValueList | undefined {
    if (this.readResource === UNREAD) this.readResource = listOf(last(this.members, 'Resource'));
    return this.readResource;
  }

  get notResource(): ValueList | undefined {
    if (this.readNotResource === UNREAD) this.readNotResource = listOf(last(this.members, 'NotResource'));
    return this.readNotResource;
  }

  get principal(): PrincipalView | undefined {
    if (this.readPrincipal === UNREAD) this.readPrincipal = principalOf(last(this.members, 'Principal'));
    return this.readPrincipal;
  }

  get notPrincipal(): PrincipalView | undefined {
    if (this.readNotPrincipal === UNREAD) this.readNotPrincipal = principalOf(last(this.members, 'NotPrincipal'));
    return this.readNotPrincipal;
  }

  get condition(): ConditionView | undefined {
    if (this.readCondition === UNREAD) this.readCondition = conditionOf(last(this.members, 'Condition'));
    return this.readCondition;
  }
}

// The views below are built with every property written out rather than with `{ ...member, … }`: in Node 20 a
// spread followed by more properties costs microseconds per object and gives each object a hidden class of
// its own, which makes every rule's reads of these objects slow.

/** Reads a string-or-array-of-strings value. */
export function readList(member: Member): ValueList {
  return readListAs(member, undefined);
}

/** `readList` for a principal entry, whose `type` is its name, created with the entry's other members. */
function readListAs(member: Member, type: string | undefined): ValueList | PrincipalEntry {
  const value = member.value;
  const list: ValueList | PrincipalEntry = type === undefined
    ? { name: member.name, key: member.key, value: member.value, form: 'invalid', strings: [], unknown: [], invalid: [] }
    : { name: member.name, key: member.key, value: member.value, form: 'invalid', strings: [], unknown: [], invalid: [], type };
  if (!value) return list;
  if (isIntrinsic(value)) {
    list.form = 'unknown';
    list.unknown.push(value);
  } else if (value.type === 'string') {
    list.form = 'string';
    list.strings.push({ value: String(value.value), node: value });
  } else if (value.type === 'array') {
    list.form = 'array';
    for (const item of value.children ?? []) {
      if (item.type === 'string') list.strings.push({ value: String(item.value), node: item });
      else if (isIntrinsic(item)) list.unknown.push(item);
      else list.invalid.push(item);
    }
  } else {
    list.invalid.push(value);
  }
  return list;
}

function listOf(member: Member | undefined): ValueList | undefined {
  return member ? readList(member) : undefined;
}

function principalOf(member: Member | undefined): PrincipalView | undefined {
  if (!member) return undefined;
  const value = member.value;
  const view: PrincipalView = { name: member.name, key: member.key, value: member.value, form: 'invalid', string: undefined, entries: [] };
  if (!value) return view;
  if (isIntrinsic(value)) {
    view.form = 'unknown';
  } else if (value.type === 'string') {
    view.string = { value: String(value.value), node: value };
    view.form = value.value === '*' ? 'wildcard' : 'string';
  } else if (value.type === 'object') {
    view.form = 'object';
    view.entries = membersOf(value).map((entry) => readListAs(entry, entry.name) as PrincipalEntry);
  }
  return view;
}

function conditionOf(member: Member | undefined): ConditionView | undefined {
  if (!member) return undefined;
  const value = member.value;
  const view: ConditionView = { name: member.name, key: member.key, value: member.value, form: 'invalid', operators: [] };
  if (!value) return view;
  if (isIntrinsic(value)) {
    view.form = 'unknown';
  } else if (value.type === 'object') {
    view.form = 'object';
    view.operators = membersOf(value).map(operatorOf);
  }
  return view;
}

function operatorOf(member: Member): ConditionOperatorView {
  const value = member.value;
  const view: ConditionOperatorView = { name: member.name, key: member.key, value: member.value, operator: parseOperator(member.name), form: 'invalid', keys: [] };
  if (!value) return view;
  if (isIntrinsic(value)) {
    view.form = 'unknown';
  } else if (value.type === 'object') {
    view.form = 'object';
    view.keys = membersOf(value).map(conditionKeyOf);
  }
  return view;
}

function conditionKeyOf(member: Member): ConditionKeyView {
  const value = member.value;
  const view: ConditionKeyView = { name: member.name, key: member.key, value: member.value, form: 'invalid', values: [], unknown: [], invalid: [] };
  if (!value) return view;
  const scalar = (node: Node): ConditionValue | undefined => {
    if (node.type === 'string') return { node, type: 'string', text: String(node.value) };
    if (node.type === 'number' || node.type === 'boolean') {
      return { node, type: node.type, text: String(node.value) };
    }
    return undefined;
  };
  if (isIntrinsic(value)) {
    view.form = 'unknown';
    view.unknown.push(value);
    return view;
  }
  if (value.type === 'array') {
    view.form = 'array';
    for (const item of value.children ?? []) {
      const read = scalar(item);
      if (read) view.values.push(read);
      else if (isIntrinsic(item)) view.unknown.push(item);
      else view.invalid.push(item);
    }
    return view;
  }
  const read = scalar(value);
  if (read) {
    view.form = 'single';
    view.values.push(read);
  } else {
    view.invalid.push(value);
  }
  return view;
}

/** The members of an object node as written; an empty list for anything else. */
export function membersOf(node: Node | undefined): Member[] {
  if (!node || node.type !== 'object') return [];
  const out: Member[] = [];
  for (const pair of node.children ?? []) {
    const key = pair.children?.[0];
    if (key && typeof key.value === 'string') out.push({ name: key.value, key, value: pair.children?.[1] });
  }
  return out;
}

function last(members: Member[], name: string): Member | undefined {
  for (let i = members.length - 1; i >= 0; i--) if (members[i].name === name) return members[i];
  return undefined;
}

function stringOf(node: Node | undefined): string | undefined {
  return node?.type === 'string' && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * The document span of characters `[start, end)` of a string node's value. The node's literal is decoded
 * again to find where each character came from in the policy text, and the result goes through the
 * target's own mapping to the document.
 */
function valueSpan(target: PolicyTarget, node: Node, start: number, end: number): Span {
  if (node.type !== 'string') return target.toDocument(spanOf(node));
  const decoded = decodeJsonString(target.text, node.offset, node.length);
  const offsets = decoded.offsets;
  const clamp = (i: number): number => Math.max(0, Math.min(offsets.length - 1, i));
  const from = offsets[clamp(start)];
  const to = end <= start ? from : offsets[clamp(end)];
  return target.toDocument({ offset: from, length: Math.max(0, to - from) });
}

/**
 * Whether an object or array node was closed in the text. A statement that is still being typed (the text
 * ends inside it) lacks elements only because they are not written yet, so rules about missing elements wait.
 */
export function isClosed(view: PolicyView, node: Node): boolean {
  return view.target.isClosed(node);
}
