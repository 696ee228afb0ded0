// Feature: the wire form of Simulate Path: the answer as plain JSON, one form for the LSP handler and the CLI.
// The result loses its offsets (the CLI prints exactly this result as JSON, and the editor's client reads the
// same), the report is rendered in the request's language, and the behavior to reveal stays a span, which the
// LSP edge turns into a range.

import type { Locale } from '../util/i18n';
import type { SimulationError, SimulationPick, Span } from '../types';
import { formatPathSimulation, type PathSimulationResult } from './simulate';
import type { PathSimulationAnswer, PathSimulationErrorCode } from './simulatePath';

/** The result as the editor and the CLI's JSON output carry it: the same data without offsets. */
export type PathSimulationWire = Omit<PathSimulationResult, 'behaviorSpan'>;

/** The whole answer on the wire: why there is none, or the result, its report and the behavior to reveal. */
export type PathSimulationReply =
  | { error: SimulationError<PathSimulationErrorCode>; result?: undefined }
  | {
    error?: undefined;
    result: PathSimulationWire;
    /** The readable report, in Markdown. */
    report: string;
    picked: SimulationPick;
    /** The behavior that serves the request. */
    behaviorSpan: Span;
  };

/** The result without offsets. */
export function pathSimulationForWire(result: PathSimulationResult): PathSimulationWire {
  const { behaviorSpan: _behaviorSpan, ...rest } = result;
  return rest;
}

/** Called by the LSP handler and the CLI with the document-level answer; the report is in `locale`. */
export function pathSimulationReply(answer: PathSimulationAnswer, locale: Locale = 'en'): PathSimulationReply {
  if (answer.error) return { error: answer.error };
  const { result } = answer;
  return {
    result: pathSimulationForWire(result),
    report: formatPathSimulation(result, answer.distribution, locale),
    picked: answer.picked,
    behaviorSpan: result.behaviorSpan,
  };
}
