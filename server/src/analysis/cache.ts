// Feature: the analysis cache, the one place where analysis remembers answers across calls and document
// versions. A document is analysed again on every keystroke and almost all of its values are as they were, so an
// answer that depends on nothing but its key (an ARN's verdict, a compiled path pattern, a statement's findings in
// a policy context) is computed once and found again later.
//
// The cache is an object that the caller creates and passes in (`AnalysisOptions.cache`): the language server
// owns one for its lifetime, the CLI one per run, tests and the benchmark create fresh ones and reset them. Nothing
// in analysis keeps answers in module variables. Without a cache, an analysis starts cold and keeps nothing.
//
// The cache is divided into named regions, one per kind of answer, each with a bound in entries (`REGIONS`).
// A full region drops its oldest entry to take a new one, so memory stays bounded however many texts a session
// meets. Rules for what may go in:
// - only answers that depend on nothing but the key (and on the catalog, for the regions scoped to it); so reusing
//   one can never change a finding;
// - every remembered key is an `ownCopy`, because a string read from a document is, in V8, a slice that would keep
//   that version's whole text alive;
// - nothing that refers to one version's tree: per-version views stay on the document (`derivedOf`).
// Remembered answers are shared between callers and must be treated as read-only.

import type { Catalog } from './iam/catalog';

/**
 * A copy of `text` that shares no memory with the string it came from. In V8, `slice`, `substring` and the
 * parser's string values refer to their parent text, and a concatenation to its parts; a remembered key made
 * from document text would keep the whole document of that version in memory. Flattening `' ' + text` copies
 * the characters, and the slice after the space refers only to that copy.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

interface RegionInfo {
  /** The most entries the region holds. */
  readonly bound: number;
  /**
   * Measured heap per entry, in bytes, with the bench's documents (`npm run bench` prints it); the most the
   * region can hold is about `bound × bytesPerEntry`. An estimate where the bench does not fill the region.
   */
  readonly bytesPerEntry: number;
  /** `catalog`: the answers depend on the IAM action catalog too, and are dropped when another catalog arrives. */
  readonly scope?: 'catalog';
  /** What one entry is: its key and its answer, and the module that owns it. */
  readonly holds: string;
}

/**
 * Every region of the cache. With every region full, the cache would hold about 100 MB (the sum of bound ×
 * bytesPerEntry); a session with the bench's documents leaves about 35 MB in it.
 */
export const REGIONS = {
  'iam/placeholders': {
    bound: 20_000, bytesPerEntry: 160,
    holds: 'string value → the documentation placeholders in it (iam/placeholders.ts)',
  },
  'iam/substitutions': {
    bound: 20_000, bytesPerEntry: 160,
    holds: 'string value → the CloudFormation and Serverless substitutions in it (iam/placeholders.ts)',
  },
  'iam/policy-variables': {
    bound: 20_000, bytesPerEntry: 135,
    holds: 'string value → whether it uses an IAM policy variable (iam/grammar.ts)',
  },
  'iam/globs-any-case': {
    bound: 2_000, bytesPerEntry: 1_500,
    holds: 'IAM wildcard pattern → its compiled glob, matching without regard to case, for action names (iam/wildcard.ts)',
  },
  'iam/globs-exact-case': {
    bound: 2_000, bytesPerEntry: 1_550,
    holds: 'IAM wildcard pattern → its compiled glob, matching case, for ARN fields (iam/wildcard.ts)',
  },
  'iam/resource-globs': {
    bound: 2_000, bytesPerEntry: 1_550,
    holds: 'Resource value → its compiled glob under the segment rule, for ARN coverage (iam/wildcard.ts)',
  },
  'iam/action-matches': {
    bound: 20_000, bytesPerEntry: 120,
    holds: 'concrete action, action pattern → whether the pattern covers the action (iam/grammar.ts)',
  },
  'iam/arn-template-matches': {
    bound: 50_000, bytesPerEntry: 135,
    holds: 'catalog ARN template, policy ARN → whether the ARN may name a resource of that type (iam/arnTemplate.ts)',
  },
  'iam/action-values': {
    bound: 20_000, bytesPerEntry: 85,
    holds: 'Action value → what is wrong with its form (rules/iam/actionElement.ts)',
  },
  'iam/resource-verdicts': {
    bound: 20_000, bytesPerEntry: 140,
    holds: 'Resource value → its ARN verdict as IAM checks it (rules/iam/resourceArn.ts)',
  },
  'iam/redundant-values': {
    bound: 20_000, bytesPerEntry: 220,
    holds: 'a whole Action or Resource list as JSON → its redundant values (rules/iam/redundantValue.ts)',
  },
  'iam/statement-canonical': {
    bound: 5_000, bytesPerEntry: 1_000,
    holds: 'statement text → its canonical text, for a policy held in a JSON string (rules/iam/redundantStatement.ts)',
  },
  'iam/statements': {
    bound: 10_000, bytesPerEntry: 2_900,
    holds: 'statement text → text facts, and per policy context and index each statement rule\'s findings (iam/statementReuse.ts)',
  },
  'iam/policy-contexts': {
    bound: 1_000, bytesPerEntry: 200,
    holds: 'policy context key → the same key, interned so that its hash is computed once (iam/statementReuse.ts)',
  },
  'catalog/actions': {
    bound: 10_000, bytesPerEntry: 130,
    scope: 'catalog',
    holds: 'action pattern in lower case → the catalog actions it matches (iam/catalogRefs.ts)',
  },
  'catalog/action-resolutions': {
    bound: 10_000, bytesPerEntry: 500,
    scope: 'catalog',
    holds: 'Action entry → what the catalog says about it (iam/catalogRefs.ts)',
  },
  'catalog/suggestions': {
    bound: 10_000, bytesPerEntry: 100,
    scope: 'catalog',
    holds: 'kind, owner and misspelt name → the catalog name it most likely means (rules/iam/catalogText.ts)',
  },
  'catalog/action-templates': {
    bound: 10_000, bytesPerEntry: 205,
    scope: 'catalog',
    holds: 'Action entry → the ARN templates of the resource types its actions apply to (rules/iam/resourceTypeMismatch.ts)',
  },
  'catalog/action-resources': {
    bound: 20_000, bytesPerEntry: 190,
    scope: 'catalog',
    holds: 'Action entry, a statement\'s Resource list as JSON → whether the action applies to one of them (rules/iam/resourceTypeMismatch.ts)',
  },
  'cloudfront/path-patterns': {
    bound: 2_048, bytesPerEntry: 3_600,
    holds: 'path pattern → the pattern compiled with `?` matching any character (cloudfront/paths/pathPattern.ts)',
  },
  'cloudfront/path-patterns-strict': {
    bound: 2_048, bytesPerEntry: 3_600,
    holds: 'path pattern → the pattern compiled with `?` not matching "/", the other reading (cloudfront/paths/pathPattern.ts)',
  },
  'cloudfront/reachability': {
    bound: 1_024, bytesPerEntry: 2_800,
    holds: 'a distribution\'s list of path patterns and reading of `?` → each behavior\'s reachability (cloudfront/reachability.ts)',
  },
} as const satisfies Record<string, RegionInfo>;

