// Feature: IAM wildcards, matched without backtracking. A policy writes `*` for any run of characters and `?`
// for exactly one, in actions (compared without regard to case) and in ARNs (compared with it) (IAMUG
// reference_policies_elements_action, _resource). The patterns come from the user's document, so a
// backtracking regular expression is out: `*a*a*a*a*a*a*b` against eighty `a`s takes it tens of seconds. Every
// question here costs at most the product of the two lengths, whatever the input:
//   - `globMatches`: does a text fit a pattern;
//   - `globCovers`: does every text that fits one pattern fit another (for redundant values);
//   - `globsIntersect`: does some text fit both (for ARN templates of the action catalog).
// Patterns are arrays of tokens, so callers that build them from something other than a policy string (the
// simulator after filling in policy variables, catalog templates) never need to escape anything.

import { textRegion, type AnalysisCache } from '../cache';

/**
 * One token of a pattern. A value of 0 or more is a UTF-16 code unit that matches itself. A negative value is
 * a wildcard: a run (`*`) or one character (`?`), either of which may refuse one character (see `runExcept`).
 */
export type GlobToken = number;

/** `*`: any run of characters, the empty run included. */
export const ANY_RUN: GlobToken = -1;
/** `?`: exactly one character. */
export const ANY_ONE: GlobToken = -2;

const COLON = 0x3a;

/** A run of characters that never holds `excluded`, such as a run inside one colon-separated ARN segment. */
export function runExcept(excluded: number): GlobToken {
  return -3 - 2 * excluded;
}

/** One character other than `excluded`. */
export function oneExcept(excluded: number): GlobToken {
  return -4 - 2 * excluded;
}

// A wildcard is -1 - (2 × (refused + 1) + (1 for `?`)), with refused = -1 when it takes every character.
const isRun = (token: GlobToken): boolean => token < 0 && ((-1 - token) & 1) === 0;
/** The character a wildcard refuses, or -1 when it takes every character. */
const excludedBy = (token: GlobToken): number => ((-1 - token) >> 1) - 1;

/** A pattern ready for matching. Build it with `globOf` or `globOfTokens`; treat it as read-only. */
export interface Glob {
  /** The tokens; literal code units are already case-folded when `ignoreCase` is set. */
  readonly tokens: Int32Array;
  /** Whether letters compare without regard to case. */
  readonly ignoreCase: boolean;
  /** Whether the pattern has no wildcard, so that it matches one text only. */
  readonly literal: boolean;
  /** Whether some run refuses a character; such a pattern needs the position-set matcher. */
  readonly restricted: boolean;
}

/**
 * The case folding of a regular expression's `i` flag without `u`, so that answers stay those of the
 * regular expressions this module replaced: a code unit is replaced by its upper case when that is one code
 * unit, except that a non-ASCII character never folds to an ASCII one (the Kelvin sign stays itself).
 */
export function foldCase(code: number): number {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? code - 0x20 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const folded = upper.charCodeAt(0);
  return folded < 0x80 ? code : folded;
}

/** Builds a pattern from tokens; literal code units are folded here when `ignoreCase` is set. */
export function globOfTokens(tokens: ArrayLike<GlobToken>, ignoreCase: boolean): Glob {
  const out = new Int32Array(tokens.length);
  let literal = true;
  let restricted = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token < 0) {
      literal = false;
      if (isRun(token) && token !== ANY_RUN) restricted = true;
      out[i] = token;
    } else {
      out[i] = ignoreCase ? foldCase(token) : token;
    }
  }
  return { tokens: out, ignoreCase, literal, restricted };
}

/** The tokens of a policy string: `*` and `?` are wildcards, every other code unit is itself. */
export function wildcardTokens(pattern: string): GlobToken[] {
  const tokens: GlobToken[] = new Array<GlobToken>(pattern.length);
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    tokens[i] = code === 0x2a ? ANY_RUN : code === 0x3f ? ANY_ONE : code;
  }
  return tokens;
}

