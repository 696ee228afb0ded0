// `simulate-iam`: one request against one policy from the command line, in text and JSON, with exit codes.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';

import { run, tempDir } from '../support/cli';

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::data/*' },
    { Sid: 'TaggedOnly', Effect: 'Allow', Action: 's3:PutObjectTagging', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } } },
    { Sid: 'Office', Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } },
  ],
}, null, 2);

test('cli simulate-iam: text answer names the decision, the deciding statement and every statement', () => {
  const dir = tempDir({ 'policy.json': POLICY });
  const result = run(['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::data/report.csv', '--context', 'aws:SourceIp=203.0.113.9'], dir);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^# Simulate request: `s3:GetObject` on `arn:aws:s3:::data\/report\.csv`\n\n\*\*Allowed\*\* by statement #1 `Read`\./);
  assert.match(result.stdout, /- statement #3 `Office` \(Deny\): does not apply/);
  assert.match(result.stdout, /`NotIpAddress` `aws:SourceIp` `203\.0\.113\.0\/24`: the request has `203\.0\.113\.9` → false/);
  assert.equal(result.stderr, '');
});

test('cli simulate-iam: an explicit deny is an answer too, and exits 0', () => {
  const dir = tempDir({ 'policy.json': POLICY });
  const result = run(['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::data/report.csv', '--context=aws:SourceIp=198.51.100.1'], dir);
  assert.equal(result.code, 0);
  assert.match(result.stdout, /\*\*Explicitly denied\*\* by statement #3 `Office`/);
});

test('cli simulate-iam: JSON has the documented shape; a repeated --context key is a multivalued key', () => {
  const dir = tempDir({ 'policy.json': POLICY });
  const base = ['simulate-iam', 'policy.json', '--action', 's3:PutObjectTagging', '--resource', 'arn:aws:s3:::data/a', '--context', 'aws:SourceIp=203.0.113.9', '--format', 'json'];
  const ok = JSON.parse(run([...base, '--context', 'aws:TagKeys=team', '--context', 'aws:TagKeys=env'], dir).stdout);
  assert.equal(ok.version, 1);
  assert.equal(ok.file, 'policy.json');
  assert.deepEqual(ok.request, { action: 's3:PutObjectTagging', resource: 'arn:aws:s3:::data/a', context: { 'aws:SourceIp': ['203.0.113.9'], 'aws:TagKeys': ['team', 'env'] } });
  assert.deepEqual(ok.policy, { index: 0, label: 'this policy file', kind: 'identity', version: '2012-10-17' });
  assert.equal(ok.decision, 'allowed');
  assert.deepEqual(ok.possibleDecisions, ['allowed']);
  assert.deepEqual(ok.deciding, [{ index: 1, sid: 'TaggedOnly', effect: 'Allow', outcome: 'match' }]);
  assert.deepEqual(ok.statements.map((s: { sid: string; outcome: string }) => [s.sid, s.outcome]), [['Read', 'no-match'], ['TaggedOnly', 'match'], ['Office', 'no-match']]);
  assert.deepEqual(Object.keys(ok.statements[1]).sort(), ['action', 'condition', 'effect', 'index', 'outcome', 'principal', 'resource', 'sid']);
  assert.equal(JSON.stringify(ok).includes('"span"'), false);
  const extra = JSON.parse(run([...base, '--context', 'aws:TagKeys=team', '--context', 'aws:TagKeys=owner'], dir).stdout);
  assert.equal(extra.decision, 'implicit-deny');
  assert.deepEqual(extra.deciding, []);
});

test('cli simulate-iam: a context value may hold "=", and the principal is checked for resource-based policies', () => {
  const bucket = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/Reader' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLike: { 'aws:UserAgent': 'tool=*' } } }],
  });
  const dir = tempDir({ 'bucket.json': bucket });
  const ask = (principal: string): string => JSON.parse(run(['simulate-iam', 'bucket.json', '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::b/k', '--context', 'aws:UserAgent=tool=1.2', '--principal', principal, '--format', 'json'], dir).stdout).decision;
  assert.equal(ask('arn:aws:sts::111122223333:assumed-role/Reader/build-7'), 'allowed');
  assert.equal(ask('arn:aws:iam::111122223333:role/Writer'), 'implicit-deny');
});

test('cli simulate-iam: --policy picks a policy of a template; without it the first is used and stderr says so', () => {
  const template = path.join('examples', 'cloudformation', 'site.template.json');
  const first = run(['simulate-iam', template, '--action', 's3:GetObject', '--resource', 'arn:aws:s3:::x/y', '--format', 'json']);
  assert.equal(first.code, 0);
  assert.match(first.stderr, /holds \d+ policies; using #1, PolicyDocument of SiteBucketPolicy \(AWS::S3::BucketPolicy\)\. Pick one with --policy N\./);
  const parsed = JSON.parse(first.stdout);
  assert.equal(parsed.policy.index, 0);
  // The bucket policy's Resource is an Fn::Sub: the answer says it depends on deployment, not a guess.
  assert.match(JSON.stringify(parsed.statements[0].resource), /only known at deployment/);
  const second = run(['simulate-iam', template, '--action', 'sts:AssumeRole', '--resource', '*', '--policy', '2', '--format', 'json']);
  assert.equal(second.code, 0);
  assert.equal(second.stderr, '');
  assert.equal(JSON.parse(second.stdout).policy.index, 1);
});

test('cli simulate-iam: Japanese from --lang or the environment', () => {
  const dir = tempDir({ 'policy.json': POLICY });
  const args = ['simulate-iam', 'policy.json', '--action', 'ec2:RunInstances', '--resource', '*', '--context', 'aws:SourceIp=203.0.113.9'];
  assert.match(run(['--lang', 'ja', ...args], dir).stdout, /\*\*暗黙的に拒否されます\*\*/);
  assert.match(run(args, dir, { LANG: 'ja_JP.UTF-8' }).stdout, /^# リクエストのシミュレーション/);
  assert.match(run(['--lang', 'ja', 'simulate-iam', 'policy.json', '--action', 's3:GetObject'], dir).stderr, /--resource（ARN または \*）が必要です/);
});

