// Test helper for the semantic CloudFront rules: writes the same distribution in the API form and in a
// CloudFormation template, as text that may carry `⟦…⟧` markers, and checks a rule against the markers in
// both languages. Fixes are applied and the result re-checked, including the API form's Quantity counts.

import assert from 'node:assert/strict';
import { analyzeDocument, parseDocument, type Finding, type Locale } from '../../../../server/src/analysis';
import type { Rule } from '../../../../server/src/analysis/rules/types';
import { annotate, applyEdits, parseFixture } from '../../fixture';

export type Shape = 'api' | 'cfn';
export const SHAPES: Shape[] = ['api', 'cfn'];

export const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
export const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

export const S3_ORIGIN = '{"Id": "s3", "DomainName": "bucket.s3.us-east-1.amazonaws.com", "S3OriginConfig": {"OriginAccessIdentity": ""}}';
export const API_ORIGIN = '{"Id": "api", "DomainName": "api.example.com", "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}';

/** A list member in the shape: `[a, b]` (CloudFormation) or `{"Quantity": 2, "Items": [a, b]}` (API). */
export function list(shape: Shape, items: string[], open = '', close = ''): string {
  const array = `${open}[${items.join(', ')}]${close}`;
  return shape === 'cfn' ? array : `{"Quantity": ${items.length}, "Items": ${array}}`;
}

/** A cache behavior; `fields` are extra members as JSON text, written after the usual ones. */
export function behavior(pattern: string | undefined, fields = '', base: { target?: string; targetRaw?: string; cachePolicy?: boolean } = {}): string {
  const parts: string[] = [];
  if (pattern !== undefined) parts.push(`"PathPattern": ${pattern.startsWith('{') || pattern.startsWith('⟦') || pattern.startsWith('"') ? pattern : JSON.stringify(pattern)}`);
  parts.push(`"TargetOriginId": ${base.targetRaw ?? JSON.stringify(base.target ?? 's3')}`, '"ViewerProtocolPolicy": "redirect-to-https"');
  if (base.cachePolicy !== false) parts.push(`"CachePolicyId": "${CACHING_OPTIMIZED}"`);
  if (fields) parts.push(fields);
  return `{${parts.join(', ')}}`;
}

export interface DistParts {
  origins?: string[];
  defaultBehavior?: string;
  behaviors?: string[];
  /** More DistributionConfig members as JSON text (without a leading comma). */
  extra?: string;
}

/** A distribution: the get-distribution-config output, or a template with one distribution "Cdn". */
export function dist(shape: Shape, parts: DistParts = {}): string {
  const origins = list(shape, parts.origins ?? [S3_ORIGIN, API_ORIGIN]);
  const def = parts.defaultBehavior ?? behavior(undefined);
  const members = [`"Origins": ${origins}`, `"DefaultCacheBehavior": ${def}`];
  if (parts.behaviors) members.push(`"CacheBehaviors": ${list(shape, parts.behaviors)}`);
  if (parts.extra) members.push(parts.extra);
  if (shape === 'api') {
    return `{"ETag": "E1", "DistributionConfig": {"CallerReference": "r", ${members.join(', ')}, "Comment": "", "Enabled": true}}`;
  }
  return `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Cdn": {"Type": "AWS::CloudFront::Distribution", "Properties": {"DistributionConfig": {"Enabled": true, ${members.join(', ')}}}}}}`;
}

export interface Checked {
  text: string;
  findings: Finding[];
  annotated: string;
  severities: string[];
}

/** Runs one rule over a marked fixture in one language. */
export function run(rule: Rule, source: string, locale: Locale = 'en'): Checked {
  const { text } = parseFixture(source);
  const findings = analyzeDocument(parseDocument(text), { rules: [rule], locale });
  return { text, findings, annotated: annotate(text, findings.map((f) => f.span)), severities: findings.map((f) => f.severity) };
}

/**
 * Checks a rule against a marked fixture: the findings sit exactly on the markers, have the expected
 * severities in position order, and say the same thing in Japanese (same spans, a different text with
 * Japanese in it, fix titles in Japanese).
 */
export function expectFindings(rule: Rule, source: string, severities: string[], says: RegExp[] = []): Checked {
  const result = run(rule, source);
  assert.equal(result.annotated, source, 'the findings sit on the marked spans');
  assert.deepEqual(result.severities, severities);
  for (const re of says) assert.ok(result.findings.some((f) => re.test(f.message)), `${re} in: ${result.findings.map((f) => f.message).join(' | ')}`);
  const ja = run(rule, source, 'ja');
  assert.deepEqual(ja.findings.map((f) => f.span), result.findings.map((f) => f.span));
  ja.findings.forEach((f, i) => {
    assert.match(f.message, /[\u3040-\u30ff\u4e00-\u9fff]/, `Japanese message: ${f.message}`);
    assert.notEqual(f.message, result.findings[i].message);
    (f.fixes ?? []).forEach((fix, j) => assert.notEqual(fix.title, result.findings[i].fixes?.[j].title, 'fix titles are translated'));
  });
  return result;
}

/** Every `{Quantity, Items}` wrapper of a parsed JSON value has a matching count. */
export function assertQuantitiesMatch(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(assertQuantitiesMatch);
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.Quantity === 'number' && Array.isArray(record.Items)) assert.equal(record.Quantity, record.Items.length, `Quantity of ${JSON.stringify(record.Items)}`);
    Object.values(record).forEach(assertQuantitiesMatch);
  }
}

/**
 * Applies fix `fixIndex` of the finding at `findingIndex` and returns the new text after checking that it is
 * still valid JSON with matching Quantity counts.
 */
export function applyFix(rule: Rule, source: string, findingIndex = 0, fixIndex = 0): string {
  const { text, findings } = run(rule, source);
  const fix = findings[findingIndex]?.fixes?.[fixIndex];
  assert.ok(fix, `finding ${findingIndex} has fix ${fixIndex}`);
  const fixed = applyEdits(text, fix.edits);
  assertQuantitiesMatch(JSON.parse(fixed));
  return fixed;
}

export const SEVEN = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'];

/** An AllowedMethods member in the shape. */
export function allowed(shape: Shape, methods: string[] = SEVEN): string {
  return `"AllowedMethods": ${list(shape, methods.map((m) => JSON.stringify(m)))}`;
}

/** A legacy ForwardedValues member; `headers` and `cookies` are written for the shape. */
export function forwarded(shape: Shape, options: { cookies?: string; whitelist?: string[]; headers?: string[]; queryString?: boolean; open?: string } = {}): string {
  const cookies = options.whitelist
    ? `{"Forward": ${options.cookies ?? '"whitelist"'}, "WhitelistedNames": ${list(shape, options.whitelist.map((c) => JSON.stringify(c)))}}`
    : `{"Forward": ${options.cookies ?? '"none"'}}`;
  const headers = options.headers ? `, "Headers": ${list(shape, options.headers)}` : '';
  return `"ForwardedValues": {"QueryString": ${options.queryString ?? false}, "Cookies": ${cookies}${headers}}`;
}