/** Compiled patterns, one region per reading; a policy repeats the same patterns on every keystroke. */
const EXACT_CASE_GLOBS = textRegion<Glob>('iam/globs-exact-case');
const ANY_CASE_GLOBS = textRegion<Glob>('iam/globs-any-case');
const RESOURCE_GLOBS = textRegion<Glob>('iam/resource-globs');

const compileExactCase = (pattern: string): Glob => globOfTokens(wildcardTokens(pattern), false);
const compileAnyCase = (pattern: string): Glob => globOfTokens(wildcardTokens(pattern), true);
const compileResource = (pattern: string): Glob => globOfTokens(resourceTokens(wildcardTokens(pattern)), false);

/**
 * The pattern of a policy string (`s3:Get*`, `arn:aws:s3:::b/?/*`) for one case rule; compiled once per text with a
 * cache (`AnalysisOptions.cache`), every time without one.
 */
export function globOf(pattern: string, ignoreCase: boolean, cache?: AnalysisCache): Glob {
  if (!cache) return ignoreCase ? compileAnyCase(pattern) : compileExactCase(pattern);
  return ignoreCase ? cache.region(ANY_CASE_GLOBS).answer(pattern, compileAnyCase) : cache.region(EXACT_CASE_GLOBS).answer(pattern, compileExactCase);
}

/** A whole Resource value read with IAM's segment rule (`resourceTokens`), case-sensitive, compiled once per text. */
export function resourceGlobOf(pattern: string, cache?: AnalysisCache): Glob {
  return cache ? cache.region(RESOURCE_GLOBS).answer(pattern, compileResource) : compileResource(pattern);
}

/**
 * The tokens of a Resource or NotResource value as IAM reads them: wildcards work "within the individual
 * segments of an ARN (the parts separated by colons)", except that "if the * wildcard is the last character of
 * a resource ARN segment, it can expand to match beyond the colon boundaries" (IAMUG
 * reference_policies_elements_resource). So `?` never matches a colon, and a `*` crosses colons only when a
 * colon or the end of the value follows it.
 */
export function resourceTokens(tokens: readonly GlobToken[]): GlobToken[] {
  return tokens.map((token, i) => {
    if (token === ANY_ONE) return oneExcept(COLON);
    if (token !== ANY_RUN) return token;
    const next = tokens[i + 1];
    return next === undefined || next === COLON ? ANY_RUN : runExcept(COLON);
  });
}

/** Whether the wildcard `token` can stand for the code unit `code` (raw, not folded). */
function wildcardTakes(token: GlobToken, code: number): boolean {
  return code !== excludedBy(token);
}

/**
 * Whether `text` fits `glob`. Linear in the text for most patterns, and never worse than the product of the
 * two lengths: patterns whose runs take every character use a greedy scan that only ever returns to the most
 * recent `*`; the others move a set of pattern positions along the text one character at a time.
 */
export function globMatches(glob: Glob, text: string): boolean {
  return glob.restricted ? matchByPositions(glob, text) : matchGreedy(glob, text);
}

/** A policy string against a text: `wildcardMatches('s3:Get*', 's3:GetObject', true)`. */
export function wildcardMatches(pattern: string, text: string, ignoreCase: boolean, cache?: AnalysisCache): boolean {
  return globMatches(globOf(pattern, ignoreCase, cache), text);
}

/**
 * The scan for patterns whose runs take every character. When a later token fails, only the most recent `*`
 * is given one more character; an earlier `*` never needs more, because whatever it could take the later one
 * can take as well. Each retry costs at most the pattern's length and moves the text position of the retried
 * `*` forward, so the whole scan is bounded by the product of the lengths.
 */
