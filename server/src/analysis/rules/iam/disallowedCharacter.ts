// Rule: iam/disallowed-character. IAM validates every policy parameter against the pattern
// [\u0009\u000A\u000D\u0020-\u00FF]+ before reading it, and refuses anything else with "1 validation error
// detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression
// pattern: …" (AWS docs reference_iam-quotas and the SDK PolicyDocument docs).
// Typographic quotes and dashes pasted from a word processor, U+2028 from the web (aws-amplify/docs#971),
// emoji and CJK text in a Sid are the usual sources. What is checked is the text that is sent: the whole file
// for a policy file, the decoded string for a policy held in a JSON string, and the object's own text for a
// policy object in a template. A byte order mark before the policy is iam/leading-whitespace's finding.

import { pick, type Locale, type Localized } from '../../util/i18n';
import type { PolicyView } from '../../iam/policyView';
import type { Finding, Fix, Span } from '../../types';
import type { Rule } from '../types';
import { AWS_MESSAGES, finding, rejectionSeverity } from './support';

const RULE = 'iam/disallowed-character';

/** At most this many runs are reported per policy; one is enough to know the policy is refused. */
const MAX_REPORTED = 20;

const NAMES: Record<number, Localized<string>> = {
  0x2018: { en: 'a left single quotation mark', ja: '左シングル引用符' },
  0x2019: { en: 'a right single quotation mark', ja: '右シングル引用符' },
  0x201c: { en: 'a left double quotation mark', ja: '左ダブル引用符' },
  0x201d: { en: 'a right double quotation mark', ja: '右ダブル引用符' },
  0x2013: { en: 'an en dash', ja: 'エンダッシュ' },
  0x2014: { en: 'an em dash', ja: 'エムダッシュ' },
  0x2028: { en: 'a line separator', ja: '行区切り文字' },
  0x2029: { en: 'a paragraph separator', ja: '段落区切り文字' },
  0x200b: { en: 'a zero-width space', ja: 'ゼロ幅スペース' },
  0xfeff: { en: 'a byte order mark', ja: 'バイトオーダーマーク' },
  0x3000: { en: 'an ideographic space', ja: '全角スペース' },
};

/** ASCII replacements that keep the meaning, for a quick fix. Double quotes are left alone: inside a JSON string they would need escaping. */
const REPLACEMENTS: Record<number, string> = { 0x2018: "'", 0x2019: "'", 0x2013: '-', 0x2014: '-', 0x2028: ' ', 0x2029: ' ', 0x200b: '', 0xfeff: '', 0x3000: ' ' };

const TEXT: Localized<{ message: (chars: string, rejected: boolean) => string; other: string; fix: string }> = {
  en: {
    message: (c, r) => `${c} is outside the characters IAM accepts in a policy (tab, line feed, carriage return and U+0020–U+00FF).${r ? ` IAM refuses the whole policy: "${AWS_MESSAGES.characters}"` : ''}`,
    other: 'A character',
    fix: 'Replace with the ASCII equivalent',
  },
  ja: {
    message: (c, r) => `${c}は IAM がポリシーで認める文字（タブ・改行・復帰と U+0020–U+00FF）の範囲外です。${r ? `IAM はポリシー全体を "${AWS_MESSAGES.characters}" で拒否します。` : ''}`,
    other: '文字',
    fix: 'ASCII の同等の文字に置き換え',
  },
};

/** A text made only of characters that `allowed` accepts (UTF-16 code units, as `allowed` reads them). */
const ONLY_ALLOWED = /^[\t\n\r\x20-\xff]*$/;

function allowed(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code <= 0xff);
}

/** Describes a run, such as `"’" (U+2019, a right single quotation mark)`. */
function describe(run: string, locale: Locale): string {
  const chars = [...run];
  const first = chars[0].codePointAt(0) ?? 0;
  const hex = `U+${first.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[first] ? `, ${pick(NAMES[first], locale)}` : '';
  const shown = /[\p{L}\p{N}\p{P}\p{S}]/u.test(chars[0]) ? `"${chars[0]}" ` : '';
  const head = `${shown}(${hex}${name})`;
  if (chars.length === 1) return locale === 'ja' ? `${head} ` : `${pick(TEXT, locale).other} ${head}`;
  return locale === 'ja' ? `${head} で始まる ${chars.length} 文字 ` : `${chars.length} characters starting with ${head}`;
}

function check(view: PolicyView, locale: Locale): Finding[] {
  const target = view.target;
  const root = target.root;
  if (!root) return [];
  const text = pick(TEXT, locale);
  const severity = rejectionSeverity(target.api, 'iam');
  // What is sent: the whole text of a file or decoded string, or the object's own span in a template.
  const source = target.text;
  let start = target.embedding === 'object' ? root.offset : 0;
  const end = target.embedding === 'object' ? root.offset + root.length : source.length;
  if (target.embedding !== 'object') start = /^[\s\uFEFF]*/.exec(source)?.[0].length ?? 0;
  // Nearly every policy is clean: one regular-expression scan of the text sent says so.
  if (start >= end || ONLY_ALLOWED.test(source.slice(start, end))) return [];
  const findings: Finding[] = [];
  let i = start;
  while (i < end && findings.length < MAX_REPORTED) {
    if (allowed(source.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && !allowed(source.charCodeAt(j))) j++;
    const run = source.slice(i, j);
    const span: Span = target.toDocument({ offset: i, length: j - i });
    const replacement = [...run].every((c) => (c.codePointAt(0) ?? 0) in REPLACEMENTS)
      ? [...run].map((c) => REPLACEMENTS[c.codePointAt(0) ?? 0]).join('')
      : undefined;
    // The replacements are plain characters that need no escaping in a string, so the run's text is replaced as is.
    const fixes: Fix[] = replacement !== undefined ? [{ title: text.fix, edits: [{ span, newText: replacement }], isPreferred: true }] : [];
    findings.push(finding(RULE, severity, text.message(describe(run, locale), severity === 'error'), span, { fixes }));
    i = j;
  }
  return findings;
}

export const disallowedCharacter: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Character IAM does not accept', ja: 'IAM が受け付けない文字' },
    severity: 'error',
    description: {
      en: 'IAM accepts only tab, line feed, carriage return and U+0020–U+00FF in a policy document and refuses the ' +
        'whole policy otherwise ("Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"). ' +
        'Typographic quotes and dashes, U+2028, zero-width spaces, emoji and non-Latin text are the usual culprits.',
      ja: 'IAM がポリシー文書で認めるのはタブ・改行・復帰と U+0020–U+00FF だけで、それ以外があるとポリシー全体を拒否します' +
        '（"Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"）。よくある原因は' +
        '印刷用の引用符やダッシュ、U+2028、ゼロ幅スペース、絵文字、日本語などの文字です。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html',
      'https://github.com/aws-amplify/docs/issues/971',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Sid":"Read\u2019s","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Sid":"Reads","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    },
    fix: {
      en: 'Replace the character with its ASCII equivalent or remove it; write non-Latin text outside the policy.',
      ja: '文字を ASCII の同等の文字に置き換えるか削除してください。日本語などの文字はポリシーの外に書いてください。',
    },
  },
  policy(view, { options }) {
    return check(view, options.locale);
  },
};
