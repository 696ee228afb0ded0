// Feature: policy variables in an IAM simulation. A policy string is read into wildcard tokens, with each
// `${…}` variable filled in from the request's context keys (or its default), as IAM does under Version
// 2012-10-17; a variable with no value is reported, since AWS says any attempt to match it fails.

import { code } from '../../util/markdown';
import { isPolicyVariable } from '../grammar';
import { ANY_ONE, ANY_RUN, type GlobToken } from '../wildcard';
import type { Context } from './evaluation';

/** A colon as a pattern token (the separator of ARN fields). */
export const COLON = 0x3a;

export interface Pattern {
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
export function readPattern(value: string, ctx: Context, variables: boolean): Pattern {
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

/** The pattern as plain text, its wildcards written back as `*` and `?` (for the Equals operators). */
export const literalText = (tokens: GlobToken[]): string => tokens.map((t) => (t === ANY_RUN ? '*' : t === ANY_ONE ? '?' : String.fromCharCode(t))).join('');
