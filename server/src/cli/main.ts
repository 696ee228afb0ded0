// Feature: the command-line interface. The same analysis as the editor, for scripts and CI:
//   cloudfront-iam-lens check [--format text|json|sarif] PATH...
// Exit codes: 0 when no finding is an error, 1 when one is, 2 on a usage or I/O error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, distributionsOf, formatSimulation, HTTP_METHODS, parseDocument, simulateRequest, toLocale, type Catalog, type Locale } from '../analysis';
import { loadCatalog } from '../iamCatalog/loadCatalog';
import { createFileFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../settings';
import { formatJson, formatSarif, formatText, type FileResult } from './report';

declare const CLI_VERSION: string | undefined;
const VERSION = typeof CLI_VERSION === 'string' ? CLI_VERSION : '0.0.0-dev';

const USAGE = `Usage:
  cloudfront-iam-lens check [--format text|json|sarif] [--include GLOB]... [--exclude GLOB]... PATH...
      Checks JSON files (folders are searched for *.json and *.jsonc) and prints the findings.
      Files found in folders are filtered with the same globs as the editor's cloudfrontIamLens.files
      settings, matched against paths relative to the current folder (defaults: include **/*.json and
      **/*.jsonc, exclude **/node_modules/**). Files named on the command line are always checked.
      Exit code: 0 when no finding is an error, 1 when one is, 2 on a usage or I/O error.
  cloudfront-iam-lens simulate FILE URL_OR_PATH [--method GET] [--distribution LOGICAL_ID] [--format text|json]
      Answers which cache behavior of the distribution in FILE serves the request, which origin gets it,
      and how it is cached. --distribution picks a distribution of a CloudFormation template by logical id.
      Exit code: 0 when answered, 2 on a usage or I/O error or when FILE holds no distribution.
  cloudfront-iam-lens --help | --version

Options for every command:
  --lang en|ja   the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
`;

class UsageError extends Error {}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The language of messages, from --lang or the environment (LC_ALL, LC_MESSAGES, LANG). */
  locale: Locale;
  /** The IAM action catalog, loaded before `check` runs; without it the catalog rules stay silent. */
  catalog?: Catalog;
}

