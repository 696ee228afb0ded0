// Saved outputs of AWS CLI commands that hold policies (issue: documents the CLI and the editor did not read): each
// is recognised as a policy of the right kind and destination, findings land inside it, and the AWS managed
// policies of the corpus, saved as get-policy-version output, give no error.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../server/src/analysis';
import { destinationOf } from '../../../server/src/analysis/iam/destination';

const POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
const TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const KEY = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] };
const BUCKET = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
const DATE = '2024-01-01T00:00:00Z';

const rows: { name: string; doc: unknown; expect: { command: string; kind: string; destination: string; embedding: string; awsManaged?: boolean }[] }[] = [
  {
    name: 'get-policy-version',
    doc: { PolicyVersion: { Document: POLICY, VersionId: 'v3', IsDefaultVersion: true, CreateDate: DATE } },
    expect: [{ command: 'get-policy-version', kind: 'identity', destination: 'managed', embedding: 'object' }],
  },
  {
    name: 'get-role',
    doc: { Role: { Path: '/', RoleName: 'r', RoleId: 'AROA', Arn: 'arn:aws:iam::111122223333:role/r', CreateDate: DATE, AssumeRolePolicyDocument: TRUST } },
    expect: [{ command: 'get-role', kind: 'trust', destination: 'trust', embedding: 'object' }],
  },
  { name: 'get-role-policy', doc: { RoleName: 'r', PolicyName: 'p', PolicyDocument: POLICY }, expect: [{ command: 'get-role-policy', kind: 'identity', destination: 'inline-role', embedding: 'object' }] },
  { name: 'get-user-policy', doc: { UserName: 'u', PolicyName: 'p', PolicyDocument: POLICY }, expect: [{ command: 'get-user-policy', kind: 'identity', destination: 'inline-user', embedding: 'object' }] },
  { name: 'get-group-policy', doc: { GroupName: 'g', PolicyName: 'p', PolicyDocument: POLICY }, expect: [{ command: 'get-group-policy', kind: 'identity', destination: 'inline-group', embedding: 'object' }] },
  { name: 'get-bucket-policy', doc: { Policy: JSON.stringify(BUCKET) }, expect: [{ command: 'get-bucket-policy', kind: 'resource', destination: 's3-bucket', embedding: 'string' }] },
  { name: 'get-key-policy', doc: { Policy: JSON.stringify(KEY), PolicyName: 'default' }, expect: [{ command: 'get-key-policy', kind: 'resource', destination: 'kms-key', embedding: 'string' }] },
  {
    name: 'get-account-authorization-details',
    doc: {
      UserDetailList: [{ UserName: 'u', UserPolicyList: [{ PolicyName: 'p', PolicyDocument: POLICY }] }],
      GroupDetailList: [{ GroupName: 'g', GroupPolicyList: [{ PolicyName: 'p', PolicyDocument: POLICY }] }],
      RoleDetailList: [{ RoleName: 'r', AssumeRolePolicyDocument: TRUST, RolePolicyList: [{ PolicyName: 'p', PolicyDocument: POLICY }] }],
      Policies: [
        { PolicyName: 'ReadOnlyAccess', Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', PolicyVersionList: [{ Document: POLICY, VersionId: 'v1', IsDefaultVersion: true }] },
        { PolicyName: 'mine', Arn: 'arn:aws:iam::111122223333:policy/mine', PolicyVersionList: [{ Document: POLICY, VersionId: 'v1', IsDefaultVersion: true }] },
      ],
      IsTruncated: false,
    },
    expect: [
      { command: 'get-account-authorization-details', kind: 'identity', destination: 'inline-user', embedding: 'object' },
      { command: 'get-account-authorization-details', kind: 'identity', destination: 'inline-group', embedding: 'object' },
      { command: 'get-account-authorization-details', kind: 'trust', destination: 'trust', embedding: 'object' },
      { command: 'get-account-authorization-details', kind: 'identity', destination: 'inline-role', embedding: 'object' },
      { command: 'get-account-authorization-details', kind: 'identity', destination: 'managed', embedding: 'object', awsManaged: true },
      { command: 'get-account-authorization-details', kind: 'identity', destination: 'managed', embedding: 'object' },
    ],
  },
  // Inputs keep their own reading: the skeleton holds the policy as a string.
  { name: 'put-role-policy input is not an output', doc: { RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify(POLICY) }, expect: [{ command: 'put-role-policy', kind: 'identity', destination: 'inline-role', embedding: 'string' }] },
  { name: 'put-bucket-policy input is not an output', doc: { Bucket: 'b', Policy: JSON.stringify(BUCKET) }, expect: [{ command: 'put-bucket-policy', kind: 'resource', destination: 's3-bucket', embedding: 'string' }] },
  // A bare `Policy` beside other members is not get-bucket-policy output.
  { name: 'Policy with other members', doc: { Policy: JSON.stringify(BUCKET), Name: 'x' }, expect: [] },
  { name: 'PolicyVersion with other members', doc: { PolicyVersion: { Document: POLICY }, Extra: 1 }, expect: [] },
];

for (const row of rows) {
  test(`cli outputs: ${row.name}`, () => {
    const doc = parseDocument(JSON.stringify(row.doc, null, 2));
    const got = doc.model.policies.map((p) => ({
      command: p.origin.source === 'cli' ? p.origin.command : p.origin.source,
      kind: p.kind,
      destination: destinationOf(p),
      embedding: p.embedding,
      ...(p.origin.source === 'cli' && p.origin.awsManaged ? { awsManaged: true } : {}),
    }));
    assert.deepEqual(got, row.expect);
    for (const p of doc.model.policies) {
      if (p.origin.source !== 'cli') continue;
      assert.equal(p.origin.output === true, !row.name.includes('input'), 'outputs are marked as outputs');
    }
  });
}

test('cli outputs: findings inside a saved output land on the policy, and name the output', () => {
  const bad = { ...POLICY, Statement: [{ Effect: 'allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] };
  const text = JSON.stringify({ RoleName: 'r', PolicyName: 'p', PolicyDocument: bad }, null, 2);
  const findings = analyzeDocument(parseDocument(text)).filter((f) => f.rule === 'iam/effect');
  assert.equal(findings.length, 1);
  assert.equal(text.slice(findings[0].span.offset, findings[0].span.offset + findings[0].span.length), '"allow"');
  const trust = JSON.stringify({ Role: { RoleName: 'r', AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 's3:GetObject' }] } } }, null, 2);
  const trustFindings = analyzeDocument(parseDocument(trust)).filter((f) => f.rule === 'iam/trust-policy-action');
  assert.equal(trustFindings.length, 1, 'a trust policy in get-role output is checked as a trust policy');
});

test('cli outputs: the AWS managed policies of the corpus, saved as get-policy-version output, give no error', () => {
  const dir = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'fixtures', 'iam', 'managed');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 10);
  for (const file of files) {
    const document = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as unknown;
    const text = JSON.stringify({ PolicyVersion: { Document: document, VersionId: 'v1', IsDefaultVersion: true, CreateDate: DATE } }, null, 4);
    const doc = parseDocument(text);
    assert.equal(doc.model.policies.length, 1, file);
    const errors = analyzeDocument(doc).filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => `${f.rule}: ${f.message}`), [], file);
  }
});
