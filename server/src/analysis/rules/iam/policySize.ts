// Rule: iam/policy-size. Policy size against the quota of the API that receives it, counted the way that API counts
// (IAMUG reference_iam-quotas; AWS re:Post iam-increase-policy-size). IAM counts characters without white space:
// 6,144 for a managed policy ("LimitExceeded: Cannot exceed quota for PolicySize: 6144"), 10,240 / 2,048 / 5,120
// for all inline policies of a role / user / group together ("Maximum policy size of 10240 bytes exceeded for role
// …"), and 2,048 for a role trust policy (adjustable). S3 counts the bytes of a bucket policy as sent, white space
// included (20 KB), and SQS those of a queue policy (8,192). Quotas are raised over time and per account, so each
// is a setting. Inline policies of one CloudFormation role, user or group are summed. A standalone file could go
// anywhere, so it is measured against the managed-policy quota as a warning. A saved CLI output holds a policy AWS
// already has (AWS managed policies exceed the customer quota by design), so its size is information about a copy.

import type { PolicyTarget } from '../../document/classify';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { destinationOf, type PolicyDestination } from '../../iam/destination';
import { policiesOf, type PolicyView } from '../../iam/policyView';
import type { Quotas } from '../../options';
import { derivedOf, type ParsedDocument } from '../../document/parse';
import { statementTextFacts } from '../../iam/statementReuse';
import type { Finding, Severity, Span } from '../../types';
import type { PolicyContext, Rule, RuleContext } from '../types';
import { finding, openingBrace } from './support';

const RULE = 'iam/policy-size';

interface Limit {
  setting: keyof Quotas;
  /** `characters` without white space (IAM) or `bytes` of the text as sent (S3, SQS). */
  unit: 'characters' | 'bytes';
  severity: Severity;
}

const LIMITS: Partial<Record<PolicyDestination, Limit>> = {
  managed: { setting: 'iamManagedPolicySize', unit: 'characters', severity: 'error' },
  'identity-file': { setting: 'iamManagedPolicySize', unit: 'characters', severity: 'warning' },
  'inline-role': { setting: 'iamRoleInlinePolicySize', unit: 'characters', severity: 'error' },
  'inline-user': { setting: 'iamUserInlinePolicySize', unit: 'characters', severity: 'error' },
  'inline-group': { setting: 'iamGroupInlinePolicySize', unit: 'characters', severity: 'error' },
  // AWS::IAM::Policy may attach to roles, users and groups; the largest quota never over-reports.
  inline: { setting: 'iamRoleInlinePolicySize', unit: 'characters', severity: 'warning' },
  trust: { setting: 'iamTrustPolicySize', unit: 'characters', severity: 'error' },
  's3-bucket': { setting: 's3BucketPolicySize', unit: 'bytes', severity: 'error' },
  'sqs-queue': { setting: 'sqsQueuePolicySize', unit: 'bytes', severity: 'error' },
};

/** The AWS CLI command that would send a copy of a saved policy back to its API. */
const SEND_COMMAND: Partial<Record<PolicyDestination, string>> = {
  managed: 'create-policy',
  'identity-file': 'create-policy',
  'inline-role': 'put-role-policy',
  'inline-user': 'put-user-policy',
  'inline-group': 'put-group-policy',
  inline: 'put-role-policy',
  trust: 'update-assume-role-policy',
  's3-bucket': 'put-bucket-policy',
  'sqs-queue': 'set-queue-attributes',
};