/** Folders that never hold the user's own configuration. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.e2e', '.vscode-test']);

function collectFiles(target: string, out: string[], accept: (file: string) => boolean, given = true): void {
  const stat = fs.statSync(target);
  if (stat.isFile()) {
    if (given || accept(target)) out.push(target);
    return;
  }
  if (!stat.isDirectory()) return;
  for (const entry of fs.readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) collectFiles(full, out, accept, false);
    } else if (entry.isFile()) {
      collectFiles(full, out, accept, false);
    }
  }
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}

function parseCheckArgs(args: string[]): { format: 'text' | 'json' | 'sarif'; paths: string[]; include: string[]; exclude: string[] } {
  let format: 'text' | 'json' | 'sarif' = 'text';
  const paths: string[] = [];
  const include: string[] = [];
  const exclude: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const glob = /^--(include|exclude)(?:=(.*))?$/.exec(arg);
    if (glob) {
      const value = glob[2] ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`--${glob[1]} needs a glob pattern.`);
      (glob[1] === 'include' ? include : exclude).push(value);
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json' && value !== 'sarif') {
        throw new UsageError(`--format must be text, json or sarif${value === undefined ? '' : `, not "${value}"`}.`);
      }
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unknown option ${arg}.`);
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) throw new UsageError('check needs at least one file or folder.');
  return { format, paths, include, exclude };
}

function runCheck(args: string[], io: CliIo): number {
  const { format, paths, include, exclude } = parseCheckArgs(args);
  const filter = createFileFilter(include.length ? include : DEFAULT_INCLUDE, exclude.length ? exclude : DEFAULT_EXCLUDE);
  const accept = (file: string): boolean => filter(path.relative(io.cwd, file).split(path.sep).join('/'));
  const files: string[] = [];
  for (const given of paths) {
    const resolved = path.resolve(io.cwd, given);
    if (!fs.existsSync(resolved)) throw new Error(`${given}: no such file or folder.`);
    collectFiles(resolved, files, accept);
  }
  const results: FileResult[] = files.map((file) => {
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseDocument(text);
    return { path: displayPath(file, io.cwd), text, kinds: parsed.model.kinds, findings: analyzeDocument(parsed, { locale: io.locale, catalog: io.catalog }) };
  });
  if (format === 'json') io.stdout(formatJson(results));
  else if (format === 'sarif') io.stdout(formatSarif(results, VERSION, io.locale));
  else {
    io.stdout(formatText(results));
    const count = results.reduce((n, r) => n + r.findings.length, 0);
    const recognised = results.filter((r) => r.kinds.length > 0).length;
    io.stderr(io.locale === 'ja'
      ? `${files.length} 個のファイルを検査、${recognised} 個を認識、指摘 ${count} 件。\n`
      : `${files.length} file(s) checked, ${recognised} recognised, ${count} finding(s).\n`);
  }
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function runSimulate(args: string[], io: CliIo): number {
  let format: 'text' | 'json' = 'text';
  let method = 'GET';
  let logicalId: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json for simulate, not "${v}".`);
      format = v;
    } else if (flag === '--method') {
      method = value().toUpperCase();
      if (!(HTTP_METHODS as readonly string[]).includes(method)) throw new UsageError(`--method must be one of ${HTTP_METHODS.join(', ')}.`);
    } else if (flag === '--distribution') {
      logicalId = value();
    } else if (arg.startsWith('--')) {
      throw new UsageError(`Unknown option ${arg}.`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 2) throw new UsageError('simulate needs a FILE and a URL_OR_PATH.');
  const [file, input] = positional;
  const resolved = path.resolve(io.cwd, file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new Error(`${file}: no such file.`);
  const parsed = parseDocument(fs.readFileSync(resolved, 'utf8'));
  const distributions = distributionsOf(parsed);
  if (distributions.length === 0) throw new Error(`${file}: no CloudFront distribution config found.`);
  let dist = distributions[0];
  if (logicalId !== undefined) {
    const found = distributions.find((d) => d.target.logicalId === logicalId);
    if (!found) throw new Error(`${file}: no distribution with logical id "${logicalId}" (found: ${distributions.map((d) => d.label).join(', ')}).`);
    dist = found;
  } else if (distributions.length > 1) {
    io.stderr(`${file} holds ${distributions.length} distributions; using ${dist.label}. Pick one with --distribution.\n`);
  }
  const result = simulateRequest(dist, input, { method, locale: io.locale });
  if (!result) throw new Error(`${file}: the distribution has no DefaultCacheBehavior.`);
  if (format === 'json') {
    const { behaviorSpan: _span, ...rest } = result;
    io.stdout(JSON.stringify({ version: 1, file: displayPath(resolved, io.cwd), distribution: dist.label, ...rest }, null, 2) + '\n');
  } else {
    io.stdout(formatSimulation(result, dist, io.locale));
  }
  return 0;
}

/** Runs the CLI with the given arguments and returns the exit code. Never throws. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const args = [...argv];
    const langAt = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
    if (langAt >= 0) {
      const value = args[langAt] === '--lang' ? args[langAt + 1] : args[langAt].slice('--lang='.length);
      if (value !== 'en' && value !== 'ja') throw new UsageError('--lang must be en or ja.');
      io = { ...io, locale: value };
      args.splice(langAt, args[langAt] === '--lang' ? 2 : 1);
    }
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'check') return runCheck(rest, io);
    if (command === 'simulate') return runSimulate(rest, io);
    throw new UsageError(`Unknown command "${command}".`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cloudfront-iam-lens: ${error.message}\n\n${USAGE}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`cloudfront-iam-lens: ${message}\n`);
    }
    return 2;
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    locale: toLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
  };
  // Only `check` reads the IAM action catalog; the other commands start without waiting for it. A catalog
  // that cannot be loaded is reported, and the check runs without the rules that need it.
  const needsCatalog = argv.filter((a, i) => !a.startsWith('--lang') && argv[i - 1] !== '--lang')[0] === 'check';
  const catalog = needsCatalog
    ? loadCatalog().catch((error: unknown) => {
      io.stderr(`cloudfront-iam-lens: the IAM action catalog could not be loaded; its checks are skipped. ${error instanceof Error ? error.message : String(error)}\n`);
      return undefined;
    })
    : Promise.resolve(undefined);
  void catalog.then((loaded) => {
    process.exitCode = runCli(argv, { ...io, catalog: loaded });
  });
}
