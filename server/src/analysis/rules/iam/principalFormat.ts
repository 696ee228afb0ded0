// Rule: iam/principal-format. The values of Principal and NotPrincipal (IAMUG
// reference_policies_elements_principal). A Principal is "*" or an object whose keys are AWS, Service, Federated
// or CanonicalUser. AWS takes "*", a 12-digit account, or the ARN of an account root, a user, a role or an
// assumed-role session; Service takes a service principal host name; Federated takes an identity provider's
// domain or a saml-provider / oidc-provider ARN; CanonicalUser (S3 only) takes 64 hexadecimal digits. Partial
// wildcards are not allowed anywhere in a principal, and groups cannot be principals. IAM and S3 refuse what
// cannot name a principal with "Invalid principal in policy" (aws-actions/configure-aws-credentials#332,
// cloud-custodian/cloud-custodian#4948). A role trust policy cannot trust "*" written as a bare string: IAM
// refuses it (aws/aws-cdk#5746), and Access Analyzer flags {"AWS": "*"} there as well. Values with placeholders,
// substitutions or policy variables are left to the rules for those.

import type { AnalysisCache } from '../../cache';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { hasPolicyVariable, hasWildcard, PARTITIONS, PRINCIPAL_TYPES, splitArn } from '../../iam/grammar';
import { findPlaceholders, findSubstitutions } from '../../iam/placeholders';
import type { PrincipalEntry, StringItem } from '../../iam/policyView';
import type { Finding, Severity } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, quote, rejectionSeverity } from './support';

const RULE = 'iam/principal-format';

type Problem = 'account' | 'arn' | 'group' | 'wildcard' | 'service' | 'federated' | 'canonical';

