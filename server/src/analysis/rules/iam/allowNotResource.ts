// Rule: iam/allow-not-resource. An Allow statement with NotResource allows its actions on every resource except
// the listed ones, in every account, including resources created later. The IAM User Guide warns that this is
// easy to get wrong (IAMUG reference_policies_elements_notresource); duo-labs/parliament reports it as
// NOTRESOURCE_WITH_ALLOW. A security warning; the policy is valid.

import { pick, type Localized } from '../../util/i18n';
import type { Rule } from '../types';
import { finding, statementName } from './support';

const RULE = 'iam/allow-not-resource';

const TEXT: Localized<(statement: string) => string> = {
  en: (s) => `${s} allows its actions on every resource except those listed in NotResource, in any account and including resources created later. Name the allowed resources with Resource, or use NotResource with Deny.`,
  ja: (s) => `${s} は NotResource に挙げたもの以外のすべてのリソース（他のアカウントのものや今後作られるものを含む）に対してアクションを許可しています。許可するリソースを Resource で指定するか、NotResource は Deny と組み合わせてください。`,
};

export const allowNotResource: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Allow with NotResource', ja: 'Allow と NotResource の組み合わせ' },
    severity: 'warning',
    description: {
      en: 'Allow with NotResource grants the actions on every resource that is not listed, in every account. It is ' +
        'almost always broader than intended; AWS recommends NotResource with Deny.',
      ja: 'Allow と NotResource の組み合わせは、挙げていないすべてのアカウントのすべてのリソースに対してアクションを許可します。' +
        'ほとんどの場合意図より広く、AWS は Deny との組み合わせを勧めています。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html',
      'https://github.com/duo-labs/parliament',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::payroll/*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::reports/*"}]}',
    },
    fix: {
      en: 'Name what is allowed with Resource, or turn the statement into a Deny.',
      ja: '許可するものを Resource で指定するか、ステートメントを Deny にしてください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    if (s.effectValue !== 'Allow' || !s.notResource || ctx.policy.kind === 'trust') return [];
    const locale = ctx.options.locale;
    return [finding(RULE, 'warning', pick(TEXT, locale)(statementName(s, locale)), ctx.span(s.notResource.key))];
  },
};
