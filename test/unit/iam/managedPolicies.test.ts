import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { analyzeDocument, parseDocument } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import { actionWildcardMatchesNothing } from '../../../server/src/analysis/rules/iam/actionWildcardMatchesNothing';
import { conditionKeyNotApplicable } from '../../../server/src/analysis/rules/iam/conditionKeyNotApplicable';
import { resourceTypeMismatch } from '../../../server/src/analysis/rules/iam/resourceTypeMismatch';
import { unknownAction } from '../../../server/src/analysis/rules/iam/unknownAction';
import { unknownConditionKey } from '../../../server/src/analysis/rules/iam/unknownConditionKey';
import { unknownService } from '../../../server/src/analysis/rules/iam/unknownService';
import { testCatalog } from './catalogFixture';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const CATALOG_RULES = [unknownService, unknownAction, actionWildcardMatchesNothing, unknownConditionKey, conditionKeyNotApplicable, resourceTypeMismatch];

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

function check(file: string): string[] {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  return analyzeDocument(doc, { rules: CATALOG_RULES, catalog }).map((f) => `${f.severity} ${f.rule}: ${f.message}`);
}

test('catalog rules: AWS managed policies get no finding at all', () => {
  const files = jsonFiles(path.join(ROOT, 'test', 'unit', 'fixtures', 'iam-catalog'));
  assert.ok(files.length >= 9, `${files.length} fixtures`);
  for (const file of files) assert.deepEqual(check(file), [], path.basename(file));
});

test('catalog rules: at most information on the other AWS managed policies', () => {
  // AWSLambda_FullAccess scopes logs:StopLiveTail, which has no resource types, to a log-group ARN; the
  // rule says so as information, never as a warning.
  for (const file of jsonFiles(path.join(ROOT, 'test', 'unit', 'fixtures', 'iam', 'managed'))) {
    const louder = check(file).filter((line) => !line.startsWith('info') && !line.startsWith('hint'));
    assert.deepEqual(louder, [], path.basename(file));
  }
});

test('catalog rules: no error-severity finding on the IAM fixtures and examples', () => {
  // The catalog rules report at most warnings: IAM accepts every policy they flag.
  const files = [...jsonFiles(path.join(ROOT, 'test', 'unit', 'fixtures', 'iam')), ...jsonFiles(path.join(ROOT, 'examples'))];
  for (const file of files) {
    const errors = check(file).filter((line) => line.startsWith('error'));
    assert.deepEqual(errors, [], path.relative(ROOT, file));
  }
});
