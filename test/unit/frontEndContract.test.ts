// The front-end contract (server/src/analysis/source/frontEnd.ts): a syntax other than JSON, given to the core only
// through the contract, gets the same rules, with findings on its own text and fixes written in its own style. The
// front-end used here is a small indentation-based test syntax (test/support/indentedFrontEnd.ts); no rule knows it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, codeLenses, distributionsOf, parseDocument, simulateDistribution, type Finding } from '../../server/src/analysis';
import { applyEdits, INDENTED_FRONT_END } from '../support/indentedFrontEnd';
import { annotate, parseFixture } from './fixture';

function analyse(source: string): { text: string; findings: Finding[]; annotated: string; expected: string } {
  const { text, spans } = parseFixture(source);
  const findings = analyzeDocument(parseDocument(text, INDENTED_FRONT_END));
  return { text, findings, annotated: annotate(text, findings.map((f) => f.span)), expected: annotate(text, spans) };
}

const TEMPLATE_HEAD = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Site:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: web
            DomainName: example.com
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
        DefaultCacheBehavior:
          TargetOriginId: web
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
`;

test('front-end contract: a shadowed behavior is found in another syntax, on its own text', () => {
  const r = analyse(`${TEMPLATE_HEAD}        CacheBehaviors:
          - PathPattern: /images/*
            TargetOriginId: web
            ViewerProtocolPolicy: allow-all
            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
          - PathPattern: ⟦/images/logo*⟧
            TargetOriginId: web
            ViewerProtocolPolicy: allow-all
            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
`);
  assert.deepEqual(r.findings.map((f) => f.rule), ['cloudfront/shadowed-behavior']);
  assert.equal(r.annotated, r.expected);
  assert.match(r.findings[0].message, /\/images\/\*/);
});

test('front-end contract: the move fix is written by the front-end and, applied, removes the finding', () => {
  const { text } = analyse(`${TEMPLATE_HEAD}        CacheBehaviors:
          - PathPattern: /api/*
            TargetOriginId: web
            ViewerProtocolPolicy: allow-all
            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
          - PathPattern: /*
            TargetOriginId: web
            ViewerProtocolPolicy: allow-all
            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
          - PathPattern: /static/*
            TargetOriginId: web
            ViewerProtocolPolicy: allow-all
            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
`);
  // Two warnings: the Default behavior and /static/* are both covered by /*; the one on /static/* has the fix.
  const shadows = analyzeDocument(parseDocument(text, INDENTED_FRONT_END)).filter((f) => f.rule === 'cloudfront/shadowed-behavior');
  assert.equal(shadows.length, 2);
  const shadow = shadows.find((f) => /static/.test(f.message));
  assert.ok(shadow, 'the behavior after /* is reported');
  const move = shadow.fixes?.find((f) => f.edits.length === 2);
  assert.ok(move, 'a fix moves the behavior');
  const fixed = applyEdits(text, move.edits);
  // The moved item keeps its own lines and indentation.
  assert.match(fixed, /- PathPattern: \/static\/\*\n {12}TargetOriginId: web\n {12}ViewerProtocolPolicy: allow-all\n {12}CachePolicyId: [0-9a-f-]+\n {10}- PathPattern: \/\*\n/);
  const after = analyzeDocument(parseDocument(fixed, INDENTED_FRONT_END)).filter((f) => f.rule === 'cloudfront/shadowed-behavior');
  const on = after.map((f) => fixed.slice(f.span.offset, f.span.offset + f.span.length));
  assert.deepEqual(on, ['DefaultCacheBehavior'], 'only the Default stays covered by /*');
});

