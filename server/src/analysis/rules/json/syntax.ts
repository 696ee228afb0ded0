// Rule: json/syntax. A recognised document, or a policy held in a JSON string, that is not valid JSON.
// AWS parses these documents as strict JSON: comments and trailing commas are rejected too.

import { NESTING_TOO_DEEP, type SyntaxError } from '../../source/frontEnd';
import { pick, type Locale, type Localized } from '../../util/i18n';
import type { Finding, Span } from '../../types';
import type { Rule } from '../types';

const DESCRIPTIONS: Localized<Record<string, string>> = {
  en: {
    InvalidSymbol: 'an unexpected character',
    InvalidNumberFormat: 'a malformed number',
    PropertyNameExpected: 'a property name was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing brace was expected',
    CloseBracketExpected: 'a closing bracket was expected',
    EndOfFileExpected: 'nothing may follow the top-level value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'a comment is not closed',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfNumber: 'a number is cut off',
    InvalidUnicode: 'an invalid \\u escape',
    InvalidEscapeCharacter: 'an invalid escape sequence',
    InvalidCharacter: 'a control character inside a string',
    TrailingComma: 'trailing commas are not allowed in JSON',
  },
  ja: {
    InvalidSymbol: '予期しない文字があります',
    InvalidNumberFormat: '数値の形式が正しくありません',
    PropertyNameExpected: 'プロパティ名が必要です',
    ValueExpected: '値が必要です',
    ColonExpected: 'コロンが必要です',
    CommaExpected: 'カンマが必要です',
    CloseBraceExpected: '閉じ波かっこ "}" が必要です',
    CloseBracketExpected: '閉じ角かっこ "]" が必要です',
    EndOfFileExpected: 'トップレベルの値の後には何も書けません',
    InvalidCommentToken: 'JSON ではコメントを使えません',
    UnexpectedEndOfComment: 'コメントが閉じられていません',
    UnexpectedEndOfString: '文字列が閉じられていません',
    UnexpectedEndOfNumber: '数値が途中で切れています',
    InvalidUnicode: '\\u エスケープが正しくありません',
    InvalidEscapeCharacter: 'エスケープシーケンスが正しくありません',
    InvalidCharacter: '文字列の中に制御文字があります',
    TrailingComma: 'JSON では末尾のカンマを使えません',
  },
};

const TEXT: Localized<{ document: (what: string) => string; policy: (what: string) => string; tooDeep: (depth: number, inPolicy: boolean) => string }> = {
  en: {
    tooDeep: (depth, inPolicy) => `${inPolicy ? 'The policy in this string' : 'This document'} nests objects and lists ${depth.toLocaleString('en')} levels deep, too deep to be read, so nothing in it was checked.`,
    document: (what) => `Invalid JSON: ${what}.`,
    policy: (what) => `The policy in this string is not valid JSON: ${what}. IAM answers "MalformedPolicyDocument: Syntax errors in policy".`,
  },
  ja: {
    tooDeep: (depth, inPolicy) => `${inPolicy ? 'この文字列のポリシー' : 'この文書'}はオブジェクトと配列が ${depth.toLocaleString('ja')} 階層まで入れ子になっており、深すぎて読めないため、何も検査していません。`,
    document: (what) => `JSON として正しくありません: ${what}。`,
    policy: (what) => `この文字列のポリシーは JSON として正しくありません: ${what}。IAM は "MalformedPolicyDocument: Syntax errors in policy" を返します。`,
  },
};

/** jsonc-parser reports a trailing comma as a missing value or property name right before the closer. */
function describe(error: SyntaxError, text: string, locale: Locale): string {
  const next = text.slice(error.span.offset, error.span.offset + 1);
  const table = pick(DESCRIPTIONS, locale);
  if ((error.code === 'ValueExpected' || error.code === 'PropertyNameExpected') && (next === ']' || next === '}')) {
    return table.TrailingComma;
  }
  return table[error.code] ?? error.code;
}

/** At most this many syntax errors are reported per document; after the first few, the rest are noise. */
const MAX_REPORTED = 10;

export const jsonSyntax: Rule = {
  meta: {
    id: 'json/syntax',
    title: { en: 'Invalid JSON', ja: 'JSON の構文エラー' },
    severity: 'error',
    description: {
      en: 'The document, or a policy held in a JSON string, is not strict JSON. AWS rejects such documents; ' +
        'IAM answers "MalformedPolicyDocument: Syntax errors in policy".',
      ja: '文書、または JSON 文字列に入ったポリシーが厳密な JSON ではありません。AWS はこのような文書を拒否し、' +
        'IAM は "MalformedPolicyDocument: Syntax errors in policy" を返します。',
    },
    appliesTo: ['cloudfront-distribution', 'cloudformation-template', 'iam-policy', 'cli-input', 'cloudfront-invalidation', 'unreadable'],
    sources: ['https://www.rfc-editor.org/rfc/rfc8259', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
  },
  document({ doc, options }) {
    const text = pick(TEXT, options.locale);
    const findings: Finding[] = [];
    const reported = new Set<number>();
    const push = (span: Span, message: string): void => {
      // The parser often reports several errors at one place (a cut-off text lacks every closer); one is enough.
      if (findings.length >= MAX_REPORTED || reported.has(span.offset)) return;
      reported.add(span.offset);
      findings.push({ rule: 'json/syntax', severity: 'error', message, span });
    };
    const documentPolicy = doc.model.policies.some((p) => p.embedding === 'document');
    const skipUntil = documentPolicy ? leadingWhitespaceLength(doc.text) : 0;
    for (const error of doc.syntaxErrors) {
      if (error.code === NESTING_TOO_DEEP) {
        findings.push({ rule: 'json/syntax', severity: 'warning', message: text.tooDeep(error.depth ?? 0, false), span: error.span });
        continue;
      }
      if (error.span.offset < skipUntil) continue;
      push(error.span, text.document(describe(error, doc.text, options.locale)));
    }
    for (const policy of doc.model.policies) {
      if (policy.embedding !== 'string') continue;
      const skip = leadingWhitespaceLength(policy.text);
      for (const error of policy.syntaxErrors) {
        if (error.code === NESTING_TOO_DEEP) {
          findings.push({ rule: 'json/syntax', severity: 'warning', message: text.tooDeep(error.depth ?? 0, true), span: policy.toDocument({ offset: error.span.offset, length: 1 }) });
          continue;
        }
        if (error.span.offset < skip) continue;
        const where = policy.toDocument(error.span);
        push(where.length > 0 ? where : policy.toDocument({ offset: error.span.offset, length: 1 }),
          text.policy(describe(error, policy.text, options.locale)));
      }
    }
    return findings;
  },
};

/**
 * Characters before a policy's "{" are reported by iam/leading-whitespace, which explains them and fixes
 * them; the parser's complaint about a no-break space or byte order mark there would only repeat it.
 */
function leadingWhitespaceLength(text: string): number {
  return /^[\s\uFEFF]*/.exec(text)?.[0].length ?? 0;
}
