// The security checks of issue #12 (points 8 and 10) that need no catalog: a resource policy open to everyone, a
// whole service on every resource, privilege escalation sets, statements that match nothing, and Regions that do
// not exist. Each table ends with a real, valid document that must stay clean.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import { allowNotResource } from '../../../../server/src/analysis/rules/iam/allowNotResource';
import { createSlrWildcard } from '../../../../server/src/analysis/rules/iam/createSlrWildcard';
import { grantsNothing } from '../../../../server/src/analysis/rules/iam/grantsNothing';
import { passRoleWildcard } from '../../../../server/src/analysis/rules/iam/passRoleWildcard';
import { privilegeEscalation } from '../../../../server/src/analysis/rules/iam/privilegeEscalation';
import { publicAccess } from '../../../../server/src/analysis/rules/iam/publicAccess';
import { unknownRegion } from '../../../../server/src/analysis/rules/iam/unknownRegion';
import { cfnObject, cfnString, putBucketPolicy, runRows } from './iamFixture';

const p = (...statements: string[]): string => `{"Version":"2012-10-17","Statement":[${statements.map((s) => `{${s}}`).join(',')}]}`;

// The S3 bucket policy AWS documents for CloudFront origin access control: a service principal limited by aws:SourceArn.
const OAC_BUCKET_POLICY = p('"Sid":"AllowCloudFrontServicePrincipalReadOnly","Effect":"Allow","Principal":{"Service":"cloudfront.amazonaws.com"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::amzn-s3-demo-bucket/*","Condition":{"StringEquals":{"AWS:SourceArn":"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"}}}');
// AWSLambdaBasicExecutionRole, an AWS managed policy.
const LAMBDA_BASIC = p('"Effect":"Allow","Action":["logs:CreateLogGroup","logs:CreateLogStream","logs:PutLogEvents"],"Resource":"*"');

runRows(publicAccess, [
  { name: '"Principal": "*" with no condition', fixture: putBucketPolicy(p('"Effect":"Allow","Principal":⟦"*"⟧,"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"')), summary: ['warning iam/public-access'], says: ['allows everyone'] },
  { name: '{"AWS": "*"} in a CloudFormation queue policy', fixture: cfnObject('AWS::SQS::QueuePolicy', 'PolicyDocument', p('"Effect":"Allow","Principal":{"AWS":⟦"*"⟧},"Action":"sqs:SendMessage","Resource":"*"')), summary: ['warning iam/public-access'] },
  { name: 'aws:Referer does not limit the caller (S3 calls it public)', fixture: putBucketPolicy(p('"Effect":"Allow","Principal":⟦"*"⟧,"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"StringLike":{"aws:Referer":"https://example.com/*"}}')), summary: ['warning iam/public-access'] },
  { name: 'aws:SourceArn limits it', fixture: putBucketPolicy(p('"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:111122223333:t"}}')), summary: [] },
  { name: 'aws:PrincipalOrgID limits it, key in any case', fixture: putBucketPolicy(p('"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"StringEquals":{"AWS:principalorgid":"o-abc123"}}')), summary: [] },
  { name: 'aws:SourceVpce limits it', fixture: putBucketPolicy(p('"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1a2b3c4d"}}')), summary: [] },
  { name: 'Deny with "*" is how guard rails are written', fixture: putBucketPolicy(p('"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}')), summary: [] },
  { name: 'an intrinsic condition may limit it', fixture: cfnObject('AWS::SNS::TopicPolicy', 'PolicyDocument', p('"Effect":"Allow","Principal":"*","Action":"sns:Publish","Resource":"*","Condition":{"Fn::If":["C",{},{}]}')), summary: [] },
  { name: 'ECR RepositoryPolicyText is read as a policy', fixture: cfnObject('AWS::ECR::Repository', 'RepositoryPolicyText', p('"Effect":"Allow","Principal":⟦"*"⟧,"Action":"ecr:BatchGetImage"')), summary: ['warning iam/public-access'] },
  { name: 'CloudWatch Logs resource policy held in a string', fixture: cfnString('AWS::Logs::ResourcePolicy', 'PolicyDocument', p('"Effect":"Allow","Principal":{"AWS":⟦"*"⟧},"Action":"logs:PutLogEvents","Resource":"*"')), summary: ['warning iam/public-access'] },
  { name: 'a VPC endpoint policy applies only through its endpoint', fixture: cfnObject('AWS::EC2::VPCEndpoint', 'PolicyDocument', p('"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"')), summary: [] },
  { name: 'wrong type → nothing', fixture: putBucketPolicy(p('"Effect":"Allow","Principal":42,"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"')), summary: [] },
  { name: 'identity policies have no principal to check', fixture: LAMBDA_BASIC, summary: [] },
  { name: 'real: the OAC bucket policy from the CloudFront Developer Guide stays clean', fixture: putBucketPolicy(OAC_BUCKET_POLICY), summary: [] },
]);


