// Rule: iam/oidc-trust-condition. A role trust policy that trusts an OpenID Connect provider must say which of
// the provider's tokens may assume the role; otherwise every user of that provider can, and for shared providers
// such as GitHub Actions that means every repository on GitHub. Access Analyzer reports a trust statement
// without a condition on the provider's keys (MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL), a GitHub Actions
// statement without token.actions.githubusercontent.com:sub (MISSING_GITHUB_REPO_CONDITION_KEY), and a
// wildcard in that sub (SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED) (Access Analyzer policy check reference; IAMUG
// id_roles_providers_oidc_secure-by-default).

import { pick, type Localized } from '../../util/i18n';
import { splitArn } from '../../iam/grammar';
import type { StatementView } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { finding, quote, statementName } from './support';

const RULE = 'iam/oidc-trust-condition';
const GITHUB = 'token.actions.githubusercontent.com';

const TEXT: Localized<{ missing: (s: string, host: string) => string; github: (s: string) => string; wildcard: (v: string) => string }> = {
  en: {
    missing: (s, h) => `${s} trusts the OIDC provider ${h} without a condition on its keys (such as ${h}:aud or ${h}:sub), so any identity of that provider can assume the role (Access Analyzer MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL).`,
    github: (s) => `${s} trusts GitHub Actions without a condition on ${GITHUB}:sub, so workflows in any repository on GitHub can assume the role (Access Analyzer MISSING_GITHUB_REPO_CONDITION_KEY). Add StringLike {"${GITHUB}:sub": "repo:my-org/my-repo:ref:refs/heads/main"}.`,
    wildcard: (v) => `${quote(v)} lets more repositories or branches assume the role than you may intend (Access Analyzer SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED). Name the repository and branch or environment.`,
  },
  ja: {
    missing: (s, h) => `${s} は OIDC プロバイダー ${h} を、そのキー（${h}:aud や ${h}:sub など）の条件なしで信頼しているため、そのプロバイダーのどの ID でもロールを引き受けられます（Access Analyzer MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL）。`,
    github: (s) => `${s} は GitHub Actions を ${GITHUB}:sub の条件なしで信頼しているため、GitHub 上のどのリポジトリのワークフローでもロールを引き受けられます（Access Analyzer MISSING_GITHUB_REPO_CONDITION_KEY）。StringLike {"${GITHUB}:sub": "repo:my-org/my-repo:ref:refs/heads/main"} を追加してください。`,
    wildcard: (v) => `${quote(v)} では意図より多くのリポジトリやブランチがロールを引き受けられます（Access Analyzer SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED）。リポジトリとブランチまたは環境を指定してください。`,
  },
};

/** The host of an OIDC provider principal: the part after oidc-provider/, or a web identity domain. */
function providerHost(value: string): string | undefined {
  const arn = splitArn(value);
  if (arn?.service === 'iam' && arn.resource.startsWith('oidc-provider/')) return arn.resource.slice('oidc-provider/'.length);
  return /^(cognito-identity\.amazonaws\.com|accounts\.google\.com|graph\.facebook\.com|www\.amazon\.com)$/.test(value) ? value : undefined;
}

function keysOf(s: StatementView): string[] {
  return (s.condition?.operators ?? []).flatMap((op) => op.keys.map((k) => k.name.toLowerCase()));
}

export const oidcTrustCondition: Rule = {
  meta: {
    id: RULE,
    title: { en: 'OIDC trust without a condition on the token', ja: 'トークンの条件がない OIDC の信頼' },
    severity: 'warning',
    description: {
      en: 'A trust policy that trusts an OpenID Connect provider must limit which tokens may assume the role with ' +
        'conditions on the provider\'s keys. For GitHub Actions, token.actions.githubusercontent.com:sub must name the ' +
        'repository and branch; without it any repository on GitHub can assume the role.',
      ja: 'OpenID Connect プロバイダーを信頼する信頼ポリシーは、プロバイダーのキーの条件で、ロールを引き受けられるトークンを絞る必要が' +
        'あります。GitHub Actions では token.actions.githubusercontent.com:sub でリポジトリとブランチを指定しなければ、GitHub 上の' +
        'どのリポジトリでもロールを引き受けられます。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc_secure-by-default.html',
    ],
    accessAnalyzerCode: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
    example: {
      bad: '{"RoleName":"deploy","AssumeRolePolicyDocument":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Federated\\":\\"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\\"},\\"Action\\":\\"sts:AssumeRoleWithWebIdentity\\"}]}"}',
      good: '{"RoleName":"deploy","AssumeRolePolicyDocument":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Federated\\":\\"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\\"},\\"Action\\":\\"sts:AssumeRoleWithWebIdentity\\",\\"Condition\\":{\\"StringEquals\\":{\\"token.actions.githubusercontent.com:aud\\":\\"sts.amazonaws.com\\",\\"token.actions.githubusercontent.com:sub\\":\\"repo:my-org/my-repo:ref:refs/heads/main\\"}}}]}"}',
    },
    fix: {
      en: 'Add conditions on the provider\'s aud and sub keys that name your application, repository and branch.',
      ja: 'プロバイダーの aud と sub のキーに、アプリケーション・リポジトリ・ブランチを指定する条件を追加してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const text = pick(TEXT, ctx.options.locale);
    const findings: Finding[] = [];
    if (ctx.policy.kind !== 'trust' || s.effectValue !== 'Allow' || s.condition?.form === 'unknown') return findings;
    const keys = keysOf(s);
    const name = statementName(s, ctx.options.locale);
    for (const entry of s.principal?.entries ?? []) {
      if (entry.type !== 'Federated') continue;
      for (const item of entry.strings) {
        const host = providerHost(item.value);
        if (!host) continue;
        const lowerHost = host.toLowerCase();
        if (lowerHost === GITHUB && !keys.includes(`${GITHUB}:sub`)) {
          findings.push(finding(RULE, 'warning', text.github(name), ctx.span(item.node)));
        } else if (!keys.some((k) => k.startsWith(`${lowerHost}:`))) {
          findings.push(finding(RULE, 'warning', text.missing(name, host), ctx.span(item.node)));
        }
      }
    }
    for (const op of s.condition?.operators ?? []) {
      for (const key of op.keys) {
        if (key.name.toLowerCase() !== `${GITHUB}:sub`) continue;
        for (const v of key.values) if (v.type === 'string' && v.text.includes('*')) findings.push(finding(RULE, 'warning', text.wildcard(v.text), ctx.span(v.node)));
      }
    }
    return findings;
  },
};
