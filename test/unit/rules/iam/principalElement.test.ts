import { principalElement } from '../../../../server/src/analysis/rules/iam/principalElement';
import { cfnObject, createRole, putBucketPolicy, putRolePolicy, runRows } from './iamFixture';

const b = (body: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow",${body}"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`;

runRows(principalElement, [
  { name: 'bucket policy with Principal', fixture: putBucketPolicy(b('"Principal":{"AWS":"111122223333"},')), summary: [] },
  { name: 'identity policy with Principal', fixture: putRolePolicy(b('⟦"Principal"⟧:"*",')), summary: ['error iam/principal-element'], says: ['Policy document should not specify a principal.'] },
  { name: 'managed template policy with NotPrincipal', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', b('⟦"NotPrincipal"⟧:{"AWS":"*"},')), summary: ['error iam/principal-element'] },
  { name: 'bucket policy without Principal', fixture: putBucketPolicy(`{"Version":"2012-10-17","Statement":[⟦{⟧"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`), summary: ['error iam/principal-element'], says: ['Missing required field Principal'] },
  { name: 'queue policy without Principal: warning', fixture: cfnObject('AWS::SQS::QueuePolicy', 'PolicyDocument', '{"Version":"2012-10-17","Statement":[⟦{⟧"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}'), summary: ['warning iam/principal-element'] },
  { name: 'trust policy without Principal', fixture: createRole('{"Version":"2012-10-17","Statement":[⟦{⟧"Effect":"Allow","Action":"sts:AssumeRole"}]}'), summary: ['error iam/principal-element'] },
  { name: 'trust policy with NotPrincipal', fixture: createRole('{"Version":"2012-10-17","Statement":[{"Effect":"Deny",⟦"NotPrincipal"⟧:{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}'), summary: ['error iam/principal-element'], says: ['ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL'] },
  { name: 'empty principal object in a bucket policy', fixture: putBucketPolicy(b('"Principal":⟦{"AWS":[]}⟧,')), summary: ['error iam/principal-element'], says: ['cannot be empty'] },
  { name: 'both Principal and NotPrincipal', fixture: putBucketPolicy(b('"Principal":"*",⟦"NotPrincipal"⟧:{"AWS":"111122223333"},')), summary: ['error iam/principal-element'] },
  { name: 'intrinsic principal → nothing', fixture: cfnObject('AWS::S3::BucketPolicy', 'PolicyDocument', b('"Principal":{"Fn::If":["C","*",{"Ref":"AWS::NoValue"}]},')), summary: [] },
]);
