// Feature: AWS managed CloudFront policies. Their IDs are the same in every account, so a config that
// names one can be explained offline (DevGuide using-managed-cache-policies,
// using-managed-origin-request-policies, using-managed-response-headers-policies).
//
// The tables are keyed by policy ID and looked up with IDs taken from user documents, so they have no
// prototype: an ID such as "constructor" must find nothing.

import type { Localized } from '../util/i18n';

function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export interface ManagedCachePolicy {
  name: string;
  minTTL: number;
  defaultTTL: number;
  maxTTL: number;
  /** What goes into the cache key (and so is forwarded to the origin). */
  cacheKey: string;
  /** Whether every query string is part of the cache key, some are, or none. */
  queryStrings: 'all' | 'some' | 'none';
  /** The cache key in the user's language, for hovers and completion. */
  cacheKeyText: Localized<string>;
  /** Whether gzip and Brotli are enabled (compressed copies are cached separately). */
  compression: 'gzip-brotli' | 'gzip' | 'none';
}

export const MANAGED_CACHE_POLICIES: Readonly<Record<string, ManagedCachePolicy>> = table({
  '658327ea-f89d-4fab-a63d-7e88639e58f6': { name: 'CachingOptimized', minTTL: 1, defaultTTL: 86400, maxTTL: 31536000, cacheKey: 'no headers, cookies or query strings (only the normalised Accept-Encoding)', queryStrings: 'none', cacheKeyText: { en: 'No headers, cookies or query strings; only the normalised Accept-Encoding for compressed copies.', ja: 'ヘッダー、Cookie、クエリ文字列は含めません（圧縮版のために正規化した Accept-Encoding のみ）。' }, compression: 'gzip-brotli' },
  'b2884449-e4de-46a7-ac36-70bc7f1ddd6d': { name: 'CachingOptimizedForUncompressedObjects', minTTL: 1, defaultTTL: 86400, maxTTL: 31536000, cacheKey: 'no headers, cookies or query strings', queryStrings: 'none', cacheKeyText: { en: 'No headers, cookies or query strings.', ja: 'ヘッダー、Cookie、クエリ文字列は含めません。' }, compression: 'none' },
  '4135ea2d-6df8-44a3-9df3-4b5a84be39ad': { name: 'CachingDisabled', minTTL: 0, defaultTTL: 0, maxTTL: 0, cacheKey: 'nothing (nothing is cached)', queryStrings: 'none', cacheKeyText: { en: 'Nothing: nothing is cached, and every request goes to the origin.', ja: 'なし。何もキャッシュされず、すべてのリクエストがオリジンへ送られます。' }, compression: 'none' },
  '08627262-05a9-4f76-9ded-b50ca2e3a84f': { name: 'Elemental-MediaPackage', minTTL: 0, defaultTTL: 86400, maxTTL: 31536000, cacheKey: 'the Origin header and the query strings aws.manifestfilter, start, end and m', queryStrings: 'some', cacheKeyText: { en: 'The Origin header and the query strings aws.manifestfilter, start, end and m.', ja: 'Origin ヘッダーと、クエリ文字列 aws.manifestfilter、start、end、m。' }, compression: 'gzip' },
  '2e54312d-136d-493c-8eb9-b001f22f67d2': { name: 'Amplify', minTTL: 2, defaultTTL: 2, maxTTL: 600, cacheKey: 'the Authorization, CloudFront-Viewer-Country and Host headers, all cookies and all query strings', queryStrings: 'all', cacheKeyText: { en: 'The Authorization, CloudFront-Viewer-Country and Host headers, all cookies and all query strings.', ja: 'Authorization、CloudFront-Viewer-Country、Host ヘッダー、すべての Cookie、すべてのクエリ文字列。' }, compression: 'gzip-brotli' },
  '83da9c7e-98b4-4e11-a168-04f0df8e2c65': { name: 'UseOriginCacheControlHeaders', minTTL: 0, defaultTTL: 0, maxTTL: 31536000, cacheKey: 'the Host, Origin, X-HTTP-Method-Override, X-HTTP-Method and X-Method-Override headers and all cookies', queryStrings: 'none', cacheKeyText: { en: 'The Host, Origin, X-HTTP-Method-Override, X-HTTP-Method and X-Method-Override headers and all cookies; no query strings. Host in the key breaks API Gateway and Lambda URL origins (403).', ja: 'Host、Origin、X-HTTP-Method-Override、X-HTTP-Method、X-Method-Override ヘッダーとすべての Cookie（クエリ文字列なし）。キーに Host を含むため、API Gateway や Lambda URL のオリジンでは 403 になります。' }, compression: 'gzip-brotli' },
  '4cc15a8a-d715-48a4-82b8-cc0b614638fe': { name: 'UseOriginCacheControlHeaders-QueryStrings', minTTL: 0, defaultTTL: 0, maxTTL: 31536000, cacheKey: 'the Host, Origin, X-HTTP-Method-Override, X-HTTP-Method and X-Method-Override headers, all cookies and all query strings', queryStrings: 'all', cacheKeyText: { en: 'The Host, Origin, X-HTTP-Method-Override, X-HTTP-Method and X-Method-Override headers, all cookies and all query strings. Host in the key breaks API Gateway and Lambda URL origins (403).', ja: 'Host、Origin、X-HTTP-Method-Override、X-HTTP-Method、X-Method-Override ヘッダー、すべての Cookie、すべてのクエリ文字列。キーに Host を含むため、API Gateway や Lambda URL のオリジンでは 403 になります。' }, compression: 'gzip-brotli' },
});

