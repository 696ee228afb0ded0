import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../../../server/src/analysis';
import { policiesOf, readPolicy } from '../../../server/src/analysis/iam/policyView';
import { parseOperator } from '../../../server/src/analysis/iam/grammar';

const POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'A', Effect: 'Allow', Action: ['s3:GetObject', { 'Fn::If': ['C', 's3:PutObject', { Ref: 'AWS::NoValue' }] }, 3], Resource: 'arn:aws:s3:::b/*' },
    { Effect: 'Deny', Principal: { AWS: ['111122223333'], Service: 'ec2.amazonaws.com' }, NotAction: 'iam:*', NotResource: '*', Condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*', 1, true] }, Bogus: 'x' } },
    'not a statement',
    { 'Fn::If': ['C', {}, {}] },
  ],
};

test('policyView: statements, elements and their nodes', () => {
  const doc = parseDocument(JSON.stringify({ Resources: { P: { Type: 'AWS::S3::BucketPolicy', Properties: { PolicyDocument: POLICY } } } }));
  const [view] = policiesOf(doc);
  assert.equal(view.versionValue, '2012-10-17');
  assert.equal(view.statementForm, 'array');
  assert.equal(view.statements.length, 2);
  assert.equal(view.invalidStatements.length, 1);
  assert.equal(view.unknownStatements.length, 1);
  const [a, b] = view.statements;
  assert.equal(a.sidValue, 'A');
  assert.equal(a.effectValue, 'Allow');
  assert.deepEqual(a.action?.strings.map((s) => s.value), ['s3:GetObject']);
  assert.equal(a.action?.unknown.length, 1);
  assert.equal(a.action?.invalid.length, 1);
  assert.equal(a.resource?.form, 'string');
  assert.equal(b.principal?.form, 'object');
  assert.deepEqual(b.principal?.entries.map((e) => [e.type, e.strings.map((s) => s.value)]), [['AWS', ['111122223333']], ['Service', ['ec2.amazonaws.com']]]);
  assert.equal(b.notAction?.strings[0].value, 'iam:*');
  const [op, bogus] = b.condition!.operators;
  assert.deepEqual({ q: op.operator.qualifier, base: op.operator.base, ifExists: op.operator.ifExists, family: op.operator.family }, { q: 'ForAnyValue', base: 'StringLike', ifExists: true, family: 'String' });
  assert.deepEqual(op.keys[0].values.map((v) => [v.type, v.text]), [['string', 'a*'], ['number', '1'], ['boolean', 'true']]);
  assert.equal(bogus.operator.family, undefined);
  assert.equal(bogus.form, 'invalid');
});

test('policyView: memoised per parsed document', () => {
  const doc = parseDocument(JSON.stringify(POLICY));
  assert.equal(policiesOf(doc), policiesOf(doc));
  assert.notEqual(policiesOf(doc), policiesOf(parseDocument(JSON.stringify(POLICY))));
});

test('policyView: spans of a string-held policy map through escapes', () => {
  const policy = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:Get\\u004fbject","Resource":"arn:aws:s3:::b\\/x"}}';
  const text = JSON.stringify({ RoleName: 'r', PolicyName: 'p', PolicyDocument: policy });
  const view = readPolicy(parseDocument(text).model.policies[0]);
  const action = view.statements[0].action!.strings[0];
  assert.equal(action.value, 's3:GetObject');
  const span = view.span(action.node);
  assert.equal(text.slice(span.offset, span.offset + span.length), '\\"s3:Get\\\\u004fbject\\"');
  // Characters 6..7 of the value ("O") come from the six-character escape, itself escaped in the document.
  const o = view.valueSpan(action.node, 6, 7);
  assert.equal(text.slice(o.offset, o.offset + o.length), '\\\\u004f');
  const resource = view.statements[0].resource!.strings[0];
  const slash = view.valueSpan(resource.node, 14, 15);
  assert.equal(text.slice(slash.offset, slash.offset + slash.length), '\\\\/');
});

test('grammar: operator names', () => {
  assert.deepEqual(parseOperator('ForAllValues:NullIfExists'), { name: 'ForAllValues:NullIfExists', qualifier: 'ForAllValues', base: 'Null', ifExists: true, family: 'Null' });
  assert.equal(parseOperator('ForAnyValue::StringEquals').family, undefined);
  assert.equal(parseOperator('stringequals').family, undefined);
  assert.equal(parseOperator('IfExists').family, undefined);
});
