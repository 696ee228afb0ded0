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
// The scratch dir, code-server and Chromium handling live in scripts/e2e-lib.mjs.
// Everything it needs is installed by scripts/e2e-setup.sh into <repo>/.e2e/. The
// shim itself runs on the project's Node; only code-server runs on Node 24.
//
// Environment knobs (all optional):
//   E2E_DIR          where e2e-setup.sh installed its tools (default <repo>/.e2e)
//   E2E_CHROMIUM     the Chromium binary (default /usr/bin/chromium)
//   E2E_TIMEOUT_MS   how long to wait for the test run (default 5 minutes)
//   E2E_KEEP_SCRATCH keep the scratch dir with code-server's log for inspection
//   E2E_VERBOSE      print the workbench's routine log lines and the page's console

import path from 'node:path';
import util from 'node:util';
import { missingTool, onSignals, Session, tail, writeSettings } from './e2e-lib.mjs';

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 5 * 60 * 1000;
const VERBOSE = Boolean(process.env.E2E_VERBOSE);

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

// ---------------------------------------------------------------- main

let session;
const cleanup = () => session?.cleanup() ?? Promise.resolve();

onSignals((signal, code) => {
  log(`received ${signal}, cleaning up`);
  cleanup().finally(() => process.exit(code));
});

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath) {
    log('missing --extensionTestsPath; this shim only runs extension tests');
    return 2;
  }
  const missing = missingTool();
  if (missing) {
    log(missing);
    return 2;
  }

  session = new Session({ prefix: 'vsc-', log });
  // code-server creates code-server-ipc.sock inside the user-data dir, so a dir
  // whose path is too long is replaced by one inside the scratch dir.
  const userDataDir = session.userDataDir(args.userDataDir);
  const extensionsDir = args.extensionsDir ?? path.join(session.scratch, 'ext');
  writeSettings(userDataDir);

  // The server gets the shim's own environment (Session.env), which is how
  // extensionTestsEnv and test-cli's VSCODE_TEST_OPTIONS reach the extension host.
  let started;
  try {
    started = await session.startServer({
      userDataDir,
      extensionsDir,
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver'],
    });
  } catch (err) {
    log(err.message);
    return 1;
  }
  const { authority, exited: serverExited } = started;
  let resolveExit;
  const exited = new Promise((resolve) => {
    resolveExit = resolve;
  });
  void serverExited.then((why) => {
    log(why);
    resolveExit(1);
  });

  trace(`code-server is up on ${authority}`);
  const { browser } = await session.launchBrowser();
  browser.on('disconnected', () => {
    if (session.cleaning) return;
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
  if (session?.server) log(`last lines of the code-server log:\n${tail(session.logFile, 40)}`);
  exitCode = 1;
}
trace('cleaning up');
await cleanup();
process.exit(exitCode);
