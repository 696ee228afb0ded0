// Feature: decide exactly which cache behaviors can never be selected.
//
// CloudFront tries the behaviors in list order and takes the first whose pattern matches, with
// the default (`*`) last. Behavior B is therefore unreachable exactly when every path B matches
// is matched by the union of the patterns before it. Comparing pattern text cannot decide this:
// `*?` and `?*` are the same language, and `/img/?*` with `/img/` together cover `/img/*` while
// neither does alone. So we decide it on the automata. Each pattern becomes a DFA, built lazily
// by subset construction over its NFA of pattern positions. A breadth-first search then walks
// the product of B's DFA with the DFAs of the earlier patterns. A product state in which B
// accepts and no earlier pattern does is a path that reaches B, and the first one found is a
// shortest such path. If the search runs out of states without finding one, B is covered.
//
// The alphabet is finite without losing exactness. It holds every literal character of the
// patterns involved, plus `/`, plus one symbol OTHER that stands for every other character:
// no pattern can tell two OTHER characters apart, so one representative is enough.
//
// The subset construction is exponential in the worst case (`*a?????????????` needs about 2^14
// states), so the search has two budgets: product states per behavior, and work per call. When
// either runs out, the answer is `unknown` and the editor says nothing, rather than guess.
//
// Most questions of a real list need no search of the whole union (issue 12, point 15), so the
// cheap exact answers come first: B's shortest path taken by no earlier pattern (reachable), or
// one earlier pattern that alone holds every path of B (unreachable: a catch-all above, a repeat,
// a broader prefix), decided on the product of just those two automata. Who takes the paths of
// such a B is then found one candidate at a time. Only the behaviors left open go to the search
// of the whole union, each with an equal share of the budget that is left. Every search starts
// after the literal head its paths must begin with, so a long shared prefix costs nothing per
// character.

import type { AnalysisCache } from '../../cache';
import {
  ANY,
  STAR,
  canonicalizePattern,
  closeOverStars,
  compilePattern,
  hasBit,
  matchPath,
  normalizePattern,
  stepPositions,
  type CompiledPattern,
} from './pathPattern';
import { DEFAULT_SEMANTICS, type PathSemantics } from './semantics';

/** What the analysis found out about one behavior. */
export type ReachabilityResult =
  /** Some request reaches the behavior; `example` is a shortest such path, starting with `/`. */
  | { status: 'reachable'; example: string }
  /**
   * No request reaches the behavior. `coveredBy` lists, in ascending order, the earlier
   * non-default behaviors (0-based) that take at least one of its paths under first-match
   * order: the behaviors its requests actually go to. Behaviors that merely overlap it but
   * lose every shared path to an even earlier one are not listed, so every behavior listed is
   * itself reachable.
   */
  | {
      status: 'unreachable';
      coveredBy: number[];
      /**
       * Set when the budget ran out while working out who takes the paths, after one earlier
       * behavior was found whose pattern alone matches every path of this one (so the verdict
       * is certain). `coveredBy` then holds just that behavior, which may itself lose some or
       * all of those paths to even earlier ones: it is the one that "also matches", not
       * necessarily one that takes paths. Only long or adversarial lists get here.
       */
      containedIn?: true;
    }
  /** A search budget ran out before the question was decided. */
  | { status: 'unknown' };

export interface ReachabilityOptions {
  /**
   * The most product states one behavior's search may visit. Realistic behavior lists need a
   * few dozen per behavior; only adversarial wildcard runs such as `*a?????????????` (about
   * 2^14 states on their own) come near the default.
   */
  stateBudget?: number;
  /**
   * The most work the whole call may do, across all behaviors, in the units described at
   * `WORK_PER_DFA_WORD`. It bounds the time of a call in which many behaviors are adversarial.
   * The cheap questions of each behavior get a share of what is left for the behaviors still to
   * come, and the searches of the behaviors left open share the rest equally, so an expensive
   * question early in the list cannot starve a cheap one later; a call never does much more than
   * total + a few × MIN_WORK_BUDGET × behaviors work. The default grows with the length of the
   * patterns (`WORK_PER_PATTERN_CHARACTER`).
   */
  totalWorkBudget?: number;
  /** Where compiled patterns are remembered across calls (`AnalysisOptions.cache`); none by default. */
  cache?: AnalysisCache;
}

/** Default for `ReachabilityOptions.stateBudget`. */
export const DEFAULT_STATE_BUDGET = 20_000;
/**
 * Default for `ReachabilityOptions.totalWorkBudget`. Warm, a unit costs some 20–60 ns on Node 20
 * (bench/pathEngine.bench.ts), so a call in which every behavior is adversarial stays within a
 * few milliseconds; the first call in a fresh process runs unoptimised code and is up to twenty
 * times slower, which this default keeps to some tens of milliseconds. A realistic list of 75
 * behaviors needs some thousands of units, because most behaviors are settled without a search.
 */
export const DEFAULT_TOTAL_WORK_BUDGET = 60_000;
/**
 * The least work any one question gets, whatever the ones before it used. It is enough for the
 * searches of realistic behaviors, which take a few hundred units.
 */
export const MIN_WORK_BUDGET = 500;

/**
 * Added to `DEFAULT_TOTAL_WORK_BUDGET` for every character of the list's patterns: a search walks
 * each literal character of the patterns involved, so a list of long patterns (a long shared
 * prefix) needs proportionally more work for the same questions. 75 patterns of 255 characters
 * add some 300,000 units.
 */
export const WORK_PER_PATTERN_CHARACTER = 16;
/**
 * The least work held for finding who takes an unreachable behavior's paths. A realistic list
 * needs some hundreds of units per candidate (the shortest common path of two patterns).
 */
const TAKERS_WORK_BUDGET = 20_000;
/** The work one "does this pattern alone hold B?" question may take, per token of the two patterns. */
const CONTAINMENT_WORK_PER_TOKEN = 24;

// Work is counted in units that track time: one DFA transition looked up is one unit, a new
// product state costs one unit per automaton in it (hashing, storing and inspecting the tuple),
// and a new DFA state costs `WORK_PER_DFA_WORD` per 32-bit word of its position set (a subset
// step plus interning, both linear in the pattern's length).
const WORK_PER_DFA_WORD = 8;

