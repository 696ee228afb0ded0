// The README a user reads on the Marketplace and in the repository: its screenshots must exist and come from the
// UI check of the packaged extension (scripts/ui-check.mjs), so that `npm run screenshots` keeps them current, and
// the packaged README must be accepted by vsce while package.json has no repository (scripts/package.mjs).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((m) => ({ alt: m[1], link: m[2], line: m[0] }));

test('every README image is a screenshot in images/screenshots/ that the UI check takes', () => {
  const uiCheck = fs.readFileSync(path.join(ROOT, 'scripts', 'ui-check.mjs'), 'utf8');
  assert.ok(images.length >= 4, `the README shows ${images.length} screenshots`);
  for (const { alt, link } of images) {
    assert.match(link, /^images\/screenshots\/[\w.-]+\.png$/, `${link}: screenshots live in images/screenshots/`);
    assert.ok(fs.existsSync(path.join(ROOT, link)), `${link} does not exist (run npm run screenshots)`);
    assert.ok(uiCheck.includes(`'${path.basename(link)}'`), `${link} is not one of the UI check's screenshots`);
    assert.ok(alt.trim().length >= 20, `${link}: the alt text should say what the screenshot shows`);
  }
});

test('each screenshot stands on a line of its own, so the packaged README can leave it out', () => {
  const lines = readme.split('\n');
  for (const { line } of images) {
    assert.ok(lines.includes(line), `"${line.slice(0, 60)}…" shares its line with other text`);
  }
});

test('the README has no other relative link, which vsce would refuse without a repository', () => {
  const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  assert.deepEqual(links.filter((l) => !/^(https:\/\/|mailto:|#)/.test(l)), []);
});
