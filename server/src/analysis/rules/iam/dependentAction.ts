// Rule: iam/dependent-action. The Service Authorization Reference lists, for some actions, the "dependent actions"
// a caller also needs for the request to succeed (ecs:RunTask with a task role needs iam:PassRole; many create
// actions need their service's tagging action when tags are given). A policy that allows the action but none of a
// dependent action leaves requests failing with AccessDenied. Dependents apply only in some requests (with a
// role, with tags, with encryption), and AWS managed policies would otherwise drown in it, so this is information.
// The closest peer (aws-iam-language-server) reports it as DEPENDENT_ACTION. Only named actions (no wildcards) in
// Allow statements are read, and a dependent counts as granted when any Allow statement of the policy matches it.

import { pick, type Localized } from '../../util/i18n';
import { resolveAction, listNames } from '../../iam/catalogRefs';
import { actionMatches, hasWildcard } from '../../iam/grammar';
import type { PolicyView, StatementView } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';
import { finding } from './support';

const RULE = 'iam/dependent-action';

const TEXT: Localized<(action: string, missing: string) => string> = {
  en: (action, missing) => `"${action}" may also need ${missing}, which this policy does not allow. AWS lists them as dependent actions; add them if your requests use them.`,
  ja: (action, missing) => `"${action}" には ${missing} も必要になることがありますが、このポリシーは許可していません。AWS が依存アクションとして挙げているもので、リクエストで使うなら追加してください。`,
};

/** Whether some Allow statement of the policy allows the action (by Action, or by leaving it out of NotAction). */
function allowed(statements: readonly StatementView[], action: string): boolean {
  return statements.some((s) => s.effectValue === 'Allow' && (
    s.action ? s.action.unknown.length > 0 || s.action.strings.some((a) => actionMatches(a.value, action, undefined))
      : s.notAction ? s.notAction.unknown.length > 0 || !s.notAction.strings.some((a) => actionMatches(a.value, action, undefined)) : false));
}

export const dependentAction: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Dependent action not allowed', ja: '依存アクションが未許可' },
    severity: 'info',
    description: {
      en: 'An allowed action has dependent actions in the Service Authorization Reference (such as iam:PassRole for ' +
        'ecs:RunTask) that the policy does not allow. Requests that need them fail. Information only: dependents apply only to some requests ' +
        '(aws-iam-language-server: DEPENDENT_ACTION).',
      ja: '許可したアクションに、サービス認可リファレンスで依存アクション（ecs:RunTask に対する iam:PassRole など）が挙げられていますが、' +
        'ポリシーはそれを許可していません。それが必要なリクエストは失敗します。依存は一部のリクエストにだけ当てはまるため、情報として報告します' +
        '（aws-iam-language-server の DEPENDENT_ACTION）。',
    },
    appliesTo: ['iam-policy'],
    sources: [SERVICE_AUTHORIZATION_REFERENCE, IAM_DATA, 'https://github.com/mbarneyjr/aws-iam-language-server'],
    fix: {
      en: 'Allow the dependent actions the requests need, on the resources they need.',
      ja: 'リクエストに必要な依存アクションを、必要なリソースに対して許可してください。',
    },
  },
  policy(view: PolicyView, ctx) {
    const catalog = ctx.options.catalog;
    if (!catalog || view.target.kind === 'trust') return [];
    const found: Finding[] = [];
    for (const s of view.statements) {
      if (s.effectValue !== 'Allow' || !s.action) continue;
      for (const item of s.action.strings) {
        if (hasWildcard(item.value)) continue;
        const resolved = resolveAction(catalog, item.value, undefined);
        if (resolved.kind !== 'actions' || resolved.actions.length !== 1) continue;
        const action = resolved.actions[0];
        const dependents = new Set<string>();
        for (const d of action.dependentActions) dependents.add(d);
        for (const rt of action.resourceTypes) for (const d of rt.dependentActions) dependents.add(d);
        const missing = [...dependents].filter((d) => !allowed(view.statements, d)).sort();
        if (missing.length === 0) continue;
        found.push(finding(RULE, 'info', pick(TEXT, ctx.options.locale)(item.value, listNames(missing, ctx.options.locale)), view.span(item.node)));
      }
    }
    return found;
  },
};
