// Rule: iam/unresolved-substitution. A CloudFormation substitution such as `${AWS::Region}` or `${MyBucket.Arn}`,
// or a serverless-pseudo-parameters `#{AWS::AccountId}`, left in a literal string of a policy. Only Fn::Sub
// resolves these; in a plain string IAM receives them as text and refuses the ARN with "The policy failed legacy
// parsing" (serverless/serverless#3967, serverless-operations/serverless-step-functions#269). In a CloudFormation
// template a pseudo parameter or a Serverless variable is an error; a `${Name}` reference, and anything outside a
// template, is a warning. Strings inside an Fn::Sub are intrinsic values and never reach this rule. The quick fix
// wraps the string in Fn::Sub and escapes IAM policy variables as `${!aws:username}` so that Fn::Sub leaves them
// alone.

import type { AnalysisCache } from '../../cache';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { findVariables, isPolicyVariable } from '../../iam/grammar';
import { findSubstitutions, type Substitution } from '../../iam/placeholders';
import type { PolicyTarget } from '../../document/classify';
import { isIntrinsic, type Node } from '../../source/access';
import type { SourceEdits } from '../../source/frontEnd';
import type { Finding, Fix, Span } from '../../types';
import type { Rule } from '../types';
import { finding } from './support';

const RULE = 'iam/unresolved-substitution';

const TEXT: Localized<{
  pseudo: (s: string, template: boolean) => string;
  serverless: (s: string) => string;
  reference: (s: string, template: boolean) => string;
  wrap: string;
}> = {
  en: {
    pseudo: (s, t) => `${s} is a CloudFormation pseudo parameter, but ${t ? 'this string is not inside Fn::Sub, so' : 'nothing resolves it here, and'} IAM receives it as text and fails with "The policy failed legacy parsing".${t ? ' Wrap the string in {"Fn::Sub": …}.' : ''}`,
    serverless: (s) => `${s} is a serverless-pseudo-parameters variable that nothing resolves in this template; IAM receives it as text and fails with "The policy failed legacy parsing". Use Fn::Sub with \${…} instead.`,
    reference: (s, t) => `${s} looks like a ${t ? 'CloudFormation reference, but this string is not inside Fn::Sub' : 'template variable that nothing resolves here'}, so IAM receives it as text. IAM policy variables always contain a colon, as in \${aws:username}.`,
    wrap: 'Wrap the string in Fn::Sub',
  },
  ja: {
    pseudo: (s, t) => `${s} は CloudFormation の擬似パラメータですが、${t ? 'この文字列は Fn::Sub の中にないため、' : 'ここでは何も解決しないため、'}IAM はそのまま文字列として受け取り "The policy failed legacy parsing" で失敗します。${t ? '文字列を {"Fn::Sub": …} で囲んでください。' : ''}`,
    serverless: (s) => `${s} は serverless-pseudo-parameters の変数ですが、このテンプレートでは何も解決しません。IAM はそのまま受け取り "The policy failed legacy parsing" で失敗します。代わりに Fn::Sub と \${…} を使ってください。`,
    reference: (s, t) => `${s} は${t ? ' CloudFormation の参照のようですが、この文字列は Fn::Sub の中にありません' : 'ここでは何も解決しないテンプレート変数のようです'}。IAM はそのまま文字列として受け取ります。IAM のポリシー変数は \${aws:username} のように必ずコロンを含みます。`,
    wrap: '文字列を Fn::Sub で囲む',
  },
};

/** What the walk needs of the policy: where its nodes are in the document, its writer, and where it comes from. */
interface Place {
  valueSpan: (node: Node, start: number, end: number) => Span;
  edits: SourceEdits;
  embedding: PolicyTarget['embedding'];
  /** Whether the policy is in a CloudFormation template. */
  template: boolean;
}

/** A fix that turns `"…"` into `{"Fn::Sub": "…"}`, escaping IAM policy variables for Fn::Sub. */
function wrapInSub(place: Place, node: Node, title: string): Fix | undefined {
  // Only a policy written as an object inside a template can take an intrinsic function in place of a string.
  if (place.embedding !== 'object' || !place.template) return undefined;
  let value = String(node.value);
  for (const v of findVariables(value).reverse()) {
    if (v.closed && isPolicyVariable(v.body)) value = `${value.slice(0, v.start)}\${!${v.body}}${value.slice(v.end)}`;
  }
  return { title, edits: [place.edits.replaceValue(node, { 'Fn::Sub': value })], isPreferred: true };
}

