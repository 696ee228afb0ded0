// Feature: one request against one IAM policy: the evaluation context, every statement, the decision, and the
// notes the answer rests on (unknown actions, statements only known at deployment, an ignored principal).

import { pick, type Locale } from '../../util/i18n';
import { spanOf, type Node } from '../../source/access';
import { code } from '../../util/markdown';
import type { Catalog } from '../catalog';
import type { PolicyView } from '../policyView';
import { decide } from './decision';
import type { Context } from './evaluation';
import { contextOf, type IamRequest } from './request';
import type { IamSimulationResult } from './result';
import { evaluateStatement } from './statement';
import { IAM_SIMULATE_TEXT } from './text';

export interface IamSimulateOptions {
  locale?: Locale;
  /** Optional: with the catalog, an action or service it does not know is pointed out in the notes. */
  catalog?: Catalog;
  /** The policy's position in the document, echoed in the result. */
  policyIndex?: number;
}

/**
 * Called by the document-level entry (document.ts), which the editor and the CLI call. Evaluates the request
 * against one policy and returns the full answer. Never throws.
 */
export function simulatePolicy(view: PolicyView, request: IamRequest, options: IamSimulateOptions = {}): IamSimulationResult {
  const locale = options.locale ?? 'en';
  const t = pick(IAM_SIMULATE_TEXT, locale);
  const notes: string[] = [];
  const note = (text: string): void => {
    if (!notes.includes(text)) notes.push(text);
  };
  const { lookup, echo } = contextOf(request);
  const ctx: Context = { t, view, lookup, variables: view.versionValue === '2012-10-17', note };

  if (options.catalog) {
    const [service, name] = request.action.split(':');
    const date = options.catalog.dataDate;
    if (!options.catalog.service(service)) note(t.notes.unknownService(code(service), date));
    else if (name !== undefined && !options.catalog.action(service, name)) note(t.notes.unknownAction(code(request.action), date));
  }
  if (view.statementForm === 'unknown') note(t.notes.statementUnknown);
  if (view.statementForm === 'missing' || view.statementForm === 'invalid') note(t.notes.statementMissing);

  const statements = view.statements.map((st) => evaluateStatement(st, request, ctx));
  const unknownStatements = view.unknownStatements.length + (view.statementForm === 'unknown' ? 1 : 0);
  if (view.unknownStatements.length) note(t.notes.unknownStatements(view.unknownStatements.length));
  if (request.principal !== undefined && view.target.kind === 'identity' && view.statements.every((s) => !s.principal && !s.notPrincipal)) {
    note(t.notes.principalIgnored);
  }

  const { decision, possible, deciding } = decide(statements, unknownStatements);
  const anchor: Node | undefined = view.statement?.key ?? view.root;
  return {
    request: {
      action: request.action,
      resource: request.resource,
      ...(request.principal !== undefined ? { principal: request.principal } : {}),
      context: echo,
    },
    policy: {
      index: options.policyIndex ?? 0,
      label: pick(view.target.context, locale),
      kind: view.target.kind,
      ...(view.versionValue !== undefined ? { version: view.versionValue } : {}),
    },
    decision,
    possibleDecisions: possible,
    deciding: deciding.map((s) => ({
      index: s.index, ...(s.sid !== undefined ? { sid: s.sid } : {}), ...(s.effect ? { effect: s.effect } : {}), outcome: s.outcome, span: s.span,
    })),
    statements,
    unknownStatements,
    notes,
    policySpan: anchor ? view.span(anchor) : spanOf(view.target.holder),
  };
}
