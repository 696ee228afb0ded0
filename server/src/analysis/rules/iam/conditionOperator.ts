// Rule: iam/condition-operator. Condition operator names. IAM knows a fixed list (String…, Numeric…, Date…,
// Bool, BinaryEquals, IpAddress, NotIpAddress, Arn…, Null), optionally prefixed by ForAllValues: or ForAnyValue:
// and suffixed by IfExists; names are case-sensitive. An unknown operator with at least one key is refused
// with "Syntax errors in policy." (moto's policy validator, whose cases were captured from AWS, including
// "ForAnyValue::StringEqualsIfExists"); Access Analyzer reports INVALID_CONDITION_OPERATOR. Access Analyzer also
// flags Null with IfExists (NULL_WITH_IF_EXISTS), Null with a set qualifier (NULL_WITH_QUALIFIER), which always
// return true or false, and empty condition blocks (EMPTY_OBJECT_CONDITION).

import { pick, type Locale, type Localized } from '../../util/i18n';
import { CONDITION_OPERATORS, operatorWithRightCase, parseOperator } from '../../iam/grammar';
import type { ConditionOperatorView } from '../../iam/policyView';
import type { Finding, Fix } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, editDistance, finding, quote, rejectionSeverity } from './support';

const RULE = 'iam/condition-operator';

const TEXT: Localized<{
  unknown: (name: string, suggestion: string | undefined, rejected: boolean) => string;
  unknownEmpty: (name: string) => string;
  wrongCase: (name: string, right: string, rejected: boolean) => string;
  nullIfExists: string;
  nullQualifier: (qualifier: string) => string;
  emptyCondition: string;
  emptyOperator: (name: string) => string;
  fix: (right: string) => string;
}> = {
  en: {
    unknown: (n, s, r) => `${quote(n)} is not a condition operator${s ? `; did you mean "${s}"?` : '.'} (Access Analyzer INVALID_CONDITION_OPERATOR)${r ? ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"` : ''}`,
    unknownEmpty: (n) => `${quote(n)} is not a condition operator (Access Analyzer INVALID_CONDITION_OPERATOR). IAM lets it pass only because it holds no keys, so it does nothing.`,
    wrongCase: (n, right, r) => `Condition operators are case-sensitive: write "${right}", not ${quote(n)} (Access Analyzer INVALID_CONDITION_OPERATOR).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"` : ''}`,
    nullIfExists: 'Null cannot take the IfExists suffix: Null already tests whether the key exists (Access Analyzer NULL_WITH_IF_EXISTS). Use "Null".',
    nullQualifier: (q) => `Null with ${q}: always returns ${q === 'ForAllValues' ? 'true' : 'false'}, whatever the request holds (Access Analyzer NULL_WITH_QUALIFIER). Use "Null" alone.`,
    emptyCondition: 'This Condition block is empty and does nothing (Access Analyzer EMPTY_OBJECT_CONDITION).',
    emptyOperator: (n) => `The ${n} block has no condition keys and does nothing (Access Analyzer EMPTY_OBJECT_CONDITION).`,
    fix: (right) => `Change to "${right}"`,
  },
  ja: {
    unknown: (n, s, r) => `${quote(n)} は条件演算子ではありません${s ? `。"${s}" のことですか？` : '。'}（Access Analyzer INVALID_CONDITION_OPERATOR）${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    unknownEmpty: (n) => `${quote(n)} は条件演算子ではありません（Access Analyzer INVALID_CONDITION_OPERATOR）。キーを持たないため IAM は通しますが、何もしません。`,
    wrongCase: (n, right, r) => `条件演算子は大文字と小文字を区別します。${quote(n)} ではなく "${right}" と書いてください（Access Analyzer INVALID_CONDITION_OPERATOR）。${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    nullIfExists: 'Null には IfExists を付けられません。Null 自体がキーの有無を調べる演算子です（Access Analyzer NULL_WITH_IF_EXISTS）。"Null" を使ってください。',
    nullQualifier: (q) => `${q}: を付けた Null は、リクエストの内容にかかわらず常に ${q === 'ForAllValues' ? 'true' : 'false'} を返します（Access Analyzer NULL_WITH_QUALIFIER）。"Null" だけを使ってください。`,
    emptyCondition: 'この Condition ブロックは空で、何もしません（Access Analyzer EMPTY_OBJECT_CONDITION）。',
    emptyOperator: (n) => `${n} ブロックには条件キーがなく、何もしません（Access Analyzer EMPTY_OBJECT_CONDITION）。`,
    fix: (right) => `"${right}" に変更`,
  },
};

