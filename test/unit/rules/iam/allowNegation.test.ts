import { allowNotAction } from '../../../../server/src/analysis/rules/iam/allowNotAction';
import { allowNotPrincipal } from '../../../../server/src/analysis/rules/iam/allowNotPrincipal';
import { allowNotResource } from '../../../../server/src/analysis/rules/iam/allowNotResource';
import { fullAccess } from '../../../../server/src/analysis/rules/iam/fullAccess';
import { wildcardInService } from '../../../../server/src/analysis/rules/iam/wildcardInService';
import { cfnObject, putBucketPolicy, putRolePolicy, runRows } from './iamFixture';

const p = (body: string, effect = 'Allow'): string => `{"Version":"2012-10-17","Statement":[{"Effect":"${effect}",${body}}]}`;

runRows(allowNotAction, [
  { name: 'Allow with NotAction', fixture: p('⟦"NotAction"⟧:"iam:*","Resource":"*"'), summary: ['warning iam/allow-not-action'] },
  { name: 'Deny with NotAction', fixture: p('"NotAction":"iam:*","Resource":"*"', 'Deny'), summary: [] },
  { name: 'unknown Effect → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":{"Ref":"E"},"NotAction":"iam:*","Resource":"*"}]}'), summary: [] },
]);

runRows(allowNotResource, [
  { name: 'Allow with NotResource in a string policy', fixture: putRolePolicy(p('"Action":"s3:*",⟦"NotResource"⟧:"arn:aws:s3:::payroll/*"')), summary: ['warning iam/allow-not-resource'] },
  { name: 'Deny with NotResource', fixture: p('"Action":"s3:*","NotResource":"arn:aws:s3:::payroll/*"', 'Deny'), summary: [] },
]);

runRows(allowNotPrincipal, [
  { name: 'Allow with NotPrincipal in a bucket policy', fixture: putBucketPolicy(p('⟦"NotPrincipal"⟧:{"AWS":"111122223333"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"')), summary: ['warning iam/allow-not-principal'], says: ['ALLOW_WITH_NOTPRINCIPAL'] },
  { name: 'Deny with NotPrincipal', fixture: putBucketPolicy(p('"NotPrincipal":{"AWS":"111122223333"},"Action":"s3:*","Resource":"arn:aws:s3:::b/*"', 'Deny')), summary: [] },
]);

runRows(fullAccess, [
  { name: 'AdministratorAccess', fixture: p('"Action":⟦"*"⟧,"Resource":"*"'), summary: ['warning iam/full-access'] },
  { name: '*:* in a template', fixture: cfnObject('AWS::IAM::Policy', 'PolicyDocument', p('"Action":[⟦"*:*"⟧],"Resource":["*"]')), summary: ['warning iam/full-access'] },
  { name: 'with a condition it is narrowed', fixture: p('"Action":"*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}'), summary: [] },
  { name: 'Deny everything is fine', fixture: p('"Action":"*","Resource":"*"', 'Deny'), summary: [] },
]);

runRows(wildcardInService, [
  { name: 'wildcard in the service prefix', fixture: p('"Action":["⟦*⟧:Describe*","⟦s3*⟧:Get*","*","s3:*"],"Resource":"*"'), summary: ['info iam/wildcard-in-service', 'info iam/wildcard-in-service'] },
  { name: 'through escapes in a string', fixture: putRolePolicy(p('"Action":"⟦ec?⟧:Describe*","Resource":"*"')), summary: ['info iam/wildcard-in-service'] },
]);
