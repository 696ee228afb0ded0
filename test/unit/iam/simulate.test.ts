// Simulate request: IAM's single-policy evaluation, rule by rule, with the examples of the IAM User Guide
// (policy evaluation logic, condition operators, multivalued keys, policy variables, Principal/NotPrincipal).
// Each row renders the answer as "decision #n…" (the deciding statements, 1-based) and compares it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createCatalog, formatIamSimulation, iamCodeLenses, iamSimulationForWire, parseDocument, policyList, simulateIamRequest,
  type ContextValue, type IamSimulationResult,
} from '../../../server/src/analysis';
import { annotate, parseFixture } from '../fixture';

interface Request {
  action: string;
  resource?: string;
  context?: Record<string, ContextValue>;
  principal?: string;
}

function simulate(policy: object | string, request: Request, index?: number): IamSimulationResult {
  const text = typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2);
  const answer = simulateIamRequest(parseDocument(text), { resource: '*', ...request, policy: index });
  assert.ok(answer.result, answer.error?.message);
  return answer.result;
}

/** "allowed #1", "explicit-deny #2 #3", "implicit-deny", "unknown(allowed|implicit-deny) #1". */
function verdict(result: IamSimulationResult): string {
  const head = result.decision === 'unknown' ? `unknown(${result.possibleDecisions.join('|')})` : result.decision;
  return [head, ...result.deciding.map((d) => `#${d.index + 1}`)].join(' ');
}

const policy = (...Statement: object[]): object => ({ Version: '2012-10-17', Statement });

interface Row {
  name: string;
  policy: object | string;
  requests: [Request, string][];
}

