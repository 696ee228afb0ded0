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
  /** The Simulate IAM Request command; its id predates the name and stays, since users bind keys to it. */
  simulateIamRequest: 'cloudfrontIamLens.simulateRequest',
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
 * Why a simulation has no answer: a closed code (the analysis' error codes, and `internal` when the server
 * failed) and the reason in the server's language.
 */
export interface SimulationErrorWire {
  code: import('./analysis/cloudfront/simulatePath').PathSimulationErrorCode | import('./analysis/iam/simulate').IamSimulationErrorCode | 'internal';
  message: string;
}

/** Which distribution or policy answered, and how many the document holds. */
export type SimulationPickWire = import('./analysis/types').SimulationPick;

/**
 * `cloudfrontIamLens/distributions`: sent by the client's Simulate Path command before simulating, to learn
 * which distributions a document holds. Returns them in document order (empty when there are none).
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

/** The analysis' wire form (simulatePathWire.ts) with its span as a range of the document. */
export interface SimulatePathResult {
  /** Set when the request could not be answered (no such document or distribution). */
  error?: SimulationErrorWire;
  /** The full answer, as the CLI prints it with `simulate --format json`. */
  result?: PathSimulationWire;
  /** A readable Markdown report of the answer. */
  report?: string;
  picked?: SimulationPickWire;
  /** Where the behavior that was hit sits in the document. */
  behaviorRange?: WireRange;
}

/** The Simulate Path answer on the wire: the analysis type without its offsets. */
export type PathSimulationWire = import('./analysis/cloudfront/simulatePathWire').PathSimulationWire;

/**
 * `cloudfrontIamLens/policies`: sent by the client's Simulate IAM Request command before asking for a
 * request, to learn which IAM policies a document holds. Returns them in document order (empty when there are
 * none).
 */
export const PoliciesMethod = 'cloudfrontIamLens/policies';

export interface PoliciesParams {
  uri: string;
}

export interface PolicyInfo {
  /** The index to pass back in `SimulateIamRequestParams.policy`. */
  index: number;
  /** Where the policy sits, such as "PolicyDocument of DeployRole (AWS::IAM::Role)", in the server's language. */
  label: string;
  kind: 'identity' | 'resource' | 'trust';
  /** The policy's Statement key (or the policy itself). */
  range: WireRange;
  statementCount: number;
}

/**
 * `cloudfrontIamLens/simulateIamRequest`: sent by the client's Simulate IAM Request command (palette or code
 * lens). The server evaluates the request against one policy of the current version of the document with
 * IAM's single-policy logic and keeps no state between requests.
 */
export const SimulateIamRequestMethod = 'cloudfrontIamLens/simulateIamRequest';

export interface SimulateIamRequestParams {
  uri: string;
  /** Which policy of the document (see PoliciesMethod); the first by default. */
  policy?: number;
  /** `service:Action`, such as `s3:GetObject`. */
  action: string;
  /** The resource ARN, or `*`. */
  resource: string;
  /** Condition context keys and their values; a key that is not given is absent from the request. */
  context?: Record<string, string | string[]>;
  /** The calling principal (an ARN, account id or service principal), for resource-based and trust policies. */
  principal?: string;
}

/** The analysis' wire form (iam/simulate/wire.ts) with its spans as ranges of the document. */
export interface SimulateIamRequestResult {
  /** Set when the request could not be answered (no such document or policy, a malformed action). */
  error?: SimulationErrorWire;
  /** The full answer, as the CLI prints it with `simulate-iam --format json`. */
  result?: IamSimulationWire;
  /** A readable Markdown report of the answer. */
  report?: string;
  picked?: SimulationPickWire;
  /** Where the statements that decided sit in the document (empty for an implicit deny). */
  decidingRanges?: WireRange[];
  /** The policy's Statement key, to reveal when no statement decided. */
  policyRange?: WireRange;
}

/** The Simulate IAM Request answer on the wire: the analysis type without its offsets. */
export type IamSimulationWire = import('./analysis/iam/simulate').IamSimulationWire;
