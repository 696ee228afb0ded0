// Ad-hoc timing of the path-pattern engine. Not a test: it asserts nothing and only prints figures.
// Every figure is set against a naive baseline measured in the same run, the anchored RegExp
// translation (`*` → `[\s\S]*`, `?` → `[\s\S]`), so the ratios survive a slow or busy
// machine better than absolute times do.
//
// Run after `npx tsc -p test` with `node out/bench/pathEngine.bench.js`.

import { compilePattern, matchPath } from '../server/src/analysis/cloudfront/paths/pathPattern';
import { analyzeReachability, type ReachabilityResult } from '../server/src/analysis/cloudfront/paths/shadow';
import { mulberry32 } from '../test/support/random';

function regexFor(pattern: string): RegExp {
  const normalized = pattern.startsWith('/') ? pattern : '/' + pattern;
  let source = '^';
  for (const ch of normalized) {
    if (ch === '*') source += '[\\s\\S]*';
    else if (ch === '?') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(source + '$');
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

function realisticPatterns(): string[] {
  const patterns = [
    '/api/*', '/api/v1/users/*', '/auth/*', '/static/*', '/assets/js/*.js', '/assets/css/*.css',
    '/assets/fonts/*', '/media/*', '/downloads/*.zip', '/docs/*', '/blog/*', '/admin/*', '/login',
    '/logout', '/health', '/robots.txt', '/favicon.ico', '/sitemap.xml', '/.well-known/*', '/img/?*',
    '/img/', '*.jpg', '/images/*.jpg', '*.png', '*.gif', '*.svg', '*.webp', '*.woff2', '*.mp4',
    '/static/css/*', 'static/*',
  ];
  for (const locale of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'ko', 'zh', 'sv', 'da', 'fi', 'no', 'pl']) {
    patterns.push(`/${locale}/*`);
  }
  for (let i = 1; patterns.length < 75; i++) patterns.push(`/service${i}/v?/*`);
  return patterns;
}

function realisticPaths(count: number): string[] {
  const random = mulberry32(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const heads = ['api', 'static', 'assets', 'img', 'images', 'en', 'de', 'blog', 'docs', 'service3', 'service17', 'x', 'media'];
  const words = ['users', 'v1', 'v2', 'a', 'logo', 'index', 'product', 'css', 'js', '2024', 'page'];
  const exts = ['', '', '.html', '.jpg', '.png', '.js', '.css', '.json', '.webp', '/'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let path = '/' + pick(heads);
    const depth = Math.floor(random() * 4);
    for (let d = 0; d < depth; d++) path += '/' + pick(words);
    out.push(path + pick(exts));
  }
  return out;
}

function firstMatchEngine(compiled: ReturnType<typeof compilePattern>[], paths: string[]): number {
  let sum = 0;
  for (const path of paths) {
    let hit = compiled.length;
    for (let i = 0; i < compiled.length; i++) {
      if (matchPath(compiled[i], path).matched) {
        hit = i;
        break;
      }
    }
    sum += hit;
  }
  return sum;
}

function firstMatchRegex(regexes: RegExp[], paths: string[]): number {
  let sum = 0;
  for (const path of paths) {
    let hit = regexes.length;
    for (let i = 0; i < regexes.length; i++) {
      if (regexes[i].test(path)) {
        hit = i;
        break;
      }
    }
    sum += hit;
  }
  return sum;
}

function summarize(results: ReachabilityResult[]): string {
  const counts = { reachable: 0, unreachable: 0, unknown: 0 };
  for (const r of results) counts[r.status]++;
  return `${counts.reachable} reachable, ${counts.unreachable} unreachable, ${counts.unknown} unknown`;
}

function main(): void {
  console.log(`Node ${process.version}`);
  const patterns = realisticPatterns();
  const paths = realisticPaths(10_000);

  // 1. First-match routing of 10,000 paths over 75 behaviors.
  console.log('\n1. First match, 10,000 realistic paths × 75 patterns (median of 9)');
  const compiled = patterns.map((p) => compilePattern(p));
  const regexes = patterns.map(regexFor);
  if (firstMatchEngine(compiled, paths) !== firstMatchRegex(regexes, paths)) console.log('   !! engine and RegExp disagree');
  const engineTimes: number[] = [];
  const regexTimes: number[] = [];
  for (let i = 0; i < 9; i++) {
    engineTimes.push(time(() => firstMatchEngine(compiled, paths)));
    regexTimes.push(time(() => firstMatchRegex(regexes, paths)));
  }
  const engineMs = median(engineTimes);
  const regexMs = median(regexTimes);
  console.log(`   automaton ${fmt(engineMs)}, RegExp baseline ${fmt(regexMs)}, ratio ${(engineMs / regexMs).toFixed(2)}×`);

  // 2. Adversarial matching.
  console.log('\n2. Adversarial matching (one call each)');
  const longA = '/' + 'a'.repeat(10_000);
  const q = compilePattern('*a?????????????');
  const qRe = regexFor('*a?????????????');
  console.log(
    `   *a????????????? vs 10,000 chars: automaton ${fmt(time(() => matchPath(q, longA)))}, RegExp ${fmt(time(() => qRe.test(longA)))}`,
  );
  const star = compilePattern('*a*a*a*a*a*b');
  const starRe = regexFor('*a*a*a*a*a*b');
  console.log(`   *a*a*a*a*a*b vs '/'+'a'×10,000 (no match): automaton ${fmt(time(() => matchPath(star, longA)))}`);
  for (const n of [10, 20, 40, 80]) {
    const path = '/' + 'a'.repeat(n);
    const engine = time(() => {
      for (let i = 0; i < 100; i++) matchPath(star, path);
    }) / 100;
    const regex = time(() => starRe.test(path));
    console.log(`     n=${n}: automaton ${fmt(engine)}, RegExp ${fmt(regex)}, RegExp/automaton ${(regex / engine).toFixed(0)}×`);
    if (regex > 2_000) break;
  }

  // 3. Reachability of a realistic list, against sampling with the RegExp baseline.
  console.log('\n3. analyzeReachability, realistic 75 behaviors');
  let results: ReachabilityResult[] = [];
  const cold = time(() => {
    results = analyzeReachability(patterns);
  });
  const warm: number[] = [];
  for (let i = 0; i < 101; i++) warm.push(time(() => analyzeReachability(patterns)));
  console.log(`   first call ${fmt(cold)}, warm median ${fmt(median(warm))}, warm max ${fmt(Math.max(...warm))}: ${summarize(results)}`);
  console.log(
    `   baseline (first-match 10,000 sampled paths with RegExp, which proves nothing): ${fmt(regexMs)}; ` +
      `exact analysis / baseline = ${(median(warm) / regexMs).toFixed(2)}×`,
  );

  // 4. Adversarial lists.
  console.log('\n4. analyzeReachability, adversarial lists of 75 (first call, then warm median / max of 21)');
  const lists: Record<string, string[]> = {
    '75 × *a?????????????': Array<string>(75).fill('*a?????????????'),
    '75 × *a*a*a*a*a*b': Array<string>(75).fill('*a*a*a*a*a*b'),
    'alternating the two': Array.from({ length: 75 }, (_, i) => (i % 2 === 0 ? '*a?????????????' : '*a*a*a*a*a*b')),
    '*a + 0..19 ?': Array.from({ length: 75 }, (_, i) => '*a' + '?'.repeat(i % 20)),
    '*<letter> + 12 ?': Array.from({ length: 75 }, (_, i) => '*' + String.fromCharCode(97 + (i % 26)) + (i >= 26 ? String.fromCharCode(97 + ((i * 7) % 26)) : '') + '?'.repeat(12)),
    'mixed ?-runs': Array.from({ length: 75 }, (_, i) => '*' + 'ab'[i % 2] + '?'.repeat(8 + (i % 7)) + 'b'.repeat(i % 3)),
    '*a????????????? then *a?????????????*': ['*a?????????????', '*a?????????????*'],
  };
  let worst = 0;
  for (const [name, list] of Object.entries(lists)) {
    let listResults: ReachabilityResult[] = [];
    const first = time(() => {
      listResults = analyzeReachability(list);
    });
    const runs: number[] = [];
    for (let i = 0; i < 21; i++) runs.push(time(() => analyzeReachability(list)));
    worst = Math.max(worst, first, ...runs);
    console.log(`   ${name.padEnd(40)} first ${fmt(first).padStart(9)}, warm ${fmt(median(runs)).padStart(9)} / ${fmt(Math.max(...runs)).padStart(9)}: ${summarize(listResults)}`);
  }
  console.log(`   slowest single call: ${fmt(worst)} (${(worst / regexMs).toFixed(2)}× the sampling baseline)`);
}

main();
