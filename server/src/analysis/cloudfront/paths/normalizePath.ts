// Feature: turn what a user types (a path or a whole URL) into the path CloudFront matches on.
//
// CloudFront chooses the cache behavior from the RFC 3986-normalised path but forwards the raw path to the
// origin (DevGuide DownloadDistValuesCacheBehavior, "Path normalization"). So `/demo/../admin/users` is served
// by the behavior for `/admin/*`, while the origin still sees the dot segments. Which percent-escapes
// CloudFront decodes is not documented; we follow RFC 3986 §6.2.2.2 and decode only the unreserved characters,
// and say so in `assumptions` whenever other escapes are present.

import { pick, type Locale, type Localized } from '../../util/i18n';

/** Codes for the guesses a normalisation had to make; the editor turns them into "assumed" labels. */
export type PathAssumption =
  /** Escapes of reserved or non-ASCII characters remain; CloudFront's decoding set is not documented. */
  | 'percent-escapes'
  /** A `%` is not followed by two hex digits; it was left as it is. */
  | 'malformed-percent-escape'
  /** Escapes of unreserved characters (`%41`, `%2E`) were decoded; also part of assumption A2. */
  | 'decoded-escapes'
  /** Characters a browser percent-encodes (non-ASCII, space, `"<>{}` and backquote) were encoded as UTF-8. */
  | 'encoded-as-sent'
  /** The input began with what looks like a host name but had no scheme; the host was dropped. */
  | 'host-without-scheme';

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
  /** The host name read off the front of input without a scheme (`www.example.com/a/b`). */
  host?: string;
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
  // `www.example.com/a/b` is a URL without its scheme, not the path `/www.example.com/a/b`: a
  // request path never starts with a host name. Only an evident host is taken off (see
  // `looksLikeHost`), and the answer says so.
  let host: string | undefined;
  if (authority === null && !rest.startsWith('/')) {
    const end = rest.search(/[/?]/);
    const first = end < 0 ? rest : rest.slice(0, end);
    if (looksLikeHost(first)) {
      host = first;
      rest = rest.slice(first.length);
    }
  }
  let query = '';
  const question = rest.indexOf('?');
  if (question >= 0) {
    query = rest.slice(question + 1);
    rest = rest.slice(0, question);
  }
  // An HTTP request line always carries a path starting with `/`, even for a bare host. What a
  // user types is what a browser's address bar gets: it sends `/café` as `/caf%C3%A9`, and
  // CloudFront matches the path as it arrives, so the encoded form is the one to match.
  const typed = rest.startsWith('/') ? rest : '/' + rest;
  const rawPath = encodeAsSent(typed);

  const flags = { otherEscapes: false, malformed: false, decoded: false };
  const decoded = normalizePercentEscapes(rawPath, flags);
  const path = collapseSlashes(removeDotSegments(collapseSlashes(decoded)));

  const assumptions: PathAssumption[] = [];
  if (flags.otherEscapes) assumptions.push('percent-escapes');
  if (flags.malformed) assumptions.push('malformed-percent-escape');
  if (flags.decoded) assumptions.push('decoded-escapes');
  if (rawPath !== typed) assumptions.push('encoded-as-sent');
  if (host !== undefined) assumptions.push('host-without-scheme');
  return host === undefined ? { path, rawPath, query, assumptions } : { path, rawPath, query, assumptions, host };
}

/**
 * Common file extensions, which make `logo.png/x` a path rather than a host followed by one,
 * although some of them are also top-level domains.
 */
const FILE_EXTENSIONS = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'css', 'js', 'mjs', 'map', 'json', 'xml', 'txt', 'md', 'pdf', 'zip', 'gz', 'mp4', 'webm', 'mov', 'woff', 'woff2', 'ttf', 'csv', 'wasm']);

/**
 * Whether a first path segment is evidently a host name: dot-separated DNS labels ending in an
 * alphabetic top-level domain that is not a common file extension (`www.example.com`,
 * `d111111abcdef8.cloudfront.net`), an IPv4 address, or `localhost`, each with an optional port.
 */
