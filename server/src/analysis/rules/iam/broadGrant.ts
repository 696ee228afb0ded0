// Feature: the shared check behind Access Analyzer's PASS_ROLE_* and CREATE_SLR_* security warnings. Both ask
// whether an Allow statement of an identity policy grants one sensitive action (iam:PassRole,
// iam:CreateServiceLinkedRole) on more resources than intended, in six shapes: the action named or matched by a
// wildcard, or left out of a NotAction; the resource a wildcard, or a NotResource. Matching an action pattern
// against one known action is exact without the action catalog: `*` matches any run of characters and `?` one,
// without regard to case (IAMUG reference_policies_elements_action).

import type { AnalysisCache } from '../../cache';
import { pick, type Localized } from '../../util/i18n';
import { actionMatches } from '../../iam/grammar';
import type { StatementView, StringItem } from '../../iam/policyView';
import type { Node } from '../../source/tree';
import type { Finding, Span } from '../../types';
import type { StatementContext } from '../types';
import { finding, statementName } from './support';

/** The six shapes, named by the suffix of Access Analyzer's issue code. */
export type GrantShape =
  | 'STAR_IN_ACTION_AND_RESOURCE'
  | 'STAR_IN_RESOURCE'
  | 'NOTRESOURCE'
  | 'STAR_IN_ACTION_AND_NOTRESOURCE'
  | 'NOTACTION_AND_NOTRESOURCE'
  | 'STAR_IN_RESOURCE_AND_NOTACTION';

export interface BroadGrant {
  statement: StatementView;
  shape: GrantShape;
  /** Where to show it: the action value that grants it, or the NotAction key. */
  span: Span;
  /** The resource value with the wildcard, or the NotResource key. */
  resourceSpan: Span;
}

/**
 * How a statement of an identity policy allows `action` broadly, or undefined when it does not; `span` maps the
 * statement's nodes to the document. A statement whose elements are not all literal (intrinsic functions) is
 * skipped, so every answer is exact. `exempt` lets a caller skip statements whose condition already narrows the
 * grant. Callers check that the policy is an identity policy.
 */
export function broadGrantOf(span: (node: Node) => Span, s: StatementView, action: string, cache: AnalysisCache | undefined, exempt: (s: StatementView) => boolean = () => false): BroadGrant | undefined {
  if (s.effectValue !== 'Allow' || exempt(s)) return undefined;
  const actions = s.action;
  const notActions = s.notAction;
  const resources = s.resource;
  const notResources = s.notResource;
  if ([actions, notActions, resources, notResources].some((e) => e && (e.unknown.length > 0 || e.form === 'invalid'))) return undefined;

  let actionItem: StringItem | undefined;
  let byWildcard = false;
  let viaNotAction = false;
  if (actions) {
    const matching = actions.strings.filter((a) => actionMatches(a.value, action, cache));
    actionItem = matching.find((a) => a.value.toLowerCase() === action.toLowerCase()) ?? matching[0];
    if (!actionItem) return undefined;
    byWildcard = actionItem.value.toLowerCase() !== action.toLowerCase();
  } else if (notActions) {
    if (notActions.strings.some((a) => actionMatches(a.value, action, cache))) return undefined;
    viaNotAction = true;
  } else {
    return undefined;
  }

  let shape: GrantShape | undefined;
  let resourceSpan: Span | undefined;
  if (resources) {
    const star = resources.strings.find((r) => r.value.includes('*'));
    if (!star) return undefined;
    resourceSpan = span(star.node);
    shape = viaNotAction ? 'STAR_IN_RESOURCE_AND_NOTACTION' : byWildcard ? 'STAR_IN_ACTION_AND_RESOURCE' : 'STAR_IN_RESOURCE';
  } else if (notResources) {
    resourceSpan = span(notResources.key);
    shape = viaNotAction ? 'NOTACTION_AND_NOTRESOURCE' : byWildcard ? 'STAR_IN_ACTION_AND_NOTRESOURCE' : 'NOTRESOURCE';
  }
  if (!shape || !resourceSpan) return undefined;
  return { statement: s, shape, span: span(actionItem ? actionItem.node : notActions!.key), resourceSpan };
}

/** Whether a statement's Condition tests a key, by name without regard to case. */
export function conditionUses(s: StatementView, key: string): boolean {
  const wanted = key.toLowerCase();
  return (s.condition?.operators ?? []).some((op) => op.keys.some((k) => k.name.toLowerCase() === wanted));
}

/** What a broad-grant rule says: each shape in words, the message, and the related resource's note. */
export interface BroadGrantText {
  shape: Record<GrantShape, string>;
  message: (statement: string, shape: string, code: string) => string;
  resource: string;
}

/**
 * The whole check of a broad-grant rule for one statement: a warning when the statement, in an identity policy (the
 * only policies that grant to the caller), grants `action` broadly without a condition on `narrowingKey`, with
 * Access Analyzer's code `${codePrefix}_${shape}` and the resource that makes it broad as related information.
 */
export function broadGrantFindings(rule: string, ctx: StatementContext, action: string, narrowingKey: string, codePrefix: string, texts: Localized<BroadGrantText>): Finding[] {
  if (ctx.policy.kind !== 'identity') return [];
  const grant = broadGrantOf(ctx.span, ctx.statement, action, ctx.options.cache, (s) => conditionUses(s, narrowingKey));
  if (!grant) return [];
  const locale = ctx.options.locale;
  const text = pick(texts, locale);
  const code = `${codePrefix}_${grant.shape}`;
  return [finding(rule, 'warning', text.message(statementName(grant.statement, locale), text.shape[grant.shape], code), grant.span, {
    related: [{ span: grant.resourceSpan, message: text.resource }],
  })];
}
