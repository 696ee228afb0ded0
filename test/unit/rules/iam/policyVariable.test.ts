import { policyVariable } from '../../../../server/src/analysis/rules/iam/policyVariable';
import { createRole, putRolePolicy, runRows } from './iamFixture';

const p = (version: string, body: string): string => `{${version}"Statement":[{"Effect":"Allow",${body}}]}`;
const V = '"Version":"2012-10-17",';

runRows(policyVariable, [
  { name: 'variables in Resource and String conditions', fixture: p(V, '"Action":"s3:ListBucket","Resource":"arn:aws:s3:::b","Condition":{"StringLike":{"s3:prefix":["home/${aws:username}/*","${*}"]},"ArnEquals":{"aws:SourceArn":"arn:aws:iam::111122223333:user/${aws:username}"}}'), summary: [] },
  { name: 'no Version', fixture: p('', '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/home/⟦${aws:username}⟧/*"'), summary: ['warning iam/policy-variable'], says: ['VARIABLE_UNSUPPORTED_IN_VERSION'] },
  { name: '2008 in a string policy', fixture: putRolePolicy(p('"Version":"2008-10-17",', '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/⟦${aws:userid}⟧/*"')), summary: ['warning iam/policy-variable'] },
  { name: 'in Action', fixture: p(V, '"Action":"s3:⟦${aws:username}⟧","Resource":"*"'), summary: ['warning iam/policy-variable'], says: ['VARIABLE_UNSUPPORTED_IN_ELEMENT'] },
  { name: 'in Principal', fixture: createRole(p(V, '"Principal":{"AWS":"arn:aws:iam::111122223333:role/⟦${aws:username}⟧"},"Action":"sts:AssumeRole"')), summary: ['warning iam/policy-variable'] },
  { name: 'with a Date operator', fixture: p(V, '"Action":"s3:GetObject","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"⟦${aws:TokenIssueTime}⟧"}}'), summary: ['warning iam/policy-variable'], says: ['INVALID_VARIABLE_FOR_OPERATOR'] },
  { name: 'missing brace', fixture: p(V, '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/⟦${aws:username/*⟧"'), summary: ['warning iam/policy-variable'], says: ['MISSING_BRACE_IN_VARIABLE'] },
  { name: 'space in the name', fixture: p(V, '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/⟦${aws: username}⟧/*"'), summary: ['warning iam/policy-variable'], says: ['UNSUPPORTED_SPACE_IN_VARIABLE'] },
  { name: 'unquoted default', fixture: p(V, '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/⟦${aws:PrincipalTag/team, nobody}⟧/*"'), summary: ['warning iam/policy-variable'], says: ['MISSING_QUOTE_IN_VARIABLE'] },
  { name: 'quoted default is fine', fixture: p(V, '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/${aws:PrincipalTag/team, \'company-wide\'}/*"'), summary: [] },
  { name: 'empty', fixture: p(V, '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/⟦${}⟧"'), summary: ['warning iam/policy-variable'], says: ['EMPTY_VARIABLE'] },
  // IAMUG reference_policies_variables: a variable in a Resource ARN is replaced only in the resource part of the ARN.
  { name: 'before the fifth colon of an ARN (region and account)', fixture: p(V, '"Action":"dynamodb:GetItem","Resource":["arn:aws:dynamodb:us-east-1:⟦${aws:PrincipalAccount}⟧:table/t","arn:aws:dynamodb:⟦${aws:RequestedRegion}⟧:*:table/${aws:username}"]'),
    summary: ['warning iam/policy-variable', 'warning iam/policy-variable'], says: ['fifth colon'] },
  { name: 'after the fifth colon, with a variable-holding resource type before it', fixture: p(V, '"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/${aws:username}/${aws:userid}"'), summary: [] },
  { name: 'CloudFormation substitutions are not policy variables', fixture: p('', '"Action":"s3:GetObject","Resource":"arn:aws:s3:::${AWS::AccountId}-${Bucket}/*"'), summary: [] },
]);