function looksLikeHost(segment: string): boolean {
  const match = /^(.*?)(?::\d{1,5})?$/.exec(segment);
  const name = match?.[1] ?? segment;
  if (name === 'localhost' && segment !== name) return true;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(name)) return true;
  if (!/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/.test(name)) return false;
  return !FILE_EXTENSIONS.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase());
}

/**
 * Percent-encodes, as UTF-8 with upper-case hex, the characters a browser encodes in a path (the
 * WHATWG URL path percent-encode set: controls, space, `"`, `<`, `>`, backquote, `{`, `}`, and
 * everything outside ASCII). A lone surrogate becomes U+FFFD, as browsers send it.
 */
function encodeAsSent(path: string): string {
  const sentAsIs = (ch: string): boolean => {
    const code = ch.codePointAt(0) as number;
    return code > 0x20 && code < 0x7f && !'"<>`{}'.includes(ch);
  };
  if ([...path].every(sentAsIs)) return path;
  let out = '';
  for (const ch of path) {
    if (sentAsIs(ch)) {
      out += ch;
      continue;
    }
    for (const byte of UTF8.encode(ch)) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const UTF8 = new TextEncoder();

const TEXT: Localized<{
  decoded: string;
  encoded: (typed: string, sent: string) => string;
  host: (host: string, path: string) => string;
}> = {
  en: {
    decoded:
      'Percent-escapes of unreserved characters (such as %41 for "A" or %2E for ".") were decoded before matching, as RFC 3986 normalisation does; AWS does not document which escapes CloudFront decodes (assumed: exactly these).',
    encoded: (typed, sent) =>
      `The path was matched as a browser sends it, with non-ASCII characters and spaces percent-encoded as UTF-8 ("${typed}" is sent as "${sent}"), since CloudFront matches the path as received. A "?" in a pattern then stands for one character of that encoding, so "é" counts as 6 characters ("%C3%A9"). AWS does not document this (assumed).`,
    host: (host, path) =>
      `"${host}" looks like a host name, so the path "${path}" was simulated. Enter a full URL (https://…) or a path that starts with "/" to be explicit.`,
  },
  ja: {
    decoded:
      '非予約文字のパーセントエンコード（"A" を表す %41、"." を表す %2E など）を、RFC 3986 の正規化と同じく照合前にデコードしました。CloudFront がどのエスケープをデコードするかは AWS が文書化していません（これらだけをデコードすると仮定）。',
    encoded: (typed, sent) =>
      `ブラウザが送るとおり、非 ASCII 文字と空白を UTF-8 でパーセントエンコードしたパスで照合しました（"${typed}" は "${sent}" として送られます）。CloudFront は受け取ったとおりのパスで照合するためです。パターンの "?" はこのエンコードの 1 文字に当たり、"é" は 6 文字（"%C3%A9"）と数えます。AWS は文書化していません（仮定）。`,
    host: (host, path) =>
      `"${host}" はホスト名に見えるため、パス "${path}" をシミュレートしました。明示するには完全な URL（https://…）か "/" で始まるパスを入力してください。`,
  },
};

/**
 * Called by path simulation for the assumptions this module words itself. Returns the label for
 * `code` in the given locale, or `undefined` for the codes the simulation's own table words
 * (`percent-escapes`, `malformed-percent-escape`).
 */
export function describePathAssumption(code: PathAssumption, request: NormalizedRequestPath, typed: string, locale: Locale): string | undefined {
  const t = pick(TEXT, locale);
  if (code === 'decoded-escapes') return t.decoded;
  if (code === 'encoded-as-sent') return t.encoded(typed, request.rawPath);
  if (code === 'host-without-scheme') return t.host(request.host ?? '', request.path);
  return undefined;
}

/**
 * Decodes `%XX` escapes of unreserved characters and upper-cases the hex of all others, the two
 * normalisations RFC 3986 §6.2.2.1–2 call safe. Records in `flags` what was left undecoded.
 */
function normalizePercentEscapes(path: string, flags: { otherEscapes: boolean; malformed: boolean; decoded: boolean }): string {
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
      flags.decoded = true;
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
