// Feature: "Simulate request" for IAM. Given one policy of the document and a request (an action, a resource
// ARN, condition context keys and, for resource-based and trust policies, a principal), answers what that
// policy alone decides: allowed, explicitly denied or implicitly denied, which statements decided it, and for
// every statement why it applies or not, element by element.
//
// This is IAM's evaluation logic for a single policy, as AWS documents it:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// ("By default, all requests are implicitly denied … An explicit allow in an identity-based or resource-based
// policy overrides this default … An explicit deny in any policy overrides any allows"). A statement applies
// when its Effect is valid and its Action/NotAction, Resource/NotResource, Principal/NotPrincipal and
// Condition all match; an applying Deny wins, otherwise an applying Allow allows, otherwise the request is
// implicitly denied. Other policy types (SCPs, boundaries, session policies, the other side of a
// cross-account request) are outside a single policy and play no part here.
//
// Values that are only known at deployment (CloudFormation intrinsic functions) are never guessed: they make
// an element, a statement and possibly the decision "unknown", and the answer lists the decisions still
// possible. Written for this project; it shares no code with any other simulator.

import type { PolicyKind } from '../classify';
import { pick, type Locale } from '../i18n';
import { isIntrinsic, spanOf, type Node } from '../jsonTree';
import { code } from '../markdown';
import type { ParsedDocument } from '../parse';
import type { Span } from '../types';
import type { Catalog } from './catalog';
import { parseCidr, type Cidr } from './conditionValues';
import { isPolicyVariable, type OperatorFamily, type ParsedOperator } from './grammar';
import { ANY_ONE, ANY_RUN, globMatches, globOfTokens, resourceTokens, type GlobToken } from './wildcard';
import {
  policiesOf,
  type ConditionKeyView, type ConditionOperatorView, type PolicyView, type PrincipalView, type StatementView, type StringItem,
} from './policyView';
import { IAM_SIMULATE_TEXT, type IamDecision, type IamSimulateText } from './simulateText';

export type { IamDecision } from './simulateText';

/** A condition context value: one string, or several for a multivalued key such as `aws:TagKeys`. */
export type ContextValue = string | readonly string[];

/** The request to simulate. */
export interface IamRequest {
  /** `service:Action`, such as `s3:GetObject`. */
  action: string;
  /** The resource ARN, or `*` for actions that take no resource. */
  resource: string;
  /** Condition context keys (any case) and their values. A key that is not given is absent from the request. */
  context?: Readonly<Record<string, ContextValue>>;
  /** The calling principal, for resource-based and trust policies: an ARN, an account id or a service principal. */
  principal?: string;
}

/** How one element or condition compares with the request. */
export type Outcome = 'match' | 'no-match' | 'unknown';

/**
 * `not-applicable`: the element is absent and that is fine for this kind of policy (no Condition; no Principal
 * in an identity policy; no Resource in a trust policy). `not-checked`: the Principal, when no principal was
 * given. Both count as a match.
 */
export type ElementOutcome = Outcome | 'not-applicable' | 'not-checked';

export interface ElementCheck {
  outcome: ElementOutcome;
  /** Why, in words (Markdown: values from the document are code spans). */
  reason: string;
  /** The value that decided (the matching pattern), or the element. */
  span?: Span;
}

/** One `"key": values` entry of one condition operator, evaluated. */
export interface ConditionCheck {
  operator: string;
  key: string;
  /** The policy's values, as IAM compares them (intrinsic functions are left out). */
  values: string[];
  outcome: Outcome;
  reason: string;
  /** The condition key in the document. */
  span: Span;
}

export interface StatementCheck {
  /** The position in the Statement array (0 for a single statement object). */
  index: number;
  sid?: string;
  /** `unknown` when the Effect is an intrinsic function; undefined when it is not exactly Allow or Deny. */
  effect?: 'Allow' | 'Deny' | 'unknown';
  outcome: Outcome;
  /** Set when the statement cannot apply whatever its elements say (invalid Effect, unresolved variable). */
  invalid?: string;
  action: ElementCheck;
  resource: ElementCheck;
  principal: ElementCheck;
  condition: ElementCheck & { checks: ConditionCheck[] };
  /** The statement object in the document. */
  span: Span;
}

/** A statement the decision rests on. */
export interface DecidingStatement {
  index: number;
  sid?: string;
  effect?: 'Allow' | 'Deny' | 'unknown';
  outcome: Outcome;
  span: Span;
}

export interface IamSimulationResult {
  request: { action: string; resource: string; principal?: string; context: Record<string, string[]> };
  policy: { index: number; label: string; kind: PolicyKind; version?: string };
  /** `unknown` when the answer depends on values only known at deployment; see `possibleDecisions`. */
  decision: IamDecision | 'unknown';
  /** The decision, or every decision still possible when it is `unknown`. */
  possibleDecisions: IamDecision[];
  /**
   * The statements that decided: the applying Deny statements (explicit deny), the applying Allow statements
   * (allowed), none (implicit deny), or the statements the answer hangs on (unknown).
   */
  deciding: DecidingStatement[];
  statements: StatementCheck[];
  /** Statement array items that are intrinsic functions, whose content is only known at deployment. */
  unknownStatements: number;
  /** Assumptions and caveats the answer rests on, in words. */
  notes: string[];
  /** The policy's Statement key (or the policy itself), for revealing it when no statement decided. */
  policySpan: Span;
}

/** The result as the editor and the CLI's JSON output carry it: the same data without offsets. */
export type IamSimulationWire = Omit<IamSimulationResult, 'deciding' | 'statements' | 'policySpan'> & {
  deciding: Omit<DecidingStatement, 'span'>[];
  statements: (Omit<StatementCheck, 'span' | 'action' | 'resource' | 'principal' | 'condition'> & {
    action: Omit<ElementCheck, 'span'>;
    resource: Omit<ElementCheck, 'span'>;
    principal: Omit<ElementCheck, 'span'>;
    condition: Omit<ElementCheck, 'span'> & { checks: Omit<ConditionCheck, 'span'>[] };
  })[];
};

