// Runs the bundled CLI the way a user does, for the CLI test files.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

export function run(args: string[], cwd = ROOT, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  // The language follows the environment, so the tests pin it.
  const { LC_ALL: _a, LC_MESSAGES: _m, LANG: _l, ...rest } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...rest, LANG: 'C.UTF-8', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding the given files (names may contain folders). */
export function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-cli-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