runRows(privilegeEscalation, [
  { name: 'iam:CreatePolicyVersion alone', fixture: p('"Effect":"Allow","Action":["iam:GetPolicy",⟦"iam:CreatePolicyVersion"⟧],"Resource":"*"'), summary: ['warning iam/privilege-escalation'], says: ['create a new version of a policy', 'iam:CreatePolicyVersion'] },
  { name: 'PassRole + CreateFunction + InvokeFunction across statements', fixture: p('"Effect":"Allow","Action":⟦"iam:PassRole"⟧,"Resource":"arn:aws:iam::111122223333:role/*"', '"Effect":"Allow","Action":["lambda:CreateFunction","lambda:InvokeFunction"],"Resource":"*"'), summary: ['warning iam/privilege-escalation'], says: ['pass a role to a new Lambda function and invoke it'] },
  { name: 'PassRole + CreateFunction without InvokeFunction or an event source is not a method', fixture: p('"Effect":"Allow","Action":["iam:PassRole","lambda:CreateFunction"],"Resource":"*"'), summary: [] },
  { name: 'iam:* counts every IAM method, and says how many more', fixture: p('"Effect":"Allow","Action":⟦"iam:*"⟧,"Resource":"*"'), summary: ['warning iam/privilege-escalation'], says: ['and 9 other such methods'] },
  { name: 'NotAction that leaves lambda:UpdateFunctionCode', fixture: p('"Effect":"Allow",⟦"NotAction"⟧:["iam:*","organizations:*"],"Resource":"*"'), summary: ['warning iam/privilege-escalation'], says: ['replace the code of an existing Lambda function'] },
  { name: 'self-service on one\'s own user is not broad', fixture: p('"Effect":"Allow","Action":["iam:CreateAccessKey","iam:UpdateLoginProfile"],"Resource":"arn:aws:iam::*:user/${aws:username}"'), summary: [] },
  { name: 'a condition narrows it', fixture: p('"Effect":"Allow","Action":"iam:AttachRolePolicy","Resource":"*","Condition":{"ArnEquals":{"iam:PolicyARN":"arn:aws:iam::aws:policy/ReadOnlyAccess"}}'), summary: [] },
  { name: 'an unconditional Deny takes it back', fixture: p('"Effect":"Allow","Action":"iam:CreatePolicyVersion","Resource":"*"', '"Effect":"Deny","Action":"iam:CreatePolicyVersion","Resource":"*"'), summary: [] },
  { name: 'full access is iam/full-access\'s', fixture: p('"Effect":"Allow","Action":"*","Resource":"*"'), summary: [] },
  { name: 'a statement that matches nothing grants nothing', fixture: p('"Effect":"Allow","Action":"iam:*","NotResource":"*"'), summary: [] },
  { name: 'resource policies are not checked', fixture: putBucketPolicy(p('"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"s3:*","Resource":"arn:aws:s3:::b/*"')), summary: [] },
  { name: 'wrong type → nothing', fixture: p('"Effect":"Allow","Action":{"a":1},"Resource":"*"'), summary: [] },
  { name: 'Japanese', fixture: p('"Effect":"Allow","Action":⟦"iam:CreatePolicyVersion"⟧,"Resource":"*"'), summary: ['warning iam/privilege-escalation'], says: ['ポリシーの新しいバージョンを作る'], locale: 'ja' },
  { name: 'real: AWSLambdaBasicExecutionRole stays clean', fixture: LAMBDA_BASIC, summary: [] },
]);

