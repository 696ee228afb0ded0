// Rule: iam/resource-type-mismatch. An action whose resource types none of the statement's Resource ARNs
// can name, such as `s3:ListBucket` (a bucket action) on `arn:aws:s3:::bucket/*` (objects). AWS's Service
// Authorization Reference gives each action the resource types it can be scoped to, each with an ARN
// template; when no Resource matches, the statement does not cover the action at all. An action with no
// resource types does not support resource-level permissions and is covered only by `"Resource": "*"`
// (the Reference: "you must specify all resources ("*")"); that case is information only, because AWS's own
// managed policies sometimes scope such actions to ARNs. parliament reports the first case as
// RESOURCE_MISMATCH and cfn-lint as I3510. Wildcards and policy variables in ARNs are matched as patterns,
// and every doubt (`*`, intrinsic functions, NotAction, NotResource, unknown actions) keeps the rule silent.

import { pairRegion, textRegion, type AnalysisCache } from '../../cache';
import { pick, type Localized } from '../../util/i18n';
import { arnMayMatchTemplate } from '../../iam/arnTemplate';
import { isWildcardOnly, type Catalog, type CatalogAction } from '../../iam/catalog';
import { isReadableList, resolveAction } from '../../iam/catalogRefs';
import type { Finding, Severity } from '../../types';
import type { Rule } from '../types';
import { dataName, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';

const RULE = 'iam/resource-type-mismatch';

const TEXT: Localized<{
  mismatch: (action: string, types: string, data: string) => string;
  wildcardOnly: (action: string, data: string) => string;
  pattern: (value: string, count: number, data: string) => string;
  or: string;
}> = {
  en: {
    mismatch: (action, types, data) => `In ${data}, "${action}" applies to ${types}. None of this statement's ` +
      'resources can be one, so the statement does not cover this action.',
    wildcardOnly: (action, data) => `In ${data}, "${action}" does not support resource-level permissions: it is ` +
      'covered only by "Resource": "*", so this statement, which names specific resources, does not cover it.',
    pattern: (value, count, data) => `In ${data}, none of the ${count} actions that "${value}" matches can apply to ` +
      "this statement's resources, so this entry covers nothing here.",
    or: ' or ',
  },
  ja: {
    mismatch: (action, types, data) => `${data}では、"${action}" の対象は ${types} です。このステートメントのリソースには` +
      'これに当たるものがないため、ステートメントはこのアクションに効きません。',
    wildcardOnly: (action, data) => `${data}では、"${action}" はリソースレベルのアクセス許可に対応していません。` +
      '"Resource": "*" でしか対象にならないため、特定のリソースを指定したこのステートメントはこのアクションに効きません。',
    pattern: (value, count, data) => `${data}では、"${value}" に一致する ${count} 個のアクションのどれも、このステートメントの` +
      'リソースに当てはまりません。この項目はここでは何も対象にしません。',
    or: '、',
  },
};

/**
 * The ARN templates of every resource type that the matched actions can be scoped to, and whether one of them
 * has a resource type missing from the data (which counts as a match). An action without resource types
 * needs `*`, which the caller has ruled out, so it adds nothing. Kept with a cache per Action entry: the
 * catalog gives the same actions for the same entry, and the answer depends on nothing else.
 */
interface ActionTemplates {
  always: boolean;
  templates: string[];
}

const TEMPLATES = textRegion<ActionTemplates>('catalog/action-templates');
/** Whether an entry's actions apply to a statement's resources, by the entry and the resources' JSON text. */
const APPLIES = pairRegion<boolean>('catalog/action-resources');

function templatesOf(catalog: Catalog, actions: readonly CatalogAction[]): ActionTemplates {
  const templates = new Set<string>();
  let always = false;
  for (const action of actions) {
    if (isWildcardOnly(action)) continue;
    for (const rt of action.resourceTypes) {
      const template = catalog.resourceType(action.service, rt.name)?.arn;
      if (template === undefined) always = true;
      else templates.add(template);
    }
  }
  return { always, templates: [...templates] };
}

/**
 * Whether some Resource can name a resource that some of the actions of the entry `entry` apply to: that is,
 * whether one action has a resource type missing from the data or a template that one of the resources may match.
 */
function applies(catalog: Catalog, entry: string, actions: readonly CatalogAction[], resources: string[], resourcesKey: string, cache: AnalysisCache | undefined): boolean {
  if (!cache) return appliesUncached(templatesOf(catalog, actions), resources, undefined);
  const byEntry = cache.regionFor(TEMPLATES, catalog);
  let templates = byEntry.get(entry);
  if (!templates) {
    templates = templatesOf(catalog, actions);
    byEntry.set(entry, templates);
  }
  if (templates.always) return true;
  const answers = cache.regionFor(APPLIES, catalog);
  let answer = answers.get(entry, resourcesKey);
  if (answer === undefined) {
    answer = appliesUncached(templates, resources, cache);
    answers.set(entry, resourcesKey, answer);
  }
  return answer;
}

function appliesUncached(entry: ActionTemplates, resources: string[], cache: AnalysisCache | undefined): boolean {
  return entry.always || entry.templates.some((template) => resources.some((r) => arnMayMatchTemplate(r, template, cache)));
}

/** "object (arn:${Partition}:s3:::${BucketName}/${ObjectName})", for at most three types. */
function describeTypes(catalog: Catalog, action: CatalogAction, or: string): string {
  const shown = action.resourceTypes.slice(0, 3).map((rt) => {
    const arn = catalog.resourceType(action.service, rt.name)?.arn;
    return arn ? `${rt.name} (${arn})` : rt.name;
  });
  return shown.join(or) + (action.resourceTypes.length > 3 ? `${or}…` : '');
}

export const resourceTypeMismatch: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Action does not apply to any of the resources', ja: 'どのリソースにも当てはまらないアクション' },
    severity: 'warning',
    description: {
      en: 'An Action entry cannot apply to any of the statement\'s Resource ARNs according to AWS\'s Service ' +
        'Authorization Reference, so the statement does not cover it: for example "s3:ListBucket" (a bucket ' +
        'action) with "arn:aws:s3:::bucket/*" (objects), "s3:GetObject" with the bucket ARN alone, or an action ' +
        'without resource-level permissions (such as "ec2:DescribeInstances") with anything but "*". The message ' +
        'gives the ARN template the action expects. Wildcards and policy variables in ARNs are matched as patterns; ' +
        'statements with "*", NotAction, NotResource or intrinsic functions are not checked. The check stays ' +
        'silent until the bundled service reference data is loaded.',
      ja: 'AWS のサービス認可リファレンスによると、Action の項目がステートメントのどの Resource ARN にも当てはまらないため、' +
        'ステートメントがそのアクションに効きません。例: "s3:ListBucket"（バケットのアクション）と "arn:aws:s3:::bucket/*"' +
        '（オブジェクト）、"s3:GetObject" とバケット ARN のみ、リソースレベルのアクセス許可に対応しないアクション' +
        '（"ec2:DescribeInstances" など）と "*" 以外のリソース。メッセージにはアクションが想定する ARN テンプレートを示します。' +
        'ARN のワイルドカードとポリシー変数はパターンとして照合し、"*"・NotAction・NotResource・組み込み関数を含む' +
        'ステートメントは検査しません。同梱のサービス参照データの読み込みが終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      SERVICE_AUTHORIZATION_REFERENCE,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
      'https://github.com/aws-cloudformation/cfn-lint/issues/1940',
      'https://github.com/duo-labs/parliament/issues/10',
      IAM_DATA,
    ],
    fix: {
      en: 'Add a Resource of the type the action expects (the message shows its ARN template), or move the action to a statement with such resources.',
      ja: 'アクションが想定する種類の Resource を追加する（メッセージに ARN テンプレートを示します）か、そのようなリソースを持つステートメントへアクションを移してください。',
    },
  },
  statement(ctx) {
    const { options, statement } = ctx;
    const catalog = options.catalog;
    if (!catalog) return [];
    const t = pick(TEXT, options.locale);
    const data = dataName(catalog, options.locale);
    const findings: Finding[] = [];
    const resourceList = statement.resource;
    if (!statement.action || statement.notAction || statement.notResource || !resourceList) return findings;
    if (!isReadableList(resourceList) || resourceList.strings.length === 0) return findings;
    const resources = resourceList.strings.map((s) => s.value);
    if (resources.includes('*')) return findings;
    const resourcesKey = JSON.stringify(resources);
    for (const item of statement.action.strings) {
      const resolved = resolveAction(catalog, item.value, options.cache);
      if (resolved.kind !== 'actions') continue;
      if (applies(catalog, item.value, resolved.actions, resources, resourcesKey, options.cache)) continue;
      let message: string;
      let severity: Severity = 'warning';
      if (resolved.pattern) {
        message = t.pattern(item.value, resolved.actions.length, data);
      } else if (isWildcardOnly(resolved.actions[0])) {
        message = t.wildcardOnly(item.value, data);
        // Weaker evidence: AWS's own managed policies scope some of these actions to ARNs anyway
        // (AWSLambda_FullAccess lists logs:StopLiveTail under a log-group ARN), so this is information.
        severity = 'info';
      } else {
        message = t.mismatch(item.value, describeTypes(catalog, resolved.actions[0], t.or), data);
      }
      findings.push({ rule: RULE, severity, message, span: ctx.span(item.node) });
    }
    return findings;
  },
};