/**
 * Called with the `PathPattern`s of the non-default behaviors, in list order. Returns one result
 * per behavior followed by one for the default behavior (pattern `*`), so the array has
 * `patterns.length + 1` entries. Never throws; every string is a valid pattern.
 */
export function analyzeReachability(
  patterns: readonly string[],
  sem: PathSemantics = DEFAULT_SEMANTICS,
  opts: ReachabilityOptions = {},
): ReachabilityResult[] {
  const stateBudget = sanitizeBudget(opts.stateBudget, DEFAULT_STATE_BUDGET);
  const all = [...patterns, '*'];
  // Long patterns need proportionally more work for the same question (every search walks their
  // literal characters), so the budget grows with the text of the list.
  let lengths = 0;
  for (const p of all) lengths += p.length;
  let workLeft = sanitizeBudget(opts.totalWorkBudget, DEFAULT_TOTAL_WORK_BUDGET + WORK_PER_PATTERN_CHARACTER * lengths);
  const automata = new AutomatonCache(all, sem, opts.cache);
  const dfas = all.map((p) => automata.forPattern(p));
  const results: ReachabilityResult[] = [];
  const componentsOf = (j: number, upTo: number): Component[] => {
    // An unreachable earlier behavior never takes a path: its paths already go to behaviors
    // before it. Dropping it changes neither the union nor who takes what.
    const out: Component[] = [];
    for (let k = 0; k <= upTo; k++) {
      if (results[k].status !== 'unreachable' && mayIntersect(dfas[k], dfas[j], sem)) out.push({ index: k, dfa: dfas[k] });
    }
    return out;
  };
  const spend = (work: number): void => {
    workLeft -= work;
  };
  // First pass: the exact answers that need no search of the whole union. A behavior left open
  // here is searched in the second pass, with a share of the budget that is left.
  const open: { j: number; shortest: string; unsure: boolean }[] = [];
  // Patterns with the same canonical form share a DFA object, so the DFA identifies the
  // language. A repeat of a pattern gets the answer of its first repeat: same paths, and the
  // behaviors in between cannot take any of them because the first copy already matched them.
  const firstWithLanguage = new Map<LazyDfa, number>();
  const firstRepeat = new Map<LazyDfa, number>();
  for (let j = 0; j < all.length; j++) {
    const dfa = dfas[j];
    const first = firstWithLanguage.get(dfa);
    if (first === undefined) {
      firstWithLanguage.set(dfa, j);
    } else {
      const known = results[first].status === 'unreachable' ? first : firstRepeat.get(dfa);
      if (known !== undefined) {
        results.push(copyResult(results[known]));
        continue;
      }
      firstRepeat.set(dfa, j);
    }
    const components = componentsOf(j, j - 1);
    // The cheapest answer first. B's shortest path, with each `?` spelled as OTHER, is as short
    // as any path B matches; if no earlier pattern takes it, it is a shortest example and the
    // search is not needed. Most behaviors of a real list are settled here. (A repeat never is:
    // its first copy is among the components and takes the path.)
    const shortest = dfa.completion(dfa.initial, automata.alphabet.codes[OTHER]) ?? '/';
    spend(components.length);
    if (components.every((c) => !matchPath(c.dfa.compiled, shortest).matched)) {
      results.push({ status: 'reachable', example: shortest });
      continue;
    }
    // Next, one earlier pattern alone may hold all of B's paths (a catch-all above, a repeat, a
    // broader prefix): then B is unreachable for certain, and only who takes its paths is left.
    // Half of B's share of the budget is for these questions, the rest stays for the searches.
    const granted = Math.max(MIN_WORK_BUDGET, workLeft / (2 * (all.length - j)));
    const allowance: Allowance = { work: granted };
    const container = first ?? firstContainer(j, shortest, dfas, automata, sem, stateBudget, allowance);
    if (container !== undefined) {
      // The verdict is certain now; naming who takes the paths gets a share of its own, since
      // a wrong name is what the user would act on.
      // It still comes out of the whole call's budget, so adversarial lists stay bounded.
      const naming: Allowance = { work: Math.max(MIN_WORK_BUDGET, Math.min(workLeft, Math.max(TAKERS_WORK_BUDGET, workLeft / (all.length - j)))) };
      const start = naming.work;
      results.push(unreachableWithTakers(dfa, container, componentsOf(j, container), automata, sem, stateBudget, naming));
      spend(start - naming.work);
    } else {
      results.push({ status: 'unknown' });
      open.push({ j, shortest, unsure: allowance.unsure === true });
    }
    spend(granted - allowance.work);
  }
  /** Tries to settle an open behavior within `budget`, leaving it `unknown` when it cannot. */
  const decideOpen = (item: (typeof open)[number], budget: number): void => {
    const { j, shortest } = item;
    let searchBudget = budget;
    // The question of one container first, if the first pass could not finish it and it is
    // cheap next to the search of the whole union.
    if (item.unsure) {
      const allowance: Allowance = { work: budget / 4 };
      const container = firstContainer(j, shortest, dfas, automata, sem, stateBudget, allowance);
      if (container !== undefined) {
        allowance.work += (budget * 3) / 4;
        results[j] = unreachableWithTakers(dfas[j], container, componentsOf(j, container), automata, sem, stateBudget, allowance);
        spend(budget - allowance.work);
        return;
      }
      spend(budget / 4 - allowance.work);
      searchBudget = budget - budget / 4;
    }
    const outcome = searchProduct(dfas[j], componentsOf(j, j - 1), automata, stateBudget, searchBudget);
    spend(outcome.work);
    results[j] = outcome.result;
  };
  // Second pass: the searches of the whole union, in list order, each with an equal share of
  // what is left, so an expensive question early in the list cannot starve a cheap one later.
  // (Rounds with doubling shares were tried: a search started again finds its DFA states built
  // and explores more product states per unit of work, which made adversarial lists slower.)
  for (let n = 0; n < open.length; n++) {
    decideOpen(open[n], Math.max(MIN_WORK_BUDGET, workLeft / (open.length - n)));
  }
  return results;
}

/** Work that an analysis may spend, drawn down by each search it pays for. */
interface Allowance {
  work: number;
  /** Set by `firstContainer` when some pattern could not be tested for want of work. */
  unsure?: boolean;
}