export interface IamSimulateOptions {
  locale?: Locale;
  /** Optional: with the catalog, an action or service it does not know is pointed out in the notes. */
  catalog?: Catalog;
  /** The policy's position in the document, echoed in the result. */
  policyIndex?: number;
}

// ---- Three-valued logic -------------------------------------------------------------------------

type Tri = 'yes' | 'no' | 'unknown';

const triOr = (a: Tri, b: Tri): Tri => (a === 'yes' || b === 'yes' ? 'yes' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'no');
const triAnd = (a: Tri, b: Tri): Tri => (a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes');
const triNot = (a: Tri): Tri => (a === 'yes' ? 'no' : a === 'no' ? 'yes' : 'unknown');
const fromBool = (b: boolean): Tri => (b ? 'yes' : 'no');
const toOutcome = (t: Tri): Outcome => (t === 'yes' ? 'match' : t === 'no' ? 'no-match' : 'unknown');
const elementTri = (o: ElementOutcome): Tri => (o === 'no-match' ? 'no' : o === 'unknown' ? 'unknown' : 'yes');

// ---- The evaluation context ---------------------------------------------------------------------

interface Context {
  t: IamSimulateText;
  view: PolicyView;
  /** Condition key names compare without regard to case (IAMUG reference_policies_elements_condition). */
  lookup(key: string): string[] | undefined;
  /** Policy variables are filled in only under Version 2012-10-17 (IAMUG reference_policies_elements_version). */
  variables: boolean;
  note(text: string): void;
}

function contextOf(request: IamRequest): { lookup: (key: string) => string[] | undefined; echo: Record<string, string[]> } {
  const byKey = new Map<string, string[]>();
  const echo: Record<string, string[]> = {};
  const names = new Map<string, string>();
  for (const [key, raw] of Object.entries(request.context ?? {})) {
    // The wire may carry numbers or booleans; IAM compares their text.
    const values = (Array.isArray(raw) ? (raw as unknown[]) : [raw as unknown])
      .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(String);
    const lower = key.toLowerCase();
    const name = names.get(lower) ?? key;
    names.set(lower, name);
    const merged = [...(byKey.get(lower) ?? []), ...values];
    byKey.set(lower, merged);
    echo[name] = merged;
  }
  return { lookup: (key) => byKey.get(key.toLowerCase()), echo };
}

// ---- Patterns: wildcards and policy variables ----------------------------------------------------

const COLON = 0x3a;

interface Pattern {
  tokens: GlobToken[];
  /** The `${…}` variables that have no value. */
  unresolved: string[];
  /** Whether a variable was filled in. */
  substituted: boolean;
  /** The pattern after substitution, for display. */
  text: string;
}

/**
 * The value of a policy variable body: the context key's single value, else the default in single quotes
 * (`${aws:PrincipalTag/team, 'company-wide'}`, `''` for a quote), else undefined (IAMUG
 * reference_policies_variables: a key that is "not present … any attempt to match it fails"). A multivalued
 * key cannot be a policy variable, so a key with several values counts as having none.
 */
function resolveVariable(body: string, ctx: Context): string | undefined {
  const parsed = readVariableBody(body);
  if (!parsed) return undefined;
  const values = ctx.lookup(parsed.key);
  if (values && values.length === 1) return values[0];
  return parsed.fallback;
}

/**
 * A policy variable body taken apart: `key` or `key, 'default'`, blanks around each part ignored, `''` for a quote
 * in the default; undefined when it has neither form. Read by hand in one pass: the regular expression it replaces
 * (`^\s*([^,]+?)\s*(?:,…)?$`) took time quadratic in the blanks of a long body. A key of blanks only is read as
 * its last blank, as that expression did.
 */
function readVariableBody(body: string): { key: string; fallback: string | undefined } | undefined {
  const comma = body.indexOf(',');
  const head = comma < 0 ? body : body.slice(0, comma);
  const start = head.length - head.trimStart().length;
  const key = start < head.length ? head.slice(start).trimEnd() : head.slice(-1);
  if (key === '') return undefined;
  if (comma < 0) return { key, fallback: undefined };
  const quoted = body.slice(comma + 1).trim();
  if (quoted.length < 2 || !quoted.startsWith("'") || !quoted.endsWith("'")) return undefined;
  const inner = quoted.slice(1, -1);
  // Inside the quotes, a quote appears only doubled.
  if (!/^(?:[^']|'')*$/.test(inner)) return undefined;
  return { key, fallback: inner.replace(/''/g, "'") };
}

/**
 * Reads a policy string into wildcard tokens. With `variables`, each `${…}` policy variable is replaced by
 * its value, inserted literally (a `*` in a value is not a wildcard), and `${*}`, `${?}` and `${$}` stand for
 * those characters literally. Anything else is literal text, except `*` and `?`.
 */
function readPattern(value: string, ctx: Context, variables: boolean): Pattern {
  const tokens: GlobToken[] = [];
  const unresolved: string[] = [];
  let substituted = false;
  let text = '';
  const literal = (s: string): void => {
    for (let k = 0; k < s.length; k++) tokens.push(s.charCodeAt(k));
    text += s;
  };
  let i = 0;
  while (i < value.length) {
    if (value.startsWith('${', i)) {
      const close = value.indexOf('}', i + 2);
      const body = close < 0 ? '' : value.slice(i + 2, close);
      const special = body === '*' || body === '?' || body === '$';
      if (close >= 0 && (special || isPolicyVariable(body))) {
        if (variables && ctx.variables) {
          const resolved = special ? body : resolveVariable(body, ctx);
          if (resolved === undefined) {
            unresolved.push(`\${${body}}`);
            text += `\${${body}}`;
          } else {
            literal(resolved);
          }
          substituted = true;
          i = close + 1;
          continue;
        }
        if (variables && !ctx.variables) ctx.note(ctx.t.notes.oldVersion(ctx.view.versionValue === undefined ? undefined : code(ctx.view.versionValue)));
      }
    }
    const ch = value[i];
    tokens.push(ch === '*' ? ANY_RUN : ch === '?' ? ANY_ONE : ch.charCodeAt(0));
    text += ch;
    i++;
  }
  return { tokens, unresolved, substituted, text };
}

/**
 * Whether `text` fits a wildcard pattern. `string`: `*` is any run of characters and `?` any one character
 * (StringLike, the fields of ARN operators, actions). `resource`: the Resource element's ARN wildcards, which
 * work within the colon-separated segments of an ARN except for a `*` that ends one (`resourceTokens`). The
 * matcher is iam/wildcard.ts's, whose time is bounded by the product of the two lengths whatever the pattern
 * (these patterns come from the user's document).
 */
function globMatch(tokens: GlobToken[], mode: 'string' | 'resource', text: string, ignoreCase = false): boolean {
  return globMatches(globOfTokens(mode === 'resource' ? resourceTokens(tokens) : tokens, ignoreCase), text);
}

const literalText = (tokens: GlobToken[]): string => tokens.map((t) => (t === ANY_RUN ? '*' : t === ANY_ONE ? '?' : String.fromCharCode(t))).join('');

/** A list of values for a reason: the first three as code spans, and how many more. */
function listOf(values: string[], t: IamSimulateText): string {
  return t.list(values.slice(0, 3).map(code), Math.max(0, values.length - 3));
}

// ---- Action ---------------------------------------------------------------------------------------

/**
 * Action / NotAction (IAMUG reference_policies_elements_action, _notaction): names compare without regard to
 * case, `*` and `?` are wildcards anywhere, `*` alone is every action. NotAction covers every action it does
 * not list.
 */
function checkAction(st: StatementView, action: string, ctx: Context): ElementCheck {
  const { t, view } = ctx;
  if (st.action && st.notAction) return { outcome: 'no-match', reason: t.action.both, span: view.span(st.notAction.key) };
  const list = st.action ?? st.notAction;
  if (!list) return { outcome: 'no-match', reason: t.action.missing, span: view.span(st.node) };
  if (list.strings.length === 0 && list.unknown.length === 0) return { outcome: 'no-match', reason: t.action.empty, span: view.span(list.key) };
  // Action names take no policy variables: `$` and `{` are plain characters there.
  const hit = list.strings.find((s) => globMatch(readPattern(s.value, ctx, false).tokens, 'string', action, true));
  if (st.action) {
    if (hit) return { outcome: 'match', reason: t.action.matches(code(action), code(hit.value)), span: view.span(hit.node) };
    if (list.unknown.length) return { outcome: 'unknown', reason: t.action.unknown, span: view.span(list.unknown[0]) };
    return { outcome: 'no-match', reason: t.action.notAmong(code(action), listOf(list.strings.map((s) => s.value), t), list.strings.length), span: view.span(list.key) };
  }
  if (hit) return { outcome: 'no-match', reason: t.action.excluded(code(action), code(hit.value)), span: view.span(hit.node) };
  if (list.unknown.length) return { outcome: 'unknown', reason: t.action.unknown, span: view.span(list.unknown[0]) };
  return { outcome: 'match', reason: t.action.notExcluded(code(action)), span: view.span(list.key) };
}

// ---- Resource -------------------------------------------------------------------------------------

/**
 * Resource / NotResource (IAMUG reference_policies_elements_resource, _notresource): ARNs compare with case,
 * with the segment wildcards of `globMatch`, after policy variables are filled in from the context.
 * Trust policies and some resource-based policies have no Resource: the policy then governs the resource it
 * is attached to.
 */
function checkResource(st: StatementView, resource: string, ctx: Context, unresolved: string[]): ElementCheck {
  const { t, view } = ctx;
  if (st.resource && st.notResource) return { outcome: 'no-match', reason: t.resource.both, span: view.span(st.notResource.key) };
  const list = st.resource ?? st.notResource;
  if (!list) {
    return view.target.kind === 'identity'
      ? { outcome: 'no-match', reason: t.resource.missing, span: view.span(st.node) }
      : { outcome: 'not-applicable', reason: t.resource.implied };
  }
  if (list.strings.length === 0 && list.unknown.length === 0) return { outcome: 'no-match', reason: t.resource.empty, span: view.span(list.key) };
  let hit: { item: StringItem; pattern: Pattern } | undefined;
  let caseOnly: string | undefined;
  for (const item of list.strings) {
    const pattern = readPattern(item.value, ctx, true);
    unresolved.push(...pattern.unresolved);
    if (pattern.unresolved.length) continue;
    if (!hit && globMatch(pattern.tokens, 'resource', resource)) hit = { item, pattern };
    else if (!caseOnly && globMatch(pattern.tokens, 'resource', resource, true)) caseOnly = item.value;
  }
  const via = (h: { item: StringItem; pattern: Pattern }): string =>
    `${code(h.item.value)}${h.pattern.substituted ? t.resource.substituted(code(h.pattern.text)) : ''}`;
  if (st.resource) {
    if (hit) return { outcome: 'match', reason: t.resource.matches(code(resource), via(hit)), span: view.span(hit.item.node) };
    if (list.unknown.length) return { outcome: 'unknown', reason: t.resource.unknown, span: view.span(list.unknown[0]) };
    const hint = caseOnly ? t.resource.caseOnly(code(caseOnly)) : '';
    return { outcome: 'no-match', reason: t.resource.notAmong(code(resource), listOf(list.strings.map((s) => s.value), t), list.strings.length) + hint, span: view.span(list.key) };
  }
  if (hit) return { outcome: 'no-match', reason: t.resource.excluded(code(resource), via(hit)), span: view.span(hit.item.node) };
  if (list.unknown.length) return { outcome: 'unknown', reason: t.resource.unknown, span: view.span(list.unknown[0]) };
  return { outcome: 'match', reason: t.resource.notExcluded(code(resource)), span: view.span(list.key) };
}

// ---- Principal ------------------------------------------------------------------------------------

const ACCOUNT_ID = /^\d{12}$/;

/** The account a principal belongs to: an account id itself, or the account field of an ARN. */
function accountOf(principal: string): string | undefined {
  if (ACCOUNT_ID.test(principal)) return principal;
  const fields = principal.split(':');
  return fields[0] === 'arn' && fields.length >= 6 && ACCOUNT_ID.test(fields[4]) ? fields[4] : undefined;
}

/** An account principal in a policy: `123456789012` or `arn:aws:iam::123456789012:root`. */
function accountPrincipal(value: string): string | undefined {
  if (ACCOUNT_ID.test(value)) return value;
  return /^arn:[^:]+:iam::(\d{12}):root$/.exec(value)?.[1];
}

interface RoleRef { partition: string; account: string; name: string }

function roleOf(value: string): RoleRef | undefined {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(value);
  return m ? { partition: m[1], account: m[2], name: m[3] } : undefined;
}

function sessionOf(principal: string): RoleRef | undefined {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(principal);
  return m ? { partition: m[1], account: m[2], name: m[3] } : undefined;
}

const sameRole = (a: RoleRef | undefined, b: RoleRef | undefined): boolean =>
  !!a && !!b && a.partition === b.partition && a.account === b.account && a.name === b.name;

/**
 * Whether one Principal value names the caller (IAMUG reference_policies_elements_principal): `"*"` under
 * AWS is everyone; an account (id or `:root` ARN) stands for the principals of that account; a role ARN
 * covers the role's sessions; anything else compares exactly. Partial wildcards name no one.
 */
function principalValueMatch(type: string, value: string, principal: string, t: IamSimulateText): string | undefined {
  if (type === 'AWS' && value === '*') return t.principal.everyone;
  if (value.includes('*') || value.includes('?')) return undefined;
  if (type === 'AWS') {
    const account = accountPrincipal(value);
    if (account) return accountOf(principal) === account ? t.principal.account(code(account)) : undefined;
    if (value === principal) return t.principal.exact(code(value));
    if (sameRole(roleOf(value), sessionOf(principal))) return t.principal.roleSession(code(value));
    return undefined;
  }
  return value === principal ? t.principal.exact(code(value)) : undefined;
}

function principalValues(el: PrincipalView): { type: string; item: StringItem }[] {
  return el.entries.flatMap((entry) => entry.strings.map((item) => ({ type: entry.type, item })));
}

function checkPrincipal(st: StatementView, principal: string | undefined, ctx: Context): ElementCheck {
  const { t, view } = ctx;
  if (st.principal && st.notPrincipal) return { outcome: 'no-match', reason: t.principal.both, span: view.span(st.notPrincipal.key) };
  const el = st.principal ?? st.notPrincipal;
  if (!el) {
    return view.target.kind === 'identity'
      ? { outcome: 'not-applicable', reason: t.principal.identity }
      : { outcome: 'no-match', reason: t.principal.missing, span: view.span(st.node) };
  }
  if (principal === undefined) {
    ctx.note(t.notes.principalNotGiven);
    return { outcome: 'not-checked', reason: t.principal.notChecked, span: view.span(el.key) };
  }
  if (el.form === 'unknown') return { outcome: 'unknown', reason: t.principal.unknown, span: view.span(el.key) };
  if (el.form === 'invalid' || el.form === 'string') return { outcome: 'no-match', reason: t.principal.invalid, span: view.span(el.key) };
  const unknown = el.entries.some((e) => e.unknown.length > 0);
  if (st.principal) {
    if (el.form === 'wildcard') return { outcome: 'match', reason: t.principal.everyone, span: view.span(el.key) };
    const values = principalValues(el);
    for (const { type, item } of values) {
      const why = principalValueMatch(type, item.value, principal, t);
      if (why) return { outcome: 'match', reason: why, span: view.span(item.node) };
    }
    if (unknown) return { outcome: 'unknown', reason: t.principal.unknown, span: view.span(el.key) };
    const partial = values.find((v) => v.item.value !== '*' && (v.item.value.includes('*') || v.item.value.includes('?')));
    const reason = t.principal.notAmong(code(principal), listOf(values.map((v) => v.item.value), t), values.length)
      + (partial ? `; ${t.principal.partialWildcard(code(partial.item.value))}` : '');
    return { outcome: 'no-match', reason, span: view.span(el.key) };
  }
  // NotPrincipal (IAMUG reference_policies_elements_notprincipal): the statement applies to every principal
  // it does not list. AWS evaluates the account, then the role, then the session, so a principal counts as
  // listed only when its account (and, for a role session, its role) are listed too.
  if (st.effectValue === 'Allow') ctx.note(t.notes.notPrincipalAllow);
  if (el.form === 'wildcard') return { outcome: 'no-match', reason: t.principal.excluded(code(principal)), span: view.span(el.key) };
  const values = principalValues(el).filter((v) => v.type === 'AWS' || v.item.value === principal);
  if (values.some((v) => v.type === 'AWS' && v.item.value === '*')) {
    return { outcome: 'no-match', reason: t.principal.excluded(code(principal)), span: view.span(el.key) };
  }
  const account = accountOf(principal);
  const session = sessionOf(principal);
  const listed = (test: (value: string) => boolean): StringItem | undefined => values.find((v) => test(v.item.value))?.item;
  const self = listed((v) => v === principal || (ACCOUNT_ID.test(principal) && accountPrincipal(v) === principal));
  const missing: string[] = [];
  if (account && !ACCOUNT_ID.test(principal) && !listed((v) => accountPrincipal(v) === account)) missing.push(account);
  if (session && !listed((v) => sameRole(roleOf(v), session))) missing.push(`arn:${session.partition}:iam::${session.account}:role/${session.name}`);
  if (self && missing.length === 0) return { outcome: 'no-match', reason: t.principal.excluded(code(principal)), span: view.span(self.node) };
  if (unknown) return { outcome: 'unknown', reason: t.principal.unknown, span: view.span(el.key) };
  if (self) return { outcome: 'match', reason: t.principal.partlyExcluded(code(principal), listOf(missing, t)), span: view.span(self.node) };
  return { outcome: 'match', reason: t.principal.notExcluded(code(principal)), span: view.span(el.key) };
}

// ---- Condition ------------------------------------------------------------------------------------

/**
 * The negated operators. With several values they are a NOR (IAMUG reference_policies_multi-value-conditions:
 * "If a single negated matching condition operator includes multiple values for a context key, those values
 * are evaluated using a logical NOR"), and a missing key makes them true (IAMUG
 * reference_policies_elements_condition_operators: "If the policy condition requires that the key is not
 * matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true").
 */
const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress', 'ArnNotEquals', 'ArnNotLike']);

/** One policy value, ready to test request values; `bad` when it cannot be read for its operator. */
interface Matcher {
  test(requestValue: string): boolean;
  bad?: string;
}

/** A number as Numeric* operators read it. */
function parseNumber(text: string): number | undefined {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim()) ? Number(text) : undefined;
}

/**
 * A date as Date* operators read it (IAMUG reference_policies_elements_condition_operators: "W3C
 * implementations of the ISO 8601 date formats" or epoch seconds), in milliseconds. A time without a zone is
 * read as UTC, as AWS's own date keys (`aws:CurrentTime`) are.
 */
function parseDate(text: string): number | undefined {
  const value = text.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone = 'Z'] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  let ms = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(s)) + Number(`0.${frac || '0'}`) * 1000;
  if (zone !== 'Z' && zone !== 'z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!z) return undefined;
    ms -= (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3])) * 60_000;
  }
  return ms;
}

