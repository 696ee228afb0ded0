// `npm run bench`: document-level figures for the language server, each with a baseline measured in the same
// run: vscode-json-languageservice's doValidation of the same text, which is what VS Code already spends on
// every JSON document. Prints a table, or JSON with --json. Not a test: nothing here asserts a time.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'vscode-json-languageservice';
import { analyzeDocument, codeLenses, distributionsOf, hoverAt, parseDocument, simulateDistribution } from '../server/src/analysis';
import { distributionApi, policy, template } from './generate';
import { loadCatalog } from '../server/src/iamCatalog/loadCatalog';
import type { Catalog } from '../server/src/analysis';
import { spawn, spawnSync } from 'node:child_process';
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, LogMessageNotification, ShutdownRequest, ExitNotification,
  StreamMessageReader, StreamMessageWriter,
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

async function full(name: string, text: string, target?: string): Promise<Figure> {
  // A full analysis is what one keystroke costs: parse, classify, every rule. Each run edits the text (a
  // comment-free change of one value), so nothing is reused that a real edit would invalidate; the
  // reachability of an unchanged pattern list is reused, as it is while a user types elsewhere in the file.
  let n = 0;
  const ours = measure(() => {
    n++;
    analyzeDocument(parseDocument(text.replace('"Enabled": true', `"Enabled": ${n % 2 === 0}`).replace('"Version": "2012-10-17"', n % 2 === 0 ? '"Version": "2012-10-17"' : '"Version":  "2012-10-17"')), { catalog });
  });
  const base = await baselineTimes(text);
  return { name, bytes: text.length, median: median(ours), p95: p95(ours), baselineMedian: median(base), ratio: median(ours) / median(base), target };
}

function feature(name: string, text: string, fn: () => void): Figure {
  const t = measure(fn);
  return { name, bytes: text.length, median: median(t), p95: p95(t) };
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  catalog = await loadCatalog();
  const dist75 = distributionApi(75);
  const policy500 = policy(500);
  figures.push(await full('full analysis: distribution, 75 behaviors', dist75, '< 5 ms'));
  // The first analysis of a pattern list that has not been seen before: every pattern is new.
  let fresh = 0;
  const cold = measure(() => {
    fresh++;
    analyzeDocument(parseDocument(dist75.replace(/"PathPattern": "\//g, `"PathPattern": "/r${fresh}`)));
  });
  figures.push({ name: 'full analysis: distribution, 75 behaviors, every pattern new', bytes: dist75.length, median: median(cold), p95: p95(cold), target: '< 5 ms' });
  figures.push(await full('full analysis: policy, 500 statements', policy500, '< 5 ms'));
  const sizes: [string, number][] = [['100 KB', 100_000], ['1 MB', 1_000_000], ['5 MB', 5_000_000]];
  for (const [label, bytes] of sizes) {
    figures.push(await full(`full analysis: CloudFormation template ${label}`, template(bytes), label === '5 MB' ? '< baseline' : undefined));
  }
  const doc75 = parseDocument(dist75);
  const offset = dist75.indexOf('"PathPattern"', dist75.length / 2) + 16;
  figures.push(feature('hover on a PathPattern (75 behaviors, parsed)', dist75, () => hoverAt(doc75, offset)));
  figures.push(feature('code lenses (75 behaviors, parsed)', dist75, () => codeLenses(doc75)));
  const dist = distributionsOf(doc75)[0];
  figures.push(feature('simulate one path (75 behaviors)', dist75, () => simulateDistribution(dist, '/p74/index.html?x=1')));

  const server = await serverMemory();
  const vsix = path.join(ROOT, 'dist', 'cloudfront-iam-lens.vsix');
  const extra = {
    node: process.version,
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6),
    rssMB: Math.round(process.memoryUsage().rss / 1e6),
    vsixBytes: fs.existsSync(vsix) ? fs.statSync(vsix).size : undefined,
    serverRssMB: server.rssMB,
    serverCatalogLog: server.log,
  };
  if (json) {
    console.log(JSON.stringify({ figures, ...extra }, null, 2));
    return;
  }
  const fmt = (ms: number | undefined): string => (ms === undefined ? '' : ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
  console.log(`Node ${extra.node}; CPU time per call; baseline: vscode-json-languageservice doValidation of the same text, same run\n`);
  console.log('| measurement | size | median | p95 | baseline median | ratio | target |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const f of figures) {
    console.log(`| ${f.name} | ${(f.bytes / 1000).toFixed(0)} KB | ${fmt(f.median)} | ${fmt(f.p95)} | ${fmt(f.baselineMedian)} | ${f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`} | ${f.target ?? ''} |`);
  }
  console.log(`\nlanguage server (dist/server.js) after the IAM catalog is loaded: RSS ${extra.serverRssMB ?? '?'} MB (target < 100 MB); its log: ${extra.serverCatalogLog ?? 'no catalog line'}`);
  console.log(`bench process after the run: heap ${extra.heapUsedMB} MB, RSS ${extra.rssMB} MB; .vsix ${extra.vsixBytes === undefined ? 'not built (npm run package)' : `${(extra.vsixBytes / 1024).toFixed(0)} KB`} (target < 5 MB)`);
  // The path engine's own figures (matching throughput, reachability on adversarial pattern sets) follow.
  console.log('\n## Path engine\n');
  spawnSync(process.execPath, [path.join(__dirname, 'pathEngine.bench.js')], { stdio: 'inherit' });
}

/**
 * Starts the bundled language server as VS Code would (a separate process), waits for the log line it writes
 * once the IAM catalog is loaded, and reads the process's resident memory from /proc.
 */
async function serverMemory(): Promise<{ rssMB?: number; log?: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let log: string | undefined;
  const loaded = new Promise<void>((resolve) => {
    connection.onNotification(LogMessageNotification.type, (params) => {
      if (/catalog/i.test(params.message)) {
        log = params.message;
        resolve();
      }
    });
  });
  connection.listen();
  try {
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    await connection.sendNotification(InitializedNotification.type, {});
    await Promise.race([loaded, new Promise((r) => setTimeout(r, 20_000))]);
    await new Promise((r) => setTimeout(r, 500));
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return { rssMB: Number.isFinite(kb) ? Math.round(kb / 1024) : undefined, log };
  } catch {
    return { log };
  } finally {
    await Promise.race([connection.sendRequest(ShutdownRequest.type), new Promise((r) => setTimeout(r, 1000))]).catch(() => undefined);
    await connection.sendNotification(ExitNotification.type).catch(() => undefined);
    connection.dispose();
    child.kill();
  }
}

void main();
