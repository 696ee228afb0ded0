import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { unsupportedTagKey } from '../../../../server/src/analysis/rules/iam/unsupportedTagKey';
import { assertMarked, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const policy = (actions: string, condition: string, effect = 'Allow'): string =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"${effect}","Action":${actions},"Resource":"*","Condition":${condition}}]}`;

test('iam/unsupported-tag-key: marked fixtures', () => {
  const rows: [string, string][] = [
    // AWSObservabilityAdminTelemetryEnablementServiceRolePolicy (statement 5), reported by Access Analyzer for
    // logs:PutResourcePolicy and logs:DescribeLogGroups.
    ['logs actions without resource tags', policy('["ec2:DeleteFlowLogs","logs:CreateLogGroup","logs:PutResourcePolicy","logs:PutRetentionPolicy","logs:DescribeLogGroups"]', '{"StringEquals":{⟦"aws:ResourceTag/CloudWatchTelemetryRuleManaged"⟧:"true"}}')],
    ['a pattern with one action that does not support it', policy('"sagemaker-mlflow:*"', '{"StringEquals":{⟦"aws:ResourceTag/AmazonDataZoneProject"⟧:"p"}}')],
    // The IAM User Guide's tag example (access_tags): actions that support aws:ResourceTag.
    ['the IAM User Guide\'s example', policy('["ec2:StartInstances","ec2:StopInstances"]', '{"StringEquals":{"aws:ResourceTag/Owner":"${aws:username}"}}')],
    ['creating actions read request tags: not reported (as Access Analyzer)', policy('["cloudfront:CreateDistribution","bedrock:CreatePrompt"]', '{"StringEquals":{"aws:ResourceTag/team":"a"}}')],
    ['a Deny, a negated operator, Null, NotAction and "*" are not judged', `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"logs:DescribeLogGroups","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/a":"b"}}},{"Effect":"Allow","Action":"logs:DescribeLogGroups","Resource":"*","Condition":{"StringNotEquals":{"aws:ResourceTag/a":"b"},"Null":{"aws:ResourceTag/c":"true"}}},{"Effect":"Allow","NotAction":"logs:DescribeLogGroups","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/a":"b"}}},{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/a":"b"}}}]}`],
    ['unknown actions and wrong types → nothing', policy('["logs:NotAnAction",{"Ref":"X"}]', '{"StringEquals":{"aws:ResourceTag/a":"b"}}')],
  ];
  for (const [name, source] of rows) assertMarked(source, unsupportedTagKey, catalog, name);
});

test('iam/unsupported-tag-key: information naming the actions and the code, in both languages', () => {
  const source = policy('["logs:PutRetentionPolicy","logs:DescribeLogGroups"]', '{"StringEquals":{"aws:ResourceTag/team":"a"}}');
  const [en] = runWithCatalog(source, [unsupportedTagKey], catalog).findings;
  assert.equal(en.severity, 'info');
  assert.match(en.message, /^1 action does not support "aws:ResourceTag\/team", so this Allow does not grant it\. Requests for logs:DescribeLogGroups \(services: logs\).*ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE/);
  assert.match(runWithCatalog(source, [unsupportedTagKey], catalog, 'ja').findings[0].message, /この Allow では許可されません/);
  assert.deepEqual(runWithCatalog(source, [unsupportedTagKey], undefined).findings, []);
});
