// Rule: iam/string-like-on-arn-key. StringLike or StringNotLike on a key whose values are ARNs. Access Analyzer
// reports it as STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS (a security warning): a string pattern runs across
// the ARN's fields, so `*` can match colons and `arn:aws:iam::*:role/x` a different account's field layout, while
// ArnLike compares field by field (IAMUG reference_policies_elements_condition_operators, ARN condition operators).
// The key types come from the Service Authorization Reference (the catalog); the rule is silent without it.
// AWS managed policies hold it (AmazonSecurityLakeAdministrator, AWSServiceRoleForSMS), so IAM accepts it.

import { pick, type Localized } from '../../util/i18n';
import type { Finding, Fix } from '../../types';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';
import { typedKeys } from './keyTypes';

const RULE = 'iam/string-like-on-arn-key';

const TEXT: Localized<{ message: (operator: string, key: string, arnOperator: string) => string; fix: (name: string) => string }> = {
  en: {
    message: (op, key, arn) => `${op} on the ARN key "${key}" compares plain text; use ${arn}. ` +
      'A string pattern ignores the ARN\'s fields, so a wildcard can match across them ' +
      '(Access Analyzer STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS).',
    fix: (name) => `Change the operator to "${name}"`,
  },
  ja: {
    message: (op, key, arn) => `${op} は ARN のキー "${key}" を文字列として比較します。${arn} を使ってください。` +
      '文字列のパターンは ARN のフィールドを区別しないため、ワイルドカードがフィールドをまたいで一致します' +
      '（Access Analyzer STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS）。',
    fix: (name) => `演算子を "${name}" に変更`,
  },
};

export const stringLikeOnArnKey: Rule = {
  meta: {
    id: RULE,
    title: { en: 'StringLike on an ARN condition key', ja: 'ARN の条件キーに StringLike' },
    severity: 'warning',
    description: {
      en: 'StringLike and StringNotLike compare an ARN-typed condition key (such as aws:PrincipalArn or ' +
        'iam:AssociatedResourceArn) as plain text, where ArnLike and ArnNotLike compare it field by field. Access ' +
        'Analyzer reports it as a security warning. Key types come from the bundled Service Authorization Reference ' +
        'data; the rule is silent until it is loaded.',
      ja: 'StringLike と StringNotLike は、ARN 型の条件キー（aws:PrincipalArn や iam:AssociatedResourceArn など）を単なる文字列として' +
        '比較します。ArnLike と ArnNotLike はフィールドごとに比較します。Access Analyzer はセキュリティ警告として報告します。' +
        'キーの型は同梱のサービス認可リファレンスのデータによるもので、読み込みが終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      ACCESS_ANALYZER_CHECKS,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN',
      SERVICE_AUTHORIZATION_REFERENCE,
      IAM_DATA,
    ],
    accessAnalyzerCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
    fix: {
      en: 'Use ArnLike (or ArnNotLike) for keys whose values are ARNs.',
      ja: '値が ARN のキーには ArnLike（または ArnNotLike）を使ってください。',
    },
  },
  statement(ctx) {
    const catalog = ctx.options.catalog;
    if (!catalog || !ctx.statement.condition) return [];
    const text = pick(TEXT, ctx.options.locale);
    const findings: Finding[] = [];
    for (const { operator, entry, type } of typedKeys(catalog, ctx.statement)) {
      const { base, qualifier, ifExists } = operator.operator;
      if (type !== 'ARN' || (base !== 'StringLike' && base !== 'StringNotLike')) continue;
      const arnOperator = `${qualifier ? `${qualifier}:` : ''}${base === 'StringLike' ? 'ArnLike' : 'ArnNotLike'}${ifExists ? 'IfExists' : ''}`;
      // Renaming the operator changes every key it holds, so the fix is offered only when all of them are ARNs.
      const onlyArnKeys = operator.keys.every((k) => catalog.conditionKey(k.name)?.type.endsWith('ARN') === true);
      const fixes: Fix[] = onlyArnKeys ? [{ title: text.fix(arnOperator), edits: [ctx.edits.renameKey(operator.key, arnOperator)], isPreferred: true }] : [];
      findings.push({ rule: RULE, severity: 'warning', message: text.message(operator.name, entry.name, arnOperator), span: ctx.span(entry.key), fixes });
    }
    return findings;
  },
};
