// Rule: iam/resource-star. An Allow statement that grants, on "Resource": "*", actions that AWS lets a policy scope
// to named resources. The Service Authorization Reference lists, for each action, the resource types it can be
// scoped to; an action with none supports only "*", and for it "*" is right (the false positive users report
// against trivy and checkov, aquasecurity/trivy#5040). For the others, "*" is wider than needed: parliament
// reports it as RESOURCE_STAR (duo-labs/parliament, config.yaml) and the IAM User Guide asks for resource ARNs
// (IAMUG best-practices grant-least-privilege). Statements with a Condition (often a tag or service condition
// that narrows "*") are left alone, as are "*" and "service:*" entries, which iam/full-access and
// iam/service-wildcard report. Only actions that change things (access level Write or Permissions management) are
// counted, and it is information, one finding per statement on its "*": parliament rates it LOW, and AWS's own
// managed policies do it in about 700 statements. Only identity policies are read: in a resource policy "*" is the
// resource the policy is attached to.

import { pick, type Localized } from '../../util/i18n';
import { actionName, listNames, resolveAction } from '../../iam/catalogRefs';
import { isWildcardOnly } from '../../iam/catalog';
import type { Rule } from '../types';
import { IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';
import { grantsNothingOf } from './grantsNothingOf';
import { finding, statementName } from './support';

const RULE = 'iam/resource-star';

/**
 * Whether an action changes things: its access level (the data joins several with ", ", as "Tagging, Write") includes
 * Write or Permissions management. Reading and listing on "*" is how read-only policies are written on purpose (AWS's
 * own ReadOnlyAccess does it), so only these are reported: a subset of what parliament reports.
 */
const changes = (level: string): boolean => level.split(/,\s*/).some((l) => l === 'Write' || l === 'Permissions management');

const TEXT: Localized<(statement: string, count: number, scoped: string) => string> = {
  en: (s, count, scoped) => `${s} grants on "*" ${count === 1 ? 'a write action' : `${count} write actions`} that can be limited to named resources (${scoped}). Name the resource ARNs they need.`,
  ja: (s, count, scoped) => `${s} は、特定のリソースに限定できる書き込みアクション${count === 1 ? '' : ` ${count} 個`}を "*" に許可しています（${scoped}）。必要なリソースの ARN を指定してください。`,
};

export const resourceStar: Rule = {
  meta: {
    id: RULE,
    title: { en: '"*" resource for actions that take resource ARNs', ja: 'リソース ARN を指定できるアクションに "*"' },
    severity: 'info',
    description: {
      en: 'An Allow statement without a Condition grants, on "Resource": "*", actions that change things (Write or ' +
        'Permissions management) and that AWS lets you scope to named resources (those with resource types in the Service ' +
        'Authorization Reference). Read and List actions, and actions that support only "*", are not reported. parliament ' +
        'reports these as RESOURCE_STAR.',
      ja: 'Condition のない Allow ステートメントが、変更を行うアクション（Write または Permissions management）のうち特定のリソースに' +
        '限定できるもの（サービス認可リファレンスでリソースタイプを持つもの）を "Resource": "*" に許可しています。Read・List のアクションと' +
        '"*" しか使えないアクションは報告しません。parliament はこれを RESOURCE_STAR として報告します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      SERVICE_AUTHORIZATION_REFERENCE,
      'https://github.com/duo-labs/parliament',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      IAM_DATA,
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::uploads/*"}]}',
    },
    fix: {
      en: 'Replace "*" with the ARNs of the resources the actions are needed on; hover over an action to see its resource types.',
      ja: '"*" を、アクションが必要なリソースの ARN に置き換えてください。アクションにホバーするとリソースタイプを確認できます。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const catalog = ctx.options.catalog;
    if (!catalog || ctx.policy.kind !== 'identity' || s.effectValue !== 'Allow' || s.condition || !s.action || grantsNothingOf(s)) return [];
    if (!s.resource?.strings.some((r) => r.value === '*')) return [];
    const star = s.resource.strings.find((r) => r.value === '*')!;
    const scoped = new Set<string>();
    for (const item of s.action.strings) {
      if (item.value === '*' || /^[^:]*:\*$/.test(item.value)) continue;
      const resolved = resolveAction(catalog, item.value, undefined);
      if (resolved.kind !== 'actions') continue;
      for (const a of resolved.actions) if (!isWildcardOnly(a) && changes(a.accessLevel)) scoped.add(actionName(a));
    }
    if (scoped.size === 0) return [];
    const locale = ctx.options.locale;
    const names = [...scoped];
    return [finding(RULE, 'info', pick(TEXT, locale)(statementName(s, locale), names.length, listNames(names, locale)), ctx.span(star.node))];
  },
};
