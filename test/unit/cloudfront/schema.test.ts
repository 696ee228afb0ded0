import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../server/src/analysis';
import { DISTRIBUTION_CONFIG_SCHEMA, INVALIDATION_BATCH_SCHEMA, type SchemaNode } from '../../../server/src/analysis/cloudfront/schema';
import { schemaAtPath, type PathSegment } from '../../../server/src/analysis/cloudfront/schemaTargets';
import { inconsistentQuantity } from '../../../server/src/analysis/rules/cloudfront/inconsistentQuantity';
import { structure } from '../../../server/src/analysis/rules/cloudfront/structure';
import { realWorldDocuments, ROOT } from './schemaFixtures';

const MINE = [structure, inconsistentQuantity];

function at(root: SchemaNode, ...segments: PathSegment[]): SchemaNode {
  const node = schemaAtPath(root, segments).schema;
  assert.ok(node, segments.join('.'));
  return node;
}

function required(node: SchemaNode): string[] {
  return [...(node.members?.values() ?? [])].filter((m) => m.required).map((m) => m.name).sort();
}

const API = DISTRIBUTION_CONFIG_SCHEMA.api;
const CFN = DISTRIBUTION_CONFIG_SCHEMA.cloudformation;

// Required members as botocore's 2020-05-31 model and cfn-lint's resource schema list them.
const REQUIRED: { shape: 'api' | 'cfn'; path: PathSegment[]; names: string[] }[] = [
  { shape: 'api', path: [], names: ['CallerReference', 'Comment', 'DefaultCacheBehavior', 'Enabled', 'Origins'] },
  { shape: 'cfn', path: [], names: ['DefaultCacheBehavior', 'Enabled'] },
  { shape: 'api', path: ['Origins'], names: ['Items', 'Quantity'] },
  { shape: 'api', path: ['Origins', 'Items', 0], names: ['DomainName', 'Id'] },
  { shape: 'cfn', path: ['Origins', 0], names: ['DomainName', 'Id'] },
  { shape: 'api', path: ['Origins', 'Items', 0, 'CustomOriginConfig'], names: ['HTTPPort', 'HTTPSPort', 'OriginProtocolPolicy'] },
  { shape: 'cfn', path: ['Origins', 0, 'CustomOriginConfig'], names: ['OriginProtocolPolicy'] },
  { shape: 'api', path: ['Origins', 'Items', 0, 'S3OriginConfig'], names: ['OriginAccessIdentity'] },
  { shape: 'cfn', path: ['Origins', 0, 'S3OriginConfig'], names: [] },
  { shape: 'api', path: ['Origins', 'Items', 0, 'OriginShield'], names: ['Enabled'] },
  { shape: 'api', path: ['DefaultCacheBehavior'], names: ['TargetOriginId', 'ViewerProtocolPolicy'] },
  { shape: 'api', path: ['CacheBehaviors', 'Items', 0], names: ['PathPattern', 'TargetOriginId', 'ViewerProtocolPolicy'] },
  { shape: 'cfn', path: ['CacheBehaviors', 0], names: ['PathPattern', 'TargetOriginId', 'ViewerProtocolPolicy'] },
  { shape: 'api', path: ['DefaultCacheBehavior', 'ForwardedValues'], names: ['Cookies', 'QueryString'] },
  { shape: 'cfn', path: ['DefaultCacheBehavior', 'ForwardedValues'], names: ['QueryString'] },
  { shape: 'api', path: ['DefaultCacheBehavior', 'TrustedSigners'], names: ['Enabled', 'Quantity'] },
  { shape: 'api', path: ['DefaultCacheBehavior', 'AllowedMethods'], names: ['Items', 'Quantity'] },
  { shape: 'api', path: ['DefaultCacheBehavior', 'AllowedMethods', 'CachedMethods'], names: ['Items', 'Quantity'] },
  { shape: 'api', path: ['DefaultCacheBehavior', 'LambdaFunctionAssociations', 'Items', 0], names: ['EventType', 'LambdaFunctionARN'] },
  { shape: 'cfn', path: ['DefaultCacheBehavior', 'LambdaFunctionAssociations', 0], names: [] },
  { shape: 'api', path: ['OriginGroups', 'Items', 0], names: ['FailoverCriteria', 'Id', 'Members'] },
  { shape: 'cfn', path: ['OriginGroups'], names: ['Quantity'] },
  { shape: 'cfn', path: ['OriginGroups', 'Items', 0, 'Members'], names: ['Items', 'Quantity'] },
  { shape: 'api', path: ['Restrictions', 'GeoRestriction'], names: ['Quantity', 'RestrictionType'] },
  { shape: 'cfn', path: ['Restrictions', 'GeoRestriction'], names: ['RestrictionType'] },
  { shape: 'api', path: ['CustomErrorResponses', 'Items', 0], names: ['ErrorCode'] },
  { shape: 'api', path: ['Logging'], names: [] },
  { shape: 'api', path: ['ViewerCertificate'], names: [] },
];

