// Feature: the Principal and NotPrincipal elements in an IAM simulation: whether a resource-based or trust
// policy statement names the caller (an ARN, an account id or a service principal).

import { code } from '../../util/markdown';
import type { PrincipalView, StatementView, StringItem } from '../policyView';
import { listOf, type Context } from './evaluation';
import type { ElementCheck } from './result';
import type { IamSimulateText } from './text';

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

export function checkPrincipal(st: StatementView, principal: string | undefined, ctx: Context): ElementCheck {
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