const rows: Row[] = [
  {
    name: 'an explicit Deny overrides an Allow; what nothing allows is implicitly denied',
    policy: policy(
      { Sid: 'AllowS3', Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Sid: 'DenyDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
    ),
    requests: [
      [{ action: 's3:GetObject' }, 'allowed #1'],
      [{ action: 's3:DeleteObject' }, 'explicit-deny #2'],
      [{ action: 'ec2:RunInstances' }, 'implicit-deny'],
    ],
  },
  {
    name: 'every applying Allow is named',
    policy: policy(
      { Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    ),
    requests: [[{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }, 'allowed #1 #2']],
  },
  {
    name: 'actions: case-insensitive, * and ? anywhere in the action, * alone',
    policy: policy(
      { Effect: 'Allow', Action: ['S3:getobject', 'iam:*AccessKey*', 'ec2:?escribeInstances'], Resource: '*' },
      { Effect: 'Allow', Action: '*', Resource: 'arn:aws:sqs:*:*:q' },
    ),
    requests: [
      [{ action: 's3:GetObject' }, 'allowed #1'],
      [{ action: 'IAM:CreateAccessKey' }, 'allowed #1'],
      [{ action: 'iam:UpdateAccessKey' }, 'allowed #1'],
      [{ action: 'ec2:DescribeInstances' }, 'allowed #1'],
      [{ action: 'ec2:DDescribeInstances' }, 'implicit-deny'],
      [{ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-1:111122223333:q' }, 'allowed #2'],
    ],
  },
  {
    name: 'NotAction with Allow covers every action it does not list (IAMUG notaction example)',
    policy: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }),
    requests: [
      [{ action: 's3:PutObject' }, 'allowed #1'],
      [{ action: 'iam:CreateUser' }, 'implicit-deny'],
    ],
  },
  {
    name: 'NotAction with Deny and BoolIfExists: deny everything but IAM without MFA (IAMUG notaction example)',
    policy: policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
    ),
    requests: [
      [{ action: 's3:ListBucket', context: { 'aws:MultiFactorAuthPresent': 'false' } }, 'explicit-deny #2'],
      [{ action: 's3:ListBucket' }, 'explicit-deny #2'],
      [{ action: 's3:ListBucket', context: { 'aws:MultiFactorAuthPresent': 'true' } }, 'allowed #1'],
      [{ action: 'iam:ChangePassword' }, 'allowed #1'],
    ],
  },
  {
    name: 'NotResource: deny everything outside one bucket',
    policy: policy(
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::mybucket', 'arn:aws:s3:::mybucket/*'] },
    ),
    requests: [
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::mybucket/a/b.txt' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::otherbucket/a' }, 'explicit-deny #2'],
    ],
  },
  {
    name: 'resources: case-sensitive ARNs, * and ? within a segment, a segment-ending * crosses colons',
    policy: policy(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::B/*', 'arn:aws:s3:::logs-20??/*', 'arn:aws:s3:::data/*/x'] },
      { Effect: 'Allow', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-2:*' },
      { Effect: 'Allow', Action: 'ec2:StartInstances', Resource: 'arn:aws:ec2:*:111122223333:instance/*' },
    ),
    requests: [
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::B/key' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/key' }, 'implicit-deny'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::logs-2024/x' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::logs-202/x' }, 'implicit-deny'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::data/a/b/x' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::data/a:b/x' }, 'implicit-deny'],
      [{ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-2:111122223333:queue1' }, 'allowed #2'],
      [{ action: 'ec2:StartInstances', resource: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1' }, 'allowed #3'],
      [{ action: 'ec2:StartInstances', resource: 'arn:aws:ec2:eu-west-1:444455556666:instance/i-1' }, 'implicit-deny'],
    ],
  },
  {
    name: 'StringLike with a policy variable: each user lists their home folder (IAMUG variables example)',
    policy: policy(
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::mybucket', Condition: { StringLike: { 's3:prefix': ['${aws:username}/*'] } } },
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::mybucket/${aws:username}/*' },
    ),
    requests: [
      [{ action: 's3:ListBucket', resource: 'arn:aws:s3:::mybucket', context: { 'aws:username': 'David', 's3:prefix': 'David/photos' } }, 'allowed #1'],
      [{ action: 's3:ListBucket', resource: 'arn:aws:s3:::mybucket', context: { 'aws:username': 'David', 's3:prefix': 'Adele/' } }, 'implicit-deny'],
      [{ action: 's3:PutObject', resource: 'arn:aws:s3:::mybucket/David/a.txt', context: { 'AWS:UserName': 'David' } }, 'allowed #2'],
      [{ action: 's3:PutObject', resource: 'arn:aws:s3:::mybucket/Adele/a.txt', context: { 'aws:username': 'David' } }, 'implicit-deny'],
      // No aws:username (a role session): the variable has no value, so the statement cannot match.
      [{ action: 's3:PutObject', resource: 'arn:aws:s3:::mybucket/David/a.txt' }, 'implicit-deny'],
    ],
  },
  {
    name: 'policy variables: default values, the ${*} escape, values inserted literally',
    policy: policy(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: "arn:aws:s3:::b/${aws:PrincipalTag/team, 'company-wide'}/*" },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/${*}/x' },
    ),
    requests: [
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/company-wide/r' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/dev/r', context: { 'aws:principaltag/team': 'dev' } }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/company-wide/r', context: { 'aws:PrincipalTag/team': 'dev' } }, 'implicit-deny'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/xy/r', context: { 'aws:PrincipalTag/team': '*' } }, 'implicit-deny'],
      [{ action: 's3:PutObject', resource: 'arn:aws:s3:::b/*/x' }, 'allowed #2'],
      [{ action: 's3:PutObject', resource: 'arn:aws:s3:::b/a/x' }, 'implicit-deny'],
    ],
  },
  {
    name: 'under Version 2008-10-17 ${…} is plain text',
    policy: { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}' }] },
    requests: [
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/David', context: { 'aws:username': 'David' } }, 'implicit-deny'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/${aws:username}' }, 'allowed #1'],
    ],
  },
  {
    name: '…IfExists: a missing key is true, a present key is checked',
    policy: policy({ Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*', Condition: { StringEqualsIfExists: { 'ec2:InstanceType': ['t2.micro', 't2.small'] } } }),
    requests: [
      [{ action: 'ec2:RunInstances' }, 'allowed #1'],
      [{ action: 'ec2:RunInstances', context: { 'ec2:InstanceType': 't2.small' } }, 'allowed #1'],
      [{ action: 'ec2:RunInstances', context: { 'ec2:InstanceType': 't2.large' } }, 'implicit-deny'],
    ],
  },
  {
    name: 'ForAllValues:StringNotLike in a Deny (IAMUG multivalued example table): a missing key matches',
    policy: policy(
      { Effect: 'Allow', Action: 'iam:Tag*', Resource: '*' },
      { Sid: 'DenyRestrictedTags', Effect: 'Deny', Action: ['iam:Tag*', 'iam:UnTag*'], Resource: ['*'], Condition: { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'key1*' } } },
    ),
    requests: [
      [{ action: 'iam:TagUser', context: { 'aws:TagKeys': ['key1:legal'] } }, 'allowed #1'],
      [{ action: 'iam:TagUser', context: { 'aws:TagKeys': ['key1:hr', 'key1:personnel'] } }, 'allowed #1'],
      [{ action: 'iam:TagUser', context: { 'aws:TagKeys': ['key2:audit'] } }, 'explicit-deny #2'],
      [{ action: 'iam:TagUser' }, 'explicit-deny #2'],
      // An empty set is a null dataset: the same as no key.
      [{ action: 'iam:TagUser', context: { 'aws:TagKeys': [] } }, 'explicit-deny #2'],
    ],
  },
  {
    name: 'ForAllValues / ForAnyValue with an Allow: subset, intersection, and the missing-key behaviour',
    policy: policy(
      { Effect: 'Allow', Action: 'ec2:CreateTags', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } } },
      { Effect: 'Allow', Action: 'ec2:DeleteTags', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['environment'] } } },
    ),
    requests: [
      [{ action: 'ec2:CreateTags', context: { 'aws:TagKeys': ['environment'] } }, 'allowed #1'],
      [{ action: 'ec2:CreateTags', context: { 'aws:TagKeys': ['environment', 'owner'] } }, 'implicit-deny'],
      [{ action: 'ec2:CreateTags' }, 'allowed #1'],
      [{ action: 'ec2:DeleteTags', context: { 'aws:TagKeys': ['owner', 'environment'] } }, 'allowed #2'],
      [{ action: 'ec2:DeleteTags', context: { 'aws:TagKeys': ['owner'] } }, 'implicit-deny'],
      [{ action: 'ec2:DeleteTags' }, 'implicit-deny'],
      [{ action: 'ec2:DeleteTags', context: { 'aws:TagKeys': [] } }, 'implicit-deny'],
    ],
  },
  {
    name: 'several values are ORed, several keys and operators are ANDed, key names ignore case',
    policy: policy({
      Effect: 'Allow', Action: 's3:GetObject', Resource: '*',
      Condition: {
        StringEquals: { 'aws:PrincipalTag/department': ['finance', 'hr'], 'aws:PrincipalTag/role': 'audit' },
        ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::222222222222:user/Ana', 'arn:aws:iam::222222222222:role/*'] },
      },
    }),
    requests: [
      [{ action: 's3:GetObject', context: { 'aws:principaltag/DEPARTMENT': 'hr', 'aws:PrincipalTag/role': 'audit', 'aws:PrincipalArn': 'arn:aws:iam::222222222222:role/x' } }, 'allowed #1'],
      [{ action: 's3:GetObject', context: { 'aws:PrincipalTag/department': 'HR', 'aws:PrincipalTag/role': 'audit', 'aws:PrincipalArn': 'arn:aws:iam::222222222222:user/Ana' } }, 'implicit-deny'],
      [{ action: 's3:GetObject', context: { 'aws:PrincipalTag/department': 'hr', 'aws:PrincipalArn': 'arn:aws:iam::222222222222:user/Ana' } }, 'implicit-deny'],
      [{ action: 's3:GetObject', context: { 'aws:PrincipalTag/department': 'hr', 'aws:PrincipalTag/role': 'audit', 'aws:PrincipalArn': 'arn:aws:iam::222222222222:user/Bob' } }, 'implicit-deny'],
    ],
  },
  {
    name: 'negated operators: NOR over the values, and true when the key is missing',
    policy: policy(
      { Effect: 'Allow', Action: '*', Resource: '*' },
      { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } } },
    ),
    requests: [
      [{ action: 'ec2:RunInstances', context: { 'aws:RequestedRegion': 'eu-west-1' } }, 'allowed #1'],
      [{ action: 'ec2:RunInstances', context: { 'aws:RequestedRegion': 'us-east-1' } }, 'explicit-deny #2'],
      [{ action: 'ec2:RunInstances' }, 'explicit-deny #2'],
    ],
  },
  {
    name: 'StringEqualsIgnoreCase, and StringEquals takes * literally',
    policy: policy(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'Web' } } },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'we*' } } },
    ),
    requests: [
      [{ action: 's3:GetObject', context: { 'aws:PrincipalTag/team': 'WEB' } }, 'allowed #1'],
      [{ action: 's3:PutObject', context: { 'aws:PrincipalTag/team': 'web' } }, 'implicit-deny'],
      [{ action: 's3:PutObject', context: { 'aws:PrincipalTag/team': 'we*' } }, 'allowed #2'],
    ],
  },
  {
    name: 'Null: "true" when the key is absent, "false" when it is present (aws:TokenIssueTime)',
    policy: policy(
      { Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { Null: { 'aws:TokenIssueTime': 'true' } } },
      { Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Null: { 'aws:TokenIssueTime': false } } },
    ),
    requests: [
      [{ action: 'ec2:StartInstances' }, 'allowed #1'],
      [{ action: 'ec2:StartInstances', context: { 'aws:TokenIssueTime': '2024-05-01T10:00:00Z' } }, 'implicit-deny'],
      [{ action: 's3:GetObject', context: { 'aws:TokenIssueTime': '2024-05-01T10:00:00Z' } }, 'allowed #2'],
      [{ action: 's3:GetObject' }, 'implicit-deny'],
    ],
  },
  {
    name: 'IpAddress and NotIpAddress with IPv4 and IPv6 CIDRs (IAMUG aws:SourceIp example)',
    policy: policy(
      { Effect: 'Allow', Action: '*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } } },
      { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.128/25' } } },
    ),
    requests: [
      [{ action: 's3:GetObject', context: { 'aws:SourceIp': '203.0.113.7' } }, 'allowed #1'],
      [{ action: 's3:GetObject', context: { 'aws:SourceIp': '198.51.100.7' } }, 'implicit-deny'],
      [{ action: 's3:GetObject', context: { 'aws:SourceIp': '2001:db8:1234:5678::9' } }, 'allowed #1'],
      [{ action: 's3:GetObject', context: { 'aws:SourceIp': '2001:db8:1234:5679::9' } }, 'implicit-deny'],
      [{ action: 's3:DeleteObject', context: { 'aws:SourceIp': '203.0.113.7' } }, 'explicit-deny #2'],
      [{ action: 's3:DeleteObject', context: { 'aws:SourceIp': '203.0.113.200' } }, 'allowed #1'],
    ],
  },
  {
    name: 'Date operators with ISO 8601 and epoch seconds (IAMUG aws:CurrentTime example)',
    policy: policy(
      { Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' } } },
      { Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { DateLessThanEquals: { 'aws:EpochTime': '1590000000' } } },
    ),
    requests: [
      [{ action: 'ec2:StartInstances', context: { 'aws:CurrentTime': '2020-05-01T12:00:00Z' } }, 'allowed #1'],
      [{ action: 'ec2:StartInstances', context: { 'aws:CurrentTime': '2020-07-01T02:00:00+02:00' } }, 'implicit-deny'],
      [{ action: 'ec2:StartInstances', context: { 'aws:CurrentTime': '2020-07-01T01:00:00+02:00' } }, 'allowed #1'],
      [{ action: 'ec2:StartInstances', context: { 'aws:CurrentTime': '1588334400' } }, 'allowed #1'],
      [{ action: 'ec2:StartInstances' }, 'implicit-deny'],
      [{ action: 's3:GetObject', context: { 'aws:EpochTime': '1590000000' } }, 'allowed #2'],
      [{ action: 's3:GetObject', context: { 'aws:EpochTime': '2020-05-20T18:40:01Z' } }, 'implicit-deny'],
    ],
  },
  {
    name: 'Bool: deny requests that do not use TLS (IAMUG aws:SecureTransport bucket policy)',
    policy: policy(
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' },
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::site', 'arn:aws:s3:::site/*'], Condition: { Bool: { 'aws:SecureTransport': false } } },
    ),
    requests: [
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::site/index.html', context: { 'aws:SecureTransport': 'true' }, principal: '*' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::site/index.html', context: { 'aws:SecureTransport': 'false' }, principal: '*' }, 'explicit-deny #2'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::site/index.html', principal: '*' }, 'allowed #1'],
    ],
  },
  {
    name: 'Numeric operators (IAMUG s3:max-keys example), a number the policy cannot read matches nothing',
    policy: policy(
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: { NumericLessThanEquals: { 's3:max-keys': '10' } } },
      { Effect: 'Allow', Action: 's3:ListBucketVersions', Resource: '*', Condition: { NumericEquals: { 's3:max-keys': 'ten' } } },
    ),
    requests: [
      [{ action: 's3:ListBucket', context: { 's3:max-keys': '10' } }, 'allowed #1'],
      [{ action: 's3:ListBucket', context: { 's3:max-keys': '10.5' } }, 'implicit-deny'],
      [{ action: 's3:ListBucketVersions', context: { 's3:max-keys': '10' } }, 'implicit-deny'],
    ],
  },
  {
    name: 'BinaryEquals compares the bytes of base-64 values',
    policy: policy({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*', Condition: { BinaryEquals: { 'aws:RequestTag/blob': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } } }),
    requests: [
      [{ action: 'dynamodb:GetItem', context: { 'aws:RequestTag/blob': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, 'allowed #1'],
      [{ action: 'dynamodb:GetItem', context: { 'aws:RequestTag/blob': 'QmluYXJ5' } }, 'implicit-deny'],
    ],
  },
  {
    name: 'ARN operators compare the six fields one by one, with wildcards inside a field',
    policy: policy(
      { Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-2:111122223333:q', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:topic-*' } } },
    ),
    requests: [
      [{ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-2:111122223333:q', principal: 'sns.amazonaws.com', context: { 'aws:SourceArn': 'arn:aws:sns:us-east-2:111122223333:topic-a' } }, 'allowed #1'],
      [{ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-2:111122223333:q', principal: 'sns.amazonaws.com', context: { 'aws:SourceArn': 'arn:aws:sns:us-east-2:444455556666:topic-a' } }, 'implicit-deny'],
      [{ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-2:111122223333:q', principal: 'sns.amazonaws.com', context: { 'aws:SourceArn': 'arn:aws:sns:us-east-2:111122223333' } }, 'implicit-deny'],
      [{ action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-east-2:111122223333:q', principal: 'lambda.amazonaws.com', context: { 'aws:SourceArn': 'arn:aws:sns:us-east-2:111122223333:topic-a' } }, 'implicit-deny'],
    ],
  },
  {
    name: 'Principal: an account stands for its principals, a role covers its sessions, "*" is everyone',
    policy: policy(
      { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::444455556666:role/path/Reader'] }, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:user/*' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*' },
    ),
    requests: [
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:iam::111122223333:user/Ana' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:sts::111122223333:assumed-role/R/s' }, 'allowed #1'],
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:iam::999999999999:user/Ana' }, 'implicit-deny'],
      [{ action: 's3:ListBucket', resource: 'arn:aws:s3:::b', principal: 'arn:aws:sts::444455556666:assumed-role/Reader/session-1' }, 'allowed #2'],
      [{ action: 's3:ListBucket', resource: 'arn:aws:s3:::b', principal: 'arn:aws:iam::444455556666:role/path/Reader' }, 'allowed #2'],
      [{ action: 's3:ListBucket', resource: 'arn:aws:s3:::b', principal: 'arn:aws:sts::444455556666:assumed-role/Writer/session-1' }, 'implicit-deny'],
      // Principal takes no partial wildcards.
      [{ action: 's3:PutObject', resource: 'arn:aws:s3:::b/k', principal: 'arn:aws:iam::444455556666:user/Bob' }, 'implicit-deny'],
      // No principal given: Principal is not checked, and the answer says so.
      [{ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }, 'allowed #1'],
    ],
  },
  {
    name: 'NotPrincipal with Deny spares only principals listed with their account (IAMUG NotPrincipal)',
    policy: policy(
      { Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', NotPrincipal: { AWS: ['arn:aws:iam::444455556666:user/Bob', 'arn:aws:iam::444455556666:root', 'arn:aws:iam::444455556666:user/Carol'] }, Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', NotPrincipal: { AWS: ['arn:aws:iam::777788889999:user/Dan'] }, Action: 's3:DeleteObject', Resource: '*' },
    ),
    requests: [
      [{ action: 's3:GetObject', principal: 'arn:aws:iam::444455556666:user/Bob' }, 'allowed #1'],
      [{ action: 's3:GetObject', principal: 'arn:aws:iam::444455556666:user/Alice' }, 'explicit-deny #2'],
      [{ action: 's3:DeleteObject', principal: 'arn:aws:iam::444455556666:user/Carol' }, 'explicit-deny #3'],
    ],
  },
  {
    name: 'a trust policy has no Resource: the statement governs the role it is attached to',
    policy: policy({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    requests: [
      [{ action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/web', principal: 'ec2.amazonaws.com' }, 'allowed #1'],
      [{ action: 'sts:AssumeRole', resource: 'arn:aws:iam::111122223333:role/web', principal: 'lambda.amazonaws.com' }, 'implicit-deny'],
    ],
  },
  {
    name: 'an Effect IAM rejects never applies',
    policy: policy({ Effect: 'allow', Action: '*', Resource: '*' }),
    requests: [[{ action: 's3:GetObject' }, 'implicit-deny']],
  },
];

for (const row of rows) {
  test(`iam simulate: ${row.name}`, () => {
    const got = row.requests.map(([request]) => `${request.action} ${request.resource ?? '*'} → ${verdict(simulate(row.policy, request))}`);
    const want = row.requests.map(([request, expected]) => `${request.action} ${request.resource ?? '*'} → ${expected}`);
    assert.deepEqual(got, want);
  });
}

// ---- Explanations -------------------------------------------------------------------------------

test('iam simulate: every statement says why it applies or not, element by element', () => {
  const result = simulate(policy(
    { Sid: 'AllowRead', Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
    { Sid: 'DenySecret', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/secret/*' },
    { Sid: 'Other', Effect: 'Allow', Action: 'ec2:*', Resource: 'arn:aws:s3:::B/*' },
  ), { action: 's3:GetObject', resource: 'arn:aws:s3:::b/a.txt', context: { 'aws:SecureTransport': 'true' } });
  assert.equal(verdict(result), 'allowed #1');
  const [read, secret, other] = result.statements;
  assert.equal(read.action.reason, '`s3:GetObject` matches `s3:Get*` (actions ignore letter case)');
  assert.equal(read.resource.reason, '`arn:aws:s3:::b/a.txt` matches `arn:aws:s3:::b/*`');
  assert.equal(read.principal.outcome, 'not-applicable');
  assert.deepEqual(read.condition.checks.map((c) => [c.operator, c.key, c.values, c.outcome, c.reason]), [
    ['Bool', 'aws:SecureTransport', ['true'], 'match', 'the request has `true` → true'],
  ]);
  assert.equal(secret.outcome, 'no-match');
  assert.equal(secret.resource.reason, '`arn:aws:s3:::b/a.txt` does not match `arn:aws:s3:::b/secret/*`');
  assert.equal(other.action.reason, '`s3:GetObject` does not match `ec2:*`');
  assert.match(other.resource.reason, /`arn:aws:s3:::B\/\*` differs only in letter case, and ARNs are case-sensitive/);
});

test('iam simulate: a missing policy variable makes the statement unable to match, and says so', () => {
  const result = simulate(policy(
    { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::home/${aws:username}/*' },
  ), { action: 's3:GetObject', resource: 'arn:aws:s3:::home/x/y' });
  assert.equal(verdict(result), 'implicit-deny');
  assert.match(result.statements[0].invalid ?? '', /policy variable `\$\{aws:username\}` has no value in the request and no default, so the statement cannot match/);
});

test('iam simulate: the missing-key rules are explained', () => {
  const result = simulate(policy({
    Effect: 'Allow', Action: '*', Resource: '*',
    Condition: {
      'StringNotLike': { 'aws:UserAgent': 'bot*' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': 'a' },
      'StringEqualsIfExists': { 'ec2:InstanceType': 't2.micro' },
      'ForAnyValue:StringEquals': { 'aws:CalledVia': 'cloudformation.amazonaws.com' },
    },
  }), { action: 's3:GetObject' });
  assert.deepEqual(result.statements[0].condition.checks.map((c) => `${c.outcome}: ${c.reason}`), [
    'match: the key is not in the request, and a negated operator is then true',
    'match: the key is not in the request, and ForAllValues is then true',
    'match: the key is not in the request, and …IfExists makes that true',
    'no-match: the key is not in the request, and ForAnyValue is then false',
  ]);
});

test('iam simulate: several request values without a set operator are evaluated as "any" and the note says AWS does not document it', () => {
  const result = simulate(policy({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:TagKeys': 'a' } } }),
    { action: 's3:GetObject', context: { 'aws:TagKeys': ['b', 'a'] } });
  assert.equal(verdict(result), 'allowed #1');
  assert.match(result.notes.join('\n'), /has several values in the request but the operator has no ForAllValues\/ForAnyValue; AWS does not document this case/);
});

// ---- Values only known at deployment ---------------------------------------------------------------

const template = (statements: object[]): string => JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    AppPolicy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: statements } } },
  },
}, null, 2);

test('iam simulate: intrinsic values are never guessed; the answer lists the decisions still possible', () => {
  const cases: [object[], Request, string][] = [
    [[{ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Sub': 'arn:aws:s3:::${Bucket}/*' } }], { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }, 'unknown(allowed|implicit-deny) #1'],
    // A literal match among unknown values still decides.
    [[{ Effect: 'Allow', Action: 's3:GetObject', Resource: [{ Ref: 'X' }, 'arn:aws:s3:::b/*'] }], { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }, 'allowed #1'],
    [[
      { Effect: 'Allow', Action: 's3:*', Resource: '*' },
      { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' } } } },
    ], { action: 's3:DeleteObject', context: { 'aws:PrincipalAccount': '111122223333' } }, 'unknown(allowed|explicit-deny) #1 #2'],
    // A definite Deny decides whatever the unknown statements say.
    [[
      { 'Fn::If': ['IsProd', { Effect: 'Allow', Action: '*', Resource: '*' }, { Ref: 'AWS::NoValue' }] },
      { Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' },
    ], { action: 's3:DeleteObject' }, 'explicit-deny #2'],
    [[
      { 'Fn::If': ['IsProd', { Effect: 'Allow', Action: '*', Resource: '*' }, { Ref: 'AWS::NoValue' }] },
    ], { action: 's3:GetObject' }, 'unknown(allowed|explicit-deny|implicit-deny)'],
    [[{ Effect: { 'Fn::If': ['C', 'Allow', 'Deny'] }, Action: 's3:*', Resource: '*' }], { action: 's3:GetObject' }, 'unknown(allowed|explicit-deny) #1'],
  ];
  for (const [statements, request, expected] of cases) {
    assert.equal(verdict(simulate(template(statements), request)), expected, JSON.stringify(statements));
  }
  const report = formatIamSimulation(simulate(template(cases[0][0]), cases[0][1]));
  assert.match(report, /\*\*Depends on values only known at deployment\*\*: allowed or implicitly denied\. The answer hangs on statement #1\./);
  assert.match(report, /the resources that could match are only known at deployment/);
});

// ---- Documents: CloudFormation, JSON strings, spans -------------------------------------------------

test('iam simulate: a template with several policies; each is picked by index and labelled', () => {
  const text = JSON.stringify({
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      DeployRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          Policies: [{ PolicyName: 'deploy', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'cloudformation:*', Resource: '*' }] } }],
        },
      },
    },
  }, null, 2);
  const doc = parseDocument(text);
  assert.deepEqual(policyList(doc).map((p) => [p.index, p.label, p.kind, p.statementCount]), [
    [0, 'AssumeRolePolicyDocument of DeployRole (AWS::IAM::Role)', 'trust', 1],
    [1, 'PolicyDocument of deploy in DeployRole (AWS::IAM::Role)', 'identity', 1],
  ]);
  assert.equal(verdict(simulate(text, { action: 'sts:AssumeRole', principal: 'codebuild.amazonaws.com' }, 0)), 'allowed #1');
  assert.equal(verdict(simulate(text, { action: 'cloudformation:CreateStack' }, 1)), 'allowed #1');
  assert.equal(verdict(simulate(text, { action: 'cloudformation:CreateStack' }, 0)), 'implicit-deny');
  const lenses = iamCodeLenses(doc);
  assert.deepEqual(lenses.map((l) => [l.policy, l.title, text.slice(l.span.offset, l.span.offset + l.span.length)]), [
    [0, 'Simulate request…', '"Statement"'],
    [1, 'Simulate request…', '"Statement"'],
  ]);
});

test('iam simulate: a policy held in a JSON string: spans of the deciding statement land on its escaped text', () => {
  const inner = JSON.stringify({ Version: '2012-10-17', Statement: [
    { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
    { Sid: 'NoSecrets', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/secret/*' },
  ] });
  const escaped = JSON.stringify(inner).slice(1, -1);
  const deny = JSON.stringify({ Sid: 'NoSecrets', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/secret/*' });
  const escapedDeny = JSON.stringify(deny).slice(1, -1);
  const source = `{\n  "RoleName": "r",\n  "PolicyName": "p",\n  "PolicyDocument": "${escaped.replace(escapedDeny, `⟦${escapedDeny}⟧`)}"\n}\n`;
  const { text } = parseFixture(source);
  const answer = simulateIamRequest(parseDocument(text), { action: 's3:GetObject', resource: 'arn:aws:s3:::b/secret/k' });
  assert.ok(answer.result);
  assert.equal(verdict(answer.result), 'explicit-deny #2');
  assert.equal(annotate(text, answer.result.deciding.map((d) => d.span)), source);
  const statementKey = answer.result.policySpan;
  assert.equal(text.slice(statementKey.offset, statementKey.offset + statementKey.length), '\\"Statement\\"');
});

test('iam simulate: the wire form is the result without offsets, and JSON-safe', () => {
  const result = simulate(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
    { action: 's3:GetObject', context: { 'aws:SecureTransport': 'true' } });
  const wire = iamSimulationForWire(result);
  assert.equal(JSON.stringify(wire).includes('"span"'), false);
  assert.equal(JSON.stringify(wire).includes('policySpan'), false);
  assert.deepEqual(JSON.parse(JSON.stringify(wire)), wire);
  assert.equal(formatIamSimulation(wire), formatIamSimulation(result));
});

// ---- Reports, languages, errors -------------------------------------------------------------------

test('iam simulate: the report names the decision, the deciding statements and every statement in English and Japanese', () => {
  const text = JSON.stringify(policy(
    { Sid: 'AllowRead', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
    { Sid: 'DenySecret', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/secret/*' },
  ));
  const request = { action: 's3:GetObject', resource: 'arn:aws:s3:::b/secret/x', context: { 'aws:SecureTransport': 'true' } };
  const en = simulateIamRequest(parseDocument(text), request).result!;
  const report = formatIamSimulation(en);
  assert.match(report, /^# Simulate request: `s3:GetObject` on `arn:aws:s3:::b\/secret\/x`\n\n\*\*Explicitly denied\*\* by statement #2 `DenySecret`: an explicit Deny overrides every Allow\./);
  assert.match(report, /- Policy: this policy file \(identity policy\)/);
  assert.match(report, /- Context: `aws:SecureTransport` = `true`/);
  assert.match(report, /- statement #1 `AllowRead` \(Allow\): \*\*applies\*\*\n {2}- Action: `s3:GetObject` matches `s3:GetObject`/);
  const ja = simulateIamRequest(parseDocument(text), request, { locale: 'ja' }).result!;
  const jaReport = formatIamSimulation(ja, 'ja');
  assert.match(jaReport, /^# リクエストのシミュレーション: `arn:aws:s3:::b\/secret\/x` に対する `s3:GetObject`\n\nステートメント #2 `DenySecret` により\*\*明示的に拒否されます\*\*。/);
  assert.match(jaReport, /ポリシー: このポリシーファイル（ID ベースのポリシー）/);
  assert.match(jaReport, /`s3:GetObject` は `s3:GetObject` に一致します/);
  assert.doesNotMatch(jaReport, /matches|Allowed|the request/);
  const implicit = formatIamSimulation(simulateIamRequest(parseDocument(text), { action: 'ec2:RunInstances', resource: '*' }, { locale: 'ja' }).result!, 'ja');
  assert.match(implicit, /\*\*暗黙的に拒否されます\*\*/);
});

test('iam simulate: user text cannot break out of its code spans in the report', () => {
  const result = simulate(policy({ Sid: 'x', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/`**x**`' }), { action: 's3:GetObject', resource: 'arn:aws:s3:::b/`**x**`' });
  assert.match(formatIamSimulation(result), /`` arn:aws:s3:::b\/`\*\*x\*\*` ``/);
});

test('iam simulate: bad requests and documents are answered with a reason, never a throw', () => {
  const text = JSON.stringify(policy({ Effect: 'Allow', Action: '*', Resource: '*' }));
  const doc = parseDocument(text);
  const error = (request: Parameters<typeof simulateIamRequest>[1], policy?: number, d = doc): string | undefined =>
    simulateIamRequest(d, { ...request, policy }).error?.message;
  assert.match(error({ action: 's3GetObject', resource: '*' }) ?? '', /is not an action: write service:Action/);
  assert.match(error({ action: 's3:Get*', resource: '*' }) ?? '', /without wildcards/);
  assert.match(error({ action: 's3:GetObject', resource: ' ' }) ?? '', /Give a resource ARN/);
  assert.match(error({ action: 's3:GetObject', resource: '*', context: { SourceIp: '1' } }) ?? '', /"SourceIp" is not a condition key/);
  assert.match(error({ action: 's3:GetObject', resource: '*' }, 2) ?? '', /no policy #3; it holds 1/);
  assert.match(error({ action: 's3:GetObject', resource: '*' }, -1) ?? '', /no policy #0/);
  assert.match(error({ action: 's3:GetObject', resource: '*' }, 0, parseDocument('{"name": "x"}')) ?? '', /holds no IAM policy/);
  assert.match(simulateIamRequest(undefined, { action: 's3:GetObject', resource: '*' }).error?.message ?? '', /not open/);
  assert.equal(simulateIamRequest(doc, { action: 's3:GetObject', resource: '*', context: 'x' as never }).result?.decision, 'allowed');
  assert.match(simulateIamRequest(doc, { action: 'x', resource: '*' }, { locale: 'ja' }).error?.message ?? '', /アクションではありません/);
  // Broken policies: no Statement, a statement without Action, Resource missing in an identity policy.
  for (const broken of ['{"Version": "2012-10-17", "Statement": []}', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"},{"Effect":"Allow","Action":"*"}]}', '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":[]}}']) {
    assert.equal(verdict(simulate(broken, { action: 's3:GetObject' })), 'implicit-deny', broken);
  }
});

test('iam simulate: with the catalog, an action it does not know is pointed out; without it, nothing is said', () => {
  const catalog = createCatalog({
    version: '0.0.0', updatedAt: '2026-09-26T00:00:00Z', globalConditionKeys: [],
    services: [{ prefix: 's3', name: 'Amazon S3', resourceTypes: [], conditionKeys: [], actions: [{ service: 's3', name: 'GetObject', description: '', accessLevel: 'Read', resourceTypes: [], conditionKeys: [], dependentActions: [] }] }],
  });
  const doc = parseDocument(JSON.stringify(policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })));
  const notes = (action: string, withCatalog: boolean): string[] => simulateIamRequest(doc, { action, resource: '*' }, withCatalog ? { catalog } : {}).result!.notes;
  assert.deepEqual(notes('s3:GetObject', true), []);
  assert.match(notes('s3:GetObjetc', true).join(), /`s3:GetObjetc` is not an action in the IAM action catalog \(data of 2026-09-26\)/);
  assert.match(notes('s4:GetObject', true).join(), /`s4` is not a service prefix/);
  assert.deepEqual(notes('s3:GetObjetc', false), []);
});

test('iam simulate: wildcard matching takes linear time, whatever the pattern', () => {
  const pattern = `arn:aws:s3:::${'*a'.repeat(40)}b`;
  const started = process.hrtime.bigint();
  const result = simulate(policy(
    { Effect: 'Allow', Action: `s3:${'*G'.repeat(40)}x`, Resource: '*' },
    { Effect: 'Allow', Action: 's3:GetObject', Resource: pattern, Condition: { StringLike: { 'aws:UserAgent': '*a'.repeat(40) + 'b' } } },
  ), { action: 's3:GetObject', resource: `arn:aws:s3:::${'a'.repeat(2000)}`, context: { 'aws:UserAgent': 'a'.repeat(2000) } });
  assert.equal(verdict(result), 'implicit-deny');
  assert.ok(process.hrtime.bigint() - started < 2_000_000_000n, 'answered within 2 s');
});
