// Feature: the decision of an IAM simulation: the statements' outcomes combined with IAM's single-policy logic
// (an applying Deny wins, then an applying Allow, else an implicit deny), keeping every decision still possible
// when statements hang on values only known at deployment.

import type { IamDecision, StatementCheck } from './result';

/**
 * The single-policy decision (IAMUG reference_policies_evaluation-logic): an applying Deny is an explicit
 * deny; otherwise an applying Allow allows; otherwise the request is implicitly denied. Statements that only
 * may apply (values known at deployment) keep every decision they could lead to.
 */
export function decide(statements: StatementCheck[], unknownStatements: number): { decision: IamDecision | 'unknown'; possible: IamDecision[]; deciding: StatementCheck[] } {
  const denies = statements.filter((s) => s.outcome === 'match' && s.effect === 'Deny');
  if (denies.length) return { decision: 'explicit-deny', possible: ['explicit-deny'], deciding: denies };
  const allows = statements.filter((s) => s.outcome === 'match' && s.effect === 'Allow');
  // A statement that applies but whose Effect is only known at deployment either allows or denies.
  const eitherWay = statements.filter((s) => s.outcome === 'match' && s.effect === 'unknown');
  const mayDeny = statements.filter((s) => s.outcome === 'unknown' && (s.effect === 'Deny' || s.effect === 'unknown')).concat(eitherWay);
  const mayAllow = statements.filter((s) => s.outcome === 'unknown' && (s.effect === 'Allow' || s.effect === 'unknown')).concat(eitherWay);
  const possible: IamDecision[] = [];
  if (allows.length || mayAllow.length || unknownStatements) possible.push('allowed');
  if (mayDeny.length || unknownStatements) possible.push('explicit-deny');
  if (!allows.length && !eitherWay.length) possible.push('implicit-deny');
  if (possible.length === 1) {
    const decision = possible[0];
    return { decision, possible, deciding: decision === 'allowed' ? allows : [] };
  }
  const hangs = [...new Set([...mayDeny, ...allows, ...mayAllow])].sort((a, b) => a.index - b.index);
  return { decision: 'unknown', possible, deciding: hangs };
}
