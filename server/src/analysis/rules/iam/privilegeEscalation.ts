// Rule: iam/privilege-escalation. An identity policy that allows a set of actions known to let its holder raise
// their own permissions: Rhino Security Labs' published methods ("AWS IAM Privilege Escalation – Methods and
// Mitigation", https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/), which parliament's
// PRIVILEGE_ESCALATION community auditor and trivy's no_*_escalation checks also reproduce. A method counts when
// every one of its actions is allowed on a broad resource ("*", a wildcard resource part, or NotResource) by a
// statement without a Condition, and no unconditional Deny on "*" takes it back. A policy with full administrator
// access is left to iam/full-access, which already says more. The finding names the first method and counts the rest.

import { pick, type Localized } from '../../util/i18n';
import { actionMatches, splitArn } from '../../iam/grammar';
import type { PolicyView, StatementView, StringItem } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { grantsNothingOf } from './grantsNothingOf';
import { finding, openingBrace } from './support';

const RULE = 'iam/privilege-escalation';

/** Rhino Security Labs' methods, each a name and the actions it needs together (source above). */
export const ESCALATION_METHODS: readonly { name: string; actions: readonly string[] }[] = [
  { name: 'create a new version of a policy', actions: ['iam:CreatePolicyVersion'] },
  { name: 'make an older policy version the default', actions: ['iam:SetDefaultPolicyVersion'] },
  { name: 'attach a policy to a user', actions: ['iam:AttachUserPolicy'] },
  { name: 'attach a policy to a group', actions: ['iam:AttachGroupPolicy'] },
  { name: 'attach a policy to a role and assume it', actions: ['iam:AttachRolePolicy', 'sts:AssumeRole'] },
  { name: 'write an inline policy of a user', actions: ['iam:PutUserPolicy'] },
  { name: 'write an inline policy of a group', actions: ['iam:PutGroupPolicy'] },
  { name: 'write an inline policy of a role and assume it', actions: ['iam:PutRolePolicy', 'sts:AssumeRole'] },
  { name: 'add a user to a group', actions: ['iam:AddUserToGroup'] },
  { name: 'rewrite a role\'s trust policy and assume it', actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'] },
  { name: 'create access keys for another user', actions: ['iam:CreateAccessKey'] },
  { name: 'set a console password for another user', actions: ['iam:CreateLoginProfile'] },
  { name: 'change another user\'s console password', actions: ['iam:UpdateLoginProfile'] },
  { name: 'pass a role to a new EC2 instance', actions: ['iam:PassRole', 'ec2:RunInstances'] },
  { name: 'pass a role to a new Lambda function and invoke it', actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'] },
  { name: 'pass a role to a new Lambda function triggered by an event source', actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'] },
  { name: 'replace the code of an existing Lambda function', actions: ['lambda:UpdateFunctionCode'] },
  { name: 'pass a role to a new Glue development endpoint', actions: ['iam:PassRole', 'glue:CreateDevEndpoint'] },
  { name: 'take over an existing Glue development endpoint', actions: ['glue:UpdateDevEndpoint'] },
  { name: 'pass a role to a new CloudFormation stack', actions: ['iam:PassRole', 'cloudformation:CreateStack'] },
  { name: 'pass a role to a new Data Pipeline', actions: ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'] },
];

const TEXT: Localized<(actions: string, method: string, more: number) => string> = {
  en: (actions, method, more) => `This policy lets its holder escalate privileges: ${method}. ` +
    `It allows ${actions} on any resource, one of Rhino Security Labs' published methods` +
    `${more > 0 ? `, and ${more} other such method${more > 1 ? 's' : ''}` : ''}. Limit the resources, or add conditions.`,
  ja: (actions, method, more) => `このポリシーの保持者は権限を昇格できます（${ESCALATION_JA[method] ?? method}）。` +
    `${actions} を任意のリソースに許可しており、Rhino Security Labs が公開した手法に当たります` +
    `${more > 0 ? `（ほかに ${more} 個の手法も当てはまります）` : ''}。リソースを限定するか、条件を追加してください。`,
};

const ESCALATION_JA: Record<string, string> = {
  'create a new version of a policy': 'ポリシーの新しいバージョンを作る',
  'make an older policy version the default': '古いポリシーバージョンをデフォルトにする',
  'attach a policy to a user': 'ユーザーにポリシーをアタッチする',
  'attach a policy to a group': 'グループにポリシーをアタッチする',
  'attach a policy to a role and assume it': 'ロールにポリシーをアタッチして引き受ける',
  'write an inline policy of a user': 'ユーザーのインラインポリシーを書き込む',
  'write an inline policy of a group': 'グループのインラインポリシーを書き込む',
  'write an inline policy of a role and assume it': 'ロールのインラインポリシーを書き込んで引き受ける',
  'add a user to a group': 'ユーザーをグループに追加する',
  'rewrite a role\'s trust policy and assume it': 'ロールの信頼ポリシーを書き換えて引き受ける',
  'create access keys for another user': '他のユーザーのアクセスキーを作る',
  'set a console password for another user': '他のユーザーのコンソールパスワードを設定する',
  'change another user\'s console password': '他のユーザーのコンソールパスワードを変更する',
  'pass a role to a new EC2 instance': '新しい EC2 インスタンスにロールを渡す',
  'pass a role to a new Lambda function and invoke it': '新しい Lambda 関数にロールを渡して呼び出す',
  'pass a role to a new Lambda function triggered by an event source': '新しい Lambda 関数にロールを渡してイベントソースから起動する',
  'replace the code of an existing Lambda function': '既存の Lambda 関数のコードを置き換える',
  'pass a role to a new Glue development endpoint': '新しい Glue 開発エンドポイントにロールを渡す',
  'take over an existing Glue development endpoint': '既存の Glue 開発エンドポイントを乗っ取る',
  'pass a role to a new CloudFormation stack': '新しい CloudFormation スタックにロールを渡す',
  'pass a role to a new Data Pipeline': '新しい Data Pipeline にロールを渡す',
};

/** A resource entry that covers any resource of its type: "*", or an ARN whose resource part is a bare wildcard. */
function isBroadResource(value: string): boolean {
  if (value === '*') return true;
  const arn = splitArn(value);
  if (!arn || value.includes('${')) return false;
  return arn.resource === '*' || /^[^/*?]+\/\*$/.test(arn.resource);
}

/** Where a statement allows `action` broadly, unconditionally: the action entry (or NotAction key) that grants it. */
function grantingEntry(s: StatementView, action: string): StringItem | 'notAction' | undefined {
  if (s.effectValue !== 'Allow' || s.condition || grantsNothingOf(s)) return undefined;
  const lists = [s.action, s.notAction, s.resource, s.notResource];
  if (lists.some((l) => l && (l.unknown.length > 0 || l.form === 'invalid'))) return undefined;
  if (s.resource && !s.resource.strings.some((r) => isBroadResource(r.value))) return undefined;
  if (!s.resource && !s.notResource) return undefined;
  if (s.action) return s.action.strings.find((a) => actionMatches(a.value, action, undefined));
  if (s.notAction && !s.notAction.strings.some((a) => actionMatches(a.value, action, undefined))) return 'notAction';
  return undefined;
}

/** Whether an unconditional Deny on every resource takes the action back. */
function deniedEverywhere(statements: readonly StatementView[], action: string): boolean {
  return statements.some((s) => s.effectValue === 'Deny' && !s.condition && !s.notResource && !s.notAction
    && s.resource?.strings.some((r) => r.value === '*') === true && s.action?.strings.some((a) => actionMatches(a.value, action, undefined)) === true);
}

function isFullAccess(s: StatementView): boolean {
  return s.effectValue === 'Allow' && !s.condition && s.action?.strings.some((a) => a.value === '*' || a.value === '*:*') === true
    && s.resource?.strings.some((r) => r.value === '*') === true;
}

export const privilegeEscalation: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Privilege escalation path', ja: '権限昇格の経路' },
    severity: 'warning',
    description: {
      en: 'An identity policy allows, on any resource and without a condition, a set of actions from Rhino Security Labs\' ' +
        'published privilege escalation methods, such as iam:CreatePolicyVersion, iam:AttachUserPolicy, or iam:PassRole ' +
        'with lambda:CreateFunction and lambda:InvokeFunction. Whoever holds the policy can give themselves more permissions ' +
        '(parliament PRIVILEGE_ESCALATION).',
      ja: 'ID ベースのポリシーが、Rhino Security Labs の公開した権限昇格手法のアクションの組（iam:CreatePolicyVersion、' +
        'iam:AttachUserPolicy、iam:PassRole と lambda:CreateFunction と lambda:InvokeFunction など）を、任意のリソースに条件なしで許可しています。' +
        'ポリシーの保持者は自分に権限を追加できます（parliament PRIVILEGE_ESCALATION）。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
      'https://github.com/duo-labs/parliament',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreatePolicyVersion","iam:GetPolicy"],"Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetPolicy","Resource":"*"}]}',
    },
    fix: {
      en: 'Grant these actions only on the resources that need them, or with conditions (such as iam:PassedToService or a permissions boundary).',
      ja: 'これらのアクションは必要なリソースだけに、または条件（iam:PassedToService やアクセス許可の境界など）付きで許可してください。',
    },
  },
  policy(view: PolicyView, ctx) {
    if (view.target.kind !== 'identity' || view.statements.some(isFullAccess)) return [];
    const hits: { method: string; actions: readonly string[]; entry: StringItem | 'notAction'; statement: StatementView }[] = [];
    for (const method of ESCALATION_METHODS) {
      let first: { entry: StringItem | 'notAction'; statement: StatementView } | undefined;
      const all = method.actions.every((action) => {
        if (deniedEverywhere(view.statements, action)) return false;
        for (const statement of view.statements) {
          const entry = grantingEntry(statement, action);
          if (entry) {
            first ??= { entry, statement };
            return true;
          }
        }
        return false;
      });
      if (all && first) hits.push({ method: method.name, actions: method.actions, ...first });
    }
    if (hits.length === 0) return [];
    const [hit] = hits;
    const span = hit.entry === 'notAction' ? (hit.statement.notAction ? view.span(hit.statement.notAction.key) : openingBrace(view)) : view.span(hit.entry.node);
    const message = pick(TEXT, ctx.options.locale)(hit.actions.join(' + '), hit.method, hits.length - 1);
    const found: Finding[] = [finding(RULE, 'warning', message, span)];
    return found;
  },
};
