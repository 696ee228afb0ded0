// Rule: iam/unsupported-tag-key. An Allow statement conditioned on a global tag key (aws:ResourceTag/…,
// aws:RequestTag/…, aws:TagKeys) with actions that do not support that key. Requests for those actions never carry
// the key, so the condition never matches them and the statement does not allow them. Access Analyzer reports it as
// ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE (a suggestion), naming the services of those actions. Which
// action supports which key comes from the Service Authorization Reference (the catalog): an action supports a tag
// key when it or one of its resource types lists it. An entry is reported only when none of the actions it matches
// supports the key; `*`, unknown entries and intrinsic functions are not judged, and the rule is silent without the
// catalog.

import { pick, type Localized } from '../../util/i18n';
import { resolveAction } from '../../iam/catalogRefs';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { ACCESS_ANALYZER_CHECKS, IAM_DATA, SERVICE_AUTHORIZATION_REFERENCE } from './catalogText';

const RULE = 'iam/unsupported-tag-key';

/** Negated operators match a request without the key, so they do allow the actions. */
const NEGATED = /Not/;

const TAG_KEY = /^aws:ResourceTag\/.+$/i;

const TEXT: Localized<{ message: (key: string, count: number, actions: string, services: string) => string }> = {
  en: {
    message: (key, count, actions, services) => `${count === 1 ? '1 action does' : `${count} actions do`} not support "${key}", so this Allow does not grant ${count === 1 ? 'it' : 'them'}. ` +
      `Requests for ${actions} (services: ${services}) never carry the key; move them to a statement without it ` +
      '(Access Analyzer ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE).',
  },
  ja: {
    message: (key, count, actions, services) => `${count} 個のアクションは "${key}" に対応していないため、この Allow では許可されません。` +
      `${actions}（サービス: ${services}）のリクエストにこのキーは含まれません。キーのないステートメントへ移してください` +
      '（Access Analyzer ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE）。',
  },
};

export const unsupportedTagKey: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Allow conditioned on a tag key its actions do not support', ja: 'アクションが対応していないタグキーを条件にした Allow' },
    severity: 'info',
    description: {
      en: 'In an Allow statement conditioned on aws:ResourceTag/…, aws:RequestTag/… or aws:TagKeys, actions that do not ' +
        'support the key are never allowed by it, since their requests never carry the key. Access Analyzer reports ' +
        'it as a suggestion. Support comes from the bundled Service Authorization Reference data; the rule is silent ' +
        'until it is loaded.',
      ja: 'aws:ResourceTag/…・aws:RequestTag/…・aws:TagKeys を条件にした Allow ステートメントでは、そのキーに対応していないアクションの' +
        'リクエストにキーが含まれないため、そのアクションは許可されません。Access Analyzer は提案として報告します。対応状況は同梱の' +
        'サービス認可リファレンスのデータによるもので、読み込みが終わるまでは何も報告しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [ACCESS_ANALYZER_CHECKS, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_tags.html', SERVICE_AUTHORIZATION_REFERENCE, IAM_DATA],
    accessAnalyzerCode: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
    fix: {
      en: 'Move the actions that do not support the tag key to a statement without that condition.',
      ja: 'タグキーに対応していないアクションを、その条件のないステートメントへ移してください。',
    },
  },
  statement(ctx) {
    const catalog = ctx.options.catalog;
    const s = ctx.statement;
    if (!catalog || s.effectValue !== 'Allow' || !s.action || !s.condition) return [];
    const keys = s.condition.operators.filter((op) => op.operator.family && op.operator.family !== 'Null' && !NEGATED.test(op.operator.base)).flatMap((op) => op.keys).filter((k) => TAG_KEY.test(k.name));
    if (keys.length === 0) return [];
    const text = pick(TEXT, ctx.options.locale);
    const findings: Finding[] = [];
    for (const key of keys) {
      const unsupported: string[] = [];
      const services = new Set<string>();
      for (const item of s.action.strings) {
        const resolved = resolveAction(catalog, item.value, ctx.options.cache);
        if (resolved.kind !== 'actions') continue;
        // An action that creates or tags a resource reads the tags of the request, not of a resource; Access
        // Analyzer leaves such actions alone (observed on the AWS managed policies), and so does this rule.
        const requestTag = `aws:RequestTag/${key.name.slice('aws:ResourceTag/'.length)}`;
        if (resolved.actions.every((a) => catalog.actionSupportsKey(a, key.name) || catalog.actionSupportsKey(a, requestTag))) continue;
        unsupported.push(item.value);
        services.add(resolved.actions[0].service);
      }
      if (unsupported.length === 0) continue;
      const shown = unsupported.length > 3 ? `${unsupported.slice(0, 3).join(', ')} (+${unsupported.length - 3})` : unsupported.join(', ');
      findings.push({ rule: RULE, severity: 'info', message: text.message(key.name, unsupported.length, shown, [...services].join(', ')), span: ctx.span(key.key) });
    }
    return findings;
  },
};
