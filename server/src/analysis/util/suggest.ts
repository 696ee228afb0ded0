// Feature: "did you mean". Finds the one known name a misspelt key or value most likely stands for.
// A suggestion is offered only when it is unambiguous: a quick fix that renames to the wrong name
// costs more trust than no fix at all.

/** Optimal string alignment distance: edits, with a swap of two neighbours counting as one. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate `text` most likely means: one that differs only in letter case, or else the single
 * closest one within a small edit distance (about a quarter of the length, at least 1, at most 3).
 * Returns undefined when nothing is close or when two candidates are equally close.
 */
export function closestName(text: string, candidates: Iterable<string>): string | undefined {
  const lower = text.toLowerCase();
  const list = [...candidates];
  const caseOnly = list.filter((c) => c.toLowerCase() === lower && c !== text);
  if (caseOnly.length === 1) return caseOnly[0];
  if (caseOnly.length > 1) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(text.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of list) {
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return best !== undefined && !tie && bestDistance <= limit ? best : undefined;
}
