// Feature: whether a Resource ARN from a policy can name a resource of a given type. The Service
// Authorization Reference gives each resource type an ARN template such as
// `arn:${Partition}:s3:::${BucketName}/${ObjectName}`; a policy's ARN may hold wildcards (`*`, `?`) and
// policy variables (`${aws:username}`). Both sides are patterns, so the question is whether some concrete
// ARN matches both. The answer leans to "yes" wherever the data or the text leaves room, because a "no"
// becomes a warning.

import { pairRegion, type AnalysisCache } from '../cache';
import { splitArn } from './grammar';
import { ANY_ONE, ANY_RUN, globOfTokens, globsIntersect, runExcept, type Glob, type GlobToken } from './wildcard';

const SLASH = 0x2f;

/**
 * Letters compare without regard to case here: each character is lower-cased on both sides, except one whose
 * lower case is not a single code unit, which then stands only for itself.
 */
function lowerCode(ch: string): number {
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : ch.charCodeAt(0);
}

/**
 * Template placeholders stand for any text. S3 bucket names cannot contain `/` (S3 bucket naming rules),
 * which is what tells `arn:aws:s3:::bucket/*` (objects) from the bucket itself; parliament makes the same
 * exception for buckets (duo-labs/parliament, `is_arn_match`).
 */
function templateGlob(text: string): Glob {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        const name = text.slice(i + 2, close);
        tokens.push(name === 'BucketName' ? runExcept(SLASH) : ANY_RUN);
        i = close;
        continue;
      }
    }
    tokens.push(lowerCode(text[i]));
  }
  return globOfTokens(tokens, false);
}

/** A policy's ARN: `*` is any run, `?` one character, and a `${…}` (a policy variable) any run. */
function policyGlob(text: string): Glob {
  const tokens: GlobToken[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close > 0) {
        tokens.push(ANY_RUN);
        i = close;
        continue;
      }
    }
    if (ch === '*') tokens.push(ANY_RUN);
    else if (ch === '?') tokens.push(ANY_ONE);
    else tokens.push(lowerCode(ch));
  }
  return globOfTokens(tokens, false);
}

/** A field of a template (`${Region}`, `s3`, or empty) against the same field of a policy's ARN. */
function fieldMayMatch(template: string, written: string): boolean {
  // An empty field in a template (the Region and account of S3 ARNs) is left to the ARN-format rules.
  if (template === '' || written === '') return true;
  return globsIntersect(templateGlob(template), policyGlob(written));
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
    && globsIntersect(templateGlob(t.resource), policyGlob(w.resource));
}
