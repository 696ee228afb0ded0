// Feature: the command-line interface. The same analysis as the editor, for scripts and CI:
//   cloudfront-iam-lens check [--format text|json|sarif] PATH...
// Exit codes: 0 when no finding is an error, 1 when one is, 2 on a usage or I/O error.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument, HTTP_METHODS, parseDocument, pathSimulationReply, simulatePath, toLocale, type Catalog, type Locale } from '../analysis';
import { iamSimulationReply, pick, simulateIamRequest, type Localized } from '../analysis';
import { loadCatalog } from '../iamCatalog/loadCatalog';
import { createFileFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../settings';
import { formatJson, formatSarif, formatText, type FileResult } from './report';

declare const CLI_VERSION: string | undefined;
const VERSION = typeof CLI_VERSION === 'string' ? CLI_VERSION : '0.0.0-dev';

/** The usage text, printed by --help and after a usage error. */
const USAGE: Localized<string> = {
  en: `Usage:
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
  cloudfront-iam-lens simulate-iam FILE --action ACTION --resource ARN [--context KEY=VALUE]... [--principal P]
                                   [--policy N] [--format text|json]
      Answers what one IAM policy in FILE decides for a request: allowed, explicitly denied or implicitly
      denied, the statements that decided, and why each statement applies or not. --context adds a condition
      key (repeat a key for a multivalued key such as aws:TagKeys); --principal is the caller (an ARN, account
      id or service principal) for resource-based and trust policies; --policy N picks the Nth policy of a
      file that holds several, such as a CloudFormation template (default 1).
      Exit code: 0 when answered, 2 on a usage or I/O error or when FILE holds no such policy.
  cloudfront-iam-lens --help | --version

Options for every command:
  --lang en|ja   the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
`,
  ja: `使い方:
  cloudfront-iam-lens check [--format text|json|sarif] [--include GLOB]... [--exclude GLOB]... PATH...
      JSON ファイルを検査して指摘を表示します（フォルダーからは *.json と *.jsonc を探します）。
      フォルダーで見つかったファイルは、エディターの cloudfrontIamLens.files 設定と同じ glob で、現在の
      フォルダーからの相対パスに対して絞り込みます（既定: include は **/*.json と **/*.jsonc、exclude は
      **/node_modules/**）。コマンドラインで指定したファイルは常に検査します。
      終了コード: エラーの指摘がなければ 0、あれば 1、使い方や入出力のエラーでは 2。
  cloudfront-iam-lens simulate FILE URL_OR_PATH [--method GET] [--distribution LOGICAL_ID] [--format text|json]
      FILE のディストリビューションで、リクエストをどのキャッシュビヘイビアが処理し、どのオリジンが受け取り、
      どうキャッシュされるかを答えます。--distribution は CloudFormation テンプレートのディストリビューション
      を論理 ID で選びます。
      終了コード: 答えられたら 0、使い方や入出力のエラー、または FILE にディストリビューションがなければ 2。
  cloudfront-iam-lens simulate-iam FILE --action ACTION --resource ARN [--context KEY=VALUE]... [--principal P]
                                   [--policy N] [--format text|json]
      FILE の IAM ポリシー 1 つがリクエストをどう判定するか（許可、明示的な拒否、暗黙的な拒否）、判定を
      決めたステートメント、各ステートメントが適用される理由とされない理由を答えます。--context は条件キーを
      加えます（aws:TagKeys のような複数値のキーは、キーを繰り返して指定します）。--principal はリソース
      ベースのポリシーと信頼ポリシーに対する呼び出し元（ARN、アカウント ID またはサービスプリンシパル）です。
      --policy N は CloudFormation テンプレートのように複数のポリシーを含むファイルの N 番目を選びます（既定 1）。
      終了コード: 答えられたら 0、使い方や入出力のエラー、または FILE にそのポリシーがなければ 2。
  cloudfront-iam-lens --help | --version

すべてのコマンドに使えるオプション:
  --lang en|ja   メッセージの言語（既定: LC_ALL、LC_MESSAGES または LANG から）
`,
};

/** Texts of the argument reader and the command dispatch, which every command shares. */
const CLI_TEXT: Localized<{
  needsValue: (flag: string) => string;
  unknownOption: (arg: string) => string;
  unknownCommand: (command: string) => string;
  badLang: string;
  noSuchFile: (file: string) => string;
}> = {
  en: {
    needsValue: (flag) => `${flag} needs a value.`,
    unknownOption: (arg) => `Unknown option ${arg}.`,
    unknownCommand: (command) => `Unknown command "${command}".`,
    badLang: '--lang must be en or ja.',
    noSuchFile: (file) => `${file}: no such file.`,
  },
  ja: {
    needsValue: (flag) => `${flag} には値が必要です。`,
    unknownOption: (arg) => `${arg} というオプションはありません。`,
    unknownCommand: (command) => `"${command}" というコマンドはありません。`,
    badLang: '--lang は en か ja です。',
    noSuchFile: (file) => `${file}: そのようなファイルはありません。`,
  },
};

class UsageError extends Error {}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The language of messages, from --lang or the environment (LC_ALL, LC_MESSAGES, LANG). */
  locale: Locale;
  /**
   * Loads the IAM action catalog. `check` calls it only when a file holds an IAM policy, the only documents its
   * rules read, and `simulate-iam` always; each at most once. Without it, or when it fails (which is reported),
   * the catalog rules stay silent.
   */
  loadCatalog?: () => Promise<Catalog>;
}

