// Feature: the rule runner. It owns every loop over what a document holds (distributions, their behaviors and
// origins, invalidation batches, policies and their statements), so a rule states only what it checks in one of
// them. Statement checks go through statement reuse (iam/statementReuse.ts) with a context that holds only what
// their reused findings are keyed by, so a check cannot read anything that would make a reused finding wrong.

import { distributionsOf } from '../cloudfront/reachability';
import type { PolicyTarget } from '../document/classify';
import { isClosed, policiesOf, type PolicyView, type StatementView } from '../iam/policyView';
import { statementsFindings } from '../iam/statementReuse';
import type { Finding } from '../types';
import type { DistributionContext, Rule, RuleContext, StatementContext, StatementOrigin } from './types';

function statementOrigin(target: PolicyTarget): StatementOrigin {
  const origin = target.origin;
  if (origin.source === 'cloudformation') return { source: 'cloudformation', resourceType: origin.resourceType, property: origin.property };
  if (origin.source === 'cli') return { source: 'cli', command: origin.command };
  return { source: 'file' };
}

/** The statement checks' view of one policy, and the function that gives one statement its context. */
function statementContexts(view: PolicyView, ctx: RuleContext): (statement: StatementView) => StatementContext {
  const target = view.target;
  const options = { locale: ctx.options.locale, catalog: ctx.options.catalog, quotas: ctx.options.quotas, cache: ctx.options.cache };
  const policy = {
    kind: target.kind, api: target.api, embedding: target.embedding, origin: statementOrigin(target),
    statementForm: view.statementForm, versionValue: view.versionValue, hasVersion: view.version !== undefined,
  };
  const closed = (node: Parameters<typeof isClosed>[1]): boolean => isClosed(view, node);
  return (statement) => ({
    statement, options, policy, edits: target.edits, span: view.span, valueSpan: view.valueSpan, isClosed: closed,
    brace: target.toDocument({ offset: statement.node.offset, length: Math.min(1, statement.node.length) }),
  });
}

/** Every finding of one rule in one document. Must be called only for a document of a kind the rule applies to. */
export function runRule(rule: Rule, ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const add = (found: readonly Finding[]): void => {
    for (let i = 0; i < found.length; i++) findings.push(found[i]);
  };
  const { doc } = ctx;
  if (rule.document) add(rule.document(ctx));
  if ((rule.distribution || rule.behavior || rule.origin) && doc.model.distributions.length > 0) {
    for (const dist of distributionsOf(doc)) {
      const dctx: DistributionContext = { doc, options: ctx.options, dist, edits: doc.edits, spelling: doc.spelling };
      if (rule.distribution) add(rule.distribution(dist, dctx));
      if (rule.behavior) {
        if (dist.defaultBehavior) add(rule.behavior(dist.defaultBehavior, dctx));
        for (const behavior of dist.behaviors) add(rule.behavior(behavior, dctx));
      }
      if (rule.origin) for (const origin of dist.originNodes) add(rule.origin(origin, dctx));
    }
  }
  if (rule.invalidation) for (const inv of doc.model.invalidations) add(rule.invalidation(inv.batch, ctx));
  if ((rule.policy || rule.statement) && doc.model.policies.length > 0) {
    for (const view of policiesOf(doc)) {
      if (rule.policy) add(rule.policy(view, ctx));
      const check = rule.statement;
      if (check) {
        const contextOf = statementContexts(view, ctx);
        add(statementsFindings(rule.meta.id, doc, ctx.options, view, (statement) => check(contextOf(statement))));
      }
    }
  }
  return findings;
}