function report(place: Place, node: Node, sub: Substitution, locale: Locale, fix: Fix | undefined): Finding {
  const text = pick(TEXT, locale);
  const template = place.template;
  const span = place.valueSpan(node, sub.start, sub.end);
  const fixes = fix ? [fix] : [];
  if (sub.kind === 'pseudo') return finding(RULE, template ? 'error' : 'warning', text.pseudo(sub.text, template), span, { fixes });
  if (sub.kind === 'serverless') return finding(RULE, template ? 'error' : 'warning', text.serverless(sub.text), span);
  return finding(RULE, 'warning', text.reference(sub.text, template), span, { fixes });
}

/**
 * The substitutions in the string values of `node` and everything below it, at `depth`. `statements` are the
 * policy's statement objects in order, which the walk leaves to the statement check; it meets them in that order.
 */
function substitutions(place: Place, node: Node | undefined, depth: number, statements: readonly { node: Node }[], locale: Locale, cache: AnalysisCache | undefined): Finding[] {
  const text = pick(TEXT, locale);
  const findings: Finding[] = [];
  let nextStatement = 0;
  const visit = (node: Node | undefined, depth: number): void => {
    if (!node || depth > 64 || isIntrinsic(node)) return;
    if (statements[nextStatement]?.node === node) {
      nextStatement++;
      return;
    }
    visitInside(node, depth);
  };
  const visitInside = (node: Node, depth: number): void => {
    if (node.type === 'object' || node.type === 'array') {
      for (const child of node.children ?? []) {
        // For a property, only its value is walked; keys are condition keys and element names.
        visit(child.type === 'property' ? child.children?.[1] : child, depth + 1);
      }
      return;
    }
    if (node.type !== 'string') return;
    const value = String(node.value);
    // A substitution is written with braces; most values have none.
    if (!value.includes('{')) return;
    const subs = findSubstitutions(value, cache);
    if (subs.length === 0) return;
    const fix = wrapInSub(place, node, text.wrap);
    for (const sub of subs) findings.push(report(place, node, sub, locale, fix));
  };
  visit(node, depth);
  return findings;
}

export const unresolvedSubstitution: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Unresolved ${…} or #{…} in a policy string', ja: 'ポリシーの文字列に未解決の ${…} / #{…}' },
    severity: 'error',
    description: {
      en: 'A CloudFormation substitution such as ${AWS::Region}, ${AWS::AccountId} or ${MyBucket.Arn}, or a Serverless ' +
        '#{AWS::AccountId}, in a string that is not inside Fn::Sub. Nothing resolves it, so IAM receives the text and ' +
        'refuses the ARN with "The policy failed legacy parsing".',
      ja: 'Fn::Sub の中にない文字列に、${AWS::Region}・${AWS::AccountId}・${MyBucket.Arn} などの CloudFormation の置換や、Serverless の ' +
        '#{AWS::AccountId} があります。何も解決しないため IAM はその文字列を受け取り、ARN を "The policy failed legacy parsing" で拒否します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html',
      'https://github.com/serverless/serverless/issues/3967',
      'https://github.com/serverless-operations/serverless-step-functions/issues/269',
    ],
    example: {
      bad: '{"Resources":{"P":{"Type":"AWS::IAM::ManagedPolicy","Properties":{"PolicyDocument":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":"arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:app:*"}]}}}}}',
      good: '{"Resources":{"P":{"Type":"AWS::IAM::ManagedPolicy","Properties":{"PolicyDocument":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:PutLogEvents","Resource":{"Fn::Sub":"arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:app:*"}}]}}}}}',
    },
    fix: {
      en: 'Wrap the string in {"Fn::Sub": "…"}, writing IAM policy variables as ${!aws:username} inside it.',
      ja: '文字列を {"Fn::Sub": "…"} で囲み、その中の IAM ポリシー変数は ${!aws:username} と書いてください。',
    },
  },
  // The policy outside its statements; each statement is walked by the statement check.
  policy(view, ctx) {
    const target = view.target;
    const place = { valueSpan: view.valueSpan, edits: target.edits, embedding: target.embedding, template: target.origin.source === 'cloudformation' };
    return substitutions(place, view.root, 0, view.statements, ctx.options.locale, ctx.options.cache);
  },
  statement(ctx) {
    const { policy } = ctx;
    const place = { valueSpan: ctx.valueSpan, edits: ctx.edits, embedding: policy.embedding, template: policy.origin.source === 'cloudformation' };
    // At the depth the walk of the whole policy meets it: in the Statement list, or the Statement itself.
    const depth = policy.statementForm === 'array' ? 2 : 1;
    return substitutions(place, ctx.statement.node, depth, [], ctx.options.locale, ctx.options.cache);
  },
};
