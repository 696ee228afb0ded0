// Rule: iam/unknown-action. An Action or NotAction entry `service:Action` (no wildcard) whose service exists
// but has no such action in AWS's Service Authorization Reference. Action names compare without regard to
// case (IAMUG reference_policies_elements_action), so `s3:getobject` is fine and only real misspellings are
// reported. IAM stores such a policy without complaint and the entry matches nothing; Access Analyzer
// reports INVALID_ACTION with a "did you mean", as this rule does. An action newer than the bundled data
// is unknown too (the most common complaint about duo-labs/parliament's and cfn-lint's checks), so the
// message names the data's date, and the severity is a warning.

import { pick, type Localized } from '../../util/i18n';
import { resolveAction } from '../../iam/catalogRefs';
import { closestName } from '../../util/suggest';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, dataName, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE, actionEntryFindings, actionEntryFinding, catalogSuggestion } from './catalogText';

const RULE = 'iam/unknown-action';

const TEXT: Localized<{
  message: (value: string, service: string, data: string, negated: boolean) => string;
}> = {
  en: {
    message: (value, service, data, negated) => `"${value}" is not an action of ${service} in ${data}. ` +
      `IAM accepts the policy, but this entry matches no action${negated ? ', so NotAction exempts nothing with it' : ''}. ` +
      'Access Analyzer reports it as INVALID_ACTION.',
  },
  ja: {
    message: (value, service, data, negated) => `"${value}" は、${data}に ${service} のアクションとして載っていません。` +
      `IAM はポリシーを受け付けますが、この項目はどのアクションにも一致しません${negated ? '（NotAction から何も除外されません）' : ''}。` +
      'Access Analyzer はこれを INVALID_ACTION として報告します。',
  },
};

export const unknownAction: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Unknown action', ja: '存在しないアクション' },
    severity: 'warning',
    description: {
      en: 'An Action or NotAction entry names an action that its service does not have in AWS\'s Service ' +
        'Authorization Reference, often a typo such as "s3:GetObjetc". IAM accepts the policy, but the entry ' +
        'matches no action. Letter case does not matter to IAM and is not reported. The check uses the service ' +
        'reference data bundled with the extension (its date is in the message and in hovers) and stays silent ' +
        'until that data is loaded.',
      ja: 'Action または NotAction の項目が、AWS のサービス認可リファレンスでそのサービスにないアクションを指しています' +
        '（"s3:GetObjetc" のような綴り間違いが典型です）。IAM はポリシーを受け付けますが、この項目はどのアクションにも' +
        '一致しません。大文字と小文字の違いは IAM では区別されないため報告しません。拡張機能に同梱したサービス参照データ' +
        '（日付はメッセージとホバーに表示）で判定し、データの読み込みが終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      ACCESS_ANALYZER_CHECKS,
      SERVICE_AUTHORIZATION_REFERENCE,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
      'https://github.com/duo-labs/parliament/issues/230',
      IAM_DATA,
    ],
    fix: { en: 'Correct the action name; hover over an action to see what it grants.', ja: 'アクション名を正しく直してください。アクションにホバーすると内容を確認できます。' },
    accessAnalyzerCode: 'INVALID_ACTION',
  },
  statement(ctx) {
    const { options } = ctx;
    const catalog = options.catalog;
    if (!catalog) return [];
    const t = pick(TEXT, options.locale);
    return actionEntryFindings(ctx, (ref) => {
      const resolved = resolveAction(catalog, ref.item.value, options.cache);
      if (resolved.kind !== 'unknown-action') return undefined;
      const service = catalog.service(resolved.service);
      const suggestion = service ? catalogSuggestion(options.cache, catalog, service, 'action', resolved.name, () => closestName(resolved.name, service.actions.map((a) => a.name))) : undefined;
      // The written prefix is kept as it is: its case is as valid as any other.
      const fixed = suggestion ? `${resolved.service}:${suggestion}` : undefined;
      return actionEntryFinding(RULE, ctx, ref, t.message(ref.item.value, service?.name ?? resolved.service, dataName(catalog, options.locale), ref.negated), fixed, options.locale);
    });
  },
};
