#!/usr/bin/env node
// UI check of the packaged extension, as a user sees it: installs the .vsix into a
// fresh code-server (the VS Code 1.139 workbench, no test driver), opens the
// integration workspace in headless Chromium and drives the workbench with
// playwright-core: Problems panel, squiggles, code lenses, hover, and the
// "Simulate Path" command through the command palette. Screenshots of each step
// go to test-results/screenshots/. See /work/shared/e2e-in-real-vscode.md, section 5.
//
//   node scripts/ui-check.mjs [path/to/extension.vsix]     (default dist/cloudfront-iam-lens.vsix)
//
// Needs scripts/e2e-setup.sh to have run and the .vsix to exist (npm run package).
// Files in the workspace are only opened, never saved.
//
// Output: one ✔/✘ line per check, the literal texts the checks read, and
// "N passed, N failed" as the last line. Exit code: 0 when every check passes,
// 1 when one fails, 124 after the overall timeout, 128+n on a signal.
//
// Environment knobs (all optional; see also scripts/e2e-lib.mjs):
//   UI_RESULT_FILE    write {passes, failures, checks: [{name, ok, error?}]} here
//   UI_TIMEOUT_MS     overall limit (default 180000)
//   UI_SCREENSHOTS    screenshot folder (default <repo>/test-results/screenshots)
//   E2E_LOCALE        ja: VS Code's display language Japanese (language pack from e2e-setup.sh); the run
//                     then checks the Japanese Problems entry and lenses instead of the English checks
//   E2E_VERBOSE       print progress with elapsed times and the page's console errors
//   E2E_KEEP_SCRATCH  keep the scratch dir (code-server log, user-data dir with its logs)

import fs from 'node:fs';
import path from 'node:path';
import { missingTool, onSignals, ROOT, Session, SETTINGS, writeSettings } from './e2e-lib.mjs';

const startedAt = Date.now();
const OVERALL_TIMEOUT_MS = Number(process.env.UI_TIMEOUT_MS) || 3 * 60 * 1000;
const VERBOSE = Boolean(process.env.E2E_VERBOSE);
const VSIX = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist', 'cloudfront-iam-lens.vsix'));
const WORKSPACE = path.join(ROOT, 'test', 'integration', 'workspace');
const SHOTS = path.resolve(process.env.UI_SCREENSHOTS || path.join(ROOT, 'test-results', 'screenshots'));
const EXTENSION_ID = 'cloudfront-iam-lens.cloudfront-iam-lens';
const SOURCE = 'CloudFront & IAM Lens';
const VIEWPORT = { width: 1400, height: 900 };

const IAM_FILE = path.join(WORKSPACE, 'iam', 'heredoc-policy.json');
const DIST_FILE = path.join(WORKSPACE, 'cloudfront', 'distribution.json');

const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
const log = (...args) => console.error('[ui-check]', ...args);
const trace = (what) => VERBOSE && log(`${elapsed()}: ${what}`);
/** Literal texts read from the UI, printed under the check's result line. */
const note = (text) => console.log(`    ${text}`);

// ---------------------------------------------------------------- results

const JAPANESE = /^ja(-|$)/i.test(process.env.E2E_LOCALE ?? '');
/** Hiragana, katakana or kanji: the text was written in Japanese. */
const HAS_JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const CHECKS = JAPANESE ? [
  'a (ja). heredoc-policy.json: the Problems panel (問題) shows iam/leading-whitespace at Ln 1, Col 1 with a Japanese message, and the editor a red squiggle',
  'b (ja). distribution.json: the Japanese lenses "パスをシミュレート…" and "使われない: #2 が先に一致"',
  'e (ja). extension host log: activation of the extension and no [error] line about it',
] : [
  'a. heredoc-policy.json: Problems shows iam/leading-whitespace at Ln 1, Col 1, and the editor a red squiggle',
  'b. distribution.json: Problems shows cloudfront/shadowed-behavior, lenses show "Simulate path…" and "never reached: covered by #2"',
  'c. hover on "/images/*" says "evaluated 2nd of 4 cache behaviors"',
  'd. command palette: Simulate Path /images/logo-1.png GET opens a report with "Hits behavior #2"',
  'e. extension host log: activation of the extension and no [error] line about it',
];
const SCREENSHOTS = JAPANESE ? [
  'ja-a-iam-leading-whitespace.png',
  'ja-b-cloudfront-lenses.png',
] : [
  'a-iam-leading-whitespace.png',
  'b-cloudfront-shadowed-behavior.png',
  'c-hover-path-pattern.png',
  'd-simulate-path-report.png',
];
const results = [];
let summarised = false;