const TEXT: Localized<{
  string: (value: string) => string;
  key: (key: string, right: string | undefined) => string;
  canonicalOutsideS3: string;
  problem: Record<Problem, (value: string, type: string) => string>;
  roleId: (value: string) => string;
  userId: (value: string) => string;
  trustStar: string;
  trustAwsStar: string;
  rejected: string;
  wrap: (type: string) => string;
  rename: (right: string) => string;
  lower: string;
}> = {
  en: {
    string: (v) => `A Principal written as a string can only be "*"; name ${quote(v)} inside an object such as {"AWS": ${quote(v)}} (Access Analyzer INVALID_PRINCIPAL_FORMAT).`,
    key: (k, right) => `${quote(k)} is not a principal type; use AWS, Service, Federated or CanonicalUser (Access Analyzer INVALID_PRINCIPAL_KEY).${right ? ` Principal types are case-sensitive: write "${right}".` : ''}`,
    canonicalOutsideS3: 'CanonicalUser principals exist only in S3 bucket policies; name the account with "AWS" instead.',
    problem: {
      account: (v) => `${quote(v)} is not an AWS account ID; an account ID has exactly 12 digits.`,
      arn: (v) => `${quote(v)} is not a principal ARN; AWS principals are an account root (arn:aws:iam::111122223333:root), a user, a role or an assumed-role session.`,
      group: (v) => `${quote(v)} names an IAM group, and groups cannot be principals; name the users or an account instead.`,
      wildcard: (v, t) => `${quote(v)} uses a partial wildcard in a principal of type ${t}, which is not supported; only a whole "*" is (Access Analyzer UNSUPPORTED_WILDCARD_IN_PRINCIPAL). Use a condition such as aws:PrincipalArn with ArnLike to match many principals.`,
      service: (v) => `${quote(v)} is not a service principal; those are lower-case host names such as "lambda.amazonaws.com" (Access Analyzer INVALID_SERVICE_PRINCIPAL_FORMAT).`,
      federated: (v) => `${quote(v)} is not a federated principal; use an identity provider's domain (such as "cognito-identity.amazonaws.com") or the ARN of a saml-provider or oidc-provider (Access Analyzer INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY).`,
      canonical: (v) => `${quote(v)} is not a canonical user ID, which is 64 hexadecimal digits.`,
    },
    roleId: (v) => `${quote(v)} is a role's unique ID. IAM shows an ID here when the role was deleted; a new role with the same name is not trusted. Use the role's ARN (Access Analyzer INVALID_ROLE_REFERENCE).`,
    userId: (v) => `${quote(v)} is a user's unique ID. IAM shows an ID here when the user was deleted; a new user with the same name is not trusted. Use the user's ARN (Access Analyzer INVALID_USER_REFERENCE).`,
    trustStar: 'A role trust policy cannot trust "Principal": "*"; IAM refuses it as a malformed policy. Name the accounts, roles or services that may assume the role.',
    trustAwsStar: 'Trusting {"AWS": "*"} lets any AWS principal in any account try to assume this role; only its conditions limit who succeeds (Access Analyzer ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL). Name the accounts or roles instead.',
    rejected: ` AWS refuses it: "${AWS_MESSAGES.invalidPrincipal}".`,
    wrap: (t) => `Write it as {"${t}": …}`,
    rename: (right) => `Rename to "${right}"`,
    lower: 'Write it in lower case',
  },
  ja: {
    string: (v) => `文字列で書く Principal は "*" だけです。${quote(v)} は {"AWS": ${quote(v)}} のようにオブジェクトの中に書いてください（Access Analyzer INVALID_PRINCIPAL_FORMAT）。`,
    key: (k, right) => `${quote(k)} はプリンシパルの種類ではありません。AWS・Service・Federated・CanonicalUser を使ってください（Access Analyzer INVALID_PRINCIPAL_KEY）。${right ? `種類名は大文字と小文字を区別します。"${right}" と書いてください。` : ''}`,
    canonicalOutsideS3: 'CanonicalUser プリンシパルは S3 バケットポリシーにしかありません。アカウントは "AWS" で指定してください。',
    problem: {
      account: (v) => `${quote(v)} は AWS アカウント ID ではありません。アカウント ID はちょうど 12 桁の数字です。`,
      arn: (v) => `${quote(v)} はプリンシパルの ARN ではありません。AWS プリンシパルはアカウントのルート（arn:aws:iam::111122223333:root）、ユーザー、ロール、引き受けたロールのセッションのいずれかです。`,
      group: (v) => `${quote(v)} は IAM グループを指しています。グループはプリンシパルになれません。ユーザーかアカウントを指定してください。`,
      wildcard: (v, t) => `${quote(v)} は ${t} プリンシパルの中でワイルドカードを使っていますが、これは使えません。使えるのは "*" 単独だけです（Access Analyzer UNSUPPORTED_WILDCARD_IN_PRINCIPAL）。多数のプリンシパルに一致させるには aws:PrincipalArn と ArnLike の条件を使ってください。`,
      service: (v) => `${quote(v)} はサービスプリンシパルではありません。サービスプリンシパルは "lambda.amazonaws.com" のような小文字のホスト名です（Access Analyzer INVALID_SERVICE_PRINCIPAL_FORMAT）。`,
      federated: (v) => `${quote(v)} はフェデレーテッドプリンシパルではありません。ID プロバイダーのドメイン（"cognito-identity.amazonaws.com" など）か、saml-provider / oidc-provider の ARN を使ってください（Access Analyzer INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY）。`,
      canonical: (v) => `${quote(v)} は正規ユーザー ID ではありません。正規ユーザー ID は 16 進数 64 桁です。`,
    },
    roleId: (v) => `${quote(v)} はロールの一意 ID です。ロールが削除されると IAM はここに ID を表示し、同じ名前で作り直したロールは信頼されません。ロールの ARN を使ってください（Access Analyzer INVALID_ROLE_REFERENCE）。`,
    userId: (v) => `${quote(v)} はユーザーの一意 ID です。ユーザーが削除されると IAM はここに ID を表示し、同じ名前で作り直したユーザーは信頼されません。ユーザーの ARN を使ってください（Access Analyzer INVALID_USER_REFERENCE）。`,
    trustStar: 'ロールの信頼ポリシーで "Principal": "*" は使えません。IAM は不正なポリシーとして拒否します。ロールを引き受けてよいアカウント・ロール・サービスを指定してください。',
    trustAwsStar: '{"AWS": "*"} を信頼すると、あらゆるアカウントのあらゆる AWS プリンシパルがこのロールの引き受けを試せます。成功する相手を絞るのは条件だけです（Access Analyzer ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL）。アカウントかロールを指定してください。',
    rejected: `AWS は "${AWS_MESSAGES.invalidPrincipal}" で拒否します。`,
    wrap: (t) => `{"${t}": …} の形に書き換え`,
    rename: (right) => `"${right}" に名前を変更`,
    lower: '小文字で書く',
  },
};

