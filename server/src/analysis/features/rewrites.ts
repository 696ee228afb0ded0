// Feature: the rewrites a user can ask for at a place in a document (the Refactor menu), as opposed to the
// fixes that come with findings. Each is offered only where it applies and never as a diagnostic.

import { updateInputRewrites } from '../cloudfront/updateInput';
import { expandActionRewrites } from '../iam/expandActions';
import type { AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import type { Fix, Span } from '../types';

/** Every rewrite offered at `span`: saved distribution output to update-distribution input, action wildcards. */
export function rewritesAt(parsed: ParsedDocument, span: Span, options: Pick<AnalysisOptions, 'catalog' | 'locale' | 'cache'>): Fix[] {
  return [...updateInputRewrites(parsed, span, options.locale), ...expandActionRewrites(parsed, span, options)];
}