function matchGreedy(glob: Glob, text: string): boolean {
  const tokens = glob.tokens;
  const m = tokens.length;
  const n = text.length;
  const fold = glob.ignoreCase;
  let p = 0;
  let t = 0;
  let starAt = -1;
  let starText = 0;
  while (t < n) {
    if (p < m) {
      const token = tokens[p];
      if (token >= 0) {
        let code = text.charCodeAt(t);
        // ASCII is folded inline: this loop runs over every action name of the catalog.
        if (fold) code = code < 0x80 ? (code >= 0x61 && code <= 0x7a ? code - 0x20 : code) : foldCase(code);
        if (token === code) {
          p++;
          t++;
          continue;
        }
      } else if (token === ANY_RUN) {
        starAt = p++;
        starText = t;
        continue;
      } else if (token === ANY_ONE || text.charCodeAt(t) !== excludedBy(token)) {
        p++;
        t++;
        continue;
      }
    }
    if (starAt < 0) return false;
    p = starAt + 1;
    t = ++starText;
  }
  while (p < m && tokens[p] === ANY_RUN) p++;
  return p === m;
}

/**
 * The general matcher: the set of pattern positions reachable after each character of the text (a
 * nondeterministic automaton run without backtracking), O(text × pattern) in time and O(pattern) in memory.
 */
function matchByPositions(glob: Glob, text: string): boolean {
  const tokens = glob.tokens;
  const m = tokens.length;
  const fold = glob.ignoreCase;
  let current = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  current[0] = 1;
  closeOverRuns(tokens, current);
  for (let t = 0; t < text.length; t++) {
    const code = text.charCodeAt(t);
    const folded = fold ? foldCase(code) : code;
    next.fill(0);
    let alive = false;
    for (let p = 0; p < m; p++) {
      if (!current[p]) continue;
      const token = tokens[p];
      if (token >= 0) {
        if (token === folded) {
          next[p + 1] = 1;
          alive = true;
        }
      } else if (wildcardTakes(token, code)) {
        // A run stays where it is to take more; a single-character wildcard moves on.
        next[isRun(token) ? p : p + 1] = 1;
        alive = true;
      }
    }
    if (!alive) return false;
    closeOverRuns(tokens, next);
    [current, next] = [next, current];
  }
  return current[m] === 1;
}

/** Adds the positions after each reachable run, since a run may be empty. One pass in order suffices. */
function closeOverRuns(tokens: Int32Array, set: Uint8Array): void {
  for (let p = 0; p < tokens.length; p++) if (set[p] && isRun(tokens[p])) set[p + 1] = 1;
}

// ---- Two patterns ---------------------------------------------------------------------------------

/**
 * Whether `broad` covers `narrow`: every text that fits `narrow` also fits `broad`. Both must use the same case
 * rule. The answer is SOUND: true only when the coverage really holds, because it drives "this value is
 * redundant". It is a dynamic programme over the two token lists: `broad` must consume `narrow` token by token,
 * a literal only a literal equal to it, a `?` only a literal or a `?` of `narrow`, and a `*` any run of
 * `narrow`'s tokens, its `*`s included. Wildcard runs are first written in one canonical order (`*?` and `?*`
 * are the same pattern). Costs O(|broad| × |narrow|) time and O(|narrow|) memory.
 *
 * The answer is also EXACT (true whenever coverage holds) when `narrow` has no `*`, or `broad` has no `?`:
 * replace each `*` and `?` of `narrow` by a character neither pattern mentions; the text obtained fits
 * `narrow`, and `broad` can match it only through an alignment of the kind above. Otherwise it may answer
 * false for a true coverage, and only then: `*a?*` covers `a*a` (any text that starts and ends with `a` and
 * has two or more characters holds an `a` followed by something), but no token-by-token alignment shows it.
 * Deciding such cases needs reasoning about the lengths `narrow`'s runs can take, which is not done here.
 */
export function globCovers(broad: Glob, narrow: Glob): boolean {
  if (narrow.literal) return globMatches(broad, literalText(narrow));
  const b = canonicalWildcards(broad.tokens);
  const n = canonicalWildcards(narrow.tokens);
  const k = n.length;
  // row[j]: broad's first i tokens can consume narrow's first j tokens.
  let previous = new Uint8Array(k + 1);
  let row = new Uint8Array(k + 1);
  previous[0] = 1;
  // Row 0 is only (0, 0); rows 1…m follow.
  for (let i = 1; i <= b.length; i++) {
    const token = b[i - 1];
    row.fill(0);
    if (isRun(token)) {
      for (let j = 0; j <= k; j++) {
        // The run takes nothing more (from the row above) or one more token of narrow (from the left).
        row[j] = previous[j] || (j > 0 && row[j - 1] && consumes(token, n[j - 1])) ? 1 : 0;
      }
    } else {
      for (let j = 1; j <= k; j++) row[j] = previous[j - 1] && consumes(token, n[j - 1]) ? 1 : 0;
    }
    [previous, row] = [row, previous];
  }
  return previous[k] === 1;
}

