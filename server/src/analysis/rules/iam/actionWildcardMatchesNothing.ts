// Rule: iam/action-wildcard-matches-nothing. An Action or NotAction pattern with `*` or `?` in the action
// name (`s3:Gte*`) that matches no action of its service in AWS's Service Authorization Reference. IAM
// accepts the policy and the pattern simply matches nothing, so the statement quietly does less than
// intended. Matching follows IAM: `*` is any run of characters, `?` one, without regard to case
// (IAMUG reference_policies_elements_action). A pattern for actions newer than the bundled data matches
// nothing too, so the message names the data's date, and the severity is a warning.

import { pick, type Localized } from '../../util/i18n';
import type { CatalogService } from '../../iam/catalog';
import { resolveAction } from '../../iam/catalogRefs';
import { closestName } from '../../util/suggest';
import type { Rule } from '../types';
import { dataName, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE, actionEntryFindings, actionEntryFinding, catalogSuggestion } from './catalogText';

const RULE = 'iam/action-wildcard-matches-nothing';

const TEXT: Localized<{
  message: (value: string, service: string, data: string, negated: boolean) => string;
}> = {
  en: {
    message: (value, service, data, negated) => `"${value}" matches no action of ${service} in ${data}. ` +
      `IAM accepts the policy, but this entry has no effect${negated ? ', so NotAction exempts nothing with it' : ''}.`,
  },
  ja: {
    message: (value, service, data, negated) => `"${value}" は、${data}にある ${service} のどのアクションにも一致しません。` +
      `IAM はポリシーを受け付けますが、この項目には効果がありません${negated ? '（NotAction から何も除外されません）' : ''}。`,
  },
};

/**
 * For the common `Prefix*` form, the one prefix of an action name that the typed prefix most likely
 * means (`Gte*` → `Get*`); undefined for other patterns or when nothing is clearly closest.
 */
function suggestPrefix(name: string, service: CatalogService): string | undefined {
  const match = /^([A-Za-z0-9-]+)\*$/.exec(name);
  if (!match) return undefined;
  const typed = match[1];
  const prefixes = new Set(service.actions.filter((a) => a.name.length >= typed.length).map((a) => a.name.slice(0, typed.length)));
  const suggestion = closestName(typed, prefixes);
  return suggestion ? `${suggestion}*` : undefined;
}

export const actionWildcardMatchesNothing: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Action wildcard matches no action', ja: 'どのアクションにも一致しないワイルドカード' },
    severity: 'warning',
    description: {
      en: 'An Action or NotAction pattern such as "s3:Gte*" matches none of its service\'s actions in AWS\'s ' +
        'Service Authorization Reference, so the entry does nothing. The pattern is matched as IAM matches it: ' +
        '"*" stands for any run of characters and "?" for one, and case does not matter. The check uses the ' +
        'service reference data bundled with the extension and stays silent until that data is loaded.',
      ja: 'Action または NotAction のパターン（"s3:Gte*" など）が、AWS のサービス認可リファレンスにあるそのサービスの' +
        'どのアクションにも一致せず、項目に効果がありません。照合は IAM と同じく "*" が任意の文字列、"?" が 1 文字で、' +
        '大文字と小文字を区別しません。拡張機能に同梱したサービス参照データで判定し、データの読み込みが終わるまでは' +
        '何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
      SERVICE_AUTHORIZATION_REFERENCE,
      IAM_DATA,
    ],
    fix: { en: 'Correct the pattern; hover over it to see which actions it matches.', ja: 'パターンを直してください。ホバーすると一致するアクションを確認できます。' },
  },
  statement(ctx) {
    const { options } = ctx;
    const catalog = options.catalog;
    if (!catalog) return [];
    const t = pick(TEXT, options.locale);
    return actionEntryFindings(ctx, (ref) => {
      const resolved = resolveAction(catalog, ref.item.value, options.cache);
      if (resolved.kind !== 'no-match') return undefined;
      const service = catalog.service(resolved.service);
      if (!service) return undefined;
      const suggestion = catalogSuggestion(options.cache, catalog, service, 'prefix', resolved.name, () => suggestPrefix(resolved.name, service));
      const fixed = suggestion ? `${resolved.service}:${suggestion}` : undefined;
      return actionEntryFinding(RULE, ctx, ref, t.message(ref.item.value, service.name, dataName(catalog, options.locale), ref.negated), fixed, options.locale);
    });
  },
};
