import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathPatternSyntax } from '../../../../server/src/analysis/rules/cloudfront/pathPatternSyntax';
import { applyFix, behavior, dist, expectFindings, run, SHAPES } from './shapes';

const AWS_TEXT = /AWS rejects it with InvalidArgument: "The parameter globPattern can only contain these characters: \[a-zA-Z0-9_-\.\*\$\/~"'&@:\?\+\\\]"/;

const rows: { name: string; pattern: string; expect: string[]; says?: RegExp[] }[] = [
  { name: 'every accepted character', pattern: JSON.stringify('/a-Z_0.9/*.jpg?$~@:+&\'"x'), expect: [] },
  { name: 'a scoped package path', pattern: '"/@scope/pkg/*"', expect: [] },
  { name: 'a space', pattern: '⟦"/my file.pdf"⟧', expect: ['error'], says: [/contains a space, which CloudFront does not accept/, AWS_TEXT] },
  { name: 'percent-encoding', pattern: '⟦"/my%20file.pdf"⟧', expect: ['error'], says: [/contains "%"/] },
  { name: 'a regular expression', pattern: '⟦"/images/(.*)\\\\.(png|jpg)$"⟧', expect: ['error'], says: [/"\(", "\)", "\\", "\|"/, /not regular expressions: the only wildcards are \*/] },
  { name: 'a character class for case-insensitive matching', pattern: '⟦"/[Ii]mages/*"⟧', expect: ['error'], says: [/one cache behavior per alternative/] },
  { name: 'braces', pattern: '⟦"/assets/*.{js,css}"⟧', expect: ['error'], says: [/"\{", ",", "\}"/] },
  { name: 'a letter outside ASCII', pattern: '⟦"/café/*"⟧', expect: ['error'], says: [/"é"/] },
  { name: 'a control character', pattern: '⟦"/a\\tb"⟧', expect: ['error'], says: [/U\+0009/] },
  { name: 'longer than 255 characters', pattern: `⟦"/${'a'.repeat(254)}*"⟧`, expect: ['error'], says: [/256 characters long; CloudFront accepts at most 255/] },
  { name: '&amp; is probably a double escape', pattern: '⟦"/search&amp;q*"⟧', expect: ['info'], says: [/write a plain "&"/] },
  { name: 'a plain & is fine', pattern: '"/search&q*"', expect: [] },
  { name: 'an intrinsic pattern is unknown', pattern: '{"Fn::Sub": "/${Prefix} x/*"}', expect: [] },
  { name: 'a pattern of the wrong type is left to the schema check', pattern: '12', expect: [] },
];

for (const row of rows) {
  test(`cloudfront/path-pattern-syntax: ${row.name}`, () => {
    for (const shape of SHAPES) expectFindings(pathPatternSyntax, dist(shape, { behaviors: [behavior(row.pattern)] }), row.expect, row.says);
  });
}

test('cloudfront/path-pattern-syntax: the &amp; fix writes a plain & and clears the finding', () => {
  for (const shape of SHAPES) {
    const fixed = applyFix(pathPatternSyntax, dist(shape, { behaviors: [behavior('/a&amp;b/*')] }));
    assert.ok(fixed.includes('"PathPattern": "/a&b/*"'));
    assert.deepEqual(run(pathPatternSyntax, fixed).findings, []);
  }
});
