// Rule: iam/version. The Version element: missing, the legacy 2008-10-17, or a value IAM does not know.
// CreatePolicy (and so AWS::IAM::ManagedPolicy) refuses anything but 2012-10-17 with "Policy document must be
// version 2012-10-17 or greater."; every IAM API refuses an unknown version with "Syntax errors in policy."
// (moto's cases captured from AWS). Elsewhere a missing or old Version is
// accepted, but the policy is then read with the 2008 grammar, where policy variables are plain text; Access
// Analyzer reports MISSING_VERSION (warning) and INVALID_VERSION (error).

import { pick, type Localized } from '../../util/i18n';
import { destinationOf } from '../../iam/destination';
import { POLICY_VERSIONS } from '../../iam/grammar';
import type { PolicyView } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { PolicyContext, Rule } from '../types';
import { AWS_MESSAGES, finding, openingBrace, quote, rejectionSeverity } from './support';

const RULE = 'iam/version';

const TEXT: Localized<{
  missingManaged: string;
  missing: string;
  oldManaged: string;
  old: string;
  invalid: (value: string, rejected: boolean) => string;
  add: string;
  set: string;
}> = {
  en: {
    missingManaged: `This managed policy has no Version. CreatePolicy refuses it: "${AWS_MESSAGES.version}" Add "Version": "2012-10-17".`,
    missing: 'This policy has no Version, so IAM reads it with the 2008-10-17 grammar, where policy variables such as ${aws:username} are plain text (Access Analyzer MISSING_VERSION). Add "Version": "2012-10-17".',
    oldManaged: `Managed policies must use Version 2012-10-17. CreatePolicy refuses 2008-10-17: "${AWS_MESSAGES.version}"`,
    old: 'Version 2008-10-17 is the legacy policy language: policy variables such as ${aws:username} are plain text there. Use "2012-10-17".',
    invalid: (v, rejected) => `${quote(v)} is not a policy language version; only "2012-10-17" and "2008-10-17" exist (Access Analyzer INVALID_VERSION).${rejected ? ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"` : ''}`,
    add: 'Add "Version": "2012-10-17"',
    set: 'Change the Version to "2012-10-17"',
  },
  ja: {
    missingManaged: `この管理ポリシーには Version がありません。CreatePolicy は "${AWS_MESSAGES.version}" で拒否します。"Version": "2012-10-17" を追加してください。`,
    missing: 'このポリシーには Version がないため、IAM は 2008-10-17 の文法で読みます。その場合 ${aws:username} などのポリシー変数はただの文字列になります（Access Analyzer MISSING_VERSION）。"Version": "2012-10-17" を追加してください。',
    oldManaged: `管理ポリシーの Version は 2012-10-17 でなければなりません。CreatePolicy は 2008-10-17 を "${AWS_MESSAGES.version}" で拒否します。`,
    old: 'Version 2008-10-17 は旧いポリシー言語です。${aws:username} などのポリシー変数はただの文字列として扱われます。"2012-10-17" を使ってください。',
    invalid: (v, rejected) => `${quote(v)} はポリシー言語のバージョンではありません。存在するのは "2012-10-17" と "2008-10-17" だけです（Access Analyzer INVALID_VERSION）。${rejected ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    add: '"Version": "2012-10-17" を追加',
    set: 'Version を "2012-10-17" に変更',
  },
};

function check(view: PolicyView, ctx: PolicyContext): Finding[] {
  const root = view.root;
  if (!root) return [];
  const text = pick(TEXT, ctx.options.locale);
  const edits = view.target.edits;
  const managed = destinationOf(view.target) === 'managed';
  const version = view.version;
  if (!version) {
    // The member goes first, where readers expect it.
    const fix = { title: text.add, edits: [edits.insertMember(root, 'Version', '2012-10-17', true)], isPreferred: true };
    return [finding(RULE, managed ? 'error' : 'warning', managed ? text.missingManaged : text.missing, openingBrace(view), { fixes: [fix] })];
  }
  const value = version.value;
  if (!value || value.type !== 'string') return []; // A non-string Version is iam/policy-structure's finding.
  const set = { title: text.set, edits: [edits.replaceValue(value, '2012-10-17')], isPreferred: true };
  if (view.versionValue === '2012-10-17') return [];
  if (view.versionValue === POLICY_VERSIONS[1]) {
    return [finding(RULE, managed ? 'error' : 'warning', managed ? text.oldManaged : text.old, view.span(value), { fixes: [set] })];
  }
  const severity = rejectionSeverity(view.target.api, 'iam');
  return [finding(RULE, severity, text.invalid(String(view.versionValue), severity === 'error'), view.span(value), { fixes: [set] })];
}

export const version: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Policy Version must be 2012-10-17', ja: 'ポリシーの Version は 2012-10-17 にする' },
    severity: 'warning',
    description: {
      en: 'The Version element selects the policy language. CreatePolicy, and so AWS::IAM::ManagedPolicy, refuses a ' +
        'policy without Version or with 2008-10-17 ("Policy document must be version 2012-10-17 or greater."), and ' +
        'every IAM API refuses an unknown version ("Syntax errors in policy."). Elsewhere a missing or old Version is ' +
        'accepted but turns policy variables into plain text. Errors where AWS refuses, warnings elsewhere.',
      ja: 'Version 要素はポリシー言語を選びます。CreatePolicy（つまり AWS::IAM::ManagedPolicy）は Version のない、または ' +
        '2008-10-17 のポリシーを "Policy document must be version 2012-10-17 or greater." で拒否し、IAM のすべての API は' +
        '未知のバージョンを "Syntax errors in policy." で拒否します。それ以外では Version の欠落や旧バージョンも受け付けられますが、' +
        'ポリシー変数がただの文字列になります。AWS が拒否する場合はエラー、それ以外は警告です。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
      'https://github.com/getmoto/moto/blob/master/moto/iam/policy_validation.py',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'MISSING_VERSION',
    example: {
      bad: '{"PolicyName":"p","PolicyDocument":"{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}"}',
      good: '{"PolicyName":"p","PolicyDocument":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}"}',
    },
    fix: {
      en: 'Put "Version": "2012-10-17" at the top of the policy.',
      ja: 'ポリシーの先頭に "Version": "2012-10-17" を書いてください。',
    },
  },
  policy: check,
};
