// Rule: iam/unknown-service. An Action or NotAction entry whose service prefix (`s4:` in `s4:GetObject`) is
// not a service in AWS's Service Authorization Reference. IAM stores such a policy without complaint; the
// entry simply matches no action. Access Analyzer reports it (INVALID_SERVICE_IN_ACTION, with a "did you
// mean"), and so do cfn-lint (W3037) and parliament (UNKNOWN_PREFIX). A service newer than the bundled
// data is unknown too, so the message names the data's date, and the severity is a warning.

import { pick, type Localized } from '../../util/i18n';
import { resolveAction } from '../../iam/catalogRefs';
import { closestName } from '../../util/suggest';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, dataName, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE, actionEntryFindings, actionEntryFinding, catalogSuggestion } from './catalogText';

const RULE = 'iam/unknown-service';

const TEXT: Localized<{
  message: (value: string, service: string, data: string, negated: boolean) => string;
}> = {
  en: {
    message: (value, service, data, negated) => `"${service}" in "${value}" is not a service prefix in ${data}. ` +
      `IAM accepts the policy, but this entry matches no action${negated ? ', so NotAction exempts nothing with it' : ''}. ` +
      'Access Analyzer reports it as INVALID_SERVICE_IN_ACTION.',
  },
  ja: {
    message: (value, service, data, negated) => `"${value}" の "${service}" は、${data}にあるサービスプレフィックスではありません。` +
      `IAM はポリシーを受け付けますが、この項目はどのアクションにも一致しません${negated ? '（NotAction から何も除外されません）' : ''}。` +
      'Access Analyzer はこれを INVALID_SERVICE_IN_ACTION として報告します。',
  },
};

export const unknownService: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Unknown service prefix in an action', ja: 'アクションのサービスプレフィックスが存在しない' },
    severity: 'warning',
    description: {
      en: 'An Action or NotAction entry names a service prefix that AWS\'s Service Authorization Reference does ' +
        'not list, often a typo such as "dyanmodb:PutItem". IAM accepts the policy, but the entry matches no ' +
        'action. The check uses the service reference data bundled with the extension (its date is in the ' +
        'message and in hovers) and stays silent until that data is loaded.',
      ja: 'Action または NotAction の項目が、AWS のサービス認可リファレンスにないサービスプレフィックスを指しています' +
        '（"dyanmodb:PutItem" のような綴り間違いが典型です）。IAM はポリシーを受け付けますが、この項目はどのアクションにも' +
        '一致しません。拡張機能に同梱したサービス参照データ（日付はメッセージとホバーに表示）で判定し、データの読み込みが' +
        '終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      ACCESS_ANALYZER_CHECKS,
      SERVICE_AUTHORIZATION_REFERENCE,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
      'https://github.com/aws-cloudformation/cfn-lint/issues/1117',
      IAM_DATA,
    ],
    fix: { en: 'Correct the service prefix.', ja: 'サービスプレフィックスを正しく直してください。' },
    accessAnalyzerCode: 'INVALID_SERVICE_IN_ACTION',
  },
  statement(ctx) {
    const { options } = ctx;
    const catalog = options.catalog;
    if (!catalog) return [];
    const t = pick(TEXT, options.locale);
    return actionEntryFindings(ctx, (ref) => {
      const resolved = resolveAction(catalog, ref.item.value, options.cache);
      if (resolved.kind !== 'unknown-service') return undefined;
      const suggestion = catalogSuggestion(options.cache, catalog, catalog, 'service', resolved.service, () => closestName(resolved.service, catalog.services().map((s) => s.prefix)));
      const fixed = suggestion ? `${suggestion}:${resolved.name}` : undefined;
      return actionEntryFinding(RULE, ctx, ref, t.message(ref.item.value, resolved.service, dataName(catalog, options.locale), ref.negated), fixed, options.locale);
    });
  },
};
