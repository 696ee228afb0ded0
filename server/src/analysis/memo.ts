// Feature: remembering pure functions of one string. A document is analysed again on every keystroke, and
// almost all of its values are the same as in the previous version, so a function whose answer depends only
// on the text (an ARN's verdict, the placeholders in a value) answers from memory the second time. The answers
// are shared between callers, so they must be treated as read-only (their types say so).
//
// Every text kept as a key is a copy (`ownCopy`): a value read from the document is, in V8, often a slice of
// the whole document text, and keeping the slice would keep that version's entire text alive.

/**
 * A copy of `text` that shares no memory with the string it came from. In V8, `slice`, `substring` and the
 * parser's string values refer to their parent text, and a concatenation to its parts; a remembered key made
 * from document text would keep the whole document of that version in memory. Flattening `' ' + text` copies
 * the characters, and the slice after the space refers only to that copy.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Wraps `compute`, a pure function of one string, so that each distinct text is computed once. The memory
 * holds at most `limit` texts and is emptied when full, so it cannot grow without bound.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const key = ownCopy(text);
    const answer = compute(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
