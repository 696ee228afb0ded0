import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completeAt, hoverAt, parseDocument, type CompletionEntry, type Locale } from '../../server/src/analysis';
import { DEFAULT_SEMANTICS } from '../../server/src/analysis/cloudfront/paths/semantics';
import { DEFAULT_QUOTAS } from '../../server/src/analysis/options';
import { parseFixture } from './fixture';
import { api, batch, BEHAVIOR, cfn, realWorldDocuments } from './cloudfront/schemaFixtures';

interface Row {
  name: string;
  /** `$0` is the cursor. */
  fixture: string;
  locale?: Locale;
  /** The labels offered, in order (all of them), or a prefix of them with `…` last. */
  labels?: string[];
  /** Labels that must be offered / must not be. */
  includes?: string[];
  excludes?: string[];
  /** For one label: the inserted text, the replaced document text, and whether it is a snippet. */
  pick?: { label: string; insert: string; replaces: string; snippet?: boolean };
}

const rows: Row[] = [
  // Keys.
  {
    name: 'a new key in an empty string: members not present yet, required first',
    fixture: api('"TargetOriginId": "s3", "$0"'),
    includes: ['ViewerProtocolPolicy', 'CachePolicyId', 'Compress', 'AllowedMethods'], excludes: ['TargetOriginId', 'PathPattern', 'CachedMethods'],
    pick: { label: 'ViewerProtocolPolicy', insert: '"ViewerProtocolPolicy": "${1|allow-all,https-only,redirect-to-https|}"', replaces: '""', snippet: true },
  },
  {
    name: 'a new property position without quotes',
    fixture: api('"TargetOriginId": "s3", $0'),
    pick: { label: 'Compress', insert: '"Compress": ${1|false,true|}', replaces: '', snippet: true },
  },
  {
    name: 'required members sort first',
    fixture: api('"Compress": true, "$0"'),
    labels: ['TargetOriginId', 'ViewerProtocolPolicy', '…'],
  },
  {
    name: 'a partly typed key before a colon: only the name is replaced',
    fixture: api('"TargetOriginId": "s3", "Vi$0": "allow-all"'),
    pick: { label: 'ViewerProtocolPolicy', insert: '"ViewerProtocolPolicy"', replaces: '"Vi"', snippet: false },
  },
  {
    name: 'a key typed before another member gets a comma',
    fixture: api('"$0" "TargetOriginId": "s3"'),
    pick: { label: 'ViewerProtocolPolicy', insert: '"ViewerProtocolPolicy": "${1|allow-all,https-only,redirect-to-https|}",', replaces: '""', snippet: true },
  },
  { name: 'API form lists are {Quantity, Items}', fixture: api(BEHAVIOR, ', "$0"'), pick: { label: 'Aliases', insert: '"Aliases": { "Quantity": ${1:0}, "Items": [$2] }', replaces: '""', snippet: true } },
  { name: 'CloudFormation lists are plain arrays, and CachedMethods sits beside AllowedMethods', fixture: cfn(`${BEHAVIOR}, "$0"`), includes: ['AllowedMethods', 'CachedMethods'], pick: { label: 'AllowedMethods', insert: '"AllowedMethods": [$1]', replaces: '""', snippet: true } },
  { name: 'CloudFormation names, not API names', fixture: cfn(BEHAVIOR, ', "$0"'), includes: ['IPV6Enabled', 'CNAMEs'], excludes: ['IsIPV6Enabled', 'CallerReference', 'Enabled', 'DefaultCacheBehavior'] },
  { name: 'API names, not CloudFormation names', fixture: api(BEHAVIOR, ', "$0"'), includes: ['IsIPV6Enabled'], excludes: ['IPV6Enabled', 'CNAMEs', 'CallerReference'] },
  { name: 'a list item object', fixture: api().replace('"DomainName": "b.s3.amazonaws.com"', '"DomainName": "b.s3.amazonaws.com", "$0"'), includes: ['OriginPath', 'ConnectionAttempts', 'OriginShield', 'OriginAccessControlId'], excludes: ['Id', 'DomainName', 'S3OriginConfig'] },
  { name: 'a default value as the placeholder', fixture: api().replace('"DomainName": "b.s3.amazonaws.com"', '"DomainName": "b.s3.amazonaws.com", $0'), pick: { label: 'ConnectionAttempts', insert: '"ConnectionAttempts": ${1:3}', replaces: '', snippet: true } },
  { name: 'an invalidation batch', fixture: batch('"Quantity": 0, "$0"'), labels: ['Items'] },
  { name: 'documentation in Japanese', locale: 'ja', fixture: api('"TargetOriginId": "s3", "$0"'), includes: ['ViewerProtocolPolicy'] },

  // Values.
  { name: 'enum values after "Key": ', fixture: api('"TargetOriginId": "s3", "ViewerProtocolPolicy": $0'), labels: ['allow-all', 'https-only', 'redirect-to-https'], pick: { label: 'https-only', insert: '"https-only"', replaces: '' } },
  { name: 'right after the colon a space is added', fixture: api('"TargetOriginId": "s3", "ViewerProtocolPolicy":$0'), pick: { label: 'allow-all', insert: ' "allow-all"', replaces: '' } },
  { name: 'inside an empty string the whole string is replaced', fixture: api('"TargetOriginId": "s3", "ViewerProtocolPolicy": "$0"'), pick: { label: 'redirect-to-https', insert: '"redirect-to-https"', replaces: '""' } },
  { name: 'inside a partly typed string', fixture: api('"TargetOriginId": "s3", "ViewerProtocolPolicy": "red$0"'), pick: { label: 'redirect-to-https', insert: '"redirect-to-https"', replaces: '"red"' } },
  { name: 'booleans', fixture: api(`${BEHAVIOR}, "Compress": $0`), labels: ['true', 'false'] },
  { name: 'a partly typed boolean', fixture: api(`${BEHAVIOR}, "Compress": tr$0`), pick: { label: 'true', insert: 'true', replaces: 'tr' } },
  { name: 'methods in a list', fixture: api(`${BEHAVIOR}, "AllowedMethods": {"Quantity": 2, "Items": ["GET", "$0"]}`), labels: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'OPTIONS', 'DELETE'] },
  {
    name: 'managed cache policies: label is the name, insert is the ID',
    fixture: api('"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all", "CachePolicyId": "$0"'),
    labels: ['CachingOptimized', 'CachingOptimizedForUncompressedObjects', 'CachingDisabled', 'Elemental-MediaPackage', 'Amplify', 'UseOriginCacheControlHeaders', 'UseOriginCacheControlHeaders-QueryStrings'],
    pick: { label: 'CachingDisabled', insert: '"4135ea2d-6df8-44a3-9df3-4b5a84be39ad"', replaces: '""' },
  },
  { name: 'managed origin request policies', fixture: cfn(`${BEHAVIOR}, "OriginRequestPolicyId": "$0"`), includes: ['AllViewer', 'AllViewerExceptHostHeader', 'CORS-S3Origin'], pick: { label: 'CORS-S3Origin', insert: '"88a5eaf4-2fd4-4709-b370-b4c650ea3fcf"', replaces: '""' } },
  { name: 'managed response headers policies', fixture: api(`${BEHAVIOR}, "ResponseHeadersPolicyId": $0`), labels: ['SimpleCORS', 'CORS-With-Preflight', 'SecurityHeadersPolicy', 'CORS-and-SecurityHeadersPolicy', 'CORS-with-preflight-and-SecurityHeadersPolicy'] },
  {
    name: 'TargetOriginId offers the origins and origin groups of this config',
    fixture: api('"TargetOriginId": "$0"', ', "OriginGroups": {"Quantity": 1, "Items": [{"Id": "failover", "FailoverCriteria": {"StatusCodes": {"Quantity": 1, "Items": [500]}}, "Members": {"Quantity": 2, "Items": [{"OriginId": "s3"}, {"OriginId": "s3"}]}}]}'),
    labels: ['s3', 'failover'], pick: { label: 's3', insert: '"s3"', replaces: '""' },
  },
  { name: 'TargetOriginId in a template', fixture: cfn('"TargetOriginId": $0'), labels: ['s3'] },
  { name: 'an origin group member may only be an origin', fixture: api(BEHAVIOR, ', "OriginGroups": {"Quantity": 1, "Items": [{"Id": "g", "Members": {"Quantity": 2, "Items": [{"OriginId": "$0"}]}}]}'), labels: ['s3'] },
  { name: 'a free-text value: nothing', fixture: api(BEHAVIOR, ', "Comment": "$0"'), labels: [] },
  { name: 'an invalidation path: nothing', fixture: batch('"Quantity": 1, "Items": ["$0"]'), labels: [] },

  // Outside the schema.
  { name: 'the wrapper around the config: nothing', fixture: api().replace('{"ETag": "E1", ', '{"ETag": "E1", "$0", ') , labels: [] },
  { name: 'inside an intrinsic function: nothing', fixture: cfn('"TargetOriginId": {"Ref": "$0"}'), labels: [] },
  { name: 'an unrelated JSON file: nothing', fixture: '{"name": "x", "$0"}', labels: [] },
];

