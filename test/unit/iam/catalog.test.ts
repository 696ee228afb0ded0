import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { arnMayMatchTemplate } from '../../../server/src/analysis/iam/arnTemplate';
import { createCatalog, type Catalog, type CatalogData } from '../../../server/src/analysis/iam/catalog';
import { testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

test('catalog: the data version and date are those of the installed iam-data package', () => {
  assert.match(catalog.version, /^\d+\.\d+\.\d+$/);
  assert.match(catalog.dataDate, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(catalog.services().length > 400, `${catalog.services().length} services`);
  const prefixes = catalog.services().map((s) => s.prefix);
  assert.deepEqual(prefixes, [...prefixes].sort((a, b) => a.localeCompare(b)));
});

test('catalog: services and actions are found in any letter case', () => {
  assert.equal(catalog.service('S3')?.name, 'Amazon S3');
  assert.equal(catalog.service('s4'), undefined);
  const getObject = catalog.action('S3', 'getobject');
  assert.equal(getObject?.name, 'GetObject');
  assert.equal(getObject?.service, 's3');
  assert.equal(getObject?.accessLevel, 'Read');
  assert.deepEqual(getObject?.resourceTypes.map((rt) => rt.name).sort(), ['accesspointobject', 'object']);
  assert.equal(catalog.action('s3', 'GetObjetc'), undefined);
  assert.equal(catalog.resourceType('s3', 'OBJECT')?.arn, 'arn:${Partition}:s3:::${BucketName}/${ObjectName}');
  const passRole = catalog.action('iam', 'PassRole');
  assert.deepEqual(passRole?.resourceTypes.map((rt) => [rt.name, rt.required]), [['role', true]]);
  assert.ok(passRole?.conditionKeys.includes('iam:PassedToService'));
  // Actions that support only "Resource": "*" have no resource types.
  assert.deepEqual(catalog.action('s3', 'ListAllMyBuckets')?.resourceTypes, []);
});

test('catalog: action patterns match as IAM does (* any run, ? one character, any case)', () => {
  const names = (pattern: string): string[] => catalog.matchActions(pattern).map((a) => `${a.service}:${a.name}`);
  const rows: { pattern: string; includes: string[]; excludes: string[] }[] = [
    { pattern: 's3:Get*', includes: ['s3:GetObject', 's3:GetBucketPolicy'], excludes: ['s3:PutObject', 's3:ListBucket'] },
    { pattern: 's3:get*', includes: ['s3:GetObject'], excludes: ['s3:PutObject'] },
    { pattern: 'S3:*Object', includes: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], excludes: ['s3:GetObjectAcl'] },
    { pattern: 's3:?etObject', includes: ['s3:GetObject'], excludes: ['s3:PutObject'] },
    { pattern: 's3:*Object*Tag*', includes: ['s3:GetObjectTagging', 's3:PutObjectTagging'], excludes: ['s3:GetObject'] },
    { pattern: 'iam:PassRole', includes: ['iam:PassRole'], excludes: [] },
    { pattern: 'iam:passrole', includes: ['iam:PassRole'], excludes: [] },
    { pattern: 's?s:SendMessage', includes: ['sqs:SendMessage'], excludes: [] },
  ];
  for (const row of rows) {
    const found = names(row.pattern);
    for (const name of row.includes) assert.ok(found.includes(name), `${row.pattern} should match ${name}`);
    for (const name of row.excludes) assert.ok(!found.includes(name), `${row.pattern} should not match ${name}`);
  }
  assert.equal(names('s3:Get*').length, names('s3:GET*').length);
  for (const nothing of ['s3:Gte*', 's3:GetObjetc', 's4:GetObject', 's3', 's3:', ':GetObject', '*']) {
    assert.deepEqual(names(nothing), [], nothing);
  }
});

test('catalog: condition keys resolve in any case, with tag keys filled in', () => {
  const rows: [written: string, documented: string | undefined, global: boolean | undefined][] = [
    ['aws:SourceIp', 'aws:SourceIp', true],
    ['AWS:sourceip', 'aws:SourceIp', true],
    ['aws:PrincipalTag/Team', 'aws:PrincipalTag/tag-key', true],
    ['aws:ResourceTag/Owner', 'aws:ResourceTag/${TagKey}', true],
    ['s3:prefix', 's3:prefix', false],
    ['s3:ExistingObjectTag/Env', 's3:ExistingObjectTag/<key>', false],
    ['iam:PassedToService', 'iam:PassedToService', false],
    ['ec2:SourceInstanceArn', 'ec2:SourceInstanceArn', true],
    ['s3:prefx', undefined, undefined],
    ['aws:SoruceIp', undefined, undefined],
    ['token.actions.githubusercontent.com:sub', undefined, undefined],
  ];
  for (const [written, documented, global] of rows) {
    const key = catalog.conditionKey(written);
    assert.equal(key?.key, documented, written);
    assert.equal(key?.global, global, written);
  }
  assert.equal(catalog.conditionKey('s3:prefix')?.type, 'String');
});

test('catalog: which actions support a condition key', () => {
  const rows: [action: string, key: string, supported: boolean][] = [
    ['s3:ListBucket', 's3:prefix', true],
    ['s3:ListBucket', 'S3:Prefix', true],
    ['s3:GetObject', 's3:prefix', false],
    ['s3:GetObject', 's3:ExistingObjectTag/Env', true],
    ['iam:PassRole', 'iam:PassedToService', true],
    ['iam:PassRole', 's3:prefix', false],
    // Through the resource type's own keys: an IAM role can be tagged.
    ['iam:PassRole', 'aws:ResourceTag/Team', true],
  ];
  for (const [name, key, supported] of rows) {
    const [service, action] = name.split(':');
    assert.equal(catalog.actionSupportsKey(catalog.action(service, action)!, key), supported, `${name} ${key}`);
  }
  assert.equal(catalog.isAttachedToSomeAction('s3:prefix'), true);
  assert.equal(catalog.isAttachedToSomeAction('s3:prefx'), false);
});

test('catalog: a hand-made catalog answers from its own data', () => {
  const data: CatalogData = {
    version: '0.0.1',
    updatedAt: '2024-01-02T03:04:05.000Z',
    services: [{
      prefix: 'demo',
      name: 'Demo Service',
      actions: [
        { service: 'demo', name: 'GetThing', description: 'Reads a thing', accessLevel: 'Read', resourceTypes: [{ name: 'thing', required: true, conditionKeys: [], dependentActions: [] }], conditionKeys: ['demo:Colour'], dependentActions: [] },
        { service: 'demo', name: 'ListThings', description: 'Lists things', accessLevel: 'List', resourceTypes: [], conditionKeys: [], dependentActions: [] },
      ],
      resourceTypes: [{ key: 'thing', arn: 'arn:${Partition}:demo:${Region}:${Account}:thing/${ThingId}', conditionKeys: ['demo:Label/${LabelKey}'] }],
      conditionKeys: [{ key: 'demo:Colour', description: 'The colour', type: 'String' }, { key: 'demo:Label/${LabelKey}', description: 'A label', type: 'String' }],
    }],
    globalConditionKeys: [{ key: 'aws:SourceIp', type: 'IPAddress', category: 'network' }],
  };
  const small = createCatalog(data);
  assert.equal(small.dataDate, '2024-01-02');
  assert.deepEqual(small.matchActions('demo:*').map((a) => a.name), ['GetThing', 'ListThings']);
  assert.equal(small.conditionKey('demo:label/Size')?.key, 'demo:Label/${LabelKey}');
  assert.equal(small.actionSupportsKey(small.action('demo', 'GetThing')!, 'demo:Label/Size'), true);
  assert.equal(small.actionSupportsKey(small.action('demo', 'ListThings')!, 'demo:Colour'), false);
  assert.equal(small.conditionKey('aws:sourceip')?.global, true);
});

test('ARN templates: which policy ARNs can name a resource of a type', () => {
  const BUCKET = 'arn:${Partition}:s3:::${BucketName}';
  const OBJECT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';
  const ROLE = 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}';
  const STREAM = 'arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}';
  const FUNCTION = 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}';
  const rows: [written: string, template: string, matches: boolean][] = [
    ['arn:aws:s3:::bucket', BUCKET, true],
    ['arn:aws:s3:::bucket', OBJECT, false],
    ['arn:aws:s3:::bucket/*', BUCKET, false],
    ['arn:aws:s3:::bucket/*', OBJECT, true],
    ['arn:aws:s3:::bucket/a/b/c.txt', OBJECT, true],
    ['arn:aws:s3:::*', BUCKET, true],
    ['arn:aws:s3:::*', OBJECT, true],
    ['arn:aws:s3:::bucket*', OBJECT, true],
    ['arn:aws:s3:::bucket/${aws:username}/*', OBJECT, true],
    ['arn:aws:s3:::${aws:username}', BUCKET, true],
    ['arn:aws-cn:s3:::bucket', BUCKET, true],
    ['arn:aws:s3:::bucket', ROLE, false],
    ['arn:aws:iam::123456789012:role/path/to/MyRole', ROLE, true],
    ['arn:aws:iam::*:role/*', ROLE, true],
    ['arn:aws:iam::123456789012:user/alice', ROLE, false],
    ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:*', STREAM, true],
    ['arn:aws:logs:*:*:log-group:/aws/lambda/fn:log-stream:abc', STREAM, true],
    ['arn:aws:lambda:us-east-1:123456789012:function:my-fn', FUNCTION, true],
    ['arn:aws:lambda:us-east-1:123456789012:function:my-fn:*', FUNCTION, true],
    ['arn:aws:lambda:us-east-1:123456789012:layer:my-layer', FUNCTION, false],
    ['arn:aws:*:*:*:*', FUNCTION, true],
    ['arn:aws:s?:::bucket', BUCKET, true],
    ['*', OBJECT, true],
    // Not an ARN: left to the ARN-format rules, and never a mismatch.
    ['bucket', BUCKET, true],
  ];
  for (const [written, template, matches] of rows) {
    assert.equal(arnMayMatchTemplate(written, template, undefined), matches, `${written} vs ${template}`);
  }
});
