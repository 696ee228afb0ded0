// Feature: the analysis façade: what the edge (the LSP server, the CLI and the settings) calls, and nothing more.
// Tests, tools and the benchmark reach the modules they exercise directly.

export * from './types';
export { parseDocument, type ParsedDocument } from './document/parse';
export { analyzeDocument, analyzeInSteps } from './features/analyzeDocument';
export { rules } from './rules';
export { hoverAt, type HoverInfo } from './features/hoverAt';
export { completeAt, type CompletionEntry } from './features/completion';
export { codeLenses, type Lens } from './cloudfront/lenses';
export { rewritesAt } from './features/rewrites';
export { HTTP_METHODS } from './cloudfront/simulate';
export { distributionList, simulatePath, type DistributionEntry } from './cloudfront/simulatePath';
export { pathSimulationReply, type PathSimulationReply } from './cloudfront/simulatePathWire';
export type { Catalog } from './iam/catalog';
export { AnalysisCache } from './cache';
export { DEFAULT_OPTIONS, DEFAULT_QUOTAS, type AnalysisOptions, type Quotas, type RuleSetting } from './options';
export { pick, toLocale, type Locale, type Localized } from './util/i18n';
export { simulateIamRequest, iamSimulationReply, policyList, type IamSimulationReply, type PolicyEntry } from './iam/simulate';
export { iamCodeLenses, type IamLens } from './iam/lenses';
