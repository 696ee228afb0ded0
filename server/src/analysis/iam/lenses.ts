// Feature: the "Simulate request…" code lens on each IAM policy, over its Statement key (or the policy's
// opening brace when it has none). The lens carries the policy's position in the document, which is all the
// command needs to ask for a request and simulate it without server state.

import { pick } from '../i18n';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { PolicyKind } from '../classify';
import type { ParsedDocument } from '../parse';
import type { Span } from '../types';
import { policiesOf, type PolicyView } from './policyView';
import { IAM_SIMULATE_TEXT } from './simulateText';

/** One policy of a document, for the command's policy pick. */
export interface PolicyEntry {
  index: number;
  /** Where the policy sits, in the options' language. */
  label: string;
  kind: PolicyKind;
  /** The Statement key, or the policy's opening brace. */
  span: Span;
  statementCount: number;
}

export interface IamLens {
  span: Span;
  title: string;
  /** The policy's index in the document (`policiesOf` order), passed back to the simulate request. */
  policy: number;
}

/** Where a policy's lens sits and what revealing the policy shows: its Statement key, or its opening brace. */
function anchorOf(view: PolicyView): Span | undefined {
  const key = view.statement?.key;
  if (key) return view.span(key);
  return view.root ? view.span({ ...view.root, length: 1 }) : undefined;
}

/** Called once per document version for the editor's code lenses, next to the CloudFront lenses. */
export function iamCodeLenses(doc: ParsedDocument, options: AnalysisOptions = DEFAULT_OPTIONS): IamLens[] {
  const title = pick(IAM_SIMULATE_TEXT, options.locale).lens;
  const lenses: IamLens[] = [];
  policiesOf(doc).forEach((view, policy) => {
    const span = anchorOf(view);
    if (span) lenses.push({ span, title, policy });
  });
  return lenses;
}

/** Called by the Simulate Request command (through the server) to offer a pick when a document holds several policies. */
export function policyList(doc: ParsedDocument, options: AnalysisOptions = DEFAULT_OPTIONS): PolicyEntry[] {
  return policiesOf(doc).map((view, index) => ({
    index,
    label: pick(view.target.context, options.locale),
    kind: view.target.kind,
    span: anchorOf(view) ?? view.target.toDocument({ offset: 0, length: 0 }),
    statementCount: view.statements.length,
  }));
}
