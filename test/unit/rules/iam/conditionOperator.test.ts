import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionOperator } from '../../../../server/src/analysis/rules/iam/conditionOperator';
import { applyEdits, runFixture } from '../../fixture';
import { cfnObject, putRolePolicy, runRows } from './iamFixture';

const cond = (c: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":${c}}]}`;

runRows(conditionOperator, [
  { name: 'known operators with qualifiers and IfExists', fixture: cond('{"StringEqualsIfExists":{"a":"b"},"ForAnyValue:StringLike":{"aws:TagKeys":"x*"},"ForAllValues:StringEqualsIgnoreCase":{"aws:TagKeys":"y"},"Null":{"k":"true"}}'), summary: [] },
  { name: 'typo', fixture: cond('{⟦"StringEqual"⟧:{"aws:PrincipalTag/team":"a"}}'), summary: ['error iam/condition-operator'], says: ['did you mean "StringEquals"', 'Syntax errors in policy.'] },
  { name: 'wrong case', fixture: cond('{⟦"stringequals"⟧:{"a":"b"}}'), summary: ['error iam/condition-operator'], says: ['write "StringEquals"'] },
  { name: 'double colon after the qualifier', fixture: cond('{⟦"ForAnyValue::StringEqualsIfExists"⟧:{"a":"asf"}}'), summary: ['error iam/condition-operator'], says: ['ForAnyValue:StringEqualsIfExists'] },
  { name: 'unknown qualifier', fixture: cond('{⟦"ForSomeValues:StringLike"⟧:{"a":"b"}}'), summary: ['error iam/condition-operator'] },
  { name: 'unknown operator with an empty block passes IAM', fixture: cond('{⟦"x"⟧:{}}'), summary: ['warning iam/condition-operator'] },
  { name: 'Null with IfExists', fixture: cond('{⟦"NullIfExists"⟧:{"k":"true"}}'), summary: ['warning iam/condition-operator'], says: ['NULL_WITH_IF_EXISTS'] },
  { name: 'Null with a qualifier', fixture: cond('{⟦"ForAllValues:Null"⟧:{"k":"true"}}'), summary: ['info iam/condition-operator'], says: ['NULL_WITH_QUALIFIER'] },
  { name: 'empty Condition', fixture: cond('⟦{}⟧'), summary: ['hint iam/condition-operator'], says: ['EMPTY_OBJECT_CONDITION'] },
  { name: 'empty operator block', fixture: cond('{"DateGreaterThan":⟦{}⟧}'), summary: ['hint iam/condition-operator'] },
  { name: 'in a string policy', fixture: putRolePolicy(cond('{⟦"NumericLessThen"⟧:{"aws:MultiFactorAuthAge":"3600"}}')), summary: ['error iam/condition-operator'], says: ['NumericLessThan'] },
  { name: 'intrinsic Condition → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', cond('{"Fn::If":["C",{},{}]}')), summary: [] },
]);

test('iam/condition-operator: the case fix is preferred and applies inside a string', () => {
  const text = putRolePolicy(cond('{"forallvalues:stringlike":{"aws:TagKeys":"a*"}}'));
  const [finding] = runFixture(text, [conditionOperator]).findings;
  assert.ok(finding.fixes![0].isPreferred);
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.deepEqual(Object.keys(JSON.parse(JSON.parse(fixed).PolicyDocument).Statement[0].Condition), ['ForAllValues:StringLike']);
});
