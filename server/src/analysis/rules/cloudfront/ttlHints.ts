// Rule: cloudfront/ttl-hints. What legacy TTLs really do, where it differs from what they seem to say
// (Developer Guide, Expiration.html). All three 0 means nothing is cached; MinTTL = DefaultTTL = 0 with a MaxTTL
// above 0 still caches whenever the origin sends max-age, s-maxage or Expires. Both are hints: the
// configuration is valid, and often meant. A MinTTL above 0 on a behavior that forwards cookies is a
// warning: CloudFront then caches even responses marked no-store or private, which on personalised pages
// serves one viewer's response to another. Behaviors that allow write methods are left to
// cloudfront/cache-unsafe-methods, and behaviors forwarding all headers to cloudfront/forward-all-headers,
// so one fact is reported once.

import { effectiveTtls, forwardsAllHeaders, writeMethodsAllowed } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { behaviorAnchor, behaviorNameStart, keyNames, seconds, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { spanOf } from '../../source/access';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/ttl-hints';

/** Managed cache policies that put every cookie in the cache key (Developer Guide, "Use managed cache policies"). */
const POLICIES_WITH_COOKIES = new Set(['Amplify', 'UseOriginCacheControlHeaders', 'UseOriginCacheControlHeaders-QueryStrings']);

const TEXT: Localized<{
  never: (k: KeyName, where: string) => string;
  headersOnly: (k: KeyName, where: string, max: string) => string;
  minWithCookies: (k: KeyName, where: string, min: string, source: string) => string;
  legacy: string;
  policy: (name: string) => string;
}> = {
  en: {
    never: (k, where) => `${where} caches nothing: ${k('MinTTL')}, ${k('DefaultTTL')} and ${k('MaxTTL')} are all 0, so CloudFront sends every request to the origin, whatever Cache-Control the origin returns.`,
    headersOnly: (k, where, max) => `${where} still caches: ${k('MinTTL')} and ${k('DefaultTTL')} are 0, but ${k('MaxTTL')} is ${max}, so responses whose Cache-Control max-age or s-maxage (or Expires) allows it are cached for up to ${max} ("Hit from cloudfront"). Only responses without caching headers go to the origin every time. Set ${k('MaxTTL')} to 0 if nothing should be cached.`,
    minWithCookies: (k, where, min, source) => `${where} forwards cookies and has ${k('MinTTL')} ${min} (${source}). CloudFront keeps every response for at least ${min}, even when the origin sends Cache-Control no-store, no-cache or private: a personalised response, such as a login response that sets a session cookie, is then served to other viewers who send the same cookies (or none). Use ${k('MinTTL')} 0 for personalised content.`,
    legacy: 'legacy setting',
    policy: (name) => `managed cache policy ${name}`,
  },
  ja: {
    never: (k, where) => `${where}は何もキャッシュしません。${k('MinTTL')}・${k('DefaultTTL')}・${k('MaxTTL')} がすべて 0 なので、オリジンの Cache-Control に関係なく、すべてのリクエストがオリジンへ送られます。`,
    headersOnly: (k, where, max) => `${where}はキャッシュします。${k('MinTTL')} と ${k('DefaultTTL')} は 0 ですが ${k('MaxTTL')} が ${max} なので、Cache-Control の max-age・s-maxage（または Expires）が許す応答は最大 ${max} キャッシュされます（"Hit from cloudfront"）。キャッシュヘッダーのない応答だけが毎回オリジンへ送られます。何もキャッシュしないなら ${k('MaxTTL')} を 0 にしてください。`,
    minWithCookies: (k, where, min, source) => `${where}は Cookie を転送し、${k('MinTTL')} が ${min} です（${source}）。CloudFront は、オリジンが Cache-Control の no-store・no-cache・private を返しても、すべての応答を最低 ${min} 保持します。セッション Cookie を設定するログイン応答のような個人向けの応答が、同じ Cookie を送る（または Cookie を送らない）他の閲覧者に返されます。個人向けのコンテンツでは ${k('MinTTL')} を 0 にしてください。`,
    legacy: 'レガシー設定',
    policy: (name) => `マネージドキャッシュポリシー ${name}`,
  },
};

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  if (forwardsAllHeaders(b)) return [];
  const ttls = effectiveTtls(b);
  if (!ttls || ttls.min > ttls.def || ttls.def > ttls.max) return [];
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const k = keyNames(ctx.spelling);
  const where = behaviorNameStart(b, locale, ctx.spelling);
  const findings: Finding[] = [];
  const { min, default: def, max } = b.ttl;
  if (ttls.source === 'legacy') {
    if (ttls.max === 0) {
      const node = max.kind === 'number' ? max.node : undefined;
      findings.push({ rule: RULE, severity: 'hint', message: t.never(k, where), span: node ? spanOf(node) : behaviorAnchor(b) });
    } else if (ttls.min === 0 && ttls.def === 0) {
      const node = max.kind === 'number' ? max.node : def.kind === 'number' ? def.node : undefined;
      findings.push({ rule: RULE, severity: 'hint', message: t.headersOnly(k, where, seconds(ttls.max, locale)), span: node ? spanOf(node) : behaviorAnchor(b) });
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
        message: t.minWithCookies(k, where, seconds(ttls.min, locale), ttls.policy ? t.policy(ttls.policy.name) : t.legacy),
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
  behavior: check,
};
