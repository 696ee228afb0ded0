// Feature: AWS managed CloudFront policies. Their IDs are the same in every account, so a config that
// names one can be explained offline (facts: cloudfront.md §6).

export interface ManagedCachePolicy {
  name: string;
  minTTL: number;
  defaultTTL: number;
  maxTTL: number;
  /** What goes into the cache key (and so is forwarded to the origin). */
  cacheKey: string;
  /** Whether every query string is part of the cache key, some are, or none. */
  queryStrings: 'all' | 'some' | 'none';
}

export const MANAGED_CACHE_POLICIES: Readonly<Record<string, ManagedCachePolicy>> = {
  '658327ea-f89d-4fab-a63d-7e88639e58f6': { name: 'CachingOptimized', minTTL: 1, defaultTTL: 86400, maxTTL: 31536000, cacheKey: 'no headers, cookies or query strings (only the normalised Accept-Encoding)', queryStrings: 'none' },
  'b2884449-e4de-46a7-ac36-70bc7f1ddd6d': { name: 'CachingOptimizedForUncompressedObjects', minTTL: 1, defaultTTL: 86400, maxTTL: 31536000, cacheKey: 'no headers, cookies or query strings', queryStrings: 'none' },
  '4135ea2d-6df8-44a3-9df3-4b5a84be39ad': { name: 'CachingDisabled', minTTL: 0, defaultTTL: 0, maxTTL: 0, cacheKey: 'nothing (nothing is cached)', queryStrings: 'none' },
  '08627262-05a9-4f76-9ded-b50ca2e3a84f': { name: 'Elemental-MediaPackage', minTTL: 0, defaultTTL: 86400, maxTTL: 31536000, cacheKey: 'the Origin header and the query strings aws.manifestfilter, start, end and m', queryStrings: 'some' },
  '2e54312d-136d-493c-8eb9-b001f22f67d2': { name: 'Amplify', minTTL: 2, defaultTTL: 2, maxTTL: 600, cacheKey: 'the Authorization, CloudFront-Viewer-Country and Host headers, all cookies and all query strings', queryStrings: 'all' },
  '83da9c7e-98b4-4e11-a168-04f0df8e2c65': { name: 'UseOriginCacheControlHeaders', minTTL: 0, defaultTTL: 0, maxTTL: 31536000, cacheKey: 'the Host, Origin, X-HTTP-Method-Override, X-HTTP-Method and X-Method-Override headers and all cookies', queryStrings: 'none' },
  '4cc15a8a-d715-48a4-82b8-cc0b614638fe': { name: 'UseOriginCacheControlHeaders-QueryStrings', minTTL: 0, defaultTTL: 0, maxTTL: 31536000, cacheKey: 'the Host, Origin, X-HTTP-Method-Override, X-HTTP-Method and X-Method-Override headers, all cookies and all query strings', queryStrings: 'all' },
};

export interface ManagedOriginRequestPolicy {
  name: string;
  /** Whether the policy forwards every query string to the origin. */
  allQueryStrings: boolean;
}

export const MANAGED_ORIGIN_REQUEST_POLICIES: Readonly<Record<string, ManagedOriginRequestPolicy>> = {
  '216adef6-5c7f-47e4-b989-5492eafa07d3': { name: 'AllViewer', allQueryStrings: true },
  '33f36d7e-f396-46d9-90e0-52428a34d9dc': { name: 'AllViewerAndCloudFrontHeaders-2022-06', allQueryStrings: true },
  'b689b0a8-53d0-40ab-baf2-68738e2966ac': { name: 'AllViewerExceptHostHeader', allQueryStrings: true },
  '59781a5b-3903-41f3-afcb-af62929ccde1': { name: 'CORS-CustomOrigin', allQueryStrings: false },
  '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf': { name: 'CORS-S3Origin', allQueryStrings: false },
  '775133bc-15f2-49f9-abea-afb2e0bf67d2': { name: 'Elemental-MediaTailor-PersonalizedManifests', allQueryStrings: true },
  'bf0718e1-ba1e-49d1-88b1-f726733018ae': { name: 'HostHeaderOnly', allQueryStrings: false },
  'acba4595-bd28-49b8-b9fe-13317c0390fa': { name: 'UserAgentRefererHeaders', allQueryStrings: false },
};
