// Feature: CloudFront path patterns compiled to a small automaton and matched against request paths.
//
// CloudFront patterns have two wildcards: `*` matches any run of characters, `/` included, and `?` matches
// exactly one character. Everything else is a case-sensitive literal, the match is anchored to the whole path,
// and a leading `/` is optional on the pattern (DevGuide DownloadDistValuesCacheBehavior, "Path pattern"). Glob
// libraries such as picomatch treat `/` as a separator and no combination of their options gives these rules,
// and a RegExp translation can backtrack badly on patterns like `*a*a*a*a*b`. So the pattern is compiled into
// an NFA whose states are pattern positions, and a path is matched by moving a set of positions along it, one
// character at a time. The set is a bitset, so each character costs a few word operations per 32 pattern
// positions, and no input can make matching slower than O(path length × pattern length).

import { ownCopy, textRegion, type AnalysisCache } from '../../cache';
import { DEFAULT_SEMANTICS, type PathSemantics } from './semantics';

/** Token value of `*` in `CompiledPattern.tokens`. */
export const STAR = -2;
/** Token value of `?` in `CompiledPattern.tokens`. */
export const ANY = -1;

const SLASH = 0x2f;

/** A path pattern prepared for matching. Build it with `compilePattern`; treat it as read-only. */
export interface CompiledPattern {
  /** The pattern exactly as it was given. */
  readonly source: string;
  /** The pattern with a leading `/`, which is how CloudFront compares it. */
  readonly normalized: string;
  /**
   * A simpler spelling of the same language: runs of `*` are collapsed and, when `?` matches
   * `/`, every run of wildcards that holds a `*` is written `?…?*`. Two patterns with the same
   * canonical form match exactly the same paths.
   */
  readonly canonical: string;
  /** The semantics the pattern was compiled with. */
  readonly semantics: PathSemantics;
  /**
   * The normalised pattern, with runs of `*` merged, as tokens: `STAR`, `ANY`, or the UTF-16
   * code unit of a literal. Position `tokens.length` is the accepting state of the automaton.
   */
  readonly tokens: readonly number[];
  /**
   * Whether the pattern contains `?` at all; only then can a match depend on the reading of `?` against `/`
   * (semantics.ts).
   */
  readonly hasQuestion: boolean;
  /** Bitset words per state set: one bit for each position 0…tokens.length. */
  readonly words: number;
  /** Positions holding `*`; a set keeps them when a character is read (the self-loop). */
  readonly starMask: Uint32Array;
  /** Positions holding `?`; they advance on every character except, in strict mode, `/`. */
  readonly anyMask: Uint32Array;
  /**
   * For each literal character, the positions that advance on it, `?` positions included. It
   * always has an entry for `/`, because a normalised pattern starts with one.
   */
  readonly literalMasks: ReadonlyMap<number, Uint32Array>;
  /** The positions that advance on `/` when `?` must not match `/`. */
  readonly strictSlashMask: Uint32Array;
  /**
   * For patterns of at most 31 tokens, whose position sets fit one word: the advance mask of
   * every ASCII character, so matching an ASCII path needs no map lookups and no allocation.
   */
  readonly asciiMasks: Uint32Array | undefined;
}

/** The outcome of matching one request path against one compiled pattern. */
export interface PathMatch {
  matched: boolean;
  /**
   * True when the path matches only because some `?` consumed a `/`, that is, the path would
   * not match if `?` excluded `/`. Such a result rests on a reading AWS does not document (semantics.ts).
   */
  questionMatchedSlash: boolean;
}

/**
 * Called wherever a pattern or path is compared. Returns the string with a leading `/`, added
 * when missing; CloudFront treats `images/*.jpg` and `/images/*.jpg` the same.
 */
export function normalizePattern(p: string): string {
  return p.startsWith('/') ? p : '/' + p;
}

/**
 * Called to compare patterns by language. Returns the canonical spelling of an already
 * normalised pattern (see `CompiledPattern.canonical`).
 */
export function canonicalizePattern(normalized: string, sem: PathSemantics = DEFAULT_SEMANTICS): string {
  let out = '';
  let i = 0;
  while (i < normalized.length) {
    const ch = normalized[i];
    if (ch !== '*' && ch !== '?') {
      out += ch;
      i++;
      continue;
    }
    // Read the whole run of wildcards and count its parts.
    let stars = 0;
    let questions = 0;
    let run = '';
    while (i < normalized.length && (normalized[i] === '*' || normalized[i] === '?')) {
      if (normalized[i] === '*') stars++;
      else questions++;
      run += normalized[i];
      i++;
    }
    if (stars === 0) {
      out += run;
    } else if (sem.questionMatchesSlash) {
      // When `?` is any character, a run with k question marks and at least one star matches
      // exactly the strings of length ≥ k, whatever the order, so `?…?*` is an exact rewrite.
      out += '?'.repeat(questions) + '*';
    } else {
      // When `?` excludes `/`, the order matters (`*?` needs a non-slash last character, `?*` a
      // non-slash first one), so only adjacent stars are merged.
      out += run.replace(/\*+/g, '*');
    }
  }
  return out;
}

