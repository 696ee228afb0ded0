// Rule: iam/public-access. A resource-based policy whose Allow statement names every principal ("Principal": "*"
// or {"AWS": "*"}) grants its actions to anyone, in any account, signed in or not, unless a condition pins the
// caller or the network down (IAMUG reference_policies_elements_principal, "Anonymous principals"). Which
// condition keys make a grant non-public is decided here from two AWS pages: S3's definition of a public policy
// (AmazonS3 access-control-block-public-access, "The meaning of public": fixed values of aws:SourceIp,
// aws:SourceArn, aws:SourceVpc, aws:SourceVpce, aws:SourceOwner, aws:SourceAccount, aws:userid,
// s3:DataAccessPointArn, s3:DataAccessPointAccount) and IAM's organization and principal keys that restrict the
// caller to known accounts (IAMUG reference_policies_condition-keys: aws:PrincipalAccount, aws:PrincipalArn,
// aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:SourceOrgID, aws:SourceOrgPaths, aws:PrincipalServiceName,
// aws:PrincipalIsAWSService). cfn_nag (F16, S3 bucket policy with a wildcard principal) and checkov CKV_AWS_70
// report the same; a condition on any of these keys is taken as limiting, whatever its operator.

import { pick, type Localized } from '../../util/i18n';
import type { StringItem } from '../../iam/policyView';
import type { Rule } from '../types';
import { finding, statementName } from './support';

const RULE = 'iam/public-access';

/** The condition keys that pin a wildcard principal down to known callers or networks (sources above). */
export const LIMITING_KEYS: readonly string[] = [
  'aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOwner', 'aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce',
  'aws:userid', 's3:DataAccessPointArn', 's3:DataAccessPointAccount',
  'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalOrgID', 'aws:PrincipalOrgPaths', 'aws:SourceOrgID',
  'aws:SourceOrgPaths', 'aws:PrincipalServiceName', 'aws:PrincipalIsAWSService',
];
const LIMITING = new Set(LIMITING_KEYS.map((k) => k.toLowerCase()));

const TEXT: Localized<(statement: string) => string> = {
  en: (s) => `${s} allows everyone ("*" principal) with no condition that limits the caller, so anyone can use it. Add a condition such as aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID, or name the principals.`,
  ja: (s) => `${s} は呼び出し元を絞る条件なしにすべてのプリンシパル（"*"）を許可しているため、誰でも使えます。aws:SourceArn、aws:SourceAccount、aws:PrincipalOrgID などの条件を追加するか、プリンシパルを指定してください。`,
};

export const publicAccess: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Resource policy open to everyone', ja: '全員に開かれたリソースポリシー' },
    severity: 'warning',
    description: {
      en: 'An Allow statement of a resource-based policy with "Principal": "*" (or {"AWS": "*"}) and no condition on a key ' +
        'that limits the caller (aws:SourceArn, aws:SourceAccount, aws:SourceIp, aws:SourceVpce, aws:PrincipalOrgID and the ' +
        'others S3 and IAM document) grants its actions to anyone, including anonymous callers.',
      ja: 'リソースベースのポリシーで "Principal": "*"（または {"AWS": "*"}）を持ち、呼び出し元を絞るキー（aws:SourceArn、' +
        'aws:SourceAccount、aws:SourceIp、aws:SourceVpce、aws:PrincipalOrgID など S3 と IAM が文書化しているもの）の条件がない ' +
        'Allow ステートメントは、匿名の呼び出し元を含む誰にでもアクションを許可します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
      'https://github.com/stelligent/cfn_nag',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:111122223333:orders"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:111122223333:orders","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:111122223333:events"}}}]}',
    },
    fix: {
      en: 'Name the principals, or add a condition that limits the caller to your accounts, organization, network or source resource.',
      ja: 'プリンシパルを指定するか、呼び出し元を自分のアカウント・組織・ネットワーク・送信元リソースに絞る条件を追加してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    if (ctx.policy.kind !== 'resource' || s.effectValue !== 'Allow' || !s.principal) return [];
    // A VPC endpoint policy only ever applies to traffic through that endpoint, and AWS's default one is
    // {"Principal": "*", "Action": "*", "Resource": "*"} (VPC User Guide, vpc-endpoints-access), so "*" is not public there.
    if (ctx.policy.origin.source === 'cloudformation' && ctx.policy.origin.resourceType === 'AWS::EC2::VPCEndpoint') return [];
    let everyone: StringItem | undefined;
    if (s.principal.form === 'wildcard') everyone = s.principal.string;
    else if (s.principal.form === 'object') everyone = s.principal.entries.find((e) => e.type === 'AWS')?.strings.find((v) => v.value === '*');
    if (!everyone) return [];
    // A condition that is not plain data (an intrinsic function) may limit the caller; say nothing then.
    if (s.condition && s.condition.form !== 'object') return [];
    const limited = (s.condition?.operators ?? []).some((op) => op.form !== 'object' || op.keys.some((k) => LIMITING.has(k.name.toLowerCase())));
    if (limited) return [];
    const locale = ctx.options.locale;
    return [finding(RULE, 'warning', pick(TEXT, locale)(statementName(s, locale)), ctx.span(everyone.node))];
  },
};
