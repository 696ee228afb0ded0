// Feature: whether a statement can match no request at all, shared by iam/grants-nothing (which says so once)
// and the rules whose warnings are about what a statement grants (which then stay silent, so each statement tells
// one story). IAM matches a request against a statement only when its action is in Action (or not in NotAction)
// and its resource is in Resource (or not in NotResource) (IAMUG reference_policies_elements_notaction,
// reference_policies_elements_notresource): a NotResource that lists "*" excludes every resource, and a NotAction
// that lists "*" excludes every action, so such a statement matches nothing, whatever its effect.

import type { StatementView, StringItem } from '../../iam/policyView';

export interface NothingMatched {
  /** Which element empties the statement. */
  element: 'NotResource' | 'NotAction';
  /** The `"*"` entry that does it. */
  item: StringItem;
}

/** The element and entry that make a statement match nothing, or undefined when it can match something. */
export function grantsNothingOf(s: StatementView): NothingMatched | undefined {
  const notResource = s.notResource?.strings.find((r) => r.value === '*');
  if (notResource && !s.resource) return { element: 'NotResource', item: notResource };
  const notAction = s.notAction?.strings.find((a) => a.value === '*');
  if (notAction && !s.action) return { element: 'NotAction', item: notAction };
  return undefined;
}