for (const row of REQUIRED) {
  test(`schema: required members of ${row.shape} ${row.path.join('.') || 'DistributionConfig'}`, () => {
    assert.deepEqual(required(at(row.shape === 'api' ? API : CFN, ...row.path)), [...row.names].sort());
  });
}

test('schema: the invalidation batch', () => {
  assert.deepEqual(required(INVALIDATION_BATCH_SCHEMA), ['CallerReference', 'Paths']);
  assert.deepEqual(required(at(INVALIDATION_BATCH_SCHEMA, 'Paths')), ['Quantity']);
  assert.equal(at(INVALIDATION_BATCH_SCHEMA, 'Paths').wrapper, true);
});

// Names that differ between the two shapes (botocore's service model; cfn-lint's schema of
// AWS::CloudFront::Distribution).
const RENAMES: { api: PathSegment[]; cfn: PathSegment[] }[] = [
  { api: ['ViewerCertificate', 'ACMCertificateArn'], cfn: ['ViewerCertificate', 'AcmCertificateArn'] },
  { api: ['ViewerCertificate', 'IAMCertificateId'], cfn: ['ViewerCertificate', 'IamCertificateId'] },
  { api: ['ViewerCertificate', 'SSLSupportMethod'], cfn: ['ViewerCertificate', 'SslSupportMethod'] },
  { api: ['IsIPV6Enabled'], cfn: ['IPV6Enabled'] },
  { api: ['Origins', 'Items', 0, 'CustomHeaders'], cfn: ['Origins', 0, 'OriginCustomHeaders'] },
  { api: ['Origins', 'Items', 0, 'CustomOriginConfig', 'OriginSslProtocols'], cfn: ['Origins', 0, 'CustomOriginConfig', 'OriginSSLProtocols'] },
  { api: ['DefaultCacheBehavior', 'AllowedMethods', 'CachedMethods'], cfn: ['DefaultCacheBehavior', 'CachedMethods'] },
];

for (const row of RENAMES) {
  test(`schema: ${row.api.join('.')} in the API is ${row.cfn.join('.')} in CloudFormation`, () => {
    at(API, ...row.api);
    at(CFN, ...row.cfn);
    assert.equal(schemaAtPath(API, row.cfn).schema, undefined);
    assert.equal(schemaAtPath(CFN, row.api).schema, undefined);
  });
}

test('schema: only OriginGroups, Members and StatusCodes keep {Quantity, Items} in CloudFormation', () => {
  const wrapped: string[] = [];
  const walk = (node: SchemaNode, path: string, depth: number): void => {
    if (depth > 12) return;
    if (node.wrapper) wrapped.push(path);
    for (const member of node.members?.values() ?? []) walk(member.node, `${path}.${member.name}`, depth + 1);
    if (node.item) walk(node.item, `${path}[]`, depth + 1);
  };
  walk(CFN, 'DistributionConfig', 0);
  assert.deepEqual(wrapped, [
    'DistributionConfig.OriginGroups',
    'DistributionConfig.OriginGroups.Items[].FailoverCriteria.StatusCodes',
    'DistributionConfig.OriginGroups.Items[].Members',
  ]);
});