/** The identity providers that Federated names by domain (IAMUG reference_policies_elements_principal). */
const FEDERATION_DOMAIN = /^[a-z0-9][a-z0-9.-]*\.[a-z]{2,}$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.[a-z0-9-]+$/;

/** What is wrong with a value of an `AWS` principal, or undefined when it can name a principal. */
function awsProblem(value: string): Problem | 'roleId' | 'userId' | undefined {
  if (value === '*' || /^\d{12}$/.test(value)) return undefined;
  if (/^\d+$/.test(value)) return 'account';
  if (/^AROA[A-Z0-9]{12,}$/.test(value)) return 'roleId';
  if (/^AIDA[A-Z0-9]{12,}$/.test(value)) return 'userId';
  if (hasWildcard(value)) return 'wildcard';
  const arn = splitArn(value);
  if (!arn || arn.prefix !== 'arn' || !(PARTITIONS as readonly string[]).includes(arn.partition) || arn.region !== '') return 'arn';
  if (arn.service === 'iam') {
    // CloudFront origin access identities are users of the special account "cloudfront".
    if (!/^\d{12}$/.test(arn.account) && arn.account !== 'cloudfront') return /^\d+$/.test(arn.account) ? 'account' : 'arn';
    if (arn.resource.startsWith('group/')) return 'group';
    return arn.resource === 'root' || /^(user|role)\/.+/.test(arn.resource) ? undefined : 'arn';
  }
  if (arn.service === 'sts') {
    if (!/^\d{12}$/.test(arn.account)) return /^\d+$/.test(arn.account) ? 'account' : 'arn';
    return /^(assumed-role\/[^/]+\/.+|federated-user\/.+)$/.test(arn.resource) ? undefined : 'arn';
  }
  return 'arn';
}

function federatedProblem(value: string): Problem | undefined {
  if (hasWildcard(value)) return 'wildcard';
  if (value.startsWith('arn:')) {
    const arn = splitArn(value);
    return arn && arn.service === 'iam' && /^(saml-provider|oidc-provider)\/.+/.test(arn.resource) ? undefined : 'federated';
  }
  return FEDERATION_DOMAIN.test(value) ? undefined : 'federated';
}

function serviceProblem(value: string): Problem | undefined {
  if (hasWildcard(value)) return 'wildcard';
  return SERVICE_PRINCIPAL.test(value) ? undefined : 'service';
}

/** Values whose problems other rules explain: placeholders, substitutions and policy variables. */
function leftToOthers(value: string, cache: AnalysisCache | undefined): boolean {
  return findPlaceholders(value, cache).length > 0 || findSubstitutions(value, cache).length > 0 || hasPolicyVariable(value, cache);
}

function checkValue(ctx: StatementContext, entry: PrincipalEntry, item: StringItem, locale: Locale): Finding | undefined {
  const text = pick(TEXT, locale);
  const policy = ctx.policy;
  const severity = rejectionSeverity(policy.api, 'iam-and-s3');
  const rejected = severity === 'error' ? text.rejected : '';
  const value = item.value;
  if (leftToOthers(value, ctx.options.cache)) return undefined;
  const span = ctx.span(item.node);
  let problem: ReturnType<typeof awsProblem>;
  switch (entry.type) {
    case 'AWS':
      if (value === '*' && policy.kind === 'trust') return finding(RULE, 'warning', text.trustAwsStar, span);
      problem = awsProblem(value);
      break;
    case 'Service':
      problem = serviceProblem(value);
      if (problem === 'service' && value !== value.toLowerCase() && !serviceProblem(value.toLowerCase())) {
        return finding(RULE, severity, text.problem.service(value, entry.type) + rejected, span, {
          fixes: [{ title: text.lower, edits: [ctx.edits.replaceValue(item.node, value.toLowerCase())], isPreferred: true }],
        });
      }
      break;
    case 'Federated':
      problem = federatedProblem(value);
      break;
    case 'CanonicalUser':
      problem = /^[0-9a-f]{64}$/i.test(value) ? undefined : 'canonical';
      break;
    default:
      return undefined;
  }
  if (problem === 'roleId') return finding(RULE, 'warning', text.roleId(value), span);
  if (problem === 'userId') return finding(RULE, 'warning', text.userId(value), span);
  if (!problem) return undefined;
  return finding(RULE, severity, text.problem[problem](value, entry.type) + rejected, span);
}

