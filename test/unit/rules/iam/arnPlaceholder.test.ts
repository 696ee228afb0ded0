import { arnPlaceholder } from '../../../../server/src/analysis/rules/iam/arnPlaceholder';
import { putBucketPolicy, putRolePolicy, runRows } from './iamFixture';

const res = (r: string): string => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":${r}}]}`;

runRows(arnPlaceholder, [
  { name: 'real values', fixture: res('["arn:aws:s3:::reports/*","arn:aws:iam::210987654321:role/x"]'), summary: [] },
  { name: '<ACCOUNT_ID>', fixture: res('"arn:aws:sqs:us-east-1:⟦<ACCOUNT_ID>⟧:orders"'), summary: ['warning iam/arn-placeholder'] },
  { name: '{region} but not ${aws:…}', fixture: res('["arn:aws:logs:⟦{region}⟧:210987654321:*","arn:aws:s3:::home/${aws:username}/*"]'), summary: ['warning iam/arn-placeholder'] },
  { name: '[YOUR ARN]', fixture: res('"⟦[YOUR ARN]⟧"'), summary: ['warning iam/arn-placeholder'] },
  { name: 'xxxx account', fixture: res('"arn:aws:iam::⟦xxxxxxxxxxxx⟧:role/deploy"'), summary: ['warning iam/arn-placeholder'] },
  { name: 'account-id word', fixture: res('"arn:aws:iam::⟦account-id⟧:role/deploy"'), summary: ['warning iam/arn-placeholder'] },
  { name: 'principal in a bucket policy string, through escapes', fixture: putBucketPolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::⟦<YOUR_ACCOUNT>⟧:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::⟦your-bucket-name⟧/*"}]}'), summary: ['warning iam/arn-placeholder', 'warning iam/arn-placeholder'] },
  { name: 'condition value', fixture: putRolePolicy('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sns:Publish","Resource":"*","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:us-east-1:⟦ACCOUNT_ID⟧:t"}}}]}'), summary: ['warning iam/arn-placeholder'] },
  { name: 'ordinary words are not placeholders', fixture: res('["arn:aws:s3:::replace-queue/*","arn:aws:s3:::my-bucket/[a]"]'), summary: [] },
]);
