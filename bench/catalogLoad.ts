// `node out/bench/catalogLoad.js`: how long the IAM action catalog takes to load from the iam-data package
// and how much memory it keeps, measured with process.memoryUsage() before and after (with a forced GC
// when node runs with --expose-gc). The language server logs the same figures for the bundled packs when
// it has loaded them. Not a test: nothing here asserts a time.

import { loadCatalog } from '../server/src/iamCatalog/loadCatalog';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  gc?.();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  const catalog = await loadCatalog();
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  // The first lookups build the condition-key tables; they belong to the catalog's footprint.
  catalog.isAttachedToSomeAction('s3:prefix');
  gc?.();
  const after = process.memoryUsage();
  const actions = catalog.services().reduce((n, s) => n + s.actions.length, 0);
  console.log(`iam-data ${catalog.version} (data of ${catalog.dataDate}): ${catalog.services().length} services, ${actions} actions`);
  console.log(`load: ${elapsed.toFixed(0)} ms`);
  console.log(`heapUsed: ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}; rss: ${mb(before.rss)} -> ${mb(after.rss)}${gc ? '' : ' (run with --expose-gc for settled figures)'}`);
}

void main();
