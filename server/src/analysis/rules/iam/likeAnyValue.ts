// Rule: iam/like-any-value. `"StringLike": {"key": "*"}` matches any value the key has, so it only tests that the
// request carries the key: `{"Null": {"key": "false"}}` says the same plainly. Access Analyzer suggests that
// rewrite (EQUIVALENT_TO_NULL_FALSE; 106 findings on the AWS managed policies, all of this form). Only StringLike
// without a set qualifier and without IfExists is judged: IfExists makes "*" match a missing key too, and a set
// qualifier changes what is compared.

import { pick, type Localized } from '../../util/i18n';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS } from './catalogText';
import { finding } from './support';

const RULE = 'iam/like-any-value';

const TEXT: Localized<{ message: (key: string) => string }> = {
  en: {
    message: (key) => `StringLike with "*" only tests that "${key}" is present. {"Null": {"${key}": "false"}} says so plainly: ` +
      'the form Access Analyzer suggests for clearer enforcement (Access Analyzer EQUIVALENT_TO_NULL_FALSE).',
  },
  ja: {
    message: (key) => `"*" を使った StringLike は "${key}" があるかどうかだけを調べます。{"Null": {"${key}": "false"}} と書けば明確です。` +
      'Access Analyzer もこの形を勧めています（Access Analyzer EQUIVALENT_TO_NULL_FALSE）。',
  },
};

export const likeAnyValue: Rule = {
  meta: {
    id: RULE,
    title: { en: 'StringLike "*" instead of Null', ja: 'Null の代わりの StringLike "*"' },
    severity: 'info',
    description: {
      en: 'A StringLike condition whose value is "*" matches whenever the key is present, whatever its value, which ' +
        'is what {"Null": {"key": "false"}} states directly. Access Analyzer suggests the Null form.',
      ja: '値が "*" の StringLike 条件は、キーがあれば値にかかわらず一致します。これは {"Null": {"キー": "false"}} と同じ意味で、' +
        'Access Analyzer は Null の形を勧めています。',
    },
    appliesTo: ['iam-policy'],
    sources: [ACCESS_ANALYZER_CHECKS, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null'],
    accessAnalyzerCode: 'EQUIVALENT_TO_NULL_FALSE',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:StopInstances","Resource":"*","Condition":{"StringLike":{"aws:ResourceTag/team":"*"}}}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:StopInstances","Resource":"*","Condition":{"Null":{"aws:ResourceTag/team":"false"}}}]}',
    },
    fix: {
      en: 'Move the key to a Null block with the value "false".',
      ja: 'キーを Null ブロックに移し、値を "false" にしてください。',
    },
  },
  statement(ctx) {
    const findings: Finding[] = [];
    for (const operator of ctx.statement.condition?.operators ?? []) {
      const { base, qualifier, ifExists } = operator.operator;
      if (base !== 'StringLike' || qualifier || ifExists) continue;
      const text = pick(TEXT, ctx.options.locale);
      for (const entry of operator.keys) {
        const any = entry.values.find((v) => v.type === 'string' && v.text === '*');
        if (any) findings.push(finding(RULE, 'info', text.message(entry.name), ctx.span(any.node)));
      }
    }
    return findings;
  },
};
