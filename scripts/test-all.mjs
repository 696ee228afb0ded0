#!/usr/bin/env node
// Runs every test tier in order and ends with one plain line "N passed, N failed", which CI reads:
//   1. build (type check + bundles) and compile the tests;
//   2. ESLint over the whole repository (eslint.config.mjs), counted as one test: passed when it reports nothing;
//   3. unit, LSP and CLI tests with node:test;
//   4. integration tests in real VS Code (code-server + headless Chromium), provisioned by scripts/e2e-setup.sh;
//   5. the packaged .vsix installed into code-server and checked through the UI with Playwright.
// Flags: --no-integration skips tiers 4 and 5 (for quick local runs); --only-integration runs them alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const results = join(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;

function step(title, command, commandArgs, options = {}) {
  console.log(`\n=== ${title}`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
  console.log(`=== ${title}: exit ${result.status ?? result.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function finish() {
  const summary = `${passed} passed, ${failed} failed`;
  writeFileSync(join(results, 'summary.txt'), summary + '\n');
  console.log(`\n${summary}`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

if (!args.has('--only-integration')) {
  // Compiled tests from deleted sources must not run, so the output folder starts empty.
  rmSync(join(root, 'out'), { recursive: true, force: true });
  if (!step('build', 'npm', ['run', 'build']) || !step('compile tests', 'npx', ['tsc', '-p', 'test'])) {
    failed += 1;
    finish();
  }
  // ESLint prints what it found; the step counts once either way.
  const lintClean = step('lint', 'npm', ['run', '--silent', 'lint']);
  passed += lintClean ? 1 : 0;
  failed += lintClean ? 0 : 1;
  console.log(`lint: ${lintClean ? 1 : 0} passed, ${lintClean ? 0 : 1} failed`);
  for (const tier of ['unit', 'lsp', 'cli']) {
    const tap = join(results, `${tier}.tap`);
    step(`${tier} tests`, process.execPath, [
      '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`, join('out', 'test', tier),
    ]);
    const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
    const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? (text ? 0 : 1));
    // A tier that ran no test at all is a failure: something did not compile or was not found.
    passed += pass;
    failed += pass + fail === 0 ? 1 : fail;
    console.log(`${tier}: ${pass} passed, ${fail} failed`);
  }
}

/** Adds the counts a tier wrote to its result file; a tier that wrote none counts as one failure. */
function tally(label, resultFile) {
  const r = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : { passes: 0, failures: 1 };
  passed += r.passes;
  failed += r.failures;
  console.log(`${label}: ${r.passes} passed, ${r.failures} failed`);
}

if (!args.has('--no-integration')) {
  const ok = step('provision real VS Code (code-server, Chromium)', 'bash', [join('scripts', 'e2e-setup.sh')]);
  if (!ok) {
    failed += 1;
  } else {
    // The integration tests, in English and with VS Code's display language Japanese (language pack built by
    // e2e-setup.sh).
    for (const [label, locale, file] of [['integration', undefined, 'integration.json'], ['integration (ja)', 'ja', 'integration-ja.json']]) {
      const resultFile = join(results, file);
      const env = { ...process.env, E2E_RESULT_FILE: resultFile, E2E_LOCALE: locale }; // undefined: not passed on
      step(`integration tests in real VS Code${locale ? ', Japanese UI' : ''}`, process.execPath, [join('out', 'test', 'integration', 'runTest.js')], { env });
      tally(label, resultFile);
    }

    // What a user installs: the packaged .vsix, checked through the real UI (Problems panel, lenses, hover, palette),
    // then again with the Japanese UI (the Problems entry and the lenses in Japanese).
    if (step('package the .vsix', 'npm', ['run', 'package'], { stdio: ['ignore', 'inherit', 'inherit'] })) {
      for (const [label, locale, file] of [['ui', undefined, 'ui.json'], ['ui (ja)', 'ja', 'ui-ja.json']]) {
        const resultFile = join(results, file);
        const env = { ...process.env, UI_RESULT_FILE: resultFile, E2E_LOCALE: locale }; // undefined: not passed on
        step(`UI check of the packaged .vsix${locale ? ', Japanese UI' : ''}`, process.execPath, [join('scripts', 'ui-check.mjs')], { env });
        tally(label, resultFile);
      }
    } else {
      failed += 1;
    }
  }
}

finish();
