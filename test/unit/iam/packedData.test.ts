import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { createPackReader, type PackIndex } from '../../../server/src/iamCatalog/readPackedFile';

// The build (node esbuild.mjs) writes dist/iam-data/; these tests read it as the bundled server does.
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const PACKED = path.join(ROOT, 'dist', 'iam-data');
const PACKAGE = path.join(ROOT, 'node_modules', '@cloud-copilot', 'iam-data');

function dataFiles(dir: string, prefix = 'data'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return dataFiles(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.json') ? [relative] : [];
  });
}

test('packed iam-data: every data file but the unused category files is packed, unchanged', async () => {
  const index = JSON.parse(fs.readFileSync(path.join(PACKED, 'index.json'), 'utf8')) as PackIndex;
  const expected = dataFiles(path.join(PACKAGE, 'data')).filter((f) => !/^data\/(categories\/|categories\.json|categoryNames\.json|serviceCategories\.json)/.test(f));
  assert.deepEqual(Object.keys(index.files).sort(), expected.sort());
  const read = createPackReader(PACKED);
  for (const file of ['data/actions/s3.json', 'data/resourceTypes/iam.json', 'data/conditionKeys/sts.json', 'data/services.json', 'data/conditionPatterns.json']) {
    assert.deepEqual(await read(file.split('/')), JSON.parse(fs.readFileSync(path.join(PACKAGE, file), 'utf8')), file);
  }
  assert.deepEqual(await read(['package.json']), JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8')));
  await assert.rejects(read(['data', 'actions', 's4.json']), /ENOENT/);
});

test('packed iam-data: the licence travels with the data, and no pack is much over a megabyte', () => {
  assert.match(fs.readFileSync(path.join(PACKED, 'LICENSE.txt'), 'utf8'), /MIT License|Permission is hereby granted/);
  const packs = fs.readdirSync(PACKED).filter((f) => /^pack-\d+\.json$/.test(f));
  assert.ok(packs.length >= 2, packs.join(', '));
  for (const pack of packs) assert.ok(fs.statSync(path.join(PACKED, pack)).size < 1_500_000, pack);
});
