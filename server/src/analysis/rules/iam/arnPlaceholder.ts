// Rule: iam/arn-placeholder. A placeholder from documentation or a tutorial left in a resource, principal or
// condition value: `<ACCOUNT_ID>`, `{region}`, `[YOUR ARN]`, `xxxx`, `your-bucket-name`. IAM reads them
// literally; in ARNs they often end in "The policy failed legacy parsing", and otherwise the policy simply
// matches nothing (public reports: Graylog2/graylog-plugin-aws#172, hashicorp/terraform-provider-aws#26108).
// The documentation's example account IDs (123456789012, 111122223333) are real-looking account numbers and are
// left alone: the evidence that they cause trouble is weak, and examples everywhere use them.

import { pick, type Localized } from '../../util/i18n';
import { findPlaceholders } from '../../iam/placeholders';
import type { StatementView } from '../../iam/policyView';
import type { Node } from '../../source/access';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { finding, quote } from './support';

const RULE = 'iam/arn-placeholder';

const TEXT: Localized<{ placeholder: (p: string) => string }> = {
  en: {
    placeholder: (p) => `${quote(p)} looks like a placeholder that was never filled in. IAM takes it literally: in an ARN it often fails with "The policy failed legacy parsing", and otherwise matches nothing.`,
  },
  ja: {
    placeholder: (p) => `${quote(p)} は書き換え忘れのプレースホルダーのようです。IAM はそのまま文字列として扱うため、ARN では "The policy failed legacy parsing" になることが多く、そうでなくても何にも一致しません。`,
  },
};



/**
 * Calls `visit` with each string of a statement that names resources or principals: Resource, Principal and
 * ARN-like condition values.
 */
function forEachNamedValue(s: StatementView, visit: (value: string, node: Node) => void): void {
  for (const element of [s.resource, s.notResource]) for (const item of element?.strings ?? []) visit(item.value, item.node);
  for (const principal of [s.principal, s.notPrincipal]) for (const entry of principal?.entries ?? []) for (const item of entry.strings) visit(item.value, item.node);
  for (const op of s.condition?.operators ?? []) {
    for (const key of op.keys) {
      for (const v of key.values) if (v.type === 'string') visit(v.text, v.node);
    }
  }
}

export const arnPlaceholder: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Placeholder left in a policy', ja: 'ポリシーに残ったプレースホルダー' },
    severity: 'warning',
    description: {
      en: 'A placeholder copied from documentation, such as <ACCOUNT_ID>, {region}, [YOUR ARN], xxxx or ' +
        'your-bucket-name, in a resource, principal or condition value. IAM takes it literally, which often fails ' +
        'with "The policy failed legacy parsing" or silently matches nothing.',
      ja: 'リソース・プリンシパル・条件の値に、<ACCOUNT_ID>・{region}・[YOUR ARN]・xxxx・your-bucket-name などドキュメントから' +
        'コピーしたプレースホルダーが残っています。IAM はそのまま文字列として扱うため、"The policy failed legacy parsing" になるか、' +
        '黙って何にも一致しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://github.com/Graylog2/graylog-plugin-aws/issues/172',
      'https://github.com/hashicorp/terraform-provider-aws/issues/26108',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:<ACCOUNT_ID>:orders"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:210987654321:orders"}]}',
    },
    fix: {
      en: 'Replace the placeholder with the real value, or with a CloudFormation Fn::Sub reference.',
      ja: 'プレースホルダーを実際の値か、CloudFormation の Fn::Sub の参照に置き換えてください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const text = pick(TEXT, ctx.options.locale);
    const found: Finding[] = [];
    forEachNamedValue(s, (value, node) => {
      for (const p of findPlaceholders(value, ctx.options.cache)) found.push(finding(RULE, 'warning', text.placeholder(p.text), ctx.valueSpan(node, p.start, p.end)));
    });
    return found;
  },
};