function record(name, ok, error) {
  results.push(error === undefined ? { name, ok } : { name, ok, error });
  console.log(`${ok ? '✔' : '✘'} ${name}${ok ? '' : `\n    ${String(error).split('\n').join('\n    ')}`}`);
}

/** Marks every check that has not run as failed, prints the summary and writes the result file. */
function summarise(reason) {
  if (summarised) return;
  summarised = true;
  for (const name of CHECKS) {
    if (!results.some((r) => r.name === name)) record(name, false, reason);
  }
  const passes = results.filter((r) => r.ok).length;
  const failures = results.length - passes;
  if (process.env.UI_RESULT_FILE) {
    const file = path.resolve(process.env.UI_RESULT_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ passes, failures, checks: results }, null, 2) + '\n');
  }
  console.log(`${passes} passed, ${failures} failed`);
}

// ---------------------------------------------------------------- cleanup, timeout, signals

let session;
let finishing = false;

async function finish(code, reason) {
  if (finishing) return;
  finishing = true;
  trace(`cleaning up (${reason ?? `exit ${code}`})`);
  const cleaned = session?.cleanup() ?? Promise.resolve();
  // The summary comes last, after cleanup; a hung cleanup must not keep it back.
  await Promise.race([cleaned.catch((err) => log(`cleanup failed: ${err.message}`)), new Promise((r) => setTimeout(r, 15_000))]);
  summarise(reason ?? 'not run');
  trace('done');
  process.exit(code);
}

const overall = setTimeout(() => {
  log(`overall timeout of ${OVERALL_TIMEOUT_MS / 1000} s reached, giving up`);
  void finish(124, `not finished within the overall timeout of ${OVERALL_TIMEOUT_MS / 1000} s`);
}, OVERALL_TIMEOUT_MS);

onSignals((signal, code) => {
  log(`received ${signal}, cleaning up`);
  clearTimeout(overall);
  void finish(code, `interrupted by ${signal}`);
});

// ---------------------------------------------------------------- polling

/**
 * Calls `fn` until it returns a truthy value and returns that value. Throws
 * after `timeout` ms with `what` and the last value or error seen.
 */
