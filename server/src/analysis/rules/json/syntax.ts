// Rule: json/syntax. A recognised document, or a policy held in a JSON string, that is not valid JSON.
// AWS parses these documents as strict JSON: comments and trailing commas are rejected too.

import type { SyntaxError } from '../../parseJson';
import type { Finding, Span } from '../../types';
import type { Rule } from '../types';

const DESCRIPTIONS: Record<string, string> = {
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
};

/** jsonc-parser reports a trailing comma as a missing value or property name right before the closer. */
function describe(error: SyntaxError, text: string): string {
  const next = text.slice(error.span.offset, error.span.offset + 1);
  if ((error.code === 'ValueExpected' || error.code === 'PropertyNameExpected') && (next === ']' || next === '}')) {
    return 'trailing commas are not allowed in JSON';
  }
  return DESCRIPTIONS[error.code] ?? error.code;
}

/** At most this many syntax errors are reported per document; after the first few, the rest are noise. */
const MAX_REPORTED = 10;

export const jsonSyntax: Rule = {
  meta: {
    id: 'json/syntax',
    title: 'Invalid JSON',
    severity: 'error',
    description: 'The document, or a policy held in a JSON string, is not strict JSON. AWS rejects such documents; ' +
      'IAM answers "MalformedPolicyDocument: Syntax errors in policy".',
    appliesTo: ['cloudfront-distribution', 'cloudformation-template', 'iam-policy', 'cli-input', 'cloudfront-invalidation'],
    sources: ['https://www.rfc-editor.org/rfc/rfc8259', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
  },
  check({ doc }) {
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
      if (error.span.offset < skipUntil) continue;
      push(error.span, `Invalid JSON: ${describe(error, doc.text)}.`);
    }
    for (const policy of doc.model.policies) {
      if (policy.embedding !== 'string') continue;
      const skip = leadingWhitespaceLength(policy.text);
      for (const error of policy.syntaxErrors) {
        if (error.span.offset < skip) continue;
        const where = policy.toDocument(error.span);
        push(where.length > 0 ? where : policy.toDocument({ offset: error.span.offset, length: 1 }),
          `The policy in this string is not valid JSON: ${describe(error, policy.text)}. ` +
          'IAM answers "MalformedPolicyDocument: Syntax errors in policy".');
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