/**
 * Called once per behavior before matching. Returns the pattern compiled for `sem`; it never
 * throws, and every string is a valid pattern because CloudFront has no escapes or syntax errors.
 * With a cache, compiled patterns (which are immutable) are kept: while a user types, one pattern
 * changes and the rest of the list stays the same, and every later analysis and simulation reuses them.
 */
export function compilePattern(pattern: string, sem: PathSemantics = DEFAULT_SEMANTICS, cache?: AnalysisCache): CompiledPattern {
  // Compiled from a copy: the pattern is a slice of the document, which a remembered compiled pattern would
  // otherwise keep alive through its `source`.
  if (!cache) return compileUncached(ownCopy(pattern), sem);
  return sem.questionMatchesSlash
    ? cache.region(PATTERNS).answer(pattern, compileQuestionAny)
    : cache.region(STRICT_PATTERNS).answer(pattern, compileQuestionStrict);
}

/** Compiled patterns, one region per reading of `?` so that a lookup needs no new key string. */
const PATTERNS = textRegion<CompiledPattern>('cloudfront/path-patterns');
const STRICT_PATTERNS = textRegion<CompiledPattern>('cloudfront/path-patterns-strict');
const QUESTION_ANY: PathSemantics = Object.freeze({ questionMatchesSlash: true });
const QUESTION_STRICT: PathSemantics = Object.freeze({ questionMatchesSlash: false });
const compileQuestionAny = (pattern: string): CompiledPattern => compileUncached(pattern, QUESTION_ANY);
const compileQuestionStrict = (pattern: string): CompiledPattern => compileUncached(pattern, QUESTION_STRICT);

function compileUncached(pattern: string, sem: PathSemantics): CompiledPattern {
  const normalized = normalizePattern(pattern);
  const canonical = canonicalizePattern(normalized, sem);
  // The automaton is built from the pattern with only its star runs merged, which is exact under
  // both readings of `?`. That lets `matchPath` re-run it in the strict reading to see whether a
  // match needed a `?` to eat a `/`; the `?…?*` rewrite in `canonical` is exact only for one.
  const spelled = normalized.replace(/\*+/g, '*');
  const tokens: number[] = [];
  for (let i = 0; i < spelled.length; i++) {
    const ch = spelled.charCodeAt(i);
    tokens.push(ch === 0x2a ? STAR : ch === 0x3f ? ANY : ch);
  }
  const words = (tokens.length >>> 5) + 1;
  const starMask = new Uint32Array(words);
  const anyMask = new Uint32Array(words);
  const literalMasks = new Map<number, Uint32Array>();
  for (let q = 0; q < tokens.length; q++) {
    const t = tokens[q];
    if (t === STAR) setBit(starMask, q);
    else if (t === ANY) setBit(anyMask, q);
    else {
      let mask = literalMasks.get(t);
      if (mask === undefined) {
        mask = new Uint32Array(words);
        literalMasks.set(t, mask);
      }
      setBit(mask, q);
    }
  }
  // A `?` advances on a literal character too, so fold its positions into each literal mask.
  // The slash mask keeps a strict copy without them for the "did `?` eat a `/`" check.
  const strictSlashMask = Uint32Array.from(literalMasks.get(SLASH) ?? new Uint32Array(words));
  for (const [ch, mask] of literalMasks) {
    if (ch === SLASH && !sem.questionMatchesSlash) continue;
    for (let w = 0; w < words; w++) mask[w] |= anyMask[w];
  }
  let asciiMasks: Uint32Array | undefined;
  if (words === 1) {
    asciiMasks = new Uint32Array(128).fill(anyMask[0]);
    for (const [ch, mask] of literalMasks) if (ch < 128) asciiMasks[ch] = mask[0];
  }
  return {
    source: pattern,
    normalized,
    canonical,
    semantics: sem,
    tokens,
    hasQuestion: anyMask.some((w) => w !== 0),
    words,
    starMask,
    anyMask,
    literalMasks,
    strictSlashMask,
    asciiMasks,
  };
}

/**
 * Called to decide whether a compiled pattern selects a request path. The path should already
 * be normalised (see `normalizeRequestPath`); a missing leading `/` is added here as well.
 * Returns whether it matched and whether the match relied on a `?` matching a `/`.
 */
