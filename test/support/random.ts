// A small seeded PRNG (mulberry32) shared by the randomized tests, the fuzz test and the benchmarks, so a
// failing case can always be reproduced from its seed.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How `mutateText` damages a text: the chance of each kind of edit (cumulative thresholds) and its sizes. */
export interface Mutation {
  /** What an insertion puts in. */
  tokens: readonly string[];
  /** Each call makes 1 to maxEdits edits. */
  maxEdits: number;
  /** An edit cuts the text off below this draw, inserts a token below `insert`, and otherwise deletes. */
  truncate: number;
  insert: number;
  /** A deletion removes 1 to deleteUpTo characters. */
  deleteUpTo: number;
  /** Draws of 0.85 and above splice the text to a random later or earlier part of itself instead of deleting. */
  splice?: boolean;
}

/** A randomly damaged copy of `text`: cut off, with tokens inserted, characters deleted or parts spliced. */
export function mutateText(text: string, random: () => number, m: Mutation): string {
  let out = text;
  const edits = 1 + Math.floor(random() * m.maxEdits);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < m.truncate) out = out.slice(0, at);
    else if (kind < m.insert) out = out.slice(0, at) + m.tokens[Math.floor(random() * m.tokens.length)] + out.slice(at);
    else if (!m.splice || kind < 0.85) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * m.deleteUpTo));
    else out = out.slice(0, at) + out.slice(Math.floor(random() * out.length));
  }
  return out;
}

