// Rule: iam/leading-whitespace. A policy whose text does not begin with `{`.
// IAM and S3 refuse such a document before reading it, each with its own message (hashicorp/terraform#14652,
// hashicorp/terraform-provider-aws#12267).
// The check applies to what is actually sent: the whole file for `file://` policies, and the decoded
// value for policies held in JSON strings. Policies written as objects are serialised by the tool that
// sends them, so they cannot carry leading whitespace.

import type { PolicyApi, PolicyTarget } from '../../document/classify';
import { pick, type Locale, type Localized } from '../../util/i18n';
import type { Finding, Severity } from '../../types';
import type { Rule } from '../types';

const REJECTIONS: Localized<Record<PolicyApi, string>> = {
  en: {
    'iam-identity': 'IAM refuses it: PutRolePolicy, PutUserPolicy, PutGroupPolicy and CreatePolicy fail with ' +
      '"MalformedPolicyDocument: The policy failed legacy parsing".',
    'iam-trust': 'IAM refuses this trust policy: CreateRole and UpdateAssumeRolePolicy fail with ' +
      '"MalformedPolicyDocument: JSON strings must not have leading spaces".',
    's3-bucket': 'S3 refuses it: PutBucketPolicy fails with ' +
      '"MalformedPolicy: Policies must be valid JSON and the first byte must be \'{\'".',
    other: 'IAM and S3 refuse such policies ("The policy failed legacy parsing"; "the first byte must be \'{\'"), ' +
      'and other services may too.',
  },
  ja: {
    'iam-identity': 'IAM はこのポリシーを受け付けません。PutRolePolicy・PutUserPolicy・PutGroupPolicy・CreatePolicy は ' +
      '"MalformedPolicyDocument: The policy failed legacy parsing" で失敗します。',
    'iam-trust': 'IAM はこの信頼ポリシーを受け付けません。CreateRole・UpdateAssumeRolePolicy は ' +
      '"MalformedPolicyDocument: JSON strings must not have leading spaces" で失敗します。',
    's3-bucket': 'S3 はこのポリシーを受け付けません。PutBucketPolicy は ' +
      '"MalformedPolicy: Policies must be valid JSON and the first byte must be \'{\'" で失敗します。',
    other: 'IAM と S3 はこのようなポリシーを拒否します（"The policy failed legacy parsing"、"the first byte must be \'{\'"）。' +
      '他のサービスも拒否する可能性があります。',
  },
};

interface CharName {
  test: (ch: string) => boolean;
  name: Localized<(n: number) => string>;
}

const CHAR_NAMES: CharName[] = [
  { test: (c) => c === '\n', name: { en: (n) => (n === 1 ? 'a line break' : `${n} line breaks`), ja: (n) => `改行 ${n} 個` } },
  { test: (c) => c === '\r', name: { en: (n) => (n === 1 ? 'a carriage return' : `${n} carriage returns`), ja: (n) => `復帰文字 (CR) ${n} 個` } },
  { test: (c) => c === ' ', name: { en: (n) => (n === 1 ? 'a space' : `${n} spaces`), ja: (n) => `空白 ${n} 個` } },
  { test: (c) => c === '\t', name: { en: (n) => (n === 1 ? 'a tab' : `${n} tabs`), ja: (n) => `タブ ${n} 個` } },
  { test: (c) => c === '\u00a0', name: { en: (n) => (n === 1 ? 'a no-break space (U+00A0)' : `${n} no-break spaces (U+00A0)`), ja: (n) => `ノーブレークスペース (U+00A0) ${n} 個` } },
  { test: (c) => c === '\ufeff', name: { en: (n) => (n === 1 ? 'a byte order mark (U+FEFF)' : `${n} byte order marks (U+FEFF)`), ja: (n) => `バイトオーダーマーク (U+FEFF) ${n} 個` } },
];

