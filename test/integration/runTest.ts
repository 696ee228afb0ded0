// Runs the integration tests in real VS Code. VS Code desktop cannot be downloaded
// or installed on our machines, so @vscode/test-electron is pointed at
// scripts/vscode-shim.mjs, which runs the same tests in code-server and headless
// Chromium (install those first with scripts/e2e-setup.sh).
//
// The last line this script prints is "N passed, N failed", the only summary CI
// recognises. The counts come from the result file that index.ts writes inside
// the extension host; a missing file means the run crashed before mocha finished.
//
// E2E_EXTENSION_PATH overrides the extension under test (default: the repository
// root). E2E_RESULT_FILE overrides where the counts are written (default: a
// temporary file). E2E_GREP is passed on to mocha's grep.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

interface ResultFile {
  passes: number;
  failures: number;
}

function readResult(file: string): ResultFile {
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ResultFile>;
    if (typeof r.passes === 'number' && typeof r.failures === 'number') {
      return { passes: r.passes, failures: r.failures };
    }
    console.error(`Result file ${file} has no counts.`);
  } catch {
    console.error(`No readable result file at ${file}; the test run did not finish.`);
  }
  return { passes: 0, failures: 1 };
}

async function main(): Promise<number> {
  // This file compiles to out/test/integration/runTest.js, three levels below the root.
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionDevelopmentPath = process.env.E2E_EXTENSION_PATH
    ? path.resolve(process.env.E2E_EXTENSION_PATH)
    : root;

  let tempDir: string | undefined;
  let resultFile = process.env.E2E_RESULT_FILE;
  if (resultFile) {
    resultFile = path.resolve(resultFile);
  } else {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-result-'));
    resultFile = path.join(tempDir, 'result.json');
  }
  // A file left over from an earlier run must not count as this run's result.
  fs.rmSync(resultFile, { force: true });
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });

  const extensionTestsEnv: Record<string, string> = { E2E_RESULT_FILE: resultFile };
  if (process.env.E2E_GREP) {
    extensionTestsEnv.E2E_GREP = process.env.E2E_GREP;
  }
  // The shim starts code-server with this display language; index.ts picks the matching test files.
  // Such a run gets its own user-data and extensions dirs (test-electron's defaults are .vscode-test/
  // user-data and extensions), so that the language pack it installs never reaches the English run.
  const profileArgs: string[] = [];
  if (process.env.E2E_LOCALE) {
    extensionTestsEnv.E2E_LOCALE = process.env.E2E_LOCALE;
    const suffix = process.env.E2E_LOCALE.toLowerCase().replace(/[^a-z0-9-]/g, '');
    profileArgs.push(
      `--user-data-dir=${path.join(root, '.vscode-test', `user-data-${suffix}`)}`,
      `--extensions-dir=${path.join(root, '.vscode-test', `extensions-${suffix}`)}`,
    );
  }

  let exitCode = 1;
  try {
    exitCode = await runTests({
      vscodeExecutablePath: path.join(root, 'scripts', 'vscode-shim.mjs'),
      extensionDevelopmentPath,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [path.join(root, 'test', 'integration', 'workspace'), ...profileArgs],
      extensionTestsEnv,
    });
  } catch (err) {
    // runTests rejects with TestRunFailedError for any nonzero exit code.
    console.error(err instanceof Error ? err.message : String(err));
  }

  const result = readResult(resultFile);
  if (tempDir) {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
  console.log(`${result.passes} passed, ${result.failures} failed`);
  return exitCode === 0 && result.failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
