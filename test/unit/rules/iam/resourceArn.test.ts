import { resourceArn } from '../../../../server/src/analysis/rules/iam/resourceArn';
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { assertMarked, runWithCatalog, testCatalog } from '../../iam/catalogFixture';
import { cfnObject, createPolicy, putBucketPolicy, runRows } from './iamFixture';

const res = (r: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":${r}}]}`;

runRows(resourceArn, [
  { name: 'a wildcard inside an IAM resource type (issue #12.4)', fixture: res('["arn:aws:iam::123456789012:r*/Admin","arn:aws:iam::*:?ole/x","arn:aws:autoscaling:*:*:autoScalingGroup:*:autoScalingGroupName/eks-*"]'), summary: [] },
  { name: 'a wildcard after a text no IAM type starts with', fixture: res('⟦"arn:aws:iam::123456789012:x*/Admin"⟧'), summary: ['error iam/resource-arn'], says: ['IAM resource path must either be'] },
  { name: 'without the catalog, an S3 ARN with a region is judged as a bucket or object', fixture: res('⟦"arn:aws:s3:*:*:accesspoint/panorama*"⟧'), summary: ['error iam/resource-arn'], says: ['S3 bucket and object ARNs have no region'] },
  { name: 'valid ARNs, wildcards and variables', fixture: res('["*","arn:aws:s3:::b/*","arn:aws:iam::*:user/${aws:username}","arn:aws:logs:*:*:log-group:/aws/lambda/*","arn:aws-cn:sqs:cn-north-1:111122223333:q","arn:aws:iam::aws:policy/ReadOnlyAccess","arn:*:s3:::b"]'), summary: [] },
  { name: 'not an ARN', fixture: res('⟦"invalid resource"⟧'), summary: ['error iam/resource-arn'], says: ['must be in ARN format or "*".'] },
  { name: 'empty string', fixture: res('⟦""⟧'), summary: ['error iam/resource-arn'] },
  { name: 'three colons with ::: legacy parsing', fixture: res('⟦"arn:aws:s3::example_bucket"⟧'), summary: ['error iam/resource-arn'], says: ['The policy failed legacy parsing'] },
  { name: 'empty service', fixture: res('⟦"arn:aws::::example_bucket"⟧'), summary: ['error iam/resource-arn'] },
  { name: 'bad partition', fixture: res('⟦"arn:error:s3:::example_bucket"⟧'), summary: ['error iam/resource-arn'], says: ['Partition "error" is not valid'] },
  { name: 'missing arn: prefix reads the service as partition', fixture: res('⟦"aws:s3:::example_bucket"⟧'), summary: ['error iam/resource-arn'], says: ['Partition "s3"'] },
  { name: 'arn:aws alone', fixture: res('⟦"arn:aws"⟧'), summary: ['error iam/resource-arn'], says: ['Resource vendor must be fully qualified'] },
  { name: 'region in an S3 ARN', fixture: res('⟦"arn:aws:s3:us-east-1::example_bucket"⟧'), summary: ['error iam/resource-arn'], says: ['can not contain region information'] },
  { name: 'region in an IAM ARN', fixture: res('⟦"arn:aws:iam:us-east-1::example_bucket"⟧'), summary: ['error iam/resource-arn'], says: ['cannot contain region information'] },
  { name: 'IAM resource of no IAM type', fixture: res('⟦"arn:aws:iam:::example_bucket"⟧'), summary: ['error iam/resource-arn'], says: ['IAM resource path must either be'] },
  { name: 'too few fields but no "::": IAM stores it', fixture: res('⟦"arn:aws:fdsasf"⟧'), summary: ['warning iam/resource-arn'], says: ['MISSING_ARN_FIELD'] },
  { name: 'upper-case service', fixture: res('⟦"arn:aws:S3:::b"⟧'), summary: ['warning iam/resource-arn'], says: ['INVALID_ARN_SERVICE_CASE'] },
  { name: 'account of eleven digits', fixture: res('⟦"arn:aws:sqs:us-east-1:11112222333:q"⟧'), summary: ['warning iam/resource-arn'], says: ['INVALID_ARN_ACCOUNT'] },
  { name: 'NotResource too, in a managed policy string', fixture: createPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","NotResource":[⟦"arn:aws:s3::b"⟧]}]}'), summary: ['error iam/resource-arn'] },
  { name: 'bucket policy quotes S3', fixture: putBucketPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":⟦"my-bucket/*"⟧}]}'), summary: ['error iam/resource-arn'], says: ['Policy has invalid resource'] },
  { name: 'queue policy: warning', fixture: cfnObject('AWS::SQS::QueuePolicy', 'PolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":⟦"queue"⟧}]}'), summary: ['warning iam/resource-arn'] },
  { name: 'placeholders and substitutions are left to other rules', fixture: res('["arn:aws:sqs:us-east-1:<ACCOUNT_ID>:q","arn:aws:logs:${AWS::Region}:${AWS::AccountId}:*"]'), summary: [] },
  { name: 'intrinsic → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', res('[{"Fn::Sub":"arn:aws:s3:::${B}"},{"Fn::GetAtt":["B","Arn"]}]')), summary: [] },
]);

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

test('iam/resource-arn: with the catalog, S3 ARN formats that carry a region are accepted (issue #12.6)', () => {
  // The formats come from the catalog (SAR list_amazons3.html): access points, Object Lambda and Multi-Region access
  // points, batch jobs and Storage Lens carry a region and an account; buckets and objects carry neither.
  const rows: [string, string][] = [
    ['access point in an AWS managed policy (AWSPanoramaServiceRolePolicy)', res('["arn:aws:s3:*:*:accesspoint/panorama*","arn:aws:s3:us-west-2:123456789012:accesspoint/ap/object/*"]')],
    ['batch job and Storage Lens', res('["arn:aws:s3:us-east-1:123456789012:job/j-1","arn:aws:s3:us-east-1:123456789012:storage-lens/default"]')],
    ['a bucket with a region is still refused', res('⟦"arn:aws:s3:us-east-1::example_bucket"⟧')],
    ['an object with a region and an account is still refused', res('⟦"arn:aws:s3:us-east-1:123456789012:bucket/key.txt"⟧')],
    ['IAM has no regional resource', res('⟦"arn:aws:iam:us-east-1:123456789012:role/r"⟧')],
    ['a malformed S3 ARN with text in the region field is still refused', res('⟦"arn:aws:s3:b/*"⟧')],
  ];
  for (const [name, source] of rows) assertMarked(source, resourceArn, catalog, name);
  const [malformed] = runWithCatalog(res('"arn:aws:s3:b/*"'), [resourceArn], catalog).findings;
  assert.equal(malformed.severity, 'error');
});
