import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadingWhitespace, describeWhitespace } from '../../../../server/src/analysis/rules/iam/leadingWhitespace';
import { jsonSyntax } from '../../../../server/src/analysis/rules/json/syntax';
import { applyEdits, parseFixture, runFixture } from '../../fixture';

const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
const ESCAPED = JSON.stringify(POLICY).slice(1, -1);
const TRUST = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
const BUCKET = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}';
const QUEUE = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-1:123456789012:q"}]}';

interface Row {
  name: string;
  fixture: string;
  summary: string[];
  /** Words the message must contain. */
  says?: string[];
}

const rows: Row[] = [
  { name: 'policy file starting with a line break', fixture: `⟦\n⟧${POLICY}`, summary: ['error iam/leading-whitespace'], says: ['a line break', 'The policy failed legacy parsing'] },
  { name: 'policy file starting with spaces and a tab', fixture: `⟦  \t⟧${POLICY}`, summary: ['error iam/leading-whitespace'], says: ['2 spaces and a tab'] },
  { name: 'policy file starting with CRLF', fixture: `⟦\r\n⟧${POLICY}\r\n`, summary: ['error iam/leading-whitespace'], says: ['a carriage return and a line break'] },
  { name: 'policy file starting with a byte order mark', fixture: `⟦\ufeff⟧${POLICY}`, summary: ['error iam/leading-whitespace'], says: ['byte order mark'] },
  { name: 'clean policy file', fixture: `${POLICY}\n`, summary: [] },
  { name: 'trailing whitespace is fine', fixture: `${POLICY}\n\n  \n`, summary: [] },
  { name: 'trust policy file', fixture: `⟦\n⟧${TRUST}`, summary: ['error iam/leading-whitespace'], says: ['JSON strings must not have leading spaces', 'CreateRole'] },
  { name: 'bucket policy file', fixture: `⟦ ⟧${BUCKET}`, summary: ['error iam/leading-whitespace'], says: ["the first byte must be '{'"] },
  { name: 'other resource policy file is only a warning', fixture: `⟦\n⟧${QUEUE}`, summary: ['warning iam/leading-whitespace'], says: ['other services may too'] },
  {
    name: 'put-role-policy skeleton: the range is the escape inside the string',
    fixture: `{"RoleName":"r","PolicyName":"p","PolicyDocument":"⟦\\n⟧${ESCAPED}"}`,
    summary: ['error iam/leading-whitespace'], says: ['PolicyDocument of a put-role-policy input', 'legacy parsing'],
  },
  {
    name: 'escaped no-break space is mapped over all six characters',
    fixture: `{"UserName":"u","PolicyName":"p","PolicyDocument":"⟦\\u00a0⟧${ESCAPED}"}`,
    summary: ['error iam/leading-whitespace'], says: ['no-break space (U+00A0)'],
  },
  {
    name: 'literal no-break space and escaped tab',
    fixture: `{"GroupName":"g","PolicyName":"p","PolicyDocument":"⟦\u00a0\\t⟧${ESCAPED}"}`,
    summary: ['error iam/leading-whitespace'], says: ['a no-break space (U+00A0) and a tab'],
  },
  {
    name: 'escaped byte order mark in a create-policy input',
    fixture: `{"PolicyName":"p","PolicyDocument":"⟦\\ufeff⟧${ESCAPED}","Description":"d"}`,
    summary: ['error iam/leading-whitespace'], says: ['byte order mark', 'create-policy'],
  },
  {
    name: 'create-role trust policy string',
    fixture: `{"RoleName":"r","AssumeRolePolicyDocument":"⟦\\n\\n⟧${JSON.stringify(TRUST).slice(1, -1)}"}`,
    summary: ['error iam/leading-whitespace'], says: ['2 line breaks', 'JSON strings must not have leading spaces'],
  },
  {
    name: 'update-assume-role-policy uses PolicyDocument without PolicyName',
    fixture: `{"RoleName":"r","PolicyDocument":"⟦ ⟧${JSON.stringify(TRUST).slice(1, -1)}"}`,
    summary: ['error iam/leading-whitespace'], says: ['update-assume-role-policy', 'JSON strings must not have leading spaces'],
  },
  {
    name: 'put-bucket-policy skeleton',
    fixture: `{"Bucket":"b","Policy":"⟦\\r\\n⟧${JSON.stringify(BUCKET).slice(1, -1)}"}`,
    summary: ['error iam/leading-whitespace'], says: ['PutBucketPolicy'],
  },
  { name: 'clean skeleton string', fixture: `{"RoleName":"r","PolicyName":"p","PolicyDocument":"${ESCAPED}"}`, summary: [] },
  { name: 'KMS key policy string: no evidence, no finding', fixture: `{"KeyId":"k","PolicyName":"default","Policy":"\\n${ESCAPED}"}`, summary: [] },
  { name: 'wrong type: PolicyDocument is a number', fixture: '{"RoleName":"r","PolicyName":"p","PolicyDocument":42}', summary: [] },
  { name: 'a file:// reference is not a policy text', fixture: '{"RoleName":"r","PolicyName":"p","PolicyDocument":"file://policy.json"}', summary: [] },
  { name: 'an object policy cannot carry leading whitespace', fixture: `{"RoleName":"r","PolicyName":"p","PolicyDocument":${POLICY}}`, summary: [] },
  {
    name: 'CloudFormation role with an inline policy given as a string',
    fixture: `{"Resources":{"R":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":${TRUST},"Policies":[{"PolicyName":"p","PolicyDocument":"⟦\\n  ⟧${ESCAPED}"}]}}}}`,
    summary: ['error iam/leading-whitespace'], says: ['PolicyDocument of p in R (AWS::IAM::Role)'],
  },
  {
    name: 'CloudFormation managed policy string',
    fixture: `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"P":{"Type":"AWS::IAM::ManagedPolicy","Properties":{"PolicyDocument":"⟦\\t⟧${ESCAPED}"}}}}`,
    summary: ['error iam/leading-whitespace'],
  },
  {
    name: 'CloudFormation queue policy string: no evidence, no finding',
    fixture: `{"Resources":{"Q":{"Type":"AWS::SQS::QueuePolicy","Properties":{"Queues":[],"PolicyDocument":"\\n${JSON.stringify(QUEUE).slice(1, -1)}"}}}}`,
    summary: [],
  },
  {
    name: 'CloudFormation Fn::Sub policy is an unknown value',
    fixture: `{"Resources":{"P":{"Type":"AWS::IAM::ManagedPolicy","Properties":{"PolicyDocument":{"Fn::Sub":"\\n${ESCAPED}"}}}}}`,
    summary: [],
  },
  { name: 'package.json starting with a line break is not analysed', fixture: '\n{"name":"x","version":"1.0.0","Statement":"no"}', summary: [] },
  { name: 'settings with comments are not analysed', fixture: '\n// settings\n{"editor.tabSize": 2,}', summary: [] },
];

