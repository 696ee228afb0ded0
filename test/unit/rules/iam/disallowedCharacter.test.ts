import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disallowedCharacter } from '../../../../server/src/analysis/rules/iam/disallowedCharacter';
import { applyEdits, runFixture } from '../../fixture';
import { cfnObject, putBucketPolicy, putRolePolicy, runRows } from './iamFixture';

const sid = (s: string): string => `{"Version":"2012-10-17","Statement":[{"Sid":"${s}","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`;

runRows(disallowedCharacter, [
  { name: 'Latin-1 is fine', fixture: sid('Caf\u00e9\u00a0ok'), summary: [] },
  { name: 'typographic apostrophe', fixture: sid('Read⟦\u2019⟧s'), summary: ['error iam/disallowed-character'], says: ['U+2019', 'Member must satisfy regular expression pattern'] },
  { name: 'a run of CJK characters is one finding', fixture: sid('⟦読み取り⟧'), summary: ['error iam/disallowed-character'], says: ['4 characters'] },
  { name: 'emoji covers both UTF-16 units', fixture: sid('Ok⟦\ud83d\ude00⟧'), summary: ['error iam/disallowed-character'] },
  { name: 'in a string policy, an escaped character maps to its escape', fixture: putRolePolicy(sid('A⟦\u2028⟧B')).replace('\u2028', '\\u2028'), summary: ['error iam/disallowed-character'], says: ['line separator'] },
  { name: 'bucket policy: warning', fixture: putBucketPolicy('{"Version":"2012-10-17","Statement":[{"Sid":"⟦\u201c⟧x","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}'), summary: ['warning iam/disallowed-character'] },
  { name: 'template object: only its own text', fixture: `{"Description":"\u2014 not a policy \u2014",${cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', sid('x⟦\u2013⟧y')).slice(1)}`, summary: ['error iam/disallowed-character'] },
  { name: 'a byte order mark before the policy is left to iam/leading-whitespace', fixture: `\ufeff${sid('ok')}`, summary: [] },
]);

test('iam/disallowed-character: dashes and single quotes have an ASCII fix', () => {
  const text = sid('A\u2013B\u2019C');
  const findings = runFixture(text, [disallowedCharacter]).findings;
  let fixed = text;
  for (const f of [...findings].reverse()) fixed = applyEdits(fixed, f.fixes![0].edits);
  assert.equal(JSON.parse(fixed).Statement[0].Sid, "A-B'C");
});
