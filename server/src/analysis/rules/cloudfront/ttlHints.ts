// Rule: cloudfront/ttl-hints. What legacy TTLs really do, where it differs from what they seem to say
// (facts: cloudfront.md §5, §9). All three 0 means nothing is cached; MinTTL = DefaultTTL = 0 with a MaxTTL
// above 0 still caches whenever the origin sends max-age, s-maxage or Expires. Both are hints: the
// configuration is valid, and often meant. A MinTTL above 0 on a behavior that forwards cookies is a
// warning: CloudFront then caches even responses marked no-store or private, which on personalised pages
// serves one viewer's response to another. Behaviors that allow write methods are left to
// cloudfront/cache-unsafe-methods, and behaviors forwarding all headers to cloudfront/forward-all-headers,
// so one fact is reported once.

import { effectiveTtls, forwardsAllHeaders, writeMethodsAllowed } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { distributionsOf } from '../../cloudfront/reachability';
import { behaviorAnchor, behaviorNameStart, seconds } from '../../cloudfront/ruleSupport';
import { pick, type Locale, type Localized } from '../../i18n';
import { spanOf } from '../../jsonTree';
import type { Finding } from '../../types';
import type { Rule } from '../types';

const RULE = 'cloudfront/ttl-hints';

/** Managed cache policies that put every cookie in the cache key (facts: cloudfront.md §6.1). */
const POLICIES_WITH_COOKIES = new Set(['Amplify', 'UseOriginCacheControlHeaders', 'UseOriginCacheControlHeaders-QueryStrings']);

const TEXT: Localized<{
  never: (where: string) => string;
  headersOnly: (where: string, max: string) => string;
  minWithCookies: (where: string, min: string, source: string) => string;
  legacy: string;
  policy: (name: string) => string;
}> = {
  en: {
    never: (where) => `${where} caches nothing: MinTTL, DefaultTTL and MaxTTL are all 0, so CloudFront sends every request to the origin, whatever Cache-Control the origin returns.`,
    headersOnly: (where, max) => `${where} still caches: MinTTL and DefaultTTL are 0, but MaxTTL is ${max}, so responses whose Cache-Control max-age or s-maxage (or Expires) allows it are cached for up to ${max} ("Hit from cloudfront"). Only responses without caching headers go to the origin every time. Set MaxTTL to 0 if nothing should be cached.`,
    minWithCookies: (where, min, source) => `${where} forwards cookies and has MinTTL ${min} (${source}). CloudFront keeps every response for at least ${min}, even when the origin sends Cache-Control no-store, no-cache or private: a personalised response, such as a login response that sets a session cookie, is then served to other viewers who send the same cookies (or none). Use MinTTL 0 for personalised content.`,
    legacy: 'legacy setting',
    policy: (name) => `managed cache policy ${name}`,
  },
  ja: {
    never: (where) => `${where}は何もキャッシュしません。MinTTL・DefaultTTL・MaxTTL がすべて 0 なので、オリジンの Cache-Control に関係なく、すべてのリクエストがオリジンへ送られます。`,
    headersOnly: (where, max) => `${where}はキャッシュします。MinTTL と DefaultTTL は 0 ですが MaxTTL が ${max} なので、Cache-Control の max-age・s-maxage（または Expires）が許す応答は最大 ${max} キャッシュされます（"Hit from cloudfront"）。キャッシュヘッダーのない応答だけが毎回オリジンへ送られます。何もキャッシュしないなら MaxTTL を 0 にしてください。`,
    minWithCookies: (where, min, source) => `${where}は Cookie を転送し、MinTTL が ${min} です（${source}）。CloudFront は、オリジンが Cache-Control の no-store・no-cache・private を返しても、すべての応答を最低 ${min} 保持します。セッション Cookie を設定するログイン応答のような個人向けの応答が、同じ Cookie を送る（または Cookie を送らない）他の閲覧者に返されます。個人向けのコンテンツでは MinTTL を 0 にしてください。`,
    legacy: 'レガシー設定',
    policy: (name) => `マネージドキャッシュポリシー ${name}`,
  },
};

function check(b: BehaviorView, locale: Locale): Finding[] {
  if (forwardsAllHeaders(b)) return [];
  const ttls = effectiveTtls(b);
  if (!ttls || ttls.min > ttls.def || ttls.def > ttls.max) return [];
  const t = pick(TEXT, locale);
  const where = behaviorNameStart(b, locale);
  const findings: Finding[] = [];
  const { min, default: def, max } = b.ttl;
  if (ttls.source === 'legacy') {
    if (ttls.max === 0) {
      const node = max.kind === 'number' ? max.node : undefined;
      findings.push({ rule: RULE, severity: 'hint', message: t.never(where), span: node ? spanOf(node) : behaviorAnchor(b) });
    } else if (ttls.min === 0 && ttls.def === 0) {
      const node = max.kind === 'number' ? max.node : def.kind === 'number' ? def.node : undefined;
      findings.push({ rule: RULE, severity: 'hint', message: t.headersOnly(where, seconds(ttls.max, locale)), span: node ? spanOf(node) : behaviorAnchor(b) });
    }
  }
  if (ttls.min > 0) {
    const writes = writeMethodsAllowed(b);
    const cookies = ttls.source === 'legacy'
      ? b.forwardedValues?.cookies === 'all' || b.forwardedValues?.cookies === 'whitelist'
      : POLICIES_WITH_COOKIES.has(ttls.policy?.name ?? '');
    if (cookies && writes !== undefined && writes.length === 0) {
      const node = ttls.source === 'legacy' ? (min.kind === 'number' ? min.node : undefined) : b.cachePolicyIdNode;
      findings.push({
        rule: RULE,
        severity: 'warning',
        message: t.minWithCookies(where, seconds(ttls.min, locale), ttls.policy ? t.policy(ttls.policy.name) : t.legacy),
        span: node ? spanOf(node) : behaviorAnchor(b),
      });
    }
  }
  return findings;
}

export const ttlHints: Rule = {
  meta: {
    id: RULE,
    title: { en: 'What the TTLs really do', ja: 'TTL の実際の効果' },
    severity: 'warning',
    description: {
      en: 'Explains TTL combinations whose effect is easy to misread. All three TTLs 0: nothing is cached (hint). ' +
        'MinTTL and DefaultTTL 0 with MaxTTL above 0: responses are still cached whenever the origin sends max-age, ' +
        's-maxage or Expires (hint). MinTTL above 0 on a behavior that forwards cookies: responses marked no-store or ' +
        'private are cached anyway and can reach other viewers (warning).',
      ja: '誤解しやすい TTL の組み合わせを説明します。3 つとも 0: 何もキャッシュされません（ヒント）。MinTTL と DefaultTTL が 0 で ' +
        'MaxTTL が 0 より大きい: オリジンが max-age・s-maxage・Expires を返せばキャッシュされます（ヒント）。Cookie を転送する' +
        'ビヘイビアで MinTTL が 0 より大きい: no-store や private の応答もキャッシュされ、他の閲覧者に返る可能性があります（警告）。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html',
      'https://repost.aws/knowledge-center/cloudfront-custom-object-caching',
      'https://repost.aws/knowledge-center/cloudfront-cache-files-time',
    ],
  },
  document({ doc, options }) {
    return distributionsOf(doc).flatMap((dist) => [...(dist.defaultBehavior ? [dist.defaultBehavior] : []), ...dist.behaviors]
      .flatMap((b) => check(b, options.locale)));
  },
};
