import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, DEFAULT_QUOTAS, parseDocument, type Quotas } from '../../../../server/src/analysis';
import { countWithoutWhitespace, policySize, utf8Length } from '../../../../server/src/analysis/rules/iam/policySize';
import { cfnObject, createPolicy, createRole, putBucketPolicy, runRows } from './iamFixture';

const actions = (n: number): string => JSON.stringify(Array.from({ length: n }, (_, i) => `s3:Action${String(i).padStart(4, '0')}`));
const policy = (n: number, pad = ''): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow",${pad}"Action":${actions(n)},"Resource":"*"}]}`;

runRows(policySize, [
  { name: 'a saved get-policy-version output: information, never an error', fixture: `{"PolicyVersion":{⟦"Document"⟧:${policy(400)},"VersionId":"v1","IsDefaultVersion":true}}`, summary: ['info iam/policy-size'], says: ['A copy sent with create-policy would be refused', 'already holds'] },
  { name: 'an AWS managed policy in get-account-authorization-details says so', fixture: `{"Policies":[{"PolicyName":"P","Arn":"arn:aws:iam::aws:policy/P","PolicyVersionList":[{⟦"Document"⟧:${policy(400)},"VersionId":"v1","IsDefaultVersion":true}]}]}`, summary: ['info iam/policy-size'], says: ['This is an AWS managed policy'] },
  { name: 'small managed policy', fixture: createPolicy(policy(10)), summary: [] },
  { name: 'managed policy over 6,144 characters', fixture: `{"PolicyName":"p",⟦"PolicyDocument"⟧:${JSON.stringify(policy(400))}}`, summary: ['error iam/policy-size'], says: ['6,144', 'cloudfrontIamLens.quotas.iamManagedPolicySize'] },
  { name: 'white space does not count for IAM', fixture: createPolicy(policy(300, ' '.repeat(8000))), summary: [] },
  { name: 'a standalone file: warning against the managed quota', fixture: policy(400).replace('{', '⟦{⟧'), summary: ['warning iam/policy-size'] },
  { name: 'trust policy over 2,048', fixture: `{"RoleName":"r",⟦"AssumeRolePolicyDocument"⟧:${JSON.stringify(`{"Version":"2012-10-17","Statement":[${Array.from({ length: 30 }, (_, i) => `{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/r${i}"},"Action":"sts:AssumeRole"}`).join(',')}]}`)}}`, summary: ['error iam/policy-size'] },
  { name: 'bucket policy counts white space', fixture: `{"Bucket":"b",⟦"Policy"⟧:${JSON.stringify(`{"Version":"2012-10-17",${' '.repeat(21000)}"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`)}}`, summary: ['error iam/policy-size'], says: ['bytes'] },
  { name: 'inline policies of one role are summed', fixture: cfnObject('AWS::IAM::Role', 'Policies', `[{"PolicyName":"a","PolicyDocument":${policy(330)}},{"PolicyName":"b",⟦"PolicyDocument"⟧:${policy(330)}}]`), summary: ['error iam/policy-size'], says: ['2 policies together'] },
  { name: 'small trust policy', fixture: createRole('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'), summary: [] },
  { name: 'small bucket policy', fixture: putBucketPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}'), summary: [] },
]);

test('iam/policy-size: quotas come from the options', () => {
  const text = createPolicy(policy(400));
  const run = (q: Partial<Quotas>): number => analyzeDocument(parseDocument(text), { rules: [policySize], quotas: { ...DEFAULT_QUOTAS, ...q } }).length;
  assert.equal(run({}), 1);
  assert.equal(run({ iamManagedPolicySize: 20000 }), 0);
});

test('iam/policy-size: counting', () => {
  assert.equal(countWithoutWhitespace('{ "a b" : [ 1 ,\n2 ] }'), 13);
  assert.equal(countWithoutWhitespace('{"a\\" b":1}'), 11);
  assert.equal(utf8Length('a\u00e9\u3042\ud83d\ude00'), 1 + 2 + 3 + 4);
});
