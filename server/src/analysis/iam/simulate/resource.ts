// Feature: the Resource and NotResource elements in an IAM simulation: whether a statement covers the
// request's resource ARN, with policy variables filled in.

import { code } from '../../util/markdown';
import type { StatementView, StringItem } from '../policyView';
import { listOf, type Context } from './evaluation';
import { globMatch } from './globMatch';
import type { ElementCheck } from './result';
import { readPattern, type Pattern } from './variables';

/**
 * Resource / NotResource (IAMUG reference_policies_elements_resource, _notresource): ARNs compare with case,
 * with the segment wildcards of `globMatch`, after policy variables are filled in from the context.
 * Trust policies and some resource-based policies have no Resource: the policy then governs the resource it
 * is attached to.
 */
export function checkResource(st: StatementView, resource: string, ctx: Context, unresolved: string[]): ElementCheck {
  const { t, view } = ctx;
  if (st.resource && st.notResource) return { outcome: 'no-match', reason: t.resource.both, span: view.span(st.notResource.key) };
  const list = st.resource ?? st.notResource;
  if (!list) {
    return view.target.kind === 'identity'
      ? { outcome: 'no-match', reason: t.resource.missing, span: view.span(st.node) }
      : { outcome: 'not-applicable', reason: t.resource.implied };
  }
  if (list.strings.length === 0 && list.unknown.length === 0) return { outcome: 'no-match', reason: t.resource.empty, span: view.span(list.key) };
  let hit: { item: StringItem; pattern: Pattern } | undefined;
  let caseOnly: string | undefined;
  for (const item of list.strings) {
    const pattern = readPattern(item.value, ctx, true);
    unresolved.push(...pattern.unresolved);
    if (pattern.unresolved.length) continue;
    if (!hit && globMatch(pattern.tokens, 'resource', resource)) hit = { item, pattern };
    else if (!caseOnly && globMatch(pattern.tokens, 'resource', resource, true)) caseOnly = item.value;
  }
  const via = (h: { item: StringItem; pattern: Pattern }): string =>
    `${code(h.item.value)}${h.pattern.substituted ? t.resource.substituted(code(h.pattern.text)) : ''}`;
  if (st.resource) {
    if (hit) return { outcome: 'match', reason: t.resource.matches(code(resource), via(hit)), span: view.span(hit.item.node) };
    if (list.unknown.length) return { outcome: 'unknown', reason: t.resource.unknown, span: view.span(list.unknown[0]) };
    const hint = caseOnly ? t.resource.caseOnly(code(caseOnly)) : '';
    return { outcome: 'no-match', reason: t.resource.notAmong(code(resource), listOf(list.strings.map((s) => s.value), t), list.strings.length) + hint, span: view.span(list.key) };
  }
  if (hit) return { outcome: 'no-match', reason: t.resource.excluded(code(resource), via(hit)), span: view.span(hit.item.node) };
  if (list.unknown.length) return { outcome: 'unknown', reason: t.resource.unknown, span: view.span(list.unknown[0]) };
  return { outcome: 'match', reason: t.resource.notExcluded(code(resource)), span: view.span(list.key) };
}
