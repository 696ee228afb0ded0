// Feature: the wire form of Simulate IAM Request: the answer as plain JSON, one form for the LSP handler and
// the CLI. The result loses its offsets (the CLI prints exactly this result as JSON, and the editor's client
// reads the same), the report is rendered in the request's language, and the places to reveal stay spans,
// which the LSP edge turns into ranges.

import type { Locale } from '../../util/i18n';
import type { SimulationError, SimulationPick, Span } from '../../types';
import type { IamSimulationAnswer, IamSimulationErrorCode } from './document';
import { formatIamSimulation } from './report';
import type { ConditionCheck, DecidingStatement, ElementCheck, IamSimulationResult, StatementCheck } from './result';

/** The result as the editor and the CLI's JSON output carry it: the same data without offsets. */
export type IamSimulationWire = Omit<IamSimulationResult, 'deciding' | 'statements' | 'policySpan'> & {
  deciding: Omit<DecidingStatement, 'span'>[];
  statements: (Omit<StatementCheck, 'span' | 'action' | 'resource' | 'principal' | 'condition'> & {
    action: Omit<ElementCheck, 'span'>;
    resource: Omit<ElementCheck, 'span'>;
    principal: Omit<ElementCheck, 'span'>;
    condition: Omit<ElementCheck, 'span'> & { checks: Omit<ConditionCheck, 'span'>[] };
  })[];
};

/** The whole answer on the wire: why there is none, or the result, its report and the places to reveal. */
export type IamSimulationReply =
  | { error: SimulationError<IamSimulationErrorCode>; result?: undefined }
  | {
    error?: undefined;
    result: IamSimulationWire;
    /** The readable report, in Markdown. */
    report: string;
    picked: SimulationPick;
    /** The statements that decided (none for an implicit deny). */
    decidingSpans: Span[];
    /** The policy's Statement key, to reveal when no statement decided. */
    policySpan: Span;
  };

/** The result without offsets. */
export function iamSimulationForWire(result: IamSimulationResult): IamSimulationWire {
  const { policySpan: _policySpan, deciding, statements, ...rest } = result;
  const bare = <T extends { span?: Span }>(value: T): Omit<T, 'span'> => {
    const { span: _span, ...others } = value;
    return others;
  };
  return {
    ...rest,
    deciding: deciding.map(bare),
    statements: statements.map(({ span: _span, action, resource, principal, condition, ...st }) => ({
      ...st,
      action: bare(action),
      resource: bare(resource),
      principal: bare(principal),
      condition: { ...bare(condition), checks: condition.checks.map(bare) },
    })),
  };
}

/** Called by the LSP handler and the CLI with the document-level answer; the report is in `locale`. */
export function iamSimulationReply(answer: IamSimulationAnswer, locale: Locale = 'en'): IamSimulationReply {
  if (answer.error) return { error: answer.error };
  const { result } = answer;
  return {
    result: iamSimulationForWire(result),
    report: formatIamSimulation(result, locale),
    picked: answer.picked,
    decidingSpans: result.deciding.map((s) => s.span),
    policySpan: result.policySpan,
  };
}
