// Feature: whether a statement can match no request at all, shared by iam/grants-nothing (which says so once)
// and the rules whose warnings are about what a statement grants (which then stay silent, so each statement tells
// one story). IAM matches a request against a statement only when its action is in Action (or not in NotAction)
// and its resource is in Resource (or not in NotResource) (IAMUG reference_policies_elements_notaction,
// reference_policies_elements_notresource): a NotResource that lists "*" excludes every resource, and a NotAction
// that lists "*" excludes every action, so such a statement matches nothing, whatever its effect. With the action
// catalog, an Action list none of whose entries names an action of its (known) service matches nothing too; a
// service the data does not list at all may be newer than the data (or retired from it, as DeepRacer and IoT 1-Click
// are while AWS managed policies still name them), so it keeps the statement undecided.

import type { Catalog } from '../../iam/catalog';
import { isReadableList, resolveAction } from '../../iam/catalogRefs';
import type { StatementView } from '../../iam/policyView';
import type { Node } from '../../source/tree';

export interface NothingMatched {
  /** Which element empties the statement. */
  element: 'NotResource' | 'NotAction' | 'Action';
  /** Where to say so: the `"*"` entry, or the Action key. */
  node: Node;
}

/**
 * The element that makes a statement match nothing, or undefined when it can match something. The Action case
 * needs the catalog; without it, only the "*" cases are decided.
 */
export function grantsNothingOf(s: StatementView, catalog?: Catalog): NothingMatched | undefined {
  const notResource = s.notResource?.strings.find((r) => r.value === '*');
  if (notResource && !s.resource) return { element: 'NotResource', node: notResource.node };
  const notAction = s.notAction?.strings.find((a) => a.value === '*');
  if (notAction && !s.action) return { element: 'NotAction', node: notAction.node };
  const action = s.action;
  if (catalog && action && !s.notAction && isReadableList(action) && action.strings.length > 0) {
    const none = action.strings.every((a) => {
      const kind = resolveAction(catalog, a.value, undefined).kind;
      return kind === 'unknown-action' || kind === 'no-match';
    });
    if (none) return { element: 'Action', node: action.key };
  }
  return undefined;
}
