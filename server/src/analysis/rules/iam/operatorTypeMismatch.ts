// Rule: iam/operator-type-mismatch. An operator whose family does not fit the type of its key, such as
// StringEquals on the Boolean aws:ViaAWSService or NumericEquals on a string key. Access Analyzer reports it as
// TYPE_MISMATCH (a warning): IAM stores the policy, but the comparison does not work as written. What counts as a
// fit follows what Access Analyzer was seen to accept on the AWS managed policies (zoph-io/MAMIP at 0387244): String
// operators on ARN keys ("use the operator type ARN, String") and ARN operators on string keys pass; StringLike on
// an ARN key is iam/string-like-on-arn-key's. Null fits every key. Key types come from the catalog.

import { pick, type Localized } from '../../util/i18n';
import type { OperatorFamily } from '../../iam/grammar';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';
import { typedKeys } from './keyTypes';

const RULE = 'iam/operator-type-mismatch';

/** The operator families that fit each documented key type. */
const FITS: Readonly<Record<string, readonly OperatorFamily[]>> = {
  String: ['String', 'Arn'],
  ARN: ['Arn', 'String'],
  Bool: ['Bool'],
  Numeric: ['Numeric'],
  Date: ['Date'],
  IPAddress: ['IpAddress'],
};

/** How an operator family is named in messages (the operator names start with it). */
const FAMILY_NAME: Readonly<Record<OperatorFamily, string>> = {
  String: 'String', Arn: 'Arn', Bool: 'Bool', Numeric: 'Numeric', Date: 'Date', IpAddress: 'IpAddress', Binary: 'Binary', Null: 'Null',
};

const TEXT: Localized<{ message: (operator: string, key: string, type: string, fits: string) => string }> = {
  en: {
    message: (op, key, type, fits) => `${op} does not fit "${key}" (type ${type}); use a ${fits} operator. ` +
      'IAM stores the policy, but the comparison does not work as written (Access Analyzer TYPE_MISMATCH).',
  },
  ja: {
    message: (op, key, type, fits) => `${op} は "${key}"（値の型は ${type}）に合いません。${fits} 演算子を使ってください。` +
      'IAM はポリシーを保存しますが、書かれたとおりには比較されません（Access Analyzer TYPE_MISMATCH）。',
  },
};

export const operatorTypeMismatch: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Condition operator of the wrong type for its key', ja: 'キーの型に合わない条件演算子' },
    severity: 'warning',
    description: {
      en: 'Each condition key has a type in the Service Authorization Reference (String, ARN, Bool, Numeric, Date, ' +
        'IPAddress); its operator should be of that family, such as Bool for aws:ViaAWSService and Numeric for ' +
        'aws:MultiFactorAuthAge. String and ARN operators are interchangeable as Access Analyzer accepts them, and Null ' +
        'fits every key. The rule is silent until the bundled reference data is loaded.',
      ja: '各条件キーにはサービス認可リファレンスで型（String、ARN、Bool、Numeric、Date、IPAddress）が決められており、演算子は' +
        'その種類のものを使います。例: aws:ViaAWSService には Bool、aws:MultiFactorAuthAge には Numeric。Access Analyzer と同じく' +
        'String と ARN の演算子は互いに使え、Null はどのキーにも使えます。同梱のリファレンスデータの読み込みが終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      ACCESS_ANALYZER_CHECKS,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
      SERVICE_AUTHORIZATION_REFERENCE,
      IAM_DATA,
    ],
    accessAnalyzerCode: 'TYPE_MISMATCH',
    fix: {
      en: 'Use an operator of the key\'s type: Bool for Boolean keys, Numeric… for numbers, Date… for dates, IpAddress for IP keys.',
      ja: 'キーの型の演算子を使ってください。真偽値には Bool、数値には Numeric…、日付には Date…、IP アドレスには IpAddress。',
    },
  },
  statement(ctx) {
    const catalog = ctx.options.catalog;
    if (!catalog || !ctx.statement.condition) return [];
    const text = pick(TEXT, ctx.options.locale);
    const findings: Finding[] = [];
    for (const { operator, entry, type } of typedKeys(catalog, ctx.statement)) {
      const { family, base } = operator.operator;
      const fits = FITS[type];
      if (!family || !fits || family === 'Null' || family === 'Binary' || fits.includes(family)) continue;
      if (type === 'ARN' && (base === 'StringLike' || base === 'StringNotLike')) continue;
      findings.push({ rule: RULE, severity: 'warning', message: text.message(operator.name, entry.name, type, FAMILY_NAME[fits[0]]), span: ctx.span(entry.key) });
    }
    return findings;
  },
};