export type RegionName = keyof typeof REGIONS;

const REGION_NAMES = Object.keys(REGIONS) as RegionName[];

/** What every region can say about itself and do. */
export interface Region {
  readonly name: RegionName;
  readonly bound: number;
  /** The entries held now. */
  readonly size: number;
  /** Forgets every entry. */
  clear(): void;
}

/**
 * A region keyed by one string. Its keys are copies (`ownCopy`); when full, the oldest entry goes first, or, with
 * `recency`, the least recently used one (for regions whose few entries are each worth much).
 */
export class TextRegion<V> implements Region {
  private readonly answers = new Map<string, V>();

  constructor(readonly name: RegionName, readonly bound: number, private readonly recency = false) {}

  get size(): number {
    return this.answers.size;
  }

  /** The remembered answer, or undefined; use `has` where undefined is itself an answer. */
  get(text: string): V | undefined {
    const known = this.answers.get(text);
    if (this.recency && known !== undefined) {
      // Moved to the end of the order under a copy again: `text` itself may be a slice of a document.
      this.answers.delete(text);
      this.answers.set(ownCopy(text), known);
    }
    return known;
  }

  has(text: string): boolean {
    return this.answers.has(text);
  }

  /** Remembers `value` under a copy of `text`, dropping the oldest entry when the region is full. */
  set(text: string, value: V): void {
    const key = ownCopy(text);
    if (this.answers.size >= this.bound && !this.answers.has(key)) this.dropOldest();
    this.answers.set(key, value);
  }

  /**
   * The answer for `text`, computed on first use by `compute` from a copy of the text, so that neither the key nor
   * anything the answer keeps of the text holds on to the document.
   */
  answer(text: string, compute: (text: string) => V): V {
    const known = this.answers.get(text);
    if (known !== undefined || this.answers.has(text)) return known as V;
    const key = ownCopy(text);
    const value = compute(key);
    if (this.answers.size >= this.bound) this.dropOldest();
    this.answers.set(key, value);
    return value;
  }

  clear(): void {
    this.answers.clear();
  }

  private dropOldest(): void {
    const oldest = this.answers.keys().next();
    if (!oldest.done) this.answers.delete(oldest.value);
  }
}

/**
 * A region keyed by two strings, such as (action, pattern): one map per first key, so a lookup builds no combined
 * key string. The bound counts all pairs; when full, the first key seen longest ago goes with all its pairs.
 */
export class PairRegion<V> implements Region {
  private readonly answers = new Map<string, Map<string, V>>();
  private count = 0;

  constructor(readonly name: RegionName, readonly bound: number) {}

  get size(): number {
    return this.count;
  }

  get(first: string, second: string): V | undefined {
    return this.answers.get(first)?.get(second);
  }

