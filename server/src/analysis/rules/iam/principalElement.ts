// Rule: iam/principal-element. Principal and NotPrincipal per kind of policy. An identity policy is attached to
// its principal and must not name one: IAM refuses it with "Policy document should not specify a principal."
// (hashicorp/terraform#13449). Resource policies and role trust policies must name one: S3 refuses a statement
// without it with "Missing required field Principal" (hashicorp/terraform#28688) and an empty one with "…cannot
// be empty!" (cn-terraform/terraform-aws-s3-static-website#38). A role trust policy does not support
// NotPrincipal (Access Analyzer ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL), and no statement takes both.

import { pick, type Localized } from '../../util/i18n';
import type { PrincipalView } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, rejectionSeverity, statementName } from './support';

const RULE = 'iam/principal-element';

const TEXT: Localized<{
  identity: (name: string, r: boolean) => string;
  missing: (statement: string, trust: boolean, s3: boolean) => string;
  empty: (name: string, r: boolean) => string;
  both: string;
  trustNot: (r: boolean) => string;
  remove: (name: string) => string;
}> = {
  en: {
    identity: (n, r) => `An identity policy applies to the user, group or role it is attached to and must not name a ${n} (Access Analyzer UNSUPPORTED_PRINCIPAL).${r ? ` IAM refuses it: "${AWS_MESSAGES.principalInIdentity}"` : ''} If this is meant as a resource policy, attach it to the resource instead.`,
    missing: (s, trust, s3) => `${s} has no Principal; a ${trust ? 'role trust policy' : 'resource policy'} must say who it applies to (Access Analyzer MISSING_PRINCIPAL).${s3 ? ` S3 refuses it: "${AWS_MESSAGES.s3MissingPrincipal}"` : ''}`,
    empty: (n, r) => `${n} names no principal at all (Access Analyzer EMPTY_OBJECT_PRINCIPAL).${r ? ' AWS refuses it: "Missing required field Principal cannot be empty!"' : ' The statement does nothing.'}`,
    both: 'A statement takes Principal or NotPrincipal, not both (Access Analyzer UNSUPPORTED_ELEMENT_COMBINATION).',
    trustNot: (r) => `A role trust policy does not support NotPrincipal; name the principals that may assume the role with Principal (Access Analyzer ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL).${r ? ' IAM refuses it.' : ''}`,
    remove: (n) => `Remove ${n}`,
  },
  ja: {
    identity: (n, r) => `アイデンティティポリシーはアタッチ先のユーザー・グループ・ロールに適用されるため、${n} は書けません（Access Analyzer UNSUPPORTED_PRINCIPAL）。${r ? `IAM は "${AWS_MESSAGES.principalInIdentity}" で拒否します。` : ''}リソースポリシーのつもりなら、リソースにアタッチしてください。`,
    missing: (s, trust, s3) => `${s} に Principal がありません。${trust ? 'ロールの信頼ポリシー' : 'リソースポリシー'}は誰に適用するかを書く必要があります（Access Analyzer MISSING_PRINCIPAL）。${s3 ? `S3 は "${AWS_MESSAGES.s3MissingPrincipal}" で拒否します。` : ''}`,
    empty: (n, r) => `${n} にプリンシパルが 1 つもありません（Access Analyzer EMPTY_OBJECT_PRINCIPAL）。${r ? 'AWS は "Missing required field Principal cannot be empty!" で拒否します。' : 'このステートメントは何もしません。'}`,
    both: 'ステートメントには Principal か NotPrincipal のどちらか一方だけを書きます（Access Analyzer UNSUPPORTED_ELEMENT_COMBINATION）。',
    trustNot: (r) => `ロールの信頼ポリシーは NotPrincipal に対応していません。ロールを引き受けられるプリンシパルを Principal で書いてください（Access Analyzer ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL）。${r ? 'IAM は拒否します。' : ''}`,
    remove: (n) => `${n} を削除`,
  },
};

/** Whether a principal element lists nothing: `{}` or only empty lists. */
function isEmpty(p: PrincipalView): boolean {
  return p.form === 'object' && p.entries.every((e) => e.form === 'array' && e.strings.length === 0 && e.unknown.length === 0 && e.invalid.length === 0);
}

function check(ctx: StatementContext): Finding[] {
  const locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const { policy, statement: s } = ctx;
  const findings: Finding[] = [];
  const elements = [s.principal, s.notPrincipal].filter((p): p is PrincipalView => p !== undefined);
  if (policy.kind === 'identity') {
    const severity = rejectionSeverity(policy.api, 'iam');
    for (const element of elements) {
      const edit = ctx.edits.removeNode(element.key);
      findings.push(finding(RULE, severity, text.identity(element.name, severity === 'error'), ctx.span(element.key), {
        fixes: edit ? [{ title: text.remove(element.name), edits: [edit], isPreferred: false }] : [],
      }));
    }
    return findings;
  }
  const trust = policy.kind === 'trust';
  if (elements.length === 0) {
    if (!ctx.isClosed(s.node)) return findings;
    const severity = trust || policy.api === 's3-bucket' ? 'error' : 'warning';
    findings.push(finding(RULE, severity, text.missing(statementName(s, locale), trust, policy.api === 's3-bucket'), ctx.brace));
    return findings;
  }
  if (elements.length === 2) findings.push(finding(RULE, rejectionSeverity(policy.api, 'iam-and-s3'), text.both, ctx.span(s.notPrincipal!.key)));
  if (trust && s.notPrincipal) findings.push(finding(RULE, 'error', text.trustNot(true), ctx.span(s.notPrincipal.key)));
  for (const element of elements) {
    if (!isEmpty(element) || !element.value) continue;
    const rejected = trust || policy.api === 's3-bucket';
    findings.push(finding(RULE, rejected ? 'error' : 'hint', text.empty(element.name, rejected), ctx.span(element.value)));
  }
  return findings;
}

export const principalElement: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Principal missing or not allowed', ja: 'Principal の欠落または禁止' },
    severity: 'error',
    description: {
      en: 'Identity policies must not have Principal or NotPrincipal (IAM: "Policy document should not specify a ' +
        'principal."). Resource policies and role trust policies must have one (S3: "Missing required field ' +
        'Principal"), and a trust policy cannot use NotPrincipal.',
      ja: 'アイデンティティポリシーに Principal や NotPrincipal は書けません（IAM: "Policy document should not specify a principal."）。' +
        'リソースポリシーとロールの信頼ポリシーには必要です（S3: "Missing required field Principal"）。信頼ポリシーでは NotPrincipal を使えません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      'https://github.com/hashicorp/terraform/issues/13449',
      'https://github.com/hashicorp/terraform/issues/28688',
      'https://github.com/cn-terraform/terraform-aws-s3-static-website/issues/38',
    ],
    accessAnalyzerCode: 'MISSING_PRINCIPAL',
    example: {
      bad: '{"Bucket":"b","Policy":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::b/*\\"}]}"}',
      good: '{"Bucket":"b","Policy":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"arn:aws:iam::111122223333:root\\"},\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"arn:aws:s3:::b/*\\"}]}"}',
    },
    fix: {
      en: 'Name the principal in resource and trust policies; remove it from identity policies.',
      ja: 'リソースポリシーと信頼ポリシーにはプリンシパルを書き、アイデンティティポリシーからは削除してください。',
    },
  },
  statement: check,
};
