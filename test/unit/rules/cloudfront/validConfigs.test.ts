// Real-world valid configurations must come out clean under every semantic CloudFront rule: a false
// positive costs more trust than a missed finding.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import { aliasesCertificate } from '../../../../server/src/analysis/rules/cloudfront/aliasesCertificate';
import { allowedMethods } from '../../../../server/src/analysis/rules/cloudfront/allowedMethods';
import { cachePolicyConflict } from '../../../../server/src/analysis/rules/cloudfront/cachePolicyConflict';
import { cacheUnsafeMethods } from '../../../../server/src/analysis/rules/cloudfront/cacheUnsafeMethods';
import { defaultRootObject } from '../../../../server/src/analysis/rules/cloudfront/defaultRootObject';
import { forwardAllHeaders } from '../../../../server/src/analysis/rules/cloudfront/forwardAllHeaders';
import { invalidationPaths } from '../../../../server/src/analysis/rules/cloudfront/invalidationPaths';
import { originDomain } from '../../../../server/src/analysis/rules/cloudfront/originDomain';
import { originPath } from '../../../../server/src/analysis/rules/cloudfront/originPath';
import { originPathRepeated } from '../../../../server/src/analysis/rules/cloudfront/originPathRepeated';
import { pathPatternSyntax } from '../../../../server/src/analysis/rules/cloudfront/pathPatternSyntax';
import { quotas } from '../../../../server/src/analysis/rules/cloudfront/quotas';
import { s3Cookies } from '../../../../server/src/analysis/rules/cloudfront/s3Cookies';
import { s3HostHeader } from '../../../../server/src/analysis/rules/cloudfront/s3HostHeader';
import { targetOrigin } from '../../../../server/src/analysis/rules/cloudfront/targetOrigin';
import { ttlHints } from '../../../../server/src/analysis/rules/cloudfront/ttlHints';
import { ttlOrder } from '../../../../server/src/analysis/rules/cloudfront/ttlOrder';
import { valueRange } from '../../../../server/src/analysis/rules/cloudfront/valueRange';

export const SEMANTIC_RULES = [
  allowedMethods, cachePolicyConflict, ttlOrder, ttlHints, targetOrigin, originDomain, originPath, defaultRootObject,
  originPathRepeated, pathPatternSyntax, aliasesCertificate, quotas, cacheUnsafeMethods, forwardAllHeaders, s3HostHeader,
  s3Cookies, invalidationPaths, valueRange,
];

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..');

function findings(text: string): string[] {
  return analyzeDocument(parseDocument(text), { rules: SEMANTIC_RULES }).map((f) => `${f.severity} ${f.rule}: ${f.message}`);
}