/** Describes a run of invisible characters in words, such as "a line break and 2 spaces". */
export function describeWhitespace(text: string, locale: Locale = 'en'): string {
  const groups: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    let j = i;
    while (j < text.length && text[j] === ch) j++;
    const count = j - i;
    const name = CHAR_NAMES.find((n) => n.test(ch));
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    groups.push(name ? pick(name.name, locale)(count) : locale === 'ja' ? `${code} ${count} 個` : `${count} × ${code}`);
    i = j;
  }
  if (locale === 'ja') return groups.length > 4 ? `${groups.slice(0, 3).join('、')} などの不可視文字` : groups.join('、');
  if (groups.length > 4) return `${groups.slice(0, 3).join(', ')} and more invisible characters`;
  return groups.length <= 1 ? groups.join('') : `${groups.slice(0, -1).join(', ')} and ${groups[groups.length - 1]}`;
}

const TEXT: Localized<{
  subject: (policy: PolicyTarget) => string;
  message: (subject: string, chars: string, rejection: string) => string;
  fix: string;
}> = {
  en: {
    subject: (policy) => (policy.embedding === 'document' ? 'This policy file' : `The ${policy.context.en}`),
    message: (subject, chars, rejection) => `${subject} begins with ${chars} before "{". ${rejection} Remove everything before "{".`,
    fix: 'Remove the characters before "{"',
  },
  ja: {
    subject: (policy) => policy.context.ja,
    message: (subject, chars, rejection) => `${subject}${/[\x21-\x7e]$/.test(subject) ? ' ' : ''}は "{" の前に${chars}があります。${rejection}"{" より前の文字を削除してください。`,
    fix: '"{" より前の文字を削除',
  },
};

function checkPolicy(policy: PolicyTarget, locale: Locale): Finding | undefined {
  if (policy.embedding === 'object') return undefined;
  const leading = /^[\s\uFEFF]+(?=\{)/.exec(policy.text);
  if (!leading) return undefined;
  // Embedded strings for services without documented behaviour are left alone: no evidence, no finding.
  if (policy.embedding === 'string' && policy.api === 'other') return undefined;
  const severity: Severity = policy.api === 'other' ? 'warning' : 'error';
  const span = policy.toDocument({ offset: 0, length: leading[0].length });
  const text = pick(TEXT, locale);
  return {
    rule: 'iam/leading-whitespace',
    severity,
    message: text.message(text.subject(policy), describeWhitespace(leading[0], locale), pick(REJECTIONS, locale)[policy.api]),
    span,
    fixes: [{ title: text.fix, edits: [{ span, newText: '' }], isPreferred: true }],
  };
}

export const leadingWhitespace: Rule = {
  meta: {
    id: 'iam/leading-whitespace',
    title: { en: 'Policy text must start with "{"', ja: 'ポリシーの先頭は "{" でなければならない' },
    severity: 'error',
    description: {
      en: 'IAM and S3 reject a policy document whose first character is not "{", including a leading line ' +
        'break, space, tab, no-break space or byte order mark. This often comes from a heredoc, a triple-quoted ' +
        'string or a file that starts with an empty line. IAM answers "The policy failed legacy parsing" ' +
        '(inline and managed policies) or "JSON strings must not have leading spaces" (trust policies); S3 answers ' +
        '"the first byte must be \'{\'".',
      ja: 'IAM と S3 は、最初の文字が "{" でないポリシー文書を拒否します。先頭の改行・空白・タブ・ノーブレークスペース・' +
        'バイトオーダーマークも同様です。ヒアドキュメント、三重引用符の文字列、空行で始まるファイルが典型的な原因です。' +
        'IAM は "The policy failed legacy parsing"（インライン・管理ポリシー）または "JSON strings must not have leading spaces"' +
        '（信頼ポリシー）を返し、S3 は "the first byte must be \'{\'" を返します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://github.com/hashicorp/terraform/issues/14652',
      'https://github.com/hashicorp/terraform-provider-aws/issues/12267',
    ],
  },
  policy(view, { options }) {
    const finding = checkPolicy(view.target, options.locale);
    return finding ? [finding] : [];
  },
};
