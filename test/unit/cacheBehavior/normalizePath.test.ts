// Tests for request-path normalisation (DevGuide DownloadDistValuesCacheBehavior, "Path normalization", and
// the undocumented set of decoded escapes): one row per input,
// with the path CloudFront matches on, the raw path the origin receives, the query string and
// the assumptions the result rests on.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeRequestPath, type NormalizedRequestPath } from '../../../server/src/analysis/cacheBehavior/normalizePath';

type Row = [input: string, expected: NormalizedRequestPath, why: string];

const plain = (path: string, rawPath = path, query = ''): NormalizedRequestPath => ({ path, rawPath, query, assumptions: [] });

const rows: Row[] = [
  ['/a/b', plain('/a/b'), 'an ordinary path is unchanged'],
  ['https://d111.cloudfront.net/a/b?x=1#f', plain('/a/b', '/a/b', 'x=1'), 'a full URL: host, query and fragment go'],
  ['http://example.com', plain('/'), 'a bare host requests the root'],
  ['https://example.com?x=1', plain('/', '/', 'x=1'), 'a bare host with a query'],
  ['https://user@example.com:8443/p/', plain('/p/'), 'user info and port belong to the authority'],
  ['/a/b#frag?notquery', plain('/a/b'), 'a `?` after `#` is part of the fragment'],
  ['/a/b?x=1&y=%2F#f', plain('/a/b', '/a/b', 'x=1&y=%2F'), 'the query keeps its own escapes'],
  ['/a?', plain('/a', '/a', ''), 'an empty query'],
  ['/demo/../admin/users', plain('/admin/users', '/demo/../admin/users'), 'dot segments are matched away; the origin sees them'],
  ['//a///b', plain('/a/b', '//a///b'), 'repeated slashes collapse; `//` alone is not a URL'],
  ['/a/./b/', plain('/a/b/', '/a/./b/'), 'a `.` segment goes, the trailing slash stays'],
  ['/a/b/.', plain('/a/b/', '/a/b/.'), 'a final `.` leaves a trailing slash (RFC 3986 §5.2.4)'],
  ['/a/b/..', plain('/a/', '/a/b/..'), 'a final `..` leaves a trailing slash'],
  ['/../../x', plain('/x', '/../../x'), '`..` above the root stays at the root'],
  ['/..', plain('/', '/..'), 'only `..`'],
  ['/a/..b/.c', plain('/a/..b/.c'), 'dots inside a segment are ordinary characters'],
  ['/a//../b', plain('/b', '/a//../b'), 'slashes collapse before dot segments are removed'],
  ['/%41%62c', plain('/Abc', '/%41%62c'), 'escapes of unreserved characters are decoded'],
  ['/%7euser/%2d%2E%5F', plain('/~user/-._', '/%7euser/%2d%2E%5F'), 'all unreserved punctuation decodes'],
  ['/a/%2E%2E/b', plain('/b', '/a/%2E%2E/b'), 'a decoded `..` is a dot segment'],
  [
    '/a%2fb',
    { path: '/a%2Fb', rawPath: '/a%2fb', query: '', assumptions: ['percent-escapes'] },
    '`%2f` stays escaped, upper-cased, and is no separator',
  ],
  [
    '/caf%c3%a9/%20x',
    { path: '/caf%C3%A9/%20x', rawPath: '/caf%c3%a9/%20x', query: '', assumptions: ['percent-escapes'] },
    'non-ASCII and space escapes stay, upper-cased',
  ],
  [
    '/a%zz/%4',
    { path: '/a%zz/%4', rawPath: '/a%zz/%4', query: '', assumptions: ['malformed-percent-escape'] },
    'a broken escape is left alone and flagged',
  ],
  [
    '/%2F%zz',
    { path: '/%2F%zz', rawPath: '/%2F%zz', query: '', assumptions: ['percent-escapes', 'malformed-percent-escape'] },
    'both flags, in a fixed order',
  ],
  ['a/b', plain('/a/b', '/a/b'), 'a missing leading slash is added'],
  ['', plain('/', '/'), 'empty input is the root'],
  ['  /a/b  ', plain('/a/b'), 'surrounding whitespace from a prompt is ignored'],
  ['?x=1', plain('/', '/', 'x=1'), 'only a query'],
  ['#only', plain('/', '/'), 'only a fragment'],
];

for (const [input, expected, why] of rows) {
  test(`${JSON.stringify(input)}: ${why}`, () => {
    assert.deepEqual(normalizeRequestPath(input), expected);
  });
}

test('normalisation is idempotent on its own output', () => {
  for (const [input] of rows) {
    const once = normalizeRequestPath(input).path;
    assert.equal(normalizeRequestPath(once).path, once, input);
  }
});

test('never throws, whatever the input', () => {
  const nasty = ['%', '%%%', '/%', '/\u0000/\ud800', 'javascript:alert(1)', 'http://', 'a:b', '/'.repeat(10_000), '../'.repeat(1_000)];
  for (const input of nasty) {
    const result = normalizeRequestPath(input);
    assert.ok(result.path.startsWith('/'), input);
    assert.ok(!result.path.includes('//'), input);
  }
});
