import { createSlrWildcard } from '../../../../server/src/analysis/rules/iam/createSlrWildcard';
import { passRoleWildcard } from '../../../../server/src/analysis/rules/iam/passRoleWildcard';
import { cfnObject, putRolePolicy, runRows } from './iamFixture';

const p = (body: string, effect = 'Allow'): string => `{"Version":"2012-10-17","Statement":[{"Effect":"${effect}",${body}}]}`;

runRows(passRoleWildcard, [
  { name: 'PassRole on named roles', fixture: p('"Action":"iam:PassRole","Resource":"arn:aws:iam::111122223333:role/app"'), summary: [] },
  { name: 'STAR_IN_RESOURCE', fixture: p('"Action":⟦"iam:PassRole"⟧,"Resource":"*"'), summary: ['warning iam/pass-role-wildcard'], says: ['PASS_ROLE_WITH_STAR_IN_RESOURCE'] },
  { name: 'STAR_IN_ACTION_AND_RESOURCE through iam:Pass*', fixture: p('"Action":["s3:GetObject",⟦"IAM:Pass*"⟧],"Resource":"arn:aws:iam::111122223333:role/*"'), summary: ['warning iam/pass-role-wildcard'], says: ['PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE'] },
  { name: 'NOTRESOURCE', fixture: p('"Action":⟦"iam:PassRole"⟧,"NotResource":"arn:aws:iam::111122223333:role/admin"'), summary: ['warning iam/pass-role-wildcard'], says: ['PASS_ROLE_WITH_NOTRESOURCE'] },
  { name: 'STAR_IN_ACTION_AND_NOTRESOURCE', fixture: p('"Action":⟦"*"⟧,"NotResource":"arn:aws:s3:::b"'), summary: ['warning iam/pass-role-wildcard'], says: ['PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOTRESOURCE'] },
  { name: 'NOTACTION_AND_NOTRESOURCE', fixture: p('⟦"NotAction"⟧:"s3:*","NotResource":"arn:aws:s3:::b"'), summary: ['warning iam/pass-role-wildcard'], says: ['PASS_ROLE_WITH_NOTACTION_AND_NOTRESOURCE'] },
  { name: 'STAR_IN_RESOURCE_AND_NOTACTION', fixture: putRolePolicy(p('⟦"NotAction"⟧:["iam:Create*","iam:Delete*"],"Resource":"*"')), summary: ['warning iam/pass-role-wildcard'], says: ['PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOTACTION'] },
  { name: 'NotAction that excludes PassRole', fixture: p('"NotAction":"iam:*","Resource":"*"'), summary: [] },
  { name: 'iam:PassedToService narrows it', fixture: p('"Action":"iam:PassRole","Resource":"*","Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}'), summary: [] },
  { name: 'Deny is not a grant', fixture: p('"Action":"iam:PassRole","Resource":"*"', 'Deny'), summary: [] },
  { name: 'resource policies are not checked', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"iam:PassRole","Resource":"arn:aws:s3:::b/*"}]}', summary: [] },
  { name: 'intrinsic Action → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', p('"Action":["iam:PassRole",{"Ref":"A"}],"Resource":"*"')), summary: [] },
]);

runRows(createSlrWildcard, [
  { name: 'named service-linked role', fixture: p('"Action":"iam:CreateServiceLinkedRole","Resource":"arn:aws:iam::111122223333:role/aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot"'), summary: [] },
  { name: 'STAR_IN_RESOURCE', fixture: p('"Action":⟦"iam:CreateServiceLinkedRole"⟧,"Resource":"*"'), summary: ['warning iam/create-slr-wildcard'], says: ['CREATE_SLR_WITH_STAR_IN_RESOURCE'] },
  { name: 'STAR_IN_ACTION_AND_RESOURCE', fixture: p('"Action":⟦"iam:*"⟧,"Resource":"*"'), summary: ['warning iam/create-slr-wildcard'], says: ['CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE'] },
  { name: 'iam:AWSServiceName narrows it (AWS managed policies do this)', fixture: p('"Action":"iam:CreateServiceLinkedRole","Resource":"*","Condition":{"StringEquals":{"iam:AWSServiceName":"spot.amazonaws.com"}}'), summary: [] },
]);
