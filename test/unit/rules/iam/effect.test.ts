import assert from 'node:assert/strict';
import { test } from 'node:test';
import { effect } from '../../../../server/src/analysis/rules/iam/effect';
import { applyEdits, runFixture } from '../../fixture';
import { cfnObject, createRole, putBucketPolicy, putRolePolicy, runRows } from './iamFixture';

const st = (e: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":${e},"Action":"s3:GetObject","Resource":"*"}]}`;

runRows(effect, [
  { name: 'Allow and Deny', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},{"Effect":"Deny","Action":"s3:Delete*","Resource":"*"}]}', summary: [] },
  { name: 'lower case: legacy parsing', fixture: st('⟦"allow"⟧'), summary: ['error iam/effect'], says: ['The policy failed legacy parsing'] },
  { name: 'mixed case Deny', fixture: st('⟦"denY"⟧'), summary: ['error iam/effect'], says: ['"Deny"'] },
  { name: 'escaped lower case in a file', fixture: st('⟦"\\u0061llow"⟧'), summary: ['error iam/effect'] },
  { name: 'anything else: syntax error', fixture: st('⟦"invalid"⟧'), summary: ['error iam/effect'], says: ['Syntax errors in policy.', 'INVALID_EFFECT'] },
  { name: 'missing', fixture: '{"Version":"2012-10-17","Statement":[⟦{⟧"Action":"s3:*","Resource":"*"}]}', summary: ['error iam/effect'], says: ['MISSING_EFFECT', 'Statement 1'] },
  { name: 'put-role-policy string', fixture: putRolePolicy(st('⟦"ALLOW"⟧')), summary: ['error iam/effect'] },
  { name: 'trust policy', fixture: createRole('{"Version":"2012-10-17","Statement":[{"Effect":⟦"allow"⟧,"Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'), summary: ['error iam/effect'] },
  { name: 'bucket policy: warning (S3 not documented)', fixture: putBucketPolicy('{"Version":"2012-10-17","Statement":[{"Effect":⟦"allow"⟧,"Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}'), summary: ['warning iam/effect'] },
  { name: 'number', fixture: st('⟦1⟧'), summary: ['error iam/effect'] },
  { name: 'intrinsic → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', st('{"Fn::If":["C","Allow","Deny"]}')), summary: [] },
]);

test('iam/effect: the case fix is preferred and repairs the policy, also inside a string', () => {
  for (const text of [st('"aLLow"'), putRolePolicy(st('"deny"'))]) {
    const [finding] = runFixture(text, [effect]).findings;
    assert.ok(finding.fixes?.[0].isPreferred);
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.deepEqual(runFixture(fixed, [effect]).findings, []);
  }
});
