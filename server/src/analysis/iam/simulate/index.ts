// Feature: Simulate IAM Request (the "Simulate request…" lens and command). Given one policy of the document
// and a request (an action, a resource ARN, condition context keys and, for resource-based and trust policies,
// a principal), answers what that policy alone decides: allowed, explicitly denied or implicitly denied, which
// statements decided it, and for every statement why it applies or not, element by element.
//
// This is IAM's evaluation logic for a single policy, as AWS documents it:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// ("By default, all requests are implicitly denied … An explicit allow in an identity-based or resource-based
// policy overrides this default … An explicit deny in any policy overrides any allows"). A statement applies
// when its Effect is valid and its Action/NotAction, Resource/NotResource, Principal/NotPrincipal and
// Condition all match; an applying Deny wins, otherwise an applying Allow allows, otherwise the request is
// implicitly denied. Other policy types (SCPs, boundaries, session policies, the other side of a
// cross-account request) are outside a single policy and play no part here.
//
// Values that are only known at deployment (CloudFormation intrinsic functions) are never guessed: they make
// an element, a statement and possibly the decision "unknown", and the answer lists the decisions still
// possible. Written for this project; it shares no code with any other simulator.
//
// The folder, one concern per file:
//   request.ts     the request and its condition context keys
//   result.ts      what the answer says
//   evaluation.ts  three-valued logic and the evaluation context every check reads
//   variables.ts   policy strings read into wildcard tokens, policy variables filled in
//   globMatch.ts   the linear wildcard matcher
//   action.ts, resource.ts, principal.ts   the elements that name what a statement covers
//   operators.ts   condition operators: policy values compiled into tests of request values
//   condition.ts   the Condition element: keys and operators against the request's context
//   statement.ts   one statement; decision.ts   the single-policy decision
//   policy.ts      one request against one policy view
//   document.ts    the document-level entry (checks the request, picks the policy, typed errors)
//   wire.ts        the wire form shared by the LSP handler and the CLI
//   report.ts      the Markdown report; text.ts   every word, in English and Japanese

export type { ContextValue, IamRequest } from './request';
export type { ConditionCheck, DecidingStatement, ElementCheck, ElementOutcome, IamDecision, IamSimulationResult, Outcome, StatementCheck } from './result';
export { simulatePolicy, type IamSimulateOptions } from './policy';
export {
  policyList, simulateIamRequest,
  type IamSimulationAnswer, type IamSimulationErrorCode, type IamSimulationOptions, type IamSimulationRequest, type PolicyEntry,
} from './document';
export { iamSimulationForWire, iamSimulationReply, type IamSimulationReply, type IamSimulationWire } from './wire';
export { formatIamSimulation } from './report';
