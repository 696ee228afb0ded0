import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shadowedBehavior } from '../../../../server/src/analysis/rules/cloudfront/shadowedBehavior';
import { applyEdits, runFixture } from '../../fixture';
import { apiDistribution, cfnTemplate } from '../../cloudfront/builders';

function shadowed(text: string): { rule: string; message: string; offset: number }[] {
  return runFixture(text, [shadowedBehavior]).findings.map((f) => ({ rule: f.rule, message: f.message, offset: f.span.offset }));
}

const rows: { name: string; patterns: (string | object)[]; unreachable: string[]; says?: RegExp[] }[] = [
  { name: 'a specific pattern below a broader one', patterns: ['/images/*', '/images/logo-*.png'], unreachable: ['#2'], says: [/matched first by #1 "\/images\/\*"/] },
  { name: 'the broader one below the specific one is fine', patterns: ['/images/logo-*.png', '/images/*'], unreachable: [] },
  { name: 'covered only by the union of two behaviors', patterns: ['/img/?*', '/img/', '/img/*'], unreachable: ['#3'], says: [/#1 "\/img\/\?\*" and #2 "\/img\/" together/] },
  { name: 'a duplicate pattern', patterns: ['/a/*', '/a/*'], unreachable: ['#2'], says: [/has the same pattern, and it comes first/] },
  { name: 'equal up to the leading slash', patterns: ['/a/*', 'a/*'], unreachable: ['#2'], says: [/a leading "\/" makes no difference/] },
  { name: '* as a non-default behavior hides everything below and the Default', patterns: ['*', '/a/*'], unreachable: ['#2', 'default'], says: [/matched first by #1 "\*"/, /The Default cache behavior is never used: #1 "\*" matches every path/] },
  { name: '/* hides the Default too', patterns: ['/*'], unreachable: ['default'] },
  { name: '*.jpg does not hide /images/* (only partly overlaps)', patterns: ['*.jpg', '/images/*'], unreachable: [] },
  { name: 'case matters', patterns: ['/Images/*', '/images/*'], unreachable: [] },
  { name: '/api* covers /api/*', patterns: ['/api*', '/api/*'], unreachable: ['#2'] },
  { name: '/api/* does not cover /api*', patterns: ['/api/*', '/api*'], unreachable: [] },
  { name: 'an intrinsic pattern is unknown: nothing is claimed about it', patterns: [{ PathPattern: { 'Fn::Sub': '/${A}/*' } }, '/b/*'], unreachable: [] },
  { name: 'wrong type of PathPattern: nothing', patterns: [{ PathPattern: 42 }, '/b/*'], unreachable: [] },
  { name: 'covered despite an unknown pattern in between', patterns: ['/a/*', { PathPattern: { Ref: 'P' } }, '/a/b/*'], unreachable: ['#3'] },
];

for (const row of rows) {
  test(`cloudfront/shadowed-behavior: ${row.name}`, () => {
    for (const text of [apiDistribution(row.patterns as never), cfnTemplate({ Cdn: row.patterns as never })]) {
      const findings = shadowed(text);
      const names = findings.map((f) => (/^The Default/.test(f.message) ? 'default' : /^Cache behavior (#\d+)/.exec(f.message)?.[1]));
      assert.deepEqual([...names].sort(), [...row.unreachable].sort());
      for (const re of row.says ?? []) assert.ok(findings.some((f) => re.test(f.message)), `${re} in ${findings.map((f) => f.message).join(' | ')}`);
    }
  });
}

test('cloudfront/shadowed-behavior: the finding sits on the PathPattern value and points at the behavior that shadows it', () => {
  const text = apiDistribution(['/images/*', '/images/logo-*.png']);
  const [finding] = runFixture(text, [shadowedBehavior]).findings;
  assert.equal(text.slice(finding.span.offset, finding.span.offset + finding.span.length), '"/images/logo-*.png"');
  assert.equal(finding.related?.length, 1);
  const related = finding.related[0].span;
  assert.equal(text.slice(related.offset, related.offset + related.length), '"/images/*"');
});

test('cloudfront/shadowed-behavior: the quick fix moves the behavior above the one that shadows it, keeping the formatting', () => {
  for (const text of [apiDistribution(['/api/*', '/images/*', '*.png', '/images/logo-*.png']), cfnTemplate({ Cdn: ['/api/*', '/images/*', '*.png', '/images/logo-*.png'] })]) {
    const [finding] = runFixture(text, [shadowedBehavior]).findings;
    const fix = finding.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title, 'Move "/images/logo-*.png" above #2 "/images/*"');
    const fixed = applyEdits(text, fix.edits);
    // Still valid JSON in the same layout, with the behaviors in the new order.
    const parsed = JSON.parse(fixed);
    const config = parsed.DistributionConfig ?? parsed.Resources.Cdn.Properties.DistributionConfig;
    const list = config.CacheBehaviors.Items ?? config.CacheBehaviors;
    assert.deepEqual(list.map((b: { PathPattern: string }) => b.PathPattern), ['/api/*', '/images/logo-*.png', '/images/*', '*.png']);
    assert.equal(fixed, JSON.stringify(parsed, null, 2));
    assert.deepEqual(runFixture(fixed, [shadowedBehavior]).findings, []);
  }
});

test('cloudfront/shadowed-behavior: the quick fix works on a compact one-line list too', () => {
  const text = '{"DistributionConfig":{"CallerReference":"r","Origins":{"Quantity":0},"DefaultCacheBehavior":{"TargetOriginId":"o"},' +
    '"CacheBehaviors":{"Quantity":3,"Items":[{"PathPattern":"/a/*"},{"PathPattern":"/b/*"},{"PathPattern":"/a/x/*"}]}}}';
  const [finding] = runFixture(text, [shadowedBehavior]).findings;
  const fixed = applyEdits(text, finding.fixes![0].edits);
  assert.equal(fixed, text.replace('[{"PathPattern":"/a/*"},{"PathPattern":"/b/*"},{"PathPattern":"/a/x/*"}]', '[{"PathPattern":"/a/x/*"},{"PathPattern":"/a/*"},{"PathPattern":"/b/*"}]'));
});

test('cloudfront/shadowed-behavior: duplicates get no move fix (moving a duplicate changes nothing)', () => {
  const [finding] = runFixture(apiDistribution(['/a/*', '/a/*']), [shadowedBehavior]).findings;
  assert.deepEqual(finding.fixes, []);
});

test('cloudfront/shadowed-behavior: a valid real-world distribution comes out clean', () => {
  const text = apiDistribution(['/api/*', '/static/*', '/media/*.mp4', '/media/*', '*.js', '*.css', '/favicon.ico', '/robots.txt']);
  assert.deepEqual(shadowed(text), []);
});
