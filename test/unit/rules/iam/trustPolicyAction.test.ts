import { trustPolicyAction } from '../../../../server/src/analysis/rules/iam/trustPolicyAction';
import { cfnObject, createRole, runRows } from './iamFixture';

const trust = (principal: string, action: string): string => createRole(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":${principal},"Action":${action}}]}`);

runRows(trustPolicyAction, [
  { name: 'AssumeRole and TagSession', fixture: trust('{"AWS":"111122223333"}', '["sts:AssumeRole","sts:TagSession"]'), summary: [] },
  { name: 'another service\'s action', fixture: trust('{"Service":"lambda.amazonaws.com"}', '["sts:AssumeRole",⟦"s3:GetObject"⟧]'), summary: ['error iam/trust-policy-action'], says: ['AssumeRole policy may only specify STS AssumeRole actions.'] },
  { name: 'all actions', fixture: trust('{"Service":"lambda.amazonaws.com"}', '⟦"*"⟧'), summary: ['warning iam/trust-policy-action'] },
  { name: 'an STS action that is not about assuming', fixture: trust('{"AWS":"111122223333"}', '⟦"sts:GetCallerIdentity"⟧'), summary: ['warning iam/trust-policy-action'] },
  { name: 'SAML provider without AssumeRoleWithSAML', fixture: trust('{"Federated":"arn:aws:iam::111122223333:saml-provider/idp"}', '"sts:AssumeRole"').replace('\\"Action\\"', '⟦\\"Action\\"⟧'), summary: ['warning iam/trust-policy-action'], says: ['MISMATCHED_ACTION_FOR_PRINCIPAL'] },
  { name: 'OIDC provider with AssumeRoleWithWebIdentity', fixture: trust('{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"}', '"sts:AssumeRoleWithWebIdentity"'), summary: [] },
  { name: 'Roles Anywhere without TagSession', fixture: trust('{"Service":"rolesanywhere.amazonaws.com"}', '["sts:AssumeRole","sts:SetSourceIdentity"]').replace('\\"Action\\"', '⟦\\"Action\\"⟧'), summary: ['warning iam/trust-policy-action'], says: ['sts:TagSession'] },
  { name: 'template trust policy', fixture: cfnObject('AWS::IAM::Role', 'AssumeRolePolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":[⟦"ec2:RunInstances"⟧]}]}'), summary: ['error iam/trust-policy-action'] },
  { name: 'identity policies are not checked', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}', summary: [] },
  { name: 'intrinsic Action → nothing', fixture: cfnObject('AWS::IAM::Role', 'AssumeRolePolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:saml-provider/x"},"Action":{"Ref":"A"}}]}'), summary: [] },
]);
