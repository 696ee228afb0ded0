import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEFAULT_OPTIONS, hoverAt, parseDocument, type Locale } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import { annotate, parseFixture } from '../fixture';
import { embed, testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

/** Hovers at `$0` and returns the Markdown and the text with the hover's span marked. */
function hover(source: string, locale: Locale = 'en', withCatalog = true): { markdown: string; marked: string } | undefined {
  const { text, cursor } = parseFixture(source);
  const info = hoverAt(parseDocument(text), cursor!, { ...DEFAULT_OPTIONS, locale, catalog: withCatalog ? catalog : undefined });
  return info && { markdown: info.markdown, marked: annotate(text, [info.span]) };
}

const policy = (action: string, condition = ''): string =>
  `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ${action}, "Resource": "*"${condition}}]}`;

test('catalog hover: an action shows its service, access level, description, resource types, keys and data date', () => {
  const result = hover(policy('["s3:Get$0Object"]'));
  assert.ok(result);
  assert.equal(result.marked, policy('[⟦"s3:GetObject"⟧]'));
  const lines = [
    '**s3:GetObject** — Amazon S3 · Access level: Read',
    'Grants permission to retrieve objects from Amazon S3',
    '**Resource types**',
    '- `object` `arn:${Partition}:s3:::${BucketName}/${ObjectName}`',
    `AWS Service Authorization Reference, data of ${catalog.dataDate}`,
  ];
  for (const line of lines) assert.ok(result.markdown.includes(line), `${line}\n---\n${result.markdown}`);
  assert.match(result.markdown, /\*\*Condition keys:\*\* .*`s3:ExistingObjectTag\/<key>`/);
});

test('catalog hover: dependent actions, required resource types and actions without resource-level permissions', () => {
  const passRole = hover(policy('"iam:PassRole$0"'))!.markdown;
  assert.match(passRole, /- `role` `arn:\$\{Partition\}:iam::\$\{Account\}:role\/\$\{RoleNameWithPath\}` — required/);
  assert.match(passRole, /`iam:PassedToService`/);
  const listAll = hover(policy('"s3:ListAllMyBuckets$0"'))!.markdown;
  assert.match(listAll, /only `"Resource": "\*"` covers this action/);
});

test('catalog hover: a pattern shows how many actions it matches, by access level, cut when long', () => {
  const get = hover(policy('"s3:Get*$0"'))!;
  const count = catalog.matchActions('s3:Get*').length;
  assert.ok(get.markdown.startsWith(`**\`s3:Get*\` matches ${count} actions of Amazon S3**`), get.markdown);
  assert.match(get.markdown, /- Read \(\d+\): `GetAccelerateConfiguration`/);
  const all = hover(policy('"s3:*$0"'))!.markdown;
  assert.match(all, /… and \d+ more/);
  const names = (all.match(/`[A-Za-z]+`/g) ?? []).length;
  assert.ok(names <= 40, `${names} names listed`);
  // Across services, entries are named with their prefix.
  assert.match(hover(policy('"s?s:SendMessage$0"'))!.markdown, /`sqs:SendMessage`/);
});

test('catalog hover: condition keys show type, description and which of the statement actions support them', () => {
  const condition = ', "Condition": {"StringLike": {"s3:pre$0fix": "home/"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}';
  const prefix = hover(policy('["s3:ListBucket", "s3:GetObject"]', condition))!;
  assert.equal(prefix.marked, policy('["s3:ListBucket", "s3:GetObject"]', ', "Condition": {"StringLike": {⟦"s3:prefix"⟧: "home/"}, "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}'));
  assert.match(prefix.markdown, /^\*\*s3:prefix\*\* — condition key of Amazon S3 · Type: `String`/);
  assert.match(prefix.markdown, /Supported by `s3:ListBucket` in this statement\./);
  const ip = hover(policy('"s3:ListBucket"', ', "Condition": {"IpAddress": {"aws:Sour$0ceIp": "203.0.113.0/24"}}'))!.markdown;
  assert.match(ip, /^\*\*aws:SourceIp\*\* — global condition key · Type: `IPAddress` · Category: network/);
  const tag = hover(policy('"s3:GetObject"', ', "Condition": {"StringEquals": {"s3:ExistingObjectTag/En$0v": "prod"}}'))!.markdown;
  assert.match(tag, /Documented as `s3:ExistingObjectTag\/<key>`\./);
});

test('catalog hover: Japanese chrome, English AWS descriptions', () => {
  const ja = hover(policy('"s3:GetObject$0"'), 'ja')!.markdown;
  assert.match(ja, /アクセスレベル: 読み取り \(Read\)/);
  assert.match(ja, /\*\*リソースタイプ\*\*/);
  assert.match(ja, /Grants permission to retrieve objects from Amazon S3/);
  assert.match(ja, new RegExp(`${catalog.dataDate} 時点のデータ`));
});

test('catalog hover: inside a policy held in a JSON string, the span covers the escaped literal', () => {
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get$0Object","Resource":"*"}]}';
  const result = hover(`{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "${embed(inner)}"}`)!;
  assert.ok(result.marked.includes('⟦\\"s3:GetObject\\"⟧'), result.marked);
  assert.match(result.markdown, /\*\*s3:GetObject\*\*/);
});

test('catalog hover: nothing for unknown actions, "*", other places, or before the catalog is loaded', () => {
  assert.equal(hover(policy('"s3:GetObjetc$0"')), undefined);
  assert.equal(hover(policy('"*$0"')), undefined);
  assert.equal(hover(policy('"s3:GetObject"').replace('"Resource": "*"', '"Resource": "arn:aws:s3:::b$0/*"')), undefined);
  assert.equal(hover(policy('"s3:GetObject$0"'), 'en', false), undefined);
});
