import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../server/src/analysis';

const CONFIG = { CallerReference: 'x', Origins: { Quantity: 0, Items: [] }, DefaultCacheBehavior: { TargetOriginId: 'o' }, Comment: '', Enabled: true };
const POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

const rows: { name: string; doc: unknown; kinds: string[]; policies?: string[]; distributions?: string[] }[] = [
  { name: 'bare DistributionConfig (create-distribution input file)', doc: CONFIG, kinds: ['cloudfront-distribution'], distributions: ['api'] },
  { name: '{"DistributionConfig": …}', doc: { DistributionConfig: CONFIG }, kinds: ['cloudfront-distribution'], distributions: ['api'] },
  { name: 'get-distribution-config output', doc: { ETag: 'E1', DistributionConfig: CONFIG }, kinds: ['cloudfront-distribution'], distributions: ['api'] },
  { name: 'get-distribution output', doc: { ETag: 'E1', Distribution: { Id: 'E', DistributionConfig: CONFIG } }, kinds: ['cloudfront-distribution'], distributions: ['api'] },
  { name: 'create-distribution-with-tags input', doc: { DistributionConfigWithTags: { DistributionConfig: CONFIG, Tags: { Items: [] } } }, kinds: ['cloudfront-distribution'], distributions: ['api'] },
  {
    name: 'CloudFormation template with two distributions and a role',
    doc: {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        A: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: {} } } },
        B: { Type: 'AWS::CloudFront::Distribution', Properties: { DistributionConfig: { Enabled: true, DefaultCacheBehavior: {} } } },
        R: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: POLICY, Policies: [{ PolicyName: 'p', PolicyDocument: POLICY }] } },
        K: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: POLICY } },
      },
    },
    kinds: ['cloudformation-template', 'cloudfront-distribution', 'iam-policy'],
    distributions: ['cloudformation:A', 'cloudformation:B'],
    policies: ['trust/object', 'identity/object', 'resource/object'],
  },
  { name: 'template without AWSTemplateFormatVersion', doc: { Resources: { Q: { Type: 'AWS::SQS::QueuePolicy', Properties: { PolicyDocument: POLICY } } } }, kinds: ['cloudformation-template', 'iam-policy'], policies: ['resource/object'] },
  { name: 'template resources only', doc: { Resources: { B: { Type: 'AWS::S3::Bucket', Properties: {} } } }, kinds: ['cloudformation-template'] },
  { name: 'identity policy file', doc: POLICY, kinds: ['iam-policy'], policies: ['identity/document'] },
  { name: 'policy without Version but with statements', doc: { Statement: { Effect: 'Deny', Action: '*', Resource: '*' } }, kinds: ['iam-policy'], policies: ['identity/document'] },
  { name: 'trust policy file', doc: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }, kinds: ['iam-policy'], policies: ['trust/document'] },
  { name: 'put-role-policy skeleton', doc: { RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify(POLICY) }, kinds: ['cli-input', 'iam-policy'], policies: ['identity/string'] },
  { name: 'create-role skeleton', doc: { RoleName: 'r', AssumeRolePolicyDocument: JSON.stringify(POLICY) }, kinds: ['cli-input', 'iam-policy'], policies: ['trust/string'] },
  { name: 'put-bucket-policy skeleton', doc: { Bucket: 'b', Policy: JSON.stringify(POLICY) }, kinds: ['cli-input', 'iam-policy'], policies: ['resource/string'] },
  { name: 'invalidation batch', doc: { Paths: { Quantity: 1, Items: ['/*'] }, CallerReference: 'c' }, kinds: ['cloudfront-invalidation'] },
  { name: 'create-invalidation skeleton', doc: { DistributionId: 'E1', InvalidationBatch: { Paths: { Quantity: 1, Items: ['/*'] }, CallerReference: 'c' } }, kinds: ['cloudfront-invalidation'] },
  { name: 'package.json', doc: { name: 'x', version: '1.0.0', scripts: { test: 'node --test' } }, kinds: [] },
  { name: 'tsconfig.json', doc: { compilerOptions: { strict: true } }, kinds: [] },
  { name: 'a Statement key alone is not a policy', doc: { Statement: 'hello', Version: 1 }, kinds: [] },
  { name: 'an array document', doc: [POLICY], kinds: [] },
  { name: 'skeleton with an empty policy string', doc: { RoleName: 'r', PolicyName: 'p', PolicyDocument: '' }, kinds: [] },
];

for (const row of rows) {
  test(`classify: ${row.name}`, () => {
    const { model } = parseDocument(JSON.stringify(row.doc, null, 2));
    assert.deepEqual([...model.kinds].sort(), [...row.kinds].sort());
    assert.deepEqual(model.policies.map((p) => `${p.kind}/${p.embedding}`), row.policies ?? (row.kinds.includes('iam-policy') ? model.policies.map((p) => `${p.kind}/${p.embedding}`) : []));
    assert.deepEqual(model.distributions.map((d) => d.logicalId ? `${d.shape}:${d.logicalId}` : d.shape), row.distributions ?? []);
  });
}

test('classify: empty and whitespace-only documents are unrecognised', () => {
  for (const text of ['', '   \n', 'null', '"text"', '42']) assert.deepEqual(parseDocument(text).model.kinds, []);
});

test('classify: fromDocument inverts toDocument for a string-held policy, and has no answer inside an escape', () => {
  // Escapes of every width before and between the characters: \", \\, \n, \u0041, \/ and a surrogate pair.
  const inner = '{"Sid":"a\\b\nA/😀", "Statement": []}';
  const literal = JSON.stringify(inner).replace('A', '\\u0041').replace('/', '\\/');
  const text = `{"RoleName": "r", "PolicyName": "p", "PolicyDocument": ${literal}}`;
  const [policy] = parseDocument(text).model.policies;
  assert.equal(policy.text, inner);
  const start = text.indexOf(literal);
  const boundaries = new Set<number>();
  for (let i = 0; i <= inner.length; i++) {
    const at = policy.toDocument({ offset: i, length: 0 }).offset;
    boundaries.add(at);
    assert.equal(policy.fromDocument(at), i, `inner offset ${i}`);
  }
  // Every other offset of the literal is inside an escape, or at or outside its quotes.
  for (let offset = 0; offset <= text.length; offset++) {
    if (boundaries.has(offset)) continue;
    assert.equal(policy.fromDocument(offset), undefined, `document offset ${offset}: ${JSON.stringify(text.slice(offset - 2, offset + 2))}`);
  }
  assert.equal(policy.fromDocument(start), undefined, 'the opening quote');
  assert.equal(policy.fromDocument(start + 1), 0, 'just after the opening quote');
  assert.equal(policy.fromDocument(start + literal.length - 1), inner.length, 'at the closing quote');
  assert.equal(policy.fromDocument(start + literal.length), undefined, 'after the closing quote');
  assert.equal(policy.fromDocument(text.indexOf('\\u0041') + 3), undefined, 'inside \\u0041');
  assert.equal(policy.fromDocument(text.indexOf('\\"Sid') + 1), undefined, 'between \\ and "');
  // A policy held as an object or a file is its own text.
  const [file] = parseDocument(JSON.stringify(POLICY)).model.policies;
  assert.equal(file.fromDocument(5), 5);
});
