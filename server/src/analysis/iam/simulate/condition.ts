// Feature: the Condition element in an IAM simulation: each key of each operator against the request's context
// keys, with IAM's rules for missing keys, multivalued keys and negated operators; operators and keys are ANDed.

import { code } from '../../util/markdown';
import type { OperatorFamily } from '../grammar';
import type { ConditionKeyView, ConditionOperatorView, StatementView } from '../policyView';
import { elementTri, fromBool, toOutcome, triAnd, triNot, triOr, type Context, type Tri } from './evaluation';
import { compileValue, NEGATED, requestValueReadable } from './operators';
import type { ConditionCheck, ElementCheck } from './result';

/**
 * Evaluates one key of one operator (IAMUG reference_policies_elements_condition_operators and
 * reference_policies_condition-single-vs-multi-valued-context-keys):
 * - a missing key is false, except: `…IfExists` is true; a negated operator is true; `ForAllValues` is true
 *   ("It also returns true if there are no context keys in the request"); `ForAnyValue` stays false; `Null`
 *   tests presence itself ("true" = the key is absent);
 * - the policy's values are ORed (NOR for a negated operator);
 * - `ForAllValues`: every request value must satisfy the operator; `ForAnyValue`: at least one must.
 * An empty list of request values counts as a missing key (a "null dataset").
 */
function evaluateKey(opView: ConditionOperatorView, keyView: ConditionKeyView, ctx: Context, unresolved: string[]): ConditionCheck {
  const { t, view } = ctx;
  const op = opView.operator;
  const family = op.family as OperatorFamily;
  const values = keyView.values.map((v) => v.text);
  const base = { operator: opView.name, key: keyView.name, values, span: view.span(keyView.key) };
  if (keyView.values.length === 0 && keyView.unknown.length === 0 && keyView.invalid.length > 0) {
    return { ...base, outcome: 'no-match', reason: t.condition.keyInvalid };
  }
  const verdict = (tri: Tri): string => (tri === 'yes' ? t.condition.holds : tri === 'no' ? t.condition.doesNotHold : t.condition.dependsOnDeployment);
  const requestValues = ctx.lookup(keyView.name);
  const present = requestValues !== undefined && requestValues.length > 0;
  const unknown = keyView.unknown.length > 0;
  const described = present ? t.list((requestValues ?? []).slice(0, 3).map(code), Math.max(0, (requestValues ?? []).length - 3)) : t.condition.noValue;

  if (family === 'Null') {
    const caveats: string[] = [];
    if (op.ifExists) caveats.push(t.condition.nullIfExists);
    if (op.qualifier) caveats.push(t.condition.nullQualifier(op.qualifier));
    let tri: Tri = 'no';
    for (const v of values) {
      const lower = v.toLowerCase();
      if (lower !== 'true' && lower !== 'false') {
        caveats.push(t.condition.nullBadValue(code(v)));
        continue;
      }
      tri = triOr(tri, fromBool(lower === 'true' ? !present : present));
    }
    if (unknown) tri = triOr(tri, 'unknown');
    const reason = `${present ? t.condition.nullPresent : t.condition.nullAbsent} → ${verdict(tri)}${caveats.length ? t.aside(caveats.join(t.separator)) : ''}`;
    return { ...base, outcome: toOutcome(tri), reason };
  }

  const negated = NEGATED.has(op.base);
  if (!present) {
    if (op.ifExists) return { ...base, outcome: 'match', reason: t.condition.absentIfExists };
    if (op.qualifier === 'ForAllValues') return { ...base, outcome: 'match', reason: t.condition.absentForAll };
    if (op.qualifier === 'ForAnyValue') return { ...base, outcome: 'no-match', reason: t.condition.absentForAny };
    if (negated) return { ...base, outcome: 'match', reason: t.condition.absentNegated };
    return { ...base, outcome: 'no-match', reason: t.condition.absent };
  }

  const matchers = keyView.values.map((v) => compileValue(op, family, v.text, ctx, unresolved));
  const caveats = matchers.filter((m) => m.bad).map((m) => m.bad as string);
  const unreadable = (requestValues ?? []).filter((v) => !requestValueReadable(family, v));
  caveats.push(...unreadable.map((v) => t.condition.badRequestValue(code(v), family)));
  if (unknown) caveats.push(t.condition.someUnknown);
  const anyPolicyValue = (v: string): Tri => {
    let tri: Tri = fromBool(matchers.some((m) => m.test(v)));
    if (unknown) tri = triOr(tri, 'unknown');
    return tri;
  };
  const perValue = (v: string): Tri => (negated ? triNot(anyPolicyValue(v)) : anyPolicyValue(v));
  const all = requestValues ?? [];
  let tri: Tri;
  if (op.qualifier === 'ForAllValues') {
    tri = all.map(perValue).reduce(triAnd, 'yes');
  } else {
    if (!op.qualifier && all.length > 1) ctx.note(t.notes.multiValueNoQualifier(code(keyView.name)));
    tri = all.map(perValue).reduce(triOr, 'no');
  }
  const reason = `${t.condition.compared(described, verdict(tri))}${caveats.length ? t.aside(caveats.join(t.separator)) : ''}`;
  return { ...base, outcome: toOutcome(tri), reason };
}

/**
 * The Condition element: operators are ANDed, keys under one operator are ANDed (IAMUG
 * reference_policies_multi-value-conditions).
 */
export function checkCondition(st: StatementView, ctx: Context, unresolved: string[]): ElementCheck & { checks: ConditionCheck[] } {
  const { t, view } = ctx;
  const el = st.condition;
  if (!el) return { outcome: 'not-applicable', reason: t.condition.none, checks: [] };
  if (el.form === 'unknown') return { outcome: 'unknown', reason: t.condition.unknown, span: view.span(el.key), checks: [] };
  if (el.form === 'invalid') return { outcome: 'no-match', reason: t.condition.invalid, span: view.span(el.key), checks: [] };
  const checks: ConditionCheck[] = [];
  for (const opView of el.operators) {
    const base = { operator: opView.name, key: '', values: [], span: view.span(opView.key) };
    if (!opView.operator.family) {
      checks.push({ ...base, outcome: 'no-match', reason: t.condition.operatorUnknown(code(opView.name)) });
    } else if (opView.form === 'unknown') {
      checks.push({ ...base, outcome: 'unknown', reason: t.condition.unknown });
    } else if (opView.form === 'invalid') {
      checks.push({ ...base, outcome: 'no-match', reason: t.condition.operatorInvalid(code(opView.name)) });
    } else {
      for (const keyView of opView.keys) checks.push(evaluateKey(opView, keyView, ctx, unresolved));
    }
  }
  const tri = checks.map((c) => elementTri(c.outcome)).reduce(triAnd, 'yes');
  const failing = checks.filter((c) => c.outcome === 'no-match').length;
  const reason = tri === 'yes' ? t.condition.allHold(checks.length) : tri === 'no' ? t.condition.fails(failing) : t.condition.unknown;
  return { outcome: toOutcome(tri), reason, span: view.span(el.key), checks };
}
