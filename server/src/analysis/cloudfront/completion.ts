// Feature: CloudFront completion, in distribution configs and invalidation batches. At a key position it offers the
// members the schema allows there and the object does not have yet; at a value position, the enum values,
// true and false, the AWS managed policies (labelled by name, inserting the ID) and the origin Ids a
// behavior can target. Everything comes back as plain data with a replace span; the LSP edge converts it.

import { getLocation, type JSONPath } from 'jsonc-parser';
import { readDistribution } from './distribution';
import { describeField } from './fieldHover';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES, MANAGED_RESPONSE_HEADERS_POLICIES } from './managedPolicies';
import type { SchemaMember, SchemaNode } from './schema';
import { schemaAtPath, schemaTargets, targetPaths, type PathSegment, type SchemaTarget } from './schemaTargets';
import { ttlSummary } from './simulate';
import { pick, type Locale, type Localized } from '../util/i18n';
import { entries, nodeAtPath, type Node } from '../source/access';
import { code } from '../util/markdown';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import type { CompletionEntry, Span } from '../types';

const TEXT: Localized<{
  required: string;
  optional: string;
  origin: string;
  originGroup: string;
  managedCache: string;
  managedOriginRequest: string;
  managedResponseHeaders: string;
}> = {
  en: {
    required: 'required',
    optional: 'optional',
    origin: 'origin',
    originGroup: 'origin group',
    managedCache: 'AWS managed cache policy',
    managedOriginRequest: 'AWS managed origin request policy',
    managedResponseHeaders: 'AWS managed response headers policy',
  },
  ja: {
    required: '必須',
    optional: '省略可能',
    origin: 'オリジン',
    originGroup: 'オリジングループ',
    managedCache: 'AWS マネージドキャッシュポリシー',
    managedOriginRequest: 'AWS マネージドオリジンリクエストポリシー',
    managedResponseHeaders: 'AWS マネージドレスポンスヘッダーポリシー',
  },
};

/** Escapes text for a snippet: `$`, `}` and `\` are syntax there, and `,` and `|` inside a choice. */
function snippetText(text: string, inChoice = false): string {
  return text.replace(inChoice ? /[$}\\,|]/g : /[$}\\]/g, '\\$&');
}

/** A placeholder value for a member inserted at a key position. */
function valueSnippet(schema: SchemaNode): string {
  const fallback = schema.defaultValue;
  switch (schema.kind) {
    case 'string':
      if (schema.enumValues?.length) return `"\${1|${schema.enumValues.map((v) => snippetText(String(v), true)).join(',')}|}"`;
      return typeof fallback === 'string' && fallback !== '' ? `"\${1:${snippetText(fallback)}}"` : '"$1"';
    case 'integer':
    case 'long':
      if (schema.enumValues?.length) return `\${1|${schema.enumValues.map((v) => snippetText(String(v), true)).join(',')}|}`;
      return `\${1:${typeof fallback === 'number' ? fallback : 0}}`;
    case 'boolean':
      return fallback === true ? '${1|true,false|}' : '${1|false,true|}';
    case 'object':
      return schema.wrapper ? '{ "Quantity": ${1:0}, "Items": [$2] }' : '{$1}';
    case 'list':
      return '[$1]';
  }
}

const WORD = /[A-Za-z0-9_.-]/;

/** The span of a bare word being typed at the cursor (`tr` of `true`), or an empty span. */
function wordAt(text: string, offset: number): Span {
  let start = offset;
  let end = offset;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  while (end < text.length && WORD.test(text[end])) end++;
  return { offset: start, length: end - start };
}

function sameStart(path: JSONPath, prefix: readonly PathSegment[]): boolean {
  if (path.length < prefix.length) return false;
  return prefix.every((segment, i) => path[i] === segment);
}

function kindDetail(schema: SchemaNode, member: SchemaMember | undefined, locale: Locale): string {
  const t = pick(TEXT, locale);
  const kind = schema.wrapper ? '{Quantity, Items}' : schema.kind === 'long' ? 'integer' : schema.kind;
  return member ? `${kind} · ${member.required ? t.required : t.optional}` : kind;
}

function propertyEntries(doc: ParsedDocument, offset: number, target: SchemaTarget, objectPath: JSONPath, relative: PathSegment[], keyNode: Node | undefined, locale: Locale): CompletionEntry[] {
  const schema = schemaAtPath(target.schema, relative).schema;
  if (schema?.kind !== 'object' || !schema.members) return [];
  const object = doc.root ? nodeAtPath(doc.root, objectPath) : undefined;
  // The key being typed is not "present": getLocation's node is its own copy, so compare by position.
  const present = new Set(entries(object).filter(([, key]) => key.offset !== keyNode?.offset).map(([name]) => name));
  const text = doc.text;
  const span: Span = keyNode ? { offset: keyNode.offset, length: keyNode.length } : wordAt(text, offset);
  const after = text.slice(span.offset + span.length);
  const hasColon = /^\s*:/.test(after);
  // A member typed before another member needs a comma to stay valid JSON.
  const comma = !hasColon && /^\s*"/.test(after) ? ',' : '';
  const quoted = text[span.offset] === '"';
  const cfn = target.shape === 'cloudformation';
  const result: CompletionEntry[] = [];
  let order = 0;
  for (const member of schema.members.values()) {
    order++;
    if (present.has(member.name)) continue;
    const rank = member.deprecated ? 2 : member.required ? 0 : 1;
    result.push({
      label: member.name,
      kind: 'property',
      insertText: hasColon ? JSON.stringify(member.name) : `${JSON.stringify(member.name)}: ${valueSnippet(member.node)}${comma}`,
      snippet: !hasColon,
      documentation: describeField(member.name, member.node, member, member.doc, locale, cfn).join('\n'),
      detail: kindDetail(member.node, member, locale),
      sortText: `${rank}${String(order).padStart(3, '0')}`,
      filterText: quoted ? JSON.stringify(member.name) : member.name,
      span,
    });
  }
  return result;
}

