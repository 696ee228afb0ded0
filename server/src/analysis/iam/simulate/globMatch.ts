// Feature: the wildcard matcher of the IAM simulation: whether a request value fits a policy pattern (action
// names, Resource ARNs, StringLike values and ARN fields), through iam/wildcard.ts in linear time.

import { globMatches, globOfTokens, resourceTokens, type GlobToken } from '../wildcard';

/**
 * Whether `text` fits a wildcard pattern. `string`: `*` is any run of characters and `?` any one character
 * (StringLike, the fields of ARN operators, actions). `resource`: the Resource element's ARN wildcards, which
 * work within the colon-separated segments of an ARN except for a `*` that ends one (`resourceTokens`). The
 * matcher is iam/wildcard.ts's, whose time is bounded by the product of the two lengths whatever the pattern
 * (these patterns come from the user's document).
 */
export function globMatch(tokens: GlobToken[], mode: 'string' | 'resource', text: string, ignoreCase = false): boolean {
  return globMatches(globOfTokens(mode === 'resource' ? resourceTokens(tokens) : tokens, ignoreCase), text);
}