/** Base-64 to bytes (BinaryEquals compares bytes); undefined for anything that is not base-64. */
function decodeBase64(text: string): number[] | undefined {
  const value = text.trim();
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 4) {
    const chunk = value.slice(i, i + 4);
    const n = [...chunk].map((c) => (c === '=' ? 0 : alphabet.indexOf(c)));
    const bits = (n[0] << 18) | (n[1] << 12) | (n[2] << 6) | n[3];
    bytes.push((bits >> 16) & 255);
    if (chunk[2] !== '=') bytes.push((bits >> 8) & 255);
    if (chunk[3] !== '=') bytes.push(bits & 255);
  }
  return bytes;
}

function inRange(address: Cidr, range: Cidr): boolean {
  if (address.version !== range.version) return false;
  const bits = BigInt(address.version === 4 ? 32 : 128);
  const shift = bits - BigInt(range.prefix);
  return (address.address >> shift) === (range.address >> shift);
}

/** Splits an ARN into its six fields; the resource keeps its colons. */
function arnFields(value: string): string[] | undefined {
  const parts = value.split(':');
  return parts.length < 6 ? undefined : [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/** Compiles one policy value of a condition for its operator. */
function compileValue(op: ParsedOperator, family: OperatorFamily, value: string, ctx: Context, unresolved: string[]): Matcher {
  const t = ctx.t;
  const bad = (test: (v: string) => boolean = () => false): Matcher => ({ test, bad: t.condition.badPolicyValue(code(value), family) });
  switch (family) {
    case 'String': {
      // Policy variables work with the string and ARN operators only (IAMUG reference_policies_variables).
      const pattern = readPattern(value, ctx, true);
      unresolved.push(...pattern.unresolved);
      if (pattern.unresolved.length) return { test: () => false };
      if (op.base === 'StringLike' || op.base === 'StringNotLike') return { test: (v) => globMatch(pattern.tokens, 'string', v) };
      const literal = literalText(pattern.tokens);
      if (op.base === 'StringEqualsIgnoreCase' || op.base === 'StringNotEqualsIgnoreCase') {
        return { test: (v) => v.toLowerCase() === literal.toLowerCase() };
      }
      return { test: (v) => v === literal };
    }
    case 'Arn': {
      // ArnEquals and ArnLike alike: "Each of the six colon-delimited components of the ARN is checked
      // separately and each can include multi-character match wildcards (*) or single-character match
      // wildcards (?)" (IAMUG reference_policies_elements_condition_operators), case-sensitive.
      const pattern = readPattern(value, ctx, true);
      unresolved.push(...pattern.unresolved);
      if (pattern.unresolved.length) return { test: () => false };
      const fields: GlobToken[][] = [[]];
      for (const token of pattern.tokens) {
        if (token === COLON && fields.length < 6) fields.push([]);
        else fields[fields.length - 1].push(token);
      }
      if (fields.length < 6) {
        ctx.note(t.notes.shortArn(code(value)));
        return { test: (v) => globMatch(pattern.tokens, 'string', v) };
      }
      return { test: (v) => { const f = arnFields(v); return !!f && fields.every((field, i) => globMatch(field, 'string', f[i])); } };
    }
    case 'Numeric': {
      const n = parseNumber(value);
      if (n === undefined) return bad();
      const cmp: Record<string, (a: number) => boolean> = {
        NumericEquals: (a) => a === n, NumericNotEquals: (a) => a === n, NumericLessThan: (a) => a < n,
        NumericLessThanEquals: (a) => a <= n, NumericGreaterThan: (a) => a > n, NumericGreaterThanEquals: (a) => a >= n,
      };
      return { test: (v) => { const a = parseNumber(v); return a !== undefined && (cmp[op.base]?.(a) ?? false); } };
    }
    case 'Date': {
      const d = parseDate(value);
      if (d === undefined) return bad();
      const cmp: Record<string, (a: number) => boolean> = {
        DateEquals: (a) => a === d, DateNotEquals: (a) => a === d, DateLessThan: (a) => a < d,
        DateLessThanEquals: (a) => a <= d, DateGreaterThan: (a) => a > d, DateGreaterThanEquals: (a) => a >= d,
      };
      return { test: (v) => { const a = parseDate(v); return a !== undefined && (cmp[op.base]?.(a) ?? false); } };
    }
    case 'Bool': {
      const b = value.toLowerCase();
      if (b !== 'true' && b !== 'false') return bad();
      return { test: (v) => v.toLowerCase() === b };
    }
    case 'Binary': {
      const bytes = decodeBase64(value);
      if (!bytes) return bad();
      return { test: (v) => { const other = decodeBase64(v); return !!other && other.length === bytes.length && other.every((x, i) => x === bytes[i]); } };
    }
    case 'IpAddress': {
      const range = parseCidr(value.trim());
      if (!range) return bad();
      return { test: (v) => { const address = parseCidr(v.trim()); return !!address && inRange(address, range); } };
    }
    default:
      return bad();
  }
}

/** Whether a request value can be read for the operator's family at all. */
function requestValueReadable(family: OperatorFamily, value: string): boolean {
  switch (family) {
    case 'Numeric': return parseNumber(value) !== undefined;
    case 'Date': return parseDate(value) !== undefined;
    case 'Bool': return /^(true|false)$/i.test(value);
    case 'Binary': return decodeBase64(value) !== undefined;
    case 'IpAddress': return parseCidr(value.trim()) !== undefined;
    case 'Arn': return arnFields(value) !== undefined;
    default: return true;
  }
}

/**
 * Evaluates one key of one operator (IAMUG reference_policies_elements_condition_operators and
 * reference_policies_condition-single-vs-multi-valued-context-keys):
 * - a missing key is false, except: `…IfExists` is true; a negated operator is true; `ForAllValues` is true
 *   ("It also returns true if there are no context keys in the request"); `ForAnyValue` stays false; `Null`
 *   tests presence itself ("true" = the key is absent);
 * - the policy's values are ORed (NOR for a negated operator);
 * - `ForAllValues`: every request value must satisfy the operator; `ForAnyValue`: at least one must.
 * An empty list of request values counts as a missing key (a "null dataset").
 */
function evaluateKey(opView: ConditionOperatorView, keyView: ConditionKeyView, ctx: Context, unresolved: string[]): ConditionCheck {
  const { t, view } = ctx;
  const op = opView.operator;
  const family = op.family as OperatorFamily;
  const values = keyView.values.map((v) => v.text);
  const base = { operator: opView.name, key: keyView.name, values, span: view.span(keyView.key) };
  if (keyView.values.length === 0 && keyView.unknown.length === 0 && keyView.invalid.length > 0) {
    return { ...base, outcome: 'no-match', reason: t.condition.keyInvalid };
  }
  const verdict = (tri: Tri): string => (tri === 'yes' ? t.condition.holds : tri === 'no' ? t.condition.doesNotHold : t.condition.dependsOnDeployment);
  const requestValues = ctx.lookup(keyView.name);
  const present = requestValues !== undefined && requestValues.length > 0;
  const unknown = keyView.unknown.length > 0;
  const described = present ? t.list((requestValues ?? []).slice(0, 3).map(code), Math.max(0, (requestValues ?? []).length - 3)) : t.condition.noValue;

  if (family === 'Null') {
    const caveats: string[] = [];
    if (op.ifExists) caveats.push(t.condition.nullIfExists);
    if (op.qualifier) caveats.push(t.condition.nullQualifier(op.qualifier));
    let tri: Tri = 'no';
    for (const v of values) {
      const lower = v.toLowerCase();
      if (lower !== 'true' && lower !== 'false') {
        caveats.push(t.condition.nullBadValue(code(v)));
        continue;
      }
      tri = triOr(tri, fromBool(lower === 'true' ? !present : present));
    }
    if (unknown) tri = triOr(tri, 'unknown');
    const reason = `${present ? t.condition.nullPresent : t.condition.nullAbsent} → ${verdict(tri)}${caveats.length ? t.aside(caveats.join(t.separator)) : ''}`;
    return { ...base, outcome: toOutcome(tri), reason };
  }

  const negated = NEGATED.has(op.base);
  if (!present) {
    if (op.ifExists) return { ...base, outcome: 'match', reason: t.condition.absentIfExists };
    if (op.qualifier === 'ForAllValues') return { ...base, outcome: 'match', reason: t.condition.absentForAll };
    if (op.qualifier === 'ForAnyValue') return { ...base, outcome: 'no-match', reason: t.condition.absentForAny };
    if (negated) return { ...base, outcome: 'match', reason: t.condition.absentNegated };
    return { ...base, outcome: 'no-match', reason: t.condition.absent };
  }

  const matchers = keyView.values.map((v) => compileValue(op, family, v.text, ctx, unresolved));
  const caveats = matchers.filter((m) => m.bad).map((m) => m.bad as string);
  const unreadable = (requestValues ?? []).filter((v) => !requestValueReadable(family, v));
  caveats.push(...unreadable.map((v) => t.condition.badRequestValue(code(v), family)));
  if (unknown) caveats.push(t.condition.someUnknown);
  const anyPolicyValue = (v: string): Tri => {
    let tri: Tri = fromBool(matchers.some((m) => m.test(v)));
    if (unknown) tri = triOr(tri, 'unknown');
    return tri;
  };
  const perValue = (v: string): Tri => (negated ? triNot(anyPolicyValue(v)) : anyPolicyValue(v));
  const all = requestValues ?? [];
  let tri: Tri;
  if (op.qualifier === 'ForAllValues') {
    tri = all.map(perValue).reduce(triAnd, 'yes');
  } else {
    if (!op.qualifier && all.length > 1) ctx.note(t.notes.multiValueNoQualifier(code(keyView.name)));
    tri = all.map(perValue).reduce(triOr, 'no');
  }
  const reason = `${t.condition.compared(described, verdict(tri))}${caveats.length ? t.aside(caveats.join(t.separator)) : ''}`;
  return { ...base, outcome: toOutcome(tri), reason };
}

/**
 * The Condition element: operators are ANDed, keys under one operator are ANDed (IAMUG
 * reference_policies_multi-value-conditions).
 */
function checkCondition(st: StatementView, ctx: Context, unresolved: string[]): ElementCheck & { checks: ConditionCheck[] } {
  const { t, view } = ctx;
  const el = st.condition;
  if (!el) return { outcome: 'not-applicable', reason: t.condition.none, checks: [] };
  if (el.form === 'unknown') return { outcome: 'unknown', reason: t.condition.unknown, span: view.span(el.key), checks: [] };
  if (el.form === 'invalid') return { outcome: 'no-match', reason: t.condition.invalid, span: view.span(el.key), checks: [] };
  const checks: ConditionCheck[] = [];
  for (const opView of el.operators) {
    const base = { operator: opView.name, key: '', values: [], span: view.span(opView.key) };
    if (!opView.operator.family) {
      checks.push({ ...base, outcome: 'no-match', reason: t.condition.operatorUnknown(code(opView.name)) });
    } else if (opView.form === 'unknown') {
      checks.push({ ...base, outcome: 'unknown', reason: t.condition.unknown });
    } else if (opView.form === 'invalid') {
      checks.push({ ...base, outcome: 'no-match', reason: t.condition.operatorInvalid(code(opView.name)) });
    } else {
      for (const keyView of opView.keys) checks.push(evaluateKey(opView, keyView, ctx, unresolved));
    }
  }
  const tri = checks.map((c) => elementTri(c.outcome)).reduce(triAnd, 'yes');
  const failing = checks.filter((c) => c.outcome === 'no-match').length;
  const reason = tri === 'yes' ? t.condition.allHold(checks.length) : tri === 'no' ? t.condition.fails(failing) : t.condition.unknown;
  return { outcome: toOutcome(tri), reason, span: view.span(el.key), checks };
}

// ---- Statements and the decision ----------------------------------------------------------------

function evaluateStatement(st: StatementView, request: IamRequest, ctx: Context): StatementCheck {
  const { t, view } = ctx;
  const unresolved: string[] = [];
  const action = checkAction(st, request.action, ctx);
  const resource = checkResource(st, request.resource, ctx, unresolved);
  const principal = checkPrincipal(st, request.principal, ctx);
  const condition = checkCondition(st, ctx, unresolved);
  const effectUnknown = st.effect?.value !== undefined && isIntrinsic(st.effect.value);
  const effect = st.effectValue ?? (effectUnknown ? 'unknown' : undefined);
  let invalid: string | undefined;
  if (!effect) invalid = t.statement.invalidEffect;
  else if (unresolved.length) invalid = t.statement.unresolved(t.list([...new Set(unresolved)].map(code), 0));
  const tri = [action, resource, principal, condition].map((c) => elementTri(c.outcome)).reduce(triAnd, 'yes');
  return {
    index: st.index,
    ...(st.sidValue !== undefined ? { sid: st.sidValue } : {}),
    ...(effect ? { effect } : {}),
    outcome: invalid ? 'no-match' : toOutcome(tri),
    ...(invalid ? { invalid } : {}),
    action,
    resource,
    principal,
    condition,
    span: view.span(st.node),
  };
}

/**
 * The single-policy decision (IAMUG reference_policies_evaluation-logic): an applying Deny is an explicit
 * deny; otherwise an applying Allow allows; otherwise the request is implicitly denied. Statements that only
 * may apply (values known at deployment) keep every decision they could lead to.
 */
function decide(statements: StatementCheck[], unknownStatements: number): { decision: IamDecision | 'unknown'; possible: IamDecision[]; deciding: StatementCheck[] } {
  const denies = statements.filter((s) => s.outcome === 'match' && s.effect === 'Deny');
  if (denies.length) return { decision: 'explicit-deny', possible: ['explicit-deny'], deciding: denies };
  const allows = statements.filter((s) => s.outcome === 'match' && s.effect === 'Allow');
  // A statement that applies but whose Effect is only known at deployment either allows or denies.
  const eitherWay = statements.filter((s) => s.outcome === 'match' && s.effect === 'unknown');
  const mayDeny = statements.filter((s) => s.outcome === 'unknown' && (s.effect === 'Deny' || s.effect === 'unknown')).concat(eitherWay);
  const mayAllow = statements.filter((s) => s.outcome === 'unknown' && (s.effect === 'Allow' || s.effect === 'unknown')).concat(eitherWay);
  const possible: IamDecision[] = [];
  if (allows.length || mayAllow.length || unknownStatements) possible.push('allowed');
  if (mayDeny.length || unknownStatements) possible.push('explicit-deny');
  if (!allows.length && !eitherWay.length) possible.push('implicit-deny');
  if (possible.length === 1) {
    const decision = possible[0];
    return { decision, possible, deciding: decision === 'allowed' ? allows : [] };
  }
  const hangs = [...new Set([...mayDeny, ...allows, ...mayAllow])].sort((a, b) => a.index - b.index);
  return { decision: 'unknown', possible, deciding: hangs };
}

/**
 * Called by the document-level entry, the code lens command and the CLI. Evaluates the request against one
 * policy and returns the full answer. Never throws.
 */
export function simulatePolicy(view: PolicyView, request: IamRequest, options: IamSimulateOptions = {}): IamSimulationResult {
  const locale = options.locale ?? 'en';
  const t = pick(IAM_SIMULATE_TEXT, locale);
  const notes: string[] = [];
  const note = (text: string): void => {
    if (!notes.includes(text)) notes.push(text);
  };
  const { lookup, echo } = contextOf(request);
  const ctx: Context = { t, view, lookup, variables: view.versionValue === '2012-10-17', note };

  if (options.catalog) {
    const [service, name] = request.action.split(':');
    const date = options.catalog.dataDate;
    if (!options.catalog.service(service)) note(t.notes.unknownService(code(service), date));
    else if (name !== undefined && !options.catalog.action(service, name)) note(t.notes.unknownAction(code(request.action), date));
  }
  if (view.statementForm === 'unknown') note(t.notes.statementUnknown);
  if (view.statementForm === 'missing' || view.statementForm === 'invalid') note(t.notes.statementMissing);

  const statements = view.statements.map((st) => evaluateStatement(st, request, ctx));
  const unknownStatements = view.unknownStatements.length + (view.statementForm === 'unknown' ? 1 : 0);
  if (view.unknownStatements.length) note(t.notes.unknownStatements(view.unknownStatements.length));
  if (request.principal !== undefined && view.target.kind === 'identity' && view.statements.every((s) => !s.principal && !s.notPrincipal)) {
    note(t.notes.principalIgnored);
  }

  const { decision, possible, deciding } = decide(statements, unknownStatements);
  const anchor: Node | undefined = view.statement?.key ?? view.root;
  return {
    request: {
      action: request.action,
      resource: request.resource,
      ...(request.principal !== undefined ? { principal: request.principal } : {}),
      context: echo,
    },
    policy: {
      index: options.policyIndex ?? 0,
      label: pick(view.target.context, locale),
      kind: view.target.kind,
      ...(view.versionValue !== undefined ? { version: view.versionValue } : {}),
    },
    decision,
    possibleDecisions: possible,
    deciding: deciding.map((s) => ({
      index: s.index, ...(s.sid !== undefined ? { sid: s.sid } : {}), ...(s.effect ? { effect: s.effect } : {}), outcome: s.outcome, span: s.span,
    })),
    statements,
    unknownStatements,
    notes,
    policySpan: anchor ? view.span(anchor) : spanOf(view.target.holder),
  };
}

/** What the document-level entry returns: an answer, or why there is none (in the options' language). */
export type IamSimulationAnswer = { result: IamSimulationResult; error?: undefined } | { error: string; result?: undefined };

/**
 * The single entry used by the editor and the CLI, so both answer alike. Checks the request, picks policy
 * `options.policyIndex` (0-based; the first by default) of the document and simulates. An undefined document
 * is one the editor does not have open. Never throws.
 */
export function simulateIamRequest(doc: ParsedDocument | undefined, request: IamRequest, options: IamSimulateOptions = {}): IamSimulationAnswer {
  const t = pick(IAM_SIMULATE_TEXT, options.locale ?? 'en');
  if (!doc) return { error: t.errors.notOpen };
  const action = String(request.action ?? '').trim();
  if (!/^[A-Za-z0-9.-]+:[A-Za-z0-9_.-]+$/.test(action)) return { error: t.errors.badAction(action) };
  const resource = String(request.resource ?? '').trim();
  if (!resource) return { error: t.errors.noResource };
  const context: Record<string, ContextValue> = {};
  // The request may come from the wire: anything but an object of keys is no context.
  const given = request.context && typeof request.context === 'object' && !Array.isArray(request.context) ? request.context : {};
  for (const [key, value] of Object.entries(given)) {
    if (!/^[^\s:]+:\S+$/.test(key)) return { error: t.errors.badContextKey(key) };
    context[key] = value;
  }
  const principal = typeof request.principal === 'string' && request.principal.trim() !== '' ? request.principal.trim() : undefined;
  const policies = policiesOf(doc);
  if (policies.length === 0) return { error: t.errors.noPolicy };
  const index = options.policyIndex ?? 0;
  const view = Number.isInteger(index) && index >= 0 ? policies[index] : undefined;
  if (!view) return { error: t.errors.noSuchPolicy(Number(index) + 1, policies.length) };
  return { result: simulatePolicy(view, { action, resource, context, ...(principal !== undefined ? { principal } : {}) }, { ...options, policyIndex: index }) };
}

/** The result without offsets, for the wire and the CLI's JSON output. */
export function iamSimulationForWire(result: IamSimulationResult): IamSimulationWire {
  const { policySpan: _policySpan, deciding, statements, ...rest } = result;
  const bare = <T extends { span?: Span }>(value: T): Omit<T, 'span'> => {
    const { span: _span, ...others } = value;
    return others;
  };
  return {
    ...rest,
    deciding: deciding.map(bare),
    statements: statements.map(({ span: _span, action, resource, principal, condition, ...st }) => ({
      ...st,
      action: bare(action),
      resource: bare(resource),
      principal: bare(principal),
      condition: { ...bare(condition), checks: condition.checks.map(bare) },
    })),
  };
}

// ---- The report ---------------------------------------------------------------------------------

function statementName(s: { index: number; sid?: string }, t: IamSimulateText): string {
  return t.statementName(s.index + 1, s.sid ? code(s.sid) : undefined);
}

/** A readable report of a simulation, in Markdown; the editor shows it beside the policy and the CLI prints it. */
export function formatIamSimulation(result: IamSimulationResult | IamSimulationWire, locale: Locale = 'en'): string {
  const t = pick(IAM_SIMULATE_TEXT, locale);
  const lines: string[] = [];
  const names = (list: { index: number; sid?: string }[]): string => list.map((s) => statementName(s, t)).join(locale === 'ja' ? '、' : ', ');
  lines.push(t.report.title(code(result.request.action), code(result.request.resource)), '');
  if (result.decision === 'allowed') lines.push(t.decided.allowed(names(result.deciding)));
  else if (result.decision === 'explicit-deny') lines.push(t.decided.denied(names(result.deciding)));
  else if (result.decision === 'implicit-deny') lines.push(t.decided.implicit);
  else {
    const possible = result.possibleDecisions.map((d) => (locale === 'en' ? t.decision[d].toLowerCase() : t.decision[d])).join(t.or);
    lines.push(`${t.decided.unknown(possible)}${result.deciding.length ? ` ${t.decided.hangsOn(names(result.deciding))}` : ''}`);
  }
  lines.push('');
  lines.push(`- ${t.report.policy(result.policy.label, t.report.kinds[result.policy.kind])}`);
  lines.push(`- ${t.report.principal(result.request.principal !== undefined ? code(result.request.principal) : undefined)}`);
  const pairs = Object.entries(result.request.context).map(([k, v]) => `${code(k)} = ${t.list(v.map(code), 0)}`);
  lines.push(`- ${t.report.context(pairs.length ? pairs.join(t.separator) : undefined)}`);
  lines.push('', t.report.statements, '');
  if (result.statements.length === 0) lines.push(t.report.noStatements);
  for (const st of result.statements) {
    const effect = st.effect === 'unknown' ? t.effectUnknown : st.effect ?? '—';
    lines.push(`- ${statementName(st, t)}${t.aside(effect)}: ${t.report.outcome[st.outcome]}${st.invalid ? ` — ${st.invalid}` : ''}`);
    lines.push(`  - ${t.report.element.action}: ${st.action.reason}`);
    lines.push(`  - ${t.report.element.resource}: ${st.resource.reason}`);
    lines.push(`  - ${t.report.element.principal}: ${st.principal.reason}`);
    lines.push(`  - ${t.report.element.condition}: ${st.condition.reason}`);
    for (const c of st.condition.checks) {
      const values = c.values.length ? ` ${c.values.map(code).join(', ')}` : '';
      lines.push(`    - ${code(c.operator)}${c.key ? ` ${code(c.key)}` : ''}${values}: ${c.reason}`);
    }
  }
  if (result.notes.length) {
    lines.push('', t.report.notes, '');
    for (const n of result.notes) lines.push(`- ${n}`);
  }
  return lines.join('\n') + '\n';
}