test('cli simulate-iam: usage, I/O and document errors exit 2 with a clear message', () => {
  const dir = tempDir({ 'policy.json': POLICY, 'package.json': '{"name": "x"}' });
  const cases: [string[], RegExp][] = [
    [['simulate-iam'], /simulate-iam needs one FILE/],
    [['simulate-iam', 'policy.json'], /simulate-iam needs --action/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject'], /simulate-iam needs --resource/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource'], /--resource needs a value/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--context', 'novalue'], /--context takes KEY=VALUE/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--context', 'SourceIp=1'], /"SourceIp" is not a condition key/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--policy', '0'], /--policy takes a policy number from 1/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--policy', '2'], /policy\.json: The document has no policy #2; it holds 1\./],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--format', 'sarif'], /--format must be text or json for simulate-iam/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--bogus'], /Unknown option --bogus/],
    [['simulate-iam', 'policy.json', '--action', 's3:*', '--resource', '*'], /"s3:\*" is not an action/],
    [['simulate-iam', 'missing.json', '--action', 's3:GetObject', '--resource', '*'], /missing\.json: no such file/],
    [['simulate-iam', 'package.json', '--action', 's3:GetObject', '--resource', '*'], /package\.json: The document holds no IAM policy/],
  ];
  for (const [args, message] of cases) {
    const result = run(args, dir);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
  }
});

test('cli simulate-iam: usage, I/O and document errors in Japanese', () => {
  const dir = tempDir({ 'policy.json': POLICY, 'package.json': '{"name": "x"}' });
  const cases: [string[], RegExp][] = [
    [['simulate-iam'], /^cloudfront-iam-lens: simulate-iam には FILE を 1 つ指定してください。\n\n使い方:\n/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--policy', '2'], /^cloudfront-iam-lens: policy\.json: このドキュメントにポリシー #2 はありません（ポリシーは 1 個です）。\n$/],
    [['simulate-iam', 'policy.json', '--action', 's3:*', '--resource', '*'], /"s3:\*" はアクションではありません。/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--context', 'SourceIp=1'], /"SourceIp" は条件キーではありません。/],
    [['simulate-iam', 'missing.json', '--action', 's3:GetObject', '--resource', '*'], /missing\.json: そのようなファイルはありません。/],
    [['simulate-iam', 'package.json', '--action', 's3:GetObject', '--resource', '*'], /package\.json: このドキュメントには IAM ポリシーがありません。/],
    [['simulate-iam', 'policy.json', '--action', 's3:GetObject', '--resource', '*', '--bogus'], /--bogus というオプションはありません。/],
  ];
  for (const [args, message] of cases) {
    const result = run(['--lang', 'ja', ...args], dir);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
  }
});

test('cli simulate-iam: --help lists the command', () => {
  assert.match(run(['--help']).stdout, /cloudfront-iam-lens simulate-iam FILE --action ACTION --resource ARN \[--context KEY=VALUE\]\.\.\./);
});
