import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duplicateSid } from '../../../../server/src/analysis/rules/iam/duplicateSid';
import { sidFormat } from '../../../../server/src/analysis/rules/iam/sidFormat';
import { applyEdits, runFixture } from '../../fixture';
import { createPolicy, putBucketPolicy, runRows } from './iamFixture';

const st = (sid: string): string => `{"Sid":${sid},"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}`;
const policy = (...statements: string[]): string => `{"Version":"2012-10-17","Statement":[${statements.join(',')}]}`;
const bucket = (sid: string): string => `{"Sid":${sid},"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}`;

runRows(sidFormat, [
  { name: 'letters and digits', fixture: policy(st('"AllowRead2"')), summary: [] },
  { name: 'hyphen in an identity policy', fixture: policy(st('⟦"allow-read"⟧')), summary: ['error iam/sid-format'], says: ['must be alpha-numeric', 'UNSUPPORTED_SID'] },
  { name: 'space in a managed policy string', fixture: createPolicy(policy(st('⟦"Allow read"⟧'))), summary: ['error iam/sid-format'], says: ['" " (space)'] },
  { name: 'bucket policies allow more', fixture: putBucketPolicy(policy(bucket('"Allow get requests."'))), summary: [] },
  { name: 'empty Sid is only a hint', fixture: policy(st('⟦""⟧')), summary: ['hint iam/sid-format'], says: ['EMPTY_SID_VALUE'] },
  { name: 'wrong type → nothing', fixture: policy(st('12')), summary: [] },
]);

runRows(duplicateSid, [
  { name: 'unique', fixture: policy(st('"A"'), st('"B"')), summary: [] },
  { name: 'duplicate in an identity policy', fixture: policy(st('"Read"'), st('⟦"Read"⟧')), summary: ['error iam/duplicate-sid'], says: ['Statement IDs (SID) in a single policy must be unique.'] },
  { name: 'duplicate in a bucket policy: warning', fixture: putBucketPolicy(policy(bucket('"Read"'), bucket('⟦"Read"⟧'))), summary: ['warning iam/duplicate-sid'], says: ['UNIQUE_SIDS_RECOMMENDED'] },
  { name: 'empty Sids may repeat', fixture: policy(st('""'), st('""')), summary: [] },
]);

test('iam/sid-format: the fix removes the characters IAM refuses', () => {
  const text = createPolicy(policy(st('"allow-read_1"')));
  const [finding] = runFixture(text, [sidFormat]).findings;
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.equal(JSON.parse(JSON.parse(fixed).PolicyDocument).Statement[0].Sid, 'allowread1');
});
