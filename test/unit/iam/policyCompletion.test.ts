import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { completeAt, DEFAULT_OPTIONS, parseDocument, type CompletionEntry, type Locale } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import { applyEdits, parseFixture } from '../fixture';
import { expandSnippet } from '../snippet';
import { testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

function complete(text: string, offset: number, locale: Locale = 'en', withCatalog = true): CompletionEntry[] {
  return completeAt(parseDocument(text), offset, { ...DEFAULT_OPTIONS, locale, catalog: withCatalog ? catalog : undefined });
}

/** The document after accepting a proposal: its range replaced by what its (snippet) text expands to. */
function accept(text: string, entry: CompletionEntry): string {
  return applyEdits(text, [{ span: entry.span, newText: entry.snippet ? expandSnippet(entry.insertText) : entry.insertText }]);
}

// Fixtures are written with String.raw, so `\"` in them is a backslash and a quote in the document, as in a
// file on disk. `$0` is the cursor.
const roleSkeleton = (policy: string): string => String.raw`{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "${policy}"}`;
const createRole = (policy: string): string => String.raw`{"RoleName": "r", "AssumeRolePolicyDocument": "${policy}"}`;
const bucketPolicy = (policy: string): string => String.raw`{"Bucket": "b", "Policy": "${policy}"}`;
const managedPolicy = (policy: string): string => String.raw`{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": "${policy}"}}
  }
}`;

interface Row {
  name: string;
  fixture: string;
  locale?: Locale;
  withCatalog?: boolean;
  /** Labels that must be offered / must not be. */
  includes?: string[];
  excludes?: string[];
  /** Every label, in order. */
  labels?: string[];
  /**
   * One proposal: the document text its range covers, and the decoded policy after accepting it (the
   * document must stay valid JSON when it was).
   */
  pick?: { label: string; replaces: string; policy: string };
}

const rows: Row[] = [
  // Actions from the catalog.
  {
    name: 'an action in a put-role-policy skeleton',
    fixture: roleSkeleton(String.raw`{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get$0\",\"Resource\":\"*\"}]}`),
    includes: ['s3:GetObject', 's3:GetBucketPolicy'], excludes: ['s3', 'ec2:RunInstances'],
    pick: { label: 's3:GetObject', replaces: String.raw`\"s3:Get\"`, policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' },
  },
  {
    name: 'escapes of every kind before the cursor: \\n, \\\\, \\u0041, \\/ and an escaped service prefix',
    fixture: roleSkeleton(String.raw`{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Sid\": \"A\u0042\", \"Effect\": \"Allow\", \"Resource\": \"arn:aws:s3:::b\\\\c\/*\", \"Action\": [\"\u00733:Li$0\"]}]\n}`),
    pick: {
      label: 's3:ListBucket', replaces: String.raw`\"\u00733:Li\"`,
      policy: '{\n  "Version": "2012-10-17",\n  "Statement": [{"Sid": "AB", "Effect": "Allow", "Resource": "arn:aws:s3:::b\\\\c/*", "Action": ["s3:ListBucket"]}]\n}',
    },
  },
  {
    name: 'a service prefix as a snippet, in a truncated inner policy',
    fixture: bucketPolicy(String.raw`{\"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3$0`),
    pick: { label: 's3', replaces: String.raw`\"s3`, policy: '{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:"' },
  },
  { name: 'actions wait for the catalog', fixture: roleSkeleton(String.raw`{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:$0\"}]}`), withCatalog: false, labels: [] },

  // Policy elements and values.
  {
    name: 'statement elements of an identity policy: no Principal, nothing present, no partner of what is present',
    fixture: roleSkeleton(String.raw`{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": \"iam:*\", \"$0\"}]}`),
    labels: ['Sid', 'Resource', 'NotResource', 'Condition'],
    pick: { label: 'Resource', replaces: String.raw`\"\"`, policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "Resource": ""}]}' },
  },
  {
    name: 'statement elements of a trust policy: Principal, but no NotPrincipal and no Resource',
    fixture: createRole(String.raw`{\"Statement\": [{\"$0\"}]}`),
    labels: ['Sid', 'Effect', 'Principal', 'Action', 'NotAction', 'Condition'],
    pick: { label: 'Effect', replaces: String.raw`\"\"`, policy: '{"Statement": [{"Effect": "Allow"}]}' },
  },
  {
    name: 'a key typed before another member gets a comma',
    fixture: bucketPolicy(String.raw`{\"Statement\": [{\"Pr$0\" \"Effect\": \"Allow\"}]}`),
    pick: { label: 'Principal', replaces: String.raw`\"Pr\"`, policy: '{"Statement": [{"Principal": {}, "Effect": "Allow"}]}' },
  },
  {
    name: 'a partly typed key before its colon: only the name is replaced',
    fixture: bucketPolicy(String.raw`{\"Statement\": {\"Eff$0\": \"Allow\"}}`),
    pick: { label: 'Effect', replaces: String.raw`\"Eff\"`, policy: '{"Statement": {"Effect": "Allow"}}' },
  },
  {
    name: 'Allow and Deny in an empty Effect string',
    fixture: roleSkeleton(String.raw`{\"Statement\": [{\"Effect\": \"$0\"}]}`),
    labels: ['Allow', 'Deny'],
    pick: { label: 'Deny', replaces: String.raw`\"\"`, policy: '{"Statement": [{"Effect": "Deny"}]}' },
  },
  {
    name: 'Effect right after the colon: a space, then the quoted value',
    fixture: roleSkeleton(String.raw`{\"Statement\": [{\"Effect\":$0}]}`),
    pick: { label: 'Allow', replaces: '', policy: '{"Statement": [{"Effect": "Allow"}]}' },
  },
  {
    name: 'top-level elements of a CloudFormation PolicyDocument string, without those present',
    fixture: managedPolicy(String.raw`{\"Version\": \"2012-10-17\", \"$0\"}`),
    labels: ['Id', 'Statement'],
    pick: { label: 'Statement', replaces: String.raw`\"\"`, policy: '{"Version": "2012-10-17", "Statement": [{}]}' },
  },
  {
    name: 'policy versions',
    fixture: managedPolicy(String.raw`{\"Version\": \"2$0\", \"Statement\": []}`),
    labels: ['2012-10-17', '2008-10-17'],
    pick: { label: '2012-10-17', replaces: String.raw`\"2\"`, policy: '{"Version": "2012-10-17", "Statement": []}' },
  },
  {
    name: 'a Version key inserts a choice snippet, encoded for the string',
    fixture: managedPolicy(String.raw`{\"$0\"}`),
    pick: { label: 'Version', replaces: String.raw`\"\"`, policy: '{"Version": "2012-10-17"}' },
  },
  {
    name: 'principal types: CanonicalUser only in an S3 bucket policy',
    fixture: bucketPolicy(String.raw`{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\", \"$0\"}}]}`),
    labels: ['Service', 'Federated', 'CanonicalUser'],
    pick: { label: 'Service', replaces: String.raw`\"\"`, policy: '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*", "Service": ""}}]}' },
  },
  { name: 'principal types of a trust policy', fixture: createRole(String.raw`{\"Statement\": [{\"Principal\": {\"$0\"}}]}`), labels: ['AWS', 'Service', 'Federated'] },
  { name: 'element documentation in Japanese', locale: 'ja', fixture: roleSkeleton(String.raw`{\"Statement\": [{\"$0\"}]}`), includes: ['Effect', 'Action'] },

  // Condition operators and keys.
  {
    name: 'condition operators, without those present',
    fixture: bucketPolicy(String.raw`{\"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Condition\": {\"Bool\": {}, \"StringEq$0\"}}]}`),
    includes: ['StringEquals', 'ForAnyValue:StringLike'], excludes: ['Bool'],
    pick: { label: 'StringEquals', replaces: String.raw`\"StringEq\"`, policy: '{"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Condition": {"Bool": {}, "StringEquals": {}}}]}' },
  },
  {
    name: 'a condition key whose placeholder is a tab stop',
    fixture: roleSkeleton(String.raw`{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\", \"Condition\": {\"StringEquals\": {\"$0\"}}}]}`),
    includes: ['s3:prefix', 'aws:SourceIp'],
    pick: { label: 'aws:PrincipalTag/tag-key', replaces: String.raw`\"\"`, policy: '{"Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Condition": {"StringEquals": {"aws:PrincipalTag/tag-key": ""}}}]}' },
  },

  // Places with nothing to offer.
  { name: 'inside \\" of a key', fixture: roleSkeleton(String.raw`{\"Statement\": [{\$0\"Effect\": \"Allow\"}]}`), labels: [] },
  { name: 'inside \\u0041', fixture: roleSkeleton(String.raw`{\"Statement\": [{\"Effect\": \"` + '\\u00$041llow' + String.raw`\"}]}`), labels: [] },
  // The Sid is `a\"` in the policy: an escaped backslash, then an escaped quote, both escaped again.
  { name: 'inside \\\\', fixture: roleSkeleton(String.raw`{\"Statement\": [{\"Sid\": \"a\$0\\\\", \"Effect\": \"Allow\"}]}`), labels: [] },
  { name: 'before the opening quote', fixture: String.raw`{"RoleName": "r", "PolicyName": "p", "PolicyDocument": $0"{\"Statement\": [{\"Effect\": \"Allow\"}]}"}`, labels: [] },
  { name: 'after the closing quote', fixture: String.raw`{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "{\"Statement\": [{\"Effect\": \"Allow\"}]}"$0}`, labels: [] },
  { name: 'in a Resource value', fixture: roleSkeleton(String.raw`{\"Statement\": [{\"Effect\": \"Allow\", \"Resource\": \"arn:$0\"}]}`), labels: [] },
];