const CATALOG_FAILED: Localized<(reason: string) => string> = {
  en: (reason) => `cloudfront-iam-lens: the IAM action catalog could not be loaded; its checks are skipped. ${reason}\n`,
  ja: (reason) => `cloudfront-iam-lens: IAM アクションカタログを読み込めなかったため、カタログを使う検査は行いません。${reason}\n`,
};

/** The catalog, or undefined (and a message on stderr) when it cannot be loaded. */
async function catalogFor(io: CliIo): Promise<Catalog | undefined> {
  try {
    return await io.loadCatalog?.();
  } catch (error) {
    io.stderr(pick(CATALOG_FAILED, io.locale)(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
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

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { format, paths, include, exclude } = parseCheckArgs(args);
  const filter = createFileFilter(include.length ? include : DEFAULT_INCLUDE, exclude.length ? exclude : DEFAULT_EXCLUDE);
  const accept = (file: string): boolean => filter(path.relative(io.cwd, file).split(path.sep).join('/'));
  const files: string[] = [];
  for (const given of paths) {
    const resolved = path.resolve(io.cwd, given);
    if (!fs.existsSync(resolved)) throw new Error(`${given}: no such file or folder.`);
    collectFiles(resolved, files, accept);
  }
  const results: FileResult[] = [];
  // The catalog is loaded when the first file that holds a policy is reached: its rules apply to policies only,
  // so every file gets the same findings as with the catalog loaded up front.
  let catalog: Catalog | undefined;
  let catalogAsked = false;
  // One analysis cache for the run: files that repeat values, statements or pattern lists share the work.
  const cache = new AnalysisCache();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseDocument(text);
    if (!catalogAsked && parsed.model.kinds.includes('iam-policy')) {
      catalogAsked = true;
      catalog = await catalogFor(io);
    }
    results.push({ path: displayPath(file, io.cwd), text, kinds: parsed.model.kinds, findings: analyzeDocument(parsed, { locale: io.locale, catalog, cache }) });
  }
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

/**
 * Walks a command's arguments: `--flag value` or `--flag=value` go to `onFlag` (which returns false for a flag it
 * does not know, a usage error), and everything else is returned as positional arguments, in order.
 */
function readArguments(args: string[], locale: Locale, onFlag: (flag: string, value: () => string) => boolean): string[] {
  const t = pick(CLI_TEXT, locale);
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    const inline = equals > 0 ? arg.slice(equals + 1) : undefined;
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(t.needsValue(flag));
      return v;
    };
    if (!onFlag(flag, value)) throw new UsageError(t.unknownOption(arg));
  }
  return positional;
}

const SIMULATE_TEXT: Localized<{
  needsArguments: string;
  badFormat: (value: string) => string;
  badMethod: (methods: string) => string;
  several: (file: string, count: number, label: string) => string;
}> = {
  en: {
    needsArguments: 'simulate needs a FILE and a URL_OR_PATH.',
    badFormat: (value) => `--format must be text or json for simulate, not "${value}".`,
    badMethod: (methods) => `--method must be one of ${methods}.`,
    several: (file, count, label) => `${file} holds ${count} distributions; using ${label}. Pick one with --distribution.\n`,
  },
  ja: {
    needsArguments: 'simulate には FILE と URL_OR_PATH を指定してください。',
    badFormat: (value) => `simulate の --format は text か json です（"${value}" は使えません）。`,
    badMethod: (methods) => `--method は ${methods} のいずれかです。`,
    several: (file, count, label) => `${file} にはディストリビューションが ${count} 個あります。${label} を使います。--distribution で選べます。\n`,
  },
};

/**
 * `simulate`: one request against one distribution, through the same entry and wire form as the editor's
 * Simulate Path (`simulatePath`, `pathSimulationReply`), so both answer alike.
 */
function runSimulate(args: string[], io: CliIo): number {
  const t = pick(SIMULATE_TEXT, io.locale);
  // Set inside the argument callback, so the declared type must not narrow to its first value.
  let format = 'text' as 'text' | 'json';
  let method = 'GET';
  let logicalId: string | undefined;
  const positional = readArguments(args, io.locale, (flag, value) => {
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(t.badFormat(v));
      format = v;
    } else if (flag === '--method') {
      method = value().toUpperCase();
      if (!(HTTP_METHODS as readonly string[]).includes(method)) throw new UsageError(t.badMethod(HTTP_METHODS.join(', ')));
    } else if (flag === '--distribution') {
      logicalId = value();
    } else {
      return false;
    }
    return true;
  });
  if (positional.length !== 2) throw new UsageError(t.needsArguments);
  const [file, input] = positional;
  const resolved = path.resolve(io.cwd, file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new Error(pick(CLI_TEXT, io.locale).noSuchFile(file));
  const parsed = parseDocument(fs.readFileSync(resolved, 'utf8'));
  const reply = pathSimulationReply(simulatePath(parsed, { input, method, distribution: logicalId }, { locale: io.locale }), io.locale);
  if (reply.error) throw new Error(`${file}: ${reply.error.message}`);
  if (logicalId === undefined && reply.picked.count > 1) io.stderr(t.several(file, reply.picked.count, reply.picked.label));
  if (format === 'json') {
    io.stdout(JSON.stringify({ version: 1, file: displayPath(resolved, io.cwd), distribution: reply.picked.label, ...reply.result }, null, 2) + '\n');
  } else {
    io.stdout(reply.report);
  }
  return 0;
}

const SIMULATE_IAM_TEXT: Localized<{
  needsFile: string;
  needsAction: string;
  needsResource: string;
  badContext: (arg: string) => string;
  badPolicy: (value: string) => string;
  badFormat: (value: string) => string;
  several: (file: string, count: number, label: string) => string;
}> = {
  en: {
    needsFile: 'simulate-iam needs one FILE.',
    needsAction: 'simulate-iam needs --action, such as --action s3:GetObject.',
    needsResource: 'simulate-iam needs --resource, an ARN or *.',
    badContext: (arg) => `--context takes KEY=VALUE, such as aws:SourceIp=203.0.113.7, not "${arg}".`,
    badPolicy: (value) => `--policy takes a policy number from 1, not "${value}".`,
    badFormat: (value) => `--format must be text or json for simulate-iam, not "${value}".`,
    several: (file, count, label) => `${file} holds ${count} policies; using #1, ${label}. Pick one with --policy N.\n`,
  },
  ja: {
    needsFile: 'simulate-iam には FILE を 1 つ指定してください。',
    needsAction: 'simulate-iam には --action s3:GetObject のように --action が必要です。',
    needsResource: 'simulate-iam には --resource（ARN または *）が必要です。',
    badContext: (arg) => `--context は aws:SourceIp=203.0.113.7 のように KEY=VALUE の形で指定します（"${arg}" は使えません）。`,
    badPolicy: (value) => `--policy には 1 から始まるポリシー番号を指定します（"${value}" は使えません）。`,
    badFormat: (value) => `simulate-iam の --format は text か json です（"${value}" は使えません）。`,
    several: (file, count, label) => `${file} にはポリシーが ${count} 個あります。#1（${label}）を使います。--policy N で選べます。\n`,
  },
};

/**
 * `simulate-iam`: one request against one policy, through the same entry and wire form as the editor's Simulate
 * IAM Request (`simulateIamRequest`, `iamSimulationReply`), so both answer alike.
 */
async function runSimulateIam(args: string[], io: CliIo): Promise<number> {
  const t = pick(SIMULATE_IAM_TEXT, io.locale);
  // Set inside the argument callback, so the declared type must not narrow to its first value.
  let format = 'text' as 'text' | 'json';
  let action: string | undefined;
  let resource: string | undefined;
  let principal: string | undefined;
  let policy: number | undefined;
  const context: Record<string, string[]> = {};
  const positional = readArguments(args, io.locale, (flag, value) => {
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(t.badFormat(v));
      format = v;
    } else if (flag === '--action') {
      action = value();
    } else if (flag === '--resource') {
      resource = value();
    } else if (flag === '--principal') {
      principal = value();
    } else if (flag === '--policy') {
      const v = value();
      if (!/^[1-9]\d*$/.test(v)) throw new UsageError(t.badPolicy(v));
      policy = Number(v);
    } else if (flag === '--context') {
      // The value itself may hold "=", so the key ends at the first one.
      const pair = value();
      const at = pair.indexOf('=');
      if (at <= 0) throw new UsageError(t.badContext(pair));
      const key = pair.slice(0, at).trim();
      (context[key] ??= []).push(pair.slice(at + 1));
    } else {
      return false;
    }
    return true;
  });
  if (positional.length !== 1) throw new UsageError(t.needsFile);
  if (action === undefined) throw new UsageError(t.needsAction);
  if (resource === undefined) throw new UsageError(t.needsResource);
  const [file] = positional;
  const resolved = path.resolve(io.cwd, file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new Error(pick(CLI_TEXT, io.locale).noSuchFile(file));
  const parsed = parseDocument(fs.readFileSync(resolved, 'utf8'));
  // A key given once is one value; a key given several times is a multivalued key.
  const request = {
    action, resource, principal, policy: policy === undefined ? undefined : policy - 1,
    context: Object.fromEntries(Object.entries(context).map(([k, v]) => [k, v.length === 1 ? v[0] : v])),
  };
  const catalog = await catalogFor(io);
  const reply = iamSimulationReply(simulateIamRequest(parsed, request, { locale: io.locale, catalog }), io.locale);
  if (reply.error) throw new Error(`${file}: ${reply.error.message}`);
  if (policy === undefined && reply.picked.count > 1) io.stderr(t.several(file, reply.picked.count, reply.picked.label));
  if (format === 'json') {
    io.stdout(JSON.stringify({ version: 1, file: displayPath(resolved, io.cwd), ...reply.result }, null, 2) + '\n');
  } else {
    io.stdout(reply.report);
  }
  return 0;
}

/** Runs the CLI with the given arguments and returns the exit code. Never rejects. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = [...argv];
    const langAt = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
    if (langAt >= 0) {
      const value = args[langAt] === '--lang' ? args[langAt + 1] : args[langAt].slice('--lang='.length);
      if (value !== 'en' && value !== 'ja') throw new UsageError(pick(CLI_TEXT, io.locale).badLang);
      io = { ...io, locale: value };
      args.splice(langAt, args[langAt] === '--lang' ? 2 : 1);
    }
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      if (command === undefined) io.stderr(pick(USAGE, io.locale));
      else io.stdout(pick(USAGE, io.locale));
      return command === undefined ? 2 : 0;
    }
    if (command === '--version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'check') return await runCheck(rest, io);
    if (command === 'simulate') return runSimulate(rest, io);
    if (command === 'simulate-iam') return await runSimulateIam(rest, io);
    throw new UsageError(pick(CLI_TEXT, io.locale).unknownCommand(command));
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`cloudfront-iam-lens: ${error.message}\n\n${pick(USAGE, io.locale)}`);
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
  // The IAM action catalog is read only by `simulate-iam` (which names actions the catalog does not know, as the
  // editor does) and by `check` when a file holds a policy; every other run starts without loading it.
  void runCli(argv, { ...io, loadCatalog }).then((code) => {
    process.exitCode = code;
  });
}
