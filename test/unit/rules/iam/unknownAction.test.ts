import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { unknownAction } from '../../../../server/src/analysis/rules/iam/unknownAction';
import { applyFirstFixes, assertMarked, embed, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (action: string, extra = ''): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": ${action}, "Resource": "*"${extra}}]\n}\n`;

test('iam/unknown-action: marked fixtures', () => {
  const rows: [name: string, source: string][] = [
    ['a misspelt action', policy('["s3:GetObject", ⟦"s3:GetObjetc"⟧]')],
    ['a single string', policy('⟦"dynamodb:GetItems"⟧')],
    ['letter case does not matter to IAM', policy('["S3:getobject", "s3:GETOBJECT", "Iam:PassRole"]')],
    ['NotAction entries are checked too', policy('"s3:*"').replace('"Action": "s3:*"', '"NotAction": ⟦"iam:PasRole"⟧')],
    ['patterns, "*" and unknown services belong to other rules', policy('["s3:Gte*", "*", "s4:GetObject", "s3:Get*"]')],
    ['wrong type → nothing', policy('[5, true, null, {"Ref": "ActionName"}]')],
    ['an intrinsic function → nothing', policy('{"Fn::If": ["C", "s3:GetObjetc", "s3:GetObject"]}')],
    ['malformed entries belong to the grammar rules', policy('["s3GetObject", "s3:Get:Object", "s3:", ":GetObject"]')],
    ['a valid real-world statement stays clean', policy('["s3:GetObject", "s3:PutObject", "s3:ListBucket", "kms:Decrypt", "logs:PutLogEvents"]')],
  ];
  for (const [name, source] of rows) assertMarked(source, unknownAction, catalog, name);
});

test('iam/unknown-action: a policy held in a JSON string is reported on its escaped text', () => {
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":⟦"s3:GetObjetc"⟧,"Resource":"*"}]}';
  const source = `{\n  "RoleName": "r",\n  "PolicyName": "p",\n  "PolicyDocument": "${embed(inner)}"\n}\n`;
  assert.ok(source.includes('⟦\\"s3:GetObjetc\\"⟧'));
  assertMarked(source, unknownAction, catalog);
  // A \u escape inside the inner policy: the span still runs from quote to quote in the document.
  const escaped = source.replace('GetObjetc', 'GetObj\\\\u0065tc');
  const result = assertMarked(escaped, unknownAction, catalog);
  assert.match(result.findings[0].message, /"s3:GetObjetc" is not an action of Amazon S3/);
});

test('iam/unknown-action: CloudFormation templates, with intrinsic functions left alone', () => {
  const source = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
        "Policies": [{
          "PolicyName": "p",
          "PolicyDocument": {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": ["dyanmodb:GetItem", ⟦"dynamodb:GetItm"⟧, {"Fn::Sub": "\${Service}:GetItem"}], "Resource": {"Fn::GetAtt": ["Table", "Arn"]}}
          ]}
        }]
      }
    }
  }
}
`;
  // The service typo is iam/unknown-service's; this rule marks only the action typo.
  const result = assertMarked(source, unknownAction, catalog);
  assert.match(result.findings[0].message, /"dynamodb:GetItm" is not an action of Amazon DynamoDB/);
});

test('iam/unknown-action: the message names the data date and Access Analyzer code, and offers the closest action', () => {
  const result = runWithCatalog(policy('"s3:GetObjetc"'), [unknownAction], catalog);
  const [finding] = result.findings;
  assert.equal(finding.severity, 'warning');
  assert.ok(finding.message.includes(`data of ${catalog.dataDate}`));
  assert.match(finding.message, /IAM accepts the policy/);
  assert.match(finding.message, /INVALID_ACTION/);
  assert.match(finding.message, /Did you mean "s3:GetObject"\?$/);
  const ja = runWithCatalog(policy('"s3:GetObjetc"'), [unknownAction], catalog, 'ja').findings[0];
  assert.match(ja.message, /Amazon S3 のアクションとして載っていません/);
  assert.equal(ja.fixes?.[0].title, '"s3:GetObject" に変更');
});

test('iam/unknown-action: the quick fix renames the action, keeping the written prefix, and the finding goes away', () => {
  const cases: [before: string, after: string][] = [
    [policy('"s3:GetObjetc"'), policy('"s3:GetObject"')],
    [policy('"S3:GetObjetc"'), policy('"S3:GetObject"')],
  ];
  for (const [text, expected] of cases) {
    const result = runWithCatalog(text, [unknownAction], catalog);
    const fixed = applyFirstFixes(result);
    assert.equal(fixed, expected);
    assert.deepEqual(runWithCatalog(fixed, [unknownAction], catalog).findings, []);
  }
  // In a JSON string, the replacement is written with the string's own escapes.
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjetc","Resource":"*"}]}';
  const skeleton = `{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "${embed(inner)}"}`;
  const fixed = applyFirstFixes(runWithCatalog(skeleton, [unknownAction], catalog));
  assert.equal(fixed, skeleton.replace('GetObjetc', 'GetObject'));
  assert.deepEqual(runWithCatalog(fixed, [unknownAction], catalog).findings, []);
});

test('iam/unknown-action: silent until the catalog is loaded', () => {
  assert.deepEqual(runWithCatalog(policy('"s3:GetObjetc"'), [unknownAction], undefined).findings, []);
});
