// Rule: iam/grants-nothing. IAM matches a statement only when the request's action and resource are both in it;
// a NotResource that lists "*" leaves no resource, and a NotAction that lists "*" leaves no action, so the statement
// never applies: an Allow grants nothing and a Deny denies nothing (IAMUG reference_policies_elements_notresource,
// reference_policies_elements_notaction). It is reported once, and the rules about what a statement grants stay
// silent on it, so the statement tells one story (the "can pass any role" warnings on {"Action": "*",
// "NotResource": "*"} were the contradiction).

import { pick, type Localized } from '../../i18n';
import type { Rule } from '../types';
import { grantsNothingOf } from './grantsNothingOf';
import { finding, statementName } from './support';

const RULE = 'iam/grants-nothing';

const TEXT: Localized<(statement: string, element: string, deny: boolean) => string> = {
  en: (s, element, deny) => `${s} ${deny ? 'denies' : 'grants'} nothing: ${element} "*" excludes every ${element === 'NotResource' ? 'resource' : 'action'}, so no request matches it. ` +
    `Name the ${element === 'NotResource' ? 'resources' : 'actions'} to exclude, or remove the statement.`,
  ja: (s, element, deny) => `${s} は何も${deny ? '拒否' : '許可'}しません。${element} の "*" がすべての${element === 'NotResource' ? 'リソース' : 'アクション'}を除外するため、どのリクエストにも一致しません。` +
    `除外する${element === 'NotResource' ? 'リソース' : 'アクション'}を指定するか、ステートメントを削除してください。`,
};

export const grantsNothing: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Statement that matches nothing', ja: '何にも一致しないステートメント' },
    severity: 'warning',
    description: {
      en: 'A statement whose NotResource or NotAction lists "*" matches no request: an Allow grants nothing and a Deny ' +
        'denies nothing. It is reported once; warnings about what the statement would grant are not given.',
      ja: 'NotResource または NotAction に "*" を挙げたステートメントはどのリクエストにも一致せず、Allow なら何も許可せず、' +
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
    const nothing = grantsNothingOf(s);
    if (!nothing || !s.effectValue) return [];
    const locale = ctx.options.locale;
    return [finding(RULE, 'warning', pick(TEXT, locale)(statementName(s, locale), nothing.element, s.effectValue === 'Deny'), ctx.span(nothing.item.node))];
  },
};
