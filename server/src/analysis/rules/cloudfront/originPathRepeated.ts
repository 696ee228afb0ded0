// Rule: cloudfront/origin-path-repeated. CloudFront never strips the part of the path that a behavior's
// pattern matched: the origin receives OriginPath followed by the whole viewer path (Developer Guide,
// "Origin path"; advancedweb.hu, "How CloudFront determines the origin request URL"). An origin with OriginPath "/api" behind a behavior for
// "/api/*" therefore receives "/api/api/users" for "/api/users", a mistake one widely read blog recommends.
// The configuration is valid and the origin might really serve the doubled path, so this is a warning.

import { normalizePattern } from '../../cloudfront/paths/pathPattern';
import { targetOrigins } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { spanOf } from '../../source/access';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/origin-path-repeated';

const TEXT: Localized<{
  message: (k: KeyName, pattern: string, origin: string, originPath: string, request: string, sent: string) => string;
  related: (k: KeyName, originPath: string) => string;
}> = {
  en: {
    message: (k, pattern, origin, op, request, sent) => `Requests matching "${pattern}" reach origin "${origin}" with ${k('OriginPath')} "${op}" in front of the whole path: ${request} is sent as ${sent}. CloudFront does not remove the part the pattern matched. If the origin serves ${request}, remove ${k('OriginPath')} "${op}"; if it expects the path without "${op}", rewrite the URI with a CloudFront Function.`,
    related: (k, op) => `${k('OriginPath')} "${op}"`,
  },
  ja: {
    message: (k, pattern, origin, op, request, sent) => `"${pattern}" に一致するリクエストは、パス全体の前に ${k('OriginPath')} "${op}" を付けてオリジン "${origin}" へ送られます: ${request} は ${sent} になります。CloudFront はパターンに一致した部分を取り除きません。オリジンが ${request} を提供するなら ${k('OriginPath')} "${op}" を削除し、"${op}" を除いたパスを期待するなら CloudFront Functions で URI を書き換えてください。`,
    related: (k, op) => `${k('OriginPath')} "${op}"`,
  },
};

/** The literal start of a pattern, up to its first wildcard, with the optional leading "/" added. */
function literalPrefix(pattern: string): string {
  const normalized = normalizePattern(pattern);
  const wildcard = normalized.search(/[*?]/);
  return wildcard < 0 ? normalized : normalized.slice(0, wildcard);
}

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  if (b.pathPattern === undefined || !b.patternNode) return [];
  const origins = targetOrigins(ctx.dist, b);
  if (!origins?.length) return [];
  const prefix = literalPrefix(b.pathPattern);
  const paths = origins.map((o) => o.originPath);
  const first = paths[0];
  // Only a well-formed OriginPath is compared (cloudfront/origin-path reports the others), and an origin
  // group only when both members have the same one.
  if (!first || !/^\/.*[^/]$/.test(first) || paths.some((p) => p !== first)) return [];
  if (prefix !== first && !prefix.startsWith(first + '/')) return [];
  const t = pick(TEXT, ctx.options.locale);
  const k = keyNames(ctx.spelling);
  const request = `${prefix}${prefix.endsWith('/') ? '' : '/'}…`;
  const originPathNode = origins[0].originPathNode;
  return [{
    rule: RULE,
    severity: 'warning',
    message: t.message(k, b.pathPattern, origins[0].id, first, request, `${first}${request}`),
    span: spanOf(b.patternNode),
    related: originPathNode ? [{ span: spanOf(originPathNode), message: t.related(k, first) }] : [],
  }];
}

export const originPathRepeated: Rule = {
  meta: {
    id: RULE,
    title: { en: 'OriginPath repeats the path pattern\'s prefix', ja: 'OriginPath がパスパターンの接頭辞を繰り返す' },
    severity: 'warning',
    description: {
      en: 'CloudFront sends OriginPath followed by the full viewer path; it never removes the prefix a path pattern ' +
        'matched. With OriginPath "/api" behind "/api/*", "/api/users" reaches the origin as "/api/api/users". Remove ' +
        'the OriginPath, or rewrite the URI in a CloudFront Function if the origin expects the shorter path.',
      ja: 'CloudFront は OriginPath の後にビューワーのパス全体を付けて送り、パスパターンに一致した接頭辞を取り除きません。' +
        '"/api/*" の先の OriginPath が "/api" なら、"/api/users" は "/api/api/users" としてオリジンに届きます。OriginPath を' +
        '削除するか、オリジンが短いパスを期待するなら CloudFront Functions で URI を書き換えてください。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginPath',
      'https://advancedweb.hu/how-cloudfront-determines-the-origin-request-url/',
      'https://github.com/aws/aws-cdk/issues/25264',
    ],
  },
  behavior: check,
};
