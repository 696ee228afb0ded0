import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { unknownService } from '../../../../server/src/analysis/rules/iam/unknownService';
import { applyFirstFixes, assertMarked, embed, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (action: string): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": ${action}, "Resource": "*"}]\n}\n`;

test('iam/unknown-service: marked fixtures', () => {
  const rows: [name: string, source: string][] = [
    ['a misspelt prefix', policy('["s3:GetObject", ⟦"dyanmodb:GetItem"⟧]')],
    ['a pattern with an unknown prefix', policy('⟦"s4:Get*"⟧')],
    ['letter case does not matter to IAM', policy('["S3:GetObject", "DynamoDB:GetItem", "EC2:Describe*"]')],
    ['NotAction entries are checked too', policy('"x"').replace('"Action": "x"', '"NotAction": ⟦"iamm:PassRole"⟧')],
    ['a wildcard in the prefix is not judged', policy('["s*:GetObject", "*:Get*", "*"]')],
    ['wrong type → nothing', policy('[1, {"Ref": "A"}, null]')],
    ['a valid real-world statement stays clean', policy('["s3:GetObject", "execute-api:Invoke", "aws-marketplace:ViewSubscriptions", "elasticloadbalancing:Describe*"]')],
  ];
  for (const [name, source] of rows) assertMarked(source, unknownService, catalog, name);
});

test('iam/unknown-service: a policy held in a JSON string, and the quick fix there', () => {
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sqs:SendMessage",⟦"sns:Publish"⟧,⟦"snss:Publish"⟧],"Resource":"*"}]}';
  const source = `{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "${embed(inner)}"}`;
  const marked = source.replace('⟦\\"sns:Publish\\"⟧', '\\"sns:Publish\\"');
  const result = assertMarked(marked, unknownService, catalog);
  assert.match(result.findings[0].message, /"snss" in "snss:Publish" is not a service prefix/);
  assert.match(result.findings[0].message, /Did you mean "sns:Publish"\?/);
  const fixed = applyFirstFixes(result);
  assert.equal(fixed, result.text.replace('snss:Publish', 'sns:Publish'));
  assert.deepEqual(runWithCatalog(fixed, [unknownService], catalog).findings, []);
});

test('iam/unknown-service: the message is a warning naming the data date and the Access Analyzer code', () => {
  const [finding] = runWithCatalog(policy('"s4:GetObject"'), [unknownService], catalog).findings;
  assert.equal(finding.severity, 'warning');
  assert.ok(finding.message.includes(`data of ${catalog.dataDate}`));
  assert.match(finding.message, /INVALID_SERVICE_IN_ACTION/);
  assert.equal(finding.fixes?.[0].title, 'Change to "s3:GetObject"');
  const [negated] = runWithCatalog(policy('"x"').replace('"Action": "x"', '"NotAction": "s4:GetObject"'), [unknownService], catalog).findings;
  assert.match(negated.message, /NotAction exempts nothing/);
  const [ja] = runWithCatalog(policy('"s4:GetObject"'), [unknownService], catalog, 'ja').findings;
  assert.match(ja.message, /サービスプレフィックスではありません/);
});

test('iam/unknown-service: silent until the catalog is loaded', () => {
  assert.deepEqual(runWithCatalog(policy('"s4:GetObject"'), [unknownService], undefined).findings, []);
});
