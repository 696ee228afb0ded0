import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { resourceTypeMismatch } from '../../../../server/src/analysis/rules/iam/resourceTypeMismatch';
import { assertMarked, embed, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const statement = (action: string, resource: string, effect = 'Allow'): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "${effect}", ${action}, ${resource}}]\n}\n`;

test('iam/resource-type-mismatch: marked fixtures', () => {
  const rows: [name: string, source: string][] = [
    ['ListBucket is a bucket action, not an object one', statement('"Action": ⟦"s3:ListBucket"⟧', '"Resource": "arn:aws:s3:::bucket/*"')],
    ['GetObject needs object ARNs, not the bucket', statement('"Action": [⟦"s3:GetObject"⟧, "s3:ListBucket"]', '"Resource": "arn:aws:s3:::bucket"')],
    ['bucket and objects together cover both', statement('"Action": ["s3:GetObject", "s3:ListBucket"]', '"Resource": ["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"]')],
    ['a Deny that does not apply is reported too', statement('"Action": ⟦"s3:DeleteBucket"⟧', '"Resource": "arn:aws:s3:::bucket/*"', 'Deny')],
    ['an action without resource-level permissions needs "*"', statement('"Action": ⟦"s3:ListAllMyBuckets"⟧', '"Resource": "arn:aws:s3:::bucket"')],
    ['a pattern none of whose actions fits', statement('"Action": ⟦"sqs:*"⟧', '"Resource": "arn:aws:sns:us-east-1:123456789012:topic"')],
    ['a pattern some of whose actions fit', statement('"Action": "s3:Get*"', '"Resource": "arn:aws:s3:::bucket"')],
    ['policy variables and wildcards are patterns', statement('"Action": ["s3:GetObject", "s3:PutObject"]', '"Resource": ["arn:aws:s3:::bucket/home/${aws:username}/*", "arn:aws:s3:::*"]')],
    ['a role ARN with a path', statement('"Action": "iam:PassRole"', '"Resource": "arn:aws:iam::123456789012:role/service/my-role"')],
    ['log streams under a log group', statement('"Action": ["logs:CreateLogStream", "logs:PutLogEvents"]', '"Resource": "arn:aws:logs:*:*:log-group:/aws/lambda/fn:*"')],
    ['"*" anywhere: not judged', statement('"Action": "s3:ListBucket"', '"Resource": ["arn:aws:s3:::bucket/*", "*"]')],
    ['NotResource: not judged', statement('"Action": "s3:ListBucket"', '"NotResource": "arn:aws:s3:::bucket/*"')],
    ['NotAction: not judged', statement('"NotAction": "s3:ListBucket"', '"Resource": "arn:aws:s3:::bucket/*"')],
    ['an intrinsic resource: not judged', statement('"Action": "s3:ListBucket"', '"Resource": [{"Fn::Sub": "arn:aws:s3:::${B}/*"}, "arn:aws:s3:::b/*"]')],
    ['unknown actions belong to other rules', statement('"Action": ["s3:ListBuckett", "s4:ListBucket", "*"]', '"Resource": "arn:aws:s3:::bucket/*"')],
    ['a resource that is not an ARN is left to the ARN rules', statement('"Action": "s3:ListBucket"', '"Resource": "bucket/*"')],
    ['wrong type → nothing', statement('"Action": "s3:ListBucket"', '"Resource": 42')],
  ];
  for (const [name, source] of rows) assertMarked(source, resourceTypeMismatch, catalog, name);
});

test('iam/resource-type-mismatch: the message gives the expected ARN templates', () => {
  const [finding] = runWithCatalog(statement('"Action": "s3:ListBucket"', '"Resource": "arn:aws:s3:::bucket/*"'), [resourceTypeMismatch], catalog).findings;
  assert.equal(finding.severity, 'warning');
  assert.ok(finding.message.includes('bucket (arn:${Partition}:s3:::${BucketName})'), finding.message);
  assert.match(finding.message, /does not cover this action/);
  const [star] = runWithCatalog(statement('"Action": "s3:ListAllMyBuckets"', '"Resource": "arn:aws:s3:::bucket"'), [resourceTypeMismatch], catalog).findings;
  assert.match(star.message, /does not support resource-level permissions/);
  assert.equal(star.severity, 'info');
  const [ja] = runWithCatalog(statement('"Action": "s3:ListBucket"', '"Resource": "arn:aws:s3:::bucket/*"'), [resourceTypeMismatch], catalog, 'ja').findings;
  assert.match(ja.message, /の対象は/);
});

test('iam/resource-type-mismatch: a bucket policy held in a JSON string', () => {
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":["s3:GetObject",⟦"s3:ListBucket"⟧],"Resource":"arn:aws:s3:::bucket\\/*"}]}';
  const source = `{"Bucket": "bucket", "Policy": "${embed(inner)}"}`;
  assertMarked(source, resourceTypeMismatch, catalog);
});

test('iam/resource-type-mismatch: silent until the catalog is loaded', () => {
  assert.deepEqual(runWithCatalog(statement('"Action": "s3:ListBucket"', '"Resource": "arn:aws:s3:::bucket/*"'), [resourceTypeMismatch], undefined).findings, []);
});
