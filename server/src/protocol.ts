// Feature: the custom protocol between the client and the server, declared once.
// This module has no dependencies, so the client bundle can import it without pulling in server code.

/** The `source` of every diagnostic, as shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'CloudFront & IAM Lens';

/** The prefix of every setting. */
export const SETTINGS_SECTION = 'cloudfrontIamLens';

/** Command ids, shared by the client's registrations and the server's code lenses. */
export const COMMANDS = {
  simulatePath: 'cloudfrontIamLens.simulatePath',
  revealRange: 'cloudfrontIamLens.revealRange',
} as const;

/** A position and range as in LSP, declared here so this module stays dependency-free. */
export interface WirePosition {
  line: number;
  character: number;
}

export interface WireRange {
  start: WirePosition;
  end: WirePosition;
}

/**
 * `cloudfrontIamLens/distributions`: sent by the client before simulating, to learn which
 * distributions a document holds. Returns them in document order (empty when there are none).
 */
export const DistributionsMethod = 'cloudfrontIamLens/distributions';

export interface DistributionsParams {
  uri: string;
}

export interface DistributionInfo {
  /** The index to pass back in `SimulatePathParams.distribution`. */
  index: number;
  /** The CloudFormation logical id, or "DistributionConfig". */
  label: string;
  range: WireRange;
  /** The number of non-default cache behaviors. */
  behaviorCount: number;
}

/**
 * `cloudfrontIamLens/simulatePath`: sent by the client's Simulate Path command (palette or code lens).
 * The server answers from the current version of the document; it keeps no state between requests.
 */
export const SimulatePathMethod = 'cloudfrontIamLens/simulatePath';

export interface SimulatePathParams {
  uri: string;
  /** Which distribution of the document (see DistributionsMethod); the first by default. */
  distribution?: number;
  /** A path (`/images/a.jpg?x=1`) or a full URL. */
  input: string;
  /** The HTTP method; GET by default. */
  method?: string;
}

export interface SimulatePathResult {
  /** Set when the request could not be answered (no such document or distribution). */
  error?: string;
  /** The full answer, as the CLI prints it with `--format json`. */
  result?: SimulationResultWire;
  /** A readable Markdown report of the answer. */
  report?: string;
  /** Where the behavior that was hit sits in the document. */
  behaviorRange?: WireRange;
}

/** The simulation answer on the wire: the analysis type without its offsets. */
export type SimulationResultWire = Omit<import('./analysis/cloudfront/simulate').SimulationResult, 'behaviorSpan'>;
