// Rule: iam/missing-qualifier. A condition on a multivalued key (a set of values in the request, "ArrayOf…" in the
// Service Authorization Reference, such as aws:TagKeys or events:detail-type) without ForAnyValue: or ForAllValues:.
// Without a set qualifier IAM compares the set as if it were one value, which does not do what the policy says
// (IAMUG reference_policies_condition-single-vs-multi-valued-context-keys). Access Analyzer reports it as
// MISSING_QUALIFIER with the type ERROR, yet IAM accepts the policy (AWS managed policies such as
// CloudTrailEventContext hold it), so here it is a warning, as for Access Analyzer's other errors that IAM lets
// through. Null tests only whether the key is present and takes no qualifier.

import { pick, type Localized } from '../../util/i18n';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';
import { typedKeys } from './keyTypes';

const RULE = 'iam/missing-qualifier';

const TEXT: Localized<{ message: (operator: string, key: string) => string }> = {
  en: {
    message: (op, key) => `"${key}" holds a set of values; write ForAnyValue: or ForAllValues: before ${op}. ` +
      'Without one, it is unclear whether any or all of the request\'s values must match (Access Analyzer MISSING_QUALIFIER).',
  },
  ja: {
    message: (op, key) => `"${key}" は複数の値を持つキーですが、${op} の前に ForAnyValue: も ForAllValues: もありません。` +
      'リクエストの値のいずれか・すべてのどちらが一致すべきかを指定してください（Access Analyzer MISSING_QUALIFIER）。',
  },
};

export const missingQualifier: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Multivalued condition key without a set qualifier', ja: 'セット修飾子のない複数値の条件キー' },
    severity: 'warning',
    description: {
      en: 'Keys whose requests carry a set of values (aws:TagKeys, aws:CalledVia, events:detail-type…) need ' +
        'ForAnyValue: or ForAllValues: in front of the operator. Access Analyzer calls its absence an error ' +
        '(MISSING_QUALIFIER); IAM accepts such policies, so this is a warning. Null needs no qualifier. Key types come ' +
        'from the bundled Service Authorization Reference data; the rule is silent until it is loaded.',
      ja: 'リクエストが複数の値を持つキー（aws:TagKeys、aws:CalledVia、events:detail-type など）には、演算子の前に ForAnyValue: か' +
        ' ForAllValues: が必要です。Access Analyzer はこれがないことをエラー（MISSING_QUALIFIER）としますが、IAM はそのポリシーを' +
        '受け付けるため警告とします。Null には修飾子は不要です。キーの型は同梱のサービス認可リファレンスのデータによるもので、' +
        '読み込みが終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      ACCESS_ANALYZER_CHECKS,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
      SERVICE_AUTHORIZATION_REFERENCE,
      IAM_DATA,
    ],
    accessAnalyzerCode: 'MISSING_QUALIFIER',
    fix: {
      en: 'Write ForAnyValue: (at least one value matches) or ForAllValues: (every value matches) in front of the operator.',
      ja: '演算子の前に ForAnyValue:（いずれかの値が一致）か ForAllValues:（すべての値が一致）を付けてください。',
    },
  },
  statement(ctx) {
    const catalog = ctx.options.catalog;
    if (!catalog || !ctx.statement.condition) return [];
    const text = pick(TEXT, ctx.options.locale);
    const findings: Finding[] = [];
    for (const { operator, entry, multivalued } of typedKeys(catalog, ctx.statement)) {
      if (!multivalued || operator.operator.qualifier || operator.operator.family === 'Null') continue;
      findings.push({ rule: RULE, severity: 'warning', message: text.message(operator.name, entry.name), span: ctx.span(entry.key) });
    }
    return findings;
  },
};