/**
 * Returns the first earlier behavior whose pattern alone matches every path that behavior `j`
 * matches, or `undefined` when none does or the allowance ran out first. A container must match
 * `shortest`, one of B's paths, and pass the cheap `mayContain` test; only the few patterns that
 * do are searched.
 */
function firstContainer(
  j: number,
  shortest: string,
  dfas: readonly LazyDfa[],
  automata: AutomatonCache,
  sem: PathSemantics,
  stateBudget: number,
  allowance: Allowance,
): number | undefined {
  const b = dfas[j];
  for (let k = 0; k < j; k++) {
    if (dfas[k] === b) return k;
    if (allowance.work <= 0) {
      allowance.unsure = true;
      return undefined;
    }
    if (!matchPath(dfas[k].compiled, shortest).matched || !mayContain(dfas[k], b, sem)) continue;
    // A container found in its own small budget keeps the rest for the other candidates.
    const pairBudget = Math.min(allowance.work, CONTAINMENT_WORK_PER_TOKEN * (dfas[k].compiled.tokens.length + b.compiled.tokens.length + 8));
    const { outcome, work } = searchUncovered([b], [dfas[k]], automata, pairBudget, stateBudget);
    allowance.work -= work;
    if (outcome.status === 'none') return k;
    if (outcome.status === 'exhausted') allowance.unsure = true;
  }
  return undefined;
}

/**
 * Called for a behavior known to be unreachable. Returns its result with, in ascending order, the
 * candidates that take at least one of its paths under first-match order. Candidate A_i takes
 * one exactly when some path matched by both B and A_i is matched by no earlier candidate; the
 * shortest path of B ∩ A_i usually settles it, and a search of B ∩ A_i against the earlier
 * candidates settles the rest. A candidate that is itself unreachable never passes: each of its
 * paths is matched by an earlier reachable behavior, which is a candidate too. When one of these
 * questions runs out of work, the search of the whole union (which finds every taker in one
 * go) is tried with what is left, and only when that runs out too is the answer `container`
 * (an earlier behavior whose pattern alone holds every path of B) with `containedIn` set.
 */
function unreachableWithTakers(
  b: LazyDfa,
  container: number,
  candidates: readonly Component[],
  automata: AutomatonCache,
  sem: PathSemantics,
  stateBudget: number,
  allowance: Allowance,
): ReachabilityResult {
  const takers: number[] = [];
  const undecided: number[] = [];
  // No one question may take more than a quarter, so the search of the whole union keeps enough.
  const perQuestion = Math.max(MIN_WORK_BUDGET, allowance.work / 4);
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (allowance.work <= 0) {
      undecided.push(c.index);
      continue;
    }
    const earlier: LazyDfa[] = [];
    for (let e = 0; e < n; e++) if (mayIntersect(candidates[e].dfa, c.dfa, sem)) earlier.push(candidates[e].dfa);
    // A few paths put together from the two patterns' shortest paths settle most candidates
    // without any search: `/v1//media/` and `/.png` give `/v1//media/.png`.
    const guesses = guessCommonPaths(b, c.dfa, automata.alphabet.codes[OTHER]);
    // A match is a few word operations per character, far less than a unit of search work.
    allowance.work -= guesses.length * (2 + earlier.length);
    if (guesses.some((p) => matchPath(b.compiled, p).matched && matchPath(c.dfa.compiled, p).matched && !earlier.some((e) => matchPath(e.compiled, p).matched))) {
      takers.push(c.index);
      continue;
    }
    const meet = searchUncovered([b, c.dfa], [], automata, Math.min(allowance.work, perQuestion), stateBudget);
    allowance.work -= meet.work;
    if (meet.outcome.status === 'none') continue;
    if (meet.outcome.status === 'found') {
      const example = meet.outcome.example;
      if (!earlier.some((e) => matchPath(e.compiled, example).matched)) {
        takers.push(c.index);
        continue;
      }
    }
    const exact = searchUncovered([b, c.dfa], earlier, automata, Math.max(Math.min(allowance.work, perQuestion), 0), stateBudget);
    allowance.work -= exact.work;
    if (exact.outcome.status === 'found') takers.push(c.index);
    else if (exact.outcome.status === 'exhausted') undecided.push(c.index);
  }
  if (undecided.length === 0) return { status: 'unreachable', coveredBy: takers };
  const whole = searchProduct(b, candidates, automata, stateBudget, Math.max(allowance.work, MIN_WORK_BUDGET));
  allowance.work -= whole.work;
  if (whole.result.status === 'unreachable' && whole.result.containedIn !== true) return whole.result;
  return { status: 'unreachable', coveredBy: [container], containedIn: true };
}

function copyResult(result: ReachabilityResult): ReachabilityResult {
  return result.status === 'unreachable' ? { ...result, coveredBy: [...result.coveredBy] } : { ...result };
}

/**
 * Called to ask whether two patterns share at least one request path. Returns `true` or `false`,
 * or `undefined` when the state budget ran out first.
 */
