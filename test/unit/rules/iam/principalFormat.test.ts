import { principalFormat } from '../../../../server/src/analysis/rules/iam/principalFormat';
import { cfnObject, createRole, putBucketPolicy, runRows } from './iamFixture';

const bucket = (principal: string): string => putBucketPolicy(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":${principal},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}`);
const trust = (principal: string, action = 'sts:AssumeRole'): string => createRole(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":${principal},"Action":"${action}"}]}`);

runRows(principalFormat, [
  { name: 'valid AWS principals', fixture: bucket('{"AWS":["*","111122223333","arn:aws:iam::111122223333:root","arn:aws:iam::111122223333:user/a/b","arn:aws:iam::111122223333:role/r","arn:aws:sts::111122223333:assumed-role/r/s","arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E1"]}'), summary: [] },
  { name: 'valid Service and CanonicalUser', fixture: bucket(`{"Service":"cloudfront.amazonaws.com","CanonicalUser":"${'a'.repeat(64)}"}`), summary: [] },
  { name: 'string principal other than *', fixture: bucket('⟦"arn:aws:iam::111122223333:root"⟧'), summary: ['error iam/principal-format'], says: ['INVALID_PRINCIPAL_FORMAT', 'Invalid principal in policy'] },
  { name: 'unknown principal type with case fix', fixture: bucket('{⟦"aws"⟧:"111122223333"}'), summary: ['error iam/principal-format'], says: ['write "AWS"'] },
  { name: 'partial wildcard in an ARN', fixture: bucket('{"AWS":⟦"arn:aws:iam::111122223333:role/*"⟧}'), summary: ['error iam/principal-format'], says: ['UNSUPPORTED_WILDCARD_IN_PRINCIPAL'] },
  { name: 'eleven-digit account', fixture: bucket('{"AWS":⟦"11112222333"⟧}'), summary: ['error iam/principal-format'], says: ['12 digits'] },
  { name: 'group', fixture: bucket('{"AWS":⟦"arn:aws:iam::111122223333:group/admins"⟧}'), summary: ['error iam/principal-format'], says: ['groups cannot be principals'] },
  { name: 'SAML provider under AWS', fixture: trust('{"AWS":⟦"arn:aws:iam::111122223333:saml-provider/idp"⟧}'), summary: ['error iam/principal-format'] },
  { name: 'role unique ID', fixture: bucket('{"AWS":⟦"AROAEXAMPLEID1234567"⟧}'), summary: ['warning iam/principal-format'], says: ['INVALID_ROLE_REFERENCE'] },
  { name: 'service in upper case', fixture: trust('{"Service":⟦"EC2.amazonaws.com"⟧}'), summary: ['error iam/principal-format'] },
  { name: 'service ARN', fixture: trust('{"Service":⟦"arn:aws:iam::111122223333:root"⟧}'), summary: ['error iam/principal-format'] },
  { name: 'federated valid', fixture: trust('{"Federated":["arn:aws:iam::111122223333:saml-provider/idp","cognito-identity.amazonaws.com"]}', 'sts:AssumeRoleWithSAML'), summary: [] },
  { name: 'federated ARN of a role', fixture: trust('{"Federated":⟦"arn:aws:iam::111122223333:role/x"⟧}'), summary: ['error iam/principal-format'] },
  { name: 'trust policy trusting a bare *', fixture: trust('⟦"*"⟧'), summary: ['error iam/principal-format'] },
  { name: 'trust policy trusting {"AWS": "*"}', fixture: trust('{"AWS":⟦"*"⟧}'), summary: ['warning iam/principal-format'], says: ['ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL'] },
  { name: 'CanonicalUser outside S3', fixture: trust(`{⟦"CanonicalUser"⟧:"${'a'.repeat(64)}"}`), summary: ['error iam/principal-format'] },
  { name: 'queue policy: warning', fixture: cfnObject('AWS::SQS::QueuePolicy', 'PolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":⟦"root"⟧},"Action":"sqs:SendMessage","Resource":"*"}]}'), summary: ['warning iam/principal-format'] },
  { name: 'placeholders and substitutions are left to other rules', fixture: bucket('{"AWS":["arn:aws:iam::<ACCOUNT_ID>:root","arn:aws:iam::${AWS::AccountId}:root"]}'), summary: [] },
  { name: 'intrinsic values → nothing', fixture: cfnObject('AWS::S3::BucketPolicy', 'PolicyDocument', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":[{"Fn::GetAtt":["R","Arn"]}]},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}'), summary: [] },
]);