/** The closest operator name for a typo, keeping a valid qualifier and IfExists, or undefined. */
function suggest(name: string): string | undefined {
  const parsed = parseOperator(name);
  // A mangled qualifier ("ForAnyValues:", "ForAnyValue::") is rebuilt from the text after the last colon.
  const colon = name.lastIndexOf(':');
  let qualifier = parsed.qualifier ? `${parsed.qualifier}:` : '';
  let rest = parsed.qualifier ? name.slice(qualifier.length) : name;
  if (!parsed.qualifier && colon > 0) {
    const prefix = name.slice(0, colon).replace(/:+$/, '');
    const q = ['ForAllValues', 'ForAnyValue'].find((c) => editDistance(c.toLowerCase(), prefix.toLowerCase()) <= 2);
    if (!q) return undefined;
    qualifier = `${q}:`;
    rest = name.slice(colon + 1);
  }
  const ifExists = /IfExists$/i.test(rest) && rest.length > 8;
  const base = ifExists ? rest.slice(0, -8) : rest;
  let best: string | undefined;
  let bestDistance = 3;
  for (const op of Object.keys(CONDITION_OPERATORS)) {
    const d = editDistance(op.toLowerCase(), base.toLowerCase());
    if (d < bestDistance) {
      best = op;
      bestDistance = d;
    }
  }
  if (!best) return undefined;
  const fixed = `${qualifier}${best}${ifExists ? 'IfExists' : ''}`;
  return fixed === name || !parseOperator(fixed).family ? undefined : fixed;
}

function checkOperator(ctx: StatementContext, op: ConditionOperatorView, locale: Locale): Finding[] {
  const text = pick(TEXT, locale);
  const span = ctx.span(op.key);
  const rename = (right: string, preferred: boolean): Fix => ({ title: text.fix(right), edits: [ctx.edits.renameKey(op.key, right)], isPreferred: preferred });
  const { family, base, qualifier, ifExists } = op.operator;
  if (!family) {
    // IAM lets an unknown operator through only when its block is an empty object (moto's valid case {"a": {}}).
    const holdsKeys = op.form !== 'object' || op.keys.length > 0;
    if (!holdsKeys) return [finding(RULE, 'warning', text.unknownEmpty(op.name), span)];
    const severity = rejectionSeverity(ctx.policy.api, 'iam');
    const rejected = severity === 'error';
    const right = operatorWithRightCase(op.name);
    if (right) return [finding(RULE, severity, text.wrongCase(op.name, right, rejected), span, { fixes: [rename(right, true)] })];
    const suggestion = suggest(op.name);
    return [finding(RULE, severity, text.unknown(op.name, suggestion, rejected), span, { fixes: suggestion ? [rename(suggestion, false)] : [] })];
  }
  const findings: Finding[] = [];
  if (base === 'Null' && ifExists) findings.push(finding(RULE, 'warning', text.nullIfExists, span, { fixes: [rename(qualifier ? `${qualifier}:Null` : 'Null', true)] }));
  if (base === 'Null' && qualifier) findings.push(finding(RULE, 'info', text.nullQualifier(qualifier), span, { fixes: [rename('Null', true)] }));
  if (op.form === 'object' && op.keys.length === 0 && op.value) findings.push(finding(RULE, 'hint', text.emptyOperator(op.name), ctx.span(op.value), { unnecessary: true }));
  return findings;
}

function check(ctx: StatementContext): Finding[] {
  const locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const s = ctx.statement;
  const findings: Finding[] = [];
  const condition = s.condition;
  if (!condition || condition.form !== 'object') return findings;
  if (condition.operators.length === 0 && condition.value) {
    findings.push(finding(RULE, 'hint', text.emptyCondition, ctx.span(condition.value), { unnecessary: true }));
  }
  for (const op of condition.operators) findings.push(...checkOperator(ctx, op, locale));
  return findings;
}

export const conditionOperator: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Unknown condition operator', ja: '未知の条件演算子' },
    severity: 'error',
    description: {
      en: 'Condition operators come from a fixed, case-sensitive list, optionally with ForAllValues: or ForAnyValue: ' +
        'in front and IfExists at the end. IAM refuses an unknown operator that holds keys with "Syntax errors in ' +
        'policy.". Null takes neither IfExists nor a set qualifier.',
      ja: '条件演算子は大文字と小文字を区別する決まった一覧から選び、前に ForAllValues: / ForAnyValue:、後ろに IfExists を付けられます。' +
        'IAM はキーを持つ未知の演算子を "Syntax errors in policy." で拒否します。Null には IfExists もセット修飾子も付けられません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
      'https://github.com/getmoto/moto/blob/master/moto/iam/policy_validation.py',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'INVALID_CONDITION_OPERATOR',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEqual":{"aws:PrincipalTag/team":"a"}}}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"a"}}}]}',
    },
    fix: {
      en: 'Use an operator from the IAM list, spelt exactly, such as StringEquals or ForAnyValue:StringLike.',
      ja: 'IAM の一覧にある演算子を正確に綴ってください（StringEquals、ForAnyValue:StringLike など）。',
    },
  },
  statement: check,
};