export function intersects(
  a: string,
  b: string,
  sem: PathSemantics = DEFAULT_SEMANTICS,
  opts: { stateBudget?: number } = {},
): boolean | undefined {
  const automata = new AutomatonCache([a, b], sem);
  const da = automata.forPattern(a);
  const db = automata.forPattern(b);
  if (!mayIntersect(da, db, sem)) return false;
  const budget = sanitizeBudget(opts.stateBudget, DEFAULT_STATE_BUDGET);
  const symbols = automata.alphabet.symbolsFor([da, db]);
  const pairs = new TupleTable(2);
  const pair = new Int32Array([da.initial, db.initial]);
  pairs.intern(pair);
  for (let id = 0; id < pairs.size; id++) {
    const sa = pairs.at(id, 0);
    const sb = pairs.at(id, 1);
    // Every live state can still reach acceptance, so one side accepting everything from here
    // settles the question as soon as the other side is alive.
    if (da.accepting[sa] === 1 && db.accepting[sb] === 1) return true;
    if (da.universal[sa] === 1 || db.universal[sb] === 1) return true;
    for (const symbol of symbols) {
      pair[0] = da.next(sa, symbol);
      if (pair[0] === DEAD) continue;
      pair[1] = db.next(sb, symbol);
      if (pair[1] === DEAD) continue;
      if (pairs.size >= budget && pairs.find(pair) < 0) return undefined;
      pairs.intern(pair);
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Alphabet and lazily built DFAs.

/** Symbol 0 is OTHER, every character that no pattern in the analysis mentions. */
const OTHER = 0;
/** DFA state 0 is the empty position set: nothing can match any more. */
const DEAD = 0;
const SLASH = 0x2f;

/**
 * An interning table for fixed-length integer tuples: DFA position sets and product states.
 * Tuples are stored back to back in one growable buffer and found through an open-addressing
 * hash index, so the hot loops of the search allocate nothing and never hash strings.
 */
class TupleTable {
  /** Set by `intern`: whether the last tuple was new. */
  added = false;
  private readonly stride: number;
  private data: Int32Array;
  private index: Int32Array;
  private mask: number;
  private count = 0;

  constructor(stride: number) {
    this.stride = stride;
    this.data = new Int32Array(16 * Math.max(stride, 1));
    this.index = new Int32Array(32);
    this.mask = 31;
  }

  get size(): number {
    return this.count;
  }

  /** Returns the id of `tuple`, or -1 when it has not been interned. */
  find(tuple: Int32Array): number {
    return this.index[this.probe(tuple)] - 1;
  }

  /** Returns the id of `tuple`, adding a copy when it is new (ids count up from 0). */
  intern(tuple: Int32Array): number {
    const slot = this.probe(tuple);
    const entry = this.index[slot];
    if (entry !== 0) {
      this.added = false;
      return entry - 1;
    }
    const id = this.count++;
    if (this.count * this.stride > this.data.length) this.data = grow(this.data, this.data.length * 2);
    this.data.set(tuple, id * this.stride);
    this.index[slot] = id + 1;
    // The index stays at most half full, which keeps the linear probes short.
    if (this.count * 2 > this.mask) this.rehash();
    this.added = true;
    return id;
  }

  /** Reads element `i` of tuple `id`. */
  at(id: number, i: number): number {
    return this.data[id * this.stride + i];
  }

  /** Copies tuple `id` into `out`. */
  read(id: number, out: Int32Array): void {
    const base = id * this.stride;
    for (let i = 0; i < this.stride; i++) out[i] = this.data[base + i];
  }

  /** Returns the index slot that holds `tuple`, or the empty slot where it belongs. */
  private probe(tuple: Int32Array): number {
    const stride = this.stride;
    let slot = hashTuple(tuple, 0, stride) & this.mask;
    for (;;) {
      const entry = this.index[slot];
      if (entry === 0) return slot;
      const base = (entry - 1) * stride;
      let i = 0;
      while (i < stride && this.data[base + i] === tuple[i]) i++;
      if (i === stride) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private rehash(): void {
    const size = (this.mask + 1) * 2;
    this.index = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = hashTuple(this.data, id * this.stride, this.stride) & this.mask;
      while (this.index[slot] !== 0) slot = (slot + 1) & this.mask;
      this.index[slot] = id + 1;
    }
  }
}

function hashTuple(data: Int32Array, offset: number, length: number): number {
  let h = 0x811c9dc5;
  for (let i = offset; i < offset + length; i++) {
    h = Math.imul(h ^ data[i], 0x01000193);
    h ^= h >>> 15;
  }
  return Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
}

/**
 * The characters the witness shows for OTHER, in order of preference: a path like `/x` reads as
 * a placeholder. The first one that no pattern mentions is used, so the example really is
 * matched as OTHER by every pattern.
 */
const OTHER_DISPLAY_PREFERENCE = 'xyzqwkjvuabcdefghilmnoprst0123456789XYZABCDEFGHIJKLMNOPQRSTUVW_-~';

class Alphabet {
  /** Character code of each symbol; index 0 (OTHER) holds the display character. */
  readonly codes: number[] = [0];
  private readonly symbolByCode = new Map<number, number>();

  constructor(literalCodes: Iterable<number>) {
    // Sorting by readability makes the breadth-first search try letters before punctuation, so
    // among equally short examples the one that looks like a real path is found first.
    const sorted = [...new Set([SLASH, ...literalCodes])].sort((x, y) => readabilityRank(x) - readabilityRank(y) || x - y);
    for (const code of sorted) {
      this.symbolByCode.set(code, this.codes.length);
      this.codes.push(code);
    }
    this.codes[OTHER] = pickOtherDisplay(this.symbolByCode);
  }

  get size(): number {
    return this.codes.length;
  }

  symbolOf(code: number): number {
    return this.symbolByCode.get(code) ?? OTHER;
  }

  /**
   * Returns the symbols that matter to the given automata, in search order: OTHER first, then
   * the literals of those patterns. Any other symbol acts as OTHER on all of them, so leaving it
   * out keeps the search exact.
   */
  symbolsFor(dfas: readonly LazyDfa[]): number[] {
    const wanted = new Uint8Array(this.codes.length);
    wanted[OTHER] = 1;
    for (const dfa of dfas) for (const symbol of dfa.literalSymbols) wanted[symbol] = 1;
    const out: number[] = [];
    for (let symbol = 0; symbol < wanted.length; symbol++) if (wanted[symbol] === 1) out.push(symbol);
    return out;
  }
}

/** Orders characters as they read best in an example: a–z, 0–9, A–Z, `/`, `.-_`, then the rest. */
function readabilityRank(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return 0;
  if (code >= 0x30 && code <= 0x39) return 1;
  if (code >= 0x41 && code <= 0x5a) return 2;
  if (code === SLASH) return 3;
  if (code === 0x2e || code === 0x2d || code === 0x5f) return 4;
  return 5;
}

function pickOtherDisplay(used: ReadonlyMap<number, number>): number {
  for (let i = 0; i < OTHER_DISPLAY_PREFERENCE.length; i++) {
    const code = OTHER_DISPLAY_PREFERENCE.charCodeAt(i);
    if (!used.has(code)) return code;
  }
  // Every preferred character is a literal somewhere. Patterns hold few distinct characters,
  // so a free one is found quickly above the printable ASCII range.
  for (let code = 0xc0; ; code++) if (!used.has(code)) return code;
}

/** One pattern's DFA, built on demand from its position NFA. */
class LazyDfa {
  readonly compiled: CompiledPattern;
  /** The distinct literal characters of the pattern. */
  readonly literalCodes: number[];
  /** The same characters as global symbols, ascending. */
  readonly literalSymbols: number[];
  readonly shape: PatternShape;
  readonly initial: number;
  /** Per state: 1 when the state accepts, that is, the position set holds the end position. */
  accepting: Uint8Array = new Uint8Array(16);
  /** Per state: 1 when every continuation is accepted (the set holds a final `*`). */
  universal: Uint8Array = new Uint8Array(16);
  /** The position set of each state, interned; the id of a set is the DFA state. */
  private readonly sets: TupleTable;
  /** Global symbol → local class; 0 is the pattern's own OTHER class. */
  private readonly classOf: Int32Array;
  private readonly classMasks: Uint32Array[];
  /** Transition table, `state * classes + class`, with -1 for "not computed yet". */
  private table: Int32Array;
  private readonly from: Uint32Array;
  private readonly to: Uint32Array;
  /** `to` seen as signed words, the form the intern table stores. */
  private readonly toSigned: Int32Array;
  /** Per state, the answer of `liveLiterals` once asked. */
  private readonly live: (readonly number[] | undefined)[] = [];
  /** Shared with the other DFAs of one analysis, to charge new states to the work budget. */
  private readonly counter: { dfaWords: number };

  constructor(canonical: string, sem: PathSemantics, alphabet: Alphabet, counter: { dfaWords: number }, cache: AnalysisCache | undefined) {
    this.counter = counter;
    this.compiled = compilePattern(canonical, sem, cache);
    const c = this.compiled;
    this.literalCodes = [...c.literalMasks.keys()];
    this.literalSymbols = this.literalCodes.map((code) => alphabet.symbolOf(code)).sort((x, y) => x - y);
    this.shape = shapeOf(c.tokens);
    this.classOf = new Int32Array(alphabet.size);
    this.classMasks = [c.anyMask];
    for (const code of this.literalCodes) {
      this.classOf[alphabet.symbolOf(code)] = this.classMasks.length;
      this.classMasks.push(c.literalMasks.get(code) ?? c.anyMask);
    }
    this.sets = new TupleTable(c.words);
    this.table = new Int32Array(16 * this.classMasks.length).fill(-1);
    this.from = new Uint32Array(c.words);
    this.to = new Uint32Array(c.words);
    this.toSigned = new Int32Array(this.to.buffer);
    // State 0 is the empty set, DEAD.
    this.intern();
    this.to[0] = 1;
    closeOverStars(c, this.to);
    this.initial = this.intern();
  }

  /** Returns the state reached from `state` on global `symbol`, building it on first use. */
  next(state: number, symbol: number): number {
    const cls = this.classOf[symbol];
    const slot = state * this.classMasks.length + cls;
    const known = this.table[slot];
    if (known >= 0) return known;
    for (let w = 0; w < this.from.length; w++) this.from[w] = this.sets.at(state, w);
    stepPositions(this.compiled, this.from, this.classMasks[cls], this.to);
    const target = this.intern();
    // `intern` may have grown the table, so it is indexed only now.
    this.table[slot] = target;
    return target;
  }

  /**
   * Returns a shortest string that takes `state` to acceptance, or `undefined` for the dead
   * state. A `?` is spelled with OTHER's display character, which no pattern mentions.
   */
  completion(state: number, otherDisplay: number): string | undefined {
    const signed = new Int32Array(this.compiled.words);
    this.sets.read(state, signed);
    const set = new Uint32Array(signed.buffer);
    const tokens = this.compiled.tokens;
    // The shortest completion from position q has one character per non-star token after q.
    // Counting them from the end keeps this linear even for very long patterns.
    let best: number | undefined;
    let bestCost = Infinity;
    let cost = 0;
    for (let q = tokens.length; q >= 0; q--) {
      if (q < tokens.length && tokens[q] !== STAR) cost++;
      if (hasBit(set, q) && cost <= bestCost) {
        bestCost = cost;
        best = q;
      }
    }
    if (best === undefined) return undefined;
    let out = '';
    for (let r = best; r < tokens.length; r++) {
      const t = tokens[r];
      if (t === STAR) continue;
      out += String.fromCharCode(t === ANY ? otherDisplay : t);
    }
    return out;
  }

  /**
   * Returns the state reached from `state` by reading `symbols`, interning only the last
   * position set (the ones in between are never needed again). A search starts after B's fixed
   * literal head this way: every path of B begins with it, and a long shared prefix would
   * otherwise cost one DFA state per character in every automaton.
   */
  advance(state: number, symbols: readonly number[]): number {
    if (state === DEAD || symbols.length === 0) return state;
    const words = this.compiled.words;
    let from = new Uint32Array(words);
    let to = new Uint32Array(words);
    const signed = new Int32Array(from.buffer);
    this.sets.read(state, signed);
    for (const symbol of symbols) {
      stepPositions(this.compiled, from, this.classMasks[this.classOf[symbol]], to);
      let alive = 0;
      for (let w = 0; w < words; w++) alive |= to[w];
      if (alive === 0) return DEAD;
      const swap = from;
      from = to;
      to = swap;
    }
    this.to.set(from);
    return this.intern();
  }

  /** The global symbols of the pattern's literal head, the characters before its first wildcard. */
  headSymbols(alphabet: Alphabet): number[] {
    const out: number[] = [];
    for (const t of this.compiled.tokens) {
      if (t === STAR || t === ANY) break;
      out.push(alphabet.symbolOf(t));
    }
    return out;
  }

  /**
   * Returns the literal symbols on which `state` lives on, ascending, when it dies on OTHER (and
   * so on every symbol that is not one of its literals); `undefined` when OTHER keeps it alive.
   * Inside a literal run such as `/static/` one symbol is left, so a search tries one symbol
   * where it would try the whole alphabet. Computed once per state and kept.
   */
  liveLiterals(state: number): readonly number[] | undefined {
    if (this.next(state, OTHER) !== DEAD) return undefined;
    let live = this.live[state];
    if (live === undefined) {
      live = this.literalSymbols.filter((symbol) => this.next(state, symbol) !== DEAD);
      this.live[state] = live;
    }
    return live;
  }

  /** Interns the set in `to` and returns its state id. */
  private intern(): number {
    const id = this.sets.intern(this.toSigned);
    if (!this.sets.added) return id;
    this.counter.dfaWords += this.compiled.words;
    if (id >= this.accepting.length) {
      this.accepting = grow(this.accepting, this.accepting.length * 2);
      this.universal = grow(this.universal, this.universal.length * 2);
      const table = new Int32Array(this.table.length * 2).fill(-1);
      table.set(this.table);
      this.table = table;
    }
    const tokens = this.compiled.tokens;
    const end = tokens.length;
    this.accepting[id] = hasBit(this.to, end) ? 1 : 0;
    // Canonical patterns never hold two stars in a row, so "only stars follow" means the last
    // token is a star and the set holds its position.
    this.universal[id] = end > 0 && tokens[end - 1] === STAR && hasBit(this.to, end - 1) ? 1 : 0;
    return id;
  }
}

function grow<T extends Uint8Array | Uint32Array | Int32Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (n: number) => T)(length);
  grown.set(array);
  return grown;
}

/**
 * Shares one DFA between all patterns with the same canonical spelling. Sharing is what lets the
 * search notice that a duplicate is covered at once: identical automata in identical states
 * accept the same continuations.
 */
class AutomatonCache {
  readonly alphabet: Alphabet;
  private readonly sem: PathSemantics;
  private readonly byCanonical = new Map<string, LazyDfa>();
  private readonly counter = { dfaWords: 0 };

  constructor(patterns: readonly string[], sem: PathSemantics, private readonly cache?: AnalysisCache) {
    this.sem = sem;
    const codes = new Set<number>();
    for (const p of patterns) {
      for (let i = 0; i < p.length; i++) {
        const code = p.charCodeAt(i);
        if (code !== 0x2a && code !== 0x3f) codes.add(code);
      }
    }
    this.alphabet = new Alphabet(codes);
  }

  /** The position-set words of all DFA states this analysis has built so far. */
  get dfaWords(): number {
    return this.counter.dfaWords;
  }

  forPattern(pattern: string): LazyDfa {
    const canonical = canonicalizePattern(normalizePattern(pattern), this.sem);
    let dfa = this.byCanonical.get(canonical);
    if (dfa === undefined) {
      dfa = new LazyDfa(canonical, this.sem, this.alphabet, this.counter, this.cache);
      this.byCanonical.set(canonical, dfa);
    }
    return dfa;
  }
}

// ---------------------------------------------------------------------------------------------
// A cheap disjointness test that keeps unrelated behaviors out of the product.

/**
 * Returns false only when the two patterns certainly share no path, judged by their fixed
 * heads (before the first `*`), fixed tails (after the last `*`) and lengths. `/api/*` and
 * `/static/*` differ in their heads, so the product never has to carry the other automaton.
 */
function mayIntersect(a: LazyDfa, b: LazyDfa, sem: PathSemantics): boolean {
  const ta = a.compiled.tokens;
  const tb = b.compiled.tokens;
  const sa = a.shape;
  const sb = b.shape;
  if (!sa.hasStar && !sb.hasStar && sa.fixed !== sb.fixed) return false;
  if (!sa.hasStar && sa.fixed < sb.fixed) return false;
  if (!sb.hasStar && sb.fixed < sa.fixed) return false;
  for (let i = 0; i < Math.min(sa.head, sb.head); i++) {
    if (!tokensCompatible(ta[i], tb[i], sem)) return false;
  }
  for (let i = 1; i <= Math.min(sa.tail, sb.tail); i++) {
    if (!tokensCompatible(ta[ta.length - i], tb[tb.length - i], sem)) return false;
  }
  return true;
}

/**
 * Returns false only when `b` certainly matches some path that `a` does not, judged by their
 * fixed heads, tails and lengths. Where `a` has a literal character at a fixed position from
 * the start (or the end), every path of `b` must have that same character there, so `b` needs
 * the same literal in its own fixed head (or tail): a `?` or a star of `b` can put any other
 * character at that position.
 */
function mayContain(a: LazyDfa, b: LazyDfa, sem: PathSemantics): boolean {
  if (!mayIntersect(a, b, sem)) return false;
  const ta = a.compiled.tokens;
  const tb = b.compiled.tokens;
  const sa = a.shape;
  const sb = b.shape;
  if (!sa.hasStar) return !sb.hasStar && sa.fixed === sb.fixed && ta.every((t, i) => t === ANY || t === tb[i]);
  if (sa.fixed > sb.fixed) return false;
  for (let i = 0; i < sa.head; i++) {
    if (ta[i] !== ANY && (i >= sb.head || tb[i] !== ta[i])) return false;
  }
  for (let i = 1; i <= sa.tail; i++) {
    if (ta[ta.length - i] !== ANY && (i > sb.tail || tb[tb.length - i] !== ta[ta.length - i])) return false;
  }
  return true;
}

/** The parts of a pattern's shape that `mayIntersect` compares. */
interface PatternShape {
  hasStar: boolean;
  /** Tokens that consume exactly one character: literals and `?`. */
  fixed: number;
  /** Tokens before the first `*` (all of them without a star). */
  head: number;
  /** Tokens after the last `*` (all of them without a star). */
  tail: number;
}

function shapeOf(tokens: readonly number[]): PatternShape {
  const first = tokens.indexOf(STAR);
  if (first < 0) return { hasStar: false, fixed: tokens.length, head: tokens.length, tail: tokens.length };
  let stars = 0;
  for (const t of tokens) if (t === STAR) stars++;
  return { hasStar: true, fixed: tokens.length - stars, head: first, tail: tokens.length - 1 - tokens.lastIndexOf(STAR) };
}

/** Whether one character can satisfy both tokens; neither is a star. */
function tokensCompatible(x: number, y: number, sem: PathSemantics): boolean {
  if (x === y) return true;
  if (x === ANY) return y !== SLASH || sem.questionMatchesSlash;
  if (y === ANY) return x !== SLASH || sem.questionMatchesSlash;
  return false;
}

// ---------------------------------------------------------------------------------------------
// The product search.

interface Component {
  /** The behavior's 0-based position in the list. */
  index: number;
  dfa: LazyDfa;
}

interface SearchOutcome {
  result: ReachabilityResult;
  /** The work done, in the units of `totalWorkBudget`. */
  work: number;
}

/**
 * Breadth-first search over product states `(B, A_1, …, A_r)`. Three observations keep it small
 * (and a fourth, in the loop, keeps each expansion cheap):
 *
 * - Once an earlier automaton dies (empty position set), it is dropped from the state.
 * - An earlier automaton that accepts every continuation from here (it is in a final `*`, or it
 *   is B's own automaton in B's own state) takes all of B's remaining paths that nobody before
 *   it takes. The automata after it cannot take anything and are dropped. When none before it
 *   is alive either, the state needs no expansion.
 * - When no earlier automaton is alive, B is reachable: the path so far plus B's shortest
 *   completion is an example. The search carries on to the end of that length, so the example
 *   it returns is a shortest one.
 */
function searchProduct(
  b: LazyDfa,
  components: readonly Component[],
  automata: AutomatonCache,
  stateBudget: number,
  workBudget: number,
): SearchOutcome {
  const alphabet = automata.alphabet;
  const dfaWordsBefore = automata.dfaWords;
  const m = components.length;
  const symbols = alphabet.symbolsFor([b, ...components.map((c) => c.dfa)]);
  const otherDisplay = alphabet.codes[OTHER];
  // A product state is the tuple of DFA state ids, B's first. The BFS tree is kept in parallel
  // typed arrays indexed by product state id.
  const states = new TupleTable(m + 1);
  let parent = new Int32Array(16);
  let via = new Int32Array(16);
  let depth = new Int32Array(16);
  const takers = new Set<number>();
  const queue: number[] = [];
  const child = new Int32Array(m + 1);
  const current = new Int32Array(m + 1);
  let bestLength = Infinity;
  let bestState = -1;
  let bestSuffix = '';

  const offer = (id: number, length: number, suffix: string): void => {
    if (length < bestLength) {
      bestLength = length;
      bestState = id;
      bestSuffix = suffix;
    }
  };

  /** Registers the tuple in `child`; returns false when the budget is exhausted. */
  const visit = (from: number, symbol: number): boolean => {
    // A state seen before costs nothing, so only a new one can exhaust the budget.
    if (states.size >= stateBudget && states.find(child) < 0) return false;
    const id = states.intern(child);
    if (!states.added) return true;
    if (id >= parent.length) {
      parent = grow(parent, parent.length * 2);
      via = grow(via, via.length * 2);
      depth = grow(depth, depth.length * 2);
    }
    parent[id] = from;
    via[id] = symbol;
    depth[id] = from < 0 ? 0 : depth[from] + 1;

    const bState = child[0];
    let dominator = -1;
    let firstLive = -1;
    let firstAccepting = -1;
    for (let i = 0; i < m; i++) {
      const s = child[i + 1];
      if (s === DEAD) continue;
      if (firstLive < 0) firstLive = i;
      const dfa = components[i].dfa;
      if (firstAccepting < 0 && dfa.accepting[s] === 1) firstAccepting = i;
      if (dfa.universal[s] === 1 || (dfa === b && s === bState)) {
        dominator = i;
        break;
      }
    }
    if (b.accepting[bState] === 1) {
      if (firstAccepting >= 0) takers.add(components[firstAccepting].index);
      else offer(id, depth[id], '');
    }
    if (firstLive < 0) {
      const suffix = b.completion(bState, otherDisplay) ?? '';
      offer(id, depth[id] + suffix.length, suffix);
      return true;
    }
    if (dominator >= 0 && firstLive === dominator) {
      takers.add(components[dominator].index);
      return true;
    }
    queue.push(id);
    return true;
  };

  // Every path of B starts with its literal head, so the search starts after it.
  const head = b.headSymbols(alphabet);
  child[0] = b.advance(b.initial, head);
  for (let i = 0; i < m; i++) child[i + 1] = components[i].dfa.advance(components[i].dfa.initial, head);
  const headText = String.fromCharCode(...head.map((symbol) => alphabet.codes[symbol]));
  const initialDominator = dropAfterDominator(child, b, components);
  visit(-1, OTHER);

  let exhausted = false;
  let transitions = head.length * (m + 1);
  const work = (): number =>
    transitions + states.size * (m + 1) + (automata.dfaWords - dfaWordsBefore) * WORK_PER_DFA_WORD;
  search: for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    // Every child is one character longer, so nothing left in the queue can beat the best.
    if (depth[id] + 1 >= bestLength) break;
    states.read(id, current);
    // Most states of a literal prefix such as `/static/` let B survive on one symbol only. When
    // B dies on OTHER, it dies on every symbol that is not one of its own literals, so only
    // those it survives need to be tried; the order, and so the example found, stays the same.
    const tried = b.liveLiterals(current[0]) ?? symbols;
    for (const symbol of tried) {
      if (work() >= workBudget) {
        exhausted = true;
        break search;
      }
      transitions++;
      const nb = b.next(current[0], symbol);
      if (nb === DEAD) continue;
      child[0] = nb;
      for (let i = 0; i < m; i++) {
        const s = current[i + 1];
        if (s === DEAD) {
          child[i + 1] = DEAD;
        } else {
          transitions++;
          child[i + 1] = components[i].dfa.next(s, symbol);
        }
      }
      dropAfterDominator(child, b, components);
      if (!visit(id, symbol)) {
        exhausted = true;
        break search;
      }
    }
  }

  if (bestState >= 0) {
    // A found example stays valid even if the budget cut the search for a shorter one short.
    return { result: { status: 'reachable', example: headText + spell(bestState) + bestSuffix }, work: work() };
  }
  if (!exhausted) {
    return { result: { status: 'unreachable', coveredBy: [...takers].sort((x, y) => x - y) }, work: work() };
  }
  if (initialDominator >= 0) {
    // B's language is inside an earlier behavior's, so B is unreachable for certain; only who
    // takes its paths was left open, so the answer names the behavior that holds them all.
    return { result: { status: 'unreachable', coveredBy: [components[initialDominator].index], containedIn: true }, work: work() };
  }
  return { result: { status: 'unknown' }, work: work() };

  function spell(id: number): string {
    let out = '';
    for (let at = id; parent[at] >= 0; at = parent[at]) out = String.fromCharCode(alphabet.codes[via[at]]) + out;
    return out;
  }
}

/**
 * Returns a few paths that may be matched by both patterns, put together from their shortest
 * paths `x` and `y`: each alone, one after the other, and one continued by what the other has
 * after their common beginning. They are only guesses; the caller checks them.
 */
function guessCommonPaths(a: LazyDfa, b: LazyDfa, otherDisplay: number): string[] {
  const x = a.completion(a.initial, otherDisplay) ?? '/';
  const y = b.completion(b.initial, otherDisplay) ?? '/';
  let common = 0;
  while (common < x.length && common < y.length && x[common] === y[common]) common++;
  return [x, y, x + y.slice(common), y + x.slice(common), x + y.slice(1), y + x.slice(1)];
}

/** The outcome of `searchUncovered`. */
type Uncovered = { status: 'found'; example: string } | { status: 'none' } | { status: 'exhausted' };

/**
 * Breadth-first search for a path matched by every one of `targets` and by none of `blockers`,
 * a shortest one when `shortestOnly` is set. With one target and one blocker it decides containment (`none`: the blocker holds
 * every path of the target); with two targets and no blocker, whether they share a path. A
 * state is dropped as soon as some live blocker accepts every continuation from it: a blocker
 * in a final `*`, or a blocker that is one of the targets' own automata in that target's state.
 */
function searchUncovered(
  targets: readonly LazyDfa[],
  blockers: readonly LazyDfa[],
  automata: AutomatonCache,
  workBudget: number,
  stateBudget: number,
  shortestOnly = false,
): { outcome: Uncovered; work: number } {
  const alphabet = automata.alphabet;
  const dfaWordsBefore = automata.dfaWords;
  const t = targets.length;
  const width = t + blockers.length;
  const symbols = alphabet.symbolsFor([...targets, ...blockers]);
  const states = new TupleTable(width);
  let parent = new Int32Array(16);
  let via = new Int32Array(16);
  const queue: number[] = [];
  const child = new Int32Array(width);
  const current = new Int32Array(width);
  let transitions = 0;
  let completion = '';
  const work = (): number => transitions + states.size * width + (automata.dfaWords - dfaWordsBefore) * WORK_PER_DFA_WORD;

  /** Registers the tuple in `child`; returns its id when it is a path we look for, else -1. */
  const visit = (from: number, symbol: number): number => {
    const id = states.intern(child);
    if (!states.added) return -1;
    if (id >= parent.length) {
      parent = grow(parent, parent.length * 2);
      via = grow(via, via.length * 2);
    }
    parent[id] = from;
    via[id] = symbol;
    let accepted = true;
    for (let k = 0; k < t; k++) if (targets[k].accepting[child[k]] !== 1) accepted = false;
    let blocked = false;
    for (let i = 0; i < blockers.length; i++) {
      const s = child[t + i];
      if (s === DEAD) continue;
      const dfa = blockers[i];
      if (dfa.universal[s] === 1) return -1;
      for (let k = 0; k < t; k++) if (targets[k] === dfa && child[k] === s) return -1;
      blocked = true;
      if (dfa.accepting[s] === 1) accepted = false;
    }
    if (accepted) return id;
    // With no blocker alive and every target but one accepting whatever follows, the path so
    // far plus that one's shortest completion is a path we look for, though not always a
    // shortest one (which is why `shortestOnly` turns this off).
    if (!blocked && !shortestOnly) {
      let open = -1;
      for (let k = 0; k < t; k++) {
        if (targets[k].universal[child[k]] === 1) continue;
        if (open >= 0) {
          open = -2;
          break;
        }
        open = k;
      }
      if (open !== -2) {
        completion = open < 0 ? '' : (targets[open].completion(child[open], alphabet.codes[OTHER]) ?? '');
        return id;
      }
    }
    queue.push(id);
    return -1;
  };

  // Every path looked for starts with each target's literal head, so the search starts after
  // the longest of them (a target that disagrees with it dies, and then there is no such path).
  let head: number[] = [];
  for (const target of targets) {
    const own = target.headSymbols(alphabet);
    if (own.length > head.length) head = own;
  }
  transitions += head.length * width;
  for (let k = 0; k < t; k++) child[k] = targets[k].advance(targets[k].initial, head);
  for (let i = 0; i < blockers.length; i++) child[t + i] = blockers[i].advance(blockers[i].initial, head);
  for (let k = 0; k < t; k++) if (child[k] === DEAD) return { outcome: { status: 'none' }, work: work() };
  let found = visit(-1, OTHER);
  for (let head = 0; found < 0 && head < queue.length; head++) {
    states.read(queue[head], current);
    // As in `searchProduct`: when the first target dies on OTHER, only its literals can go on.
    const tried = targets[0].liveLiterals(current[0]) ?? symbols;
    for (const symbol of tried) {
      if (work() >= workBudget || states.size >= stateBudget) return { outcome: { status: 'exhausted' }, work: work() };
      let alive = true;
      for (let k = 0; k < t && alive; k++) {
        transitions++;
        child[k] = targets[k].next(current[k], symbol);
        alive = child[k] !== DEAD;
      }
      if (!alive) continue;
      for (let i = t; i < width; i++) {
        if (current[i] === DEAD) {
          child[i] = DEAD;
        } else {
          transitions++;
          child[i] = blockers[i - t].next(current[i], symbol);
        }
      }
      found = visit(queue[head], symbol);
      if (found >= 0) break;
    }
  }
  if (found < 0) return { outcome: { status: 'none' }, work: work() };
  const example = String.fromCharCode(...head.map((symbol) => alphabet.codes[symbol]));
  let suffix = '';
  for (let at = found; parent[at] >= 0; at = parent[at]) suffix = String.fromCharCode(alphabet.codes[via[at]]) + suffix;
  return { outcome: { status: 'found', example: example + suffix + completion }, work: work() };
}

/**
 * Finds the first earlier automaton that accepts every continuation B can still accept, and
 * clears all automata after it (they can no longer take a path). Returns its position in
 * `components`, or -1.
 */
function dropAfterDominator(tuple: Int32Array, b: LazyDfa, components: readonly Component[]): number {
  for (let i = 0; i < components.length; i++) {
    const s = tuple[i + 1];
    if (s === DEAD) continue;
    const dfa = components[i].dfa;
    if (dfa.universal[s] === 1 || (dfa === b && s === tuple[0])) {
      for (let k = i + 1; k < components.length; k++) tuple[k + 1] = DEAD;
      return i;
    }
  }
  return -1;
}

function sanitizeBudget(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}
