#!/usr/bin/env node
// Packages the extension as dist/cloudfront-iam-lens.vsix with vsce.
//
// The README shows screenshots from the UI check (images/screenshots/, refreshed by `npm run screenshots`) with
// relative links. The Marketplace can only show images at absolute https URLs, which vsce derives from the
// `repository` field of package.json. Until that field is set, the screenshot lines are left out of the README
// that goes into the .vsix (and vsce is told the repository is missing on purpose); once it is set, the README is
// packaged as it is and vsce turns its links into repository URLs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;

/** A README line that is only a screenshot image with a relative link. */
const SCREENSHOT_LINE = /^!\[[^\]]*\]\(images\/screenshots\/[^)\s]+\)\s*$/;

const args = ['package', '--no-dependencies', '--out', join('dist', 'cloudfront-iam-lens.vsix')];
if (!repository) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const kept = readme.filter((line) => !SCREENSHOT_LINE.test(line));
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist', 'README.md'), kept.join('\n'));
  // The packaged README replaces the root one, so the root one must not go in as well.
  const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').replace(/^!README\.md$/m, '!dist/README.md');
  writeFileSync(join(root, 'dist', '.vscodeignore'), ignore);
  args.push('--allow-missing-repository', '--readme-path', 'dist/README.md', '--ignoreFile', 'dist/.vscodeignore');
  console.log(`package.json has no "repository": the README's ${readme.length - kept.length} screenshot(s) are left out of the .vsix.`);
}

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const result = spawnSync(process.execPath, [vsce, ...args], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
