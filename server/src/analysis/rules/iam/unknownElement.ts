// Rule: iam/unknown-element. A member that is not part of the policy grammar: at the top level only Version,
// Id and Statement exist, and a statement has only Sid, Effect, Principal, NotPrincipal, Action, NotAction,
// Resource, NotResource and Condition. Names are case-sensitive. IAM refuses any other member with "Syntax
// errors in policy." (moto's policy validator and its "Extra field" cases, captured from AWS); Access Analyzer reports
// INVALID_POLICY_ELEMENT. A member that differs from a real one only in case gets a quick fix.

import { pick, type Localized } from '../../util/i18n';
import { STATEMENT_ELEMENTS, TOP_LEVEL_ELEMENTS } from '../../iam/grammar';
import type { PolicyApi } from '../../document/classify';
import type { Member } from '../../iam/policyView';
import type { SourceEdits } from '../../source/frontEnd';
import type { Node } from '../../source/tree';
import type { Finding, Fix, Span } from '../../types';
import type { Rule } from '../types';
import { AWS_MESSAGES, finding, quote, rejectionSeverity } from './support';

const RULE = 'iam/unknown-element';

const TEXT: Localized<{
  top: (name: string, rejected: boolean) => string;
  statement: (name: string, rejected: boolean) => string;
  caseOf: (right: string) => string;
  rename: (right: string) => string;
  remove: string;
}> = {
  en: {
    top: (n, r) => `${quote(n)} is not a policy element; a policy has only Version, Id and Statement (Access Analyzer INVALID_POLICY_ELEMENT).${r ? ` IAM refuses it: "${AWS_MESSAGES.syntax}"` : ''}`,
    statement: (n, r) => `${quote(n)} is not a statement element; a statement has only Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource and Condition (Access Analyzer INVALID_POLICY_ELEMENT).${r ? ` IAM refuses it: "${AWS_MESSAGES.syntax}"` : ''}`,
    caseOf: (right) => ` Element names are case-sensitive: write "${right}".`,
    rename: (right) => `Rename to "${right}"`,
    remove: 'Remove this member',
  },
  ja: {
    top: (n, r) => `${quote(n)} はポリシーの要素ではありません。ポリシーに書けるのは Version・Id・Statement だけです（Access Analyzer INVALID_POLICY_ELEMENT）。${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    statement: (n, r) => `${quote(n)} はステートメントの要素ではありません。書けるのは Sid・Effect・Principal・NotPrincipal・Action・NotAction・Resource・NotResource・Condition だけです（Access Analyzer INVALID_POLICY_ELEMENT）。${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    caseOf: (right) => `要素名は大文字と小文字を区別します。"${right}" と書いてください。`,
    rename: (right) => `"${right}" に名前を変更`,
    remove: 'このメンバーを削除',
  },
};

/** What checking members needs of where they are: how nodes map to the document, the writer, the receiving API. */
interface Place {
  span: (node: Node) => Span;
  edits: SourceEdits;
  api: PolicyApi;
}

function checkMembers(place: Place, members: Member[], known: readonly string[], level: 'top' | 'statement', locale: 'en' | 'ja'): Finding[] {
  const text = pick(TEXT, locale);
  const severity = rejectionSeverity(place.api, 'iam');
  const findings: Finding[] = [];
  for (const member of members) {
    if (known.includes(member.name)) continue;
    const right = known.find((k) => k.toLowerCase() === member.name.toLowerCase());
    const base = level === 'top' ? text.top(member.name, severity === 'error') : text.statement(member.name, severity === 'error');
    const removal = right ? undefined : place.edits.removeNode(member.key);
    const fixes: Fix[] = right
      ? [{ title: text.rename(right), edits: [place.edits.renameKey(member.key, right)], isPreferred: true }]
      : removal ? [{ title: text.remove, edits: [removal], isPreferred: false }] : [];
    findings.push(finding(RULE, severity, right ? base + text.caseOf(right) : base, place.span(member.key), { fixes }));
  }
  return findings;
}

export const unknownElement: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Unknown policy element', ja: '未知のポリシー要素' },
    severity: 'error',
    description: {
      en: 'A member that the policy grammar does not define, such as "Comment", a lower-case "effect", or a typo. ' +
        'IAM refuses the whole policy with "Syntax errors in policy."; element names are case-sensitive.',
      ja: 'ポリシー文法にないメンバーです（"Comment"、小文字の "effect"、綴り誤りなど）。IAM はポリシー全体を ' +
        '"Syntax errors in policy." で拒否します。要素名は大文字と小文字を区別します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://github.com/getmoto/moto/blob/master/tests/test_iam/test_iam_policies.py',
    ],
    accessAnalyzerCode: 'INVALID_POLICY_ELEMENT',
    example: {
      bad: '{"Version":"2012-10-17","Comment":"read only","Statement":[{"effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    },
    fix: {
      en: 'Spell the element exactly as the grammar does, or remove it; keep comments in a Sid or outside the policy.',
      ja: '要素名を文法どおりに綴るか、削除してください。コメントは Sid かポリシーの外に書いてください。',
    },
  },
  policy(view, ctx) {
    const place = { span: view.span, edits: view.target.edits, api: view.target.api };
    return checkMembers(place, view.members, TOP_LEVEL_ELEMENTS, 'top', ctx.options.locale);
  },
  statement(ctx) {
    const place = { span: ctx.span, edits: ctx.edits, api: ctx.policy.api };
    return checkMembers(place, ctx.statement.members, STATEMENT_ELEMENTS, 'statement', ctx.options.locale);
  },
};
