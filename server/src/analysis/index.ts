// Feature: the analysis façade. The LSP edge and the CLI call only what is exported here.

export { parseDocument, type ParsedDocument } from './document/parse';
export { analyzeDocument, analyzeInSteps, type AnalyzeOptions } from './features/analyzeDocument';
export { rules } from './rules';
export type { Rule, RuleMeta } from './rules/types';
export * from './types';
export { hoverAt, type HoverInfo } from './features/hoverAt';
export { completeAt, type CompletionEntry, type CompletionKind } from './features/completion';
export { codeLenses, type Lens, type LensAction } from './cloudfront/lenses';
export { updateInputRewrites } from './cloudfront/updateInput';
export { rewritesAt } from './features/rewrites';
export { distributionsOf, reachabilityOf } from './cloudfront/reachability';
export { simulateDistribution, formatPathSimulation, HTTP_METHODS, type PathSimulationResult, type PathSimulateOptions, type BehaviorRef } from './cloudfront/simulate';
export {
  distributionList, simulatePath,
  type DistributionEntry, type PathSimulationAnswer, type PathSimulationErrorCode, type PathSimulationOptions, type PathSimulationRequest,
} from './cloudfront/simulatePath';
export { pathSimulationForWire, pathSimulationReply, type PathSimulationReply, type PathSimulationWire } from './cloudfront/simulatePathWire';
export type { DistributionView, BehaviorView } from './cloudfront/distribution';
export { policiesOf, readPolicy, type PolicyView, type StatementView, type Member, type StringItem, type ValueList, type PrincipalView, type PrincipalEntry, type ConditionView, type ConditionOperatorView, type ConditionKeyView, type ConditionValue } from './iam/policyView';
export { destinationOf, type PolicyDestination } from './iam/destination';
export {
  attachedKeysOf, catalogIndexOf, createCatalog, createIndexedCatalog, isWildcardOnly,
  type Catalog, type CatalogAction, type CatalogData, type CatalogIndex, type CatalogResourceType, type CatalogServiceData,
  type CatalogServiceDetails,
} from './iam/catalog';
export type { PolicyTarget, PolicyKind, PolicyApi, PolicyOrigin } from './document/classify';
export { DEFAULT_SEMANTICS, type PathSemantics } from './cloudfront/paths/semantics';
export { AnalysisCache, REGIONS, type RegionName, type RegionFigures } from './cache';
export { DEFAULT_OPTIONS, DEFAULT_QUOTAS, type AnalysisOptions, type Quotas, type RuleSetting } from './options';
export { pick, toLocale, LOCALES, type Locale, type Localized } from './util/i18n';
export {
  simulateIamRequest, simulatePolicy, formatIamSimulation, iamSimulationForWire, iamSimulationReply, policyList,
  type IamRequest, type IamSimulationRequest, type IamSimulationOptions, type IamSimulationResult, type IamSimulationWire,
  type IamSimulationReply, type IamSimulationAnswer, type IamSimulationErrorCode, type IamDecision, type ContextValue, type PolicyEntry,
} from './iam/simulate';
export { iamCodeLenses, type IamLens } from './iam/lenses';
