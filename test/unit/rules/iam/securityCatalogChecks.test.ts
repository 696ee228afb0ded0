// The checks of issue #12 that read the action catalog: "*" on actions that take resource ARNs (parliament
// RESOURCE_STAR), set qualifiers on single-valued keys and ForAllValues in an Allow, and dependent actions.

import { before, test } from 'node:test';
import { createCatalog, type Catalog } from '../../../../server/src/analysis/iam/catalog';
import { grantsNothing } from '../../../../server/src/analysis/rules/iam/grantsNothing';
import { dependentAction } from '../../../../server/src/analysis/rules/iam/dependentAction';
import { resourceStar } from '../../../../server/src/analysis/rules/iam/resourceStar';
import { serviceWildcard } from '../../../../server/src/analysis/rules/iam/serviceWildcard';
import { setOperator } from '../../../../server/src/analysis/rules/iam/setOperator';
import { assertMarked, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const p = (...statements: string[]): string => `{"Version":"2012-10-17","Statement":[${statements.map((s) => `{${s}}`).join(',')}]}`;
const cfn = (statement: string): string => `{"Resources":{"P":{"Type":"AWS::IAM::ManagedPolicy","Properties":{"PolicyDocument":${p(statement)}}}}}`;
const kms = (statement: string): string => `{"Resources":{"K":{"Type":"AWS::KMS::Key","Properties":{"KeyPolicy":${p(statement)}}}}}`;
const LAMBDA_BASIC = p('"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"arn:aws:logs:*:*:*"');

test('iam/resource-star: marked fixtures', () => {
  const rows: [string, string][] = [
    ['PutObject can name objects', p('"Effect":"Allow","Action":"s3:PutObject","Resource":⟦"*"⟧')],
    ['a resource policy\'s "*" is its own resource', kms('"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/app"},"Action":"kms:Encrypt","Resource":"*"')],
    ['one finding per statement, on its "*"', p('"Effect":"Allow","Action":["s3:Put*","sqs:SendMessage","ec2:DescribeInstances"],"Resource":["arn:aws:s3:::b/*",⟦"*"⟧]')],
    ['permissions management counts', p('"Effect":"Allow","Action":"iam:AttachRolePolicy","Resource":⟦"*"⟧')],
    ['reading and listing on "*" is how read-only policies are written', p('"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket","ec2:Describe*"],"Resource":"*"')],
    ['actions that support only "*" are right', p('"Effect":"Allow","Action":["ec2:DescribeInstances","s3:ListAllMyBuckets"],"Resource":"*"')],
    ['"service:*" and "*" are other rules\'', p('"Effect":"Allow","Action":["s3:*","*"],"Resource":"*"')],
    ['a condition narrows "*"', p('"Effect":"Allow","Action":"ec2:StartInstances","Resource":"*","Condition":{"StringEquals":{"aws:ResourceTag/team":"a"}}')],
    ['Deny', p('"Effect":"Deny","Action":"s3:PutObject","Resource":"*"')],
    ['unknown actions are other rules\'', p('"Effect":"Allow","Action":"s3:PutObjekt","Resource":"*"')],
    ['wrong type → nothing', p('"Effect":"Allow","Action":"s3:GetObject","Resource":[1]')],
    ['real: AWSLambdaBasicExecutionRole as AWS scopes it stays clean', LAMBDA_BASIC],
  ];
  for (const [name, source] of rows) assertMarked(source, resourceStar, catalog, name);
});

test('iam/service-wildcard: marked fixtures', () => {
  const rows: [string, string][] = [
    ['s3:* on *', p('"Effect":"Allow","Action":⟦"s3:*"⟧,"Resource":"*"')],
    ['two services, one finding each', p('"Effect":"Allow","Action":[⟦"iam:*"⟧,"s3:GetObject",⟦"KMS:*"⟧],"Resource":["arn:aws:s3:::b/*","*"]')],
    ['a service whose actions all need "*" (AWS Support) can only be granted so', p('"Effect":"Allow","Action":["support:*","pricing:*"],"Resource":"*"')],
    ['a pattern over part of a service is not a whole service', p('"Effect":"Allow","Action":"s3:Get*","Resource":"*"')],
    ['named resources', p('"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/*"')],
    ['a condition narrows it', p('"Effect":"Allow","Action":"ec2:*","Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}')],
    ['"*" is iam/full-access\'s', p('"Effect":"Allow","Action":"*","Resource":"*"')],
    ['Deny', p('"Effect":"Deny","Action":"s3:*","Resource":"*"')],
    ['an unknown service is iam/unknown-service\'s', p('"Effect":"Allow","Action":"s4:*","Resource":"*"')],
    ['in a KMS key policy "*" is the key itself (AWS\'s default key policy)', kms('"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"')],
    ['wrong type → nothing', p('"Effect":"Allow","Action":["s3:*"],"Resource":42')],
    ['real: AWSLambdaBasicExecutionRole stays clean', LAMBDA_BASIC],
  ];
  for (const [name, source] of rows) assertMarked(source, serviceWildcard, catalog, name);
});

test('iam/grants-nothing with the catalog: an Action list that names no existing action', () => {
  const rows: [string, string][] = [
    ['every entry unknown', p('"Effect":"Allow",⟦"Action"⟧:["s3:GetObjekt","ec2:Descrobe*"],"Resource":"*"')],
    ['a service missing from the data may be newer than it: not judged', p('"Effect":"Allow","Action":["s3:GetObjekt","deepracer:GetModel"],"Resource":"*"')],
    ['one real entry is enough to grant something', p('"Effect":"Allow","Action":["s3:GetObjekt","s3:GetObject"],"Resource":"*"')],
    ['"*" and NotResource "*" keep their own finding', p('"Effect":"Deny","Action":"s3:GetObjekt","NotResource":⟦"*"⟧')],
    ['an intrinsic entry may be anything', cfn('"Effect":"Allow","Action":["s3:GetObjekt",{"Ref":"A"}],"Resource":"*"')],
    ['wrong type → nothing', p('"Effect":"Allow","Action":[7],"Resource":"*"')],
    ['real: AWSLambdaBasicExecutionRole stays clean', LAMBDA_BASIC],
  ];
  for (const [name, source] of rows) assertMarked(source, grantsNothing, catalog, name);
});

test('iam/set-operator: marked fixtures', () => {
  const rows: [string, string][] = [
    ['ForAllValues on the single-valued aws:SourceVpc', p('"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{⟦"ForAllValues:StringNotEquals"⟧:{"aws:SourceVpc":"vpc-1a2b3c4d"}}')],
    ['ForAnyValue on a single-valued key', p('"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b","Condition":{⟦"ForAnyValue:StringLike"⟧:{"s3:prefix":"home/*"}}')],
    ['ForAllValues on aws:TagKeys in an Allow without a Null check', p('"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{⟦"aws:TagKeys"⟧:["team"]}}')],
    ['with the Null check, the key must be present', p('"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team"]},"Null":{"aws:TagKeys":"false"}}')],
    ['ForAllValues in a Deny on a multivalued key is fine', p('"Effect":"Deny","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:TagKeys":["team"]}}')],
    ['ForAnyValue on a multivalued key is fine', p('"Effect":"Allow","Action":"ec2:CreateTags","Resource":"*","Condition":{"ForAnyValue:StringEquals":{"aws:TagKeys":["team"]}}')],
    ['unknown keys are other rules\'', p('"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"ForAllValues:StringEquals":{"aws:NoSuchKey":"x"}}')],
    ['wrong type → nothing', p('"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"ForAllValues:StringEquals":7}')],
    ['real: AWSLambdaBasicExecutionRole stays clean', LAMBDA_BASIC],
  ];
  for (const [name, source] of rows) assertMarked(source, setOperator, catalog, name);
});

// The bundled data lists no dependent actions today, so this rule is proved on a small catalog built by hand, with
// ecs:RunTask depending on iam:PassRole as the Service Authorization Reference lists it for task roles.
const small = createCatalog({
  version: 'test', updatedAt: '2026-01-01T00:00:00Z', globalConditionKeys: [],
  services: [
    { prefix: 'ecs', name: 'Amazon ECS', resourceTypes: [], conditionKeys: [], actions: [
      { service: 'ecs', name: 'RunTask', description: '', accessLevel: 'Write', conditionKeys: [], dependentActions: ['iam:PassRole'], resourceTypes: [] },
      { service: 'ecs', name: 'ListTasks', description: '', accessLevel: 'List', conditionKeys: [], dependentActions: [], resourceTypes: [] },
    ] },
    { prefix: 'iam', name: 'IAM', resourceTypes: [], conditionKeys: [], actions: [
      { service: 'iam', name: 'PassRole', description: '', accessLevel: 'Write', conditionKeys: [], dependentActions: [], resourceTypes: [] },
    ] },
  ],
});

test('iam/dependent-action: marked fixtures', () => {
  const rows: [string, string][] = [
    ['ecs:RunTask without iam:PassRole', p('"Effect":"Allow","Action":[⟦"ecs:RunTask"⟧,"ecs:ListTasks"],"Resource":"*"')],
    ['iam:PassRole in another statement', p('"Effect":"Allow","Action":"ecs:RunTask","Resource":"*"', '"Effect":"Allow","Action":"iam:Pass*","Resource":"arn:aws:iam::111122223333:role/task"')],
    ['NotAction that leaves iam:PassRole allowed', p('"Effect":"Allow","Action":"ecs:RunTask","Resource":"*"', '"Effect":"Allow","NotAction":"s3:*","Resource":"*"')],
    ['wildcard entries are not read', p('"Effect":"Allow","Action":"ecs:Run*","Resource":"*"')],
    ['wrong type → nothing', p('"Effect":"Allow","Action":7,"Resource":"*"')],
    ['real: a list-only policy stays clean', p('"Effect":"Allow","Action":"ecs:ListTasks","Resource":"*"')],
  ];
  for (const [name, source] of rows) assertMarked(source, dependentAction, small, name);
});
