import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Catalog } from '../../../../server/src/analysis/iam/catalog';
import { conditionKeyNotApplicable } from '../../../../server/src/analysis/rules/iam/conditionKeyNotApplicable';
import { assertMarked, embed, runWithCatalog, testCatalog } from '../../iam/catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const statement = (action: string, condition: string, extra = ''): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", ${action}, "Resource": "*", "Condition": ${condition}${extra}}]\n}\n`;

test('iam/condition-key-not-applicable: marked fixtures', () => {
  const rows: [name: string, source: string][] = [
    ['s3:prefix belongs to the list actions, not GetObject', statement('"Action": "s3:GetObject"', '{"StringLike": {⟦"s3:prefix"⟧: "home/"}}')],
    ['one supporting action is enough', statement('"Action": ["s3:GetObject", "s3:ListBucket"]', '{"StringLike": {"s3:prefix": "home/"}}')],
    ['a pattern stands for every action it matches', statement('"Action": "s3:List*"', '{"StringLike": {"s3:prefix": "home/"}}')],
    ['a key of another service', statement('"Action": ["s3:PutObject"]', '{"StringEquals": {⟦"ec2:InstanceType"⟧: "t3.micro"}}')],
    ['iam:PassedToService with PassRole', statement('"Action": "iam:PassRole"', '{"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}')],
    ['iam:PassedToService with GetRole', statement('"Action": "iam:GetRole"', '{"StringEquals": {⟦"iam:PassedToService"⟧: "ec2.amazonaws.com"}}')],
    ['a key supported through the resource type (tags of a role)', statement('"Action": "iam:PassRole"', '{"StringEquals": {"iam:ResourceTag/Team": "x"}}')],
    ['template keys with a tag key', statement('"Action": "s3:GetObject"', '{"StringEquals": {"s3:ExistingObjectTag/Env": "prod"}}')],
    ['global keys apply to every action', statement('"Action": "s3:GetObject"', '{"Bool": {"aws:SecureTransport": "true"}, "StringEquals": {"aws:ResourceTag/Team": "x", "ec2:SourceInstanceArn": "arn:aws:ec2:us-east-1:1:instance/i-1"}}')],
    ['NotAction matches the complement: not judged', statement('"NotAction": "s3:GetObject"', '{"StringLike": {"s3:prefix": "home/"}}')],
    ['"*" grants every action: not judged', statement('"Action": "*"', '{"StringLike": {"s3:prefix": "home/"}}')],
    ['an unknown action leaves the set unknown: not judged', statement('"Action": ["s3:GetObject", "s3:GetObjetc"]', '{"StringLike": {"s3:prefix": "home/"}}')],
    ['an intrinsic action leaves the set unknown: not judged', statement('"Action": ["s3:GetObject", {"Ref": "Extra"}]', '{"StringLike": {"s3:prefix": "home/"}}')],
    ['unknown keys belong to iam/unknown-condition-key', statement('"Action": "s3:GetObject"', '{"StringLike": {"s3:prefx": "home/", "token.actions.githubusercontent.com:sub": "x"}}')],
    ['wrong type → nothing', statement('"Action": "s3:GetObject"', '{"StringLike": "s3:prefix"}')],
    ['trust policy keys of identity providers', statement('"Action": "sts:AssumeRoleWithWebIdentity"', '{"StringEquals": {"accounts.google.com:aud": "x", "cognito-identity.amazonaws.com:aud": "y"}}')],
  ];
  for (const [name, source] of rows) assertMarked(source, conditionKeyNotApplicable, catalog, name);
});

test('iam/condition-key-not-applicable: the message names the entries and where the key belongs', () => {
  const [finding] = runWithCatalog(statement('"Action": ["s3:GetObject", "s3:PutObject"]', '{"StringLike": {"s3:prefix": "home/"}}'), [conditionKeyNotApplicable], catalog).findings;
  assert.equal(finding.severity, 'warning');
  assert.match(finding.message, /None of this statement's actions \(s3:GetObject, s3:PutObject\) supports the condition key "s3:prefix"/);
  assert.match(finding.message, /UNSUPPORTED_ACTION_FOR_CONDITION_KEY/);
  assert.match(finding.message, /The key applies to s3:ListBucket/);
  const [ja] = runWithCatalog(statement('"Action": "s3:GetObject"', '{"StringLike": {"s3:prefix": "home/"}}'), [conditionKeyNotApplicable], catalog, 'ja').findings;
  assert.match(ja.message, /条件キー "s3:prefix" に対応していません/);
});

test('iam/condition-key-not-applicable: a policy held in a JSON string, in a CloudFormation template', () => {
  const inner = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*","Condition":{"StringEquals":{⟦"sns:Protocol"⟧:"https"}}}]}';
  const source = `{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": "${embed(inner)}"}}}}`;
  assertMarked(source, conditionKeyNotApplicable, catalog);
});

test('iam/condition-key-not-applicable: silent until the catalog is loaded', () => {
  assert.deepEqual(runWithCatalog(statement('"Action": "s3:GetObject"', '{"StringLike": {"s3:prefix": "home/"}}'), [conditionKeyNotApplicable], undefined).findings, []);
});
