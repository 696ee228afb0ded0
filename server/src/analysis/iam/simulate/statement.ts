// Feature: one statement in an IAM simulation: its Effect and every element checked against the request, and
// whether the statement applies, does not, or depends on values only known at deployment.

import { code } from '../../util/markdown';
import { isIntrinsic } from '../../source/access';
import type { StatementView } from '../policyView';
import { checkAction } from './action';
import { checkCondition } from './condition';
import { elementTri, toOutcome, triAnd, type Context } from './evaluation';
import { checkPrincipal } from './principal';
import type { IamRequest } from './request';
import { checkResource } from './resource';
import type { StatementCheck } from './result';

/** Called once per statement of the simulated policy. Never throws. */
export function evaluateStatement(st: StatementView, request: IamRequest, ctx: Context): StatementCheck {
  const { t, view } = ctx;
  const unresolved: string[] = [];
  const action = checkAction(st, request.action, ctx);
  const resource = checkResource(st, request.resource, ctx, unresolved);
  const principal = checkPrincipal(st, request.principal, ctx);
  const condition = checkCondition(st, ctx, unresolved);
  const effectUnknown = st.effect?.value !== undefined && isIntrinsic(st.effect.value);
  const effect = st.effectValue ?? (effectUnknown ? 'unknown' : undefined);
  let invalid: string | undefined;
  if (!effect) invalid = t.statement.invalidEffect;
  else if (unresolved.length) invalid = t.statement.unresolved(t.list([...new Set(unresolved)].map(code), 0));
  const tri = [action, resource, principal, condition].map((c) => elementTri(c.outcome)).reduce(triAnd, 'yes');
  return {
    index: st.index,
    ...(st.sidValue !== undefined ? { sid: st.sidValue } : {}),
    ...(effect ? { effect } : {}),
    outcome: invalid ? 'no-match' : toOutcome(tri),
    ...(invalid ? { invalid } : {}),
    action,
    resource,
    principal,
    condition,
    span: view.span(st.node),
  };
}