/** Whether one token of `broad` can stand for one token of `narrow` everywhere (a run, repeatedly). */
function consumes(broadToken: GlobToken, narrowToken: GlobToken): boolean {
  if (broadToken >= 0) return broadToken === narrowToken;
  const excluded = excludedBy(broadToken);
  if (narrowToken >= 0) return narrowToken !== excluded;
  // A wildcard of narrow: only a run consumes a run; the refused character must be refused by narrow too.
  if (isRun(narrowToken) && !isRun(broadToken)) return false;
  return excluded === -1 || excludedBy(narrowToken) === excluded;
}

/**
 * The same pattern with each run of unrestricted wildcards written as its `?`s followed by one `*`
 * (`*?*` → `?*`), which lets `globCovers` align `*?` with `?*`. Restricted wildcards are left where they are.
 */
function canonicalWildcards(tokens: Int32Array): GlobToken[] {
  const out: GlobToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i] !== ANY_RUN && tokens[i] !== ANY_ONE) {
      out.push(tokens[i++]);
      continue;
    }
    let ones = 0;
    let run = false;
    for (; i < tokens.length && (tokens[i] === ANY_RUN || tokens[i] === ANY_ONE); i++) {
      if (tokens[i] === ANY_ONE) ones++;
      else run = true;
    }
    for (let k = 0; k < ones; k++) out.push(ANY_ONE);
    if (run) out.push(ANY_RUN);
  }
  return out;
}

function literalText(glob: Glob): string {
  let text = '';
  for (let i = 0; i < glob.tokens.length; i++) text += String.fromCharCode(glob.tokens[i]);
  return text;
}

/**
 * Whether some text fits both patterns (same case rule). A dynamic programme over pairs of positions, row by
 * row: O(|a| × |b|) time, O(|b|) memory, no recursion, so long values can neither take long nor overflow the
 * stack. A character taken by a run on both sides at once is never needed: deleting it from a common text
 * leaves a shorter common text.
 */
export function globsIntersect(a: Glob, b: Glob): boolean {
  const x = a.tokens;
  const y = b.tokens;
  const k = y.length;
  let previous = new Uint8Array(k + 1);
  let row = new Uint8Array(k + 1);
  for (let i = 0; i <= x.length; i++) {
    row.fill(0);
    for (let j = 0; j <= k; j++) {
      if (i === 0 && j === 0) {
        row[0] = 1;
        continue;
      }
      let reached = false;
      if (i > 0 && previous[j]) {
        // a's run is left empty, or b's run at j takes a character together with a's token i - 1.
        const ta = x[i - 1];
        reached = isRun(ta) || (j < k && isRun(y[j]) && shareCharacter(ta, y[j]));
      }
      if (!reached && j > 0 && row[j - 1]) {
        const tb = y[j - 1];
        reached = isRun(tb) || (i < x.length && isRun(x[i]) && shareCharacter(x[i], tb));
      }
      if (!reached && i > 0 && j > 0 && previous[j - 1]) {
        const ta = x[i - 1];
        const tb = y[j - 1];
        reached = !isRun(ta) && !isRun(tb) && shareCharacter(ta, tb);
      }
      row[j] = reached ? 1 : 0;
    }
    [previous, row] = [row, previous];
  }
  return previous[k] === 1;
}

/** Whether two tokens (not both runs) can produce one same character. */
function shareCharacter(a: GlobToken, b: GlobToken): boolean {
  if (a >= 0 && b >= 0) return a === b;
  if (a >= 0) return wildcardTakes(b, a);
  if (b >= 0) return wildcardTakes(a, b);
  // Two wildcards: a refused character leaves plenty of others.
  return true;
}
