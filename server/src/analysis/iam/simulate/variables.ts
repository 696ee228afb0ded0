// Feature: policy variables in an IAM simulation. A policy string is read into wildcard tokens, with each
// `${…}` variable filled in from the request's context keys (or its default), as IAM does under Version
// 2012-10-17; a variable with no value is reported, since AWS says any attempt to match it fails.

import { code } from '../../markdown';
import { isPolicyVariable } from '../grammar';
import type { Context } from './evaluation';

/** One element of a wildcard pattern: a literal character, `*` or `?`. */
export type Token = { kind: 'lit'; ch: string } | { kind: 'star' } | { kind: 'one' };

export interface Pattern {
  tokens: Token[];
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
  const m = /^\s*([^,]+?)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/.exec(body);
  if (!m) return undefined;
  const values = ctx.lookup(m[1]);
  if (values && values.length === 1) return values[0];
  return m[2] === undefined ? undefined : m[2].replace(/''/g, "'");
}

/**
 * Reads a policy string into wildcard tokens. With `variables`, each `${…}` policy variable is replaced by
 * its value, inserted literally (a `*` in a value is not a wildcard), and `${*}`, `${?}` and `${$}` stand for
 * those characters literally. Anything else is literal text, except `*` and `?`.
 */
export function readPattern(value: string, ctx: Context, variables: boolean): Pattern {
  const tokens: Token[] = [];
  const unresolved: string[] = [];
  let substituted = false;
  let text = '';
  const literal = (s: string): void => {
    for (let k = 0; k < s.length; k++) tokens.push({ kind: 'lit', ch: s[k] });
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
    if (ch === '*') tokens.push({ kind: 'star' });
    else if (ch === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'lit', ch });
    text += ch;
    i++;
  }
  return { tokens, unresolved, substituted, text };
}

/** The pattern as plain text, its wildcards written back as `*` and `?` (for the Equals operators). */
export const literalText = (tokens: Token[]): string => tokens.map((t) => (t.kind === 'lit' ? t.ch : t.kind === 'star' ? '*' : '?')).join('');
