// Rule: cloudfront/cache-unsafe-methods. A behavior that allows POST, PUT, PATCH or DELETE usually fronts
// a dynamic endpoint. CloudFront never caches the responses to those methods (facts: cloudfront.md §3.3);
// the risk lies in the GET and HEAD responses of the same paths. With MinTTL above 0 they are cached for
// at least MinTTL even when the origin marks them no-store or private (§5, §9 "MinTTL > 0 on dynamic
// content"), so one viewer's response can be served to another: a warning. With MinTTL 0 but a DefaultTTL
// above 0 in the legacy settings, only responses without caching headers are cached, for DefaultTTL: an
// information, since an API that sends Cache-Control is unaffected.

import { asBoolean, prop } from '../../jsonTree';
import { effectiveTtls, forwardsAllHeaders, writeMethodsAllowed } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { distributionsOf } from '../../cloudfront/reachability';
import { behaviorAnchor, behaviorNameStart, seconds } from '../../cloudfront/ruleSupport';
import { pick, type Locale, type Localized } from '../../i18n';
import { replaceNode } from '../../jsonEdits';
import { spanOf } from '../../jsonTree';
import type { Finding, Fix } from '../../types';
import type { Rule } from '../types';

const RULE = 'cloudfront/cache-unsafe-methods';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

const TEXT: Localized<{
  min: (where: string, writes: string, min: string, def: string, source: string) => string;
  def: (where: string, writes: string, def: string) => string;
  legacy: string;
  policy: (name: string) => string;
  related: string;
  useDisabled: string;
  setMinZero: string;
}> = {
  en: {
    min: (w, writes, min, def, source) => `${w} allows ${writes}, so it looks like a dynamic endpoint, and caches with MinTTL ${min} (${source}). CloudFront never caches the responses to ${writes}, but it caches GET and HEAD responses from these paths for at least ${min} even when the origin sends Cache-Control no-store or private, and for ${def} when it sends no caching header. If responses differ per user, use the managed cache policy CachingDisabled or a policy with MinTTL 0.`,
    def: (w, writes, def) => `${w} allows ${writes}, so it looks like a dynamic endpoint, and its legacy DefaultTTL is ${def}: GET and HEAD responses that come without Cache-Control or Expires are cached for ${def}. Responses marked no-store or private are not cached (MinTTL is 0). Make sure the origin sends caching headers, or set DefaultTTL to 0.`,
    legacy: 'legacy setting',
    policy: (name) => `managed cache policy ${name}`,
    related: 'the methods that make this a dynamic endpoint',
    useDisabled: 'Use the managed cache policy CachingDisabled',
    setMinZero: 'Set MinTTL to 0',
  },
  ja: {
    min: (w, writes, min, def, source) => `${w}は ${writes} を許可しており動的なエンドポイントに見えますが、MinTTL ${min}（${source}）でキャッシュします。${writes} への応答はキャッシュされませんが、同じパスの GET と HEAD への応答は、オリジンが Cache-Control の no-store や private を返しても最低 ${min}、キャッシュヘッダーがなければ ${def} キャッシュされます。応答がユーザーごとに異なるなら、マネージドキャッシュポリシー CachingDisabled か MinTTL 0 のポリシーを使ってください。`,
    def: (w, writes, def) => `${w}は ${writes} を許可しており動的なエンドポイントに見えますが、レガシーの DefaultTTL が ${def} です。Cache-Control も Expires もない GET と HEAD への応答は ${def} キャッシュされます。no-store や private の応答はキャッシュされません（MinTTL は 0）。オリジンがキャッシュヘッダーを返すことを確認するか、DefaultTTL を 0 にしてください。`,
    legacy: 'レガシー設定',
    policy: (name) => `マネージドキャッシュポリシー ${name}`,
    related: '動的なエンドポイントと判断した理由のメソッド',
    useDisabled: 'マネージドキャッシュポリシー CachingDisabled を使う',
    setMinZero: 'MinTTL を 0 にする',
  },
};

function check(b: BehaviorView, locale: Locale): Finding[] {
  const writes = writeMethodsAllowed(b);
  if (!writes?.length || forwardsAllHeaders(b)) return [];
  // A gRPC behavior must allow every method and carries only POST requests, which are never cached; the
  // GET responses this rule is about do not occur there.
  if (asBoolean(prop(prop(b.node, 'GrpcConfig'), 'Enabled')) === true) return [];
  const ttls = effectiveTtls(b);
  if (!ttls || ttls.min > ttls.def || ttls.def > ttls.max || ttls.max === 0) return [];
  const t = pick(TEXT, locale);
  const where = behaviorNameStart(b, locale);
  const list = writes.join(', ');
  const related = b.allowedMethodsList?.array ? [{ span: spanOf(b.allowedMethodsList.array), message: t.related }] : [];
  if (ttls.min > 0) {
    const fixes: Fix[] = [];
    let span = behaviorAnchor(b);
    if (ttls.source === 'managed-cache-policy' && b.cachePolicyIdNode) {
      span = spanOf(b.cachePolicyIdNode);
      fixes.push({ title: t.useDisabled, edits: [replaceNode(b.cachePolicyIdNode, JSON.stringify(CACHING_DISABLED))] });
    } else if (b.ttl.min.kind === 'number') {
      span = spanOf(b.ttl.min.node);
      fixes.push({ title: t.setMinZero, edits: [replaceNode(b.ttl.min.node, '0')] });
    }
    const source = ttls.policy ? t.policy(ttls.policy.name) : t.legacy;
    return [{ rule: RULE, severity: 'warning', message: t.min(where, list, seconds(ttls.min, locale), seconds(Math.max(ttls.min, ttls.def), locale), source), span, related, fixes }];
  }
  if (ttls.source === 'legacy' && ttls.def > 0) {
    const span = b.ttl.default.kind === 'number' ? spanOf(b.ttl.default.node) : behaviorAnchor(b);
    return [{ rule: RULE, severity: 'info', message: t.def(where, list, seconds(ttls.def, locale)), span, related }];
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
  document({ doc, options }) {
    return distributionsOf(doc).flatMap((dist) => [...(dist.defaultBehavior ? [dist.defaultBehavior] : []), ...dist.behaviors]
      .flatMap((b) => check(b, options.locale)));
  },
};
