// Tests for the path-pattern matcher: one row per pattern, with the paths it must and must not
// select. The rows pin what the CloudFront Developer Guide says of path patterns (DevGuide
// DownloadDistValuesCacheBehavior, "Path pattern") and the special patterns that follow from it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canonicalizePattern,
  compilePattern,
  matchPath,
  normalizePattern,
} from '../../../server/src/analysis/cloudfront/paths/pathPattern';
import { DEFAULT_SEMANTICS, type PathSemantics } from '../../../server/src/analysis/cloudfront/paths/semantics';
import { mulberry32 } from '../../support/random';

const PERMISSIVE: PathSemantics = { questionMatchesSlash: true };
const STRICT: PathSemantics = { questionMatchesSlash: false };

interface Row {
  pattern: string;
  /** Paths the pattern selects without relying on `?` matching `/`. */
  matches?: string[];
  /** Paths it selects only because a `?` matched a `/` (permissive reading only). */
  assumed?: string[];
  /** Paths it does not select. */
  rejects?: string[];
  /** Which readings of `?` the row holds for; both when absent. */
  only?: PathSemantics;
  why: string;
}

const rows: Row[] = [
  // `*` crosses `/`, as in AWS's own `images/*.jpg` example.
  {
    pattern: 'images/*.jpg',
    matches: ['/images/product1/a.jpg', '/images/a.jpg', '/images/product2/x/y.jpg', '/images/.jpg'],
    rejects: ['/images/a.JPG', '/img/a.jpg', '/a/images/x.jpg', '/images/a.jpg/x', '/images/a.jpeg'],
    why: '`*` is any run of characters, slashes included',
  },
  {
    pattern: '*.jpg',
    matches: ['/a/b/c.jpg', '/x.jpg', '/.jpg'],
    rejects: ['/LOGO.JPG', '/a.jpgx', '/a.jpg/'],
    why: '`*.jpg` applies to .jpg files at every depth, case-sensitively',
  },
  // The leading `/` on the pattern is optional.
  { pattern: '/images/*.jpg', matches: ['/images/product1/a.jpg'], rejects: ['/images/a.png'], why: 'same as without the slash' },
  // Case-sensitive.
  { pattern: '/Images/*', matches: ['/Images/a'], rejects: ['/images/a', '/IMAGES/a'], why: 'matching is case-sensitive' },
  // Anchored to the whole path; a trailing slash is a literal.
  { pattern: 'test/', matches: ['/test/'], rejects: ['/test/file1.jpg', '/test', '/a/test/'], why: 'anchored, not a prefix' },
  { pattern: 'test/*', matches: ['/test/file1.jpg', '/test/'], rejects: ['/test'], why: 'a prefix needs the star' },
  { pattern: '/api/*', matches: ['/api/', '/api/x', '/api/x/y/'], rejects: ['/api', '/apix', '/API/x'], why: 'the star may be empty, the slash may not' },
  { pattern: '/api*', matches: ['/api', '/api/', '/apiary/x'], rejects: ['/ap', '/xapi'], why: '`/api*` covers both `/api` and below' },
  { pattern: '/api/x', matches: ['/api/x'], rejects: ['/api/x/'], why: 'a trailing slash is a character' },
  // Special patterns.
  { pattern: '/?*', matches: ['/a', '/a/b', '/index.html'], assumed: ['//'], rejects: ['/'], why: 'everything except the root' },
  { pattern: '/*', matches: ['/', '/a', '/.hidden/x'], why: 'everything' },
  { pattern: '*', matches: ['/', '/a/b', '/.hidden/x'], why: 'the default pattern' },
  { pattern: '**', matches: ['/', '/x/y'], why: '`**` is just two stars' },
  { pattern: '/*.js', matches: ['/a.js', '/a/b/c.js'], rejects: ['/a.jsx'], why: 'same as `*.js`' },
  // Where a glob library such as picomatch answers differently.
  { pattern: '/a**b', matches: ['/ab', '/a/x/b'], rejects: ['/a/x/c'], why: 'stars are not globstars' },
  { pattern: '/**/x', matches: ['//x', '/a/x', '/a/b/x'], rejects: ['/x'], why: '`**/` does not match zero segments' },
  { pattern: '/a/**', matches: ['/a/', '/a/b/c'], rejects: ['/a'], why: 'no globstar collapsing of `/a/`' },
  { pattern: '/a/*/c', matches: ['/a/b/x/c', '/a//c', '/a/b/c'], rejects: ['/a/c'], why: 'the middle star crosses slashes' },
  { pattern: 'a??.jpg', matches: ['/ant.jpg'], rejects: ['/an.jpg', '/anti.jpg'], why: '`?` is exactly one character' },
  { pattern: '*.doc*', matches: ['/x.docx', '/x.doc'], rejects: ['/x.dox'], why: 'trailing star may be empty' },
  { pattern: '*.doc?', matches: ['/x.docx'], rejects: ['/x.doc'], why: 'trailing `?` may not be empty' },
  { pattern: '/a.b', matches: ['/a.b'], rejects: ['/aXb'], why: 'a dot is a literal' },
  // Characters that are special in globs or regular expressions are literals here.
  { pattern: '/a/[bc]/d', matches: ['/a/[bc]/d'], rejects: ['/a/b/d'], why: 'no character classes' },
  { pattern: '/a/{b,c}', matches: ['/a/{b,c}'], rejects: ['/a/b'], why: 'no braces' },
  { pattern: '!/x', matches: ['/!/x'], rejects: ['/y', '/x'], why: 'no negation' },
  { pattern: '/a+(b)', matches: ['/a+(b)'], rejects: ['/ab', '/aab'], why: 'no extglobs or regex groups' },
  { pattern: '/a.b$^|\\', matches: ['/a.b$^|\\'], rejects: ['/aXb$^|\\'], why: 'regex metacharacters are literals' },
  {
    pattern: '/@scope/$web/~u/say"hi"/it\'s/a:b/a&b/img+x.png',
    matches: ['/@scope/$web/~u/say"hi"/it\'s/a:b/a&b/img+x.png'],
    why: 'every allowed punctuation character is a literal',
  },
  { pattern: '', matches: ['/'], rejects: ['/a', '//'], why: 'an empty pattern normalises to `/`' },
  { pattern: '/café/?', matches: ['/café/x', '/café/é'], rejects: ['/cafe/x', '/café/'], why: 'non-ASCII literals and paths' },
  { pattern: '/' + 'é'.repeat(40) + '?', matches: ['/' + 'é'.repeat(41)], rejects: ['/' + 'e'.repeat(41)], why: 'non-ASCII, multi-word' },
  // `?` against `/`, which AWS leaves open (semantics.ts).
  { pattern: '/a?c', matches: ['/abc'], assumed: ['/a/c'], rejects: ['/ac', '/abbc'], only: PERMISSIVE, why: '`?` takes a `/` (permissive)' },
  { pattern: '/a?c', matches: ['/abc'], rejects: ['/a/c', '/ac'], only: STRICT, why: '`?` never takes a `/` (strict)' },
  { pattern: '/a*?', matches: ['/a/b', '/ab'], rejects: ['/a'], assumed: ['/a/'], only: PERMISSIVE, why: 'the star takes the slash' },
  { pattern: '/a*?', matches: ['/a/b', '/ab'], rejects: ['/a', '/a/'], only: STRICT, why: 'strict: last character not a slash' },
  { pattern: '/a?*', matches: ['/ab/'], assumed: ['/a/b'], only: PERMISSIVE, why: 'only `?` can take the slash' },
  { pattern: '/a?*', matches: ['/ab/'], rejects: ['/a/b', '/a'], only: STRICT, why: 'strict: first character not a slash' },
  { pattern: '?', matches: ['/x'], assumed: ['//'], rejects: ['/', '/xy'], only: PERMISSIVE, why: 'one character' },
  // Patterns longer than one 32-bit word of positions exercise the multi-word bitsets.
  {
    pattern: '/' + 'a'.repeat(40) + '*' + 'b'.repeat(40),
    matches: ['/' + 'a'.repeat(40) + 'b'.repeat(40), '/' + 'a'.repeat(40) + 'x/y' + 'b'.repeat(40)],
    rejects: ['/' + 'a'.repeat(40) + 'b'.repeat(39), '/' + 'a'.repeat(39) + 'b'.repeat(41)],
    why: 'positions beyond 32',
  },
  { pattern: '/' + '?'.repeat(70), matches: ['/' + 'x'.repeat(70)], rejects: ['/' + 'x'.repeat(69), '/' + 'x'.repeat(71)], why: '70 question marks' },
  // Inputs that make a backtracking RegExp explode. The automaton answers them in one linear pass;
  // there is no timing assertion, only the proof that they finish with the right answer.
  {
    pattern: '*a?????????????',
    matches: ['/' + 'a'.repeat(10_000), '/' + 'b'.repeat(9_990) + 'a' + 'b'.repeat(13)],
    rejects: ['/' + 'b'.repeat(10_000), '/' + 'b'.repeat(9_990) + 'a' + 'b'.repeat(12)],
    why: 'long path, 2^14-state pattern',
  },
  {
    pattern: '*a*a*a*a*a*b',
    matches: ['/' + 'a'.repeat(10_000) + 'b'],
    rejects: ['/' + 'a'.repeat(10_000), '/' + 'a'.repeat(4) + 'b'.repeat(10_000)],
    why: 'catastrophic for backtracking',
  },
];

