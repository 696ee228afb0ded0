// Feature: the wildcard matcher of the IAM simulation: whether a request value fits a policy pattern (action
// names, Resource ARNs, StringLike values and ARN fields), in time linear in the pattern and the value.

import type { Token } from './variables';

/**
 * Whether `text` fits a wildcard pattern. `string`: `*` is any run of characters and `?` any one character
 * (StringLike, the fields of ARN operators, actions). `resource`: the Resource element's ARN wildcards, which
 * work "within the individual segments of an ARN (the parts separated by colons)", except that "if the *
 * wildcard is the last character of a resource ARN segment, it can expand to match beyond the colon
 * boundaries" (IAMUG reference_policies_elements_resource).
 *
 * A set of pattern positions is advanced character by character, so the time is linear in the product of
 * the two lengths whatever the pattern (a backtracking regular expression can take exponential time on
 * patterns such as `*a*a*a*a*b`, and these patterns come from the user's document).
 */
export function globMatch(tokens: Token[], mode: 'string' | 'resource', text: string, ignoreCase = false): boolean {
  const n = tokens.length;
  const crossesColons = tokens.map((token, i) => {
    if (token.kind !== 'star' || mode === 'string') return true;
    const next = tokens[i + 1];
    return !next || (next.kind === 'lit' && next.ch === ':');
  });
  const fold = (c: string): string => (ignoreCase ? c.toLowerCase() : c);
  const close = (states: Uint8Array): Uint8Array => {
    // A star also matches nothing, so the position after it is reachable too.
    for (let i = 0; i < n; i++) if (states[i] && tokens[i].kind === 'star') states[i + 1] = 1;
    return states;
  };
  let states = close(Uint8Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 1 : 0)));
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    const next = new Uint8Array(n + 1);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!states[i]) continue;
      const token = tokens[i];
      if (token.kind === 'lit') {
        if (token.ch === c || (ignoreCase && fold(token.ch) === fold(c))) next[i + 1] = 1;
      } else if (token.kind === 'one') {
        if (mode === 'string' || c !== ':') next[i + 1] = 1;
      } else if (crossesColons[i] || c !== ':') {
        next[i] = 1;
      }
    }
    states = close(next);
    for (let i = 0; i <= n && !any; i++) any = states[i] === 1;
    if (!any) return false;
  }
  return states[n] === 1;
}
