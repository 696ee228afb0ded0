// Feature: completion. Decides which provider answers at the cursor: inside an IAM policy (a document, an object or
// a string that holds one) the IAM provider (iam/policyCompletion.ts: elements, Effect and Version values, actions,
// condition operators and keys); elsewhere in a distribution config or invalidation batch the CloudFront provider
// (cloudfront/completion.ts: members, values, managed policies, origin ids).

import { completeCloudFrontAt } from '../cloudfront/completion';
import { completeIamAt } from '../iam/policyCompletion';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import type { CompletionEntry } from '../types';

export type { CompletionEntry, CompletionKind } from '../types';

/** Called for each completion request. Returns an empty list where nothing applies. */
export function completeAt(doc: ParsedDocument, offset: number, options: AnalysisOptions = DEFAULT_OPTIONS): CompletionEntry[] {
  if (doc.model.kinds.length === 0 || !doc.root) return [];
  return completeIamAt(doc, offset, options) ?? completeCloudFrontAt(doc, offset, options);
}