function run(row: Row): { entries: CompletionEntry[]; text: string } {
  const { text, cursor } = parseFixture(row.fixture);
  assert.ok(cursor !== undefined, 'the fixture has a $0 cursor');
  const entries = completeAt(parseDocument(text), cursor, { locale: row.locale ?? 'en', semantics: DEFAULT_SEMANTICS, quotas: DEFAULT_QUOTAS });
  return { entries, text };
}

for (const row of rows) {
  test(`completion: ${row.name}`, () => {
    const { entries, text } = run(row);
    const labels = [...entries].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((e) => e.label);
    if (row.labels) {
      const prefix = row.labels[row.labels.length - 1] === '…';
      assert.deepEqual(prefix ? labels.slice(0, row.labels.length - 1) : labels, prefix ? row.labels.slice(0, -1) : row.labels);
    }
    for (const label of row.includes ?? []) assert.ok(labels.includes(label), `${label} in ${labels.join(', ')}`);
    for (const label of row.excludes ?? []) assert.ok(!labels.includes(label), `${label} not in ${labels.join(', ')}`);
    if (row.pick) {
      const entry = entries.find((e) => e.label === row.pick!.label);
      assert.ok(entry, `${row.pick.label} in ${labels.join(', ')}`);
      assert.equal(entry.insertText, row.pick.insert);
      assert.equal(text.slice(entry.span.offset, entry.span.offset + entry.span.length), row.pick.replaces);
      if (row.pick.snippet !== undefined) assert.equal(entry.snippet, row.pick.snippet);
    }
    if (row.locale === 'ja') assert.match(entries.find((e) => e.label === 'ViewerProtocolPolicy')!.documentation!, /301 リダイレクト/);
  });
}