for (const row of rows) {
  test(`IAM completion in a string-held policy: ${row.name}`, () => {
    const { text, cursor } = parseFixture(row.fixture);
    assert.ok(cursor !== undefined, 'the fixture has a cursor');
    const entries = complete(text, cursor, row.locale, row.withCatalog ?? true);
    const labels = entries.map((e) => e.label);
    if (row.labels) assert.deepEqual(labels, row.labels);
    for (const label of row.includes ?? []) assert.ok(labels.includes(label), `offers ${label}`);
    for (const label of row.excludes ?? []) assert.ok(!labels.includes(label), `does not offer ${label}`);
    for (const entry of entries) {
      assert.ok(entry.documentation === undefined || entry.documentation.length > 0);
      if (row.locale === 'ja' && entry.documentation) assert.match(entry.documentation, /[\u3040-\u30ff\u4e00-\u9fff]/, entry.label);
    }
    if (!row.pick) return;
    const entry = entries.find((e) => e.label === row.pick!.label);
    assert.ok(entry, `offers ${row.pick.label}`);
    assert.equal(text.slice(entry.span.offset, entry.span.offset + entry.span.length), row.pick.replaces);
    // An editor filters on the document text from the start of the range to the cursor.
    if (entry.filterText !== undefined) assert.ok(entry.filterText.startsWith(text.slice(entry.span.offset, cursor)), entry.filterText);
    const accepted = accept(text, entry);
    let wasValid = true;
    try { JSON.parse(text); } catch { wasValid = false; }
    if (wasValid) assert.doesNotThrow(() => JSON.parse(accepted), accepted);
    const policies = parseDocument(accepted).model.policies;
    assert.equal(policies.length, 1, accepted);
    assert.equal(policies[0].text, row.pick.policy);
  });
}

