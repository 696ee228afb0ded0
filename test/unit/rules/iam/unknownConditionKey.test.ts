import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { unknownConditionKey } from '../../../../server/src/analysis/rules/iam/unknownConditionKey';
import { applyFirstFixes, assertMarked, embed, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (condition: string, action = '"s3:ListBucket"'): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": ${action}, "Resource": "*", "Condition": ${condition}}]\n}\n`;

test('iam/unknown-condition-key: marked fixtures', () => {
  const rows: [name: string, source: string][] = [
    ['a misspelt global key', policy('{"IpAddress": {⟦"aws:SoruceIp"⟧: "203.0.113.0/24"}}')],
    ['a misspelt service key', policy('{"StringLike": {⟦"s3:prefx"⟧: "home/"}}')],
    ['a misspelt tag key prefix', policy('{"StringEquals": {⟦"aws:PrincipleTag/Team"⟧: "a"}}')],
    ['letter case does not matter to IAM', policy('{"IpAddress": {"AWS:SOURCEIP": "203.0.113.0/24"}, "StringLike": {"S3:Prefix": "home/"}}')],
    ['tag keys fill the placeholders', policy('{"StringEquals": {"aws:PrincipalTag/Team": "a", "aws:ResourceTag/Owner": "b", "s3:ExistingObjectTag/Env": "c", "aws:RequestTag/cost-center": "d"}}')],
    ['identity-provider keys are not judged', policy('{"StringLike": {"token.actions.githubusercontent.com:sub": "repo:o/r:*", "accounts.google.com:aud": "x", "saml:aud": "y"}}')],
    ['keys without a known service are not judged', policy('{"StringEquals": {"mycorp:thing": "x", "noprefix": "y"}}')],
    ['wrong type → nothing', policy('{"StringEquals": ["aws:SoruceIp"], "Bool": "aws:SecureTransport"}')],
    ['an intrinsic condition → nothing', policy('{"Fn::If": ["C", {"StringEquals": {"aws:SoruceIp": "x"}}, {"Ref": "AWS::NoValue"}]}')],
    ['a valid real-world condition stays clean', policy('{"Bool": {"aws:SecureTransport": "false", "aws:MultiFactorAuthPresent": "true"}, "StringEquals": {"aws:PrincipalOrgID": "o-abc", "s3:x-amz-acl": "private", "kms:ViaService": "s3.us-east-1.amazonaws.com"}, "NumericLessThan": {"s3:max-keys": "10"}}')],
  ];
  for (const [name, source] of rows) assertMarked(source, unknownConditionKey, catalog, name);
});

test('iam/unknown-condition-key: messages, Access Analyzer codes and the quick fix', () => {
  const [global] = runWithCatalog(policy('{"IpAddress": {"aws:SoruceIp": "203.0.113.0/24"}}'), [unknownConditionKey], catalog).findings;
  assert.equal(global.severity, 'warning');
  assert.match(global.message, /"aws:SoruceIp" is not a global condition key/);
  assert.match(global.message, /INVALID_GLOBAL_CONDITION_KEY/);
  assert.match(global.message, /Did you mean "aws:SourceIp"\?/);
  const [service] = runWithCatalog(policy('{"StringLike": {"s3:prefx": "home/"}}'), [unknownConditionKey], catalog).findings;
  assert.match(service.message, /"s3:prefx" is not a condition key of Amazon S3/);
  assert.match(service.message, /INVALID_SERVICE_CONDITION_KEY/);
  const [tag] = runWithCatalog(policy('{"StringEquals": {"aws:PrincipleTag/Team": "a"}}'), [unknownConditionKey], catalog).findings;
  assert.equal(tag.fixes?.[0].title, 'Change to "aws:PrincipalTag/Team"');
  const [ja] = runWithCatalog(policy('{"StringLike": {"s3:prefx": "home/"}}'), [unknownConditionKey], catalog, 'ja').findings;
  assert.match(ja.message, /Amazon S3 の条件キーではありません/);

  for (const text of [policy('{"IpAddress": {"aws:SoruceIp": "203.0.113.0/24"}}'), policy('{"StringEquals": {"aws:PrincipleTag/Team": "a"}}')]) {
    const fixed = applyFirstFixes(runWithCatalog(text, [unknownConditionKey], catalog));
    assert.notEqual(fixed, text);
    assert.deepEqual(runWithCatalog(fixed, [unknownConditionKey], catalog).findings, []);
  }
});

test('iam/unknown-condition-key: a key inside a policy held in a JSON string, fixed with its escapes', () => {
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"Bool":{⟦"aws:SecureTransprot"⟧:"false"}}}]}';
  const source = `{"Bucket": "b", "Policy": "${embed(inner)}"}`;
  const result = assertMarked(source, unknownConditionKey, catalog);
  const fixed = applyFirstFixes(result);
  assert.equal(fixed, result.text.replace('SecureTransprot', 'SecureTransport'));
  assert.deepEqual(runWithCatalog(fixed, [unknownConditionKey], catalog).findings, []);
});

test('iam/unknown-condition-key: silent until the catalog is loaded', () => {
  assert.deepEqual(runWithCatalog(policy('{"StringLike": {"s3:prefx": "home/"}}'), [unknownConditionKey], undefined).findings, []);
});
