import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { missingQualifier } from '../../../../server/src/analysis/rules/iam/missingQualifier';
import { assertMarked, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (action: string, condition: string): string =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"${action}","Resource":"*","Condition":${condition}}]}`;

test('iam/missing-qualifier: marked fixtures', () => {
  const rows: [string, string][] = [
    // CloudTrailEventContext (statement 1), reported by Access Analyzer.
    ['StringEquals on events:detail-type', policy('events:PutRule', '{"StringEquals":{⟦"events:detail-type"⟧:["AWS API Call via CloudTrail"]}}')],
    ['aws:TagKeys without a qualifier', policy('ec2:CreateTags', '{"StringLike":{⟦"aws:TagKeys"⟧:"team*"}}')],
    ['IfExists does not replace a qualifier', policy('ec2:CreateTags', '{"StringEqualsIfExists":{⟦"aws:TagKeys"⟧:"team"}}')],
    // The IAM User Guide's example for multivalued keys.
    ['ForAllValues:, as the IAM User Guide writes it', policy('ec2:CreateTags', '{"ForAllValues:StringEquals":{"aws:TagKeys":["environment","cost-center"]}}')],
    ['ForAnyValue: and Null need nothing more', policy('ec2:CreateTags', '{"ForAnyValue:StringEquals":{"aws:CalledVia":"athena.amazonaws.com"},"Null":{"aws:TagKeys":"false"}}')],
    ['single-valued keys need no qualifier', policy('s3:GetObject', '{"StringEquals":{"aws:PrincipalTag/team":"a","s3:prefix":"home/"}}')],
    ['unknown key and wrong type → nothing', policy('s3:GetObject', '{"StringEquals":{"x:NotAKey":"a"},"StringLike":"aws:TagKeys"}')],
  ];
  for (const [name, source] of rows) assertMarked(source, missingQualifier, catalog, name);
});

test('iam/missing-qualifier: a warning naming MISSING_QUALIFIER, in both languages, silent without the catalog', () => {
  const source = policy('ec2:CreateTags', '{"StringEquals":{"aws:TagKeys":"team"}}');
  const [en] = runWithCatalog(source, [missingQualifier], catalog).findings;
  assert.equal(en.severity, 'warning');
  assert.match(en.message, /MISSING_QUALIFIER/);
  assert.match(runWithCatalog(source, [missingQualifier], catalog, 'ja').findings[0].message, /ForAnyValue: も ForAllValues: もありません/);
  assert.deepEqual(runWithCatalog(source, [missingQualifier], undefined).findings, []);
});
