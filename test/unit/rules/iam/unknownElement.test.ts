import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownElement } from '../../../../server/src/analysis/rules/iam/unknownElement';
import { applyEdits, runFixture } from '../../fixture';
import { cfnObject, putBucketPolicy, putRolePolicy, runRows } from './iamFixture';

const ST = '{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}';

runRows(unknownElement, [
  { name: 'known elements only', fixture: `{"Version":"2012-10-17","Id":"x","Statement":[${ST}]}`, summary: [] },
  { name: 'top-level Comment', fixture: `{"Version":"2012-10-17",⟦"Comment"⟧:"x","Statement":[${ST}]}`, summary: ['error iam/unknown-element'], says: ['Syntax errors in policy.', 'INVALID_POLICY_ELEMENT'] },
  { name: 'lower-case statement element', fixture: `{"Version":"2012-10-17","Statement":[{⟦"effect"⟧:"Allow","Action":"s3:GetObject","Resource":"*"}]}`, summary: ['error iam/unknown-element'], says: ['write "Effect"'] },
  { name: 'typo in a string policy', fixture: putRolePolicy(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow",⟦"Actions"⟧:"s3:GetObject","Resource":"*"}]}`), summary: ['error iam/unknown-element'] },
  { name: 'Principal is a statement element (other rules judge it per kind)', fixture: `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`, summary: [] },
  { name: 'bucket policy: warning', fixture: putBucketPolicy(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*",⟦"Note"⟧:"x"}]}`), summary: ['warning iam/unknown-element'] },
  { name: 'CloudFormation object', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', `{"Version":"2012-10-17",⟦"Description"⟧:"d","Statement":[${ST}]}`), summary: ['error iam/unknown-element'] },
  { name: 'intrinsic statement → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', `{"Version":"2012-10-17","Statement":[{"Fn::If":["C",${ST},{"Ref":"AWS::NoValue"}]}]}`), summary: [] },
]);

test('iam/unknown-element: the rename fix keeps the escaped string valid', () => {
  const text = putRolePolicy('{"Version":"2012-10-17","Statement":[{"effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}');
  const [finding] = runFixture(text, [unknownElement]).findings;
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.equal(JSON.parse(JSON.parse(fixed).PolicyDocument).Statement[0].Effect, 'Allow');
});

test('iam/unknown-element: removing a member keeps the policy valid JSON', () => {
  for (const text of [`{"Comment":"x","Version":"2012-10-17","Statement":[${ST}]}`, `{"Version":"2012-10-17","Statement":[${ST}],"Comment":"x"}`]) {
    const [finding] = runFixture(text, [unknownElement]).findings;
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.deepEqual(Object.keys(JSON.parse(fixed)), ['Version', 'Statement']);
  }
});
