// Feature: analysis options. Everything a user may configure that changes analysis results: the
// language of messages, the semantics AWS leaves open, and quotas. Settings are sanitised into this shape
// at the edge (LSP or CLI); analysis code only reads it.

import type { AnalysisCache } from './cache';
import { DEFAULT_SEMANTICS, type PathSemantics } from './cloudfront/paths/semantics';
import type { Locale } from './util/i18n';
import type { Catalog } from './iam/catalog';
import type { Severity } from './types';

/**
 * Service quotas that rules compare against. AWS raises quotas over time and accounts can have them
 * raised, so each is a setting; the defaults are today's documented values (DevGuide cloudfront-limits).
 */
export interface Quotas {
  cacheBehaviorsPerDistribution: number;
  originsPerDistribution: number;
  originGroupsPerDistribution: number;
  alternateDomainNamesPerDistribution: number;
  headersPerCacheBehavior: number;
  cookiesPerCacheBehavior: number;
  queryStringsPerCacheBehavior: number;
  customHeadersPerOrigin: number;
  /**
   * IAM and resource-policy sizes (IAMUG reference_iam-quotas; the S3 User Guide's using-iam-policies for bucket
   * policies; the SQS Developer Guide's quotas-policies). IAM counts characters without white space; S3 and SQS
   * count bytes of the text as sent.
   */
  iamManagedPolicySize: number;
  iamRoleInlinePolicySize: number;
  iamUserInlinePolicySize: number;
  iamGroupInlinePolicySize: number;
  iamTrustPolicySize: number;
  s3BucketPolicySize: number;
  sqsQueuePolicySize: number;
}

export const DEFAULT_QUOTAS: Readonly<Quotas> = Object.freeze({
  cacheBehaviorsPerDistribution: 75,
  originsPerDistribution: 100,
  originGroupsPerDistribution: 10,
  alternateDomainNamesPerDistribution: 100,
  headersPerCacheBehavior: 10,
  cookiesPerCacheBehavior: 10,
  queryStringsPerCacheBehavior: 10,
  customHeadersPerOrigin: 10,
  iamManagedPolicySize: 6144,
  iamRoleInlinePolicySize: 10240,
  iamUserInlinePolicySize: 2048,
  iamGroupInlinePolicySize: 5120,
  iamTrustPolicySize: 2048,
  s3BucketPolicySize: 20480,
  sqsQueuePolicySize: 8192,
});

/** What a user may set per rule: turn it off, keep its own severities, or force one severity. */
export type RuleSetting = 'off' | 'default' | Severity;

export interface AnalysisOptions {
  locale: Locale;
  semantics: PathSemantics;
  quotas: Quotas;
  /** Per-rule settings by rule id; rules not listed run with their own severities. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /**
   * The IAM action catalog, once the edge has loaded it. Until then the rules, hovers and completions that
   * need it say nothing, so a policy is never called wrong for want of data.
   */
  catalog?: Catalog;
  /**
   * Where analysis remembers answers across calls and versions (cache.ts); the caller owns it: the language
   * server one for its lifetime, the CLI one per run. It changes no result, only how much work is repeated.
   * Without one, `analyzeDocument` uses a fresh cache for the call, and the other entry points remember nothing.
   */
  cache?: AnalysisCache;
}

export const DEFAULT_OPTIONS: Readonly<AnalysisOptions> = Object.freeze({
  locale: 'en',
  semantics: DEFAULT_SEMANTICS,
  quotas: DEFAULT_QUOTAS,
});