async function poll(what, fn, { timeout = 15_000, interval = 150 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    if (finishing) throw new Error('stopped');
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message.split('\n')[0] : JSON.stringify(last);
      throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Returns `text` with the non-breaking spaces that Monaco renders turned into spaces. */
const plain = (text) => (text ?? '').replace(/\u00a0/g, ' ');

/** `text` with every run of white space (line breaks, also those of word wrap, included) as one space. */
const flat = (text) => plain(text).replace(/\s+/g, ' ');

// ---------------------------------------------------------------- workbench actions

let page;

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const FOCUSED_ROW = `${QUICK_INPUT} .quick-input-list .monaco-list-row.focused`;

/** Waits for the animation frames after an action, so that what it changed is laid out. */
const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The file name on the active editor group's active tab. */
const activeTab = () => page.locator('.editor-group-container.active .tab.active').first().getAttribute('data-resource-name', { timeout: 2000 }).catch(() => '');

/** Opens a file through Quick Open with its absolute path and waits until its tab is active. */
async function openFile(file) {
  const base = path.basename(file);
  await page.keyboard.press('F1');
  await page.locator(QUICK_INPUT_BOX).fill(file);
  await page.locator(FOCUSED_ROW, { hasText: base }).waitFor();
  await page.keyboard.press('Enter');
  await poll(`the tab of ${base} to be active`, async () => (await activeTab()) === base);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
}

/** Makes `file` the active editor, opening it when another one is active. */
async function ensureActive(file) {
  if ((await activeTab()) !== path.basename(file)) await openFile(file);
}

/** Moves the cursor with Go to Line (F1, ":line:col") and waits for the status bar to show it. */
async function goTo(line, column) {
  await page.keyboard.press('F1');
  await page.locator(QUICK_INPUT_BOX).fill(`:${line}:${column}`);
  await page.locator(FOCUSED_ROW).waitFor();
  await page.keyboard.press('Enter');
  await poll(`the cursor at Ln ${line}, Col ${column}`, async () => {
    const text = await page.locator('#status\\.editor\\.selection').innerText({ timeout: 1000 });
    return isCursorAt(text, line, column);
  });
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
}

/** Whether the status bar's cursor position reads line:column: English "Ln 3, Col 7", Japanese "行 3、列 7". */
const isCursorAt = (text, line, column) => new RegExp(`(Ln|行) ${line}[,、] ?(Col|列) ${column}(?!\\d)`).test(plain(text));

/** 1-based line and column of `offset` in `text`. */
function lineCol(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Opens the Problems panel unless it is showing already. */
async function showProblems() {
  if (await page.locator('.markers-panel').isVisible()) return;
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor();
}

/**
 * Every row of the (virtualised) Problems list, merged by index while paging
 * through it with wheel events, which move neither the focus nor the mouse.
 */
async function readProblemRows() {
  const scroll = (down) => page.evaluate((down) => {
    const el = document.querySelector('.markers-panel .monaco-list .monaco-scrollable-element');
    if (!el) return;
    const wheelDeltaY = down ? -Math.round(el.clientHeight * 0.7 / 50 * 120) : 1e6; // VS Code: 50 px per 120 units
    el.dispatchEvent(new WheelEvent('wheel', { deltaY: -wheelDeltaY, wheelDeltaY, bubbles: true, cancelable: true }));
  }, down);
  const scrollTop = () => page.evaluate(() => document.querySelector('.markers-panel .monaco-list-rows')?.style.top ?? '');
  const read = () => page.$$eval('.markers-panel .monaco-list-row:not(.monaco-tree-sticky-row)', (els) => els.map((r) => ({
    index: +r.dataset.index,
    level: +r.getAttribute('aria-level'),
    file: r.querySelector('.monaco-icon-label')?.getAttribute('aria-label') ?? undefined,
    label: r.getAttribute('aria-label'),
    severity: ['error', 'warning', 'info'].find((c) => r.querySelector('.marker-icon')?.classList.contains(c)),
    message: r.querySelector('.marker-message')?.innerText,
    source: r.querySelector('.marker-source')?.innerText,
    code: r.querySelector('.marker-code')?.innerText,
    position: r.querySelector('.marker-line')?.innerText,
    text: r.innerText,
  })));

  const rows = new Map();
  await scroll(false);
  await frames();
  for (let step = 0; step < 50; step++) {
    for (const row of await read()) rows.set(row.index, row);
    const before = await scrollTop();
    await scroll(true);
    await frames();
    if ((await scrollTop()) === before) break;
  }
  await scroll(false);
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

/**
 * The Problems entries of one file: the level-2 rows after its level-1 row, each
 * with the rows of its related information (level 3) in `related`.
 */
async function problemsOf(file) {
  const entries = [];
  let inFile = false;
  for (const row of await readProblemRows()) {
    if (row.level === 1) inFile = row.file === file;
    else if (inFile && row.level === 2) entries.push({ ...row, related: [] });
    else if (inFile && row.level > 2) entries.at(-1)?.related.push(row);
  }
  return entries;
}

/**
 * Diagnostics have no "done" signal: reads the file's entries until they have not
 * changed for a second, or for at most 5 s, and returns the last reading.
 */
async function settledProblemsOf(file, entries) {
  let last = JSON.stringify(entries);
  let stableSince = Date.now();
  const deadline = Date.now() + 5000;
  while (Date.now() - stableSince < 1000 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    entries = await problemsOf(file);
    const now = JSON.stringify(entries);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
  return entries;
}

const describeEntry = (e) => [
  `[${e.severity}] ${plain(e.message)} · ${plain(e.source)}${e.code ? ` (${plain(e.code)})` : ''} ${e.position}`,
  ...e.related.map((r) => `    related: ${plain(r.text).replace(/\s*\n\s*/g, ' ')}`),
].join('\n    ');

/** The titles of the code lenses in view that have a command (an `a`), and those drawn as plain text. */
const visibleLenses = () => page.$$eval('.editor-group-container.active .monaco-editor .codelens-decoration[monaco-visible-content-widget="true"]', (els) => els.flatMap((el) => {
  const links = [...el.querySelectorAll('a')];
  if (links.length) return links.map((a) => ({ title: a.innerText, command: true }));
  return el.innerText.split(/\u00a0\|\u00a0/).filter(Boolean).map((title) => ({ title, command: false }));
}));

/** Every lens title of the active editor, read while paging from the top to the bottom. */
async function readAllLenses() {
  const titles = new Map();
  const cursor = () => page.locator('#status\\.editor\\.selection').innerText({ timeout: 1000 }).catch(() => '');
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+Home');
  await poll('the cursor at the top', async () => isCursorAt(await cursor(), 1, 1));
  await frames();
  for (let step = 0; step < 40; step++) {
    for (const l of await visibleLenses()) titles.set(plain(l.title), titles.get(plain(l.title)) || l.command);
    const before = await cursor();
    await page.keyboard.press('PageDown');
    const moved = await poll('the cursor to move', async () => (await cursor()) !== before, { timeout: 1500 }).catch(() => false);
    await frames();
    if (!moved) break;
  }
  for (const l of await visibleLenses()) titles.set(plain(l.title), titles.get(plain(l.title)) || l.command);
  return titles;
}

/** The text of an editor's rendered (view) lines, top to bottom. */
async function viewLines(editor) {
  const lines = await editor.locator('.view-lines .view-line').evaluateAll((els) => els
    .map((el) => ({ top: parseFloat(el.style.top) || 0, text: el.innerText }))
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text));
  return lines.map(plain);
}

async function screenshot(name) {
  try {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, name);
    await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
    note(`screenshot: ${path.relative(ROOT, file)}`);
  } catch (err) {
    log(`screenshot ${name} failed: ${err.message.split('\n')[0]}`);
  }
}

/** Runs one check; a thrown error fails it. The screenshot is taken either way. */
async function check(index, fn, shot) {
  const name = CHECKS[index];
  trace(`start: ${name}`);
  let error;
  try {
    await fn();
  } catch (err) {
    error = err?.message ?? String(err);
  }
  if (finishing) return;
  if (shot) await screenshot(shot);
  record(name, error === undefined, error);
  // Closing a hover or an input left behind by a failure keeps the next check independent.
  if (error !== undefined) {
    await page.keyboard.press('Escape').catch(() => {});
    await page.keyboard.press('Escape').catch(() => {});
  }
}

// ---------------------------------------------------------------- the checks

async function checkLeadingWhitespace() {
  await openFile(IAM_FILE);
  await showProblems();
  let entries = [];
  const wanted = (e) => e.severity === 'error' && plain(e.code).includes('iam/leading-whitespace');
  try {
    await poll('an iam/leading-whitespace entry in the Problems panel', async () => {
      entries = await problemsOf(IAM_FILE);
      return entries.some(wanted);
    }, { timeout: 20_000, interval: 300 });
    entries = await settledProblemsOf(IAM_FILE, entries);
  } finally {
    for (const e of entries) note(`Problems: ${describeEntry(e)}`);
  }
  const entry = entries.find(wanted);
  const problems = [];
  if (!plain(entry.source).includes(SOURCE)) problems.push(`source is "${plain(entry.source)}", expected "${SOURCE}"`);
  if (!plain(entry.message).includes('The policy failed legacy parsing')) problems.push(`message "${plain(entry.message)}" lacks "The policy failed legacy parsing"`);
  if (JAPANESE && !HAS_JAPANESE.test(plain(entry.message))) problems.push(`message "${plain(entry.message)}" is not in Japanese`);
  if (JAPANESE) {
    // The language pack is in effect: the panel's own title is translated too.
    const panelTitle = plain(await page.locator('.panel .composite-bar .action-item.checked .action-label').first().innerText({ timeout: 2000 }).catch(() => ''));
    note(`panel title: ${panelTitle}`);
    if (!panelTitle.includes('問題')) problems.push(`the Problems panel's title is "${panelTitle}", expected "問題"`);
  }
  if (!isCursorAt(entry.position, 1, 1)) problems.push(`position is ${entry.position}, expected [Ln 1, Col 1]`);
  await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 })
    .catch(() => problems.push('the editor shows no .squiggly-error'));
  if (problems.length) throw new Error(problems.join('; '));
}

async function checkShadowedBehavior() {
  await openFile(DIST_FILE);
  await showProblems();
  let entries = [];
  const wanted = (e) => e.severity === 'warning' && plain(e.code).includes('cloudfront/shadowed-behavior');
  try {
    await poll('a cloudfront/shadowed-behavior warning in the Problems panel', async () => {
      entries = await problemsOf(DIST_FILE);
      return entries.some(wanted);
    }, { timeout: 20_000, interval: 300 });
    entries = await settledProblemsOf(DIST_FILE, entries);
  } finally {
    for (const e of entries) note(`Problems: ${describeEntry(e)}`);
  }

  await lensesAndShadowedBehavior('Simulate path…', 'never reached: covered by #2', 'never reached');
}

/** The Japanese lenses of distribution.json: the simulate lens and the shadowed behavior's lens. */
async function checkJapaneseLenses() {
  await openFile(DIST_FILE);
  await lensesAndShadowedBehavior('パスをシミュレート…', '使われない: #2 が先に一致', '使われない');
}

/**
 * Waits until the lenses of distribution.json include the simulate lens and the shadowed behavior's lens (they come a
 * little after the diagnostics; the whole file is read), then puts that behavior in the middle of the editor with its
 * lens and squiggle, for the screenshot.
 */
async function lensesAndShadowedBehavior(simulateTitle, shadowedTitle, shadowedLensText) {
  let titles = new Map();
  const has = (test) => [...titles.keys()].some(test);
  try {
    await poll(`the lenses "${simulateTitle}" and "${shadowedTitle}"`, async () => {
      titles = await readAllLenses();
      return has((t) => t === simulateTitle) && has((t) => t.includes(shadowedTitle));
    }, { timeout: 20_000, interval: 300 });
  } finally {
    for (const [title, command] of titles) note(`lens: ${title}${command ? '' : '  (no command)'}`);
  }
  const text = fs.readFileSync(DIST_FILE, 'utf8');
  const at = lineCol(text, text.indexOf('"/images/logo-*.png"') + 1);
  await goTo(at.line, at.column);
  await page.locator('.editor-group-container.active .monaco-editor .codelens-decoration a', { hasText: shadowedLensText }).first().waitFor({ timeout: 5000 }).catch(() => {});
}

async function checkHover() {
  await ensureActive(DIST_FILE);
  const text = fs.readFileSync(DIST_FILE, 'utf8');
  const offset = text.indexOf('"PathPattern": "/images/*"');
  if (offset < 0) throw new Error('the fixture has no "PathPattern": "/images/*"');
  // Inside the string value, on the "i" of images.
  const at = lineCol(text, offset + '"PathPattern": "/'.length);
  await goTo(at.line, at.column);
  const hover = page.locator('.monaco-hover:not(.hidden) .markdown-hover .rendered-markdown');
  let shown = '';
  try {
    await poll('a hover that says "evaluated 2nd of 4 cache behaviors"', async () => {
      if (!(await hover.first().isVisible())) {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await hover.first().waitFor({ timeout: 3000 });
      }
      shown = plain((await hover.allInnerTexts()).join('\n'));
      return shown.includes('evaluated 2nd of 4 cache behaviors');
    }, { timeout: 15_000, interval: 300 });
  } finally {
    if (shown) note(`hover: ${shown.replace(/\n+/g, ' ⏎ ')}`);
  }
}

async function checkSimulatePath() {
  await page.keyboard.press('Escape'); // the hover
  await ensureActive(DIST_FILE);
  await page.keyboard.press('F1');
  await page.locator(QUICK_INPUT_BOX).fill('>CloudFront & IAM: Simulate Path');
  await page.locator(FOCUSED_ROW, { hasText: 'Simulate Path' }).waitFor();
  await page.keyboard.press('Enter');

  // The command's input box reuses the widget: wait until its value no longer starts with '>'.
  const input = page.locator(QUICK_INPUT_BOX);
  await poll('the Simulate Path input box', async () => {
    if (!(await page.locator(QUICK_INPUT).isVisible())) return false;
    return !(await input.inputValue()).startsWith('>') && (await page.locator(`${QUICK_INPUT} .quick-input-message`).innerText({ timeout: 1000 })) !== '';
  });
  const title = plain(await page.locator(`${QUICK_INPUT} .quick-input-title`).innerText({ timeout: 1000 }).catch(() => ''));
  const prompt = plain(await page.locator(`${QUICK_INPUT} .quick-input-message`).innerText());
  note(`input box: title "${title}", value "${await input.inputValue()}", prompt "${prompt}"`);
  if (!/path/i.test(prompt)) throw new Error(`the input box's prompt does not mention a path: "${prompt}"`);
  await input.fill('/images/logo-1.png');
  await page.keyboard.press('Enter');

  await poll('the HTTP method quick pick with GET focused', async () => {
    const rowTitle = await page.locator(`${QUICK_INPUT} .quick-input-title`).innerText({ timeout: 500 }).catch(() => '');
    const focused = await page.locator(FOCUSED_ROW).innerText({ timeout: 500 }).catch(() => '');
    return /method/i.test(rowTitle) && focused.trim() === 'GET';
  });
  const methods = await page.locator(`${QUICK_INPUT} .quick-input-list .monaco-list-row`).allInnerTexts();
  note(`quick pick: "${plain(await page.locator(`${QUICK_INPUT} .quick-input-title`).innerText())}": ${methods.map((m) => m.trim()).join(', ')}`);
  await page.keyboard.press('Enter');

  const tab = page.locator('.tab[data-resource-name^="Simulation "]').first();
  await tab.waitFor({ timeout: 15_000 });
  const tabName = await tab.getAttribute('data-resource-name');
  if (!/^Simulation \d+\.md$/.test(tabName)) throw new Error(`the report's tab is named "${tabName}", expected "Simulation N.md"`);
  const group = page.locator('.editor-group-container', { has: page.locator('.tab.active[data-resource-name^="Simulation "]') }).first();
  let report = [];
  try {
    await poll('the report editor to contain "Hits behavior #2"', async () => {
      report = await viewLines(group.locator('.monaco-editor').first());
      // Word wrap may break the phrase over two view lines.
      return flat(report.join('\n')).includes('Hits behavior #2');
    }, { timeout: 10_000 });
  } finally {
    note(`report tab "${tabName}", first view lines: ${report.filter((l) => l.trim()).slice(0, 3).join(' ⏎ ')}`);
  }
}

async function checkHostLog(userDataDir) {
  const logsDir = path.join(userDataDir, 'logs');
  let file;
  let text = '';
  const activation = `ExtensionService#_doActivateExtension ${EXTENSION_ID}`;
  await poll(`"${activation}" in the extension host log`, () => {
    const runs = fs.existsSync(logsDir) ? fs.readdirSync(logsDir).sort() : [];
    file = runs.map((r) => path.join(logsDir, r, 'exthost1', 'remoteexthost.log')).reverse().find((f) => fs.existsSync(f));
    if (!file) return false;
    text = fs.readFileSync(file, 'utf8');
    return text.includes(activation);
  }, { timeout: 10_000, interval: 250 });
  note(`log: ${text.split('\n').find((l) => l.includes(activation)).trim()}`);
  // An [error] entry is its line plus the lines without a timestamp that follow it (a stack trace).
  const entries = text.split(/\n(?=\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d)/);
  const errors = entries.filter((e) => /^\S+ \S+ \[error\]/.test(e) && /cloudfront-iam-lens/i.test(e));
  if (errors.length) throw new Error(`${errors.length} [error] entries mention the extension:\n${errors.join('\n').slice(0, 2000)}`);
}

// ---------------------------------------------------------------- main

async function main() {
  const missing = missingTool() ?? (fs.existsSync(VSIX) ? undefined : `${VSIX} not found; build it with npm run package`);
  if (missing) throw new Error(missing);

  // A screenshot left from an earlier run must not pass for this run's.
  for (const name of SCREENSHOTS) fs.rmSync(path.join(SHOTS, name), { force: true });

  session = new Session({ prefix: 'uic-', log });
  const userDataDir = session.userDataDir();
  const extensionsDir = path.join(session.scratch, 'ext');
  writeSettings(userDataDir, { ...SETTINGS, 'problems.autoReveal': false, 'editor.codeLens': true });

  await session.installVsix(VSIX, { userDataDir, extensionsDir });
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith(`${EXTENSION_ID}-`));
  if (installed.length !== 1) throw new Error(`after --install-extension, ${extensionsDir} holds ${JSON.stringify(fs.readdirSync(extensionsDir))}`);
  trace(`installed ${installed[0]}`);

  const { authority, exited } = await session.startServer({ userDataDir, extensionsDir });
  void exited.then((why) => {
    log(why);
    void finish(1, why.split('\n')[0]);
  });
  trace(`code-server is up on ${authority}`);

  const { browser } = await session.launchBrowser();
  const context = await browser.newContext({ viewport: VIEWPORT });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('crash', () => {
    log('the workbench page crashed');
    void finish(1, 'the workbench page crashed');
  });
  if (VERBOSE) page.on('console', (msg) => msg.type() === 'error' && log(`page error: ${msg.text().split('\n')[0]}`));
  trace('browser started');

  await page.goto(`http://${authority}/?folder=${encodeURIComponent(WORKSPACE)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30_000 });
  trace('workbench loaded');

  if (JAPANESE) {
    await check(0, checkLeadingWhitespace, SCREENSHOTS[0]);
    await check(1, checkJapaneseLenses, SCREENSHOTS[1]);
    await check(2, () => checkHostLog(userDataDir));
    return;
  }
  await check(0, checkLeadingWhitespace, SCREENSHOTS[0]);
  await check(1, checkShadowedBehavior, SCREENSHOTS[1]);
  await check(2, checkHover, SCREENSHOTS[2]);
  await check(3, checkSimulatePath, SCREENSHOTS[3]);
  await check(4, () => checkHostLog(userDataDir));
}

try {
  await main();
} catch (err) {
  if (!finishing) {
    log(VERBOSE ? err?.stack ?? String(err) : String(err?.message ?? err));
    await finish(1, `setup failed: ${String(err?.message ?? err).split('\n')[0]}`);
  }
}
if (!finishing) {
  clearTimeout(overall);
  await finish(results.length === CHECKS.length && results.every((r) => r.ok) ? 0 : 1);
}
