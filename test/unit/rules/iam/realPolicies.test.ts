// Real policies must stay free of errors: AWS managed policies, AWS documentation examples, a CloudFormation
// template from the AWS docs and one from aws-actions/configure-aws-credentials, and CLI skeletons built from
// them. Sources are listed in test/unit/fixtures/iam/README.md. Warnings are allowed (AdministratorAccess is
// full access on purpose; documentation examples use example account IDs and bucket names).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'unit', 'fixtures', 'iam');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : []));
}

const corpus = files(ROOT);

test('real policies: the corpus is there', () => {
  assert.ok(corpus.length >= 20, `only ${corpus.length} files`);
});

for (const file of corpus) {
  test(`real policies: no error on ${path.relative(ROOT, file)}`, () => {
    const text = fs.readFileSync(file, 'utf8');
    const doc = parseDocument(text);
    assert.ok(doc.model.policies.length > 0, 'recognised as a policy');
    for (const locale of ['en', 'ja'] as const) {
      const errors = analyzeDocument(doc, { locale }).filter((f) => f.severity === 'error' && (f.rule.startsWith('iam/') || f.rule.startsWith('json/')));
      assert.deepEqual(errors.map((f) => `${f.rule}: ${f.message}`), []);
    }
  });
}