test('IAM completion in a string-held policy: an unterminated string and cut-off documents never throw', () => {
  const sources = [
    String.raw`{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:`,
    String.raw`{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:` + '\\',
    String.raw`{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:` + '\\u00',
    String.raw`{"Bucket": "b", "Policy": "{\"Statement\": {\"Condition\": {\"StringLike\": {\"`,
    String.raw`{"Bucket": "b", "Policy": "{\"Statement\": {\"Condition\": {\"StringLike\": {\"\"`,
  ];
  for (const source of sources) {
    for (let cut = 0; cut <= source.length; cut++) {
      const text = source.slice(0, cut);
      for (let offset = 0; offset <= text.length; offset++) {
        const entries = complete(text, offset);
        for (const entry of entries) {
          assert.ok(entry.span.offset >= 0 && entry.span.offset + entry.span.length <= text.length, `${text} @${offset}`);
          assert.ok(entry.span.offset <= offset && offset <= entry.span.offset + entry.span.length, `the range holds the cursor: ${text} @${offset}`);
        }
      }
    }
  }
  // The unterminated string still completes at its end.
  const open = sources[0];
  const actions = complete(open, open.length);
  assert.ok(actions.some((e) => e.label === 's3:GetObject'));
});

/** A CloudFormation template holding `policy` as an object (written as is) or as a JSON string. */
function template(policy: string): string {
  return `{"Resources": {"B": {"Type": "AWS::S3::BucketPolicy", "Properties": {"Bucket": "b", "PolicyDocument": ${policy}}}}}`;
}

