// Tests for request-path normalisation (DevGuide DownloadDistValuesCacheBehavior, "Path normalization", and
// the undocumented set of decoded escapes): one row per input,
// with the path CloudFront matches on, the raw path the origin receives, the query string and
// the assumptions the result rests on.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describePathAssumption, normalizeRequestPath, type NormalizedRequestPath } from '../../../server/src/analysis/cloudfront/paths/normalizePath';
import { compilePattern, matchPath } from '../../../server/src/analysis/cloudfront/paths/pathPattern';

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
  ['/%41%62c', { ...plain('/Abc', '/%41%62c'), assumptions: ['decoded-escapes'] }, 'escapes of unreserved characters are decoded, as an assumption (A2)'],
  ['/%7euser/%2d%2E%5F', { ...plain('/~user/-._', '/%7euser/%2d%2E%5F'), assumptions: ['decoded-escapes'] }, 'all unreserved punctuation decodes'],
  ['/a/%2E%2E/b', { ...plain('/b', '/a/%2E%2E/b'), assumptions: ['decoded-escapes'] }, 'a decoded `..` is a dot segment, labelled'],
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
  // Issue 12 point 18: what a browser sends, and a host typed without a scheme.
  [
    '/caf\u00e9.jpg',
    { path: '/caf%C3%A9.jpg', rawPath: '/caf%C3%A9.jpg', query: '', assumptions: ['percent-escapes', 'encoded-as-sent'] },
    'non-ASCII is matched as the browser sends it, percent-encoded UTF-8',
  ],
  [
    '/\u{1F600}',
    { path: '/%F0%9F%98%80', rawPath: '/%F0%9F%98%80', query: '', assumptions: ['percent-escapes', 'encoded-as-sent'] },
    'an emoji is four bytes, twelve characters as sent',
  ],
  [
    '/a b/"q"',
    { path: '/a%20b/%22q%22', rawPath: '/a%20b/%22q%22', query: '', assumptions: ['percent-escapes', 'encoded-as-sent'] },
    'space and quotes are encoded as browsers do',
  ],
  ['/\ud800', { path: '/%EF%BF%BD', rawPath: '/%EF%BF%BD', query: '', assumptions: ['percent-escapes', 'encoded-as-sent'] }, 'a lone surrogate is sent as U+FFFD'],
  [
    'www.example.com/a/b?x=1',
    { path: '/a/b', rawPath: '/a/b', query: 'x=1', assumptions: ['host-without-scheme'], host: 'www.example.com' },
    'a host name without a scheme is not part of the path, and that is said',
  ],
  ['example.com', { path: '/', rawPath: '/', query: '', assumptions: ['host-without-scheme'], host: 'example.com' }, 'a bare host without a scheme'],
  ['localhost:3000/a', { path: '/a', rawPath: '/a', query: '', assumptions: ['host-without-scheme'], host: 'localhost:3000' }, 'localhost with a port'],
  ['10.0.0.1/a', { path: '/a', rawPath: '/a', query: '', assumptions: ['host-without-scheme'], host: '10.0.0.1' }, 'an IPv4 address'],
  ['logo.png/x', plain('/logo.png/x'), 'a file name is not a host'],
  ['images/a.jpg', plain('/images/a.jpg'), 'a relative path stays a path'],
  ['localhost/a', plain('/localhost/a'), 'a bare word without a dot or port stays a path segment'],
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

test('a typed non-ASCII path and its percent-encoded form get the same answer (issue 12, point 18)', () => {
  const pattern = compilePattern('/?.jpg');
  for (const [typed, encoded] of [['/\u00e9.jpg', '/%C3%A9.jpg'], ['/\u{1F600}', '/%F0%9F%98%80']]) {
    const a = normalizeRequestPath(typed);
    const b = normalizeRequestPath(encoded);
    assert.equal(a.path, b.path);
    assert.equal(matchPath(pattern, a.path).matched, matchPath(pattern, b.path).matched);
  }
  assert.equal(matchPath(pattern, normalizeRequestPath('/\u00e9.jpg').path).matched, false);
  // `?` counts characters of the path as sent: the emoji is twelve of them, not one or two.
  assert.equal(matchPath(compilePattern('/??'), normalizeRequestPath('/\u{1F600}').path).matched, false);
  assert.equal(matchPath(compilePattern('/????????????'), normalizeRequestPath('/\u{1F600}').path).matched, true);
});

test('every new label exists in both languages and names what it is about', () => {
  const host = normalizeRequestPath('www.example.com/a/b');
  const encoded = normalizeRequestPath('/caf\u00e9');
  for (const locale of ['en', 'ja'] as const) {
    assert.match(describePathAssumption('host-without-scheme', host, 'www.example.com/a/b', locale) ?? '', /www\.example\.com.*\/a\/b/);
    assert.match(describePathAssumption('encoded-as-sent', encoded, '/caf\u00e9', locale) ?? '', /%C3%A9/);
    assert.match(describePathAssumption('decoded-escapes', host, '', locale) ?? '', /%41/);
    assert.equal(describePathAssumption('percent-escapes', host, '', locale), undefined);
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
