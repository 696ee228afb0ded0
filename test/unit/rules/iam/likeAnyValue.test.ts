import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import { likeAnyValue } from '../../../../server/src/analysis/rules/iam/likeAnyValue';
import { runRows } from './iamFixture';

const policy = (condition: string): string =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:StopInstances","Resource":"*","Condition":${condition}}]}`;

runRows(likeAnyValue, [
  // AWSCloud9Administrator (statement 2), reported by Access Analyzer.
  { name: 'StringLike "*" on a tag key', fixture: policy('{"StringLike":{"ssm:resourceTag/aws:cloud9:environment":⟦"*"⟧}}'), summary: ['info iam/like-any-value'], says: ['EQUIVALENT_TO_NULL_FALSE', '{"Null": {"ssm:resourceTag/aws:cloud9:environment": "false"}}'] },
  { name: '"*" among other values', fixture: policy('{"StringLike":{"aws:ResourceTag/a":["x",⟦"*"⟧]}}'), summary: ['info iam/like-any-value'] },
  // The IAM User Guide's Null example.
  { name: 'the Null form, as the IAM User Guide writes it', fixture: policy('{"Null":{"aws:TokenIssueTime":"false"}}'), summary: [] },
  { name: 'IfExists, a qualifier, StringEquals and other patterns are not judged', fixture: policy('{"StringLikeIfExists":{"a:b":"*"},"ForAnyValue:StringLike":{"aws:TagKeys":"*"},"StringEquals":{"a:c":"*"},"StringNotLike":{"a:d":"*"},"StringLike":{"a:e":"x*"}}'), summary: [] },
  { name: 'wrong type → nothing', fixture: policy('{"StringLike":{"a:b":{"x":"*"}}}'), summary: [] },
]);

test('iam/like-any-value: Japanese', () => {
  const [f] = analyzeDocument(parseDocument(policy('{"StringLike":{"aws:ResourceTag/a":"*"}}')), { rules: [likeAnyValue], locale: 'ja' });
  assert.match(f.message, /があるかどうかだけを調べます/);
});
