// Feature: the shape of a rule. Each rule lives in its own file and exports one `Rule`: its metadata and one
// check per kind of thing it looks at (a document, a distribution, a behavior, an origin, an invalidation batch,
// a policy, a statement). The runner (rules/runner.ts) owns every loop: it finds the things in the document and
// calls the checks, so a rule file holds its metadata and its checks and nothing else. `rules/index.ts` lists them.

import type { ParsedDocument } from '../document/parse';
import type { Localized } from '../util/i18n';
import type { AnalysisOptions } from '../options';
import type { BehaviorView, DistributionView } from '../cloudfront/distribution';
import type { PolicyApi, PolicyKind, PolicyTarget } from '../document/classify';
import type { PolicyView, StatementView } from '../iam/policyView';
import type { Node } from '../source/tree';
import type { SourceEdits, Spelling } from '../source/frontEnd';
import type { DocumentKind, Finding, Severity, Span } from '../types';

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

/** What a distribution, behavior or origin check receives besides the thing itself. */
export interface DistributionContext extends RuleContext {
  dist: DistributionView;
  /** How fixes are written in the document's syntax. */
  edits: SourceEdits;
  /** How the document spells AWS's key names, for messages. */
  spelling: Spelling;
}

/** What a policy check receives besides the policy: the document, the options, and the policy's writer (`policy.target.edits`). */
export type PolicyContext = RuleContext;

/**
 * Where a policy comes from, as far as a statement check may know it: the origin without the CloudFormation logical
 * id or list position, which differ between policies whose statements give the same findings.
 */
export type StatementOrigin =
  | { source: 'file' }
  | { source: 'cli'; command: string }
  | { source: 'cloudformation'; resourceType: string; property: string };

/**
 * The options a statement check may read: those its reused findings are keyed by, and the analysis cache, which
 * changes no finding and is passed on to the helpers that remember answers.
 */
export type StatementOptions = Pick<AnalysisOptions, 'locale' | 'catalog' | 'quotas' | 'cache'>;

/**
 * Everything a statement check may read. A statement's findings are reused across document versions while its text,
 * its index and exactly this context stay the same (iam/statementReuse.ts), so the check is given nothing else: no
 * document, no other statement, no logical id.
 */
export interface StatementContext {
  /** The statement; `statement.index` is its position in the Statement list. */
  readonly statement: StatementView;
  readonly options: StatementOptions;
  readonly policy: {
    readonly kind: PolicyKind;
    readonly api: PolicyApi;
    readonly embedding: PolicyTarget['embedding'];
    readonly origin: StatementOrigin;
    readonly statementForm: PolicyView['statementForm'];
    /** The Version as written, when it is a string; undefined when absent or of another type. */
    readonly versionValue: string | undefined;
    readonly hasVersion: boolean;
  };
  /** How fixes are written for the policy's nodes (escaped and mapped for a policy held in a string). */
  readonly edits: SourceEdits;
  /** Maps a node of the statement to its span in the document. */
  readonly span: (node: Node) => Span;
  /** Maps characters `[start, end)` of a string node's value to the document. */
  readonly valueSpan: (node: Node, start: number, end: number) => Span;
  /** Whether an object or array node of the statement is closed in the text (not still being typed). */
  readonly isClosed: (node: Node) => boolean;
  /** The statement's opening brace, where findings about a missing element are shown. */
  readonly brace: Span;
}

/**
 * A rule: its metadata and the checks it makes. The runner calls each check that is present, on every thing of that
 * kind in a document of a kind the rule applies to, and gathers the findings. Checks must not throw on any input; the
 * runner still guards each rule.
 */
export interface Rule {
  meta: RuleMeta;
  /** Once per document: for checks that walk the whole tree (syntax, the schema). */
  document?: (ctx: RuleContext) => Finding[];
  /** Once per distribution. */
  distribution?: (dist: DistributionView, ctx: DistributionContext) => Finding[];
  /**
   * Once per cache behavior, the Default first and then the listed ones in order (`behavior.index` tells which);
   * a rule about listed behaviors only returns nothing for the Default.
   */
  behavior?: (behavior: BehaviorView, ctx: DistributionContext) => Finding[];
  /** Once per object in the Origins list, including those whose Id is not a plain string. */
  origin?: (origin: Node, ctx: DistributionContext) => Finding[];
  /** Once per invalidation batch (the object with Paths and CallerReference). */
  invalidation?: (batch: Node, ctx: RuleContext) => Finding[];
  /** Once per policy: for checks that compare statements or look at the policy as a whole. */
  policy?: (policy: PolicyView, ctx: PolicyContext) => Finding[];
  /** Once per statement that is an object; its findings are reused while the statement and its context are unchanged. */
  statement?: (ctx: StatementContext) => Finding[];
}
