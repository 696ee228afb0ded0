// Rule: iam/duplicate-sid. Two statements with the same non-empty Sid. IAM refuses it in identity and trust
// policies: "Statement IDs (SID) in a single policy must be unique." (moto's cases captured from AWS; Access
// Analyzer UNIQUE_SIDS_REQUIRED). Resource policies of other services are reported
// to accept duplicates, so there it is Access Analyzer's recommendation (UNIQUE_SIDS_RECOMMENDED), a warning.

import { pick, type Localized } from '../../util/i18n';
import type { PolicyView, StatementView } from '../../iam/policyView';
import { statementTextFacts } from '../../iam/statementReuse';
import type { Finding } from '../../types';
import type { PolicyContext, Rule } from '../types';
import { AWS_MESSAGES, finding, quote } from './support';

const RULE = 'iam/duplicate-sid';

const TEXT: Localized<{ required: (sid: string, first: number) => string; recommended: (sid: string, first: number) => string; first: string }> = {
  en: {
    required: (sid, n) => `Sid ${quote(sid)} is already used by statement ${n}; each statement needs its own (Access Analyzer UNIQUE_SIDS_REQUIRED). IAM refuses the policy: "${AWS_MESSAGES.uniqueSid}"`,
    recommended: (sid, n) => `Sid ${quote(sid)} is already used by statement ${n}; unique Sids keep findings and logs unambiguous (Access Analyzer UNIQUE_SIDS_RECOMMENDED).`,
    first: 'First use of this Sid',
  },
  ja: {
    required: (sid, n) => `Sid ${quote(sid)} はステートメント ${n} で使われています。ステートメントごとに別の Sid が必要です（Access Analyzer UNIQUE_SIDS_REQUIRED）。IAM は "${AWS_MESSAGES.uniqueSid}" で拒否します。`,
    recommended: (sid, n) => `Sid ${quote(sid)} はステートメント ${n} で使われています。Sid を一意にすると指摘やログが曖昧になりません（Access Analyzer UNIQUE_SIDS_RECOMMENDED）。`,
    first: 'この Sid の最初の使用箇所',
  },
};

function check(view: PolicyView, ctx: PolicyContext): Finding[] {
  const text = pick(TEXT, ctx.options.locale);
  const iam = view.target.api === 'iam-identity' || view.target.api === 'iam-trust';
  const seen = new Map<string, StatementView>();
  const findings: Finding[] = [];
  // A statement's Sid depends on its text alone, so it is kept with the text's other facts while it is unchanged.
  const facts = statementTextFacts(ctx.doc, ctx.options, view);
  for (const [i, s] of view.statements.entries()) {
    const sid = facts ? (facts[i].sid !== undefined ? facts[i].sid : (facts[i].sid = s.sidValue ?? null)) : s.sidValue;
    // A Sid that is a non-empty string has its value node; the statement's members are read only for a repeat.
    if (!sid) continue;
    const first = seen.get(sid);
    if (!first) {
      seen.set(sid, s);
      continue;
    }
    const node = s.sid?.value;
    if (!node) continue;
    const message = iam ? text.required(sid, first.index + 1) : text.recommended(sid, first.index + 1);
    findings.push(finding(RULE, iam ? 'error' : 'warning', message, view.span(node), {
      related: first.sid?.value ? [{ span: view.span(first.sid.value), message: text.first }] : undefined,
    }));
  }
  return findings;
}

export const duplicateSid: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Statement IDs must be unique', ja: 'ステートメント ID は一意にする' },
    severity: 'error',
    description: {
      en: 'Two statements share a Sid. IAM refuses this in identity and trust policies ("Statement IDs (SID) in a ' +
        'single policy must be unique."); in other services\' resource policies it is a warning.',
      ja: '2 つのステートメントが同じ Sid を使っています。IAM はアイデンティティポリシーと信頼ポリシーでこれを拒否します' +
        '（"Statement IDs (SID) in a single policy must be unique."）。他サービスのリソースポリシーでは警告です。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html',
      'https://github.com/getmoto/moto/blob/master/tests/test_iam/test_iam_policies.py',
    ],
    accessAnalyzerCode: 'UNIQUE_SIDS_REQUIRED',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Sid":"Read","Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Sid":"ReadObjects","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Sid":"ListBucket","Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}',
    },
    fix: {
      en: 'Give every statement its own Sid, or leave Sid out.',
      ja: 'ステートメントごとに別の Sid を付けるか、Sid を省いてください。',
    },
  },
  policy: check,
};