runRows(grantsNothing, [
  { name: 'Allow with NotResource "*"', fixture: p('"Effect":"Allow","Action":"*","NotResource":⟦"*"⟧'), summary: ['warning iam/grants-nothing'], says: ['grants nothing', 'NotResource'] },
  { name: 'Deny with NotAction "*" in a list', fixture: p('"Effect":"Deny","NotAction":["s3:GetObject",⟦"*"⟧],"Resource":"*"'), summary: ['warning iam/grants-nothing'], says: ['denies nothing'] },
  { name: 'NotResource with named resources matches the rest', fixture: p('"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::payroll/*"'), summary: [] },
  { name: 'wrong type → nothing', fixture: p('"Effect":"Allow","Action":"*","NotResource":[1]'), summary: [] },
  { name: 'real: AWSLambdaBasicExecutionRole stays clean', fixture: LAMBDA_BASIC, summary: [] },
]);

runRows(unknownRegion, [
  { name: 'a Region that does not exist', fixture: p('"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:⟦us-east-3⟧:111122223333:q"'), summary: ['warning iam/unknown-region'], says: ['INVALID_ARN_REGION'] },
  { name: 'a China Region under the aws partition', fixture: p('"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:⟦cn-north-1⟧:111122223333:q"'), summary: ['warning iam/unknown-region'], says: ['aws-cn'] },
  { name: 'recent and partitioned Regions are real', fixture: p('"Effect":"Allow","Action":"sqs:SendMessage","Resource":["arn:aws:sqs:mx-central-1:111122223333:q","arn:aws:sqs:ap-southeast-7:111122223333:q","arn:aws-us-gov:sqs:us-gov-west-1:111122223333:q","arn:aws-cn:sqs:cn-northwest-1:111122223333:q","arn:aws-iso-b:sqs:us-isob-east-1:111122223333:q","arn:aws:sqs:ap-east-2:111122223333:q"]'), summary: [] },
  { name: 'wildcards and variables are not judged', fixture: p('"Effect":"Allow","Action":"sqs:SendMessage","Resource":["arn:aws:sqs:us-*:111122223333:q","arn:aws:sqs:${aws:RequestedRegion}:111122223333:q","arn:aws:s3:::b"]'), summary: [] },
  { name: 'NotResource is read too', fixture: p('"Effect":"Deny","Action":"sqs:*","NotResource":"arn:aws:sqs:⟦eu-west-9⟧:111122223333:q"'), summary: ['warning iam/unknown-region'] },
  { name: 'wrong type → nothing', fixture: p('"Effect":"Allow","Action":"sqs:SendMessage","Resource":7'), summary: [] },
  { name: 'real: the OAC bucket policy stays clean', fixture: putBucketPolicy(OAC_BUCKET_POLICY), summary: [] },
]);

// Point 10: each statement tells one story.
const story = (fixture: string): string[] => {
  const findings = analyzeDocument(parseDocument(fixture), { rules: [grantsNothing, passRoleWildcard, createSlrWildcard, allowNotResource] });
  return findings.map((f) => f.rule);
};

test('one story: {"Action": "*", "NotResource": "*"} says only that it grants nothing', () => {
  assert.deepEqual(story(p('"Effect":"Allow","Action":"*","NotResource":"*"')), ['iam/grants-nothing']);
});

test('one story: iam:PassRole on arn:aws:s3:::* does not claim "any role"', () => {
  assert.deepEqual(story(p('"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:s3:::*"')), []);
  // A wildcard that can be a role still can.
  assert.deepEqual(story(p('"Effect":"Allow","Action":"iam:PassRole","Resource":["arn:aws:s3:::*","arn:aws:iam::*:role/*"]')), ['iam/pass-role-wildcard']);
});