export interface ManagedOriginRequestPolicy {
  name: string;
  /** Whether the policy forwards every query string to the origin. */
  allQueryStrings: boolean;
  /** What the policy sends to the origin, in the user's language. */
  forwards: Localized<string>;
}

export const MANAGED_ORIGIN_REQUEST_POLICIES: Readonly<Record<string, ManagedOriginRequestPolicy>> = table({
  '216adef6-5c7f-47e4-b989-5492eafa07d3': { name: 'AllViewer', allQueryStrings: true, forwards: { en: 'Every viewer header (Host included), all cookies and all query strings.', ja: 'ビューワーのすべてのヘッダー（Host を含む）、すべての Cookie、すべてのクエリ文字列。' } },
  '33f36d7e-f396-46d9-90e0-52428a34d9dc': { name: 'AllViewerAndCloudFrontHeaders-2022-06', allQueryStrings: true, forwards: { en: 'Every viewer header plus the CloudFront-* headers released up to June 2022 (viewer country, device type, address…), all cookies and all query strings.', ja: 'ビューワーのすべてのヘッダーと、2022 年 6 月までに追加された CloudFront-* ヘッダー（国、デバイス種別、アドレスなど）、すべての Cookie、すべてのクエリ文字列。' } },
  'b689b0a8-53d0-40ab-baf2-68738e2966ac': { name: 'AllViewerExceptHostHeader', allQueryStrings: true, forwards: { en: 'Every viewer header except Host (CloudFront sets Host to the origin domain), all cookies and all query strings. Made for API Gateway and Lambda URL origins.', ja: 'Host 以外のビューワーのすべてのヘッダー（Host はオリジンのドメインになります）、すべての Cookie、すべてのクエリ文字列。API Gateway や Lambda URL のオリジン向けです。' } },
  '59781a5b-3903-41f3-afcb-af62929ccde1': { name: 'CORS-CustomOrigin', allQueryStrings: false, forwards: { en: 'The Origin header, for CORS with custom origins; no cookies or query strings.', ja: 'Origin ヘッダー（カスタムオリジンの CORS 用）。Cookie とクエリ文字列はなし。' } },
  '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf': { name: 'CORS-S3Origin', allQueryStrings: false, forwards: { en: 'The Origin, Access-Control-Request-Headers and Access-Control-Request-Method headers, for CORS with S3; no cookies or query strings.', ja: 'Origin、Access-Control-Request-Headers、Access-Control-Request-Method ヘッダー（S3 の CORS 用）。Cookie とクエリ文字列はなし。' } },
  '775133bc-15f2-49f9-abea-afb2e0bf67d2': { name: 'Elemental-MediaTailor-PersonalizedManifests', allQueryStrings: true, forwards: { en: 'The Origin, Access-Control-Request-Headers, Access-Control-Request-Method, User-Agent and X-Forwarded-For headers and all query strings; no cookies.', ja: 'Origin、Access-Control-Request-Headers、Access-Control-Request-Method、User-Agent、X-Forwarded-For ヘッダーとすべてのクエリ文字列。Cookie はなし。' } },
  'bf0718e1-ba1e-49d1-88b1-f726733018ae': { name: 'HostHeaderOnly', allQueryStrings: false, forwards: { en: 'Only the Host header.', ja: 'Host ヘッダーのみ。' } },
  'acba4595-bd28-49b8-b9fe-13317c0390fa': { name: 'UserAgentRefererHeaders', allQueryStrings: false, forwards: { en: 'The User-Agent and Referer headers; no cookies or query strings.', ja: 'User-Agent と Referer ヘッダー。Cookie とクエリ文字列はなし。' } },
});

