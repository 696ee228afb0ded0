// Rule: iam/create-slr-wildcard. Access Analyzer's six CREATE_SLR_* warnings, reproduced offline: an identity
// policy that allows iam:CreateServiceLinkedRole — named, matched by a wildcard, or left out of a NotAction — on
// a wildcard resource or through NotResource, which lets it create service-linked roles for any service
// (Access Analyzer policy check reference; IAMUG using-service-linked-roles). A statement that names the services
// with an iam:AWSServiceName condition, as AWS's own managed policies do, is not reported.

import type { Localized } from '../../util/i18n';
import type { Rule } from '../types';
import { broadGrantFindings, type BroadGrantText } from './broadGrant';

const RULE = 'iam/create-slr-wildcard';

const TEXT: Localized<BroadGrantText> = {
  en: {
    shape: {
      STAR_IN_ACTION_AND_RESOURCE: 'a wildcard action that includes iam:CreateServiceLinkedRole on a wildcard resource',
      STAR_IN_RESOURCE: 'iam:CreateServiceLinkedRole on a wildcard resource',
      NOTRESOURCE: 'iam:CreateServiceLinkedRole with NotResource',
      STAR_IN_ACTION_AND_NOTRESOURCE: 'a wildcard action that includes iam:CreateServiceLinkedRole with NotResource',
      NOTACTION_AND_NOTRESOURCE: 'NotAction (which leaves iam:CreateServiceLinkedRole allowed) with NotResource',
      STAR_IN_RESOURCE_AND_NOTACTION: 'NotAction (which leaves iam:CreateServiceLinkedRole allowed) on a wildcard resource',
    },
    message: (s, shape, code) => `${s} allows ${shape}, so it can create service-linked roles for services you did not intend (Access Analyzer ${code}). Name the service-linked role ARNs instead.`,
    resource: 'The resource that covers every service-linked role',
  },
  ja: {
    shape: {
      STAR_IN_ACTION_AND_RESOURCE: 'iam:CreateServiceLinkedRole を含むワイルドカードのアクションをワイルドカードのリソースに',
      STAR_IN_RESOURCE: 'iam:CreateServiceLinkedRole をワイルドカードのリソースに',
      NOTRESOURCE: 'iam:CreateServiceLinkedRole を NotResource で',
      STAR_IN_ACTION_AND_NOTRESOURCE: 'iam:CreateServiceLinkedRole を含むワイルドカードのアクションを NotResource で',
      NOTACTION_AND_NOTRESOURCE: 'NotAction（iam:CreateServiceLinkedRole が許可されたまま）を NotResource で',
      STAR_IN_RESOURCE_AND_NOTACTION: 'NotAction（iam:CreateServiceLinkedRole が許可されたまま）をワイルドカードのリソースに',
    },
    message: (s, shape, code) => `${s} は ${shape}許可しているため、意図しないサービスのサービスリンクロールを作成できます（Access Analyzer ${code}）。サービスリンクロールの ARN を指定してください。`,
    resource: 'すべてのサービスリンクロールを含むリソース',
  },
};

export const createSlrWildcard: Rule = {
  meta: {
    id: RULE,
    title: { en: 'iam:CreateServiceLinkedRole for any service', ja: '任意のサービスへの iam:CreateServiceLinkedRole' },
    severity: 'warning',
    description: {
      en: 'An Allow statement grants iam:CreateServiceLinkedRole — by name, through a wildcard action or by leaving it ' +
        'out of NotAction — on a wildcard resource or through NotResource, so it can create service-linked roles for ' +
        'any service.',
      ja: 'Allow ステートメントが iam:CreateServiceLinkedRole を（名前で、ワイルドカードのアクションで、または NotAction から外すことで）' +
        'ワイルドカードのリソースか NotResource に許可しているため、任意のサービスのサービスリンクロールを作成できます。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html',
    ],
    accessAnalyzerCode: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"arn:aws:iam::111122223333:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing"}]}',
    },
    fix: {
      en: 'Name the ARN of each service-linked role the principal may create.',
      ja: '作成してよいサービスリンクロールの ARN を個別に指定してください。',
    },
  },
  statement(ctx) {
    return broadGrantFindings(RULE, ctx, 'iam:CreateServiceLinkedRole', 'iam:AWSServiceName', 'CREATE_SLR_WITH', TEXT);
  },
};
