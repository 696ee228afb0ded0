// Feature: text that was meant to be replaced before the policy was sent: placeholders copied from
// documentation (`<ACCOUNT_ID>`, `{region}`, `[YOUR ARN]`, `xxxx`), and CloudFormation or Serverless
// substitutions (`${AWS::Region}`, `${MyBucket.Arn}`, `#{AWS::AccountId}`) left in a literal string. IAM reads
// both literally and, in ARNs, answers "The policy failed legacy parsing" (Graylog2/graylog-plugin-aws#172,
// serverless/serverless#3967; moto's ARN checks explain why).

import { rememberedByText, textRegion, type AnalysisCache } from '../cache';
import { findVariables, isPolicyVariable } from './grammar';

/** A piece of a string value, by position in the value. */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

/**
 * Placeholders that documentation and tutorials leave for the reader to fill in. Policy variables
 * (`${aws:username}`) and CloudFormation substitutions are not placeholders; see `findSubstitutions`.
 */
export const findPlaceholders: (value: string, cache: AnalysisCache | undefined) => readonly TextRange[] =
  rememberedByText(textRegion<readonly TextRange[]>('iam/placeholders'), placeholdersIn);

function placeholdersIn(value: string): TextRange[] {
  const found: TextRange[] = [];
  const add = (start: number, end: number): void => {
    if (!found.some((r) => start < r.end && end > r.start)) found.push({ start, end, text: value.slice(start, end) });
  };
  const patterns: RegExp[] = [
    // <ACCOUNT_ID>, <your-bucket>
    /<[^<>]{1,60}>/g,
    // {region}, {aws-account-id}, but not ${…} or #{…}.
    /(?<![$#])\{[A-Za-z][\w .-]{0,40}\}/g,
    // [YOUR ARN], [YOUR IAM ARN HERE]; a run of letters, so that ARN values never match.
    /\[[A-Za-z][A-Za-z0-9 _-]{1,40}\]/g,
    // xxxx, XXXXXXXXXXXX as a whole field or word.
    /(?<![A-Za-z0-9])[xX]{4,}(?![A-Za-z0-9])/g,
    // ACCOUNT_ID, account-id, AWS_ACCOUNT_ID, YOUR_BUCKET, your-bucket-name, DOC-EXAMPLE-BUCKET: no real name
    // of an account (twelve digits) or a bucket looks like these.
    /(?<![A-Za-z0-9])(?:(?:AWS[_-])?ACCOUNT[_-]?(?:ID|NUMBER)|YOUR[_-][A-Z0-9_-]+|DOC-EXAMPLE-[A-Z0-9-]+)(?![A-Za-z0-9])/gi,
    // REPLACE_ME, CHANGEME: only in capitals, since "replace" may be part of an ordinary name.
    /(?<![A-Za-z0-9])(?:REPLACE[_-]?(?:ME|THIS)?|CHANGE[_-]?ME)(?![A-Za-z0-9])/g,
  ];
  for (const re of patterns) {
    for (const m of value.matchAll(re)) add(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A CloudFormation or Serverless substitution left in a literal string. */
export interface Substitution extends TextRange {
  /** `pseudo` for `${AWS::…}`, `serverless` for `#{…}`, `reference` for `${Name}` or `${Name.Attribute}`. */
  kind: 'pseudo' | 'serverless' | 'reference';
}

/**
 * Substitutions that only `Fn::Sub` (or a Serverless plugin) resolves. IAM policy variables such as
 * `${aws:username}` and the escapes `${*}`, `${?}`, `${$}` are left out; so is `${!Literal}`, Fn::Sub's escape.
 */
export const findSubstitutions: (value: string, cache: AnalysisCache | undefined) => readonly Substitution[] =
  rememberedByText(textRegion<readonly Substitution[]>('iam/substitutions'), substitutionsIn);

function substitutionsIn(value: string): Substitution[] {
  const found: Substitution[] = [];
  for (const v of findVariables(value)) {
    if (!v.closed || isPolicyVariable(v.body)) continue;
    const body = v.body.trim();
    if (/^AWS::[A-Za-z]+$/.test(body)) found.push({ start: v.start, end: v.end, text: value.slice(v.start, v.end), kind: 'pseudo' });
    else if (/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9.]+)?$/.test(body)) found.push({ start: v.start, end: v.end, text: value.slice(v.start, v.end), kind: 'reference' });
  }
  for (const m of value.matchAll(/#\{[A-Za-z][A-Za-z0-9:.]*\}/g)) {
    const start = m.index ?? 0;
    found.push({ start, end: start + m[0].length, text: m[0], kind: 'serverless' });
  }
  return found.sort((a, b) => a.start - b.start);
}
