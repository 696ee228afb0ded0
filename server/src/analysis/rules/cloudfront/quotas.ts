// Rule: cloudfront/quotas. Counts what a distribution holds against the CloudFront quotas in the analysis
// options: cache behaviors, origins, origin groups and alternate domain names per distribution; legacy
// headers, cookies and query strings per cache behavior; custom headers per origin (facts: cloudfront.md
// §2). AWS rejects a distribution over a quota (TooManyCacheBehaviors and the like, §8). Quotas are raised
// over time and per account on request, so every limit is a setting and every message says so. Items that
// may vanish at deployment (`Fn::If`) are not counted, so the count is never too high.

import type { ListView } from '../../cloudfront/distribution';
import { distributionsOf } from '../../cloudfront/reachability';
import { behaviorName } from '../../cloudfront/ruleSupport';
import { pick, type Locale, type Localized } from '../../i18n';
import { asString, isObject, prop, spanOf, type Node } from '../../jsonTree';
import type { Quotas } from '../../options';
import type { Finding } from '../../types';
import type { Rule } from '../types';

const RULE = 'cloudfront/quotas';

type Counted = 'cacheBehaviors' | 'origins' | 'originGroups' | 'aliases' | 'headers' | 'cookies' | 'queryStrings' | 'customHeaders';

const QUOTA: Record<Counted, { setting: keyof Quotas; error: string }> = {
  cacheBehaviors: { setting: 'cacheBehaviorsPerDistribution', error: 'TooManyCacheBehaviors' },
  origins: { setting: 'originsPerDistribution', error: 'TooManyOrigins' },
  originGroups: { setting: 'originGroupsPerDistribution', error: 'TooManyOriginGroupsPerDistribution' },
  aliases: { setting: 'alternateDomainNamesPerDistribution', error: 'TooManyDistributionCNAMEs' },
  headers: { setting: 'headersPerCacheBehavior', error: 'TooManyHeadersInForwardedValues' },
  cookies: { setting: 'cookiesPerCacheBehavior', error: 'TooManyCookieNamesInWhiteList' },
  queryStrings: { setting: 'queryStringsPerCacheBehavior', error: 'TooManyQueryStringParameters' },
  customHeaders: { setting: 'customHeadersPerOrigin', error: 'TooManyOriginCustomHeaders' },
};

const TEXT: Localized<{
  what: Record<Counted, (where: string) => string>;
  message: (count: number, what: string, quota: number, error: string, setting: string) => string;
}> = {
  en: {
    what: {
      cacheBehaviors: () => 'cache behaviors in this distribution',
      origins: () => 'origins in this distribution',
      originGroups: () => 'origin groups in this distribution',
      aliases: () => 'alternate domain names (Aliases) in this distribution',
      headers: (w) => `forwarded headers in ${w}`,
      cookies: (w) => `whitelisted cookie names in ${w}`,
      queryStrings: (w) => `query string cache keys in ${w}`,
      customHeaders: (w) => `custom headers on origin ${w}`,
    },
    message: (n, what, q, error, setting) => `There are ${n} ${what}; the default quota is ${q}. AWS rejects a distribution over its quota (${error}). This quota can be raised for an account; if yours is higher, set cloudfrontIamLens.quotas.${setting} to it.`,
  },
  ja: {
    what: {
      cacheBehaviors: () => 'このディストリビューションのキャッシュビヘイビア',
      origins: () => 'このディストリビューションのオリジン',
      originGroups: () => 'このディストリビューションのオリジングループ',
      aliases: () => 'このディストリビューションの代替ドメイン名（Aliases）',
      headers: (w) => `${w}で転送するヘッダー`,
      cookies: (w) => `${w}のホワイトリストの Cookie 名`,
      queryStrings: (w) => `${w}のクエリ文字列キャッシュキー`,
      customHeaders: (w) => `オリジン ${w} のカスタムヘッダー`,
    },
    message: (n, what, q, error, setting) => `${what}が ${n} 個あります。既定のクォータは ${q} です。クォータを超えるディストリビューションは AWS が拒否します（${error}）。このクォータはアカウントごとに引き上げられます。引き上げ済みなら cloudfrontIamLens.quotas.${setting} にその値を設定してください。`,
  },
};

/** The number of items that are surely there: `Fn::If` may yield AWS::NoValue, so it is not counted. */
function countOf(list: ListView | undefined): number {
  return (list?.array?.children ?? []).filter((n) => !(isObject(n) && n.children?.length === 1 && n.children[0].children?.[0]?.value === 'Fn::If')).length;
}

function finding(kind: Counted, list: ListView | undefined, where: string, quotas: Quotas, locale: Locale): Finding[] {
  const count = countOf(list);
  const { setting, error } = QUOTA[kind];
  const quota = quotas[setting];
  if (!list || !(count > quota)) return [];
  const t = pick(TEXT, locale);
  const anchor: Node = list.key ?? list.holder;
  return [{ rule: RULE, severity: 'error', message: t.message(count, t.what[kind](where), quota, error, setting), span: spanOf(anchor) }];
}

export const quotas: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Over a CloudFront quota', ja: 'CloudFront のクォータ超過' },
    severity: 'error',
    description: {
      en: 'Compares cache behaviors, origins, origin groups and alternate domain names per distribution, legacy headers, ' +
        'cookies and query strings per cache behavior, and custom headers per origin with the quotas in the settings ' +
        '(today\'s documented defaults: 75, 100, 10, 100, 10, 10, 10, 10). Quotas can be raised per account; set the ' +
        'cloudfrontIamLens.quotas.* settings to your account\'s values.',
      ja: 'ディストリビューションごとのキャッシュビヘイビア・オリジン・オリジングループ・代替ドメイン名、キャッシュビヘイビアごとの' +
        'レガシーのヘッダー・Cookie・クエリ文字列、オリジンごとのカスタムヘッダーの数を、設定のクォータ（既定は現在の文書値 75、' +
        '100、10、100、10、10、10、10）と比べます。クォータはアカウントごとに引き上げられるので、cloudfrontIamLens.quotas.* を' +
        'アカウントの値に設定してください。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html#API_CreateDistribution_Errors',
    ],
  },
  document({ doc, options }) {
    const { locale } = options;
    return distributionsOf(doc).flatMap((dist) => [
      ...finding('cacheBehaviors', dist.cacheBehaviorsList, '', options.quotas, locale),
      ...finding('origins', dist.originsList, '', options.quotas, locale),
      ...finding('originGroups', dist.originGroupsList, '', options.quotas, locale),
      ...finding('aliases', dist.aliases, '', options.quotas, locale),
      ...[...(dist.defaultBehavior ? [dist.defaultBehavior] : []), ...dist.behaviors].flatMap((b) => {
        const fv = b.forwardedValues;
        if (!fv) return [];
        const where = behaviorName(b, locale);
        return [
          ...finding('headers', fv.headers, where, options.quotas, locale),
          ...finding('cookies', fv.whitelistedCookies, where, options.quotas, locale),
          ...finding('queryStrings', fv.queryStringCacheKeys, where, options.quotas, locale),
        ];
      }),
      ...dist.originNodes.flatMap((origin) => {
        const list = dist.origins.find((o) => o.node === origin)?.customHeaders;
        const id = asString(prop(origin, 'Id'));
        return finding('customHeaders', list, id !== undefined ? `"${id}"` : '', options.quotas, locale);
      }),
    ]);
  },
};
