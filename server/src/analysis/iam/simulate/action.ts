// Feature: the Action and NotAction elements in an IAM simulation: whether a statement covers the request's
// action.

import { code } from '../../util/markdown';
import type { StatementView } from '../policyView';
import { listOf, type Context } from './evaluation';
import { globMatch } from './globMatch';
import type { ElementCheck } from './result';
import { readPattern } from './variables';

/**
 * Action / NotAction (IAMUG reference_policies_elements_action, _notaction): names compare without regard to
 * case, `*` and `?` are wildcards anywhere, `*` alone is every action. NotAction covers every action it does
 * not list.
 */
export function checkAction(st: StatementView, action: string, ctx: Context): ElementCheck {
  const { t, view } = ctx;
  if (st.action && st.notAction) return { outcome: 'no-match', reason: t.action.both, span: view.span(st.notAction.key) };
  const list = st.action ?? st.notAction;
  if (!list) return { outcome: 'no-match', reason: t.action.missing, span: view.span(st.node) };
  if (list.strings.length === 0 && list.unknown.length === 0) return { outcome: 'no-match', reason: t.action.empty, span: view.span(list.key) };
  // Action names take no policy variables: `$` and `{` are plain characters there.
  const hit = list.strings.find((s) => globMatch(readPattern(s.value, ctx, false).tokens, 'string', action, true));
  if (st.action) {
    if (hit) return { outcome: 'match', reason: t.action.matches(code(action), code(hit.value)), span: view.span(hit.node) };
    if (list.unknown.length) return { outcome: 'unknown', reason: t.action.unknown, span: view.span(list.unknown[0]) };
    return { outcome: 'no-match', reason: t.action.notAmong(code(action), listOf(list.strings.map((s) => s.value), t), list.strings.length), span: view.span(list.key) };
  }
  if (hit) return { outcome: 'no-match', reason: t.action.excluded(code(action), code(hit.value)), span: view.span(hit.node) };
  if (list.unknown.length) return { outcome: 'unknown', reason: t.action.unknown, span: view.span(list.unknown[0]) };
  return { outcome: 'match', reason: t.action.notExcluded(code(action)), span: view.span(list.key) };
}
