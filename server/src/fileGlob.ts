// Feature: the file globs of the settings `cloudfrontIamLens.files.include` / `files.exclude` and of the CLI's
// `--include` / `--exclude`, matched against a path relative to the workspace folder (or the current folder)
// without backtracking. picomatch, used before, compiles a glob into a backtracking regular expression:
// `**/*a*a*a*a*a*a*b.json` against a 65-character file name took it 12 s, and such a glob can arrive in a
// repository's own .vscode/settings.json. Here a path is matched segment by segment, each step a greedy scan that
// only ever returns to the most recent `*` (or `**`), so no glob costs more than the product of the two lengths.
//
// The syntax is the common core of glob dialects:
//   - `/` separates segments; a segment that is exactly `**` matches any number of whole segments, none included;
//   - `*` matches any run of characters within a segment (an empty one too, except as a segment's only token),
//     names that start with "." included; `?` matches one character; `[abc]`, `[a-z]`, `[!a-z]` and `[^a-z]`
//     match one character of (or not of) a set;
//   - `{a,b}` stands for each of its comma-separated alternatives, nested braces included (up to 1,000 globs;
//     beyond that the braces are read as plain characters);
//   - `\` makes the next character plain; a leading `!` negates the glob; a leading `./` is ignored.
// Everything else is a plain character; in particular extglobs (`@(a|b)`), POSIX classes (`[[:alpha:]]`) and
// ranges in braces (`{1..3}`) are not supported. On paths the callers produce (no empty, `.` or `..` segments, no
// trailing `/`), this agrees with picomatch's `dot: true` globs of the same core syntax, which the tests check,
// except where picomatch 4 is inconsistent or unlike shells: a trailing `/**` matches nothing here whatever the
// segment before it (picomatch: `x/**` matches "x" but `b*/**` does not match "bb"), `[!a]` is a negated set, and
// `*.*` accepts "a." (as picomatch's `a.*` does).

/** One position of a segment pattern: a character, `*`, `?`, or a bracket expression. */
type Token =
  | { kind: 'char'; code: number }
  | { kind: 'star' }
  | { kind: 'one' }
  | { kind: 'set'; negated: boolean; ranges: number[] };

/** A segment of a glob: `**`, or a pattern for one path segment. */
type Segment = { globstar: true } | { globstar: false; tokens: Token[]; starsOnly: boolean };

/** A glob as written: one segment list per brace alternative, and whether a leading `!` negates it. */
interface CompiledGlob {
  alternatives: Segment[][];
  negated: boolean;
}

/** The most globs one glob's braces may expand into. */
const MAX_EXPANSION = 1000;

/**
 * Called with the include (or exclude) globs of the settings or the command line. Returns a function that
 * tells whether a relative path (forward slashes) matches any of them.
 */
export function fileGlobMatcher(globs: readonly string[]): (path: string) => boolean {
  const compiled = globs.map(compileGlob);
  return (path) => {
    const segments = path.split('/');
    return compiled.some((glob) => glob.alternatives.some((a) => matchSegments(a, segments)) !== glob.negated);
  };
}

function compileGlob(written: string): CompiledGlob {
  let glob = written;
  let negated = false;
  // A leading "!" negates, but "!(" would be an extglob, which is not supported and stays plain text.
  while (glob.startsWith('!') && !glob.startsWith('!(')) {
    negated = !negated;
    glob = glob.slice(1);
  }
  while (glob.startsWith('./')) glob = glob.slice(2);
  return { alternatives: (expandBraces(glob) ?? [glob]).map(segmentsOf), negated };
}

/**
 * Every glob that the braces stand for (`a{b,c}` → `ab`, `ac`), groups expanded one at a time; undefined
 * when there is none or when the expansion would exceed `MAX_EXPANSION` globs (the braces then stay plain).
 */
function expandBraces(glob: string): string[] | undefined {
  const out: string[] = [];
  const pending = [glob];
  let expanded = false;
  while (pending.length) {
    const current = pending.pop() as string;
    const group = firstBraceGroup(current);
    if (!group) {
      out.push(current);
      continue;
    }
    expanded = true;
    const head = current.slice(0, group.open);
    const tail = current.slice(group.close + 1);
    // Reversed, so that the alternatives come out in the order written.
    for (let i = group.parts.length - 1; i >= 0; i--) pending.push(head + group.parts[i] + tail);
    if (out.length + pending.length > MAX_EXPANSION) return undefined;
  }
  return expanded ? out : undefined;
}

/**
 * The first `{…}` to close that has a comma at its own level: its bounds and its comma-separated parts. One pass
 * with a stack of open braces, so nested or unclosed braces cost no more than the length of the glob.
 */
function firstBraceGroup(glob: string): { open: number; close: number; parts: string[] } | undefined {
  const open: { at: number; commas: number[] }[] = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '{') {
      open.push({ at: i, commas: [] });
    } else if (ch === ',' && open.length) {
      open[open.length - 1].commas.push(i);
    } else if (ch === '}' && open.length) {
      const group = open.pop() as { at: number; commas: number[] };
      if (group.commas.length === 0) continue;
      const bounds = [group.at, ...group.commas, i];
      return { open: group.at, close: i, parts: bounds.slice(1).map((end, k) => glob.slice(bounds[k] + 1, end)) };
    }
  }
  return undefined;
}

