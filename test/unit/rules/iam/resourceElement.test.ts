import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resourceElement } from '../../../../server/src/analysis/rules/iam/resourceElement';
import { applyEdits, runFixture } from '../../fixture';
import { cfnObject, createRole, putRolePolicy, runRows } from './iamFixture';

runRows(resourceElement, [
  { name: 'identity policy with Resource', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}', summary: [] },
  { name: 'identity policy without', fixture: '{"Version":"2012-10-17","Statement":[⟦{⟧"Effect":"Allow","Action":"s3:ListBucket"}]}', summary: ['error iam/resource-element'], says: ['Policy statement must contain resources.'] },
  { name: 'empty Resource list', fixture: putRolePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":⟦[]⟧}]}'), summary: ['error iam/resource-element'] },
  { name: 'both', fixture: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b",⟦"NotResource"⟧:"*"}}', summary: ['error iam/resource-element'], says: ['Syntax errors in policy.'] },
  { name: 'trust policy with Resource', fixture: createRole('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole",⟦"Resource"⟧:"*"}]}'), summary: ['error iam/resource-element'], says: ['Has prohibited field Resource'] },
  { name: 'trust policy without Resource', fixture: createRole('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'), summary: [] },
  { name: 'template trust policy with NotResource', fixture: cfnObject('AWS::IAM::Role', 'AssumeRolePolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole",⟦"NotResource"⟧:"*"}]}'), summary: ['error iam/resource-element'] },
  { name: 'resource policy without Resource: warning', fixture: cfnObject('AWS::SQS::QueuePolicy', 'PolicyDocument', '{"Version":"2012-10-17","Statement":[⟦{⟧"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage"}]}'), summary: ['warning iam/resource-element'] },
  { name: 'a statement still being typed waits for its Resource', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*"', summary: [] },
  { name: 'intrinsic Resource → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":{"Fn::Sub":"arn:aws:s3:::${B}"}}]}'), summary: [] },
]);

test('iam/resource-element: removing Resource from a trust policy string keeps it valid', () => {
  const text = createRole('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}');
  const [finding] = runFixture(text, [resourceElement]).findings;
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.deepEqual(Object.keys(JSON.parse(JSON.parse(fixed).AssumeRolePolicyDocument).Statement[0]), ['Effect', 'Principal', 'Action']);
});
