// Rule: iam/trust-policy-action. The actions of a role trust policy. A trust policy only says who may assume
// the role, so its actions are STS's: sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity,
// sts:TagSession, sts:SetSourceIdentity and sts:SetContext. IAM refuses any other service's action with
// "AssumeRole policy may only specify STS AssumeRole actions." (the message IAM emulators such as LocalStack
// reproduce; IAMUG id_roles_terms-and-concepts). Access Analyzer also checks that each federated principal comes
// with its own action (MISMATCHED_ACTION_FOR_PRINCIPAL) and that IAM Roles Anywhere gets the three actions it
// needs (MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY).

import type { AnalysisCache } from '../../cache';
import { pick, type Localized } from '../../util/i18n';
import { actionMatches } from '../../iam/grammar';
import type { StatementView } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, quote, statementName } from './support';

const RULE = 'iam/trust-policy-action';

const TRUST_ACTIONS = ['sts:AssumeRole', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext'];

const TEXT: Localized<{
  otherService: (value: string) => string;
  unknownSts: (value: string) => string;
  star: (value: string) => string;
  mismatch: (statement: string, kind: 'SAML' | 'OIDC', needed: string) => string;
  rolesAnywhere: (statement: string, missing: string) => string;
}> = {
  en: {
    otherService: (v) => `${quote(v)} is not an STS action. A trust policy only says who may assume the role; put permissions in the role's permissions policies. IAM refuses it: "${AWS_MESSAGES.trustActions}"`,
    unknownSts: (v) => `${quote(v)} is not one of the actions a trust policy controls: ${TRUST_ACTIONS.join(', ')}.`,
    star: (v) => `${quote(v)} in a trust policy stands for every STS action; list the ones the principal needs, such as sts:AssumeRole and sts:TagSession.`,
    mismatch: (s, k, needed) => `${s} trusts a ${k} provider, whose users can only assume the role with ${needed}; add it to Action (Access Analyzer MISMATCHED_ACTION_FOR_PRINCIPAL).`,
    rolesAnywhere: (s, m) => `${s} trusts IAM Roles Anywhere, which needs sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession; add ${m} (Access Analyzer MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY).`,
  },
  ja: {
    otherService: (v) => `${quote(v)} は STS のアクションではありません。信頼ポリシーは誰がロールを引き受けられるかだけを決めます。権限はロールの許可ポリシーに書いてください。IAM は "${AWS_MESSAGES.trustActions}" で拒否します。`,
    unknownSts: (v) => `${quote(v)} は信頼ポリシーで制御するアクション（${TRUST_ACTIONS.join('、')}）のどれでもありません。`,
    star: (v) => `信頼ポリシーの ${quote(v)} はすべての STS アクションを表します。sts:AssumeRole や sts:TagSession など、必要なものを列挙してください。`,
    mismatch: (s, k, needed) => `${s} は ${k} プロバイダーを信頼していますが、そのユーザーがロールを引き受けるには ${needed} が必要です。Action に追加してください（Access Analyzer MISMATCHED_ACTION_FOR_PRINCIPAL）。`,
    rolesAnywhere: (s, m) => `${s} は IAM Roles Anywhere を信頼していますが、sts:AssumeRole・sts:SetSourceIdentity・sts:TagSession が必要です。${m} を追加してください（Access Analyzer MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY）。`,
  },
};

/** Whether the statement's Action list (literal strings only) covers an action. */
function allows(s: StatementView, action: string, cache: AnalysisCache | undefined): boolean {
  return (s.action?.strings ?? []).some((a) => actionMatches(a.value, action, cache));
}

function check(ctx: StatementContext): Finding[] {
  if (ctx.policy.kind !== 'trust') return [];
  const locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const s = ctx.statement;
  const findings: Finding[] = [];
  for (const element of [s.action, s.notAction]) {
    for (const item of element?.strings ?? []) {
      const value = item.value;
      const span = ctx.span(item.node);
      const vendor = value.split(':')[0].toLowerCase();
      if (value === '*' || value === 'sts:*') findings.push(finding(RULE, 'warning', text.star(value), span));
      else if (value.includes(':') && vendor !== 'sts' && !/[*?]/.test(vendor)) findings.push(finding(RULE, 'error', text.otherService(value), span));
      else if (vendor === 'sts' && !TRUST_ACTIONS.some((a) => actionMatches(value, a, ctx.options.cache))) findings.push(finding(RULE, 'warning', text.unknownSts(value), span));
    }
  }
  // The federated principal checks need a literal Action list to be sure what is missing.
  if (!s.action || s.action.unknown.length > 0 || s.effectValue !== 'Allow') return findings;
  const federated = (s.principal?.entries ?? []).filter((e) => e.type === 'Federated').flatMap((e) => e.strings.map((v) => v.value));
  const services = (s.principal?.entries ?? []).filter((e) => e.type === 'Service').flatMap((e) => e.strings.map((v) => v.value));
  const name = statementName(s, locale);
  if (federated.some((f) => /:saml-provider\//.test(f)) && !allows(s, 'sts:AssumeRoleWithSAML', ctx.options.cache)) {
    findings.push(finding(RULE, 'warning', text.mismatch(name, 'SAML', 'sts:AssumeRoleWithSAML'), ctx.span(s.action.key)));
  }
  const webIdentity = federated.some((f) => /:oidc-provider\//.test(f) || /^(cognito-identity\.amazonaws\.com|accounts\.google\.com|graph\.facebook\.com|www\.amazon\.com)$/.test(f));
  if (webIdentity && !allows(s, 'sts:AssumeRoleWithWebIdentity', ctx.options.cache)) {
    findings.push(finding(RULE, 'warning', text.mismatch(name, 'OIDC', 'sts:AssumeRoleWithWebIdentity'), ctx.span(s.action.key)));
  }
  if (services.includes('rolesanywhere.amazonaws.com')) {
    const missing = ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'].filter((a) => !allows(s, a, ctx.options.cache));
    if (missing.length) findings.push(finding(RULE, 'warning', text.rolesAnywhere(name, missing.join(', ')), s.action ? ctx.span(s.action.key) : ctx.brace));
  }
  return findings;
}

export const trustPolicyAction: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Trust policy actions must be STS actions', ja: '信頼ポリシーのアクションは STS のもの' },
    severity: 'error',
    description: {
      en: 'A role trust policy says who may assume the role, so its actions are sts:AssumeRole, sts:AssumeRoleWithSAML, ' +
        'sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity and sts:SetContext. IAM refuses other ' +
        'services\' actions ("AssumeRole policy may only specify STS AssumeRole actions."). SAML and OIDC principals ' +
        'need their own assume action, and IAM Roles Anywhere needs three.',
      ja: 'ロールの信頼ポリシーは誰がロールを引き受けられるかを決めるもので、アクションは sts:AssumeRole・sts:AssumeRoleWithSAML・' +
        'sts:AssumeRoleWithWebIdentity・sts:TagSession・sts:SetSourceIdentity・sts:SetContext です。IAM は他サービスのアクションを' +
        '拒否します（"AssumeRole policy may only specify STS AssumeRole actions."）。SAML と OIDC のプリンシパルには専用の引き受け' +
        'アクションが、IAM Roles Anywhere には 3 つのアクションが必要です。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
      'https://github.com/localstack/localstack',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
    example: {
      bad: '{"RoleName":"r","AssumeRolePolicyDocument":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"lambda.amazonaws.com\\"},\\"Action\\":[\\"sts:AssumeRole\\",\\"s3:GetObject\\"]}]}"}',
      good: '{"RoleName":"r","AssumeRolePolicyDocument":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"lambda.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}"}',
    },
    fix: {
      en: 'Keep only STS assume actions in the trust policy and move permissions to the role\'s permissions policies.',
      ja: '信頼ポリシーには STS の引き受けアクションだけを残し、権限はロールの許可ポリシーに移してください。',
    },
  },
  statement: check,
};