/** Splits a glob (braces expanded) into segments at each `/` that is not escaped. */
function segmentsOf(glob: string): Segment[] {
  const texts: string[] = [];
  let current = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\' && i + 1 < glob.length) {
      current += glob[i] + glob[i + 1];
      i++;
    } else if (glob[i] === '/') {
      texts.push(current);
      current = '';
    } else {
      current += glob[i];
    }
  }
  texts.push(current);
  const segments: Segment[] = [];
  for (const text of texts) {
    if (text === '**') {
      // Two globstars in a row match what one does.
      if (!segments.at(-1)?.globstar) segments.push({ globstar: true });
      continue;
    }
    const tokens = tokensOf(text);
    segments.push({ globstar: false, tokens, starsOnly: tokens.length > 0 && tokens.every((t) => t.kind === 'star') });
  }
  return segments;
}

/** The tokens of one segment; runs of `*` become one. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      tokens.push({ kind: 'char', code: text.charCodeAt(++i) });
    } else if (ch === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (ch === '?') {
      tokens.push({ kind: 'one' });
    } else if (ch === '[') {
      const set = readSet(text, i);
      if (set) {
        tokens.push(set.token);
        i = set.end;
      } else {
        tokens.push({ kind: 'char', code: 0x5b });
      }
    } else {
      tokens.push({ kind: 'char', code: text.charCodeAt(i) });
    }
  }
  return tokens;
}

/** A bracket expression starting at `start` (`[`), or undefined when it is not closed. */
function readSet(text: string, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = text[i] === '!' || text[i] === '^';
  if (negated) i++;
  const members: number[] = [];
  let first = true;
  for (; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // A "]" right after the opening (or its negation) is a member, not the end.
    if (text[i] === ']' && !first) {
      const ranges: number[] = [];
      for (let k = 0; k < members.length; k += 2) ranges.push(members[k], members[k + 1]);
      return { token: { kind: 'set', negated, ranges }, end: i };
    }
    first = false;
    if (text[i] === '\\' && i + 1 < text.length) code = text.charCodeAt(++i);
    // "a-z" is a range; a "-" first or last is a member.
    if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
      let high = text.charCodeAt(i + 2);
      let next = i + 2;
      if (text[next] === '\\' && next + 1 < text.length) high = text.charCodeAt(++next);
      members.push(code, high);
      i = next;
    } else {
      members.push(code, code);
    }
  }
  return undefined;
}

/**
 * Whether the path's segments fit the glob's. `**` is a run over whole segments, every other glob segment takes
 * exactly one path segment, so the same greedy scan as for characters applies: when a segment fails, only the
 * most recent `**` takes one more segment. Each retry moves that `**` forward, so the scan compares at most
 * (path segments × glob segments) pairs.
 */
function matchSegments(g: Segment[], pathSegments: string[]): boolean {
  let gi = 0;
  let pi = 0;
  let starAt = -1;
  let starPath = 0;
  while (pi < pathSegments.length) {
    if (gi < g.length) {
      const segment = g[gi];
      if (segment.globstar) {
        starAt = gi++;
        starPath = pi;
        continue;
      }
      if (matchSegment(segment.tokens, segment.starsOnly, pathSegments[pi])) {
        gi++;
        pi++;
        continue;
      }
    }
    if (starAt < 0) return false;
    gi = starAt + 1;
    pi = ++starPath;
  }
  while (gi < g.length && g[gi].globstar) gi++;
  return gi === g.length;
}

/** One glob segment against one path segment: the greedy scan that returns only to the most recent `*`. */
function matchSegment(tokens: Token[], starsOnly: boolean, text: string): boolean {
  // A segment of nothing but `*` names something: it does not match an empty segment.
  if (starsOnly) return text.length > 0;
  let p = 0;
  let t = 0;
  let starAt = -1;
  let starText = 0;
  while (t < text.length) {
    if (p < tokens.length) {
      const token = tokens[p];
      if (token.kind === 'star') {
        starAt = p++;
        starText = t;
        continue;
      }
      if (takes(token, text.charCodeAt(t))) {
        p++;
        t++;
        continue;
      }
    }
    if (starAt < 0) return false;
    p = starAt + 1;
    t = ++starText;
  }
  while (p < tokens.length && tokens[p].kind === 'star') p++;
  return p === tokens.length;
}

function takes(token: Token, code: number): boolean {
  switch (token.kind) {
    case 'char':
      return token.code === code;
    case 'one':
      return true;
    case 'set': {
      let inSet = false;
      for (let k = 0; k < token.ranges.length && !inSet; k += 2) inSet = code >= token.ranges[k] && code <= token.ranges[k + 1];
      return inSet !== token.negated;
    }
    default:
      return false;
  }
}
