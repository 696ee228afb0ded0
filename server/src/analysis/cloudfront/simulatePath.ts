// Feature: Simulate Path on a document, the one entry the editor and the CLI both call, so both answer alike.
// Picks the distribution the request names (by position or by CloudFormation logical id; the first by
// default), says why there is no answer when there is none, and simulates (simulate.ts).
// distributionList offers the document's distributions to pick from.

import type { AnalysisCache } from '../cache';
import { pick, type Locale } from '../util/i18n';
import type { PathSemantics } from './paths/semantics';
import type { ParsedDocument } from '../document/parse';
import type { SimulationError, SimulationPick, Span } from '../types';
import type { DistributionView } from './distribution';
import { distributionsOf } from './reachability';
import { simulateDistribution, type PathSimulationResult } from './simulate';
import { PATH_SIMULATE_TEXT } from './simulateText';

/** A request against one distribution of a document. */
export interface PathSimulationRequest {
  /** A path (`/images/a.jpg?x=1`) or a full URL. */
  input: string;
  /** The HTTP method; GET by default. */
  method?: string;
  /**
   * Which distribution: its position among the document's distributions (0-based, in `distributionList`
   * order) or its CloudFormation logical id; the first by default.
   */
  distribution?: number | string;
}

export interface PathSimulationOptions {
  locale?: Locale;
  /** The open path-matching questions, as the settings decide them. */
  semantics?: PathSemantics;
  /** Where compiled patterns are remembered across requests (`AnalysisOptions.cache`). */
  cache?: AnalysisCache;
}

/** Why a request against a document has no answer. */
export type PathSimulationErrorCode = 'not-open' | 'no-distribution' | 'no-such-distribution' | 'unknown-logical-id' | 'no-default-behavior';

/** What the document-level entry returns: an answer and the distribution it is for, or why there is none. */
export type PathSimulationAnswer =
  | { result: PathSimulationResult; picked: SimulationPick; distribution: DistributionView; error?: undefined }
  | { error: SimulationError<PathSimulationErrorCode>; result?: undefined };

/**
 * Called by the LSP handler and the CLI's `simulate`. An undefined document is one the editor does not have
 * open. The request may come from the wire, so every member is checked. Never throws.
 */
export function simulatePath(doc: ParsedDocument | undefined, request: PathSimulationRequest, options: PathSimulationOptions = {}): PathSimulationAnswer {
  const locale = options.locale ?? 'en';
  const t = pick(PATH_SIMULATE_TEXT, locale).errors;
  const fail = (code: PathSimulationErrorCode, message: string): PathSimulationAnswer => ({ error: { code, message } });
  if (!doc) return fail('not-open', t.notOpen);
  const distributions = distributionsOf(doc);
  if (distributions.length === 0) return fail('no-distribution', t.noDistribution);
  const wanted = request.distribution ?? 0;
  let index: number;
  if (typeof wanted === 'string') {
    index = distributions.findIndex((d) => d.target.logicalId === wanted);
    if (index < 0) return fail('unknown-logical-id', t.unknownLogicalId(wanted, distributions.map((d) => d.label).join(', ')));
  } else {
    index = Number(wanted);
    if (!Number.isInteger(index) || index < 0 || index >= distributions.length) return fail('no-such-distribution', t.noSuchDistribution(index + 1, distributions.length));
  }
  const distribution = distributions[index];
  const method = request.method === undefined || request.method === null ? undefined : String(request.method);
  const result = simulateDistribution(distribution, String(request.input ?? ''), { method, semantics: options.semantics, locale, cache: options.cache });
  if (!result) return fail('no-default-behavior', t.noDefaultBehavior);
  return { result, picked: { index, label: distribution.label, count: distributions.length }, distribution };
}

/** One distribution of a document, for the command's distribution pick. */
export interface DistributionEntry {
  index: number;
  /** The CloudFormation logical id, or "DistributionConfig". */
  label: string;
  /** The distribution config object. */
  span: Span;
  /** The number of non-default cache behaviors. */
  behaviorCount: number;
}

/** Called by the Simulate Path command (through the server) to offer a pick when a document holds several distributions. */
export function distributionList(doc: ParsedDocument): DistributionEntry[] {
  return distributionsOf(doc).map((dist, index) => ({
    index,
    label: dist.label,
    span: { offset: dist.target.config.offset, length: dist.target.config.length },
    behaviorCount: dist.behaviors.length,
  }));
}
