// Feature: Simulate IAM Request on a document, the one entry the editor and the CLI both call, so both answer
// alike. Checks the request (an action without wildcards, a resource, condition keys written service:Key),
// picks the policy it names (by position; the first by default), says why there is no answer when there is
// none, and simulates (policy.ts). policyList offers the document's policies to pick from.

import type { PolicyKind } from '../../document/classify';
import { pick } from '../../util/i18n';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../options';
import type { ParsedDocument } from '../../document/parse';
import type { SimulationError, SimulationPick, Span } from '../../types';
import { policyAnchor } from '../lenses';
import { policiesOf, type PolicyView } from '../policyView';
import { simulatePolicy, type IamSimulateOptions } from './policy';
import type { ContextValue, IamRequest } from './request';
import type { IamSimulationResult } from './result';
import { IAM_SIMULATE_TEXT } from './text';

/** A request against one policy of a document. */
export interface IamSimulationRequest extends IamRequest {
  /** Which policy of the document (0-based, in `policyList` order); the first by default. */
  policy?: number;
}

/** The language of the answer, and the catalog that names unknown actions. */
export type IamSimulationOptions = Omit<IamSimulateOptions, 'policyIndex'>;

/** Why a request against a document has no answer. */
export type IamSimulationErrorCode = 'not-open' | 'no-policy' | 'no-such-policy' | 'bad-action' | 'no-resource' | 'bad-context-key';

/** What the document-level entry returns: an answer and the policy it is for, or why there is none. */
export type IamSimulationAnswer =
  | { result: IamSimulationResult; picked: SimulationPick; policy: PolicyView; error?: undefined }
  | { error: SimulationError<IamSimulationErrorCode>; result?: undefined };

/**
 * Called by the LSP handler and the CLI's `simulate-iam`. An undefined document is one the editor does not have
 * open. The request may come from the wire, so every member is checked. Never throws.
 */
export function simulateIamRequest(doc: ParsedDocument | undefined, request: IamSimulationRequest, options: IamSimulationOptions = {}): IamSimulationAnswer {
  const locale = options.locale ?? 'en';
  const t = pick(IAM_SIMULATE_TEXT, locale).errors;
  const fail = (code: IamSimulationErrorCode, message: string): IamSimulationAnswer => ({ error: { code, message } });
  if (!doc) return fail('not-open', t.notOpen);
  const action = String(request.action ?? '').trim();
  if (!/^[A-Za-z0-9.-]+:[A-Za-z0-9_.-]+$/.test(action)) return fail('bad-action', t.badAction(action));
  const resource = String(request.resource ?? '').trim();
  if (!resource) return fail('no-resource', t.noResource);
  const context: Record<string, ContextValue> = {};
  // Anything but an object of keys is no context.
  const given = request.context && typeof request.context === 'object' && !Array.isArray(request.context) ? request.context : {};
  for (const [key, value] of Object.entries(given)) {
    if (!/^[^\s:]+:\S+$/.test(key)) return fail('bad-context-key', t.badContextKey(key));
    context[key] = value;
  }
  const principal = typeof request.principal === 'string' && request.principal.trim() !== '' ? request.principal.trim() : undefined;
  const policies = policiesOf(doc);
  if (policies.length === 0) return fail('no-policy', t.noPolicy);
  const index = request.policy ?? 0;
  const view = Number.isInteger(index) && index >= 0 ? policies[index] : undefined;
  if (!view) return fail('no-such-policy', t.noSuchPolicy(Number(index) + 1, policies.length));
  const result = simulatePolicy(view, { action, resource, context, ...(principal !== undefined ? { principal } : {}) }, { locale, catalog: options.catalog, policyIndex: index });
  return { result, picked: { index, label: result.policy.label, count: policies.length }, policy: view };
}

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

/** Called by the Simulate IAM Request command (through the server) to offer a pick when a document holds several policies. */
export function policyList(doc: ParsedDocument, options: Pick<AnalysisOptions, 'locale'> = DEFAULT_OPTIONS): PolicyEntry[] {
  return policiesOf(doc).map((view, index) => ({
    index,
    label: pick(view.target.context, options.locale),
    kind: view.target.kind,
    span: policyAnchor(view) ?? view.target.toDocument({ offset: 0, length: 0 }),
    statementCount: view.statements.length,
  }));
}
