// Feature: the IAM policy grammar as data, without the service catalog. Element names, condition operators with
// their set qualifiers and `IfExists` suffix, ARN splitting that keeps policy variables whole, policy-variable
// scanning, and wildcard matching of actions and ARNs. Everything here is exact from the IAM User Guide's
// grammar (IAMUG reference_policies_grammar and the element pages) and needs no list of services or actions.

import { pairRegion, rememberedByText, textRegion, type AnalysisCache } from '../cache';
import { globCovers, globOf, resourceGlobOf, wildcardMatches } from './wildcard';

/** The top-level members IAM accepts; anything else is "Syntax errors in policy." (moto's IAM policy validator). */
export const TOP_LEVEL_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

/** The statement members of the grammar (IAMUG reference_policies_grammar). */
export const STATEMENT_ELEMENTS = [
  'Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition',
] as const;

/** The keys of a Principal object (IAMUG reference_policies_elements_principal). */
export const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

export type PrincipalType = (typeof PRINCIPAL_TYPES)[number];

/** The two policy language versions; 2012-10-17 is the current one. */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;

/** The family of a condition operator decides how its values are read. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** Every base condition operator, with its family (IAMUG reference_policies_elements_condition_operators). */
export const CONDITION_OPERATORS: Readonly<Record<string, OperatorFamily>> = Object.freeze({
  StringEquals: 'String',
  StringNotEquals: 'String',
  StringEqualsIgnoreCase: 'String',
  StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String',
  StringNotLike: 'String',
  NumericEquals: 'Numeric',
  NumericNotEquals: 'Numeric',
  NumericLessThan: 'Numeric',
  NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric',
  NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date',
  DateNotEquals: 'Date',
  DateLessThan: 'Date',
  DateLessThanEquals: 'Date',
  DateGreaterThan: 'Date',
  DateGreaterThanEquals: 'Date',
  Bool: 'Bool',
  BinaryEquals: 'Binary',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn',
  ArnLike: 'Arn',
  ArnNotEquals: 'Arn',
  ArnNotLike: 'Arn',
  Null: 'Null',
});

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/** A condition operator name taken apart: `ForAnyValue:StringLikeIfExists` → qualifier, base, suffix. */
export interface ParsedOperator {
  /** The name as written. */
  name: string;
  /** The set qualifier, when the name starts with `ForAllValues:` or `ForAnyValue:` exactly. */
  qualifier: SetQualifier | undefined;
  /** The name without qualifier and `IfExists`. */
  base: string;
  /** Whether the name ends with `IfExists`. */
  ifExists: boolean;
  /** The family of `base`, when `base` is a known operator (case-sensitive); otherwise undefined. */
  family: OperatorFamily | undefined;
}

/**
 * Splits an operator name the way IAM reads it: at most one known qualifier in front and one `IfExists` at
 * the end, then an exact, case-sensitive look-up of the rest. Never throws.
 */
export function parseOperator(name: string): ParsedOperator {
  let rest = name;
  let qualifier: SetQualifier | undefined;
  for (const q of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
      break;
    }
  }
  const ifExists = rest.endsWith('IfExists') && rest.length > 'IfExists'.length;
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  const family = Object.prototype.hasOwnProperty.call(CONDITION_OPERATORS, base) ? CONDITION_OPERATORS[base] : undefined;
  return { name, qualifier, base, ifExists, family };
}

/**
 * The correctly spelt operator for a name that differs only in letter case (`stringequals` →
 * `StringEquals`, `forallvalues:stringlike` → `ForAllValues:StringLike`), or undefined.
 */
export function operatorWithRightCase(name: string): string | undefined {
  const lower = name.toLowerCase();
  let rest = lower;
  let prefix = '';
  for (const q of ['ForAllValues', 'ForAnyValue']) {
    if (rest.startsWith(`${q.toLowerCase()}:`)) {
      prefix = `${q}:`;
      rest = rest.slice(q.length + 1);
      break;
    }
  }
  let suffix = '';
  if (rest.endsWith('ifexists') && rest.length > 8) {
    suffix = 'IfExists';
    rest = rest.slice(0, -8);
  }
  const base = Object.keys(CONDITION_OPERATORS).find((op) => op.toLowerCase() === rest);
  if (!base) return undefined;
  const fixed = `${prefix}${base}${suffix}`;
  return fixed === name ? undefined : fixed;
}

// ---- Policy variables ---------------------------------------------------------------------------

/** One `${…}` found in a string, with its position in the string's value. */
export interface VariableRef {
  /** The text between `${` and `}`; for an unclosed variable, everything after `${`. */
  body: string;
  start: number;
  /** Exclusive end, after the `}` (or the end of the string when unclosed). */
  end: number;
  closed: boolean;
}