interface ValueChoice {
  label: string;
  value: string | number | boolean;
  detail?: string;
  documentation?: string;
}

function policyChoices(name: string, locale: Locale): ValueChoice[] {
  const t = pick(TEXT, locale);
  if (name === 'CachePolicyId') {
    return Object.entries(MANAGED_CACHE_POLICIES).map(([id, p]) => ({
      label: p.name, value: id, detail: `${t.managedCache} · ${id}`,
      documentation: `${ttlSummary(p.minTTL, p.defaultTTL, p.maxTTL, locale)}\n\n${pick(p.cacheKeyText, locale)}`,
    }));
  }
  if (name === 'OriginRequestPolicyId') {
    return Object.entries(MANAGED_ORIGIN_REQUEST_POLICIES).map(([id, p]) => ({
      label: p.name, value: id, detail: `${t.managedOriginRequest} · ${id}`, documentation: pick(p.forwards, locale),
    }));
  }
  if (name === 'ResponseHeadersPolicyId') {
    return Object.entries(MANAGED_RESPONSE_HEADERS_POLICIES).map(([id, p]) => ({
      label: p.name, value: id, detail: `${t.managedResponseHeaders} · ${id}`, documentation: pick(p.adds, locale),
    }));
  }
  return [];
}

function originChoices(target: SchemaTarget, name: string, locale: Locale): ValueChoice[] {
  if (!target.distribution || (name !== 'TargetOriginId' && name !== 'OriginId')) return [];
  const t = pick(TEXT, locale);
  const view = readDistribution(target.distribution);
  const choices: ValueChoice[] = view.origins.map((o) => ({
    label: o.id, value: o.id, detail: t.origin, documentation: o.domainName ? code(o.domainName) : undefined,
  }));
  // An origin group's members must be origins; only behaviors may target a group.
  if (name === 'TargetOriginId') {
    for (const id of view.originGroupIds) choices.push({ label: id, value: id, detail: t.originGroup });
  }
  const seen = new Set<string>();
  return choices.filter((c) => !seen.has(c.label) && seen.add(c.label));
}

function valueEntries(doc: ParsedDocument, offset: number, target: SchemaTarget, relative: PathSegment[], valueNode: Node | undefined, locale: Locale): CompletionEntry[] {
  const { schema, member } = schemaAtPath(target.schema, relative);
  if (!schema || schema.kind === 'object' || schema.kind === 'list') return [];
  const choices: ValueChoice[] = [];
  if (schema.enumValues) {
    for (const value of schema.enumValues) {
      const about = schema.enumDocs?.get(String(value));
      // The API form writes CustomErrorResponse.ResponseCode as a string of digits.
      choices.push({ label: String(value), value, documentation: about ? pick(about, locale) : undefined });
    }
  } else if (schema.kind === 'boolean') {
    choices.push({ label: 'true', value: true }, { label: 'false', value: false });
  }
  if (member) choices.push(...policyChoices(member.name, locale), ...originChoices(target, member.name, locale));
  if (!choices.length) return [];

  const text = doc.text;
  const onValue = valueNode && valueNode.type !== 'object' && valueNode.type !== 'array' && offset >= valueNode.offset && offset <= valueNode.offset + valueNode.length;
  const span: Span = onValue && valueNode ? { offset: valueNode.offset, length: valueNode.length } : wordAt(text, offset);
  // Typed right after a colon, a space keeps the usual `"Key": value` layout; an existing value keeps its place.
  const lead = !onValue && text[span.offset - 1] === ':' ? ' ' : '';
  const quoted = text[span.offset] === '"';
  return choices.map((choice, index) => {
    const literal = typeof choice.value === 'string' ? JSON.stringify(choice.value) : String(choice.value);
    return {
      label: choice.label,
      kind: 'value' as const,
      insertText: lead + literal,
      snippet: false,
      documentation: choice.documentation,
      detail: choice.detail,
      sortText: String(index).padStart(3, '0'),
      // An editor filters on the text typed so far, the opening quote included.
      filterText: quoted ? JSON.stringify(choice.label) : choice.label,
      span,
    };
  });
}

/** Called by the completion dispatcher (features/completion.ts) outside policies. Returns an empty list where nothing applies. */
export function completeCloudFrontAt(doc: ParsedDocument, offset: number, options: AnalysisOptions = DEFAULT_OPTIONS): CompletionEntry[] {
  if (!doc.root) return [];
  const location = getLocation(doc.text, offset);
  const path = location.path;
  for (const { target, path: rootPath } of targetPaths(schemaTargets(doc))) {
    if (!sameStart(path, rootPath) || path.length === rootPath.length) continue;
    const relative = path.slice(rootPath.length) as PathSegment[];
    const previous = location.previousNode;
    if (location.isAtPropertyKey) {
      const keyNode = previous && previous.type === 'property' ? previous : undefined;
      // getLocation reports the key being typed as the last segment; the object is the path before it.
      return propertyEntries(doc, offset, target, path.slice(0, -1), relative.slice(0, -1), keyNode, options.locale);
    }
    return valueEntries(doc, offset, target, relative, previous, options.locale);
  }
  return [];
}
