// Feature: remembering pure functions of one string. A document is analysed again on every keystroke, and
// almost all of its values are the same as in the previous version, so a function whose answer depends only
// on the text (an ARN's verdict, the placeholders in a value) answers from memory the second time. The answers
// are shared between callers, so they must be treated as read-only (their types say so).

/**
 * Wraps `compute`, a pure function of one string, so that each distinct text is computed once. The memory
 * holds at most `limit` texts and is emptied when full, so it cannot grow without bound.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text: string): T => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