function check(ctx: StatementContext): Finding[] {
  const locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const { policy, statement: s } = ctx;
  // Principals in identity policies are iam/principal-element's finding; their values do not matter then.
  if (policy.kind === 'identity') return [];
  const severity: Severity = rejectionSeverity(policy.api, 'iam-and-s3');
  const findings: Finding[] = [];
  for (const element of [s.principal, s.notPrincipal]) {
    if (!element?.value) continue;
    if (element.form === 'wildcard' && policy.kind === 'trust' && element === s.principal) {
      findings.push(finding(RULE, 'error', text.trustStar, ctx.span(element.value)));
    }
    if (element.form === 'string' && element.string) {
      const v = element.string.value;
      const type = /amazonaws\.com(\.cn)?$/.test(v) ? 'Service' : 'AWS';
      findings.push(finding(RULE, severity, text.string(v) + (severity === 'error' ? text.rejected : ''), ctx.span(element.value), {
        fixes: [{ title: text.wrap(type), edits: [ctx.edits.replaceValue(element.value, { [type]: v })], isPreferred: false }],
      }));
    }
    for (const entry of element.entries) {
      if (!(PRINCIPAL_TYPES as readonly string[]).includes(entry.type)) {
        const right = PRINCIPAL_TYPES.find((t) => t.toLowerCase() === entry.type.toLowerCase());
        findings.push(finding(RULE, severity, text.key(entry.type, right) + (severity === 'error' ? text.rejected : ''), ctx.span(entry.key), {
          fixes: right ? [{ title: text.rename(right), edits: [ctx.edits.renameKey(entry.key, right)], isPreferred: true }] : [],
        }));
        continue;
      }
      if (entry.type === 'CanonicalUser' && policy.api !== 's3-bucket') {
        findings.push(finding(RULE, policy.kind === 'trust' ? 'error' : 'warning', text.canonicalOutsideS3, ctx.span(entry.key)));
        continue;
      }
      for (const item of entry.strings) {
        const f = checkValue(ctx, entry, item, locale);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}

export const principalFormat: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Principal value cannot name a principal', ja: 'プリンシパルを表さない Principal の値' },
    severity: 'error',
    description: {
      en: 'Checks each principal against the forms IAM documents: "*" or an object of AWS (account ID, or the ARN of ' +
        'an account root, user, role or session), Service (a service host name), Federated (an identity provider ' +
        'domain or a saml-provider / oidc-provider ARN) and CanonicalUser (S3 only). Partial wildcards and groups are ' +
        'not principals. IAM and S3 refuse such policies with "Invalid principal in policy"; a trust policy cannot ' +
        'trust a bare "*".',
      ja: '各プリンシパルを IAM の文書どおりの形と照らし合わせます。"*" か、AWS（アカウント ID、またはアカウントのルート・ユーザー・' +
        'ロール・セッションの ARN）、Service（サービスのホスト名）、Federated（ID プロバイダーのドメインか saml-provider / ' +
        'oidc-provider の ARN）、CanonicalUser（S3 のみ）のオブジェクトです。部分的なワイルドカードやグループはプリンシパルに' +
        'なれません。IAM と S3 はこのようなポリシーを "Invalid principal in policy" で拒否し、信頼ポリシーは "*" 単独を信頼できません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      'https://github.com/aws/aws-cdk/pull/5746',
      'https://github.com/aws-actions/configure-aws-credentials/issues/332',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'INVALID_PRINCIPAL_FORMAT',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/*"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/reader"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}',
    },
    fix: {
      en: 'Name each principal by its exact ARN, account ID, service host name or provider; match many principals with a condition instead of a wildcard.',
      ja: '各プリンシパルは正確な ARN・アカウント ID・サービスのホスト名・プロバイダーで指定し、多数に一致させたいときはワイルドカードではなく条件を使ってください。',
    },
  },
  statement: check,
};
