// Rule: iam/condition-value. Condition values that their operator cannot read. Date* values must be ISO-8601
// date-times or epoch seconds: IAM refuses others with "The policy failed legacy parsing" (moto's
// `_legacy_parse_date_condition_value`, whose cases were captured from AWS). For the other
// families IAM's behaviour is not documented, so Access Analyzer's checks are warnings: numbers for Numeric*
// (TYPE_MISMATCH_NUMBER), true/false for Bool and Null (TYPE_MISMATCH_BOOLEAN), CIDR ranges for IpAddress
// (TYPE_MISMATCH_IP_RANGE, and IMPROVE_IP_RANGE for host bits that IAM ignores), base-64 for BinaryEquals
// (TYPE_MISMATCH_STRING), ARNs for Arn*, no wildcards in StringEquals (WILDCARD_WITHOUT_LIKE_OPERATOR), one JSON
// type per list (INVALID_CONDITION_DATA_TYPE), one Bool value (INVALID_CONDITION_MULTIPLE_BOOLEAN), and empty
// lists (EMPTY_ARRAY_CONDITION…). Values with policy variables are left to iam/policy-variable.

import { pick, type Locale, type Localized } from '../../util/i18n';
import { isBase64, isConditionBoolean, isConditionDate, isConditionNumber, hasHostBits, networkOf, parseCidr } from '../../iam/conditionValues';
import { findVariables, splitFields } from '../../iam/grammar';
import type { ConditionKeyView, ConditionOperatorView, ConditionValue } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, quote, rejectionSeverity } from './support';

const RULE = 'iam/condition-value';

