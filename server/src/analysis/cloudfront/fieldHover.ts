// Feature: hovers on every field of a distribution config and an invalidation batch. The text comes from
// the schema (what the field does, its values, limits and default), in the user's language. Some values
// say more: a TTL in human units with what the three TTLs mean together, a managed policy ID with the
// policy's name and settings, and an invalidation's Paths with what the batch costs.

import { formatDuration } from '../util/duration';
import { pick, type Locale, type Localized } from '../util/i18n';
import { asNumber, isIntrinsic, items, nodeAtOffset, prop, spanOf, type Node } from '../source/access';
import { code } from '../util/markdown';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import type { HoverInfo } from './hover';
import { MANAGED_CACHE_POLICIES, MANAGED_ORIGIN_REQUEST_POLICIES, MANAGED_RESPONSE_HEADERS_POLICIES } from './managedPolicies';
import type { SchemaMember, SchemaNode } from './schema';
import { locateNode, schemaAtPath, schemaTargets, type NodeLocation, type PathSegment } from './schemaTargets';
import { ttlSummary } from './simulate';
import { spanContains } from '../types';

type L = Localized<string>;

const KIND_LABEL: Localized<Record<string, string>> = {
  en: { string: 'string', integer: 'integer', long: 'integer', boolean: 'boolean', object: 'object', list: 'list', wrapper: 'list as {"Quantity", "Items"}' },
  ja: { string: '文字列', integer: '整数', long: '整数', boolean: '真偽値', object: 'オブジェクト', list: 'リスト', wrapper: '{"Quantity", "Items"} 形式のリスト' },
};

