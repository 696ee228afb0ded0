// Feature: whether a Resource ARN from a policy can name a resource of a given type. The Service
// Authorization Reference gives each resource type an ARN template such as
// `arn:${Partition}:s3:::${BucketName}/${ObjectName}`; a policy's ARN may hold wildcards (`*`, `?`) and
// policy variables (`${aws:username}`). Both sides are patterns, so the question is whether some concrete
// ARN matches both. The answer leans to "yes" wherever the data or the text leaves room, because a "no"
// becomes a warning.

import { pairRegion, type AnalysisCache } from '../cache';
import { splitArn } from './grammar';

type Token =
  | { kind: 'char'; ch: string }
  | { kind: 'one' }
  /** Any run of characters; `slash: false` for a run that cannot contain `/`. */
  | { kind: 'any'; slash: boolean };

/**
 * Template placeholders stand for any text. S3 bucket names cannot contain `/` (S3 bucket naming rules),
 * which is what tells `arn:aws:s3:::bucket/*` (objects) from the bucket itself; parliament makes the same
 * exception for buckets (duo-labs/parliament, `is_arn_match`).
 */
function templateTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        const name = text.slice(i + 2, close);
        tokens.push({ kind: 'any', slash: name !== 'BucketName' });
        i = close;
        continue;
      }
    }
    tokens.push({ kind: 'char', ch: text[i].toLowerCase() });
  }
  return tokens;
}

/** A policy's ARN: `*` is any run, `?` one character, and a `${…}` (a policy variable) any run. */
function policyTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        tokens.push({ kind: 'any', slash: true });
        i = close;
        continue;
      }
    }
    if (ch === '*') tokens.push({ kind: 'any', slash: true });
    else if (ch === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', ch: ch.toLowerCase() });
  }
  return tokens;
}

/** Whether two single-character tokens can stand for the same character. */
function sameChar(a: Token, b: Token): boolean {
  if (a.kind === 'char' && b.kind === 'char') return a.ch === b.ch;
  if (a.kind === 'char' && b.kind === 'any') return b.slash || a.ch !== '/';
  if (a.kind === 'any' && b.kind === 'char') return a.slash || b.ch !== '/';
  return true;
}

/** Whether some text matches both token patterns. Dynamic programming over positions; never exponential. */
export function patternsIntersect(a: Token[], b: Token[]): boolean {
  const seen = new Set<number>();
  const width = b.length + 1;
  const visit = (i: number, j: number): boolean => {
    if (i === a.length && j === b.length) return true;
    const key = i * width + j;
    if (seen.has(key)) return false;
    seen.add(key);
    const ta = a[i];
    const tb = b[j];
    // A run may stand for nothing.
    if (ta?.kind === 'any' && visit(i + 1, j)) return true;
    if (tb?.kind === 'any' && visit(i, j + 1)) return true;
    if (!ta || !tb || (ta.kind === 'any' && tb.kind === 'any')) return false;
    // Both sides produce one common character; a run stays where it is to produce more.
    if (!sameChar(ta, tb)) return false;
    return visit(ta.kind === 'any' ? i : i + 1, tb.kind === 'any' ? j : j + 1);
  };
  return visit(0, 0);
}

/** A field of a template (`${Region}`, `s3`, or empty) against the same field of a policy's ARN. */
function fieldMayMatch(template: string, written: string): boolean {
  // An empty field in a template (the Region and account of S3 ARNs) is left to the ARN-format rules.
  if (template === '' || written === '') return true;
  return patternsIntersect(templateTokens(template), policyTokens(written));
}

/**
 * Whether the policy ARN `written` can name a resource of the type whose template is `template`.
 * Answers true for anything it cannot read: `*`, text that is not an ARN, a template that is not one.
 */
export function arnMayMatchTemplate(written: string, template: string, cache: AnalysisCache | undefined): boolean {
  if (written === '*') return true;
  // The same ARNs meet the same few templates in every statement and every version of a policy; the answer
  // depends only on the two strings, so it is kept.
  if (!cache) return arnMayMatchUncached(written, template);
  const answers = cache.region(TEMPLATE_MATCHES);
  const known = answers.get(template, written);
  if (known !== undefined) return known;
  const answer = arnMayMatchUncached(written, template);
  answers.set(template, written, answer);
  return answer;
}

/** Answers of `arnMayMatchTemplate`, by template and then written ARN. */
const TEMPLATE_MATCHES = pairRegion<boolean>('iam/arn-template-matches');

function arnMayMatchUncached(written: string, template: string): boolean {
  const w = splitArn(written);
  const t = splitArn(template);
  if (!w || !t) return true;
  return fieldMayMatch(t.prefix, w.prefix)
    && fieldMayMatch(t.partition, w.partition)
    && fieldMayMatch(t.service, w.service)
    && fieldMayMatch(t.region, w.region)
    && fieldMayMatch(t.account, w.account)
    && patternsIntersect(templateTokens(t.resource), policyTokens(w.resource));
}
