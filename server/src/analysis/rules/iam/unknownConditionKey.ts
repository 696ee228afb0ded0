// Rule: iam/unknown-condition-key. A condition key that does not exist: an `aws:` key that is not one of
// IAM's global condition keys, or a `service:` key that the service does not document in AWS's Service
// Authorization Reference. Key names compare without regard to case (IAMUG
// reference_policies_elements_condition), and a documented key with a placeholder, such as
// `aws:ResourceTag/${TagKey}`, matches any tag key. IAM stores such a policy without complaint, but no
// request ever carries the key, so the condition always sees it as missing. Access Analyzer reports
// INVALID_GLOBAL_CONDITION_KEY and INVALID_SERVICE_CONDITION_KEY. Keys of identity providers and other
// prefixes that are not services (`token.actions.githubusercontent.com:sub`) are left alone: the data does
// not list all of them.

import { pick, type Localized } from '../../util/i18n';
import type { Catalog } from '../../iam/catalog';
import { closestName } from '../../util/suggest';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, dataName, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE, SUGGESTION_TEXT } from './catalogText';

const RULE = 'iam/unknown-condition-key';

const TEXT: Localized<{
  global: (key: string, data: string) => string;
  service: (key: string, service: string, data: string) => string;
}> = {
  en: {
    global: (key, data) => `"${key}" is not a global condition key in ${data}. IAM accepts the policy, but no request ` +
      'carries this key, so the condition always sees it as missing. Access Analyzer reports it as INVALID_GLOBAL_CONDITION_KEY.',
    service: (key, service, data) => `"${key}" is not a condition key of ${service} in ${data}. IAM accepts the policy, ` +
      'but no request carries this key, so the condition always sees it as missing. Access Analyzer reports it as ' +
      'INVALID_SERVICE_CONDITION_KEY.',
  },
  ja: {
    global: (key, data) => `"${key}" は、${data}にあるグローバル条件キーではありません。IAM はポリシーを受け付けますが、` +
      'このキーを持つリクエストはないため、条件は常にキーが存在しないものとして評価されます。Access Analyzer はこれを ' +
      'INVALID_GLOBAL_CONDITION_KEY として報告します。',
    service: (key, service, data) => `"${key}" は、${data}にある ${service} の条件キーではありません。IAM はポリシーを` +
      '受け付けますが、このキーを持つリクエストはないため、条件は常にキーが存在しないものとして評価されます。' +
      'Access Analyzer はこれを INVALID_SERVICE_CONDITION_KEY として報告します。',
  },
};

/** The documented keys a misspelt key may stand for; a key with a placeholder is offered with the user's own tag key. */
function candidates(catalog: Catalog, prefix: string, written: string): string[] {
  const lower = `${prefix.toLowerCase()}:`;
  const tail = written.includes('/') ? written.slice(written.indexOf('/') + 1) : undefined;
  const out: string[] = [];
  for (const { key } of catalog.conditionKeys()) {
    if (!key.toLowerCase().startsWith(lower)) continue;
    const placeholder = /(?:\$\{[^}]*\}|<[^>]*>|tag-key)$/.exec(key);
    if (!placeholder) {
      out.push(key);
      continue;
    }
    const head = key.slice(0, placeholder.index);
    if (tail !== undefined && head.endsWith('/')) out.push(head + tail);
  }
  // The same key can be documented twice (globally and by a service); one candidate each, or they would tie.
  const seen = new Set<string>();
  return out.filter((key) => !seen.has(key.toLowerCase()) && seen.add(key.toLowerCase()));
}

export const unknownConditionKey: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Unknown condition key', ja: '存在しない条件キー' },
    severity: 'warning',
    description: {
      en: 'A condition key that no request carries: an "aws:" key that is not a global condition key, or a ' +
        'service key (such as "s3:prefx") that the service does not document. IAM accepts the policy, but the ' +
        'condition always sees the key as missing. Case does not matter to IAM and is not reported; keys of ' +
        'identity providers (such as "token.actions.githubusercontent.com:sub") are not checked. The check uses ' +
        'the service reference data bundled with the extension and stays silent until that data is loaded.',
      ja: 'どのリクエストにも含まれない条件キーです。グローバル条件キーではない "aws:" キー、またはサービスが文書化していない' +
        'サービス固有キー（"s3:prefx" など）が該当します。IAM はポリシーを受け付けますが、条件は常にキーが存在しないもの' +
        'として評価されます。大文字と小文字の違いは IAM では区別されないため報告しません。ID プロバイダーのキー' +
        '（"token.actions.githubusercontent.com:sub" など）は検査しません。拡張機能に同梱したサービス参照データで判定し、' +
        'データの読み込みが終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      ACCESS_ANALYZER_CHECKS,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
      SERVICE_AUTHORIZATION_REFERENCE,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html',
      IAM_DATA,
    ],
    fix: { en: 'Correct the key name; hover over a key to see its type and description.', ja: 'キー名を正しく直してください。キーにホバーすると型と説明を確認できます。' },
    accessAnalyzerCode: 'INVALID_SERVICE_CONDITION_KEY',
  },
  statement(ctx) {
    const { options, statement } = ctx;
    const catalog = options.catalog;
    if (!catalog) return [];
    const t = pick(TEXT, options.locale);
    const s = pick(SUGGESTION_TEXT, options.locale);
    const data = dataName(catalog, options.locale);
    const findings: Finding[] = [];
    for (const operator of statement.condition?.operators ?? []) {
      for (const entry of operator.keys) {
        const key = entry.name;
        const colon = key.indexOf(':');
        // A key without a prefix is a format error for the grammar rules; `${…}` is not a key name.
        if (colon <= 0 || key.includes('${')) continue;
        const prefix = key.slice(0, colon);
        const isGlobal = prefix.toLowerCase() === 'aws';
        const service = isGlobal ? undefined : catalog.service(prefix);
        if ((!isGlobal && !service) || catalog.conditionKey(key)) continue;
        const suggestion = closestName(key, candidates(catalog, prefix, key));
        const message = isGlobal ? t.global(key, data) : t.service(key, service?.name ?? prefix, data);
        findings.push({
          rule: RULE,
          severity: 'warning',
          message: message + (suggestion ? s.didYouMean(suggestion) : ''),
          span: ctx.span(entry.key),
          fixes: suggestion ? [{
            title: s.change(suggestion),
            edits: [ctx.edits.replaceInString(entry.key, 0, key.length, suggestion)],
            isPreferred: true,
          }] : undefined,
        });
      }
    }
    return findings;
  },
};
