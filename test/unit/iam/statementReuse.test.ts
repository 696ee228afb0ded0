// Statement findings reused across versions (iam/statementReuse.ts) must equal findings computed from scratch.
// Each edited version is analysed twice: with the cache its predecessors filled (reusing what it can), and with
// a fresh cache and a fresh copy of the quotas (computing everything); the two must agree exactly.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { AnalysisCache, analyzeDocument, DEFAULT_QUOTAS, parseDocument, type Catalog, type Locale } from '../../../server/src/analysis';
import { testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const STATEMENTS = [
  '{"Sid":"Read","Effect":"Allow","Action":["s3:Get*","s3:GetObject","s3:Gte*"],"Resource":["arn:aws:s3:::b","arn:aws:s3:::b/*"]}',
  '{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}',
  '{"Effect":"allow","Action":["s4:GetObject","ec2:DescribeInstances"],"Resource":"arn:aws:ec2:us-east-1:<ACCOUNT_ID>:instance/*","Condition":{"StringEquals":{"aws:SourceIp":"10.0.0.1/8","s3:prefix":"${aws:username}"}}}',
  '{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:${AWS::Region}:123:q","Sid":"Bad-Sid","Sid":"Again"}',
  '{"Effect":"Deny","NotAction":"iam:*","NotResource":"arn:aws:iam::123456789012:role/x","Condition":{"Bool":{"aws:SecureTransport":"false"}}}',
  '{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b/*"}',
];

function policy(statements: string[], prefix = ''): string {
  return `${prefix}{\n  "Version": "2012-10-17",\n  "Statement": [\n    ${statements.join(',\n    ')}\n  ]\n}\n`;
}

function template(statements: string[], prefix = ''): string {
  return `${prefix}{"Resources":{"Role":{"Type":"AWS::IAM::Role","Properties":{"AssumeRolePolicyDocument":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]},` +
    `"Policies":[{"PolicyName":"p","PolicyDocument":${policy(statements)}}]}}}}`;
}

/** Versions as a user makes them: text added above, a statement inserted, one edited, one removed, a typo, its repair. */
function versions(make: (statements: string[], prefix?: string) => string): string[] {
  const edited = [...STATEMENTS];
  edited[2] = edited[2].replace('s4:GetObject', 's3:GetObject');
  return [
    make(STATEMENTS),
    make(STATEMENTS, '  '),
    make([STATEMENTS[1], ...STATEMENTS]),
    make(edited),
    make(edited.slice(1)),
    make(edited).replace('"Effect":"Deny"', '"Effect":"Deny'),
    make(edited, '\n'),
    make([...STATEMENTS, STATEMENTS[0]]),
  ];
}

for (const [name, make] of [['policy file', policy], ['CloudFormation template', template]] as const) {
  test(`statement reuse: every version of a ${name} gets the findings it gets from scratch`, () => {
    for (const locale of ['en', 'ja'] as Locale[]) {
      for (const withCatalog of [undefined, catalog]) {
        const options = { locale, catalog: withCatalog, quotas: { ...DEFAULT_QUOTAS }, cache: new AnalysisCache() };
        for (const text of versions(make)) {
          const reused = analyzeDocument(parseDocument(text), options);
          const fresh = analyzeDocument(parseDocument(text), { ...options, quotas: { ...DEFAULT_QUOTAS }, cache: new AnalysisCache() });
          assert.deepEqual(reused, fresh, `${locale}, ${withCatalog ? 'catalog' : 'no catalog'}:\n${text}`);
          assert.ok(reused.length > 0);
          assert.ok(options.cache.figures().some((f) => f.name === 'iam/statements' && f.size > 0), 'statements are remembered');
        }
      }
    }
  });
}
