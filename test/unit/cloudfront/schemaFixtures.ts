// Test helper: short distribution configs in both shapes with a slot for the text under test, and the
// real-world documents kept as fixtures (see fixtures/cloudfront/README.md).

import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** A complete, valid default behavior body, in either shape. */
export const BEHAVIOR = '"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all", "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"';

/** A get-distribution-config output whose DefaultCacheBehavior body and extra top-level members are given. */
export function api(behavior = BEHAVIOR, extra = ''): string {
  return '{"ETag": "E1", "DistributionConfig": {"CallerReference": "r", ' +
    '"Origins": {"Quantity": 1, "Items": [{"Id": "s3", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": ""}}]}, ' +
    `"DefaultCacheBehavior": {${behavior}}, "Comment": "", "Enabled": true${extra}}}`;
}

/** A template with one distribution whose DefaultCacheBehavior body and extra DistributionConfig members are given. */
export function cfn(behavior = BEHAVIOR, extra = ''): string {
  return '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {' +
    '"Enabled": true, "Origins": [{"Id": "s3", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": {}}], ' +
    `"DefaultCacheBehavior": {${behavior}}${extra}}}}}}`;
}

/** An invalidation batch with the given Paths body. */
export function batch(paths: string, callerReference = '"deploy-1"'): string {
  return `{"Paths": {${paths}}, "CallerReference": ${callerReference}}`;
}

/** Every real-world document that must stay clean: the bundled examples and the fetched fixtures. */
export function realWorldDocuments(): { name: string; text: string }[] {
  const files = [
    'examples/cloudfront/get-distribution-config.json',
    'examples/cloudfront/invalidation-batch.json',
    'examples/cloudformation/site.template.json',
    'test/integration/workspace/cloudfront/distribution.json',
  ];
  const dir = path.join(ROOT, 'test', 'unit', 'fixtures', 'cloudfront');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) files.push(path.join('test', 'unit', 'fixtures', 'cloudfront', file));
  return files.map((name) => ({ name, text: fs.readFileSync(path.join(ROOT, name), 'utf8') }));
}