test('schema: every member has an English and a Japanese description', () => {
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
  const seen = new Set<SchemaNode>();
  const walk = (node: SchemaNode, path: string): void => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const member of node.members?.values() ?? []) {
      assert.ok(member.doc.en.length > 10, `${path}.${member.name} (en)`);
      assert.match(member.doc.ja, JAPANESE, `${path}.${member.name} (ja)`);
      walk(member.node, `${path}.${member.name}`);
    }
    for (const [value, doc] of node.enumDocs ?? []) assert.match(doc.ja, JAPANESE, `${path} = ${value}`);
    if (node.item) walk(node.item, `${path}[]`);
  };
  walk(API, 'api');
  walk(CFN, 'cfn');
  walk(INVALIDATION_BATCH_SCHEMA, 'batch');
});

test('schema: the members newer get-distribution-config output carries are known', () => {
  for (const name of ['ContinuousDeploymentPolicyId', 'Staging', 'AnycastIpListId', 'TenantConfig', 'ConnectionMode', 'ViewerMtlsConfig', 'ConnectionFunctionAssociation', 'CacheTagConfig']) at(API, name);
  for (const name of ['ConnectionAttempts', 'ConnectionTimeout', 'ResponseCompletionTimeout', 'VpcOriginConfig', 'OriginAccessControlId', 'OriginShield']) at(API, 'Origins', 'Items', 0, name);
  for (const name of ['GrpcConfig', 'RealtimeLogConfigArn', 'ResponseHeadersPolicyId', 'FunctionAssociations']) at(API, 'CacheBehaviors', 'Items', 0, name);
});

// Every range the schema records, with where it comes from. cloudfront/value-range reports values outside
// them and the hovers state them, so a range may only be added here together with its source.
const RANGES: [path: string, range: string, source: string][] = [
  ['Comment', '..128', 'botocore DistributionConfig.Comment; DevGuide cloudfront-limits'],
  ['DefaultRootObject', '..255', 'DevGuide DefaultRootObject, cloudfront-limits'],
  ['Origins[].OriginCustomHeaders[].HeaderName', '..256 quota', 'DevGuide cloudfront-limits (quota)'],
  ['Origins[].OriginCustomHeaders[].HeaderValue', '..1783 quota', 'DevGuide cloudfront-limits (quota)'],
  ['Origins[].S3OriginConfig.OriginReadTimeout', '1..180 quota', 'AWS Knowledge Center cloudfront-custom-origin-response (botocore says 120)'],
  ['Origins[].CustomOriginConfig.OriginReadTimeout', '1..180 quota', 'AWS Knowledge Center cloudfront-custom-origin-response (botocore says 120)'],
  ['Origins[].CustomOriginConfig.OriginKeepaliveTimeout', '1..180 quota', 'AWS Knowledge Center cloudfront-custom-origin-response (botocore says 120)'],
  ['Origins[].VpcOriginConfig.OriginReadTimeout', '1..180 quota', 'AWS Knowledge Center cloudfront-custom-origin-response (botocore says 120)'],
  ['Origins[].VpcOriginConfig.OriginKeepaliveTimeout', '1..180 quota', 'AWS Knowledge Center cloudfront-custom-origin-response (botocore says 120)'],
  ['Origins[].ConnectionAttempts', '1..3', 'botocore member doc'],
  ['Origins[].ConnectionTimeout', '1..10', 'botocore member doc'],
  ['Origins[].ResponseCompletionTimeout', '1..', 'at least OriginReadTimeout, itself at least 1 (botocore member doc)'],
  ['Origins[].OriginShield.OriginShieldRegion', '1..32', 'botocore shape OriginShieldRegion'],
  ['DefaultCacheBehavior.FunctionAssociations[].FunctionARN', '..108', 'botocore shape FunctionARN'],
  ['DefaultCacheBehavior.ForwardedValues.QueryStringCacheKeys[]', '..128 quota', 'DevGuide cloudfront-limits (quota)'],
  ['DefaultCacheBehavior.MinTTL', '0..', 'a duration'],
  ['DefaultCacheBehavior.DefaultTTL', '0..', 'a duration'],
  ['DefaultCacheBehavior.MaxTTL', '0..', 'a duration'],
  ['CacheBehaviors[].PathPattern', '..255', 'DevGuide DownloadDistValuesCacheBehavior, cloudfront-limits'],
  ['CacheBehaviors[].FunctionAssociations[].FunctionARN', '..108', 'botocore shape FunctionARN'],
  ['CacheBehaviors[].ForwardedValues.QueryStringCacheKeys[]', '..128 quota', 'DevGuide cloudfront-limits (quota)'],
  ['CacheBehaviors[].MinTTL', '0..', 'a duration'],
  ['CacheBehaviors[].DefaultTTL', '0..', 'a duration'],
  ['CacheBehaviors[].MaxTTL', '0..', 'a duration'],
  ['CustomErrorResponses[].ErrorCachingMinTTL', '0..', 'a duration'],
  ['ViewerCertificate.IamCertificateId', '..32', 'botocore shape ServerCertificateId'],
  ['TenantConfig.ParameterDefinitions[].Name', '1..128', 'botocore shape ParameterName'],
  ['TenantConfig.ParameterDefinitions[].Definition.StringSchema.DefaultValue', '1..256', 'botocore shape ParameterValue'],
  ['ConnectionFunctionAssociation.Id', '1..64', 'botocore shape ResourceId'],
];

