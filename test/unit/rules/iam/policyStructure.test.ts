import { policyStructure } from '../../../../server/src/analysis/rules/iam/policyStructure';
import { cfnObject, putRolePolicy, runRows } from './iamFixture';

const V = '"Version":"2012-10-17"';

runRows(policyStructure, [
  { name: 'valid', fixture: `{${V},"Statement":{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*","Condition":{"Bool":{"aws:SecureTransport":true}}}}`, summary: [] },
  { name: 'no Statement (a Version alone is still a policy in a skeleton)', fixture: putRolePolicy(`⟦{⟧${V}}`), summary: ['error iam/policy-structure'], says: ['MISSING_STATEMENT', 'Syntax errors in policy.'] },
  { name: 'empty Statement list', fixture: `{${V},"Statement":⟦[]⟧}`, summary: ['error iam/policy-structure'], says: ['empty list'] },
  { name: 'statement item not an object', fixture: `{${V},"Statement":[⟦"afd"⟧]}`, summary: ['error iam/policy-structure'] },
  { name: 'Id not a string', fixture: `{${V},"Id":⟦{}⟧,"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}`, summary: ['error iam/policy-structure'] },
  { name: 'Sid not a string', fixture: `{${V},"Statement":{"Sid":⟦[]⟧,"Effect":"Allow","Action":"s3:*","Resource":"*"}}`, summary: ['error iam/policy-structure'] },
  { name: 'Action object', fixture: `{${V},"Statement":{"Effect":"Allow","Action":⟦{}⟧,"Resource":"*"}}`, summary: ['error iam/policy-structure'] },
  { name: 'nested array item', fixture: `{${V},"Statement":{"Effect":"Deny","Action":[⟦[]⟧],"Resource":"*"}}`, summary: ['error iam/policy-structure'] },
  { name: 'Resource with an object item', fixture: `{${V},"Statement":{"Effect":"Deny","Action":"s3:*","Resource":["adfdf",⟦{}⟧]}}`, summary: ['error iam/policy-structure'] },
  { name: 'Condition list', fixture: `{${V},"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":⟦[]⟧}}`, summary: ['error iam/policy-structure'] },
  { name: 'operator holding a string', fixture: `{${V},"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"DateGreaterThan":⟦"b"⟧}}}`, summary: ['error iam/policy-structure'] },
  { name: 'condition value object', fixture: `{${V},"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"DateGreaterThan":{"a":⟦{}⟧}}}}`, summary: ['error iam/policy-structure'] },
  { name: 'Principal number', fixture: `{${V},"Statement":{"Effect":"Allow","Principal":⟦1⟧,"Action":"s3:*","Resource":"arn:aws:s3:::b"}}`, summary: ['warning iam/policy-structure'], says: ['INVALID_PRINCIPAL_FORMAT'] },
  { name: 'in a string policy the range maps through escapes', fixture: putRolePolicy(`{${V},"Statement":{"Effect":"Allow","Action":⟦{"a":1}⟧,"Resource":"*"}}`), summary: ['error iam/policy-structure'] },
  { name: 'intrinsic values → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', `{${V},"Statement":[{"Effect":"Allow","Action":{"Ref":"A"},"Resource":[{"Fn::GetAtt":["B","Arn"]}],"Condition":{"StringEquals":{"k":{"Ref":"V"}}}}]}`), summary: [] },
  { name: 'intrinsic Statement → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', `{${V},"Statement":{"Fn::If":["C",[],[]]}}`), summary: [] },
]);
