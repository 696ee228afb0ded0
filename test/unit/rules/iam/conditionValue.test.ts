import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isConditionDate, legacyDateAccepts, networkOf, parseCidr } from '../../../../server/src/analysis/iam/conditionValues';
import { conditionValue } from '../../../../server/src/analysis/rules/iam/conditionValue';
import { cfnObject, putBucketPolicy, putRolePolicy, runRows } from './iamFixture';

const cond = (c: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":${c}}]}`;

runRows(conditionValue, [
  { name: 'valid values of every family', fixture: cond('{"DateGreaterThan":{"aws:CurrentTime":["2017-07-01T00:00:00Z","2019-07-01","1500000000","2009-06-30T12:00Z"]},"NumericLessThan":{"aws:MultiFactorAuthAge":3600},"Bool":{"aws:SecureTransport":"true"},"IpAddress":{"aws:SourceIp":["203.0.113.0/24","2001:DB8::/32","198.51.100.7"]},"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:111122223333:*"},"BinaryEquals":{"k":"QmluYXJ5"},"Null":{"k":false}}'), summary: [] },
  { name: 'bad date: legacy parsing', fixture: cond('{"DateGreaterThan":{"a":⟦"sdfdsf"⟧}}'), summary: ['error iam/condition-value'], says: ['The policy failed legacy parsing'] },
  { name: 'month 13', fixture: cond('{"DateLessThanEquals":{"a":⟦"234-13"⟧}}'), summary: ['error iam/condition-value'] },
  { name: 'epoch beyond int64', fixture: cond('{"DateLessThan":{"a":⟦"9223372036854775808"⟧}}'), summary: ['error iam/condition-value'] },
  { name: 'fraction of more than nine digits', fixture: cond('{"DateLessThanEquals":{"a":⟦"2016-12-13t2:00:00.1999999999+10:59"⟧}}'), summary: ['error iam/condition-value'] },
  { name: 'day-first date with IfExists and qualifier', fixture: cond('{"ForAnyValue:DateLessThanIfExists":{"a":["2020-01-01",⟦"31/12/2025"⟧]}}'), summary: ['error iam/condition-value'] },
  { name: 'bad date in a bucket policy: warning', fixture: putBucketPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*","Condition":{"DateGreaterThan":{"aws:CurrentTime":⟦"tomorrow"⟧}}}]}'), summary: ['warning iam/condition-value'] },
  { name: 'bad number', fixture: cond('{"NumericLessThan":{"s3:max-keys":⟦"ten"⟧}}'), summary: ['warning iam/condition-value'], says: ['TYPE_MISMATCH_NUMBER'] },
  { name: 'bad boolean', fixture: cond('{"Bool":{"aws:SecureTransport":⟦"yes"⟧}}'), summary: ['warning iam/condition-value'], says: ['TYPE_MISMATCH_BOOLEAN'] },
  { name: 'several boolean values', fixture: cond('{"Bool":{"aws:SecureTransport":⟦["true","false"]⟧}}'), summary: ['warning iam/condition-value'], says: ['INVALID_CONDITION_MULTIPLE_BOOLEAN'] },
  { name: 'bad IP range', fixture: cond('{"IpAddress":{"aws:SourceIp":⟦"203.0.113.0/33"⟧}}'), summary: ['warning iam/condition-value'], says: ['TYPE_MISMATCH_IP_RANGE'] },
  { name: 'host bits set', fixture: cond('{"NotIpAddress":{"aws:SourceIp":⟦"203.0.113.7/24"⟧}}'), summary: ['info iam/condition-value'], says: ['203.0.113.0/24', 'IMPROVE_IP_RANGE'] },
  { name: 'not an ARN', fixture: cond('{"ArnEquals":{"aws:SourceArn":⟦"my-topic"⟧}}'), summary: ['warning iam/condition-value'] },
  { name: 'not base-64', fixture: cond('{"BinaryEquals":{"k":⟦"not base64!"⟧}}'), summary: ['warning iam/condition-value'], says: ['TYPE_MISMATCH_STRING'] },
  { name: 'wildcard with StringEquals', fixture: cond('{"StringEquals":{"token.actions.githubusercontent.com:sub":⟦"repo:org/*"⟧}}'), summary: ['warning iam/condition-value'], says: ['WILDCARD_WITHOUT_LIKE_OPERATOR', 'StringLike'] },
  { name: 'mixed JSON types', fixture: cond('{"StringEquals":{"k":⟦["a",1]⟧}}'), summary: ['warning iam/condition-value'], says: ['INVALID_CONDITION_DATA_TYPE'] },
  { name: 'empty values', fixture: cond('{"ForAllValues:StringEquals":{"aws:TagKeys":⟦[]⟧}}'), summary: ['hint iam/condition-value'], says: ['EMPTY_ARRAY_CONDITION_FORALLVALUES'] },
  { name: 'policy variables are not judged here', fixture: cond('{"DateGreaterThan":{"aws:CurrentTime":"${aws:TokenIssueTime}"},"StringEquals":{"s3:prefix":"${aws:username}/*"}}'), summary: [] },
  { name: 'in a string policy the range covers the escaped literal', fixture: putRolePolicy(cond('{"DateGreaterThan":{"a":⟦"2020-13-01"⟧}}')), summary: ['error iam/condition-value'] },
  { name: 'unknown operators are not read', fixture: cond('{"DateGreaterThen":{"a":"x"}}'), summary: [] },
  { name: 'intrinsic values → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', cond('{"DateGreaterThan":{"a":{"Ref":"Start"}},"IpAddress":{"aws:SourceIp":[{"Ref":"Cidr"}]}}')), summary: [] },
]);

test('condition values: IAM legacy date parser and CIDR helpers', () => {
  for (const ok of ['2017-07-01T00:00:00Z', '2016-12-13T21:20:37.593194+00:00', '2016-12-13t2:00:00.593194+23', '-292275054', '01T', '2019-07-01T13:20:15Z']) assert.ok(legacyDateAccepts(ok), ok);
  for (const bad of ['sdfdsf', '234-13', '2016-12-13t2:00:00.593194+1', '9223372036854775808', '2016-12-13t2:00:00.1999999999+10:59']) assert.ok(!legacyDateAccepts(bad), bad);
  assert.ok(isConditionDate('2020-01-01T00:00:00-05:00'));
  assert.equal(networkOf(parseCidr('2001:db8::1/32')!), '2001:db8::/32');
  assert.equal(networkOf(parseCidr('10.1.2.3/8')!), '10.0.0.0/8');
  assert.equal(parseCidr('1.2.3'), undefined);
  assert.equal(parseCidr('2001:db8:::1'), undefined);
});
