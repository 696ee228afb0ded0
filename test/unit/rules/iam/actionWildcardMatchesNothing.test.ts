import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { actionWildcardMatchesNothing } from '../../../../server/src/analysis/rules/iam/actionWildcardMatchesNothing';
import { applyFirstFixes, assertMarked, embed, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (action: string): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Deny", "Action": ${action}, "Resource": "*"}]\n}\n`;

test('iam/action-wildcard-matches-nothing: marked fixtures', () => {
  const rows: [name: string, source: string][] = [
    ['a misspelt prefix before *', policy('["s3:Get*", ⟦"s3:Gte*"⟧]')],
    ['? stands for exactly one character', policy('["s3:?etObject", ⟦"s3:?GetObject"⟧]')],
    ['* in the middle', policy('["iam:List*Tags", ⟦"iam:List*Tagz"⟧]')],
    ['letter case does not matter to IAM', policy('["S3:get*", "s3:*OBJECT"]')],
    ['concrete actions and unknown services belong to other rules', policy('["s3:GetObjetc", "s4:Get*", "*"]')],
    ['wrong type → nothing', policy('[["s3:Gte*"], {"Fn::Sub": "s3:Gte*"}]')],
    ['a valid real-world statement stays clean', policy('["ec2:Describe*", "s3:List*", "cloudwatch:Get*", "logs:*"]')],
  ];
  for (const [name, source] of rows) assertMarked(source, actionWildcardMatchesNothing, catalog, name);
});

test('iam/action-wildcard-matches-nothing: in a JSON string, with the Prefix* quick fix', () => {
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":⟦"s3:Gte*"⟧,"Resource":"*"}]}';
  const source = `{"PolicyName": "p", "PolicyDocument": "${embed(inner)}"}`;
  const result = assertMarked(source, actionWildcardMatchesNothing, catalog);
  const [finding] = result.findings;
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /"s3:Gte\*" matches no action of Amazon S3/);
  assert.match(finding.message, /Did you mean "s3:Get\*"\?/);
  const fixed = applyFirstFixes(result);
  assert.equal(fixed, result.text.replace('s3:Gte*', 's3:Get*'));
  assert.deepEqual(runWithCatalog(fixed, [actionWildcardMatchesNothing], catalog).findings, []);
});

test('iam/action-wildcard-matches-nothing: silent until the catalog is loaded', () => {
  assert.deepEqual(runWithCatalog(policy('"s3:Gte*"'), [actionWildcardMatchesNothing], undefined).findings, []);
});