const TEXT: Localized<{
  what: Record<string, string>;
  message: (what: string, size: number, unit: 'characters' | 'bytes', quota: number, setting: string, count: number) => string;
  /** For a saved CLI output: the policy exists in AWS already, so the size is information about copies of it. */
  saved: (size: number, unit: 'characters' | 'bytes', quota: number, send: string, command: string, awsManaged: boolean) => string;
}> = {
  en: {
    what: {
      managed: 'This managed policy',
      'identity-file': 'This policy',
      'inline-role': 'The inline policies of this role',
      'inline-user': 'The inline policies of this user',
      'inline-group': 'The inline policies of this group',
      inline: 'This inline policy',
      trust: 'This trust policy',
      's3-bucket': 'This bucket policy',
      'sqs-queue': 'This queue policy',
    },
    message: (w, size, unit, q, setting, count) =>
      `${w}${count > 1 ? ` (${count} policies together)` : ''} ${count > 1 ? 'have' : 'has'} ${size.toLocaleString('en-US')} ${unit === 'characters' ? 'characters not counting white space' : 'bytes'}, over the quota of ${q.toLocaleString('en-US')}${unit === 'characters' ? ' (Access Analyzer POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA)' : ''}. AWS refuses it with a LimitExceeded error. Split it into smaller policies; if your account's quota is higher, set cloudfrontIamLens.quotas.${setting}.`,
    saved: (size, unit, q, send, command, managed) =>
      `A copy sent with ${send} would be refused: ${size.toLocaleString('en-US')} ${unit === 'characters' ? 'characters without white space' : 'bytes'}, over the quota of ${q.toLocaleString('en-US')}.${unit === 'characters' ? ' (Access Analyzer POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA)' : ''} ${managed ? 'This is an AWS managed policy, which the customer quota does not bind' : `This ${command} output describes a policy AWS already holds`}, so its size is no error here.`,
  },
  ja: {
    what: {
      managed: 'この管理ポリシー',
      'identity-file': 'このポリシー',
      'inline-role': 'このロールのインラインポリシー',
      'inline-user': 'このユーザーのインラインポリシー',
      'inline-group': 'このグループのインラインポリシー',
      inline: 'このインラインポリシー',
      trust: 'この信頼ポリシー',
      's3-bucket': 'このバケットポリシー',
      'sqs-queue': 'このキューポリシー',
    },
    message: (w, size, unit, q, setting, count) =>
      `${w}${count > 1 ? `（${count} 個の合計）` : ''}は${unit === 'characters' ? '空白を除いて ' : ' '}${size} ${unit === 'characters' ? '文字' : 'バイト'}で、クォータ ${q} を超えています${unit === 'characters' ? '（Access Analyzer POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA）' : ''}。AWS は LimitExceeded エラーで拒否します。小さなポリシーに分けてください。アカウントのクォータが引き上げ済みなら cloudfrontIamLens.quotas.${setting} を設定してください。`,
    saved: (size, unit, q, send, command, managed) =>
      `${send} で複製を送ると拒否されます。${unit === 'characters' ? '空白を除いて ' : ''}${size} ${unit === 'characters' ? '文字' : 'バイト'}で、クォータ ${q} を超えています${unit === 'characters' ? '（Access Analyzer POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA）' : ''}。${managed ? 'これはユーザー側のクォータの対象外である AWS 管理ポリシーです' : `この ${command} 出力は AWS にすでにあるポリシーを表しています`}。そのため、ここでの大きさはエラーではありません。`,
  },
};

/** The text that is sent for a policy: the file, the decoded string, or the object's own text. */
function sentText(target: PolicyTarget): { text: string; start: number; end: number } | undefined {
  const root = target.root;
  if (!root) return undefined;
  if (target.embedding === 'object') return { text: target.text, start: root.offset, end: root.offset + root.length };
  return { text: target.text, start: 0, end: target.text.length };
}

/** Characters outside white space that is outside strings: how IAM counts. */
export function countWithoutWhitespace(text: string, start = 0, end = text.length): number {
  let count = 0;
  let inString = false;
  // Character codes rather than one-character strings: this runs over the whole policy on every version.
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      count++;
      if (code === 0x5c /* \\ */) {
        if (i + 1 < end) count++;
        i++;
      } else if (code === 0x22 /* " */) {
        inString = false;
      }
      continue;
    }
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue;
    count++;
    if (code === 0x22) inString = true;
  }
  return count;
}

/** UTF-8 bytes of a text, without Node's Buffer, so analysis stays free of Node APIs. */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * `countWithoutWhitespace` of the text sent, with each statement's count kept by its text across versions
 * while the document parses cleanly: a statement starts and ends outside any string, so the counts of the
 * statements and of the text between them add up to the count of the whole.
 */
function countSent(ctx: RuleContext, view: PolicyView, sent: { text: string; start: number; end: number }): number {
  const facts = statementTextFacts(ctx.doc, ctx.options, view);
  if (!facts) return countWithoutWhitespace(sent.text, sent.start, sent.end);
  let count = 0;
  let at = sent.start;
  for (const [i, s] of view.statements.entries()) {
    const from = s.node.offset;
    const to = from + s.node.length;
    if (from < at || to > sent.end) return countWithoutWhitespace(sent.text, sent.start, sent.end);
    count += countWithoutWhitespace(sent.text, at, from);
    count += facts[i].characters ??= countWithoutWhitespace(sent.text, from, to);
    at = to;
  }
  return count + countWithoutWhitespace(sent.text, at, sent.end);
}

function sizeOf(ctx: RuleContext, view: PolicyView, unit: 'characters' | 'bytes'): number | undefined {
  const target = view.target;
  const sent = sentText(target);
  if (!sent) return undefined;
  if (unit === 'characters') return countSent(ctx, view, sent);
  // CloudFormation serialises a policy object without the template's indentation; an ASCII policy has as
  // many bytes as characters.
  if (target.embedding === 'object') return countSent(ctx, view, sent);
  return utf8Length(sent.text, sent.start, sent.end);
}

