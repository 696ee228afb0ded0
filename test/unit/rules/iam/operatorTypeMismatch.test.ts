import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { operatorTypeMismatch } from '../../../../server/src/analysis/rules/iam/operatorTypeMismatch';
import { assertMarked, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (condition: string): string =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*","Condition":${condition}}]}`;

test('iam/operator-type-mismatch: marked fixtures', () => {
  const rows: [string, string][] = [
    // AIOpsAssistantPolicy (statement 1), reported by Access Analyzer: "Use the operator type Boolean".
    ['StringEquals on the Boolean aws:ViaAWSService', policy('{"StringEquals":{⟦"aws:ViaAWSService"⟧:"true"}}')],
    ['NumericEquals on a string key', policy('{"NumericEquals":{⟦"aws:username"⟧:"5"}}')],
    ['StringEquals on a numeric key, IpAddress on a string key', policy('{"StringEquals":{⟦"aws:MultiFactorAuthAge"⟧:"3600"},"IpAddress":{⟦"aws:SourceVpc"⟧:"10.0.0.0/8"}}')],
    ['Bool on a date key', policy('{"Bool":{⟦"aws:CurrentTime"⟧:"true"}}')],
    // The IAM User Guide's condition operator examples.
    ['the IAM User Guide\'s examples', policy('{"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"},"Bool":{"aws:MultiFactorAuthPresent":"true"},"IpAddress":{"aws:SourceIp":["192.0.2.0/24"]},"DateGreaterThan":{"aws:CurrentTime":"2020-04-01T00:00:00Z"}}')],
    ['String and ARN operators are interchangeable, as Access Analyzer accepts', policy('{"StringEquals":{"aws:SourceArn":"arn:aws:s3:::b"},"ArnLike":{"kms:EncryptionContext:aws:s3:arn":"arn:aws:s3:::b/*"}}')],
    ['Null fits every key; StringLike on an ARN key is another rule\'s', policy('{"Null":{"aws:MultiFactorAuthAge":"false"},"StringLike":{"aws:PrincipalArn":"a*"}}')],
    ['unknown key and wrong type → nothing', policy('{"NumericEquals":{"x:NotAKey":"1"},"Bool":["aws:CurrentTime"]}')],
  ];
  for (const [name, source] of rows) assertMarked(source, operatorTypeMismatch, catalog, name);
});

test('iam/operator-type-mismatch: message, severity and Japanese', () => {
  const source = policy('{"StringEquals":{"aws:ViaAWSService":"true"}}');
  const [en] = runWithCatalog(source, [operatorTypeMismatch], catalog).findings;
  assert.equal(en.severity, 'warning');
  assert.match(en.message, /^StringEquals does not fit "aws:ViaAWSService" \(type Bool\); use a Bool operator\. .*TYPE_MISMATCH/);
  const [ja] = runWithCatalog(source, [operatorTypeMismatch], catalog, 'ja').findings;
  assert.match(ja.message, /Bool 演算子を使ってください/);
  assert.deepEqual(runWithCatalog(source, [operatorTypeMismatch], undefined).findings, []);
});
