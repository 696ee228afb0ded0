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
  simulateRequest: 'cloudfrontIamLens.simulateRequest',
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

/**
 * `cloudfrontIamLens/policies`: sent by the client's Simulate Request command before asking for a request, to
 * learn which IAM policies a document holds. Returns them in document order (empty when there are none).
 */
export const PoliciesMethod = 'cloudfrontIamLens/policies';

export interface PoliciesParams {
  uri: string;
}

export interface PolicyInfo {
  /** The index to pass back in `SimulateRequestParams.policy`. */
  index: number;
  /** Where the policy sits, such as "PolicyDocument of DeployRole (AWS::IAM::Role)", in the server's language. */
  label: string;
  kind: 'identity' | 'resource' | 'trust';
  /** The policy's Statement key (or the policy itself). */
  range: WireRange;
  statementCount: number;
}

/**
 * `cloudfrontIamLens/simulateRequest`: sent by the client's Simulate Request command (palette or code lens).
 * The server evaluates the request against one policy of the current version of the document with IAM's
 * single-policy logic and keeps no state between requests.
 */
export const SimulateRequestMethod = 'cloudfrontIamLens/simulateRequest';

export interface SimulateRequestParams {
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

export interface SimulateRequestResult {
  /** Set when the request could not be answered (no such document or policy, a malformed action). */
  error?: string;
  /** The full answer, as the CLI prints it with `simulate-iam --format json`. */
  result?: IamSimulationWire;
  /** A readable Markdown report of the answer. */
  report?: string;
  /** Where the statements that decided sit in the document (empty for an implicit deny). */
  decidingRanges?: WireRange[];
  /** The policy's Statement key, to reveal when no statement decided. */
  policyRange?: WireRange;
}

/** The IAM simulation answer on the wire: the analysis type without its offsets. */
export type IamSimulationWire = import('./analysis/iam/simulate').IamSimulationWire;
