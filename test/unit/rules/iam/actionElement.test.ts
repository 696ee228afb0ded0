import { actionElement } from '../../../../server/src/analysis/rules/iam/actionElement';
import { cfnObject, createPolicy, putBucketPolicy, runRows } from './iamFixture';

const st = (body: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow",${body}}]}`;

runRows(actionElement, [
  { name: 'valid actions and wildcards', fixture: st('"Action":["s3:GetObject","s3:Get*","*","iam:Pass?ole"],"Resource":"*"'), summary: [] },
  { name: 'NotAction alone is fine', fixture: st('"NotAction":"iam:*","Resource":"*"'), summary: [] },
  { name: 'both Action and NotAction', fixture: st('"Action":"s3:*",⟦"NotAction"⟧:"s3:Delete*","Resource":"*"'), summary: ['error iam/action-element'], says: ['Syntax errors in policy.'] },
  { name: 'neither', fixture: `{"Version":"2012-10-17","Statement":[⟦{⟧"Effect":"Allow","Resource":"*"}]}`, summary: ['error iam/action-element'], says: ['Policy statement must contain actions.'] },
  { name: 'empty list counts as missing', fixture: st('"Action":⟦[]⟧,"Resource":"*"'), summary: ['error iam/action-element'], says: ['Policy statement must contain actions.'] },
  { name: 'no vendor', fixture: st('"Action":⟦"GetObject"⟧,"Resource":"*"'), summary: ['error iam/action-element'], says: ['Actions/Conditions must be prefaced by a vendor'] },
  { name: 'empty NotAction string', fixture: st('"NotAction":⟦""⟧,"Resource":"*"'), summary: ['error iam/action-element'] },
  { name: 'two colons', fixture: st('"Action":["s3:GetObject",⟦"s3:List:Bucket"⟧],"Resource":"*"'), summary: ['error iam/action-element'], says: ['Actions/Condition can contain only one colon.'] },
  { name: 'space in vendor', fixture: st('"Action":⟦"a a:ListBucket"⟧,"Resource":"*"'), summary: ['error iam/action-element'], says: ['Vendor a a is not valid'] },
  { name: 'space in the action name is accepted but matches nothing', fixture: st('"Action":⟦"s3:Get Object"⟧,"Resource":"*"'), summary: ['warning iam/action-element'] },
  { name: 'empty action name', fixture: st('"Action":⟦"s3:"⟧,"Resource":"*"'), summary: ['warning iam/action-element'] },
  { name: 'in a managed policy string', fixture: createPolicy(st('"Action":⟦"s3GetObject"⟧,"Resource":"*"')), summary: ['error iam/action-element'] },
  { name: 'bucket policy: warning', fixture: putBucketPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":⟦"GetObject"⟧,"Resource":"arn:aws:s3:::b/*"}]}'), summary: ['warning iam/action-element'] },
  { name: 'intrinsic Action → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', st('"Action":{"Ref":"Actions"},"Resource":"*"')), summary: [] },
  { name: 'intrinsic item → nothing', fixture: cfnObject('AWS::IAM::ManagedPolicy', 'PolicyDocument', st('"Action":[{"Fn::If":["C","s3:GetObject",{"Ref":"AWS::NoValue"}]}],"Resource":"*"')), summary: [] },
  { name: 'wrong type → nothing here', fixture: st('"Action":42,"Resource":"*"'), summary: [] },
]);