test('IAM completion in a string-held policy: at every position it offers what the same policy as an object offers', () => {
  const policy = `{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Read", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": ["s3:GetObject", "s3:"], "Resource": "arn:aws:s3:::b/*"},
    {"Effect": "", "Principal": {"": "*"}, "NotAction": "kms:", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "a", "": ""}, "": {}}},
    {"": ""}
  ]
}`;
  const objectText = template(policy);
  // Escapes beyond JSON.stringify's own: \/ and \u for letters, so ranges must cross escapes of every width.
  const literal = JSON.stringify(policy).replace(/\//g, '\\/').replace(/S/g, '\\u0053');
  const stringText = template(literal);
  const start = objectText.indexOf(policy);
  const [target] = parseDocument(stringText).model.policies;
  assert.equal(target.text, policy);
  let compared = 0;
  for (let i = 1; i < policy.length; i++) {
    const plain = complete(objectText, start + i);
    const inString = complete(stringText, target.toDocument({ offset: i, length: 0 }).offset);
    const view = (entries: CompletionEntry[], decode: (e: CompletionEntry) => { insert: string; replaced: string }) =>
      entries.map((e) => ({ label: e.label, kind: e.kind, detail: e.detail, documentation: e.documentation, sortText: e.sortText, snippet: e.snippet, ...decode(e) }));
    const expected = view(plain, (e) => ({
      insert: e.snippet ? expandSnippet(e.insertText) : e.insertText, filter: e.filterText, replaced: objectText.slice(e.span.offset, e.span.offset + e.span.length),
    }));
    const actual = view(inString, (e) => {
      const from = target.fromDocument(e.span.offset);
      const to = target.fromDocument(e.span.offset + e.span.length);
      assert.ok(from !== undefined && to !== undefined, `range ends on escape boundaries at ${i}`);
      const decode = (body: string): string => JSON.parse(`"${body}"`) as string;
      return {
        insert: decode(e.snippet ? expandSnippet(e.insertText) : e.insertText), filter: e.filterText === undefined ? undefined : decode(e.filterText), replaced: policy.slice(from, to),
      };
    });
    assert.deepEqual(actual, expected, `inner offset ${i}: ${JSON.stringify(policy.slice(i - 10, i))}|${JSON.stringify(policy.slice(i, i + 10))}`);
    if (plain.length) compared++;
  }
  assert.ok(compared > 40, `positions with proposals: ${compared}`);
});

test('IAM completion: policy elements and values in plain policies too', () => {
  const at = (source: string): CompletionEntry[] => {
    const { text, cursor } = parseFixture(source);
    return complete(text, cursor!);
  };
  // A policy file's kind is only guessed, so it gets every statement element.
  assert.deepEqual(at('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "$0"}]}').map((e) => e.label),
    ['Sid', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
  // An inline policy of a role, held as an object in a template, is an identity policy.
  const inline = at('{"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": {"Effect": "Allow", $0}}}]}}}}');
  assert.deepEqual(inline.map((e) => e.label), ['Sid', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']);
  assert.equal(inline.find((e) => e.label === 'Condition')?.insertText, '"Condition": {$1}');
  const effect = at('{"Version": "2012-10-17", "Statement": [{"Effect": "A$0"}]}');
  assert.deepEqual(effect.map((e) => [e.label, e.insertText]), [['Allow', '"Allow"'], ['Deny', '"Deny"']]);
  assert.match(at('{"Version": "2012-10-17", "Statement": [{"Effect": $0}]}')[1].documentation ?? '', /Deny wins/);
  assert.deepEqual(at('{"Statement": [{"Effect": "Allow", "Action": "*"}], "$0"}').map((e) => e.label), ['Version', 'Id']);
  // Not at a Sid value, an Action key's value that is an object, or outside the policy.
  assert.deepEqual(at('{"Version": "2012-10-17", "Statement": [{"Sid": "$0"}]}'), []);
  assert.deepEqual(at('{"Resources": {"Q": {"Type": "AWS::SQS::QueuePolicy", "Properties": {"Queues": [], "$0", "PolicyDocument": {"Statement": []}}}}}'), []);
});