const TEXT: Localized<{
  required: string;
  optional: string;
  deprecated: string;
  allowed: string;
  defaultValue: (value: string) => string;
  range: (min: number | undefined, max: number | undefined, unit: string, adjustable: boolean) => string;
  seconds: string;
  characters: string;
  entries: string;
  otherShape: (shape: string, name: string) => string;
  api: string;
  cfn: string;
  item: string;
  value: (name: string, value: string) => string;
  managedCache: (name: string) => string;
  managedOriginRequest: (name: string) => string;
  managedResponseHeaders: (name: string) => string;
  ttls: string;
  cacheKey: string;
  compression: Record<string, string>;
  sends: string;
  adds: string;
  notManaged: (kind: string) => string;
  policyKinds: Record<string, string>;
  ttlValue: (name: string, value: string) => string;
  ttlTogether: string;
  paths: (count: number, wildcards: number) => string;
  cost: string;
  batchCost: (count: number, usd: string) => string;
}> = {
  en: {
    required: 'required',
    optional: 'optional',
    deprecated: 'deprecated',
    allowed: 'Allowed values:',
    defaultValue: (value) => `Default: ${value}`,
    range: (min, max, unit, adjustable) => {
      const span = min !== undefined && max !== undefined ? `${min}–${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
      return `Limits: ${span}${unit ? ` ${unit}` : ''}${adjustable ? ' (default quota; AWS can raise it on request)' : ''}`;
    },
    seconds: 'seconds',
    characters: 'characters',
    entries: 'entries',
    otherShape: (shape, name) => `In ${shape} this is called \`${name}\`.`,
    api: 'the CloudFront API form',
    cfn: 'CloudFormation',
    item: 'item',
    value: (name, value) => `**${name}** = ${value}`,
    managedCache: (name) => `**AWS managed cache policy ${name}**`,
    managedOriginRequest: (name) => `**AWS managed origin request policy ${name}**`,
    managedResponseHeaders: (name) => `**AWS managed response headers policy ${name}**`,
    ttls: 'TTLs:',
    cacheKey: 'Cache key (also sent to the origin):',
    compression: { 'gzip-brotli': 'Compressed copies: gzip and Brotli.', gzip: 'Compressed copies: gzip only.', none: 'Compressed copies: none.' },
    sends: 'Sends to the origin:',
    adds: 'Adds to responses:',
    notManaged: (kind) => `Not an AWS managed ${kind}: a policy created in your account (or a mistyped ID). Its settings are not known here.`,
    policyKinds: { CachePolicyId: 'cache policy', OriginRequestPolicyId: 'origin request policy', ResponseHeadersPolicyId: 'response headers policy' },
    ttlValue: (name, value) => `**${name}** = ${value}`,
    ttlTogether: 'With the other TTLs of this behavior (defaults where left out):',
    paths: (count, wildcards) => `This batch: ${count} path${count === 1 ? '' : 's'}${wildcards ? `, ${wildcards} of them with a wildcard` : ''}.`,
    cost: 'Invalidation cost: the first 1,000 paths per month are free for the whole AWS account; each further path costs USD 0.005. A path ending in `*` counts as one path however many files it matches.',
    batchCost: (count, usd) => `Once the month's free paths are used up, this batch costs USD ${usd} (${count} × USD 0.005).`,
  },
  ja: {
    required: '必須',
    optional: '省略可能',
    deprecated: '非推奨',
    allowed: '指定できる値:',
    defaultValue: (value) => `既定値: ${value}`,
    range: (min, max, unit, adjustable) => {
      const span = min !== undefined && max !== undefined ? `${min}〜${max}` : min !== undefined ? `${min} 以上` : `${max} 以下`;
      return `範囲: ${span}${unit ? ` ${unit}` : ''}${adjustable ? '（既定のクォータ。AWS に申請すると引き上げられます）' : ''}`;
    },
    seconds: '秒',
    characters: '文字',
    entries: '要素',
    otherShape: (shape, name) => `${shape}では \`${name}\` という名前です。`,
    api: 'CloudFront API 形式',
    cfn: 'CloudFormation ',
    item: '要素',
    value: (name, value) => `**${name}** = ${value}`,
    managedCache: (name) => `**AWS マネージドキャッシュポリシー ${name}**`,
    managedOriginRequest: (name) => `**AWS マネージドオリジンリクエストポリシー ${name}**`,
    managedResponseHeaders: (name) => `**AWS マネージドレスポンスヘッダーポリシー ${name}**`,
    ttls: 'TTL:',
    cacheKey: 'キャッシュキー（オリジンにも送られます）:',
    compression: { 'gzip-brotli': '圧縮版: gzip と Brotli。', gzip: '圧縮版: gzip のみ。', none: '圧縮版: なし。' },
    sends: 'オリジンへ送るもの:',
    adds: 'レスポンスに追加するもの:',
    notManaged: (kind) => `AWS マネージドの${kind}ではありません。アカウントで作成したポリシー（または ID の誤り）で、設定内容はここでは分かりません。`,
    policyKinds: { CachePolicyId: 'キャッシュポリシー', OriginRequestPolicyId: 'オリジンリクエストポリシー', ResponseHeadersPolicyId: 'レスポンスヘッダーポリシー' },
    ttlValue: (name, value) => `**${name}** = ${value}`,
    ttlTogether: 'このビヘイビアのほかの TTL と合わせると（省略分は既定値）:',
    paths: (count, wildcards) => `このバッチ: ${count} 件のパス${wildcards ? `（うちワイルドカード付き ${wildcards} 件）` : ''}。`,
    cost: '無効化の料金: AWS アカウント全体で毎月最初の 1,000 パスまでは無料で、それを超えると 1 パスあたり USD 0.005 です。`*` で終わるパスは、一致するファイルの数にかかわらず 1 パスと数えます。',
    batchCost: (count, usd) => `その月の無料枠を使い切った後なら、このバッチの料金は USD ${usd}（${count} × USD 0.005）です。`,
  },
};

function kindLabel(schema: SchemaNode, locale: Locale): string {
  const labels = pick(KIND_LABEL, locale);
  return schema.wrapper ? labels.wrapper : labels[schema.kind];
}

function renderDefault(value: SchemaNode['defaultValue']): string | undefined {
  if (value === undefined) return undefined;
  return code(JSON.stringify(value));
}

/** The schema facts of a field, as Markdown lines: description, values, default, limits, other name. */
export function describeField(name: string, schema: SchemaNode, member: SchemaMember | undefined, doc: L | undefined, locale: Locale, cfn: boolean): string[] {
  const t = pick(TEXT, locale);
  const flags = [kindLabel(schema, locale)];
  if (member) flags.push(member.required ? t.required : t.optional);
  if (member?.deprecated) flags.push(t.deprecated);
  const lines = [`**${name}** — ${flags.join(locale === 'ja' ? '、' : ', ')}`];
  if (doc && doc.en) lines.push('', pick(doc, locale));
  const values = schema.enumValues ?? schema.item?.enumValues;
  const valueDocs = schema.enumValues ? schema.enumDocs : schema.item?.enumDocs;
  if (values) {
    lines.push('', t.allowed);
    for (const value of values) {
      const about = valueDocs?.get(String(value));
      lines.push(`- ${code(String(value))}${about ? ` — ${pick(about, locale)}` : ''}`);
    }
  }
  const facts: string[] = [];
  const shown = renderDefault(schema.defaultValue);
  if (shown) facts.push(t.defaultValue(shown + (schema.unit === 'seconds' && typeof schema.defaultValue === 'number' && schema.defaultValue > 0 ? ` (${formatDuration(schema.defaultValue, locale)})` : '')));
  if (schema.min !== undefined || schema.max !== undefined) {
    const unit = schema.unit === 'seconds' ? t.seconds : schema.kind === 'string' ? t.characters : schema.kind === 'list' ? t.entries : '';
    // A list's lower bound of 0 and a number's lower bound of 0 say nothing worth showing.
    if (!(schema.min === 0 && schema.max === undefined)) facts.push(t.range(schema.min, schema.max, unit, schema.maxAdjustable === true));
  }
  if (member?.otherShapeName) facts.push(t.otherShape(cfn ? t.api : t.cfn, member.otherShapeName));
  if (facts.length) lines.push('', facts.join('  \n'));
  return lines;
}

/** `AllowedMethods.Items[1]`, or `Aliases[0]` in a template: a readable name for a list element. */
function itemName(segments: readonly PathSegment[]): string {
  const index = segments[segments.length - 1];
  const owner = segments[segments.length - 2];
  const before = segments[segments.length - 3];
  const prefix = owner === 'Items' && typeof before === 'string' ? `${before}.Items` : String(owner ?? '');
  return `${prefix}[${String(index)}]`;
}

function ttlTrio(behavior: Node | undefined): { min: number; def: number; max: number } | undefined {
  if (!behavior) return undefined;
  const read = (key: string): number | undefined | null => {
    const node = prop(behavior, key);
    if (node === undefined) return undefined;
    return asNumber(node) ?? null;
  };
  const min = read('MinTTL');
  const def = read('DefaultTTL');
  const max = read('MaxTTL');
  // A TTL that is not a plain number (an intrinsic function, a string) leaves the trio unknown.
  if (min === null || def === null || max === null) return undefined;
  // AWS's defaults, including the rule that a large MinTTL raises the defaults of the others (DevGuide Expiration).
  const minV = min ?? 0;
  const maxV = max ?? Math.max(31536000, minV, def ?? 0);
  const defV = def ?? Math.min(Math.max(86400, minV), maxV);
  return { min: minV, def: defV, max: maxV };
}

function valueLines(loc: NodeLocation, value: Node, locale: Locale): string[] {
  const t = pick(TEXT, locale);
  const member = loc.position.member;
  const name = member?.name;
  const lines: string[] = [];
  if (name === 'CachePolicyId' || name === 'OriginRequestPolicyId' || name === 'ResponseHeadersPolicyId') {
    if (value.type !== 'string' || typeof value.value !== 'string') return lines;
    const id = value.value;
    const cache = name === 'CachePolicyId' ? MANAGED_CACHE_POLICIES[id] : undefined;
    const request = name === 'OriginRequestPolicyId' ? MANAGED_ORIGIN_REQUEST_POLICIES[id] : undefined;
    const headers = name === 'ResponseHeadersPolicyId' ? MANAGED_RESPONSE_HEADERS_POLICIES[id] : undefined;
    if (cache) {
      lines.push(t.managedCache(code(cache.name)), '', `${t.ttls} ${ttlSummary(cache.minTTL, cache.defaultTTL, cache.maxTTL, locale)}`, '',
        `${t.cacheKey} ${pick(cache.cacheKeyText, locale)}`, '', t.compression[cache.compression]);
    } else if (request) {
      lines.push(t.managedOriginRequest(code(request.name)), '', `${t.sends} ${pick(request.forwards, locale)}`);
    } else if (headers) {
      lines.push(t.managedResponseHeaders(code(headers.name)), '', `${t.adds} ${pick(headers.adds, locale)}`);
    } else if (id !== '') {
      lines.push(`${code(id)}: ${t.notManaged(t.policyKinds[name])}`);
    }
    return lines;
  }
  if ((name === 'MinTTL' || name === 'DefaultTTL' || name === 'MaxTTL') && value.type === 'number') {
    lines.push(t.ttlValue(name, formatDuration(Number(value.value), locale)));
    const behavior = value.parent?.parent;
    const trio = ttlTrio(behavior?.type === 'object' ? behavior : undefined);
    if (trio) lines.push('', t.ttlTogether, ttlSummary(trio.min, trio.def, trio.max, locale));
    return lines;
  }
  const schema = loc.position.schema;
  if (schema?.unit === 'seconds' && value.type === 'number' && name) {
    lines.push(t.value(name, formatDuration(Number(value.value), locale)));
    return lines;
  }
  const docs = schema?.enumDocs;
  if (docs && (typeof value.value === 'string' || typeof value.value === 'number')) {
    const about = docs.get(String(value.value));
    const label = name ?? itemName(loc.segments);
    if (about) lines.push(`${t.value(label, code(String(value.value)))} — ${pick(about, locale)}`);
  }
  return lines;
}

function pathsLines(paths: Node | undefined, locale: Locale): string[] {
  const t = pick(TEXT, locale);
  const list = items(prop(paths, 'Items'));
  const count = list.length;
  const wildcards = list.filter((p) => typeof p.value === 'string' && p.value.endsWith('*')).length;
  return [t.cost, '', t.paths(count, wildcards), t.batchCost(count, (count * 0.005).toFixed(3))];
}

/** Called by hoverAt for an offset in a distribution config or invalidation batch; undefined elsewhere. */
export function fieldHoverAt(doc: ParsedDocument, offset: number, options: AnalysisOptions = DEFAULT_OPTIONS): HoverInfo | undefined {
  if (!doc.root) return undefined;
  const node = nodeAtOffset(doc.root, offset, true);
  if (!node || node.type === 'property') return undefined;
  // On an object or a list, only the opening bracket counts as the value: the inside belongs to its members.
  if ((node.type === 'object' || node.type === 'array') && offset !== node.offset) return undefined;
  if (isIntrinsic(node)) return undefined;
  const targets = schemaTargets(doc);
  const loc = locateNode(targets, node);
  if (!loc) return undefined;
  const locale = options.locale;
  const cfn = loc.target.shape === 'cloudformation';
  const { schema, member } = loc.position;
  if (!schema) return undefined;

  // What this particular value means (a TTL, a managed policy, an enum value), then what the field is.
  const specific: string[] = [];
  if (loc.target.kind === 'invalidation' && member?.name === 'Paths' && loc.segments.length === 1) {
    specific.push(...pathsLines(loc.valueNode, locale));
  } else if (!loc.onKey) {
    specific.push(...valueLines(loc, node, locale));
  }
  let general: string[];
  if (member) {
    general = describeField(member.name, schema, member, member.doc, locale, cfn);
  } else if (typeof loc.segments[loc.segments.length - 1] === 'number') {
    // A list element: its own description, or the list's.
    const owner = schemaAtPath(loc.target.schema, loc.segments.slice(0, -1));
    general = describeField(itemName(loc.segments), schema, undefined, schema.doc ?? owner.member?.doc, locale, cfn);
  } else {
    // The root object of a target: its members explain themselves.
    return undefined;
  }
  const lines = specific.length ? [...specific, '', '---', '', ...general] : general;
  const target = loc.onKey ? (loc.keyNode ?? node) : node;
  if (!spanContains(target, offset)) return undefined;
  // An object or a list is shown by its opening bracket, not highlighted from end to end.
  const span = target.type === 'object' || target.type === 'array' ? { offset: target.offset, length: 1 } : spanOf(target);
  return { span, markdown: lines.join('\n').replace(/\n{3,}/g, '\n\n') };
}
