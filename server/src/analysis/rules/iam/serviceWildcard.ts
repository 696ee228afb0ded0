// Rule: iam/service-wildcard. An Allow statement that grants a whole service (`s3:*`, `iam:*`) on every resource
// ("Resource": "*") with no condition hands over every present and future action of that service, administration
// included. The IAM User Guide's least-privilege advice says to grant only the actions needed (IAMUG best-practices
// grant-least-privilege); checkov reports the same shape (CKV_AWS_63 and CKV_AWS_355), and parliament's
// RESOURCE_STAR fires on every such statement of a service that has resource-level permissions. `"*"` alone is
// iam/full-access's finding, and a statement that matches nothing is iam/grants-nothing's. A service none of whose
// actions takes a resource ARN (support, pricing, …) can only be granted on "*", and parliament does not report it,
// so neither does this rule; that needs the catalog, so the rule is silent until it is loaded. Only identity policies
// are read: in a resource policy "*" is the resource the policy is attached to (a KMS key policy's "kms:*" on "*" for
// the account is AWS's default key policy).

import { pick, type Localized } from '../../util/i18n';
import { isWildcardOnly } from '../../iam/catalog';
import type { Rule } from '../types';
import { finding, statementName } from './support';

const RULE = 'iam/service-wildcard';

/** `service:*` exactly: a whole service, not a pattern over some of its actions. */
const WHOLE_SERVICE = /^([A-Za-z0-9.-]+):\*$/;

const TEXT: Localized<(statement: string, value: string, service: string) => string> = {
  en: (s, value, service) => `${s} allows "${value}" on every resource: every ${service} action, including future ones. List the actions needed, or name the resources.`,
  ja: (s, value, service) => `${s} はすべてのリソースに "${value}" を許可しており、${service} のすべてのアクション（今後追加されるものを含む）を与えます。必要なアクションを列挙するか、リソースを指定してください。`,
};

export const serviceWildcard: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Whole service on every resource', ja: 'サービス全体をすべてのリソースに許可' },
    severity: 'warning',
    description: {
      en: 'An Allow statement with an action such as "s3:*" or "iam:*", "Resource": "*" and no Condition grants every ' +
        'action of the service, including administrative and future ones, on everything. Services whose actions all ' +
        'require "*" are not reported (parliament RESOURCE_STAR covers the same statements).',
      ja: '"s3:*" や "iam:*" のようなアクションを "Resource": "*"・Condition なしで許可する Allow ステートメントは、管理操作や' +
        '今後追加されるものを含むサービスのすべてのアクションを、すべてに対して与えます。すべてのアクションが "*" を必要とするサービスは報告しません（parliament の RESOURCE_STAR も同じステートメントを報告します）。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://github.com/duo-labs/parliament',
      'https://github.com/bridgecrewio/checkov',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::uploads/*"}]}',
    },
    fix: {
      en: 'List the actions the principal needs, and the resources it needs them on.',
      ja: 'プリンシパルに必要なアクションと、その対象のリソースを列挙してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const catalog = ctx.options.catalog;
    if (!catalog || ctx.policy.kind !== 'identity' || s.effectValue !== 'Allow' || s.condition || !s.action) return [];
    if (!s.resource?.strings.some((r) => r.value === '*')) return [];
    const locale = ctx.options.locale;
    const found = [];
    for (const item of s.action.strings) {
      const match = WHOLE_SERVICE.exec(item.value);
      if (!match) continue;
      const service = catalog.service(match[1]);
      if (!service || !service.actions.some((a) => !isWildcardOnly(a))) continue;
      found.push(finding(RULE, 'warning', pick(TEXT, locale)(statementName(s, locale), item.value, service.name), ctx.span(item.node)));
    }
    return found;
  },
};