/** Finds every `${…}` in a string value. */
export function findVariables(value: string): VariableRef[] {
  const found: VariableRef[] = [];
  let i = value.indexOf('${');
  while (i >= 0) {
    const close = value.indexOf('}', i + 2);
    if (close < 0) {
      found.push({ body: value.slice(i + 2), start: i, end: value.length, closed: false });
      break;
    }
    found.push({ body: value.slice(i + 2, close), start: i, end: close + 1, closed: true });
    i = value.indexOf('${', close + 1);
  }
  return found;
}

/**
 * Whether a `${…}` body is an IAM policy variable rather than a CloudFormation or Serverless reference:
 * `${aws:username}`, `${s3:prefix}`, `${aws:PrincipalTag/team, 'default'}`, and the escapes `${*}`,
 * `${?}` and `${$}` (IAMUG reference_policies_variables). CloudFormation pseudo parameters
 * (`${AWS::Region}`) contain a double colon and are not policy variables.
 */
export function isPolicyVariable(body: string): boolean {
  if (body === '*' || body === '?' || body === '$') return true;
  if (body.includes('::')) return false;
  return /^[A-Za-z0-9.-]+:[^:\s][^}]*$/.test(body.trim());
}

/** Whether a string value uses at least one IAM policy variable. */
export const hasPolicyVariable: (value: string, cache: AnalysisCache | undefined) => boolean =
  rememberedByText(textRegion<boolean>('iam/policy-variables'), (value) => findVariables(value).some((v) => v.closed && isPolicyVariable(v.body)));

// ---- ARNs ---------------------------------------------------------------------------------------

/** An ARN split into its six fields; `resource` keeps every colon after the fifth. */
export interface ArnParts {
  prefix: string;
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
  /** How many colon-separated fields the text has, counting the resource's own colons. */
  fieldCount: number;
}

/**
 * Splits an ARN at its colons, treating each `${…}` as one opaque token so a policy variable such as
 * `${aws:username}` never splits a field. Returns undefined when there are fewer than six fields.
 */
export function splitArn(text: string): ArnParts | undefined {
  const fields = splitFields(text);
  if (fields.length < 6) return undefined;
  return {
    prefix: fields[0],
    partition: fields[1],
    service: fields[2],
    region: fields[3],
    account: fields[4],
    resource: fields.slice(5).join(':'),
    fieldCount: fields.length,
  };
}

/** Splits at colons outside `${…}`. */
export function splitFields(text: string): string[] {
  const fields: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '{') {
      depth++;
      current += '${';
      i++;
      continue;
    }
    if (ch === '}' && depth > 0) depth--;
    if (ch === ':' && depth === 0) {
      fields.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  fields.push(current);
  return fields;
}

/** The partitions an ARN may name (IAMUG reference-arns, plus today's isolated and sovereign partitions). */
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'] as const;

// ---- Wildcards ----------------------------------------------------------------------------------

/** Answers of `actionMatches`, by action and then pattern: rules ask about a few actions against every entry. */
const ACTION_MATCHES = pairRegion<boolean>('iam/action-matches');

/** Whether an action pattern from a policy (`iam:Pass*`, `*`) covers a concrete action (`iam:PassRole`). */
export function actionMatches(pattern: string, action: string, cache: AnalysisCache | undefined): boolean {
  if (!cache) return wildcardMatches(pattern, action, true, undefined);
  const answers = cache.region(ACTION_MATCHES);
  let answer = answers.get(action, pattern);
  if (answer === undefined) {
    answer = wildcardMatches(pattern, action, true, cache);
    answers.set(action, pattern, answer);
  }
  return answer;
}

/** Whether a string contains an IAM wildcard. */
export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/**
 * Whether ARN pattern `pattern` covers every ARN that `arn` can name, `arn` being a concrete ARN or a pattern
 * itself. Two readings of an ARN pattern are in use, and which one IAM applies to a `*` in the middle of a
 * segment is open: field by field, as the ARN condition operators are documented, with the resource field
 * keeping its colons; and the Resource element's segment rule (`resourceTokens`). The answer is true only when
 * the coverage holds under both. Coverage between two patterns is decided by `globCovers`, which never answers
 * true for a coverage that does not hold (see there for the cases where it answers false for one that does).
 * A value with a policy variable covers only itself, as its text depends on the request.
 */
export function arnCovers(pattern: string, arn: string, cache: AnalysisCache | undefined): boolean {
  if (pattern === '*' || pattern === arn) return true;
  if (hasPolicyVariable(arn, cache) || hasPolicyVariable(pattern, cache)) return false;
  const p = splitArn(pattern);
  const a = splitArn(arn);
  if (!p || !a) return false;
  const fields: (keyof ArnParts)[] = ['prefix', 'partition', 'service', 'region', 'account', 'resource'];
  return fields.every((f) => globCovers(globOf(String(p[f]), false, cache), globOf(String(a[f]), false, cache)))
    && globCovers(resourceGlobOf(pattern, cache), resourceGlobOf(arn, cache));
}
