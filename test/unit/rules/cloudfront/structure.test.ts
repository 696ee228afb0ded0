import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structure } from '../../../../server/src/analysis/rules/cloudfront/structure';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import { applyEdits, parseFixture, runFixture } from '../../fixture';
import { api, batch, BEHAVIOR, cfn } from '../../cloudfront/schemaFixtures';

interface Row {
  name: string;
  /** The document, with ⟦…⟧ around every expected finding. */
  fixture: string;
  /** `severity rule` per finding, in position order. */
  summary: string[];
  /** Words each message must contain, finding by finding. */
  says?: string[][];
  /** The document after applying the first fix of the first finding. */
  fixed?: string;
}

const E = 'error cloudfront/structure';
const W = 'warning cloudfront/structure';

const rows: Row[] = [
  // Valid documents, and values that are unknown until deployment: nothing.
  { name: 'a valid API config', fixture: api(), summary: [] },
  { name: 'a valid template', fixture: cfn(), summary: [] },
  { name: 'a valid invalidation batch', fixture: batch('"Quantity": 2, "Items": ["/index.html", "/img/*"]'), summary: [] },
  { name: 'intrinsic functions are unknown values, not wrong types', fixture: cfn('"TargetOriginId": {"Ref": "Origin"}, "ViewerProtocolPolicy": {"Fn::If": ["Prod", "https-only", "allow-all"]}, "Compress": {"Fn::If": ["C", true, false]}, "MinTTL": {"Ref": "Ttl"}'), summary: [] },
  { name: 'intrinsic list items and whole lists', fixture: cfn(`${BEHAVIOR}, "AllowedMethods": {"Fn::Split": [",", {"Ref": "Methods"}]}`, ', "Aliases": [{"Ref": "Domain"}, {"Fn::If": ["C", "a.example.com", {"Ref": "AWS::NoValue"}]}]'), summary: [] },
  { name: 'CloudFormation converts scalars: "80", "true" and numbers for strings are fine', fixture: cfn(`${BEHAVIOR}, "Compress": "true", "DefaultTTL": "3600"`, ', "Comment": 42, "IPV6Enabled": "FALSE"'), summary: [] },
  { name: 'null in a template is left to CloudFormation', fixture: cfn(`${BEHAVIOR}, "Compress": null`), summary: [] },
  { name: 'deprecated members still exist', fixture: api(`${BEHAVIOR}`, ', "ViewerCertificate": {"CloudFrontDefaultCertificate": true, "MinimumProtocolVersion": "TLSv1", "CertificateSource": "cloudfront", "Certificate": ""}'), summary: [] },
  { name: 'newer members from real get-distribution-config output', fixture: api(`${BEHAVIOR}, "GrpcConfig": {"Enabled": false}`, ', "ContinuousDeploymentPolicyId": "", "Staging": false, "ConnectionMode": "direct", "AnycastIpListId": "aip-1", "CacheTagConfig": {"HeaderName": "Cache-Tag"}'), summary: [] },

  // Required members.
  {
    name: 'missing required members are named, with where they are missing',
    fixture: api('"TargetOriginId": "s3"').replace('"DefaultCacheBehavior"', '⟦"DefaultCacheBehavior"⟧'),
    summary: [E], says: [['DistributionConfig.DefaultCacheBehavior', '"ViewerProtocolPolicy"']],
  },
  {
    name: 'CloudFormation requires fewer members (no CallerReference, Comment or Origins)',
    fixture: '{"Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {⟦"DistributionConfig"⟧: {"DefaultCacheBehavior": {"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all"}}}}}}',
    summary: [E], says: [['Cdn.DistributionConfig', 'required property "Enabled"']],
  },
  {
    name: 'a list item missing its Id: the finding sits on the item\'s brace',
    fixture: api(BEHAVIOR).replace('[{"Id": "s3", ', '[⟦{⟧"Id": "s3", ').replace('"Id": "s3", "DomainName": "b.s3.amazonaws.com", ', ''),
    summary: [E], says: [['DistributionConfig.Origins.Items[0]', '"Id"']],
  },
  { name: 'an object without CallerReference is not taken for an invalidation batch', fixture: '{"InvalidationBatch": {"Paths": {"Quantity": 0}}}', summary: [] },
  { name: 'Items required even when Quantity is 0 (Origins)', fixture: api().replace('"Origins": {"Quantity": 1, "Items": [{"Id": "s3", "DomainName": "b.s3.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": ""}}]}', '⟦"Origins"⟧: {"Quantity": 0}'), summary: [E], says: [['"Items"']] },

  // Wrong JSON types.
  {
    name: 'a quoted flag: the CLI rejects "true" where it expects true',
    fixture: api(`${BEHAVIOR}, "Compress": ⟦"true"⟧`), summary: [E], says: [['Compress', 'true or false', 'Write true without quotes']],
    fixed: api(`${BEHAVIOR}, "Compress": true`),
  },
  { name: 'a quoted number in the API form', fixture: api(`${BEHAVIOR}, "MinTTL": ⟦"60"⟧`), summary: [E], fixed: api(`${BEHAVIOR}, "MinTTL": 60`) },
  { name: 'a fraction where AWS wants an integer', fixture: api(`${BEHAVIOR}, "MinTTL": ⟦1.5⟧`), summary: [E] },
  { name: 'a string that CloudFormation cannot convert', fixture: cfn(`${BEHAVIOR}, "Compress": ⟦"yes"⟧`), summary: [E], says: [['Cdn.DistributionConfig.DefaultCacheBehavior.Compress']] },
  {
    name: 'a plain list in the API form: the CloudFormation spelling',
    fixture: api(BEHAVIOR, ', "Aliases": ⟦["www.example.com"]⟧'), summary: [E], says: [['{"Quantity", "Items"}', 'CloudFormation form']],
    fixed: api(BEHAVIOR, ', "Aliases": { "Quantity": 1, "Items": ["www.example.com"] }'),
  },
  {
    name: 'a {Quantity, Items} list in a template: the API spelling',
    fixture: cfn(BEHAVIOR, ', "Aliases": ⟦{"Quantity": 1, "Items": ["www.example.com"]}⟧'), summary: [E], says: [['plain list']],
    fixed: cfn(BEHAVIOR, ', "Aliases": ["www.example.com"]'),
  },
  { name: 'wrong type inside a list', fixture: api(BEHAVIOR, ', "Aliases": {"Quantity": 1, "Items": [⟦42⟧]}'), summary: [E] },
  { name: 'a wrong type is reported once, not again for its contents', fixture: api(`${BEHAVIOR}, "ForwardedValues": ⟦"none"⟧`), summary: [E] },

  // Enums.
  {
    name: 'case-only enum mistake: did you mean, with a fix',
    fixture: api('"TargetOriginId": "s3", "ViewerProtocolPolicy": ⟦"Redirect-To-Https"⟧, "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"'),
    summary: [E], says: [['"Redirect-To-Https"', 'allow-all, https-only, redirect-to-https', 'Did you mean "redirect-to-https"?']],
    fixed: api(BEHAVIOR.replace('allow-all', 'redirect-to-https')),
  },
  { name: 'an enum value with no single close candidate gets no fix', fixture: api(BEHAVIOR, ', "PriceClass": ⟦"PriceClass_300"⟧'), summary: [E] },
  { name: 'enums apply in templates too (CloudFormation passes values to the API)', fixture: cfn(BEHAVIOR, ', "HttpVersion": ⟦"HTTP2"⟧'), summary: [E], fixed: cfn(BEHAVIOR, ', "HttpVersion": "http2"') },
  { name: 'a lower-case method', fixture: api(`${BEHAVIOR}, "AllowedMethods": {"Quantity": 2, "Items": [⟦"get"⟧, "HEAD"], "CachedMethods": {"Quantity": 2, "Items": ["GET", "HEAD"]}}`), summary: [E], says: [['AllowedMethods.Items[0]']] },
  { name: 'numeric enum in a template, written as a string CloudFormation converts', fixture: cfn(BEHAVIOR, ', "CustomErrorResponses": [{"ErrorCode": "404", "ResponseCode": 200, "ResponsePagePath": "/404.html"}]'), summary: [] },
  { name: 'an error code CloudFront cannot customise', fixture: cfn(BEHAVIOR, ', "CustomErrorResponses": [{"ErrorCode": ⟦418⟧}]'), summary: [E] },
  { name: 'ResponseCode is a string in the API form', fixture: api(BEHAVIOR, ', "CustomErrorResponses": {"Quantity": 1, "Items": [{"ErrorCode": 404, "ResponseCode": "200", "ResponsePagePath": "/404.html"}]}'), summary: [] },

  // Unknown keys.
  {
    name: 'a misspelt key: rename fix', fixture: api('⟦"TargetOriginID"⟧: "s3", "ViewerProtocolPolicy": "allow-all", "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"'),
    summary: [W], says: [['"TargetOriginID"', 'Did you mean "TargetOriginId"?']], fixed: api(),
  },
  { name: 'TTL case mistake', fixture: api(`${BEHAVIOR}, ⟦"DefaultTtl"⟧: 60`), summary: [W], says: [['"DefaultTTL"']], fixed: api(`${BEHAVIOR}, "DefaultTTL": 60`) },
  {
    name: 'the API name in a template', fixture: cfn(BEHAVIOR, ', "ViewerCertificate": {⟦"ACMCertificateArn"⟧: {"Ref": "Cert"}, "SslSupportMethod": "sni-only"}'),
    summary: [W], says: [['"ACMCertificateArn" is the CloudFront API name', '"AcmCertificateArn"']],
    fixed: cfn(BEHAVIOR, ', "ViewerCertificate": {"AcmCertificateArn": {"Ref": "Cert"}, "SslSupportMethod": "sni-only"}'),
  },
  { name: 'the CloudFormation name in the API form', fixture: api(BEHAVIOR, ', ⟦"IPV6Enabled"⟧: true'), summary: [W], says: [['CloudFormation name', '"IsIPV6Enabled"']], fixed: api(BEHAVIOR, ', "IsIPV6Enabled": true') },
  { name: 'OriginSSLProtocols and OriginSslProtocols', fixture: cfn(BEHAVIOR).replace('"S3OriginConfig": {}', '"CustomOriginConfig": {"OriginProtocolPolicy": "https-only", ⟦"OriginSslProtocols"⟧: ["TLSv1.2"]}'), summary: [W] },
  { name: 'CallerReference in a template', fixture: cfn(BEHAVIOR, ', ⟦"CallerReference"⟧: "x"'), summary: [W], says: [['CloudFormation generates']] },
  { name: 'Logging.Enabled in a template', fixture: cfn(BEHAVIOR, ', "Logging": {⟦"Enabled"⟧: true, "Bucket": "logs.s3.amazonaws.com"}'), summary: [W], says: [['Logging property is present']] },
  { name: 'CachedMethods beside AllowedMethods in the API form', fixture: api(`${BEHAVIOR}, ⟦"CachedMethods"⟧: {"Quantity": 2, "Items": ["GET", "HEAD"]}`), summary: [W], says: [['inside AllowedMethods']] },
  { name: 'a key that is nothing like a member: no fix', fixture: api(`${BEHAVIOR}, ⟦"Banana"⟧: 1`), summary: [W] },
  { name: 'a rename is not offered onto a member that already exists', fixture: api(`${BEHAVIOR}, ⟦"compress"⟧: true, "Compress": true`), summary: [W] },
  { name: 'the wrappers around the config are not judged', fixture: api().replace('{"ETag": "E1", ', '{"ETag": "E1", "Location": "https://x", "Whatever": 1, '), summary: [] },
  { name: 'unknown keys in an invalidation batch', fixture: batch('"Quantity": 1, "Items": ["/a"], ⟦"Item"⟧: []'), summary: [W] },
];

