// `node --expose-gc out/bench/catalogLoad.js`: how long the IAM action catalog takes to load from the build's
// dist/iam-data/ and how much memory it keeps, first with the index alone (what the server and the CLI load),
// then with every service read (the most any run can hold). Memory is process.memoryUsage() after a forced GC
// (with --expose-gc). Not a test: nothing here asserts a time.

import { loadCatalog } from '../server/src/iamCatalog/loadCatalog';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const memory = (): string => {
  gc?.();
  const m = process.memoryUsage();
  return `heapUsed ${mb(m.heapUsed)}, rss ${mb(m.rss)}`;
};

async function main(): Promise<void> {
  console.log(`before: ${memory()}${gc ? '' : ' (run with --expose-gc for settled figures)'}`);
  let started = performance.now();
  const catalog = await loadCatalog();
  const indexMs = performance.now() - started;
  const actions = catalog.services().reduce((n, s) => n + s.actionCount, 0);
  console.log(`iam-data ${catalog.version} (data of ${catalog.dataDate}): ${catalog.services().length} services, ${actions} actions`);
  console.log(`index loaded in ${indexMs.toFixed(0)} ms: ${memory()}`);
  started = performance.now();
  const s3 = catalog.service('s3')?.actions.length;
  console.log(`s3 (${s3} actions) read in ${(performance.now() - started).toFixed(1)} ms`);
  started = performance.now();
  for (const service of catalog.services()) void service.actions.length;
  console.log(`every service read in ${(performance.now() - started).toFixed(0)} ms: ${memory()}`);
}

void main();
