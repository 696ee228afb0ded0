// Feature: hover. Finds what the offset points at and asks the feature modules that know about it.
// The cache-behavior hovers (a PathPattern's place in the evaluation order, the Default behavior) say
// more than the field description, so they come first on the nodes they cover.

import { fieldHoverAt } from '../cloudfront/fieldHover';
import { cacheBehaviorHoverAt, type HoverInfo } from '../cloudfront/hover';
import { updateInputHoverAt } from '../cloudfront/updateInput';
import { catalogHoverAt } from '../iam/catalogHover';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';

export type { HoverInfo };

/** Called for each hover request. Returns undefined when there is nothing to say. */
export function hoverAt(doc: ParsedDocument, offset: number, options: AnalysisOptions = DEFAULT_OPTIONS): HoverInfo | undefined {
  if (doc.model.kinds.length === 0) return undefined;
  return cacheBehaviorHoverAt(doc, offset, options) ?? fieldHoverAt(doc, offset, options) ??
    // The ETag of a saved output and the IfMatch of update-distribution input.
    updateInputHoverAt(doc, offset, options.locale) ??
    // IAM actions and condition keys, from the action catalog once it is loaded.
    catalogHoverAt(doc, offset, options);
}
