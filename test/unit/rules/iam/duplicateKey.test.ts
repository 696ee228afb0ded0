import { duplicateKey } from '../../../../server/src/analysis/rules/iam/duplicateKey';
import { putRolePolicy, runRows } from './iamFixture';

runRows(duplicateKey, [
  { name: 'no duplicates', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}', summary: [] },
  { name: 'two Resource members', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",⟦"Resource"⟧:"a","Resource":"*"}]}', summary: ['warning iam/duplicate-key'], says: ['only the last one counts'] },
  { name: 'duplicate top-level Statement in a string', fixture: putRolePolicy('{"Version":"2012-10-17",⟦"Statement"⟧:[],"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}'), summary: ['warning iam/duplicate-key'] },
  { name: 'condition keys that differ only in case', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"a",⟦"AWS:PrincipalTag/Team"⟧:"b"}}}]}', summary: ['warning iam/duplicate-key'], says: ['DUPLICATE_KEYS_WITH_DIFFERENT_CASE'] },
  { name: 'same key under two operators is fine', fixture: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"k":"a"},"StringLike":{"k":"b*"}}}]}', summary: [] },
  { name: 'package.json duplicates are not analysed', fixture: '{"name":"a","name":"b"}', summary: [] },
]);