const TEXT: Localized<{
  date: (v: string, op: string, rejected: boolean) => string;
  number: (v: string, op: string) => string;
  boolean: (v: string, op: string) => string;
  ip: (v: string, op: string) => string;
  hostBits: (v: string, network: string) => string;
  binary: (v: string, op: string) => string;
  arn: (v: string, op: string) => string;
  wildcard: (v: string, op: string, like: string | undefined) => string;
  mixed: (key: string) => string;
  multipleBool: (key: string) => string;
  empty: (key: string, variant: 'plain' | 'ForAnyValue' | 'ForAllValues' | 'IfExists') => string;
  toNetwork: (network: string) => string;
  toLike: (like: string) => string;
}> = {
  en: {
    date: (v, op, r) => `${quote(v)} is not a date for ${op}; use ISO 8601 such as "2025-12-31T23:59:59Z" or epoch seconds (Access Analyzer TYPE_MISMATCH_DATE).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.legacy}"` : ''}`,
    number: (v, op) => `${quote(v)} is not a number, so ${op} cannot compare it (Access Analyzer TYPE_MISMATCH_NUMBER).`,
    boolean: (v, op) => `${op} takes "true" or "false", not ${quote(v)} (Access Analyzer TYPE_MISMATCH_BOOLEAN).`,
    ip: (v, op) => `${quote(v)} is not an IP address range; ${op} takes CIDR ranges such as "203.0.113.0/24" or "2001:db8::/32" (Access Analyzer TYPE_MISMATCH_IP_RANGE).`,
    hostBits: (v, n) => `${quote(v)} has bits set after its prefix, which IAM ignores: it means ${n} (Access Analyzer IMPROVE_IP_RANGE).`,
    binary: (v, op) => `${op} compares base-64 values, and ${quote(v)} is not base-64 (Access Analyzer TYPE_MISMATCH_STRING).`,
    arn: (v, op) => `${op} compares ARNs, and ${quote(v)} is not one; an ARN has six colon-separated fields, such as "arn:aws:sns:us-east-1:111122223333:topic".`,
    wildcard: (v, op, like) => `${quote(v)} contains "*" or "?", but ${op} compares them as plain characters (Access Analyzer WILDCARD_WITHOUT_LIKE_OPERATOR).${like ? ` Use ${like} to match a pattern.` : ''}`,
    mixed: (k) => `The values of ${quote(k)} mix JSON types; use one type for all of them (Access Analyzer INVALID_CONDITION_DATA_TYPE).`,
    multipleBool: (k) => `${quote(k)} is a boolean key and takes a single value (Access Analyzer INVALID_CONDITION_MULTIPLE_BOOLEAN).`,
    empty: (k, variant) => ({
      plain: `${quote(k)} has no values, so this condition never matches and the statement does nothing (Access Analyzer EMPTY_ARRAY_CONDITION).`,
      ForAnyValue: `ForAnyValue with no values for ${quote(k)} never matches, so the statement does nothing (Access Analyzer EMPTY_ARRAY_CONDITION_FORANYVALUE).`,
      ForAllValues: `ForAllValues with no values for ${quote(k)} matches only when the key is missing from the request; say that with "Null": {"${k}": "true"} (Access Analyzer EMPTY_ARRAY_CONDITION_FORALLVALUES).`,
      IfExists: `IfExists with no values for ${quote(k)} matches only when the key is missing from the request; say that with "Null": {"${k}": "true"} (Access Analyzer EMPTY_ARRAY_CONDITION_IFEXISTS).`,
    })[variant],
    toNetwork: (n) => `Change to "${n}"`,
    toLike: (like) => `Change the operator to ${like}`,
  },
  ja: {
    date: (v, op, r) => `${quote(v)} は ${op} の日付ではありません。"2025-12-31T23:59:59Z" のような ISO 8601 かエポック秒を使ってください（Access Analyzer TYPE_MISMATCH_DATE）。${r ? `IAM は "${AWS_MESSAGES.legacy}" で拒否します。` : ''}`,
    number: (v, op) => `${quote(v)} は数値ではないため、${op} で比較できません（Access Analyzer TYPE_MISMATCH_NUMBER）。`,
    boolean: (v, op) => `${op} に指定できるのは "true" か "false" で、${quote(v)} は使えません（Access Analyzer TYPE_MISMATCH_BOOLEAN）。`,
    ip: (v, op) => `${quote(v)} は IP アドレス範囲ではありません。${op} には "203.0.113.0/24" や "2001:db8::/32" のような CIDR を指定します（Access Analyzer TYPE_MISMATCH_IP_RANGE）。`,
    hostBits: (v, n) => `${quote(v)} にはプレフィックスより後ろのビットが立っていますが、IAM はそれを無視し ${n} として扱います（Access Analyzer IMPROVE_IP_RANGE）。`,
    binary: (v, op) => `${op} は base64 の値を比較しますが、${quote(v)} は base64 ではありません（Access Analyzer TYPE_MISMATCH_STRING）。`,
    arn: (v, op) => `${op} は ARN を比較しますが、${quote(v)} は ARN ではありません。ARN は "arn:aws:sns:us-east-1:111122223333:topic" のようにコロンで区切られた 6 つのフィールドを持ちます。`,
    wildcard: (v, op, like) => `${quote(v)} には "*" や "?" がありますが、${op} はそれらをただの文字として比較します（Access Analyzer WILDCARD_WITHOUT_LIKE_OPERATOR）。${like ? `パターンに一致させるには ${like} を使ってください。` : ''}`,
    mixed: (k) => `${quote(k)} の値に JSON の型が混在しています。すべて同じ型にしてください（Access Analyzer INVALID_CONDITION_DATA_TYPE）。`,
    multipleBool: (k) => `${quote(k)} は真偽値のキーで、値は 1 つだけです（Access Analyzer INVALID_CONDITION_MULTIPLE_BOOLEAN）。`,
    empty: (k, variant) => ({
      plain: `${quote(k)} に値がないため、この条件は一致せず、ステートメントは何もしません（Access Analyzer EMPTY_ARRAY_CONDITION）。`,
      ForAnyValue: `値のない ${quote(k)} に対する ForAnyValue は一致しないため、ステートメントは何もしません（Access Analyzer EMPTY_ARRAY_CONDITION_FORANYVALUE）。`,
      ForAllValues: `値のない ${quote(k)} に対する ForAllValues は、リクエストにキーがないときだけ一致します。それなら "Null": {"${k}": "true"} と書いてください（Access Analyzer EMPTY_ARRAY_CONDITION_FORALLVALUES）。`,
      IfExists: `値のない ${quote(k)} に対する IfExists は、リクエストにキーがないときだけ一致します。それなら "Null": {"${k}": "true"} と書いてください（Access Analyzer EMPTY_ARRAY_CONDITION_IFEXISTS）。`,
    })[variant],
    toNetwork: (n) => `"${n}" に変更`,
    toLike: (like) => `演算子を ${like} に変更`,
  },
};

/** The Like operator that treats wildcards as patterns, for the Equals operators that have one. */
const LIKE_OF: Record<string, string> = { StringEquals: 'StringLike', StringNotEquals: 'StringNotLike' };

function checkValue(ctx: StatementContext, op: ConditionOperatorView, v: ConditionValue, locale: Locale): Finding | undefined {
  const text = pick(TEXT, locale);
  const { family, base } = op.operator;
  const value = v.text;
  const span = ctx.span(v.node);
  // Policy variables are resolved at request time; their use is iam/policy-variable's concern.
  if (v.type === 'string' && findVariables(value).length > 0) return undefined;
  switch (family) {
    case 'Date': {
      if (v.type === 'boolean' || !isConditionDate(value)) {
        const severity = rejectionSeverity(ctx.policy.api, 'iam');
        return finding(RULE, severity, text.date(value, op.name, severity === 'error'), span);
      }
      return undefined;
    }
    case 'Numeric':
      return isConditionNumber(value) ? undefined : finding(RULE, 'warning', text.number(value, op.name), span);
    case 'Bool':
    case 'Null':
      return isConditionBoolean(value) ? undefined : finding(RULE, 'warning', text.boolean(value, op.name), span);
    case 'Binary':
      return isBase64(value) ? undefined : finding(RULE, 'warning', text.binary(value, op.name), span);
    case 'IpAddress': {
      const cidr = parseCidr(value);
      if (!cidr) return finding(RULE, 'warning', text.ip(value, op.name), span);
      if (hasHostBits(cidr)) {
        const network = networkOf(cidr);
        return finding(RULE, 'info', text.hostBits(value, network), span, {
          fixes: [{ title: text.toNetwork(network), edits: [ctx.edits.replaceValue(v.node, network)], isPreferred: true }],
        });
      }
      return undefined;
    }
    case 'Arn':
      return value === '*' || (value.startsWith('arn:') && splitFields(value).length >= 6) ? undefined : finding(RULE, 'warning', text.arn(value, op.name), span);
    case 'String': {
      if (!['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'].includes(base)) return undefined;
      if (!/[*?]/.test(value)) return undefined;
      const like = LIKE_OF[base];
      const liked = like ? op.name.replace(base, like) : undefined;
      return finding(RULE, 'warning', text.wildcard(value, op.name, liked), span, {
        fixes: liked ? [{ title: text.toLike(liked), edits: [ctx.edits.renameKey(op.key, liked)], isPreferred: false }] : [],
      });
    }
    default:
      return undefined;
  }
}

function checkKey(ctx: StatementContext, op: ConditionOperatorView, key: ConditionKeyView, locale: Locale): Finding[] {
  const text = pick(TEXT, locale);
  const findings: Finding[] = [];
  if (key.form === 'array' && key.values.length === 0 && key.unknown.length === 0 && key.invalid.length === 0 && key.value) {
    const variant = op.operator.qualifier ?? (op.operator.ifExists ? 'IfExists' : 'plain');
    findings.push(finding(RULE, 'hint', text.empty(key.name, variant), ctx.span(key.value)));
    return findings;
  }
  if (new Set(key.values.map((v) => v.type)).size > 1 && key.value) findings.push(finding(RULE, 'warning', text.mixed(key.name), ctx.span(key.value)));
  if (op.operator.base === 'Bool' && !op.operator.qualifier && key.values.length > 1 && key.value) {
    findings.push(finding(RULE, 'warning', text.multipleBool(key.name), ctx.span(key.value)));
  }
  for (const v of key.values) {
    const f = checkValue(ctx, op, v, locale);
    if (f) findings.push(f);
  }
  return findings;
}

export const conditionValue: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Condition value its operator cannot read', ja: '演算子が読めない条件値' },
    severity: 'error',
    description: {
      en: 'Each condition operator family reads its values in one way: Date* takes ISO-8601 dates or epoch seconds ' +
        '(IAM refuses others with "The policy failed legacy parsing"), Numeric* numbers, Bool and Null true or false, ' +
        'IpAddress CIDR ranges, BinaryEquals base-64, Arn* ARNs, and StringEquals compares "*" literally. Apart from ' +
        'dates, IAM accepts such values and the condition silently never matches, so those are warnings.',
      ja: '条件演算子のファミリーごとに値の読み方が決まっています。Date* は ISO 8601 の日付かエポック秒（それ以外は IAM が ' +
        '"The policy failed legacy parsing" で拒否）、Numeric* は数値、Bool と Null は true / false、IpAddress は CIDR、' +
        'BinaryEquals は base64、Arn* は ARN を取り、StringEquals は "*" を文字として比較します。日付以外は IAM が受け付けて' +
        '条件が黙って一致しなくなるため、警告です。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
      'https://github.com/getmoto/moto/blob/master/moto/iam/policy_validation.py',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'TYPE_MISMATCH_DATE',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"DateLessThan":{"aws:CurrentTime":"31/12/2025"}}}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"DateLessThan":{"aws:CurrentTime":"2025-12-31T00:00:00Z"}}}]}',
    },
    fix: {
      en: 'Write each value in the form its operator reads, or pick the operator that matches the value.',
      ja: '値を演算子が読める形で書くか、値に合った演算子を選んでください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const findings: Finding[] = [];
    for (const op of s.condition?.operators ?? []) {
      if (!op.operator.family) continue;
      for (const key of op.keys) findings.push(...checkKey(ctx, op, key, ctx.options.locale));
    }
    return findings;
  },
};
