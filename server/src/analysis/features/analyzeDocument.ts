// Feature: diagnostics. Runs every rule that applies to what the document holds.

import { AnalysisCache } from '../cache';
import type { ParsedDocument } from '../document/parse';
import { rules } from '../rules';
import type { Rule } from '../rules/types';
import { runRule } from '../rules/runner';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { Finding } from '../types';

export interface AnalyzeOptions extends Partial<AnalysisOptions> {
  /** Rules to run; all registered rules by default. */
  rules?: readonly Rule[];
}

/**
 * Called for each document version. Returns the findings sorted by position. A rule that throws is
 * reported as one internal finding instead of hiding the other rules' results.
 */
export function analyzeDocument(doc: ParsedDocument, options: AnalyzeOptions = {}): Finding[] {
  const steps = analyzeInSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same analysis, one rule per step, so that a caller can give way to other work (a hover, a newer
 * version of the document) between rules on a large document. Each `next()` runs one rule; the
 * generator's return value is the sorted findings.
 */
export function* analyzeInSteps(doc: ParsedDocument, options: AnalyzeOptions = {}): Generator<void, Finding[], void> {
  const kinds = doc.model.kinds;
  if (kinds.length === 0) return [];
  const findings: Finding[] = [];
  const resolved: AnalysisOptions = {
    locale: options.locale ?? DEFAULT_OPTIONS.locale,
    semantics: options.semantics ?? DEFAULT_OPTIONS.semantics,
    quotas: options.quotas ?? DEFAULT_OPTIONS.quotas,
    ruleSettings: options.ruleSettings ?? DEFAULT_OPTIONS.ruleSettings,
    catalog: options.catalog ?? DEFAULT_OPTIONS.catalog,
    // Without a cache of the caller's, one for this call still shares work between the rules and the statements.
    cache: options.cache ?? new AnalysisCache(),
  };
  for (const rule of options.rules ?? rules) {
    if (!rule.meta.appliesTo.some((kind) => kinds.includes(kind))) continue;
    const setting = resolved.ruleSettings?.[rule.meta.id] ?? 'default';
    if (setting === 'off') continue;
    try {
      const found = runRule(rule, { doc, options: resolved });
      // A forced severity replaces the rule's own, including the lower ones it uses for weaker evidence.
      findings.push(...(setting === 'default' ? found : found.map((f) => ({ ...f, severity: setting }))));
    } catch (error) {
      findings.push({
        rule: rule.meta.id,
        severity: 'hint',
        message: `Internal error in rule ${rule.meta.id}; its results are missing. ${String(error)}`,
        span: { offset: 0, length: 0 },
      });
    }
    yield;
  }
  return findings.sort((a, b) => a.span.offset - b.span.offset || a.rule.localeCompare(b.rule));
}