for (const sem of [PERMISSIVE, STRICT]) {
  const label = sem.questionMatchesSlash ? 'permissive' : 'strict';
  for (const row of rows) {
    if (row.only !== undefined && row.only.questionMatchesSlash !== sem.questionMatchesSlash) continue;
    test(`[${label}] ${JSON.stringify(row.pattern.length > 60 ? row.pattern.slice(0, 60) + '…' : row.pattern)}: ${row.why}`, () => {
      const compiled = compilePattern(row.pattern, sem);
      for (const path of row.matches ?? []) {
        assert.deepEqual(matchPath(compiled, path), { matched: true, questionMatchedSlash: false }, `should match ${path}`);
      }
      for (const path of row.assumed ?? []) {
        // In the strict reading an "assumed" path simply does not match.
        const expected = sem.questionMatchesSlash
          ? { matched: true, questionMatchedSlash: true }
          : { matched: false, questionMatchedSlash: false };
        assert.deepEqual(matchPath(compiled, path), expected, `assumed match ${path}`);
      }
      for (const path of row.rejects ?? []) {
        assert.deepEqual(matchPath(compiled, path), { matched: false, questionMatchedSlash: false }, `should reject ${path}`);
      }
    });
  }
}

test('the leading slash of the pattern is optional and the same', () => {
  for (const [a, b] of [
    ['images/*.jpg', '/images/*.jpg'],
    ['*', '/*'],
    ['?x', '/?x'],
  ]) {
    assert.equal(normalizePattern(a), b);
    assert.equal(compilePattern(a).canonical, compilePattern(b).canonical);
  }
  assert.equal(normalizePattern(''), '/');
});

