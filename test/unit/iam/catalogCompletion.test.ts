import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { completeAt, DEFAULT_OPTIONS, parseDocument, type CompletionEntry } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import { annotate, parseFixture } from '../fixture';
import { testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

function complete(source: string, withCatalog = true): { entries: CompletionEntry[]; text: string } {
  const { text, cursor } = parseFixture(source);
  return { entries: completeAt(parseDocument(text), cursor!, { ...DEFAULT_OPTIONS, catalog: withCatalog ? catalog : undefined }), text };
}

const policy = (statement: string): string => `{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", ${statement}}]\n}\n`;

test('IAM completion: service prefixes in an Action value, then that service\'s actions after the colon', () => {
  const services = complete(policy('"Action": "s$0", "Resource": "*"'));
  const s3 = services.entries.find((e) => e.label === 's3');
  assert.ok(s3);
  assert.equal(s3.detail, 'Amazon S3');
  assert.equal(s3.insertText, '"s3:$1"');
  assert.equal(s3.snippet, true);
  assert.equal(annotate(services.text, [s3.span]), policy('"Action": ⟦"s"⟧, "Resource": "*"'));
  assert.equal(services.entries.length, catalog.services().length);

  const actions = complete(policy('"Action": ["s3:GetObject", "s3:Get$0"], "Resource": "*"'));
  const getObject = actions.entries.find((e) => e.label === 's3:GetObject');
  assert.ok(getObject);
  assert.equal(getObject.insertText, '"s3:GetObject"');
  assert.equal(getObject.filterText, '"s3:GetObject"');
  assert.equal(getObject.detail, 'Read');
  assert.match(getObject.documentation ?? '', /Grants permission to retrieve objects/);
  assert.equal(annotate(actions.text, [getObject.span]), policy('"Action": ["s3:GetObject", ⟦"s3:Get"⟧], "Resource": "*"'));
  assert.equal(actions.entries.length, catalog.service('s3')!.actions.length);
  // The written prefix is kept, in its own case.
  assert.ok(complete(policy('"NotAction": "S3:$0", "Resource": "*"')).entries.some((e) => e.label === 'S3:ListBucket'));
  assert.deepEqual(complete(policy('"Action": "s4:$0", "Resource": "*"')).entries, []);
});

test('IAM completion: condition operators at a key of Condition, without those already there', () => {
  const { entries, text } = complete(policy('"Action": "s3:ListBucket", "Resource": "*", "Condition": {"Bool": {}, "Str$0"}'));
  const labels = entries.map((e) => e.label);
  for (const op of ['StringEquals', 'StringLikeIfExists', 'ForAnyValue:StringLike', 'ArnLike', 'Null']) assert.ok(labels.includes(op), op);
  assert.ok(!labels.includes('Bool'));
  assert.ok(!labels.includes('NullIfExists'));
  const equals = entries.find((e) => e.label === 'StringEquals')!;
  assert.equal(equals.insertText, '"StringEquals": {$1}');
  assert.equal(annotate(text, [equals.span]), policy('"Action": "s3:ListBucket", "Resource": "*", "Condition": {"Bool": {}, ⟦"Str"⟧}'));
  // Operators come from the grammar and do not wait for the catalog.
  assert.ok(complete(policy('"Action": "s3:ListBucket", "Resource": "*", "Condition": {"$0"}'), false).entries.length > 50);
});

test('IAM completion: condition keys, those of the statement\'s actions first, placeholders as tab stops', () => {
  const { entries } = complete(policy('"Action": "s3:ListBucket", "Resource": "*", "Condition": {"StringLike": {"s3:prefix": "a", "$0"}}'));
  const labels = entries.map((e) => e.label);
  assert.ok(!labels.includes('s3:prefix'), 'a key already there is not offered again');
  assert.ok(labels.includes('s3:delimiter'));
  assert.ok(labels.indexOf('s3:delimiter') < labels.indexOf('aws:SourceIp'), 'the actions\' own keys come before the global ones');
  const tag = entries.find((e) => e.label === 'aws:PrincipalTag/tag-key')!;
  assert.equal(tag.insertText, '"aws:PrincipalTag/${1:tag-key}": "$0"');
  assert.match(entries.find((e) => e.label === 's3:delimiter')!.documentation ?? '', /condition key of Amazon S3/);
  // Without a known action list, the keys of the services the statement names are offered.
  const notAction = complete(policy('"NotAction": "kms:*", "Resource": "*", "Condition": {"StringEquals": {"$0"}}')).entries.map((e) => e.label);
  assert.ok(notAction.includes('aws:SourceIp'));
  assert.ok(notAction.includes('kms:ViaService'), 'kms keys');
});

test('IAM completion: nothing outside the places it knows, or (for catalog entries) before loading', () => {
  assert.deepEqual(complete(policy('"Action": "s$0", "Resource": "*"'), false).entries, []);
  assert.deepEqual(complete(policy('"Action": "s3:GetObject", "Resource": "arn:aws:s3:::b$0"')).entries, []);
});
