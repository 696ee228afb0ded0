// Feature: the condition operators of an IAM simulation: each policy value of a condition compiled into a
// test of request values, by operator family (String, Arn, Numeric, Date, Bool, Binary, IpAddress), and
// which request values a family can read at all.

import { code } from '../../util/markdown';
import { parseCidr, type Cidr } from '../conditionValues';
import type { OperatorFamily, ParsedOperator } from '../grammar';
import type { Context } from './evaluation';
import { globMatch } from './globMatch';
import type { GlobToken } from '../wildcard';
import { COLON, literalText, readPattern } from './variables';

/**
 * The negated operators. With several values they are a NOR (IAMUG reference_policies_multi-value-conditions:
 * "If a single negated matching condition operator includes multiple values for a context key, those values
 * are evaluated using a logical NOR"), and a missing key makes them true (IAMUG
 * reference_policies_elements_condition_operators: "If the policy condition requires that the key is not
 * matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true").
 */
export const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress', 'ArnNotEquals', 'ArnNotLike']);

/** One policy value, ready to test request values; `bad` when it cannot be read for its operator. */
export interface Matcher {
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
export function compileValue(op: ParsedOperator, family: OperatorFamily, value: string, ctx: Context, unresolved: string[]): Matcher {
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
export function requestValueReadable(family: OperatorFamily, value: string): boolean {
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
