// The test entry that VS Code's extension host loads (extensionTestsPath). It runs
// every compiled *.test.js file below this folder with mocha and, when
// E2E_RESULT_FILE is set, writes the counts and per-test results there so that
// runTest.ts can print CI's "N passed, N failed" line. Rejecting makes the
// workbench report exit code 1.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: string;
  durationMs: number;
}

/** Lists the *.test.js files below dir, recursively and in a stable order. */
function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...findTests(full));
    } else if (entry.isFile() && entry.name.endsWith('.test.js')) {
      found.push(full);
    }
  }
  return found.sort();
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60000, color: false });
  if (process.env.E2E_GREP) {
    mocha.grep(process.env.E2E_GREP);
  }

  // A run in Japanese (E2E_LOCALE=ja) runs the *.ja.test.js files; every other run runs the rest.
  const japanese = (process.env.E2E_LOCALE ?? '').startsWith('ja');
  const files = findTests(__dirname).filter((f) => f.endsWith('.ja.test.js') === japanese);
  if (files.length === 0) {
    throw new Error(`No compiled integration tests (*.test.js) found below ${__dirname}`);
  }
  files.forEach((f) => mocha.addFile(f));

  const tests: TestResult[] = [];
  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 1 } as Mocha.Stats)));
      runner.on('test end', (t: Mocha.Test) => {
        tests.push({ title: t.fullTitle(), state: t.isPending() ? 'pending' : (t.state ?? 'unknown'), durationMs: t.duration ?? 0 });
      });
      // A failing hook is counted as a failure but never reaches "test end".
      // Mocha's typings declare the argument as a Test, but hooks arrive here too.
      runner.on('fail', (r: Mocha.Test | Mocha.Hook) => {
        if (r.type === 'hook') {
          tests.push({ title: r.fullTitle(), state: 'failed', durationMs: r.duration ?? 0 });
        }
      });
    } catch (err) {
      // Loading a test file can throw (a syntax error, a failing import).
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });

  if (process.env.E2E_RESULT_FILE) {
    const result = { passes: stats.passes, failures: stats.failures, tests };
    fs.writeFileSync(process.env.E2E_RESULT_FILE, JSON.stringify(result, null, 2) + '\n');
  }
  if (stats.failures > 0) {
    throw new Error(`${stats.failures} integration test(s) failed`);
  }
}
