// Rule: iam/condition-key-not-applicable. A condition key that none of the statement's actions supports.
// AWS's Service Authorization Reference lists, for each action and each of its resource types, the keys its
// requests carry; a key outside those lists is missing from every request the statement matches, so the
// condition always sees it as missing (IAMUG reference_policies_elements_condition: a missing key does not
// match, except with `…IfExists`, `Null` or a negated operator). Access Analyzer reports actions that a key
// does not support (UNSUPPORTED_ACTION_FOR_CONDITION_KEY); parliament reports UNKNOWN_CONDITION_FOR_ACTION.
// This rule reports only the clear case, a key that no action of the statement supports, and skips global
// keys, which apply to every request, NotAction statements (they match the complement), `*`, intrinsic
// functions and entries the catalog does not know.

import { pick, type Localized } from '../../util/i18n';
import type { Catalog, CatalogAction } from '../../iam/catalog';
import { actionName, listNames, statementActions } from '../../iam/catalogRefs';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, dataName, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';

const RULE = 'iam/condition-key-not-applicable';

const TEXT: Localized<{
  message: (key: string, actions: string, data: string) => string;
  supportedBy: (actions: string) => string;
}> = {
  en: {
    message: (key, actions, data) => `None of this statement's actions (${actions}) supports the condition key "${key}" ` +
      `in ${data}: their requests never carry it, so the condition always sees it as missing. Access Analyzer reports ` +
      'such actions as UNSUPPORTED_ACTION_FOR_CONDITION_KEY.',
    supportedBy: (actions) => ` The key applies to ${actions}.`,
  },
  ja: {
    message: (key, actions, data) => `${data}では、このステートメントのどのアクション（${actions}）も条件キー "${key}" に` +
      '対応していません。これらのリクエストにこのキーは含まれないため、条件は常にキーが存在しないものとして評価されます。' +
      'Access Analyzer はこのようなアクションを UNSUPPORTED_ACTION_FOR_CONDITION_KEY として報告します。',
    supportedBy: (actions) => `このキーに対応しているのは ${actions} です。`,
  },
};

/** A few actions of the key's own service that do support it, to show where the key belongs. */
function supportingActions(catalog: Catalog, key: string): CatalogAction[] {
  const service = catalog.service(key.slice(0, key.indexOf(':')));
  return service ? service.actions.filter((a) => catalog.actionSupportsKey(a, key)) : [];
}

export const conditionKeyNotApplicable: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Condition key supported by none of the actions', ja: 'どのアクションも対応していない条件キー' },
    severity: 'warning',
    description: {
      en: 'A condition uses a service key (not a global "aws:" key) that none of the statement\'s actions supports ' +
        'according to AWS\'s Service Authorization Reference, such as "s3:prefix" with "s3:GetObject". Requests ' +
        'for those actions never carry the key, so the condition always sees it as missing, which usually means the ' +
        'statement never applies (or, with a negated operator or IfExists, always does). The check uses the service ' +
        'reference data bundled with the extension and stays silent until that data is loaded.',
      ja: '条件が、AWS のサービス認可リファレンス上でステートメントのどのアクションも対応していないサービス固有キー' +
        '（グローバルな "aws:" キー以外）を使っています。例: "s3:GetObject" に "s3:prefix"。これらのアクションのリクエストに' +
        'キーは含まれないため、条件は常にキーが存在しないものとして評価されます。多くの場合ステートメントは決して適用されず、' +
        '否定の演算子や IfExists では常に適用されます。拡張機能に同梱したサービス参照データで判定し、データの読み込みが' +
        '終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      ACCESS_ANALYZER_CHECKS,
      SERVICE_AUTHORIZATION_REFERENCE,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html',
      IAM_DATA,
    ],
    fix: {
      en: 'Move the condition to a statement whose actions support the key, or use a key those actions support.',
      ja: 'キーに対応したアクションのステートメントへ条件を移すか、アクションが対応しているキーを使ってください。',
    },
    accessAnalyzerCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
  },
  statement(ctx) {
    const { options, statement } = ctx;
    const catalog = options.catalog;
    if (!catalog) return [];
    const t = pick(TEXT, options.locale);
    const findings: Finding[] = [];
    const operators = statement.condition?.operators ?? [];
    if (operators.length === 0) return findings;
    // The statement's actions are read only once a key needs them: global keys, the usual case, never do.
    let actions: CatalogAction[] | undefined | null = null;
    for (const operator of operators) {
      for (const entry of operator.keys) {
        const key = entry.name;
        const resolved = catalog.conditionKey(key);
        // Unknown keys are iam/unknown-condition-key's; a key that the data ties to no action at all
        // cannot be judged.
        if (!resolved || resolved.global || !catalog.isAttachedToSomeAction(key)) continue;
        if (actions === null) actions = statementActions(catalog, statement, options.cache);
        if (!actions || actions.length === 0) return findings;
        if (actions.some((action) => catalog.actionSupportsKey(action, key))) continue;
        // The message names the entries as written; a pattern stands for all the actions it matches.
        const written = statement.action?.strings.map((s) => s.value) ?? [];
        const elsewhere = supportingActions(catalog, key);
        findings.push({
          rule: RULE,
          severity: 'warning',
          message: t.message(key, listNames(written, options.locale), dataName(catalog, options.locale)) +
            (elsewhere.length ? t.supportedBy(listNames(elsewhere.map(actionName), options.locale)) : ''),
          span: ctx.span(entry.key),
        });
      }
    }
    return findings;
  },
};
