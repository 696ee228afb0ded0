// Test helper: builds distribution configs in both shapes from short behavior descriptions.

export interface BehaviorSpec {
  PathPattern?: unknown;
  TargetOriginId?: string;
  [key: string]: unknown;
}

const ORIGINS = [
  { Id: 's3', DomainName: 'bucket.s3.us-east-1.amazonaws.com', OriginPath: '', S3OriginConfig: { OriginAccessIdentity: '' } },
  { Id: 'api', DomainName: 'api.example.com', OriginPath: '/prod', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' } },
];

function withDefaults(b: BehaviorSpec): BehaviorSpec {
  return { TargetOriginId: 's3', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6', ...b };
}

/** The get-distribution-config output for the given behaviors, pretty-printed. */
export function apiDistribution(behaviors: (string | BehaviorSpec)[], defaults: BehaviorSpec = {}, extra: Record<string, unknown> = {}): string {
  const items = behaviors.map((b) => withDefaults(typeof b === 'string' ? { PathPattern: b } : b));
  return JSON.stringify({
    ETag: 'E1',
    DistributionConfig: {
      CallerReference: 'ref',
      Origins: { Quantity: ORIGINS.length, Items: ORIGINS },
      DefaultCacheBehavior: withDefaults(defaults),
      CacheBehaviors: { Quantity: items.length, Items: items },
      Comment: '',
      Enabled: true,
      ...extra,
    },
  }, null, 2);
}

/** A CloudFormation template with one distribution per entry of `distributions`. */
export function cfnTemplate(distributions: Record<string, (string | BehaviorSpec)[]>): string {
  const resources: Record<string, unknown> = {};
  for (const [id, behaviors] of Object.entries(distributions)) {
    resources[id] = {
      Type: 'AWS::CloudFront::Distribution',
      Properties: {
        DistributionConfig: {
          Enabled: true,
          Origins: ORIGINS.map(({ Id, DomainName, OriginPath, S3OriginConfig, CustomOriginConfig }) => ({ Id, DomainName, OriginPath: OriginPath || undefined, S3OriginConfig, CustomOriginConfig })),
          DefaultCacheBehavior: withDefaults({}),
          CacheBehaviors: behaviors.map((b) => withDefaults(typeof b === 'string' ? { PathPattern: b } : b)),
        },
      },
    };
  }
  return JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 2);
}