test('completion: property entries carry their documentation and type', () => {
  const { entries } = run({ name: '', fixture: api('"TargetOriginId": "s3", "$0"') });
  const entry = entries.find((e) => e.label === 'ConnectionAttempts' || e.label === 'Compress')!;
  assert.equal(entry.kind, 'property');
  assert.equal(entry.detail, 'boolean · optional');
  assert.match(entry.documentation!, /\*\*Compress\*\* — boolean, optional/);
  assert.equal(entry.filterText, '"Compress"');
});

test('completion: applying the inserted text keeps the document valid JSON', () => {
  const cases: [string, string][] = [
    [api('"TargetOriginId": "s3", "ViewerProtocolPolicy": $0'), 'https-only'],
    [api('"TargetOriginId": "s3", "ViewerProtocolPolicy": "$0"'), 'https-only'],
    [api(`${BEHAVIOR}, "Compress": tr$0`), 'true'],
    [api('"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all", "Vi$0": "x"'), 'CachePolicyId'],
  ];
  for (const [fixture, label] of cases) {
    const { entries, text } = run({ name: '', fixture });
    const entry = entries.find((e) => e.label === label)!;
    const result = text.slice(0, entry.span.offset) + entry.insertText + text.slice(entry.span.offset + entry.span.length);
    assert.doesNotThrow(() => JSON.parse(result), result);
  }
});

test('completion and hover never throw, at any offset of real documents cut at any point', () => {
  const options = { locale: 'en' as const, semantics: DEFAULT_SEMANTICS, quotas: DEFAULT_QUOTAS };
  for (const { name, text } of realWorldDocuments().slice(0, 6)) {
    for (let cut = text.length; cut > 0; cut -= Math.max(1, Math.floor(text.length / 7))) {
      const piece = text.slice(0, cut);
      const doc = parseDocument(piece);
      for (let offset = 0; offset <= piece.length; offset += 5) {
        assert.doesNotThrow(() => completeAt(doc, offset, options), `${name} cut at ${cut}, offset ${offset}`);
        assert.doesNotThrow(() => hoverAt(doc, offset, options), `${name} cut at ${cut}, offset ${offset}`);
      }
    }
  }
});
