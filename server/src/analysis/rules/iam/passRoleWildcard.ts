// Rule: iam/pass-role-wildcard. Access Analyzer's six PASS_ROLE_* security warnings, reproduced offline: an
// identity policy that allows iam:PassRole — named, matched by a wildcard such as "iam:Pass*" or "*", or left out
// of a NotAction — on a wildcard resource or through NotResource. Passing a role hands its permissions to a
// service, so passing any role is a privilege escalation path. A statement that restricts the target service
// with iam:PassedToService is what AWS recommends, and is not reported (Access Analyzer policy check reference;
// IAMUG id_roles_use_passrole).

import type { Localized } from '../../util/i18n';
import type { Rule } from '../types';
import { broadGrantFindings, type BroadGrantText } from './broadGrant';

const RULE = 'iam/pass-role-wildcard';

const TEXT: Localized<BroadGrantText> = {
  en: {
    shape: {
      STAR_IN_ACTION_AND_RESOURCE: 'a wildcard action that includes iam:PassRole on a wildcard resource',
      STAR_IN_RESOURCE: 'iam:PassRole on a wildcard resource',
      NOTRESOURCE: 'iam:PassRole with NotResource',
      STAR_IN_ACTION_AND_NOTRESOURCE: 'a wildcard action that includes iam:PassRole with NotResource',
      NOTACTION_AND_NOTRESOURCE: 'NotAction (which leaves iam:PassRole allowed) with NotResource',
      STAR_IN_RESOURCE_AND_NOTACTION: 'NotAction (which leaves iam:PassRole allowed) on a wildcard resource',
    },
    message: (s, shape, code) => `${s} allows ${shape}, so it can pass any role, and with it the role's permissions, to a service (Access Analyzer ${code}). Name the role ARNs, or add an iam:PassedToService condition.`,
    resource: 'The resource that lets it pass any role',
  },
  ja: {
    shape: {
      STAR_IN_ACTION_AND_RESOURCE: 'iam:PassRole を含むワイルドカードのアクションをワイルドカードのリソースに',
      STAR_IN_RESOURCE: 'iam:PassRole をワイルドカードのリソースに',
      NOTRESOURCE: 'iam:PassRole を NotResource で',
      STAR_IN_ACTION_AND_NOTRESOURCE: 'iam:PassRole を含むワイルドカードのアクションを NotResource で',
      NOTACTION_AND_NOTRESOURCE: 'NotAction（iam:PassRole が許可されたまま）を NotResource で',
      STAR_IN_RESOURCE_AND_NOTACTION: 'NotAction（iam:PassRole が許可されたまま）をワイルドカードのリソースに',
    },
    message: (s, shape, code) => `${s} は ${shape}許可しているため、任意のロールを、つまりその権限をサービスに渡せます（Access Analyzer ${code}）。ロールの ARN を指定するか、iam:PassedToService 条件を追加してください。`,
    resource: '任意のロールを渡せるようにしているリソース',
  },
};

export const passRoleWildcard: Rule = {
  meta: {
    id: RULE,
    title: { en: 'iam:PassRole on any role', ja: '任意のロールへの iam:PassRole' },
    severity: 'warning',
    description: {
      en: 'An Allow statement grants iam:PassRole — by name, through a wildcard action or by leaving it out of NotAction — ' +
        'on a wildcard resource or through NotResource. Whoever holds it can hand any role\'s permissions to a service, ' +
        'a well-known privilege escalation. Statements with an iam:PassedToService condition are not reported.',
      ja: 'Allow ステートメントが iam:PassRole を（名前で、ワイルドカードのアクションで、または NotAction から外すことで）ワイルドカードの' +
        'リソースか NotResource に許可しています。これを持つ者は任意のロールの権限をサービスに渡せ、よく知られた権限昇格の経路になります。' +
        'iam:PassedToService 条件のあるステートメントは報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    ],
    accessAnalyzerCode: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["lambda:CreateFunction","iam:PassRole"],"Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"lambda:CreateFunction","Resource":"*"},{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/lambda-app","Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}}]}',
    },
    fix: {
      en: 'Give iam:PassRole its own statement that names the role ARNs and restricts iam:PassedToService.',
      ja: 'iam:PassRole を専用のステートメントに分け、ロールの ARN を指定し、iam:PassedToService で渡し先を絞ってください。',
    },
  },
  statement(ctx) {
    return broadGrantFindings(RULE, ctx, 'iam:PassRole', 'iam:PassedToService', 'PASS_ROLE_WITH', TEXT);
  },
};