export interface ManagedResponseHeadersPolicy {
  name: string;
  /** The headers the policy adds to responses, in the user's language. */
  adds: Localized<string>;
}

const SECURITY_HEADERS = {
  en: 'Strict-Transport-Security (1 year), X-Content-Type-Options: nosniff, X-Frame-Options: SAMEORIGIN, Referrer-Policy: strict-origin-when-cross-origin and X-XSS-Protection: 1; mode=block',
  ja: 'Strict-Transport-Security（1 年）、X-Content-Type-Options: nosniff、X-Frame-Options: SAMEORIGIN、Referrer-Policy: strict-origin-when-cross-origin、X-XSS-Protection: 1; mode=block',
};

/** Response headers policies (DevGuide using-managed-response-headers-policies). */
export const MANAGED_RESPONSE_HEADERS_POLICIES: Readonly<Record<string, ManagedResponseHeadersPolicy>> = table({
  '60669652-455b-4ae9-85a4-c4c02393f86c': { name: 'SimpleCORS', adds: {
    en: 'Access-Control-Allow-Origin: * (the origin\'s own value wins when it sends one).',
    ja: 'Access-Control-Allow-Origin: *（オリジンが値を返した場合はそちらが優先されます）。',
  } },
  '5cc3b908-e619-4b99-88e5-2cf7f45965bd': { name: 'CORS-With-Preflight', adds: {
    en: 'CORS headers for simple and preflight requests: Access-Control-Allow-Origin: *, all seven methods in Access-Control-Allow-Methods, Access-Control-Expose-Headers: *.',
    ja: '単純リクエストとプリフライトの CORS ヘッダー: Access-Control-Allow-Origin: *、Access-Control-Allow-Methods に 7 つすべてのメソッド、Access-Control-Expose-Headers: *。',
  } },
  '67f7725c-6f97-4210-82d7-5512b31e9d03': { name: 'SecurityHeadersPolicy', adds: {
    en: `Security headers: ${SECURITY_HEADERS.en}.`,
    ja: `セキュリティヘッダー: ${SECURITY_HEADERS.ja}。`,
  } },
  'e61eb60c-9c35-4d20-a928-2b84e02af89c': { name: 'CORS-and-SecurityHeadersPolicy', adds: {
    en: `Access-Control-Allow-Origin: * plus the security headers: ${SECURITY_HEADERS.en}.`,
    ja: `Access-Control-Allow-Origin: * とセキュリティヘッダー: ${SECURITY_HEADERS.ja}。`,
  } },
  'eaab4381-ed33-4a86-88ca-d9558dc6cd63': { name: 'CORS-with-preflight-and-SecurityHeadersPolicy', adds: {
    en: `CORS headers for simple and preflight requests plus the security headers: ${SECURITY_HEADERS.en}.`,
    ja: `単純リクエストとプリフライトの CORS ヘッダーとセキュリティヘッダー: ${SECURITY_HEADERS.ja}。`,
  } },
});
