// A driver for profiling one benchmark document: `node --cpu-prof out/bench/profile.js policy` runs the
// full analysis of the 500-statement policy many times (with the IAM catalog), so the profile shows where
// a keystroke's time goes. `--rules` prints the time of each rule instead (the document parsed once per
// round, the rules run one by one in registry order, so shared per-document views are charged to the
// first rule that builds them, and to "parse + views" when `--views` builds them first).
//
//   node out/bench/profile.js policy|distribution|distribution-new|template-100kb|template-1mb|template-5mb [--rounds N] [--rules] [--views]

import { AnalysisCache, analyzeDocument, DEFAULT_OPTIONS, distributionsOf, parseDocument, policiesOf, reachabilityOf, rules, type Catalog } from '../server/src/analysis';
import { loadCatalog } from '../server/src/iamCatalog/loadCatalog';
import { distributionApi, policy, template } from './generate';
import { runRule } from '../server/src/analysis/rules/runner';
import type { RuleContext } from '../server/src/analysis/rules/types';

const DOCUMENTS: Record<string, () => string> = {
  policy: () => policy(500),
  distribution: () => distributionApi(75),
  'distribution-new': () => distributionApi(75),
  'template-100kb': () => template(100_000),
  'template-1mb': () => template(1_000_000),
  'template-5mb': () => template(5_000_000),
};

/** CPU time of this process so far, in milliseconds: less disturbed by other processes than the clock. */
function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The text as the benchmark edits it on each run, so nothing is reused that a real edit invalidates. */
function edited(text: string, n: number): string {
  // The benchmark's "every pattern new" case: each run renames every path pattern.
  if (process.argv[2] === 'distribution-new') return text.replace(/"PathPattern": "\//g, `"PathPattern": "/r${n}`);
  return text.replace('"Enabled": true', `"Enabled": ${n % 2 === 0}`).replace('"Version": "2012-10-17"', n % 2 === 0 ? '"Version": "2012-10-17"' : '"Version":  "2012-10-17"');
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'policy';
  const make = DOCUMENTS[which];
  if (!make) throw new Error(`Unknown document ${which}; one of ${Object.keys(DOCUMENTS).join(', ')}`);
  const text = make();
  const catalog: Catalog = await loadCatalog();
  const rounds = Number(argValue('--rounds') ?? (which.startsWith('template') ? 10 : 200));
  // One cache for the whole run, as the language server keeps one for its lifetime.
  const cache = new AnalysisCache();
  if (!process.argv.includes('--rules')) {
    const each: number[] = [];
    for (let n = 0; n < rounds; n++) {
      const t = cpuMs();
      analyzeDocument(parseDocument(edited(text, n)), { catalog, cache });
      each.push(cpuMs() - t);
    }
    const later = each.slice(Math.floor(rounds / 2)).sort((a, b) => a - b);
    const mean = later.reduce((a, b) => a + b, 0) / later.length;
    console.log(`${which}: ${rounds} full analyses; CPU time over the second half: median ${later[Math.floor(later.length / 2)].toFixed(2)} ms, ` +
      `mean ${mean.toFixed(2)} ms, p95 ${later[Math.floor(later.length * 0.95)].toFixed(2)} ms, max ${later[later.length - 1].toFixed(2)} ms; first ${each[0].toFixed(2)} ms`);
    if (process.argv.includes('--all')) console.log(each.map((ms) => ms.toFixed(0)).join(' '));
    return;
  }
  const views = process.argv.includes('--views');
  const times = new Map<string, number>();
  const add = (name: string, ms: number): void => void times.set(name, (times.get(name) ?? 0) + ms);
  const warm = Math.min(20, rounds);
  for (let n = 0; n < rounds + warm; n++) {
    let t = cpuMs();
    const doc = parseDocument(edited(text, n));
    if (n >= warm) add('parse', cpuMs() - t);
    if (views) {
      t = cpuMs();
      policiesOf(doc);
      for (const d of distributionsOf(doc)) reachabilityOf(doc, d, { ...DEFAULT_OPTIONS, cache });
      if (n >= warm) add('views', cpuMs() - t);
    }
    const timed = rules.map((rule) => ({
      meta: rule.meta,
      document: (ctx: RuleContext) => {
        const start = cpuMs();
        const found = runRule(rule, ctx);
        if (n >= warm) add(rule.meta.id, cpuMs() - start);
        return found;
      },
    }));
    analyzeDocument(doc, { catalog, cache, rules: timed });
  }
  const rows = [...times].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, ms]) => s + ms, 0) / rounds;
  console.log(`${which}: ${total.toFixed(2)} ms per round (CPU time, after ${warm} warm-up rounds)`);
  for (const [name, ms] of rows) if (ms / rounds >= 0.005) console.log(`${(ms / rounds).toFixed(3).padStart(9)} ms  ${name}`);
}

void main();