test('schema: every recorded range of a value is a sourced one', () => {
  const found: string[] = [];
  const walk = (node: SchemaNode, path: string, depth: number): void => {
    if (depth > 12) return;
    if (node.kind !== 'object' && node.kind !== 'list' && (node.min !== undefined || node.max !== undefined)) {
      found.push(`${path.slice(1)} ${node.min ?? ''}..${node.max ?? ''}${node.maxAdjustable ? ' quota' : ''}`);
    }
    // A wrapper's Quantity is at least 0 everywhere; cloudfront/inconsistent-quantity checks it against Items.
    for (const member of node.members?.values() ?? []) if (!(node.wrapper && member.name === 'Quantity')) walk(member.node, `${path}.${member.name}`, depth + 1);
    if (node.item) walk(node.item, `${path}[]`, depth + 1);
  };
  walk(CFN, '', 0);
  assert.deepEqual(found.sort(), RANGES.map(([p, r]) => `${p} ${r}`).sort());
  // The API form records the same ranges under its own names.
  assert.equal(at(API, 'ViewerCertificate', 'IAMCertificateId').max, 32);
  assert.equal(at(API, 'Origins', 'Items', 0, 'CustomHeaders', 'Items', 0, 'HeaderValue').max, 1783);
  // OriginPath has no documented length limit (not in botocore, the Developer Guide or facts), so none is claimed.
  const originPath = at(API, 'Origins', 'Items', 0, 'OriginPath');
  assert.deepEqual([originPath.min, originPath.max], [undefined, undefined]);
});

// Real, valid documents: a false positive costs more trust than a missed finding.
for (const { name, text } of realWorldDocuments()) {
  test(`schema rules: the real-world document ${name} comes out clean`, () => {
    const doc = parseDocument(text);
    assert.ok(doc.model.distributions.length + doc.model.invalidations.length > 0, 'recognised');
    const findings = analyzeDocument(doc, { rules: MINE });
    assert.deepEqual(findings.map((f) => `${f.rule}: ${f.message}`), []);
  });
}

