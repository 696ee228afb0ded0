// Rule: cloudfront/s3-host-header. S3 finds the bucket by the Host header of the request. When a behavior
// forwards the viewer's Host to an S3 origin, S3 receives the distribution's own domain name and answers
// with an error (SignatureDoesNotMatch with origin access control, or no such bucket) instead of the object
// (AWS Knowledge Center, "configure CloudFront to forward headers"). Host is forwarded by legacy
// ForwardedValues.Headers naming it, by the managed origin request policies AllViewer,
// AllViewerAndCloudFrontHeaders-2022-06 and HostHeaderOnly, and by the managed cache policies that key on Host
// (UseOriginCacheControlHeaders, UseOriginCacheControlHeaders-QueryStrings, Amplify). The failure happens at
// request time, so this is a warning.

import { isS3Origin, targetOrigins } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES } from '../../cloudfront/managedPolicies';
import { behaviorNameStart, keyNames, removeListItem, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { prop, spanOf, type Node } from '../../source/access';
import type { Finding, Fix } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/s3-host-header';
const ALL_VIEWER_EXCEPT_HOST = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';
const ORIGIN_REQUEST_POLICIES_WITH_HOST = new Set(['AllViewer', 'AllViewerAndCloudFrontHeaders-2022-06', 'HostHeaderOnly']);
const CACHE_POLICIES_WITH_HOST = new Set(['UseOriginCacheControlHeaders', 'UseOriginCacheControlHeaders-QueryStrings', 'Amplify']);

type Via = { kind: 'legacy' } | { kind: 'origin-request-policy'; name: string } | { kind: 'cache-policy'; name: string };

const TEXT: Localized<{
  message: (where: string, origin: string, via: string, advice: string) => string;
  via: (k: KeyName, v: Via) => string;
  advice: (v: Via) => string;
  related: string;
  removeHost: string;
  useExceptHost: string;
}> = {
  en: {
    message: (where, origin, via, advice) => `${where} sends the viewer's Host header to the S3 origin "${origin}" (${via}). S3 finds the bucket by the Host header, so it receives the distribution's domain name instead of the bucket's and answers with an error (SignatureDoesNotMatch, or no such bucket). ${advice}`,
    via: (k, v) => (v.kind === 'legacy' ? `${k('ForwardedValues')}.${k('Headers')} lists Host`
      : v.kind === 'origin-request-policy' ? `the managed origin request policy ${v.name} forwards it`
        : `the managed cache policy ${v.name} puts Host in the cache key, which also forwards it`),
    advice: (v) => (v.kind === 'legacy' ? 'Remove Host from the forwarded headers.'
      : v.kind === 'origin-request-policy' ? 'Use AllViewerExceptHostHeader, or CORS-S3Origin if only the CORS headers are needed.'
        : 'Use a cache policy without Host, such as CachingOptimized.'),
    related: 'the S3 origin',
    removeHost: 'Remove "Host" from the forwarded headers',
    useExceptHost: 'Use the managed origin request policy AllViewerExceptHostHeader',
  },
  ja: {
    message: (where, origin, via, advice) => `${where}はビューワーの Host ヘッダーを S3 オリジン "${origin}" へ送ります（${via}）。S3 は Host ヘッダーでバケットを探すため、バケットではなくディストリビューションのドメイン名を受け取り、オブジェクトの代わりにエラー（SignatureDoesNotMatch やバケットなし）を返します。${advice}`,
    via: (k, v) => (v.kind === 'legacy' ? `${k('ForwardedValues')}.${k('Headers')} に Host があります`
      : v.kind === 'origin-request-policy' ? `マネージドオリジンリクエストポリシー ${v.name} が転送します`
        : `マネージドキャッシュポリシー ${v.name} が Host をキャッシュキーに含め、転送もします`),
    advice: (v) => (v.kind === 'legacy' ? '転送するヘッダーから Host を削除してください。'
      : v.kind === 'origin-request-policy' ? 'AllViewerExceptHostHeader を使うか、CORS のヘッダーだけが必要なら CORS-S3Origin を使ってください。'
        : 'CachingOptimized のような Host を含まないキャッシュポリシーを使ってください。'),
    related: 'S3 オリジン',
    removeHost: '転送するヘッダーから "Host" を削除',
    useExceptHost: 'マネージドオリジンリクエストポリシー AllViewerExceptHostHeader を使う',
  },
};

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const s3 = targetOrigins(ctx.dist, b)?.find(isS3Origin);
  if (!s3) return [];
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const found: { via: Via; node: Node; fixes: Fix[] }[] = [];

  const headers = b.forwardedValues?.headers;
  const headerArray = headers?.array;
  if (b.cachePolicy === 'absent' && headers && headerArray && headers.strings) {
    const index = headers.strings.findIndex((h) => h.toLowerCase() === 'host');
    const item = headerArray.children?.[index];
    if (index >= 0 && item) found.push({ via: { kind: 'legacy' }, node: item, fixes: [{ title: t.removeHost, edits: removeListItem(ctx.edits, headers, headerArray, index), isPreferred: true }] });
  }
  const requestPolicy = b.originRequestPolicyId !== undefined ? MANAGED_ORIGIN_REQUEST_POLICIES[b.originRequestPolicyId] : undefined;
  const requestPolicyNode = prop(b.node, 'OriginRequestPolicyId');
  if (requestPolicy && requestPolicyNode && ORIGIN_REQUEST_POLICIES_WITH_HOST.has(requestPolicy.name)) {
    const fixes: Fix[] = requestPolicy.name === 'HostHeaderOnly' ? [] : [{ title: t.useExceptHost, edits: [ctx.edits.replaceValue(requestPolicyNode, ALL_VIEWER_EXCEPT_HOST)], isPreferred: true }];
    found.push({ via: { kind: 'origin-request-policy', name: requestPolicy.name }, node: requestPolicyNode, fixes });
  }
  const cachePolicy = b.cachePolicy === 'present' && b.cachePolicyId !== undefined ? MANAGED_CACHE_POLICIES[b.cachePolicyId] : undefined;
  if (cachePolicy && b.cachePolicyIdNode && CACHE_POLICIES_WITH_HOST.has(cachePolicy.name)) {
    found.push({ via: { kind: 'cache-policy', name: cachePolicy.name }, node: b.cachePolicyIdNode, fixes: [] });
  }
  const where = behaviorNameStart(b, locale, ctx.spelling);
  const k = keyNames(ctx.spelling);
  return found.map(({ via, node, fixes }) => ({
    rule: RULE,
    severity: 'warning' as const,
    message: t.message(where, s3.id, t.via(k, via), t.advice(via)),
    span: spanOf(node),
    related: s3.domainNameNode ? [{ span: spanOf(s3.domainNameNode), message: t.related }] : [],
    fixes,
  }));
}

export const s3HostHeader: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Host header forwarded to an S3 origin', ja: 'S3 オリジンへの Host ヘッダーの転送' },
    severity: 'warning',
    description: {
      en: 'S3 finds the bucket by the Host header. Forwarding the viewer\'s Host to an S3 origin (legacy forwarded ' +
        'headers, the AllViewer, AllViewerAndCloudFrontHeaders-2022-06 or HostHeaderOnly origin request policies, or the ' +
        'UseOriginCacheControlHeaders and Amplify cache policies) makes S3 answer with errors instead of objects.',
      ja: 'S3 は Host ヘッダーでバケットを探します。ビューワーの Host を S3 オリジンへ転送すると（レガシーの転送ヘッダー、' +
        'オリジンリクエストポリシー AllViewer・AllViewerAndCloudFrontHeaders-2022-06・HostHeaderOnly、キャッシュポリシー ' +
        'UseOriginCacheControlHeaders・Amplify）、S3 はオブジェクトの代わりにエラーを返します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://aws.amazon.com/premiumsupport/knowledge-center/configure-cloudfront-to-forward-headers/',
      'https://techblog.kayac.com/do-not-use-cloudfront-s3-origin-with-managed-all-viewer',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html',
    ],
  },
  behavior: check,
};
