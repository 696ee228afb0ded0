// Rule: iam/grants-nothing. IAM matches a statement only when the request's action and resource are both in it;
// a NotResource that lists "*" leaves no resource, and a NotAction that lists "*" leaves no action, so the statement
// never applies: an Allow grants nothing and a Deny denies nothing (IAMUG reference_policies_elements_notresource,
// reference_policies_elements_notaction). With the catalog, so does an Action list none of whose entries names an
// existing action (each entry also gets its own iam/unknown-action finding). It is reported once, and the rules
// about what a statement grants stay silent on it, so the statement tells one story (the "can pass any role"
// warnings on {"Action": "*", "NotResource": "*"} were the contradiction).

import { pick, type Localized } from '../../util/i18n';
import type { Rule } from '../types';
import { dataName } from './catalogText';
import { grantsNothingOf } from './grantsNothingOf';
import { finding, statementName } from './support';

const RULE = 'iam/grants-nothing';

const TEXT: Localized<{ star: (statement: string, element: string, deny: boolean) => string; action: (statement: string, deny: boolean, data: string) => string }> = {
  en: {
    star: (s, element, deny) => `${s} ${deny ? 'denies' : 'grants'} nothing: ${element} "*" excludes every ${element === 'NotResource' ? 'resource' : 'action'}, so no request matches it. ` +
      `Name the ${element === 'NotResource' ? 'resources' : 'actions'} to exclude, or remove the statement.`,
    action: (s, deny, data) => `${s} ${deny ? 'denies' : 'grants'} nothing: none of its actions exists in ${data}, so no request matches it. Correct the action names, or remove the statement.`,
  },
  ja: {
    star: (s, element, deny) => `${s} は何も${deny ? '拒否' : '許可'}しません。${element} の "*" がすべての${element === 'NotResource' ? 'リソース' : 'アクション'}を除外するため、どのリクエストにも一致しません。` +
      `除外する${element === 'NotResource' ? 'リソース' : 'アクション'}を指定するか、ステートメントを削除してください。`,
    action: (s, deny, data) => `${s} は何も${deny ? '拒否' : '許可'}しません。どのアクションも${data}に存在しないため、どのリクエストにも一致しません。アクション名を直すか、ステートメントを削除してください。`,
  },
};

export const grantsNothing: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Statement that matches nothing', ja: '何にも一致しないステートメント' },
    severity: 'warning',
    description: {
      en: 'A statement whose NotResource or NotAction lists "*", or whose Action entries name no existing action, matches no ' +
        'request: an Allow grants nothing and a Deny denies nothing. It is reported once; warnings about what the statement ' +
        'would grant are not given.',
      ja: 'NotResource または NotAction に "*" を挙げた、または Action のどの項目も存在しないアクションを指すステートメントはどのリクエストにも一致せず、Allow なら何も許可せず、' +
        'Deny なら何も拒否しません。一度だけ報告し、そのステートメントが許可するものについての警告は出しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
    ],
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","NotResource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}',
    },
    fix: {
      en: 'List the resources or actions to exclude, or use Resource and Action to name what the statement is about.',
      ja: '除外するリソースやアクションを列挙するか、Resource と Action で対象を指定してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const catalog = ctx.options.catalog;
    const nothing = grantsNothingOf(s, catalog);
    if (!nothing || !s.effectValue) return [];
    const locale = ctx.options.locale;
    const t = pick(TEXT, locale);
    const name = statementName(s, locale);
    const deny = s.effectValue === 'Deny';
    const message = nothing.element === 'Action' && catalog ? t.action(name, deny, dataName(catalog, locale)) : t.star(name, nothing.element, deny);
    return [finding(RULE, 'warning', message, ctx.span(nothing.node))];
  },
};
