// Feature: the IAM action catalog in the language server. The server starts without it and loads its index
// in the background (tens of milliseconds; each service's actions are read later, when first needed);
// requests are answered meanwhile, and the catalog's rules, hovers and completions stay silent until it is
// there (never a false "unknown action"). The output channel gets one line with the data version and date,
// the load time and the heap.

import type { Catalog } from '../analysis';
import { loadCatalog } from '../iamCatalog/loadCatalog';

export interface CatalogLog {
  info(message: string): void;
  error(message: string): void;
}

/** Called once at startup. `loaded` runs when the catalog is ready; a failure is logged and leaves it off. */
export function loadCatalogInBackground(log: CatalogLog, loaded: (catalog: Catalog) => void): void {
  const started = Date.now();
  loadCatalog().then((catalog) => {
    // actionCount, not actions.length: the count is in the index, and reading every service's actions would
    // load the whole catalog, which the server reads service by service as documents need them.
    const actions = catalog.services().reduce((n, s) => n + s.actionCount, 0);
    const heap = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);
    log.info(`IAM action catalog: iam-data ${catalog.version}, data of ${catalog.dataDate}, ` +
      `${catalog.services().length} services and ${actions} actions, loaded in ${Date.now() - started} ms (heap used ${heap} MB).`);
    try {
      loaded(catalog);
    } catch (error) {
      // Nothing may escape into an unhandled rejection, which would end the server process.
      log.error(`Applying the IAM action catalog failed. ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }, (error: unknown) => {
    log.error(`The IAM action catalog could not be loaded; the checks that need it stay off. ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  });
}