for (const row of rows) {
  test(`iam/leading-whitespace: ${row.name}`, () => {
    // The other IAM rules have their own tests; here only this rule and the parser's complaints matter.
    const result = runFixture(row.fixture, [jsonSyntax, leadingWhitespace]);
    assert.deepEqual(result.summary, row.summary);
    const leading = result.findings.filter((f) => f.rule === 'iam/leading-whitespace');
    const expected = parseFixture(row.fixture).spans;
    assert.deepEqual(leading.map((f) => f.span), expected, 'ranges');
    for (const words of row.says ?? []) assert.ok(leading[0]?.message.includes(words), `message "${leading[0]?.message}" should say "${words}"`);
  });
}

test('iam/leading-whitespace: the quick fix leaves a policy that starts with "{" and parses to the same policy', () => {
  const cases = [
    `\n\n ${POLICY}`,
    `{"RoleName":"r","PolicyName":"p","PolicyDocument":"\\n\\u00a0 ${ESCAPED}"}`,
  ];
  for (const text of cases) {
    const result = runFixture(text, [leadingWhitespace]);
    assert.equal(result.findings.length, 1);
    const fix = result.findings[0].fixes?.[0];
    assert.ok(fix?.isPreferred);
    const fixed = applyEdits(text, fix.edits);
    assert.deepEqual(runFixture(fixed, [leadingWhitespace]).findings, []);
    const policy = text.startsWith('{') ? JSON.parse(JSON.parse(fixed).PolicyDocument) : JSON.parse(fixed);
    assert.deepEqual(policy, JSON.parse(POLICY));
  }
});

test('describeWhitespace names runs of invisible characters', () => {
  assert.equal(describeWhitespace('\n'), 'a line break');
  assert.equal(describeWhitespace('\n    '), 'a line break and 4 spaces');
  assert.equal(describeWhitespace('\u2003'), '1 × U+2003');
  assert.equal(describeWhitespace('\n \n \n'), 'a line break, a space, a line break and more invisible characters');
});
