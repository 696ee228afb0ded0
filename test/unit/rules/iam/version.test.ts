import assert from 'node:assert/strict';
import { test } from 'node:test';
import { version } from '../../../../server/src/analysis/rules/iam/version';
import { applyEdits, runFixture } from '../../fixture';
import { cfnObject, cfnString, createPolicy, putRolePolicy, runRows } from './iamFixture';

const S = '"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]';

runRows(version, [
  { name: 'current version', fixture: `{"Version":"2012-10-17",${S}}`, summary: [] },
  { name: 'missing in a policy file: warning', fixture: `⟦{⟧${S}}`, summary: ['warning iam/version'], says: ['MISSING_VERSION'] },
  { name: 'missing in create-policy: error with IAM message', fixture: createPolicy(`⟦{⟧${S}}`), summary: ['error iam/version'], says: ['Policy document must be version 2012-10-17 or greater.'] },
  { name: 'missing in put-role-policy: warning', fixture: putRolePolicy(`⟦{⟧${S}}`), summary: ['warning iam/version'] },
  { name: '2008 in a managed policy template: error', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', `{"Version":⟦"2008-10-17"⟧,${S}}`), summary: ['error iam/version'] },
  { name: '2008 in an inline template policy: warning', fixture: cfnObject('AWS::IAM::Policy', 'PolicyDocument', `{"Version":⟦"2008-10-17"⟧,${S}}`), summary: ['warning iam/version'] },
  { name: 'unknown version in an IAM policy: syntax error', fixture: `{"Version":⟦"2013-10-17"⟧,${S}}`, summary: ['error iam/version'], says: ['Syntax errors in policy.', 'INVALID_VERSION'] },
  { name: 'unknown version in a bucket policy file: warning', fixture: `{"Version":⟦"2012-10-18"⟧,"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`, summary: ['warning iam/version'] },
  { name: 'unknown version in a string policy, through escapes', fixture: createPolicy(`{"Version":⟦"2012\\u002d10-17x"⟧,${S}}`), summary: ['error iam/version'] },
  { name: 'in a template string', fixture: cfnString('AWS::IAM::ManagedPolicy', 'PolicyDocument', `⟦{⟧${S}}`), summary: ['error iam/version'] },
  { name: 'wrong type → nothing (iam/policy-structure reports it)', fixture: `{"Version":20121017,${S}}`, summary: [] },
  { name: 'intrinsic Version → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', `{"Version":{"Ref":"V"},${S}}`), summary: [] },
  { name: 'intrinsic policy → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', '{"Fn::If":["C",{},{}]}'), summary: [] },
  { name: 'Japanese message', fixture: createPolicy(`⟦{⟧${S}}`), summary: ['error iam/version'], says: ['管理ポリシー'], locale: 'ja' },
]);

test('iam/version: the fixes add or set Version, also inside an escaped string', () => {
  for (const text of [`{${S}}`, createPolicy(`{${S}}`), `{"Version":"2008-10-17",${S}}`, createPolicy(`{"Version":"1.0",${S}}`)]) {
    const [finding] = runFixture(text, [version]).findings;
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.deepEqual(runFixture(fixed, [version]).findings, [], fixed);
    const policy = text.startsWith('{"PolicyName"') ? JSON.parse(JSON.parse(fixed).PolicyDocument) : JSON.parse(fixed);
    assert.equal(policy.Version, '2012-10-17');
  }
});
