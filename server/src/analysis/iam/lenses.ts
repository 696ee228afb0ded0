// Feature: the "Simulate request…" code lens on each IAM policy, over its Statement key (or the policy's
// opening brace when it has none). The lens carries the policy's position in the document, which is all the
// command needs to ask for a request and simulate it without server state.

import { pick } from '../util/i18n';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import type { Span } from '../types';
import { policiesOf, type PolicyView } from './policyView';
import { IAM_SIMULATE_TEXT } from './simulate/text';

export interface IamLens {
  span: Span;
  title: string;
  /** The policy's index in the document (`policiesOf` order), passed back to the simulate request. */
  policy: number;
}

/** Where a policy's lens sits and what revealing the policy shows: its Statement key, or its opening brace. */
export function policyAnchor(view: PolicyView): Span | undefined {
  const key = view.statement?.key;
  if (key) return view.span(key);
  return view.root ? view.span({ ...view.root, length: 1 }) : undefined;
}

/** Called once per document version for the editor's code lenses, next to the CloudFront lenses. */
export function iamCodeLenses(doc: ParsedDocument, options: AnalysisOptions = DEFAULT_OPTIONS): IamLens[] {
  const title = pick(IAM_SIMULATE_TEXT, options.locale).lens;
  const lenses: IamLens[] = [];
  policiesOf(doc).forEach((view, policy) => {
    const span = policyAnchor(view);
    if (span) lenses.push({ span, title, policy });
  });
  return lenses;
}