  /** Remembers `value` under copies of both keys, making room first when the region is full. */
  set(first: string, second: string, value: V): void {
    let inner = this.answers.get(first);
    if (inner?.has(second)) {
      inner.set(second, value);
      return;
    }
    while (this.count >= this.bound && this.answers.size > 0) {
      const oldest = this.answers.entries().next().value as [string, Map<string, V>];
      this.answers.delete(oldest[0]);
      this.count -= oldest[1].size;
      if (oldest[1] === inner) inner = undefined;
    }
    if (!inner) {
      inner = new Map();
      this.answers.set(ownCopy(first), inner);
    }
    inner.set(ownCopy(second), value);
    this.count++;
  }

  clear(): void {
    this.answers.clear();
    this.count = 0;
  }
}

/**
 * The name of a region with the type of what it holds, declared by the module that owns the region. `create`
 * builds the region for one cache, with the bound the cache gives it.
 */
export interface RegionKey<R extends Region> {
  readonly name: RegionName;
  readonly slot: number;
  readonly create: (name: RegionName, bound: number) => R;
}

/** The key of a region that maps one string to `V`. */
export function textRegion<V>(name: RegionName, options: { recency?: boolean } = {}): RegionKey<TextRegion<V>> {
  return { name, slot: REGION_NAMES.indexOf(name), create: (n, bound) => new TextRegion<V>(n, bound, options.recency) };
}

/** The key of a region that maps two strings to `V`. */
export function pairRegion<V>(name: RegionName): RegionKey<PairRegion<V>> {
  return { name, slot: REGION_NAMES.indexOf(name), create: (n, bound) => new PairRegion<V>(n, bound) };
}

/** The key of a region with a structure of its own (statement reuse), built by `create`. */
export function customRegion<R extends Region>(name: RegionName, create: (name: RegionName, bound: number) => R): RegionKey<R> {
  return { name, slot: REGION_NAMES.indexOf(name), create };
}

/** One region's figures, for tests, the benchmark and diagnostics. */
export interface RegionFigures {
  name: RegionName;
  size: number;
  bound: number;
}

export class AnalysisCache {
  /** Regions by slot, each created on first use. */
  private readonly regions: (Region | undefined)[] = [];
  private readonly bounds: Readonly<Partial<Record<RegionName, number>>>;
  /** The catalog that the catalog-scoped regions hold answers for. */
  private catalog: Catalog | undefined;

  /**
   * `bounds` replaces the bounds of `REGIONS` for some regions; tests use it to make regions small. A bound below 1
   * counts as 1.
   */
  constructor(bounds: Partial<Record<RegionName, number>> = {}) {
    this.bounds = bounds;
  }

  /** The region of `key` in this cache, created on first use. */
  region<R extends Region>(key: RegionKey<R>): R {
    const known = this.regions[key.slot];
    if (known !== undefined) return known as R;
    const bound = Math.max(1, Math.floor(this.bounds[key.name] ?? REGIONS[key.name].bound));
    const created = key.create(key.name, bound);
    this.regions[key.slot] = created;
    return created;
  }

  /**
   * The region of `key`, whose answers depend on `catalog` too. The regions scoped to the catalog hold answers for
   * one catalog at a time (a server has one); when another arrives, they are emptied first.
   */
  regionFor<R extends Region>(key: RegionKey<R>, catalog: Catalog): R {
    if (catalog !== this.catalog) {
      for (const name of REGION_NAMES) {
        if ((REGIONS[name] as RegionInfo).scope === 'catalog') this.regions[REGION_NAMES.indexOf(name)]?.clear();
      }
      this.catalog = catalog;
    }
    return this.region(key);
  }

  /** Forgets everything; the next analysis starts cold. */
  reset(): void {
    for (const region of this.regions) region?.clear();
    this.catalog = undefined;
  }

  /** Forgets one region's entries. */
  resetRegion(name: RegionName): void {
    this.regions[REGION_NAMES.indexOf(name)]?.clear();
  }

  /** Every region, in `REGIONS` order, with the entries it holds now (0 for a region not used yet) and its bound. */
  figures(): RegionFigures[] {
    return REGION_NAMES.map((name, slot) => ({
      name,
      size: this.regions[slot]?.size ?? 0,
      bound: this.regions[slot]?.bound ?? Math.max(1, Math.floor(this.bounds[name] ?? REGIONS[name].bound)),
    }));
  }
}

/**
 * Wraps `compute`, a pure function of one string, so that with a cache each distinct text is computed once and
 * remembered in the region of `key`; without one (undefined), it is simply computed. `compute` receives a copy of
 * the text (so that nothing it keeps of the text holds on to the document) and the cache, for the helpers it calls.
 */
export function rememberedByText<V>(key: RegionKey<TextRegion<V>>, compute: (text: string, cache: AnalysisCache | undefined) => V): (text: string, cache: AnalysisCache | undefined) => V {
  return (text, cache) => {
    if (!cache) return compute(text, undefined);
    const region = cache.region(key);
    const known = region.get(text);
    if (known !== undefined || region.has(text)) return known as V;
    const own = ownCopy(text);
    const value = compute(own, cache);
    region.set(own, value);
    return value;
  };
}
