// Rule: iam/allow-not-principal. An Allow statement with NotPrincipal in a resource policy allows everyone except
// the listed principals, including anonymous users. Access Analyzer reports it as ALLOW_WITH_NOTPRINCIPAL, a
// security warning (IAM Access Analyzer policy check reference; IAMUG reference_policies_elements_notprincipal). In a
// trust policy NotPrincipal is not allowed at all, which iam/principal-element reports.

import { pick, type Localized } from '../../util/i18n';
import type { Rule } from '../types';
import { finding, statementName } from './support';

const RULE = 'iam/allow-not-principal';

const TEXT: Localized<(statement: string) => string> = {
  en: (s) => `${s} allows every principal except those in NotPrincipal, anonymous users included (Access Analyzer ALLOW_WITH_NOTPRINCIPAL). Name the allowed principals with Principal instead.`,
  ja: (s) => `${s} は NotPrincipal に挙げたもの以外のすべてのプリンシパル（匿名ユーザーを含む）を許可しています（Access Analyzer ALLOW_WITH_NOTPRINCIPAL）。許可するプリンシパルを Principal で指定してください。`,
};

export const allowNotPrincipal: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Allow with NotPrincipal', ja: 'Allow と NotPrincipal の組み合わせ' },
    severity: 'warning',
    description: {
      en: 'Allow with NotPrincipal grants access to everyone who is not listed, including anonymous users. AWS ' +
        'recommends naming the allowed principals with Principal.',
      ja: 'Allow と NotPrincipal の組み合わせは、挙げていない全員（匿名ユーザーを含む）にアクセスを許可します。AWS は許可する' +
        'プリンシパルを Principal で指定するよう勧めています。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html',
    ],
    accessAnalyzerCode: 'ALLOW_WITH_NOTPRINCIPAL',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:user/mallory"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}',
    },
    fix: {
      en: 'List the principals that are allowed with Principal; keep NotPrincipal for Deny statements.',
      ja: '許可するプリンシパルを Principal で列挙し、NotPrincipal は Deny ステートメントだけで使ってください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    if (ctx.policy.kind !== 'resource' || s.effectValue !== 'Allow' || !s.notPrincipal) return [];
    const locale = ctx.options.locale;
    return [finding(RULE, 'warning', pick(TEXT, locale)(statementName(s, locale)), ctx.span(s.notPrincipal.key))];
  },
};