test('front-end contract: TTL order, and the inserted DefaultTTL in the source\'s own style', () => {
  const r = analyse(`${TEMPLATE_HEAD}        CacheBehaviors:
          - PathPattern: /a/*
            TargetOriginId: web
            ViewerProtocolPolicy: allow-all
            ForwardedValues:
              QueryString: false
            ⟦MaxTTL: 3600⟧
`);
  const ttl = r.findings.filter((f) => f.rule === 'cloudfront/ttl-order');
  assert.equal(ttl.length, 1);
  assert.equal(r.text.slice(ttl[0].span.offset, ttl[0].span.offset + ttl[0].span.length), '3600');
  const fixed = applyEdits(r.text, ttl[0].fixes?.[0]?.edits ?? []);
  assert.match(fixed, /\n {12}MaxTTL: 3600\n {12}DefaultTTL: 3600\n/);
  assert.deepEqual(analyzeDocument(parseDocument(fixed, INDENTED_FRONT_END)).filter((f) => f.rule === 'cloudfront/ttl-order'), []);
});

test('front-end contract: deploy-time values are unknown, never errors', () => {
  const r = analyse(`${TEMPLATE_HEAD}        CacheBehaviors:
          - PathPattern: !Unknown var.pattern
            TargetOriginId: !Ref OriginParameter
            ViewerProtocolPolicy: allow-all
            ForwardedValues:
              QueryString: false
            MinTTL: !Unknown var.min_ttl
            DefaultTTL: 60
`);
  assert.deepEqual(r.findings, []);
});

test('front-end contract: a policy in another syntax gets the IAM rules, with fixes in that syntax', () => {
  const text = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: allow
            Action: s3:GetObject
            Resource: "arn:aws:s3:::bucket/*"
`;
  const findings = analyzeDocument(parseDocument(text, INDENTED_FRONT_END));
  const effect = findings.find((f) => f.rule === 'iam/effect');
  assert.ok(effect, 'the wrong-case Effect is reported');
  assert.equal(text.slice(effect.span.offset, effect.span.offset + effect.span.length), 'allow');
  const fixed = applyEdits(text, effect.fixes?.[0]?.edits ?? []);
  assert.match(fixed, /- Effect: "Allow"\n/);
  assert.equal(analyzeDocument(parseDocument(fixed, INDENTED_FRONT_END)).find((f) => f.rule === 'iam/effect'), undefined);
});

test('front-end contract: a whole document that is a policy is not checked as text AWS receives', () => {
  // The document starts with a comment and a blank line; in JSON, leading white space is what IAM refuses, but a
  // document in another syntax is never sent as written, so nothing is said about it.
  const text = `# read access
\nVersion: "2012-10-17"
Statement:
  - Effect: Allow
    Action: s3:GetObject
    Resource: "*"
`;
  const findings = analyzeDocument(parseDocument(text, INDENTED_FRONT_END));
  assert.deepEqual(findings.filter((f) => f.rule === 'iam/leading-whitespace'), []);
});

test('front-end contract: lenses and Simulate Path read the same tree', () => {
  const text = `${TEMPLATE_HEAD}        CacheBehaviors:
          - PathPattern: /images/*
            TargetOriginId: web
            ViewerProtocolPolicy: allow-all
            CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
`;
  const doc = parseDocument(text, INDENTED_FRONT_END);
  const lenses = codeLenses(doc);
  assert.ok(lenses.length > 0, 'lenses are offered');
  for (const lens of lenses) assert.ok(lens.span.offset >= 0 && lens.span.offset + lens.span.length <= text.length);
  const [dist] = distributionsOf(doc);
  assert.ok(dist);
  const answer = simulateDistribution(dist, '/images/logo.png');
  assert.ok(answer);
  assert.deepEqual(answer.behavior, { kind: 'cache-behavior', index: 0, pathPattern: '/images/*' });
  // The matched behavior's span is the sequence item in this text.
  assert.match(text.slice(answer.behaviorSpan.offset, answer.behaviorSpan.offset + answer.behaviorSpan.length), /^PathPattern: \/images\/\*\n/);
  const root = simulateDistribution(dist, '/index.html');
  assert.deepEqual(root?.behavior, { kind: 'default' });
});
