// `npm run bench`: document-level figures for the language server, each with a baseline measured in the same
// run: vscode-json-languageservice's doValidation of the same text, which is what VS Code already spends on
// every JSON document. Then the CLI's cold start (whole processes, against a process that only parses the same
// file) and the language server's memory once the IAM action catalog is loaded. Prints a table, or JSON with
// --json. Not a test: nothing here asserts a time.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'vscode-json-languageservice';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { AnalysisCache, analyzeDocument, codeLenses, DEFAULT_OPTIONS, distributionsOf, hoverAt, parseDocument, simulateDistribution } from '../server/src/analysis';
import { distributionApi, policy, template, templateOf } from './generate';
import { loadCatalog } from '../server/src/iamCatalog/loadCatalog';
import type { Catalog } from '../server/src/analysis';
import { spawn, spawnSync } from 'node:child_process';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification, LogMessageNotification,
  PublishDiagnosticsNotification, ShutdownRequest, ExitNotification, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(__dirname, '..', '..');
const json = process.argv.includes('--json');
const jsonService = getLanguageService({});

interface Figure {
  name: string;
  bytes: number;
  /** Milliseconds. */
  median: number;
  p95: number;
  baselineMedian?: number;
  ratio?: number;
  target?: string;
}

/**
 * CPU time of one call, in milliseconds. CPU time rather than wall-clock time, because the figures must
 * survive a busy machine (other processes steal wall-clock time, not the CPU time this process uses); for
 * this single-threaded, synchronous code they are the same on an idle machine.
 */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function measure(fn: () => void, minRuns = 15, minMs = 300): number[] {
  // Warm up first: the first calls in a process include the JIT compiling the code, which a language server
  // pays once, not on every keystroke.
  const warmUntil = performance.now() + 400;
  for (let i = 0; i < 10 || performance.now() < warmUntil; i++) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || (performance.now() - started < minMs && times.length < 2000)) times.push(cpuMs(fn));
  return times.sort((a, b) => a - b);
}

const median = (t: number[]): number => t[Math.floor(t.length / 2)];
const p95 = (t: number[]): number => t[Math.min(t.length - 1, Math.floor(t.length * 0.95))];

async function baselineTimes(text: string): Promise<number[]> {
  const document = TextDocument.create('file:///bench.json', 'json', 1, text);
  const times: number[] = [];
  // doValidation without a schema resolves synchronously inside its promise, so CPU time around the
  // awaited call measures the same work.
  const run = async (): Promise<void> => {
    const jsonDocument = jsonService.parseJSONDocument(document);
    await jsonService.doValidation(document, jsonDocument);
  };
  const warmUntil = performance.now() + 400;
  for (let i = 0; i < 10 || performance.now() < warmUntil; i++) await run();
  const started = performance.now();
  while (times.length < 15 || (performance.now() - started < 300 && times.length < 2000)) {
    const before = process.cpuUsage();
    await run();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b);
}

/** The IAM action catalog, loaded as the language server loads it, so IAM rules run with their data. */
let catalog: Catalog | undefined;
/** One analysis cache for the whole run, as the language server keeps one for its lifetime. */
const cache = new AnalysisCache();

async function full(name: string, text: string, target?: string): Promise<Figure> {
  // A full analysis is what one keystroke costs: parse, classify, every rule. Each run edits the text (a
  // comment-free change of one value), so nothing is reused that a real edit would invalidate; the
  // reachability of an unchanged pattern list is reused, as it is while a user types elsewhere in the file.
  let n = 0;
  const ours = measure(() => {
    n++;
    analyzeDocument(parseDocument(text.replace('"Enabled": true', `"Enabled": ${n % 2 === 0}`).replace('"Version": "2012-10-17"', n % 2 === 0 ? '"Version": "2012-10-17"' : '"Version":  "2012-10-17"')), { catalog, cache });
  });
  const base = await baselineTimes(text);
  return { name, bytes: text.length, median: median(ours), p95: p95(ours), baselineMedian: median(base), ratio: median(ours) / median(base), target };
}

function feature(name: string, text: string, fn: () => void): Figure {
  const t = measure(fn);
  return { name, bytes: text.length, median: median(t), p95: p95(t) };
}

