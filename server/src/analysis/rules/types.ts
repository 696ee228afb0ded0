// Feature: the shape of a rule. Each rule lives in its own file and exports one `Rule`;
// `rules/index.ts` lists them all.

import type { ParsedDocument } from '../parse';
import type { Localized } from '../i18n';
import type { AnalysisOptions } from '../options';
import type { DocumentKind, Finding, Severity } from '../types';

export interface RuleMeta {
  /** Namespaced kebab-case id, such as `iam/leading-whitespace`. */
  id: string;
  /** A short title for lists and the rule reference. */
  title: Localized<string>;
  /** The default severity; a finding may carry a lower one when the evidence is weaker. */
  severity: Severity;
  /** What the rule checks and what AWS does, in a few sentences. */
  description: Localized<string>;
  /** The kinds of document the rule runs on. */
  appliesTo: DocumentKind[];
  /**
   * The AWS documentation or the reported failure that the rule rests on; the first entry is what a
   * diagnostic links to.
   */
  sources: string[];
  /** For the rule reference: a short document that triggers the rule, and the same document fixed. */
  example?: { bad: string; good: string };
  /** For the rule reference: how to fix what the rule reports, in a sentence or two. */
  fix?: Localized<string>;
  /**
   * The IAM Access Analyzer policy-check issue code this rule reproduces offline (such as
   * `PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE`), so users can look it up in AWS's check reference.
   * A rule that reports several related checks names its main one here and the exact one in each message.
   */
  accessAnalyzerCode?: string;
}

export interface RuleContext {
  doc: ParsedDocument;
  /** The language of messages, the open semantics choices and the quotas. */
  options: AnalysisOptions;
}

export interface Rule {
  meta: RuleMeta;
  /** Called once per document version. Must not throw on any input; the runner still guards it. */
  check(ctx: RuleContext): Finding[];
}