/** Where a size finding is shown: the key of the property that holds the policy, or its opening brace. */
function anchor(view: PolicyView): Span {
  const holder = view.target.holder;
  const key = holder.parent?.type === 'property' ? holder.parent.children?.[0] : undefined;
  if (key && view.target.embedding !== 'document') return { offset: key.offset, length: key.length };
  return openingBrace(view);
}

const GROUPS = Symbol('policy-size groups');

/**
 * The policies that share one quota with `view`, in document order: the inline policies of one template resource
 * together, every other policy alone. Grouped once per document version.
 */
function groupOf(doc: ParsedDocument, view: PolicyView): PolicyView[] {
  const origin = view.target.origin;
  if (origin.source !== 'cloudformation' || origin.property !== 'Policies') return [view];
  const groups = derivedOf(doc, GROUPS, () => {
    const byResource = new Map<string, PolicyView[]>();
    for (const member of policiesOf(doc)) {
      const o = member.target.origin;
      if (o.source !== 'cloudformation' || o.property !== 'Policies') continue;
      const group = byResource.get(o.logicalId);
      if (group) group.push(member);
      else byResource.set(o.logicalId, [member]);
    }
    return byResource;
  });
  return groups.get(origin.logicalId) ?? [view];
}

/**
 * A finding on the policy of its group at which the group's total first exceeds the quota: the policies before it
 * are counted in, the ones after it are not looked at.
 */
function check(view: PolicyView, ctx: PolicyContext): Finding[] {
  const locale: Locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const group = groupOf(ctx.doc, view);
  const destination = destinationOf(group[0].target);
  const limit = LIMITS[destination];
  if (!limit) return [];
  const quota = ctx.options.quotas[limit.setting];
  // Options built before these quotas existed carry none; without a quota there is nothing to compare.
  if (typeof quota !== 'number' || !(quota > 0)) return [];
  let total = 0;
  for (const [i, member] of group.entries()) {
    const size = sizeOf(ctx, member, limit.unit);
    if (size === undefined) {
      if (member === view) return [];
      continue;
    }
    total += size;
    if (total <= quota) {
      if (member === view) return [];
      continue;
    }
    if (member !== view) return [];
    const origin = view.target.origin;
    // A saved output (get-policy-version and the like) describes a policy AWS already holds: AWS managed policies
    // are over the customer-managed quota by design, so the size only matters for a copy sent back to IAM.
    if (origin.source === 'cli' && origin.output) {
      const send = SEND_COMMAND[destination] ?? 'create-policy';
      return [finding(RULE, 'info', text.saved(total, limit.unit, quota, send, origin.command, origin.awsManaged === true), anchor(view))];
    }
    return [finding(RULE, limit.severity, text.message(text.what[destination] ?? text.what.inline, total, limit.unit, quota, limit.setting, i + 1), anchor(view))];
  }
  return [];
}

export const policySize: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Policy larger than its quota', ja: 'ポリシーがクォータより大きい' },
    severity: 'error',
    description: {
      en: 'Measures a policy the way the receiving API does: IAM counts characters without white space (managed ' +
        'policy 6,144; all inline policies of a role 10,240, of a user 2,048, of a group 5,120; trust policy 2,048), ' +
        'S3 counts the bytes of a bucket policy as sent (20 KB) and SQS those of a queue policy (8,192). Each quota ' +
        'is a setting, since AWS raises quotas over time and per account. A saved CLI output (get-policy-version and ' +
        'the like) describes a policy AWS already holds, and AWS managed policies are over the customer quota by ' +
        'design, so for those the size is information about a copy sent back, never an error.',
      ja: '受け取る API と同じ数え方でポリシーの大きさを測ります。IAM は空白を除いた文字数（管理ポリシー 6,144、ロールのインライン' +
        'ポリシー合計 10,240、ユーザー 2,048、グループ 5,120、信頼ポリシー 2,048）、S3 は送信されるバケットポリシーのバイト数（20 KB）、' +
        'SQS はキューポリシーのバイト数（8,192）です。クォータは時とともに、またアカウントごとに引き上げられるため、それぞれ設定できます。' +
        '保存した CLI 出力（get-policy-version など）は AWS にすでにあるポリシーを表し、AWS 管理ポリシーはもともとユーザー側のクォータを超えるため、' +
        'その大きさは複製を送る場合の情報であり、エラーにはしません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
      'https://repost.aws/knowledge-center/iam-increase-policy-size',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-iam-policies.html',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-policies.html',
    ],
    accessAnalyzerCode: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
    fix: {
      en: 'Split the policy into several smaller ones, merge statements, or use wildcards; or raise the quota setting if your account has a higher quota.',
      ja: 'ポリシーを複数に分ける、ステートメントをまとめる、ワイルドカードを使うなどしてください。アカウントのクォータが高い場合は設定を引き上げてください。',
    },
  },
  policy: check,
};