test('a path without its leading slash is matched as if it had one', () => {
  assert.equal(matchPath(compilePattern('/a/*'), 'a/b').matched, true);
});

test('the default semantics let `?` match `/` (AWS leaves it open)', () => {
  assert.equal(DEFAULT_SEMANTICS.questionMatchesSlash, true);
  assert.equal(matchPath(compilePattern('/a?c'), '/a/c').matched, true);
});

test('canonical forms: equal exactly when the languages are, for the forms we rewrite', () => {
  const cases: [string, PathSemantics, string][] = [
    ['/a**b', PERMISSIVE, '/a*b'],
    ['/a**b', STRICT, '/a*b'],
    ['*?', PERMISSIVE, '/?*'],
    ['*?', STRICT, '/*?'],
    ['/a*?*?b', PERMISSIVE, '/a??*b'],
    ['/a*?*?b', STRICT, '/a*?*?b'],
    ['/a?b', PERMISSIVE, '/a?b'],
  ];
  for (const [pattern, sem, expected] of cases) assert.equal(canonicalizePattern(normalizePattern(pattern), sem), expected, pattern);
});

// A randomised cross-check against a plain RegExp translation:
// an anchored RegExp with `*` → `[\s\S]*` and `?` → `[\s\S]` (or `[^/]` when strict). The
// alphabet is tiny so that matches and near-misses are both common.
// Every other pair gets a 40-character literal prefix on both sides, so the multi-word bitsets
// are compared as thoroughly as the one-word fast path.
test('agrees with the reference RegExp translation on 20,000 random pairs per reading', () => {
  const random = mulberry32(0x5eed);
  const pick = (chars: string, max: number): string => {
    const length = Math.floor(random() * (max + 1));
    let s = '';
    for (let i = 0; i < length; i++) s += chars[Math.floor(random() * chars.length)];
    return s;
  };
  for (const sem of [PERMISSIVE, STRICT]) {
    for (let i = 0; i < 20_000; i++) {
      const pad = i % 2 === 0 ? '' : 'p'.repeat(40);
      const pattern = '/' + pad + pick('/ab.*?', 6);
      const path = '/' + pad + pick('/ab.x', 7);
      const expected = referenceRegExp(pattern, sem).test(path);
      const strictExpected = referenceRegExp(pattern, STRICT).test(path);
      const actual = matchPath(compilePattern(pattern, sem), path);
      assert.equal(actual.matched, expected, `${pattern} vs ${path}`);
      assert.equal(actual.questionMatchedSlash, expected && !strictExpected, `flag for ${pattern} vs ${path}`);
    }
  }
});

function referenceRegExp(pattern: string, sem: PathSemantics): RegExp {
  let source = '^';
  for (const ch of pattern) {
    if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += sem.questionMatchesSlash ? '[\\s\\S]' : '[^/]';
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(source + '$');
}

