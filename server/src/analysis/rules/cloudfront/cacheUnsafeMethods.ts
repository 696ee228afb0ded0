// Rule: cloudfront/cache-unsafe-methods. A behavior that allows POST, PUT, PATCH or DELETE usually fronts
// a dynamic endpoint. CloudFront never caches the responses to those methods (Developer Guide, "Allowed HTTP
// methods"); the risk lies in the GET and HEAD responses of the same paths. With MinTTL above 0 they are cached
// for at least MinTTL even when the origin marks them no-store or private (Developer Guide, Expiration.html), so
// one viewer's response can be served to another: a warning. With MinTTL 0 but a DefaultTTL
// above 0 in the legacy settings, only responses without caching headers are cached, for DefaultTTL: an
// information, since an API that sends Cache-Control is unaffected.

import { asBoolean, prop } from '../../source/access';
import { effectiveTtls, forwardsAllHeaders, writeMethodsAllowed } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { behaviorAnchor, behaviorNameStart, keyNames, seconds, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { spanOf } from '../../source/access';
import type { Finding, Fix } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/cache-unsafe-methods';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

const TEXT: Localized<{
  min: (k: KeyName, where: string, writes: string, min: string, def: string, source: string) => string;
  def: (k: KeyName, where: string, writes: string, def: string) => string;
  legacy: string;
  policy: (name: string) => string;
  related: string;
  useDisabled: string;
  setMinZero: (k: KeyName) => string;
}> = {
  en: {
    min: (k, w, writes, min, def, source) => `${w} allows ${writes}, so it looks like a dynamic endpoint, and caches with ${k('MinTTL')} ${min} (${source}). CloudFront never caches the responses to ${writes}, but it caches GET and HEAD responses from these paths for at least ${min} even when the origin sends Cache-Control no-store or private, and for ${def} when it sends no caching header. If responses differ per user, use the managed cache policy CachingDisabled or a policy with ${k('MinTTL')} 0.`,
    def: (k, w, writes, def) => `${w} allows ${writes}, so it looks like a dynamic endpoint, and its legacy ${k('DefaultTTL')} is ${def}: GET and HEAD responses that come without Cache-Control or Expires are cached for ${def}. Responses marked no-store or private are not cached (${k('MinTTL')} is 0). Make sure the origin sends caching headers, or set ${k('DefaultTTL')} to 0.`,
    legacy: 'legacy setting',
    policy: (name) => `managed cache policy ${name}`,
    related: 'the methods that make this a dynamic endpoint',
    useDisabled: 'Use the managed cache policy CachingDisabled',
    setMinZero: (k) => `Set ${k('MinTTL')} to 0`,
  },
  ja: {
    min: (k, w, writes, min, def, source) => `${w}は ${writes} を許可しており動的なエンドポイントに見えますが、${k('MinTTL')} ${min}（${source}）でキャッシュします。${writes} への応答はキャッシュされませんが、同じパスの GET と HEAD への応答は、オリジンが Cache-Control の no-store や private を返しても最低 ${min}、キャッシュヘッダーがなければ ${def} キャッシュされます。応答がユーザーごとに異なるなら、マネージドキャッシュポリシー CachingDisabled か ${k('MinTTL')} 0 のポリシーを使ってください。`,
    def: (k, w, writes, def) => `${w}は ${writes} を許可しており動的なエンドポイントに見えますが、レガシーの ${k('DefaultTTL')} が ${def} です。Cache-Control も Expires もない GET と HEAD への応答は ${def} キャッシュされます。no-store や private の応答はキャッシュされません（${k('MinTTL')} は 0）。オリジンがキャッシュヘッダーを返すことを確認するか、${k('DefaultTTL')} を 0 にしてください。`,
    legacy: 'レガシー設定',
    policy: (name) => `マネージドキャッシュポリシー ${name}`,
    related: '動的なエンドポイントと判断した理由のメソッド',
    useDisabled: 'マネージドキャッシュポリシー CachingDisabled を使う',
    setMinZero: (k) => `${k('MinTTL')} を 0 にする`,
  },
};

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const writes = writeMethodsAllowed(b);
  if (!writes?.length || forwardsAllHeaders(b)) return [];
  // A gRPC behavior must allow every method and carries only POST requests, which are never cached; the
  // GET responses this rule is about do not occur there.
  if (asBoolean(prop(prop(b.node, 'GrpcConfig'), 'Enabled')) === true) return [];
  const ttls = effectiveTtls(b);
  if (!ttls || ttls.min > ttls.def || ttls.def > ttls.max || ttls.max === 0) return [];
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const k = keyNames(ctx.spelling);
  const where = behaviorNameStart(b, locale, ctx.spelling);
  const list = writes.join(', ');
  const related = b.allowedMethodsList?.array ? [{ span: spanOf(b.allowedMethodsList.array), message: t.related }] : [];
  if (ttls.min > 0) {
    const fixes: Fix[] = [];
    let span = behaviorAnchor(b);
    if (ttls.source === 'managed-cache-policy' && b.cachePolicyIdNode) {
      span = spanOf(b.cachePolicyIdNode);
      fixes.push({ title: t.useDisabled, edits: [ctx.edits.replaceValue(b.cachePolicyIdNode, CACHING_DISABLED)] });
    } else if (b.ttl.min.kind === 'number') {
      span = spanOf(b.ttl.min.node);
      fixes.push({ title: t.setMinZero(k), edits: [ctx.edits.replaceValue(b.ttl.min.node, 0)] });
    }
    const source = ttls.policy ? t.policy(ttls.policy.name) : t.legacy;
    return [{ rule: RULE, severity: 'warning', message: t.min(k, where, list, seconds(ttls.min, locale), seconds(Math.max(ttls.min, ttls.def), locale), source), span, related, fixes }];
  }
  if (ttls.source === 'legacy' && ttls.def > 0) {
    const span = b.ttl.default.kind === 'number' ? spanOf(b.ttl.default.node) : behaviorAnchor(b);
    return [{ rule: RULE, severity: 'info', message: t.def(k, where, list, seconds(ttls.def, locale)), span, related }];
  }
  return [];
}

export const cacheUnsafeMethods: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Dynamic endpoint cached with TTLs above 0', ja: 'TTL が 0 より大きい動的エンドポイント' },
    severity: 'warning',
    description: {
      en: 'A behavior that allows POST, PUT, PATCH or DELETE usually serves dynamic content. CloudFront never caches ' +
        'responses to those methods, but it caches the GET and HEAD responses of the same paths: for at least MinTTL even ' +
        'when they are marked no-store or private (warning), or for DefaultTTL when they carry no caching header ' +
        '(information, legacy settings only).',
      ja: 'POST・PUT・PATCH・DELETE を許可するビヘイビアは通常、動的なコンテンツを提供します。CloudFront はこれらのメソッドへの' +
        '応答をキャッシュしませんが、同じパスの GET と HEAD への応答はキャッシュします。no-store や private の応答でも最低 MinTTL' +
        '（警告）、キャッシュヘッダーのない応答は DefaultTTL（情報、レガシー設定のみ）の間です。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesAllowedHTTPMethods',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CachePolicyConfig.html',
    ],
  },
  behavior: check,
};
