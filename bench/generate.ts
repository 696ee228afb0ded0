// Generated documents for the benchmark and the scale tests: deterministic, realistic in shape,
// and sized by parameters.

const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

function behavior(i: number, shape: 'api' | 'cfn'): Record<string, unknown> {
  const prefixes = ['assets', 'static', 'img', 'media', 'api', 'docs', 'blog', 'shop', 'app', 'cdn'];
  const exts = ['js', 'css', 'png', 'jpg', 'svg', 'json', 'html', 'woff2'];
  const pattern = i % 3 === 0 ? `/${prefixes[i % prefixes.length]}/v${i}/*` : i % 3 === 1 ? `/${prefixes[i % prefixes.length]}/${i}/*.${exts[i % exts.length]}` : `/p${i}/*`;
  const methods = i % 5 === 0 ? ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'] : ['GET', 'HEAD'];
  const base: Record<string, unknown> = {
    PathPattern: pattern,
    TargetOriginId: i % 5 === 0 ? 'api' : 'site',
    ViewerProtocolPolicy: 'redirect-to-https',
    Compress: true,
    CachePolicyId: i % 5 === 0 ? CACHING_DISABLED : CACHING_OPTIMIZED,
  };
  if (shape === 'api') {
    base.AllowedMethods = { Quantity: methods.length, Items: methods, CachedMethods: { Quantity: 2, Items: ['GET', 'HEAD'] } };
    base.TrustedSigners = { Enabled: false, Quantity: 0 };
    base.TrustedKeyGroups = { Enabled: false, Quantity: 0 };
    base.LambdaFunctionAssociations = { Quantity: 0 };
    base.FunctionAssociations = { Quantity: 0 };
    base.SmoothStreaming = false;
    base.FieldLevelEncryptionId = '';
  } else {
    base.AllowedMethods = methods;
    base.CachedMethods = ['GET', 'HEAD'];
  }
  return base;
}

const ORIGINS_API = [
  { Id: 'site', DomainName: 'site.s3.us-east-1.amazonaws.com', OriginPath: '', CustomHeaders: { Quantity: 0 }, S3OriginConfig: { OriginAccessIdentity: '' }, ConnectionAttempts: 3, ConnectionTimeout: 10, OriginShield: { Enabled: false }, OriginAccessControlId: 'E1OAC' },
  { Id: 'api', DomainName: 'api.example.com', OriginPath: '', CustomHeaders: { Quantity: 0 }, CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only', OriginSslProtocols: { Quantity: 1, Items: ['TLSv1.2'] }, OriginReadTimeout: 30, OriginKeepaliveTimeout: 5 }, ConnectionAttempts: 3, ConnectionTimeout: 10, OriginShield: { Enabled: false }, OriginAccessControlId: '' },
];

/** A get-distribution-config output with `count` cache behaviors. */
export function distributionApi(count: number): string {
  const items = Array.from({ length: count }, (_, i) => behavior(i, 'api'));
  return JSON.stringify({
    ETag: 'E2QWRUHEXAMPLE',
    DistributionConfig: {
      CallerReference: 'bench',
      Aliases: { Quantity: 0 },
      DefaultRootObject: 'index.html',
      Origins: { Quantity: ORIGINS_API.length, Items: ORIGINS_API },
      OriginGroups: { Quantity: 0 },
      DefaultCacheBehavior: { ...behavior(1, 'api'), PathPattern: undefined },
      CacheBehaviors: { Quantity: items.length, Items: items },
      CustomErrorResponses: { Quantity: 0 },
      Comment: 'bench',
      Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' },
      PriceClass: 'PriceClass_All',
      Enabled: true,
      ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1', CertificateSource: 'cloudfront' },
      Restrictions: { GeoRestriction: { RestrictionType: 'none', Quantity: 0 } },
      WebACLId: '',
      HttpVersion: 'http2',
      IsIPV6Enabled: true,
    },
  }, null, 4);
}

function statement(i: number): Record<string, unknown> {
  const services = ['s3', 'dynamodb', 'sqs', 'sns', 'logs', 'kms', 'lambda', 'ec2'];
  const s = services[i % services.length];
  return {
    Sid: `Statement${i}`,
    Effect: i % 7 === 0 ? 'Deny' : 'Allow',
    Action: [`${s}:Get*`, `${s}:List*`, `${s}:Describe*`],
    Resource: [`arn:aws:${s}:us-east-1:123456789012:resource-${i}`, `arn:aws:${s}:us-east-1:123456789012:resource-${i}/*`],
    ...(i % 4 === 0 ? { Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' }, Bool: { 'aws:SecureTransport': 'true' } } } : {}),
  };
}

/** An identity policy with `count` statements. */
export function policy(count: number): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: count }, (_, i) => statement(i)) }, null, 2);
}

/** A CloudFront distribution resource of a CloudFormation template, with `behaviors` cache behaviors. */
function distributionResource(i: number, behaviors: number): Record<string, unknown> {
  return {
    Type: 'AWS::CloudFront::Distribution',
    Properties: {
      DistributionConfig: {
        Enabled: true,
        Origins: [
          { Id: 'site', DomainName: { 'Fn::GetAtt': ['Bucket', 'RegionalDomainName'] }, S3OriginConfig: { OriginAccessIdentity: '' } },
          { Id: 'api', DomainName: 'api.example.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } },
        ],
        DefaultCacheBehavior: { ...behavior(1, 'cfn'), PathPattern: undefined },
        CacheBehaviors: Array.from({ length: behaviors }, (_, k) => behavior(k + i, 'cfn')),
      },
    },
  };
}

/** An IAM role resource of a CloudFormation template, with one inline policy of `statements` statements. */
function roleResource(i: number, statements: number): Record<string, unknown> {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
      Policies: [{ PolicyName: `p${i}`, PolicyDocument: { Version: '2012-10-17', Statement: Array.from({ length: statements }, (_, k) => statement(k + i)) } }],
    },
  };
}

/** A CloudFormation template of roughly `targetBytes`, with distributions and IAM roles. */
export function template(targetBytes: number): string {
  const resources: Record<string, unknown> = {};
  let i = 0;
  let size = 0;
  while (size < targetBytes) {
    if (i % 4 === 0) resources[`Distribution${i}`] = distributionResource(i, 20);
    else resources[`Role${i}`] = roleResource(i, 10);
    size += JSON.stringify(resources[Object.keys(resources).pop() as string]).length * 1.6;
    i++;
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 2);
}

/**
 * A CloudFormation template of `distributions` distributions with `behaviors` cache behaviors each and `roles`
 * IAM roles with `statements` statements each, alternating, without indentation (as templates generated by
 * tools are). The CLI start-up figure uses 400 × 20 and 400 × 12: about 3 MB.
 */
export function templateOf(distributions: number, behaviors: number, roles: number, statements: number): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < Math.max(distributions, roles); i++) {
    if (i < distributions) resources[`Distribution${i}`] = distributionResource(i, behaviors);
    if (i < roles) resources[`Role${i}`] = roleResource(i, statements);
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources });
}
