// Rule: iam/full-access. An identity policy statement that allows "*" (or "*:*") on "*" without a condition
// grants full administrator access: every action of every service on every resource. Checkov reports it as
// CKV_AWS_1 / CKV_AWS_62 (bridgecrewio/checkov), and the IAM User Guide's least-privilege advice says to grant
// only what is needed (IAMUG best-practices). It is valid, and sometimes meant (AdministratorAccess), so it is
// a warning that names what it does.

import { pick, type Localized } from '../../util/i18n';
import type { Rule } from '../types';
import { finding, statementName } from './support';

const RULE = 'iam/full-access';

const TEXT: Localized<(statement: string) => string> = {
  en: (s) => `${s} allows every action on every resource with no condition: full administrator access. Grant only the actions and resources that are needed.`,
  ja: (s) => `${s} は条件なしですべてのリソースに対するすべてのアクションを許可しています。これは完全な管理者権限です。必要なアクションとリソースだけを許可してください。`,
};

export const fullAccess: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Full administrator access', ja: '完全な管理者権限' },
    severity: 'warning',
    description: {
      en: 'An Allow statement with Action "*" and Resource "*" and no Condition grants every action on every resource. ' +
        'Keep this for break-glass administrator roles, and grant least privilege everywhere else.',
      ja: 'Action "*"・Resource "*"・Condition なしの Allow ステートメントは、すべてのリソースに対するすべてのアクションを許可します。' +
        '非常用の管理者ロールだけに使い、それ以外では最小権限を与えてください。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://github.com/bridgecrewio/checkov',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::reports","arn:aws:s3:::reports/*"]}]}',
    },
    fix: {
      en: 'List the actions and resources the principal needs.',
      ja: 'プリンシパルに必要なアクションとリソースを列挙してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    if (ctx.policy.kind !== 'identity' || s.effectValue !== 'Allow' || s.condition) return [];
    const star = s.action?.strings.find((a) => a.value === '*' || a.value === '*:*');
    if (!star || !s.resource?.strings.some((r) => r.value === '*')) return [];
    const locale = ctx.options.locale;
    return [finding(RULE, 'warning', pick(TEXT, locale)(statementName(s, locale)), ctx.span(star.node))];
  },
};
