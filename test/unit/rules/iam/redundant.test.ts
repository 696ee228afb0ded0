import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redundantStatement } from '../../../../server/src/analysis/rules/iam/redundantStatement';
import { redundantValue } from '../../../../server/src/analysis/rules/iam/redundantValue';
import { applyEdits, runFixture } from '../../fixture';
import { putRolePolicy, runRows } from './iamFixture';

const p = (...statements: string[]): string => `{"Version":"2012-10-17","Statement":[${statements.join(',')}]}`;

runRows(redundantValue, [
  { name: 'distinct values', fixture: p('{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":["arn:aws:s3:::a/*","arn:aws:s3:::b/*"]}'), summary: [] },
  { name: 'duplicate action, any case', fixture: p('{"Effect":"Allow","Action":["s3:GetObject",⟦"S3:getobject"⟧],"Resource":"*"}'), summary: ['info iam/redundant-value'], says: ['REDUNDANT_ACTION'] },
  { name: 'action covered by a wildcard', fixture: p('{"Effect":"Allow","Action":[⟦"s3:GetObject"⟧,"s3:Get*"],"Resource":"*"}'), summary: ['info iam/redundant-value'], says: ['"s3:Get*"'] },
  { name: 'pattern covered by a broader trailing wildcard', fixture: p('{"Effect":"Allow","Action":["s3:*",⟦"s3:Get*"⟧],"Resource":"*"}'), summary: ['info iam/redundant-value'] },
  { name: 'overlapping patterns, neither covering the other', fixture: p('{"Effect":"Allow","Action":["s3:Get*Acl","s3:*Object*"],"Resource":"*"}'), summary: [] },
  { name: 'pattern covered by a pattern with a wildcard in the middle', fixture: p('{"Effect":"Allow","Action":["s3:*Object",⟦"s3:Get*Object"⟧],"Resource":"*"}'), summary: ['info iam/redundant-value'], says: ['"s3:*Object"'] },
  { name: 'two spellings of one pattern: only the later one is reported', fixture: p('{"Effect":"Allow","Action":["s3:Get*?",⟦"s3:Get?*"⟧],"Resource":"*"}'), summary: ['info iam/redundant-value'] },
  // FIXME (documented in iam/wildcard.ts globCovers): "s3:*t?*" does cover "s3:t*t" (the first "t" is always
  // followed by a character), but the coverage test cannot show it, so nothing is reported. Never the reverse.
  { name: 'known gap: a true coverage between two patterns that is not found', fixture: p('{"Effect":"Allow","Action":["s3:*t?*","s3:t*t"],"Resource":"*"}'), summary: [] },
  { name: 'resource pattern covered by a pattern', fixture: p('{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*/x",⟦"arn:aws:s3:::b/?/x"⟧]}'), summary: ['info iam/redundant-value'] },
  { name: 'a colon in the resource: covered field by field but not under the segment rule, so not reported', fixture: p('{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*/x","arn:aws:s3:::b/a:c/x"]}'), summary: [] },
  { name: 'resource covered by a wildcard ARN', fixture: p('{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*",⟦"arn:aws:s3:::b/reports/x"⟧]}'), summary: ['info iam/redundant-value'], says: ['REDUNDANT_RESOURCE'] },
  { name: 'ARNs match case-sensitively', fixture: p('{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*","arn:aws:s3:::B/x"]}'), summary: [] },
  { name: 'everything covered by *', fixture: putRolePolicy(p('{"Effect":"Allow","Action":"s3:GetObject","Resource":["*",⟦"arn:aws:s3:::b"⟧]}')), summary: ['info iam/redundant-value'] },
]);

runRows(redundantStatement, [
  { name: 'different statements', fixture: p('{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}', '{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"}'), summary: [] },
  { name: 'same statement with another Sid and order', fixture: p('{"Sid":"A","Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}', '⟦{"Sid":"B","Resource":"*","Action":["s3:listbucket","s3:GetObject"],"Effect":"Allow"}⟧'), summary: ['info iam/redundant-statement'], says: ['Statement "B" repeats Statement "A"'] },
]);

test('iam/redundant-value and iam/redundant-statement: fixes leave valid JSON', () => {
  const text = putRolePolicy(p('{"Effect":"Allow","Action":["s3:GetObject","s3:Get*"],"Resource":"*"}', '{"Effect":"Allow","Action":["s3:GetObject","s3:Get*"],"Resource":"*"}'));
  for (const rule of [redundantValue, redundantStatement]) {
    const [finding] = runFixture(text, [rule]).findings;
    const fixed = applyEdits(text, finding.fixes![0].edits);
    assert.doesNotThrow(() => JSON.parse(JSON.parse(fixed).PolicyDocument), fixed);
  }
});