test('schema rules: both rules together take well under a few milliseconds per real-world document', () => {
  const docs = realWorldDocuments().map(({ text }) => parseDocument(text));
  for (const doc of docs) analyzeDocument(doc, { rules: MINE });
  const rounds = 50;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const doc of docs) analyzeDocument(doc, { rules: MINE });
  const perDocument = Number(process.hrtime.bigint() - start) / 1e6 / rounds / docs.length;
  assert.ok(perDocument < 2, `${perDocument.toFixed(3)} ms per document`);
});

// The schema against the service model and the CloudFormation resource schema (fixtures/cloudfront/model).
interface ModelMember { type: string; enum?: string[] }
interface ModelShape { members: Record<string, ModelMember>; required: string[] }
const MODEL = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'unit', 'fixtures', 'cloudfront', 'model', 'shapes.json'), 'utf8')) as Record<'api' | 'cloudformation', Record<string, ModelShape>>;

/** Enums the schema adds where the model has none: CloudFormation passes values on to the API, which has them. */
const EXTRA_ENUMS = new Set([
  'api DistributionConfig.CustomErrorResponses.Items[].ErrorCode',
  'api DistributionConfig.CustomErrorResponses.Items[].ResponseCode',
  'cloudformation DistributionConfig.CacheBehaviors[].AllowedMethods',
  'cloudformation DistributionConfig.CacheBehaviors[].CachedMethods',
  'cloudformation DistributionConfig.CacheBehaviors[].ViewerProtocolPolicy',
  'cloudformation DistributionConfig.CacheBehaviors[].FunctionAssociations[].EventType',
  'cloudformation DistributionConfig.CacheBehaviors[].LambdaFunctionAssociations[].EventType',
  'cloudformation DistributionConfig.DefaultCacheBehavior.AllowedMethods',
  'cloudformation DistributionConfig.DefaultCacheBehavior.CachedMethods',
  'cloudformation DistributionConfig.DefaultCacheBehavior.FunctionAssociations[].EventType',
  'cloudformation DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations[].EventType',
  'cloudformation DistributionConfig.Origins[].CustomOriginConfig.OriginProtocolPolicy',
  'cloudformation DistributionConfig.Origins[].CustomOriginConfig.OriginSSLProtocols',
  'cloudformation DistributionConfig.CustomOrigin.OriginProtocolPolicy',
  'cloudformation DistributionConfig.CustomOrigin.OriginSSLProtocols',
]);

function segmentsOf(modelPath: string): PathSegment[] {
  return modelPath.split('.').slice(1).flatMap((part) => {
    const name = part.replace(/(\[\])+$/, '');
    const lists = (part.length - name.length) / 2;
    return [name, ...Array.from({ length: lists }, () => 0)];
  });
}

function kindOf(node: SchemaNode): string {
  if (node.wrapper) return 'wrapper';
  return node.kind === 'long' ? 'long' : node.kind;
}

for (const shape of ['api', 'cloudformation'] as const) {
  for (const [modelPath, model] of Object.entries(MODEL[shape])) {
    test(`schema matches the ${shape === 'api' ? 'service model' : 'CloudFormation schema'}: ${modelPath}`, () => {
      const root = modelPath.startsWith('InvalidationBatch') ? INVALIDATION_BATCH_SCHEMA : DISTRIBUTION_CONFIG_SCHEMA[shape];
      const node = at(root, ...segmentsOf(modelPath));
      assert.deepEqual([...(node.members?.keys() ?? [])].sort(), Object.keys(model.members).sort(), 'members');
      assert.deepEqual(required(node), [...model.required].sort(), 'required');
      for (const [name, member] of Object.entries(model.members)) {
        const mine = node.members!.get(name)!.node;
        const expected = member.type === 'number' ? 'long' : member.type;
        assert.equal(kindOf(mine), expected, `${name}: type`);
        const values = (mine.enumValues ?? mine.item?.enumValues)?.map(String).sort();
        if (member.enum) assert.deepEqual(values, [...member.enum].sort(), `${name}: enum`);
        else if (values) assert.ok(EXTRA_ENUMS.has(`${shape} ${modelPath}.${name}`), `${name}: an enum the model does not have`);
      }
    });
  }
}
