// Cache behaviors that are only known at deployment, null items and empty patterns (issue: intrinsic functions are
// unknown values, never errors; the API form and CloudFormation agree on what AWS refuses).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, distributionsOf, parseDocument, reachabilityOf } from '../../../server/src/analysis';

const POLICY = '"CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"';
const behavior = (pattern: string): string => `{"PathPattern": ${JSON.stringify(pattern)}, "TargetOriginId": "o", "ViewerProtocolPolicy": "allow-all", ${POLICY}}`;
const template = (behaviors: string): string => `{"Resources": {"D": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {
  "Enabled": true,
  "Origins": [{"Id": "o", "DomainName": "example.com", "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}}],
  "DefaultCacheBehavior": {"TargetOriginId": "o", "ViewerProtocolPolicy": "allow-all", ${POLICY}},
  "CacheBehaviors": ${behaviors}}}}}}`;

test('a behavior inside Fn::If is unknown: no finding about it, and the behaviors after it keep their positions', () => {
  const text = template(`[{"Fn::If": ["Images", ${behavior('/images/*')}, {"Ref": "AWS::NoValue"}]}, ${behavior('/api/*')}]`);
  const doc = parseDocument(text);
  assert.deepEqual(analyzeDocument(doc), []);
  const [dist] = distributionsOf(doc);
  assert.deepEqual(dist.behaviors.map((b) => [b.index, b.pathPattern]), [[1, '/api/*']]);
  assert.deepEqual(dist.unknownBehaviors.map((u) => u.index), [0]);
  // A path to /api/* may be taken by the behavior inside Fn::If at deployment: the example says it is uncertain.
  const reach = reachabilityOf(doc, dist);
  assert.deepEqual(reach.behaviors[0], { status: 'reachable', example: '/api/', uncertain: true });
  assert.equal(dist.behaviorListUnknown, false);
});

test('a whole CacheBehaviors list from Fn::If or Ref is marked unknown', () => {
  for (const list of [`{"Fn::If": ["C", [${behavior('/a/*')}], []]}`, '{"Ref": "Behaviors"}']) {
    const doc = parseDocument(template(list));
    assert.deepEqual(analyzeDocument(doc), []);
    assert.equal(distributionsOf(doc)[0].behaviorListUnknown, true);
  }
});

test('a null item of a CloudFormation list is refused as in the API form', () => {
  const findings = analyzeDocument(parseDocument(template(`[null, ${behavior('/a/*')}]`)));
  assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['cloudfront/structure', 'error']]);
  assert.match(findings[0].message, /CacheBehaviors\[0\] must be an object, not null/);
});

test('an empty PathPattern is said to have no documented meaning and is not read as "/"', () => {
  // Read as "/", the empty pattern would make the later "/" a duplicate that is never used.
  const findings = analyzeDocument(parseDocument(template(`[${behavior('')}, ${behavior('/')}]`)));
  assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['cloudfront/path-pattern-syntax', 'warning']]);
  assert.match(findings[0].message, /PathPattern is empty\. AWS documents no meaning for an empty pattern/);
  const ja = analyzeDocument(parseDocument(template(`[${behavior('')}]`)), { locale: 'ja' });
  assert.match(ja[0].message, /PathPattern が空です/);
});
