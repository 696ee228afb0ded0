// Rule: iam/effect. Every statement needs an Effect of exactly "Allow" or "Deny". IAM tells two mistakes
// apart (moto's cases captured from AWS; htnosm.hatenablog.com on "legacy parsing"): a value that is Allow or Deny
// in another case ("allow", "denY") passes the first check and fails "legacy parsing", while anything else, or
// a missing Effect, is "Syntax errors in policy.". Access Analyzer reports MISSING_EFFECT and INVALID_EFFECT.

import { pick, type Localized } from '../../util/i18n';
import { isIntrinsic } from '../../source/access';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, editDistance, finding, quote, rejectionSeverity, statementName } from './support';

const RULE = 'iam/effect';

const TEXT: Localized<{
  missing: (statement: string, rejected: boolean) => string;
  wrongCase: (value: string, right: string, rejected: boolean) => string;
  invalid: (value: string, rejected: boolean) => string;
  fix: (right: string) => string;
}> = {
  en: {
    missing: (s, r) => `${s} has no Effect; write "Effect": "Allow" or "Deny" (Access Analyzer MISSING_EFFECT).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"` : ''}`,
    wrongCase: (v, right, r) => `Effect ${quote(v)} must be written exactly "${right}": the value is case-sensitive.${r ? ` IAM refuses the policy with the unhelpful "${AWS_MESSAGES.legacy}".` : ''}`,
    invalid: (v, r) => `Effect ${quote(v)} is neither "Allow" nor "Deny" (Access Analyzer INVALID_EFFECT).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"` : ''}`,
    fix: (right) => `Change to "${right}"`,
  },
  ja: {
    missing: (s, r) => `${s} に Effect がありません。"Effect": "Allow" か "Deny" を書いてください（Access Analyzer MISSING_EFFECT）。${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    wrongCase: (v, right, r) => `Effect ${quote(v)} は正確に "${right}" と書かなければなりません。この値は大文字と小文字を区別します。${r ? `IAM は分かりにくい "${AWS_MESSAGES.legacy}" で拒否します。` : ''}`,
    invalid: (v, r) => `Effect ${quote(v)} は "Allow" でも "Deny" でもありません（Access Analyzer INVALID_EFFECT）。${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    fix: (right) => `"${right}" に変更`,
  },
};

function check(ctx: StatementContext): Finding[] {
  const locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const severity = rejectionSeverity(ctx.policy.api, 'iam');
  const rejected = severity === 'error';
  const s = ctx.statement;
  if (!s.effect) {
    if (!ctx.isClosed(s.node)) return [];
    return [finding(RULE, severity, text.missing(statementName(s, locale), rejected), ctx.brace)];
  }
  const value = s.effect.value;
  // A non-string Effect is a type error like any other; an intrinsic function is an unknown value.
  if (!value || isIntrinsic(value)) return [];
  if (value.type !== 'string') return [finding(RULE, severity, text.invalid(String(value.value ?? value.type), rejected), ctx.span(value))];
  const effect = String(value.value);
  if (effect === 'Allow' || effect === 'Deny') return [];
  const sameLetters = ['Allow', 'Deny'].find((e) => e.toLowerCase() === effect.toLowerCase());
  if (sameLetters) {
    return [finding(RULE, severity, text.wrongCase(effect, sameLetters, rejected), ctx.span(value), {
      fixes: [{ title: text.fix(sameLetters), edits: [ctx.edits.replaceValue(value, sameLetters)], isPreferred: true }],
    })];
  }
  // A near miss ("Alow", "Deney", " Allow") still gets a suggestion, though not an automatic one.
  const near = ['Allow', 'Deny'].find((e) => editDistance(e.toLowerCase(), effect.trim().toLowerCase()) <= 2);
  return [finding(RULE, severity, text.invalid(effect, rejected), ctx.span(value), {
    fixes: near ? [{ title: text.fix(near), edits: [ctx.edits.replaceValue(value, near)], isPreferred: false }] : [],
  })];
}

export const effect: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Effect must be exactly "Allow" or "Deny"', ja: 'Effect は正確に "Allow" か "Deny"' },
    severity: 'error',
    description: {
      en: 'Each statement needs an Effect of exactly "Allow" or "Deny". IAM refuses "allow" or "DENY" with "The policy ' +
        'failed legacy parsing", which does not say where the problem is, and refuses a missing Effect or any other ' +
        'value with "Syntax errors in policy.".',
      ja: '各ステートメントには正確に "Allow" か "Deny" の Effect が必要です。IAM は "allow" や "DENY" を、場所を示さない ' +
        '"The policy failed legacy parsing" で拒否し、Effect の欠落やその他の値を "Syntax errors in policy." で拒否します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html',
      'https://github.com/getmoto/moto/blob/master/tests/test_iam/test_iam_policies.py',
      'https://htnosm.hatenablog.com/entry/2023/07/30/090000',
    ],
    accessAnalyzerCode: 'INVALID_EFFECT',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    },
    fix: {
      en: 'Write "Allow" or "Deny" with a capital first letter and nothing else.',
      ja: '先頭を大文字にした "Allow" か "Deny" だけを書いてください。',
    },
  },
  statement: check,
};
