// Rule: cloudfront/forward-all-headers. With the legacy settings, forwarding all headers (`*`) makes every
// request unique, so CloudFront caches nothing for the behavior and sends every request to the origin
// (Developer Guide, header-caching.html). The API reference adds: "You must specify 0 for
// MinTTL if you configure CloudFront to forward all headers to your origin", and AWS rejects a higher value
// (opensupplyhub/open-supply-hub#963), so that is an error. When the TTLs say caching was meant (MaxTTL above
// 0), the lost caching is a warning; with all TTLs 0 the configuration says what it does and is left alone.

import { effectiveTtls } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { behaviorName, behaviorNameStart, keyNames, seconds, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { spanOf } from '../../source/access';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/forward-all-headers';

const TEXT: Localized<{
  minTtl: (k: KeyName, where: string, min: string) => string;
  noCache: (where: string, max: string) => string;
  setZero: (k: KeyName) => string;
}> = {
  en: {
    minTtl: (k, where, min) => `${k('MinTTL')} is ${min} in ${where}, which forwards all headers ("*"). AWS requires ${k('MinTTL')} 0 in that case ("You must specify 0 for MinTTL if you configure CloudFront to forward all headers to your origin") and rejects the distribution otherwise.`,
    noCache: (where, max) => `${where} forwards all headers ("*"), so CloudFront caches nothing for it and sends every request to the origin; its TTLs (up to ${max}) have no effect. To cache, forward only the headers the origin varies on (or use a cache policy); if nothing should be cached, the managed cache policy CachingDisabled says so.`,
    setZero: (k) => `Set ${k('MinTTL')} to 0`,
  },
  ja: {
    minTtl: (k, where, min) => `すべてのヘッダー（"*"）を転送する${where}の ${k('MinTTL')} が ${min} です。この場合 AWS は ${k('MinTTL')} 0 を要求し（"You must specify 0 for MinTTL if you configure CloudFront to forward all headers to your origin"）、それ以外は拒否します。`,
    noCache: (where, max) => `${where}はすべてのヘッダー（"*"）を転送するため、CloudFront は何もキャッシュせず、すべてのリクエストをオリジンへ送ります。TTL（最大 ${max}）は効果がありません。キャッシュするなら、オリジンが応答を変えるヘッダーだけを転送するか、キャッシュポリシーを使ってください。何もキャッシュしないなら、マネージドキャッシュポリシー CachingDisabled がその意図をはっきり示します。`,
    setZero: (k) => `${k('MinTTL')} を 0 にする`,
  },
};

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const locale = ctx.options.locale;
  const headers = b.forwardedValues?.headers;
  if (b.cachePolicy !== 'absent' || !headers?.array || !headers.strings) return [];
  const star = headers.strings.indexOf('*');
  if (star < 0) return [];
  const t = pick(TEXT, locale);
  const min = b.ttl.min;
  if (min.kind === 'number' && min.value > 0) {
    return [{
      rule: RULE,
      severity: 'error',
      message: t.minTtl(keyNames(ctx.spelling), behaviorName(b, locale, ctx.spelling), seconds(min.value, locale)),
      span: spanOf(min.node),
      fixes: [{ title: t.setZero(keyNames(ctx.spelling)), edits: [ctx.edits.replaceValue(min.node, 0)], isPreferred: true }],
    }];
  }
  const ttls = effectiveTtls(b);
  if (!ttls || ttls.max === 0) return [];
  const starNode = headers.array.children?.[star];
  return [{
    rule: RULE,
    severity: 'warning',
    message: t.noCache(behaviorNameStart(b, locale, ctx.spelling), seconds(ttls.max, locale)),
    span: spanOf(starNode ?? headers.array),
  }];
}

export const forwardAllHeaders: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Forwarding all headers turns caching off', ja: 'すべてのヘッダーの転送でキャッシュが無効になる' },
    severity: 'error',
    description: {
      en: 'Forwarding all headers ("*") in the legacy settings means CloudFront caches nothing for the behavior. AWS ' +
        'requires MinTTL 0 then and rejects a higher value (error). When the TTLs say caching was intended, the lost ' +
        'caching is reported as a warning.',
      ja: 'レガシー設定ですべてのヘッダー（"*"）を転送すると、そのビヘイビアでは何もキャッシュされません。このとき AWS は MinTTL 0 を' +
        '要求し、それより大きい値を拒否します（エラー）。TTL がキャッシュを意図している場合は、キャッシュされないことを警告します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CacheBehavior.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/header-caching.html',
      'https://github.com/opensupplyhub/open-supply-hub/pull/963',
    ],
  },
  behavior: check,
};