export function matchPath(compiled: CompiledPattern, normalizedPath: string): PathMatch {
  const path = normalizedPath.startsWith('/') ? normalizedPath : '/' + normalizedPath;
  const matched = runAutomaton(compiled, path, compiled.semantics.questionMatchesSlash);
  // Only a pattern with `?`, in the permissive reading, can owe a match to a `?` eating a `/`.
  // Matching again with the strict reading answers the question exactly rather than guessing
  // from where the wildcards happen to line up.
  const questionMatchedSlash =
    matched &&
    compiled.hasQuestion &&
    compiled.semantics.questionMatchesSlash &&
    path.includes('/') &&
    !runAutomaton(compiled, path, false);
  return { matched, questionMatchedSlash };
}

/**
 * Called by the reachability analysis to step a set of positions over one character class.
 * Writes into `out` the ε-closed set reached from `from` by reading a character whose advance
 * mask is `advance`.
 */
export function stepPositions(
  compiled: CompiledPattern,
  from: Uint32Array,
  advance: Uint32Array,
  out: Uint32Array,
): void {
  const words = compiled.words;
  const star = compiled.starMask;
  // Advanced positions move one to the right (a shift across words); star positions stay.
  let carry = 0;
  for (let w = 0; w < words; w++) {
    const moved = from[w] & advance[w];
    out[w] = ((moved << 1) | carry | (from[w] & star[w])) >>> 0;
    carry = moved >>> 31;
  }
  closeOverStars(compiled, out);
}

/**
 * Called on every new position set. Adds the positions reachable through the ε-edge of each
 * `*` (a star may match nothing). Compiled patterns never hold two stars in a row (runs are
 * merged), so a single shift reaches the fixed point.
 */
export function closeOverStars(compiled: CompiledPattern, set: Uint32Array): void {
  const star = compiled.starMask;
  let carry = 0;
  for (let w = 0; w < compiled.words; w++) {
    const skip = set[w] & star[w];
    const next = ((skip << 1) | carry) >>> 0;
    carry = skip >>> 31;
    set[w] = (set[w] | next) >>> 0;
  }
}

/**
 * Returns the advance mask for one character under the given reading of `?`. The strict slash
 * mask is handed out whenever `?` must not eat `/`, because the permissive slash mask has the
 * `?` positions folded in.
 */
function advanceMaskFor(compiled: CompiledPattern, ch: number, questionMatchesSlash: boolean): Uint32Array {
  if (ch === SLASH && !questionMatchesSlash) return compiled.strictSlashMask;
  return compiled.literalMasks.get(ch) ?? compiled.anyMask;
}

function runAutomaton(compiled: CompiledPattern, path: string, questionMatchesSlash: boolean): boolean {
  if (compiled.asciiMasks !== undefined) return runSingleWord(compiled, compiled.asciiMasks, path, questionMatchesSlash);
  const words = compiled.words;
  let current = new Uint32Array(words);
  let next = new Uint32Array(words);
  current[0] = 1;
  closeOverStars(compiled, current);
  for (let i = 0; i < path.length; i++) {
    const advance = advanceMaskFor(compiled, path.charCodeAt(i), questionMatchesSlash);
    stepPositions(compiled, current, advance, next);
    let alive = 0;
    for (let w = 0; w < words; w++) alive |= next[w];
    // No position is left, so no longer path can match either.
    if (alive === 0) return false;
    const swap = current;
    current = next;
    next = swap;
  }
  return hasBit(current, compiled.tokens.length);
}

/**
 * The same simulation as `runAutomaton` for a pattern whose positions fit in one 32-bit word,
 * with the set held in a plain number. This is the common case: real patterns are short.
 */
function runSingleWord(compiled: CompiledPattern, ascii: Uint32Array, path: string, questionMatchesSlash: boolean): boolean {
  const star = compiled.starMask[0];
  const any = compiled.anyMask[0];
  const slash = questionMatchesSlash ? ascii[SLASH] : compiled.strictSlashMask[0];
  let current = 1 | ((1 & star) << 1);
  for (let i = 0; i < path.length; i++) {
    const ch = path.charCodeAt(i);
    const advance = ch === SLASH ? slash : ch < 128 ? ascii[ch] : (compiled.literalMasks.get(ch)?.[0] ?? any);
    let next = ((current & advance) << 1) | (current & star);
    next |= (next & star) << 1;
    if (next === 0) return false;
    current = next;
  }
  return ((current >>> compiled.tokens.length) & 1) === 1;
}

/** Sets bit `q` in a bitset. */
export function setBit(set: Uint32Array, q: number): void {
  set[q >>> 5] = (set[q >>> 5] | (1 << (q & 31))) >>> 0;
}

/** Reads bit `q` of a bitset. */
export function hasBit(set: Uint32Array, q: number): boolean {
  return (set[q >>> 5] & (1 << (q & 31))) !== 0;
}
