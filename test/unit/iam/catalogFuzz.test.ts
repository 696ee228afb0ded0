// Robustness of the catalog features: mutated policies (plain, in JSON strings, in CloudFormation) through the
// catalog rules, hover and completion with the real catalog (600 documents, about 3 s). Nothing may throw, no rule may fail internally,
// and every range must lie inside its document.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyzeDocument, completeAt, DEFAULT_OPTIONS, hoverAt, parseDocument, rewritesAt, type Span } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import { mulberry32, mutateText } from '../../support/random';
import { embed, testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket', 's3:Get*', 'ec2:Describe*', 'iam:PassRole'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/${aws:username}/*', 'arn:aws:iam::*:role/x'],
      Condition: { StringLike: { 's3:prefix': ['home/'], 'aws:PrincipalTag/Team': 'a' }, 'ForAnyValue:StringEquals': { 'aws:CalledVia': ['x'] }, Bool: { 'aws:SecureTransport': true } } },
    { Effect: 'Deny', NotAction: 's3:*', NotResource: 'arn:aws:s3:::b/*' },
  ],
}, null, 2);
const SOURCES = [
  POLICY,
  `{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "${embed(POLICY)}"}`,
  `{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": ${POLICY}}}}}`,
];
const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '*', '?', '${', '}', 's3:', 'aws:', '{"Fn::Sub":"x"}', 'null', '1', '😀', '\ud800'];

const mutate = (text: string, random: () => number): string =>
  mutateText(text, random, { tokens: TOKENS, maxEdits: 3, truncate: 0.2, insert: 0.6, deleteUpTo: 12 });

const inside = (span: Span, text: string): boolean => span.offset >= 0 && span.length >= 0 && span.offset + span.length <= text.length;

test('catalog features survive 600 mutated policies', () => {
  const random = mulberry32(20260926);
  const options = { ...DEFAULT_OPTIONS, catalog };
  for (let i = 0; i < 600; i++) {
    const text = mutate(SOURCES[i % SOURCES.length], random);
    const doc = parseDocument(text);
    const findings = analyzeDocument(doc, { catalog });
    for (const f of findings) {
      assert.ok(!f.message.startsWith('Internal error'), `${f.message}\n${text}`);
      assert.ok(inside(f.span, text), `${f.rule} ${JSON.stringify(f.span)}`);
      for (const fix of f.fixes ?? []) for (const edit of fix.edits) assert.ok(inside(edit.span, text), f.rule);
    }
    for (let k = 0; k < 3; k++) {
      const offset = Math.floor(random() * (text.length + 1));
      const hover = hoverAt(doc, offset, options);
      if (hover) assert.ok(inside(hover.span, text));
      for (const entry of completeAt(doc, offset, options)) assert.ok(inside(entry.span, text));
      for (const fix of rewritesAt(doc, { offset, length: 0 }, options)) {
        for (const edit of fix.edits) assert.ok(inside(edit.span, text));
      }
    }
  }
});
