// Rule: cloudfront/quotas. Counts what a distribution holds against the CloudFront quotas in the analysis
// options: cache behaviors, origins, origin groups and alternate domain names per distribution; legacy
// headers, cookies and query strings per cache behavior; custom headers per origin (Developer Guide,
// cloudfront-limits.html). AWS rejects a distribution over a quota (TooManyCacheBehaviors and the like, listed
// among CreateDistribution's errors in the API reference). Quotas are raised
// over time and per account on request, so every limit is a setting and every message says so. Items that
// may vanish at deployment (`Fn::If`) are not counted, so the count is never too high.

import type { BehaviorView, DistributionView, ListView } from '../../cloudfront/distribution';
import { behaviorName, keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { asString, isObject, prop, spanOf, type Node } from '../../source/access';
import type { Quotas } from '../../options';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

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
  what: Record<Counted, (k: KeyName, where: string) => string>;
  message: (count: number, what: string, quota: number, error: string, setting: string) => string;
}> = {
  en: {
    what: {
      cacheBehaviors: () => 'cache behaviors in this distribution',
      origins: () => 'origins in this distribution',
      originGroups: () => 'origin groups in this distribution',
      aliases: (k) => `alternate domain names (${k('Aliases')}) in this distribution`,
      headers: (_k, w) => `forwarded headers in ${w}`,
      cookies: (_k, w) => `whitelisted cookie names in ${w}`,
      queryStrings: (_k, w) => `query string cache keys in ${w}`,
      customHeaders: (_k, w) => `custom headers on origin ${w}`,
    },
    message: (n, what, q, error, setting) => `There are ${n} ${what}; the default quota is ${q}. AWS rejects a distribution over its quota (${error}). This quota can be raised for an account; if yours is higher, set cloudfrontIamLens.quotas.${setting} to it.`,
  },
  ja: {
    what: {
      cacheBehaviors: () => 'このディストリビューションのキャッシュビヘイビア',
      origins: () => 'このディストリビューションのオリジン',
      originGroups: () => 'このディストリビューションのオリジングループ',
      aliases: (k) => `このディストリビューションの代替ドメイン名（${k('Aliases')}）`,
      headers: (_k, w) => `${w}で転送するヘッダー`,
      cookies: (_k, w) => `${w}のホワイトリストの Cookie 名`,
      queryStrings: (_k, w) => `${w}のクエリ文字列キャッシュキー`,
      customHeaders: (_k, w) => `オリジン ${w} のカスタムヘッダー`,
    },
    message: (n, what, q, error, setting) => `${what}が ${n} 個あります。既定のクォータは ${q} です。クォータを超えるディストリビューションは AWS が拒否します（${error}）。このクォータはアカウントごとに引き上げられます。引き上げ済みなら cloudfrontIamLens.quotas.${setting} にその値を設定してください。`,
  },
};

/** The number of items that are surely there: `Fn::If` may yield AWS::NoValue, so it is not counted. */
function countOf(list: ListView | undefined): number {
  return (list?.array?.children ?? []).filter((n) => !(isObject(n) && n.children?.length === 1 && n.children[0].children?.[0]?.value === 'Fn::If')).length;
}

function finding(kind: Counted, list: ListView | undefined, where: string, ctx: DistributionContext): Finding[] {
  const count = countOf(list);
  const { setting, error } = QUOTA[kind];
  const quota = ctx.options.quotas[setting];
  if (!list || !(count > quota)) return [];
  const t = pick(TEXT, ctx.options.locale);
  const anchor: Node = list.key ?? list.holder;
  return [{ rule: RULE, severity: 'error', message: t.message(count, t.what[kind](keyNames(ctx.spelling), where), quota, error, setting), span: spanOf(anchor) }];
}

/** The lists counted per distribution. */
function distributionFindings(dist: DistributionView, ctx: DistributionContext): Finding[] {
  return [
    ...finding('cacheBehaviors', dist.cacheBehaviorsList, '', ctx),
    ...finding('origins', dist.originsList, '', ctx),
    ...finding('originGroups', dist.originGroupsList, '', ctx),
    ...finding('aliases', dist.aliases, '', ctx),
  ];
}

/** The legacy lists counted per cache behavior. */
function behaviorFindings(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const fv = b.forwardedValues;
  if (!fv) return [];
  const where = behaviorName(b, ctx.options.locale, ctx.spelling);
  return [
    ...finding('headers', fv.headers, where, ctx),
    ...finding('cookies', fv.whitelistedCookies, where, ctx),
    ...finding('queryStrings', fv.queryStringCacheKeys, where, ctx),
  ];
}

/** The custom headers counted per origin. */
function originFindings(origin: Node, ctx: DistributionContext): Finding[] {
  const list = ctx.dist.origins.find((o) => o.node === origin)?.customHeaders;
  const id = asString(prop(origin, 'Id'));
  return finding('customHeaders', list, id !== undefined ? `"${id}"` : '', ctx);
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
  distribution: distributionFindings,
  behavior: behaviorFindings,
  origin: originFindings,
};