for (const row of rows) {
  test(`cloudfront/structure: ${row.name}`, () => {
    const result = runFixture(row.fixture, [structure]);
    assert.deepEqual(result.summary, row.summary, result.findings.map((f) => f.message).join(' | '));
    assert.deepEqual(result.findings.map((f) => f.span), parseFixture(row.fixture).spans, 'ranges');
    row.says?.forEach((words, i) => {
      for (const w of words) assert.ok(result.findings[i].message.includes(w), `"${result.findings[i].message}" should say "${w}"`);
    });
    if (row.fixed !== undefined) {
      const fix = result.findings[0].fixes?.[0];
      assert.ok(fix, 'a fix');
      const fixed = applyEdits(result.text, fix.edits);
      assert.equal(fixed, row.fixed);
      assert.deepEqual(runFixture(fixed, [structure]).findings, [], 'the fix clears the finding');
    }
  });
}

test('cloudfront/structure: a misspelt required member is reported once, as the misspelling', () => {
  const result = runFixture(api('"TargetOriginID": "s3", "ViewerProtocolPolicy": "allow-all"'), [structure]);
  assert.deepEqual(result.summary, [W]);
});

test('cloudfront/structure: messages and fix titles in Japanese', () => {
  const text = api('"TargetOriginID": "s3", "ViewerProtocolPolicy": "Allow-All", "Compress": "true"', ', "IPV6Enabled": true');
  const findings = analyzeDocument(parseDocument(text), { locale: 'ja', rules: [structure] });
  assert.deepEqual(findings.map((f) => f.message), [
    '"TargetOriginID" は DistributionConfig.DefaultCacheBehavior の既知のメンバーではありません。"TargetOriginId" のことですか？',
    '"Allow-All" は DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy に指定できる値ではありません。指定できる値: allow-all, https-only, redirect-to-https。"allow-all" のことですか？',
    'DistributionConfig.DefaultCacheBehavior.Compress の値は真偽値（true または false）でなければなりません（文字列が指定されています）。引用符を付けずに true と書きます。',
    '"IPV6Enabled" は CloudFormation での名前です。CloudFront API ではこのメンバーは "IsIPV6Enabled" です。',
  ]);
  assert.deepEqual(findings.map((f) => f.fixes?.[0]?.title), ['"TargetOriginID" を "TargetOriginId" に名前変更', '"allow-all" に変更', 'true に置き換える', '"IPV6Enabled" を "IsIPV6Enabled" に名前変更']);
});

test('cloudfront/structure: a document that is not a distribution or batch gets nothing', () => {
  for (const text of ['{"name": "x", "DefaultCacheBehavior": 1}', '{"Paths": [], "Quantity": 2}', '[]']) {
    assert.deepEqual(runFixture(text, [structure]).findings, []);
  }
});
