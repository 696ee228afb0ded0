// Rule: iam/allow-not-action. An Allow statement with NotAction allows every action of every service except
// the listed ones, including services and actions AWS adds later. The IAM User Guide warns that this grants
// more than intended and recommends a Deny with NotAction, or an Allow with Action, instead (IAMUG
// reference_policies_elements_notaction); duo-labs/parliament reports it as NOTACTION_WITH_ALLOW.
// A security warning; the policy is valid.

import { pick, type Localized } from '../../util/i18n';
import type { Rule } from '../types';
import { finding, statementName } from './support';

const RULE = 'iam/allow-not-action';

const TEXT: Localized<(statement: string) => string> = {
  en: (s) => `${s} allows every action except the ones listed in NotAction, including actions and services AWS adds later. List the allowed actions with Action, or use NotAction with Deny.`,
  ja: (s) => `${s} は NotAction に挙げたもの以外のすべてのアクションを許可しており、AWS が今後追加するアクションやサービスも含まれます。許可するアクションを Action で列挙するか、NotAction は Deny と組み合わせてください。`,
};

export const allowNotAction: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Allow with NotAction', ja: 'Allow と NotAction の組み合わせ' },
    severity: 'warning',
    description: {
      en: 'Allow with NotAction grants every action that is not listed, in every service, including future ones. It is ' +
        'almost always broader than intended; AWS recommends it only with Deny.',
      ja: 'Allow と NotAction の組み合わせは、挙げていないすべてのサービスのすべてのアクション（将来追加されるものを含む）を許可します。' +
        'ほとんどの場合意図より広く、AWS は Deny との組み合わせだけを勧めています。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
      'https://github.com/duo-labs/parliament',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}]}',
    },
    fix: {
      en: 'List what is allowed with Action, or turn the statement into a Deny.',
      ja: '許可するものを Action で列挙するか、ステートメントを Deny にしてください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    if (s.effectValue !== 'Allow' || !s.notAction) return [];
    const locale = ctx.options.locale;
    return [finding(RULE, 'warning', pick(TEXT, locale)(statementName(s, locale)), ctx.span(s.notAction.key))];
  },
};
