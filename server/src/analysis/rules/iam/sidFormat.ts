// Rule: iam/sid-format. IAM accepts only ASCII letters and digits in a Sid: CreatePolicy answers "Statement IDs
// (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*" (IAMUG
// reference_policies_elements_sid). This applies to identity and trust policies, which
// IAM stores. Other services accept more in their resource policies (S3 and SQS allow spaces and hyphens), so
// those are not checked. An empty Sid is legal and common (Terraform writes one); Access Analyzer only suggests
// filling it in (EMPTY_SID_VALUE).

import { pick, type Localized } from '../../util/i18n';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, quote } from './support';

const RULE = 'iam/sid-format';

const TEXT: Localized<{ invalid: (sid: string, chars: string) => string; empty: string; fix: (sid: string) => string }> = {
  en: {
    invalid: (sid, chars) => `Sid ${quote(sid)} contains ${chars}; IAM allows only letters A–Z, a–z and digits (Access Analyzer UNSUPPORTED_SID). IAM refuses it: "${AWS_MESSAGES.alphanumericSid}"`,
    empty: 'This Sid is empty. That is allowed, but a short name helps when reading findings and CloudTrail records (Access Analyzer EMPTY_SID_VALUE).',
    fix: (sid) => `Change to ${quote(sid)}`,
  },
  ja: {
    invalid: (sid, chars) => `Sid ${quote(sid)} に ${chars} が含まれています。IAM が認めるのは英字 A–Z・a–z と数字だけです（Access Analyzer UNSUPPORTED_SID）。IAM は "${AWS_MESSAGES.alphanumericSid}" で拒否します。`,
    empty: 'この Sid は空です。許されてはいますが、短い名前があると指摘や CloudTrail の記録を読むときに役立ちます（Access Analyzer EMPTY_SID_VALUE）。',
    fix: (sid) => `${quote(sid)} に変更`,
  },
};

/** Names the characters IAM refuses, such as `"-", " "`. */
function describeChars(sid: string): string {
  const bad = [...new Set([...sid].filter((c) => !/[0-9A-Za-z]/.test(c)))];
  return bad.slice(0, 5).map((c) => (c === ' ' ? '" " (space)' : JSON.stringify(c))).join(', ') + (bad.length > 5 ? ', …' : '');
}

function check(ctx: StatementContext): Finding[] {
  const text = pick(TEXT, ctx.options.locale);
  const api = ctx.policy.api;
  const iam = api === 'iam-identity' || api === 'iam-trust';
  const s = ctx.statement;
  const findings: Finding[] = [];
  const sid = s.sidValue;
  const node = s.sid?.value;
  if (sid === undefined || !node) return findings;
  if (sid === '') {
    findings.push(finding(RULE, 'hint', text.empty, ctx.span(node)));
    return findings;
  }
  if (!iam || /^[0-9A-Za-z]*$/.test(sid)) return findings;
  const cleaned = sid.replace(/[^0-9A-Za-z]/g, '');
  const fixes = cleaned ? [{ title: text.fix(cleaned), edits: [ctx.edits.replaceValue(node, cleaned)], isPreferred: true }] : [];
  findings.push(finding(RULE, 'error', text.invalid(sid, describeChars(sid)), ctx.span(node), { fixes }));
  return findings;
}

export const sidFormat: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Sid may contain only letters and digits', ja: 'Sid に使えるのは英数字だけ' },
    severity: 'error',
    description: {
      en: 'IAM accepts only ASCII letters and digits in the Sid of an identity or trust policy and refuses anything ' +
        'else ("Statement IDs (SID) must be alpha-numeric."). Hyphens, underscores, spaces and dots are the usual ' +
        'culprits. Resource policies of other services allow more and are not checked.',
      ja: 'IAM はアイデンティティポリシーと信頼ポリシーの Sid に ASCII の英字と数字しか認めず、それ以外は拒否します' +
        '（"Statement IDs (SID) must be alpha-numeric."）。よくある原因はハイフン・アンダースコア・空白・ドットです。' +
        '他サービスのリソースポリシーはより多くを認めるため、検査しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'UNSUPPORTED_SID',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Sid":"allow-read","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Sid":"AllowRead","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    },
    fix: {
      en: 'Write the Sid in CamelCase without separators, such as "AllowRead".',
      ja: 'Sid は区切り文字なしのキャメルケースで書いてください（例: "AllowRead"）。',
    },
  },
  statement: check,
};
