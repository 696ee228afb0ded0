// Feature: the analysis façade. The LSP edge and the CLI call only what is exported here.

export { parseDocument, type ParsedDocument } from './parse';
export { analyzeDocument, type AnalyzeOptions } from './analyzeDocument';
export { rules } from './rules';
export type { Rule, RuleMeta } from './rules/types';
export * from './types';
