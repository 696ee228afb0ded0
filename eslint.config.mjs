// ESLint for the TypeScript sources (client, server, tests, bench, tools) and the build scripts.
// Run with `npm run lint`; `npm test` and `npm run test:fast` run it as one of their steps.
//
// Besides typescript-eslint's type-checked recommended rules, it keeps the layering of ARCHITECTURE.md:
//   - server/src/analysis/ is pure: it imports nothing but itself and jsonc-parser (no vscode*, no Node built-in
//     module, no Node globals, nothing from lsp/, cli/, iamCatalog/ or the rest of server/src);
//   - client/ reaches into server/src only through server/src/protocol.ts;
//   - server/src never imports the editor's API.
import { builtinModules } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));

/**
 * Every Node built-in module, in both spellings (`fs` and `node:fs`), with its subpaths (`fs/promises`). The patterns
 * are anchored (gitignore syntax), so that a relative import of a folder that happens to share a module's name
 * (`../util/i18n`) is not taken for the module.
 */
const nodeBuiltins = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '')))]
  .flatMap((name) => [`/${name}`, `/${name}/*`, `/node:${name}`, `/node:${name}/*`]);

/** The editor's API and the language server protocol libraries. */
const editorApi = ['vscode', 'vscode-languageclient', 'vscode-languageclient/*'];
const lspLibraries = ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode-jsonrpc', 'vscode-jsonrpc/*', 'vscode-json-languageservice', 'vscode-json-languageservice/*'];

/**
 * `local/import-boundary`: every relative import (static, dynamic, `import type`, `export … from`, `import('…')` in a
 * type) of a file must resolve to one of `allow` (folders or files, relative to the repository's root). Bare
 * specifiers (packages) are left to no-restricted-imports.
 */
const importBoundary = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports must stay inside the allowed folders' },
    schema: [{
      type: 'object',
      properties: { allow: { type: 'array', items: { type: 'string' } }, reason: { type: 'string' } },
      required: ['allow'],
      additionalProperties: false,
    }],
    messages: { outside: "'{{specifier}}' leaves {{allowed}}: {{reason}}" },
  },
  create(context) {
    const { allow, reason = 'not allowed here' } = context.options[0];
    const allowed = allow.map((entry) => path.resolve(root, entry));
    const check = (source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.resolve(path.dirname(context.filename), source.value);
      // A module specifier names a file without its extension, or a folder's index.
      const inside = allowed.some((entry) => target === entry || target === entry.replace(/\.ts$/, '') || target.startsWith(entry + path.sep));
      if (!inside) {
        context.report({ node: source, messageId: 'outside', data: { specifier: source.value, allowed: allow.join(', '), reason } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source.type === 'Literal' ? node.source : undefined),
      TSImportType: (node) => check(node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
    };
  },
};

export default defineConfig(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.e2e/**', '.vscode-test/**', 'test-results/**', 'test/integration/workspace/**'] },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    plugins: { local: { rules: { 'import-boundary': importBoundary } } },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', {
        // node:test reports a test's failure itself; the promise test() returns is for awaiting, not for errors.
        checkThenables: true,
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] }],
      }],
      // `const { span: _span, ...rest } = x` is how a property is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [],
        patterns: [
          { group: editorApi, message: 'analysis is pure: the editor API belongs in client/.' },
          { group: lspLibraries, message: 'analysis is pure: LSP belongs in server/src/lsp/ (offsets in, offsets out here).' },
          { group: nodeBuiltins, message: 'analysis is pure: no Node built-in modules (text in, plain data out); I/O belongs in lsp/, cli/ or iamCatalog/.' },
          { group: ['@cloud-copilot/*'], message: 'analysis is pure: the IAM catalog is loaded by server/src/iamCatalog/ and arrives as options.catalog.' },
        ],
      }],
      'local/import-boundary': ['error', {
        allow: ['server/src/analysis'],
        reason: 'analysis is pure and is used by lsp/ and cli/, never the other way round.',
      }],
      'no-restricted-globals': ['error',
        ...['process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({
          name, message: 'analysis is pure: no Node globals (text in, plain data out).',
        })),
        { name: 'console', message: 'analysis returns data; lsp/ and cli/ decide what to print or log.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression', message: 'analysis is pure: it loads no module at run time (a dynamic import would escape the checks on static imports).' },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/analysis/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: editorApi, message: 'the server runs outside the editor: vscode and the language client belong in client/.' }],
      }],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'local/import-boundary': ['error', {
        allow: ['client', 'server/src/protocol.ts'],
        reason: 'the client shares only server/src/protocol.ts with the server; everything else reaches it over LSP.',
      }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests inspect parsed JSON (CLI output, fixed documents) by walking `any` values; the assertions are the check.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: readonly(['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'AbortController', 'AbortSignal']),
    },
  },
  {
    // The functions this script hands to page.evaluate() run in the browser.
    files: ['scripts/ui-check.mjs'],
    languageOptions: { globals: readonly(['document', 'requestAnimationFrame', 'WheelEvent']) },
  },
);
