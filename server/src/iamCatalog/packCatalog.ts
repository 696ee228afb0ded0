// Feature: writing the IAM action catalog for the bundles (build time only). esbuild.mjs bundles this module,
// runs `writePackedCatalog` and moves the folder it wrote to dist/iam-data/. The index is computed by the
// catalog's own code (`catalogIndexOf`) from all of the package's data, so the bundles' catalog, which reads
// services one by one, answers exactly as a catalog built from all the data at once.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogIndexOf } from '../analysis/iam/catalog';
import { loadCatalogData } from './catalogData';
import { INDEX_FILE, PACK_FORMAT, SERVICES_FILE, type PackedCatalog, type PackedService } from './loadCatalog';

/** Writes `catalog.json` and `services.ndjson` into `folder`. */
export async function writePackedCatalog(folder: string, stamp: string): Promise<{ services: number; actions: number }> {
  const data = await loadCatalogData();
  const index = catalogIndexOf(data);
  const byPrefix = new Map(data.services.map((s) => [s.prefix, s]));
  const lines: string[] = [];
  const at: [number, number][] = [];
  let offset = 0;
  for (const { prefix } of index.services) {
    const service = byPrefix.get(prefix)!;
    const packed: PackedService = {
      prefix,
      actions: service.actions.map(({ service: _service, ...action }) => action),
      resourceTypes: service.resourceTypes,
    };
    const line = JSON.stringify(packed);
    const length = Buffer.byteLength(line);
    at.push([offset, length]);
    lines.push(line);
    offset += length + 1;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, SERVICES_FILE), lines.map((line) => line + '\n').join(''));
  const catalog: PackedCatalog = { format: PACK_FORMAT, stamp, index, at, servicesBytes: offset };
  writeFileSync(join(folder, INDEX_FILE), JSON.stringify(catalog));
  return { services: index.services.length, actions: index.services.reduce((n, s) => n + s.actionCount, 0) };
}