/** A folder given with `--baseline DIR`: another build (its dist/cli.js, dist/server.js) measured in the same run. */
function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  // --startup measures only the CLI's cold start and the server's memory; --baseline DIR measures another build's
  // bundles alongside this one's, alternated with it, for before/after figures from one run.
  const startupOnly = process.argv.includes('--startup');
  const baseline = argValue('--baseline');
  const figures: Figure[] = [];
  catalog = await loadCatalog();
  if (!startupOnly) await documentFigures(figures);
  const regions = startupOnly ? [] : cacheMemory();

  const builds = [{ label: 'this build', dist: path.join(ROOT, 'dist') }, ...(baseline ? [{ label: `baseline (${baseline})`, dist: path.resolve(baseline, 'dist') }] : [])];
  const servers: (ServerMemory & { label: string })[] = [];
  for (const build of builds) servers.push({ label: build.label, ...(await serverMemory(path.join(build.dist, 'server.js'))) });
  const cli = cliColdStart(builds.map((b) => ({ label: b.label, cli: path.join(b.dist, 'cli.js') })));
  const vsix = path.join(ROOT, 'dist', 'cloudfront-iam-lens.vsix');
  const extra = {
    node: process.version,
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    vsixBytes: fs.existsSync(vsix) ? fs.statSync(vsix).size : undefined,
    servers,
    cli,
  };
  if (json) {
    console.log(JSON.stringify({ figures, ...extra, cacheRegions: regions }, null, 2));
    return;
  }
  const fmt = (ms: number | undefined): string => (ms === undefined ? '' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
  console.log(`Node ${extra.node}`);
  if (!startupOnly) {
    console.log('\nCPU time per call; baseline: vscode-json-languageservice doValidation of the same text, same run\n');
    console.log('| measurement | size | median | p95 | baseline median | ratio | target |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const f of figures) {
      console.log(`| ${f.name} | ${(f.bytes / 1000).toFixed(0)} KB | ${fmt(f.median)} | ${fmt(f.p95)} | ${fmt(f.baselineMedian)} | ${f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`} | ${f.target ?? ''} |`);
    }
  }
  const ms = (t: number): string => `${(t * 1000).toFixed(0)} ms`;
  console.log(`\nCLI cold start: whole processes, \`node dist/cli.js check --format json FILE\` against a process that requires jsonc-parser, ` +
    `reads FILE and parses it (FILE: a ${cli.file} template, 400 distributions × 20 behaviors, 400 roles × 12 statements); ` +
    `${cli.runs} alternated runs of each, median; CLI output ${(cli.outputBytes / 1e6).toFixed(1)} MB\n`);
  console.log('| process | wall-clock | ratio | CPU time (user + system) | ratio | peak RSS | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  console.log(`| parse only (baseline) | ${ms(cli.parse.wall)} | 1× | ${ms(cli.parse.cpu)} | 1× | ${cli.parse.maxRssMB} MB | |`);
  for (const c of cli.checks) {
    console.log(`| CLI check, ${c.label} | ${ms(c.wall)} | ${(c.wall / cli.parse.wall).toFixed(2)}× | ${ms(c.cpu)} | ${(c.cpu / cli.parse.cpu).toFixed(2)}× | ${c.maxRssMB} MB | ≤ 2× |`);
  }
  console.log('\nLanguage server (dist/server.js) memory: heap used from its catalog log line (no forced GC), resident set from /proc\n');
  console.log('| server | heap used after the catalog loads | RSS after the catalog loads | RSS after a policy naming every service | target |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const s of servers) console.log(`| ${s.label} | ${s.heapUsedMB ?? '?'} MB | ${s.rssMB ?? '?'} MB | ${s.everyServiceRssMB ?? '?'} MB | RSS < 100 MB |`);
  console.log(`| a bare Node process (reference) | | ${servers[0].bareNodeRssMB ?? '?'} MB | | |`);
  for (const s of servers) console.log(`\n${s.label}: ${s.log ?? 'no catalog line'}`);
  console.log(`\nbench process after the run: heap ${extra.heapUsedMB} MB, RSS ${extra.rssMB} MB; .vsix ${extra.vsixBytes === undefined ? 'not built (npm run package)' : `${(extra.vsixBytes / 1024).toFixed(0)} KB`} (target < 5 MB)`);
  if (startupOnly) return;
  const cacheBytes = regions.reduce((n, r) => n + r.bytes, 0);
  console.log(`\nanalysis cache after the run: ${(cacheBytes / 1e6).toFixed(1)} MB of the heap, by region (bytes freed when the region is emptied):\n`);
  console.log('| region | entries | bound | MB | bytes per entry | MB at the bound |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of regions) {
    const per = r.size > 0 ? r.bytes / r.size : undefined;
    console.log(`| ${r.name} | ${r.size} | ${r.bound} | ${(r.bytes / 1e6).toFixed(2)} | ${per === undefined ? '' : per.toFixed(0)} | ${per === undefined ? '' : ((per * r.bound) / 1e6).toFixed(1)} |`);
  }
  // The path engine's own figures (matching throughput, reachability on adversarial pattern sets) follow.
  console.log('\n## Path engine\n');
  spawnSync(process.execPath, [path.join(__dirname, 'pathEngine.bench.js')], { stdio: 'inherit' });
  // How many shadowing verdicts stay undecided on generated realistic lists (issue 12, point 15).
  console.log('\n## Shadowing verdicts on generated realistic lists\n');
  spawnSync(process.execPath, [path.join(__dirname, 'shadowVerdicts.js')], { stdio: 'inherit' });
}

async function documentFigures(figures: Figure[]): Promise<void> {
  const dist75 = distributionApi(75);
  const policy500 = policy(500);
  figures.push(await full('full analysis: distribution, 75 behaviors', dist75, '< 5 ms'));
  // The first analysis of a pattern list that has not been seen before: every pattern is new.
  let fresh = 0;
  const cold = measure(() => {
    fresh++;
    analyzeDocument(parseDocument(dist75.replace(/"PathPattern": "\//g, `"PathPattern": "/r${fresh}`)), { cache });
  });
  figures.push({ name: 'full analysis: distribution, 75 behaviors, every pattern new', bytes: dist75.length, median: median(cold), p95: p95(cold), target: '< 5 ms' });
  figures.push(await full('full analysis: policy, 500 statements', policy500, '< 5 ms'));
  const sizes: [string, number][] = [['100 KB', 100_000], ['1 MB', 1_000_000], ['5 MB', 5_000_000]];
  for (const [label, bytes] of sizes) {
    figures.push(await full(`full analysis: CloudFormation template ${label}`, template(bytes), label === '5 MB' ? '< baseline' : undefined));
  }
  const doc75 = parseDocument(dist75);
  const offset = dist75.indexOf('"PathPattern"', dist75.length / 2) + 16;
  const options = { ...DEFAULT_OPTIONS, cache };
  figures.push(feature('hover on a PathPattern (75 behaviors, parsed)', dist75, () => hoverAt(doc75, offset, options)));
  figures.push(feature('code lenses (75 behaviors, parsed)', dist75, () => codeLenses(doc75, options)));
  const dist = distributionsOf(doc75)[0];
  figures.push(feature('simulate one path (75 behaviors)', dist75, () => simulateDistribution(dist, '/p74/index.html?x=1', { cache })));
}

/**
 * The heap each region of the bench's cache holds: after a full collection, each region in turn is emptied and
 * the heap measured again. Only what the region alone keeps alive counts (a catalog action that a remembered
 * answer points to stays with the catalog).
 */
function cacheMemory(): { name: string; size: number; bound: number; bytes: number }[] {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  // A full collection can still free more on the next one (weak references, code), which would be charged to the
  // region emptied next; so the heap is read until it holds still before the first region goes.
  const heap = (): number => {
    for (let i = 0; i < 3; i++) gc();
    return process.memoryUsage().heapUsed;
  };
  const out: { name: string; size: number; bound: number; bytes: number }[] = [];
  let before = heap();
  for (let i = 0; i < 8; i++) {
    const again = heap();
    const settled = Math.abs(before - again) < 64 * 1024;
    before = again;
    if (settled) break;
  }
  for (const region of cache.figures()) {
    cache.resetRegion(region.name);
    const after = heap();
    out.push({ ...region, bytes: Math.max(0, before - after) });
    before = after;
  }
  return out;
}

/** Resident memory of a process, from /proc (Linux), in MB. */
function rssMB(pid: number | undefined): number | undefined {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the bundled language server as VS Code would (a separate process), waits for the log line it writes
 * once the IAM action catalog is loaded (which gives its heap used), and reads the process's resident memory.
 * Then opens a policy whose Action names every service, which makes the server read every service's data: the
 * most memory the catalog can take. A bare Node process's resident memory is the same run's reference.
 */
interface ServerMemory {
  rssMB?: number;
  heapUsedMB?: number;
  everyServiceRssMB?: number;
  bareNodeRssMB?: number;
  log?: string;
}

async function serverMemory(server: string): Promise<ServerMemory> {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let log: string | undefined;
  const loaded = new Promise<void>((resolve) => {
    connection.onNotification(LogMessageNotification.type, (params) => {
      if (/catalog/i.test(params.message)) {
        log = params.message;
        resolve();
      }
    });
  });
  const published = new Promise<void>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, () => resolve()));
  connection.listen();
  const bare = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 3000)'], { stdio: 'ignore' });
  try {
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    await connection.sendNotification(InitializedNotification.type, {});
    await Promise.race([loaded, new Promise((r) => setTimeout(r, 20_000))]);
    await new Promise((r) => setTimeout(r, 500));
    const rss = rssMB(child.pid);
    const bareNodeRssMB = rssMB(bare.pid);
    const heapUsedMB = Number(/heap used (\d+) MB/.exec(log ?? '')?.[1]) || undefined;
    const prefixes = catalog?.services().map((s) => s.prefix) ?? [];
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: prefixes.map((p) => `${p}:Get*`), Resource: '*' }] }, null, 2);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: 'file:///bench/every-service.json', languageId: 'json', version: 1, text } });
    await Promise.race([published, new Promise((r) => setTimeout(r, 20_000))]);
    await new Promise((r) => setTimeout(r, 500));
    return { rssMB: rss, heapUsedMB, everyServiceRssMB: rssMB(child.pid), bareNodeRssMB, log };
  } catch {
    return { log };
  } finally {
    bare.kill();
    await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 1000))]).catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    connection.dispose();
    child.kill();
  }
}

interface ProcessFigures {
  /** Seconds, median. */
  wall: number;
  /** Seconds of CPU time (user + system, every thread), median. */
  cpu: number;
  maxRssMB: number;
}

/**
 * The CLI's cold start: `node dist/cli.js check --format json` on a generated template of about 3 MB (400
 * distributions with 20 behaviors, 400 roles with 12 statements), against a fresh Node process that requires
 * jsonc-parser, reads the same file and parses it as the analysis does. Both are whole processes, run
 * alternately; each reports its own CPU time and peak memory on exit through a preloaded module, and the
 * wall-clock time is taken around it. CPU time is the steadier figure on a busy machine. Each CLI in `clis` (this
 * build's, and a baseline build's with --baseline) runs once per round, after the parse-only process.
 */
function cliColdStart(clis: { label: string; cli: string }[], runs = 5): { file: string; runs: number; parse: ProcessFigures; checks: (ProcessFigures & { label: string })[]; outputBytes: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-bench-'));
  try {
    const file = path.join(dir, 'template-3mb.json');
    fs.writeFileSync(file, templateOf(400, 20, 400, 12));
    const parseOnly = path.join(dir, 'parse-only.js');
    fs.writeFileSync(parseOnly, [
      `const { parseTree } = require(${JSON.stringify(require.resolve('jsonc-parser'))});`,
      `const text = require('node:fs').readFileSync(process.argv[2], 'utf8');`,
      `if (!parseTree(text, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true })) process.exitCode = 3;`,
    ].join('\n'));
    const report = path.join(dir, 'report.js');
    fs.writeFileSync(report, `process.on('exit', () => { const c = process.cpuUsage(); require('node:fs').writeFileSync(process.env.BENCH_REPORT, JSON.stringify({ cpu: (c.user + c.system) / 1e6, maxRss: process.resourceUsage().maxRSS })); });`);
    type Run = { wall: number; cpu: number; maxRssMB: number; stdoutBytes: number };
    const once = (args: string[]): Run => {
      const out = path.join(dir, 'figures.json');
      fs.rmSync(out, { force: true });
      const started = performance.now();
      const result = spawnSync(process.execPath, ['--require', report, ...args], { env: { ...process.env, BENCH_REPORT: out }, maxBuffer: 1 << 30 });
      const wall = (performance.now() - started) / 1000;
      // The template holds errors, so the CLI's exit code is 1; 2 is a usage or I/O error.
      if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}: ${String(result.stderr)}`);
      const figures = JSON.parse(fs.readFileSync(out, 'utf8')) as { cpu: number; maxRss: number };
      return { wall, cpu: figures.cpu, maxRssMB: Math.round(figures.maxRss / 1024), stdoutBytes: result.stdout.length };
    };
    const parse: Run[] = [];
    const checks: Run[][] = clis.map(() => []);
    for (let i = 0; i < runs; i++) {
      parse.push(once([parseOnly, file]));
      clis.forEach((c, k) => checks[k].push(once([c.cli, 'check', '--format', 'json', file])));
    }
    const mid = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const figures = (xs: Run[]): ProcessFigures => ({ wall: mid(xs.map((x) => x.wall)), cpu: mid(xs.map((x) => x.cpu)), maxRssMB: mid(xs.map((x) => x.maxRssMB)) });
    return {
      file: `${(fs.statSync(file).size / 1e6).toFixed(1)} MB`,
      runs,
      parse: figures(parse),
      checks: clis.map((c, k) => ({ label: c.label, ...figures(checks[k]) })),
      outputBytes: checks[0][0].stdoutBytes,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