/** What `aws cloudfront get-distribution-config` returns for a distribution on the legacy cache settings. */
const LEGACY_API = {
  ETag: 'E3LEGACY',
  DistributionConfig: {
    CallerReference: '1571930345',
    Aliases: { Quantity: 0 },
    DefaultRootObject: '',
    Origins: { Quantity: 1, Items: [{
      Id: 'S3-legacy-bucket', DomainName: 'legacy-bucket.s3.amazonaws.com', OriginPath: '', CustomHeaders: { Quantity: 0 },
      S3OriginConfig: { OriginAccessIdentity: 'origin-access-identity/cloudfront/E1OAIEXAMPLE' }, ConnectionAttempts: 3, ConnectionTimeout: 10,
      OriginShield: { Enabled: false }, OriginAccessControlId: '',
    }] },
    OriginGroups: { Quantity: 0 },
    DefaultCacheBehavior: {
      TargetOriginId: 'S3-legacy-bucket', TrustedSigners: { Enabled: false, Quantity: 0 }, TrustedKeyGroups: { Enabled: false, Quantity: 0 },
      ViewerProtocolPolicy: 'redirect-to-https',
      AllowedMethods: { Quantity: 2, Items: ['HEAD', 'GET'], CachedMethods: { Quantity: 2, Items: ['HEAD', 'GET'] } },
      SmoothStreaming: false, Compress: true, LambdaFunctionAssociations: { Quantity: 0 }, FunctionAssociations: { Quantity: 0 }, FieldLevelEncryptionId: '',
      ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' }, Headers: { Quantity: 0 }, QueryStringCacheKeys: { Quantity: 0 } },
      MinTTL: 0, DefaultTTL: 86400, MaxTTL: 31536000,
    },
    CacheBehaviors: { Quantity: 1, Items: [{
      PathPattern: '/downloads/*.zip', TargetOriginId: 'S3-legacy-bucket', TrustedSigners: { Enabled: false, Quantity: 0 }, TrustedKeyGroups: { Enabled: false, Quantity: 0 },
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: { Quantity: 3, Items: ['HEAD', 'GET', 'OPTIONS'], CachedMethods: { Quantity: 3, Items: ['HEAD', 'GET', 'OPTIONS'] } },
      SmoothStreaming: false, Compress: false, LambdaFunctionAssociations: { Quantity: 0 }, FunctionAssociations: { Quantity: 0 }, FieldLevelEncryptionId: '',
      ForwardedValues: { QueryString: true, Cookies: { Forward: 'none' }, Headers: { Quantity: 3, Items: ['Origin', 'Access-Control-Request-Method', 'Access-Control-Request-Headers'] }, QueryStringCacheKeys: { Quantity: 1, Items: ['v'] } },
      MinTTL: 0, DefaultTTL: 604800, MaxTTL: 31536000,
    }] },
    CustomErrorResponses: { Quantity: 0 },
    Comment: 'legacy downloads',
    Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' },
    PriceClass: 'PriceClass_All',
    Enabled: true,
    ViewerCertificate: { CloudFrontDefaultCertificate: true, SSLSupportMethod: 'vip', MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' },
    Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
    WebACLId: '', HttpVersion: 'http2', IsIPV6Enabled: true,
  },
};

/** A single-page app with an API, as CDK or hand-written templates produce it. */
const SPA_TEMPLATE = {
  AWSTemplateFormatVersion: '2010-09-09',
  Parameters: { DomainName: { Type: 'String' }, CertificateArn: { Type: 'String' }, Stage: { Type: 'String', Default: 'prod' } },
  Conditions: { HasDomain: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'DomainName' }, ''] }] } },
  Resources: {
    Cdn: {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Enabled: true,
          Aliases: { 'Fn::If': ['HasDomain', [{ Ref: 'DomainName' }], { Ref: 'AWS::NoValue' }] },
          DefaultRootObject: 'index.html',
          Origins: [
            { Id: 'spa', DomainName: { 'Fn::GetAtt': ['Bucket', 'RegionalDomainName'] }, S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: { 'Fn::GetAtt': ['Oac', 'Id'] } },
            { Id: 'api', DomainName: { 'Fn::Sub': '${Api}.execute-api.${AWS::Region}.amazonaws.com' }, OriginPath: { 'Fn::Sub': '/${Stage}' }, CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] } },
            { Id: 'media', DomainName: 'media.example.com', OriginPath: '/v2', CustomOriginConfig: { HTTPSPort: 8443, OriginProtocolPolicy: 'https-only' }, OriginCustomHeaders: [{ HeaderName: 'X-Origin-Verify', HeaderValue: 'secret' }] },
          ],
          DefaultCacheBehavior: {
            TargetOriginId: 'spa', ViewerProtocolPolicy: 'redirect-to-https', Compress: true,
            CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6', ResponseHeadersPolicyId: '67f7725c-6f97-4210-82d7-5512b31e9d03',
            FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': ['Rewrite', 'FunctionMetadata.FunctionARN'] } }],
          },
          CacheBehaviors: [
            {
              PathPattern: '/api/*', TargetOriginId: 'api', ViewerProtocolPolicy: 'https-only',
              AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
              CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
            },
            {
              PathPattern: '/assets/*', TargetOriginId: 'spa', ViewerProtocolPolicy: 'redirect-to-https',
              AllowedMethods: ['GET', 'HEAD', 'OPTIONS'], CachedMethods: ['GET', 'HEAD', 'OPTIONS'],
              CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6', OriginRequestPolicyId: '88a5eaf4-2fd4-4709-b370-b4c650ea3fcf',
            },
            { PathPattern: '/video/*', TargetOriginId: 'media', ViewerProtocolPolicy: 'https-only', CachePolicyId: { Ref: 'VideoPolicy' } },
            {
              PathPattern: '/legacy/*', TargetOriginId: 'media', ViewerProtocolPolicy: 'https-only',
              ForwardedValues: { QueryString: true, QueryStringCacheKeys: ['page'], Headers: ['Accept-Language'] }, MinTTL: 0, DefaultTTL: 3600, MaxTTL: 86400,
            },
          ],
          CustomErrorResponses: [{ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html', ErrorCachingMinTTL: 10 }],
          HttpVersion: 'http2and3',
          IPV6Enabled: true,
          PriceClass: 'PriceClass_100',
          ViewerCertificate: { 'Fn::If': ['HasDomain', { AcmCertificateArn: { Ref: 'CertificateArn' }, SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' }, { CloudFrontDefaultCertificate: true }] },
        },
      },
    },
  },
};

test('valid configs: the bundled examples produce no semantic findings', () => {
  for (const file of ['examples/cloudfront/get-distribution-config.json', 'examples/cloudformation/site.template.json', 'examples/cloudfront/invalidation-batch.json', 'test/integration/workspace/cloudfront/distribution.json']) {
    assert.deepEqual(findings(fs.readFileSync(path.join(ROOT, file), 'utf8')), [], file);
  }
});

test('valid configs: a legacy get-distribution-config output is clean', () => {
  assert.deepEqual(findings(JSON.stringify(LEGACY_API, null, 4)), []);
});

test('valid configs: a single-page app template with an API, intrinsic functions and conditions is clean', () => {
  assert.deepEqual(findings(JSON.stringify(SPA_TEMPLATE, null, 2)), []);
});

test('valid configs: policies and unrelated JSON get nothing', () => {
  assert.deepEqual(findings('{"Version":"2012-10-17","Statement":[]}'), []);
  assert.deepEqual(findings('{"name":"x","Paths":["index.html"]}'), []);
});
