// Generated cache-behavior lists shaped like real distributions, within CloudFront's quotas (at most 75
// behaviors, patterns of at most 255 characters): file extensions, API prefixes, versioned paths, locale
// folders, single files, long shared prefixes and repeated patterns (some without the leading `/`). The
// shadowing benchmark counts how many verdicts of such lists stay undecided, and the unit tests check the
// verdicts on them against an independent reference.

const EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'css', 'js', 'map', 'json', 'html', 'txt', 'xml', 'woff', 'woff2', 'ttf', 'mp4', 'webm', 'pdf', 'zip', 'csv'];
const WORDS = ['api', 'static', 'assets', 'media', 'img', 'images', 'docs', 'blog', 'shop', 'app', 'cdn', 'auth', 'admin', 'users', 'files', 'uploads', 'thumbs', 'public', 'private', 'content', 'video', 'download', 'search', 'graphql'];
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'ko', 'zh', 'pt', 'nl'];

/** Options of `realisticBehaviorList`. */
export interface BehaviorListShape {
  /** Number of behaviors; CloudFront's default quota is 75. */
  count: number;
  /** Length of the prefix that a share of the patterns have in common (0 for none); patterns stay ≤ 255 characters. */
  sharedPrefix?: number;
  /** Chance that a behavior repeats an earlier pattern. */
  repeatChance?: number;
}

/** Returns a list of `PathPattern`s for the non-default behaviors, deterministic for a given `random`. */
export function realisticBehaviorList(random: () => number, shape: BehaviorListShape): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const prefix = shape.sharedPrefix ? longPrefix(random, shape.sharedPrefix) : '';
  const repeatChance = shape.repeatChance ?? 0.08;
  const out: string[] = [];
  const fit = (p: string): string => (p.length > 255 ? p.slice(0, 254) + '*' : p);
  while (out.length < shape.count) {
    if (out.length > 0 && random() < repeatChance) {
      const earlier = pick(out);
      // A repeat is written with or without the leading slash, as people do.
      out.push(random() < 0.5 && earlier.startsWith('/') ? earlier.slice(1) : earlier);
      continue;
    }
    const base = prefix && random() < 0.6 ? prefix : '';
    const w = pick(WORDS);
    const v = `v${1 + Math.floor(random() * 3)}`;
    const ext = pick(EXTENSIONS);
    const kinds: (() => string)[] = [
      () => `*.${ext}`,
      () => `${base}/${w}/*`,
      () => `${base}/${w}/*.${ext}`,
      () => `${base}/${w}/${pick(WORDS)}/*`,
      () => `${base}/${v}/*`,
      () => `${base}/${v}/*/${pick(WORDS)}/*`,
      () => `${base}/${w}/${v}/*`,
      () => `${base}/${w}/v?/*`,
      () => `${base}/${pick(LOCALES)}/*`,
      () => `${base}/${w}/${pick(WORDS)}.${ext}`,
      () => `${base}/${w}`,
      () => `${base}/${w}/?*`,
      () => `${base}/${w}/*/${pick(WORDS)}.${ext}`,
      () => `${base}/*/${w}/*`,
      () => `${base}/${w}*`,
      () => `${base}/${w}/${v}/${pick(WORDS)}/*.${ext}`,
    ];
    out.push(fit(pick(kinds)()));
  }
  return out;
}

/** A path prefix of exactly `length` characters made of plausible segments, such as `/org/team/project/…`. */
function longPrefix(random: () => number, length: number): string {
  let p = '';
  while (p.length < length) p += '/' + WORDS[Math.floor(random() * WORDS.length)] + Math.floor(random() * 100);
  return p.slice(0, length);
}

/** The example of issue 12 (point 15): 17 extension behaviors, then `/v1/*`, then `/v1/*` + `/media/*`. */
export function extensionsThenVersion(): string[] {
  const exts = ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'css', 'js', 'map', 'json', 'html', 'txt', 'xml', 'woff', 'woff2', 'pdf'];
  return [...exts.map((e) => `*.${e}`), '/v1/*', '/v1/*/media/*'];
}
