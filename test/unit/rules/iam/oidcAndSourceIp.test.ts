import { oidcTrustCondition } from '../../../../server/src/analysis/rules/iam/oidcTrustCondition';
import { privateSourceIp } from '../../../../server/src/analysis/rules/iam/privateSourceIp';
import { cfnObject, createRole, runRows } from './iamFixture';

const GH = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const trust = (federated: string, condition = ''): string => createRole(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":${federated}},"Action":"sts:AssumeRoleWithWebIdentity"${condition}}]}`);

runRows(oidcTrustCondition, [
  { name: 'GitHub with aud and sub', fixture: trust(`"${GH}"`, ',"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com","token.actions.githubusercontent.com:sub":"repo:o/r:ref:refs/heads/main"}}'), summary: [] },
  { name: 'GitHub without sub', fixture: trust(`⟦"${GH}"⟧`, ',"Condition":{"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}'), summary: ['warning iam/oidc-trust-condition'], says: ['MISSING_GITHUB_REPO_CONDITION_KEY'] },
  { name: 'GitHub sub with a wildcard', fixture: trust(`"${GH}"`, ',"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":⟦"repo:o/*"⟧}}'), summary: ['warning iam/oidc-trust-condition'], says: ['SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED'] },
  { name: 'other OIDC provider without condition', fixture: trust('⟦"arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"⟧'), summary: ['warning iam/oidc-trust-condition'], says: ['MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL'] },
  { name: 'Cognito with aud', fixture: trust('"cognito-identity.amazonaws.com"', ',"Condition":{"StringEquals":{"cognito-identity.amazonaws.com:aud":"us-east-1:abc"}}'), summary: [] },
  { name: 'intrinsic provider → nothing', fixture: cfnObject('AWS::IAM::Role', 'AssumeRolePolicyDocument', '{"Statement":[{"Effect":"Allow","Principal":{"Federated":{"Ref":"P"}},"Action":"sts:AssumeRoleWithWebIdentity"}]}'), summary: [] },
]);

const ip = (op: string, values: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"${op}":{⟦"aws:SourceIp"⟧:${values}}}}]}`;

runRows(privateSourceIp, [
  { name: 'public range', fixture: ip('IpAddress', '"203.0.113.0/24"').replace(/[⟦⟧]/g, ''), summary: [] },
  { name: 'only private ranges', fixture: ip('IpAddress', '["10.0.0.0/8","192.168.1.0/24"]'), summary: ['warning iam/private-source-ip'], says: ['PRIVATE_IP_ADDRESS'] },
  { name: 'NotIpAddress with private ranges', fixture: ip('NotIpAddress', '"172.16.0.0/12"'), summary: ['warning iam/private-source-ip'], says: ['PRIVATE_NOTIPADDRESS'] },
  { name: 'mixed', fixture: ip('IpAddress', '["10.0.0.0/8","203.0.113.0/24"]'), summary: ['info iam/private-source-ip'], says: ['PRIVATE_IP_ADDRESS_SUBSET'] },
  { name: 'aws:VpcSourceIp is the right key', fixture: ip('IpAddress', '"10.0.0.0/8"').replace('aws:SourceIp', 'aws:VpcSourceIp').replace(/[⟦⟧]/g, ''), summary: [] },
]);
