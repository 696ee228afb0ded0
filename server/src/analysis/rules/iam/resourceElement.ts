// Rule: iam/resource-element. Resource and NotResource per kind of policy. An identity policy statement needs
// exactly one of them with at least one value: IAM refuses both ("Syntax errors in policy.") and neither or an
// empty list ("Policy statement must contain resources.") (moto's policy validator, whose cases were captured from
// AWS; hashicorp/terraform#17987). A role trust policy applies to the role itself and must not have either:
// CreateRole refuses it with "Has prohibited field Resource" (kubernetes-sigs/external-dns#3085; Access Analyzer
// ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE). Resource policies usually need one too (Access Analyzer
// MISSING_RESOURCE), but their services' messages are not documented, so that is a warning.

import { pick, type Localized } from '../../util/i18n';
import type { ValueList } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, rejectionSeverity, statementName } from './support';

const RULE = 'iam/resource-element';

const TEXT: Localized<{
  both: (r: boolean) => string;
  missing: (statement: string, r: boolean) => string;
  missingResourcePolicy: (statement: string) => string;
  empty: (name: string, r: boolean) => string;
  trust: (name: string, r: boolean) => string;
  remove: (name: string) => string;
}> = {
  en: {
    both: (r) => `A statement takes Resource or NotResource, not both (Access Analyzer UNSUPPORTED_ELEMENT_COMBINATION).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"` : ''}`,
    missing: (s, r) => `${s} has neither Resource nor NotResource (Access Analyzer MISSING_RESOURCE).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.missingResources}"` : ''} Use "Resource": "*" for actions that take no resource.`,
    missingResourcePolicy: (s) => `${s} has neither Resource nor NotResource; resource policies name the resources they cover (Access Analyzer MISSING_RESOURCE).`,
    empty: (n, r) => `${n} is an empty list, which counts as no resources at all.${r ? ` IAM refuses the policy: "${AWS_MESSAGES.missingResources}"` : ' The statement does nothing (Access Analyzer EMPTY_ARRAY_RESOURCE).'}`,
    trust: (n, r) => `A role trust policy must not have ${n}: it always applies to the role it belongs to (Access Analyzer ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE).${r ? ` CreateRole and UpdateAssumeRolePolicy refuse it: "${AWS_MESSAGES.trustResource}"` : ''} Permissions for the role go into its permissions policies instead.`,
    remove: (n) => `Remove ${n}`,
  },
  ja: {
    both: (r) => `ステートメントには Resource か NotResource のどちらか一方だけを書きます（Access Analyzer UNSUPPORTED_ELEMENT_COMBINATION）。${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    missing: (s, r) => `${s} には Resource も NotResource もありません（Access Analyzer MISSING_RESOURCE）。${r ? `IAM は "${AWS_MESSAGES.missingResources}" で拒否します。` : ''}リソースを取らないアクションには "Resource": "*" を書いてください。`,
    missingResourcePolicy: (s) => `${s} には Resource も NotResource もありません。リソースポリシーは対象のリソースを明示します（Access Analyzer MISSING_RESOURCE）。`,
    empty: (n, r) => `${n} が空のリストで、リソースがないのと同じです。${r ? `IAM は "${AWS_MESSAGES.missingResources}" で拒否します。` : 'このステートメントは何もしません（Access Analyzer EMPTY_ARRAY_RESOURCE）。'}`,
    trust: (n, r) => `ロールの信頼ポリシーに ${n} は書けません。信頼ポリシーは常にそのロール自身に適用されます（Access Analyzer ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE）。${r ? `CreateRole と UpdateAssumeRolePolicy は "${AWS_MESSAGES.trustResource}" で拒否します。` : ''}ロールの権限は許可ポリシーの方に書いてください。`,
    remove: (n) => `${n} を削除`,
  },
};

function isEmpty(element: ValueList): boolean {
  return element.form === 'array' && element.strings.length === 0 && element.unknown.length === 0 && element.invalid.length === 0;
}

function check(ctx: StatementContext): Finding[] {
  const locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const severity = rejectionSeverity(ctx.policy.api, 'iam');
  const rejected = severity === 'error';
  const s = ctx.statement;
  const findings: Finding[] = [];
  const elements = [s.resource, s.notResource].filter((e): e is ValueList => e !== undefined);
  if (ctx.policy.kind === 'trust') {
    for (const element of elements) {
      const edit = ctx.edits.removeNode(element.key);
      findings.push(finding(RULE, severity, text.trust(element.name, rejected), ctx.span(element.key), {
        fixes: edit ? [{ title: text.remove(element.name), edits: [edit], isPreferred: false }] : [],
      }));
    }
    return findings;
  }
  if (elements.length === 2) {
    const later = s.resource!.key.offset > s.notResource!.key.offset ? s.resource! : s.notResource!;
    findings.push(finding(RULE, severity, text.both(rejected), ctx.span(later.key)));
  } else if (elements.length === 0) {
    if (ctx.isClosed(s.node)) findings.push(ctx.policy.kind === 'identity'
      ? finding(RULE, severity, text.missing(statementName(s, locale), rejected), ctx.brace)
      : finding(RULE, 'warning', text.missingResourcePolicy(statementName(s, locale)), ctx.brace));
  } else if (isEmpty(elements[0]) && elements[0].value) {
    const sev = ctx.policy.kind === 'identity' ? severity : 'warning';
    findings.push(finding(RULE, sev, text.empty(elements[0].name, sev === 'error'), ctx.span(elements[0].value)));
  }
  return findings;
}

export const resourceElement: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Resource or NotResource missing, doubled or not allowed', ja: 'Resource / NotResource の欠落・重複・禁止' },
    severity: 'error',
    description: {
      en: 'An identity policy statement needs exactly one of Resource and NotResource with at least one value; IAM ' +
        'refuses neither or an empty list ("Policy statement must contain resources.") and both ("Syntax errors in ' +
        'policy."). A role trust policy must have neither: CreateRole refuses it with "Has prohibited field Resource".',
      ja: 'アイデンティティポリシーのステートメントには Resource か NotResource のどちらか一方が値 1 つ以上で必要です。IAM はどちらも' +
        'ないか空のリストのもの（"Policy statement must contain resources."）と両方あるもの（"Syntax errors in policy."）を拒否します。' +
        'ロールの信頼ポリシーにはどちらも書けません。CreateRole は "Has prohibited field Resource" で拒否します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
      'https://github.com/hashicorp/terraform/issues/17987',
      'https://github.com/kubernetes-sigs/external-dns/issues/3085',
      'https://github.com/getmoto/moto/blob/master/tests/test_iam/test_iam_policies.py',
    ],
    accessAnalyzerCode: 'MISSING_RESOURCE',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:DescribeInstances"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:DescribeInstances","Resource":"*"}]}',
    },
    fix: {
      en: 'Add "Resource" to identity policy statements ("*" for actions without resources); remove it from trust policies.',
      ja: 'アイデンティティポリシーのステートメントには "Resource" を追加し（リソースのないアクションには "*"）、信頼ポリシーからは削除してください。',
    },
  },
  statement: check,
};
