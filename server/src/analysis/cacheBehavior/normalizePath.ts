// Feature: turn what a user types (a path or a whole URL) into the path CloudFront matches on.
//
// CloudFront chooses the cache behavior from the RFC 3986-normalised path but forwards the raw path to the
// origin (DevGuide DownloadDistValuesCacheBehavior, "Path normalization"). So `/demo/../admin/users` is served
// by the behavior for `/admin/*`, while the origin still sees the dot segments. Which percent-escapes
// CloudFront decodes is not documented; we follow RFC 3986 §6.2.2.2 and decode only the unreserved characters,
// and say so in `assumptions` whenever other escapes are present.

/** Codes for the guesses a normalisation had to make; the editor turns them into "assumed" labels. */
export type PathAssumption =
  /** Escapes of reserved or non-ASCII characters remain; CloudFront's decoding set is not documented. */
  | 'percent-escapes'
  /** A `%` is not followed by two hex digits; it was left as it is. */
  | 'malformed-percent-escape';

/** A request path prepared for behavior matching. */
export interface NormalizedRequestPath {
  /** The normalised path that CloudFront compares with the path patterns. Starts with `/`. */
  path: string;
  /** The path as the viewer sent it, which is what the origin receives after `OriginPath`. */
  rawPath: string;
  /** The query string without its `?`, or `''`. Path patterns never look at it. */
  query: string;
  /** The assumptions the normalisation rested on, each at most once, in a fixed order. */
  assumptions: PathAssumption[];
}

const SCHEME_AND_AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;

/**
 * Called by path simulation with user input. Accepts a path (`/a/b?x=1`) or an absolute URL
 * (`https://d111.cloudfront.net/a/b?x=1#f`). Returns the matching path, the raw path, the query
 * and the assumptions made. Never throws; any string gives some path.
 */
export function normalizeRequestPath(input: string): NormalizedRequestPath {
  let rest = input.trim();
  // The fragment never leaves the browser, so it is cut first; a `?` after `#` is not a query.
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  // Only `scheme://` marks a URL. A path such as `//a///b` is a path with empty segments, which
  // is how CloudFront sees it on the request line.
  const authority = SCHEME_AND_AUTHORITY.exec(rest);
  if (authority !== null) rest = rest.slice(authority[0].length);
  let query = '';
  const question = rest.indexOf('?');
  if (question >= 0) {
    query = rest.slice(question + 1);
    rest = rest.slice(0, question);
  }
  // An HTTP request line always carries a path starting with `/`, even for a bare host.
  const rawPath = rest.startsWith('/') ? rest : '/' + rest;

  const flags = { otherEscapes: false, malformed: false };
  const decoded = normalizePercentEscapes(rawPath, flags);
  const path = collapseSlashes(removeDotSegments(collapseSlashes(decoded)));

  const assumptions: PathAssumption[] = [];
  if (flags.otherEscapes) assumptions.push('percent-escapes');
  if (flags.malformed) assumptions.push('malformed-percent-escape');
  return { path, rawPath, query, assumptions };
}

/**
 * Decodes `%XX` escapes of unreserved characters and upper-cases the hex of all others, the two
 * normalisations RFC 3986 §6.2.2.1–2 call safe. Records in `flags` what was left undecoded.
 */
function normalizePercentEscapes(path: string, flags: { otherEscapes: boolean; malformed: boolean }): string {
  if (!path.includes('%')) return path;
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const hi = hexValue(path.charCodeAt(i + 1));
    const lo = hexValue(path.charCodeAt(i + 2));
    if (hi < 0 || lo < 0) {
      flags.malformed = true;
      out += ch;
      continue;
    }
    const decoded = String.fromCharCode(hi * 16 + lo);
    if (isUnreserved(decoded)) {
      out += decoded;
    } else {
      // `%2f` and `%2F` are the same octet; CloudFront must not see a separator in either.
      flags.otherEscapes = true;
      out += '%' + path.slice(i + 1, i + 3).toUpperCase();
    }
    i += 2;
  }
  return out;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  // NaN (past the end of the string) lands here as well.
  return -1;
}

function isUnreserved(ch: string): boolean {
  return /^[A-Za-z0-9\-._~]$/.test(ch);
}

function collapseSlashes(path: string): string {
  return path.replace(/\/{2,}/g, '/');
}

/**
 * Removes `.` and `..` segments as in RFC 3986 §5.2.4, for a path that starts with `/`. A `..`
 * at the root stays at the root, and a path ending in a dot segment keeps its trailing `/`
 * (`/a/b/..` becomes `/a/`), as the RFC's output buffer does.
 */
function removeDotSegments(path: string): string {
  const segments = path.split('/').slice(1);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..') out.pop();
      // A dot segment at the end leaves the directory it names, so the path ends with `/`.
      if (last) out.push('');
      continue;
    }
    out.push(segment);
  }
  return '/' + out.join('/');
}
