import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unresolvedSubstitution } from '../../../../server/src/analysis/rules/iam/unresolvedSubstitution';
import { applyEdits, runFixture } from '../../fixture';
import { cfnObject, cfnString, putRolePolicy, runRows } from './iamFixture';

const res = (r: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":${r}}]}`;

runRows(unresolvedSubstitution, [
  { name: 'inside Fn::Sub → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', res('{"Fn::Sub":"arn:aws:logs:${AWS::Region}:${AWS::AccountId}:*"}')), summary: [] },
  { name: 'pseudo parameters in a template literal: errors', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', res('"arn:aws:logs:⟦${AWS::Region}⟧:⟦${AWS::AccountId}⟧:*"')), summary: ['error iam/unresolved-substitution', 'error iam/unresolved-substitution'], says: ['Fn::Sub', 'The policy failed legacy parsing'] },
  { name: 'serverless #{…}', fixture: cfnObject('AWS::IAM::Role', 'Policies', '[]').replace('"Policies":[]', `"Policies":[{"PolicyName":"p","PolicyDocument":${res('"arn:aws:logs:⟦#{AWS::Region}⟧:*"')}}]`), summary: ['error iam/unresolved-substitution'] },
  { name: 'resource reference: warning', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', res('"arn:aws:s3:::⟦${BucketName}⟧/*"')), summary: ['warning iam/unresolved-substitution'] },
  { name: 'template string policy', fixture: cfnString('AWS::IAM::ManagedPolicy', 'PolicyDocument', res('"arn:aws:logs:⟦${AWS::Region}⟧:*"')), summary: ['error iam/unresolved-substitution'] },
  { name: 'outside a template: warning', fixture: putRolePolicy(res('"arn:aws:logs:⟦${AWS::Region}⟧:*"')), summary: ['warning iam/unresolved-substitution'] },
  { name: 'policy variables are fine', fixture: res('"arn:aws:s3:::home/${aws:username}/${*}"'), summary: [] },
]);

test('iam/unresolved-substitution: the fix wraps the string in Fn::Sub and escapes policy variables', () => {
  const text = cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', res('"arn:aws:s3:::${AWS::AccountId}-home/${aws:username}/*"'));
  const [finding] = runFixture(text, [unresolvedSubstitution]).findings;
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.deepEqual(JSON.parse(fixed).Resources.R.Properties.PolicyDocument.Statement[0].Resource, { 'Fn::Sub': 'arn:aws:s3:::${AWS::AccountId}-home/${!aws:username}/*' });
  assert.deepEqual(runFixture(fixed, [unresolvedSubstitution]).findings, []);
});
