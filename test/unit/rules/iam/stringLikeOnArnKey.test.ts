import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { stringLikeOnArnKey } from '../../../../server/src/analysis/rules/iam/stringLikeOnArnKey';
import { applyFirstFixes, assertMarked, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (condition: string, effect = 'Allow'): string =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"${effect}","Action":"iam:PassRole","Resource":"*","Condition":${condition}}]}`;

test('iam/string-like-on-arn-key: marked fixtures', () => {
  const rows: [string, string][] = [
    // AWSServiceRoleForSMS (statement 15), reported by Access Analyzer.
    ['StringLike on iam:AssociatedResourceArn', policy('{"StringLike":{⟦"iam:AssociatedResourceArn"⟧:"arn:aws:cloudformation:*:*:stack/sms-app-*/*"}}')],
    // S3UnlockBucketPolicy, reported by Access Analyzer.
    ['StringNotLike on aws:PrincipalArn in a Deny', policy('{"StringNotLike":{⟦"aws:PrincipalArn"⟧:"arn:aws:iam::*:role/admin-*"}}', 'Deny')],
    ['IfExists and a set qualifier keep the finding', policy('{"StringLikeIfExists":{⟦"ram:ResourceArn"⟧:"arn:aws:glue:*"},"ForAnyValue:StringLike":{⟦"aws:SourceArn"⟧:["arn:aws:s3:::b"]}}')],
    // The IAM User Guide's example of aws:PrincipalArn uses ArnLike.
    ['ArnLike, as the IAM User Guide writes it', policy('{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/AWSAFTExecution"}}')],
    ['StringEquals on an ARN key is accepted by Access Analyzer', policy('{"StringEquals":{"aws:SourceArn":"arn:aws:s3:::b"}}')],
    ['StringLike on a string key', policy('{"StringLike":{"aws:PrincipalTag/team":"a*","s3:prefix":"home/*"}}')],
    ['unknown key and wrong type → nothing', policy('{"StringLike":{"x:NotAKey":"a"},"StringNotLike":"aws:PrincipalArn"}')],
  ];
  for (const [name, source] of rows) assertMarked(source, stringLikeOnArnKey, catalog, name);
});

test('iam/string-like-on-arn-key: silent without the catalog', () => {
  assert.deepEqual(runWithCatalog(policy('{"StringLike":{"aws:PrincipalArn":"a"}}'), [stringLikeOnArnKey], undefined).findings, []);
});

test('iam/string-like-on-arn-key: the fix renames the operator, keeping qualifier and IfExists', () => {
  const result = runWithCatalog(policy('{"ForAnyValue:StringNotLikeIfExists":{"aws:SourceArn":"arn:aws:s3:::b*"}}'), [stringLikeOnArnKey], catalog);
  assert.equal(result.findings[0].severity, 'warning');
  assert.match(result.findings[0].message, /STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS/);
  const fixed = applyFirstFixes(result);
  assert.match(fixed, /"ForAnyValue:ArnNotLikeIfExists"/);
  assert.deepEqual(runWithCatalog(fixed, [stringLikeOnArnKey], catalog).findings, []);
});

test('iam/string-like-on-arn-key: no fix when the block also holds a string key', () => {
  const result = runWithCatalog(policy('{"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/a*","s3:prefix":"home/*"}}'), [stringLikeOnArnKey], catalog);
  assert.equal(result.findings.length, 1);
  assert.deepEqual(result.findings[0].fixes, []);
});

test('iam/string-like-on-arn-key: Japanese', () => {
  const [f] = runWithCatalog(policy('{"StringLike":{"aws:PrincipalArn":"a"}}'), [stringLikeOnArnKey], catalog, 'ja').findings;
  assert.match(f.message, /ArnLike を使ってください/);
});
