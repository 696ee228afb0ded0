// Rule: iam/policy-variable. IAM policy variables such as ${aws:username} (IAMUG
// reference_policies_variables). They work only with Version 2012-10-17 — under 2008-10-17 or without a Version
// they are plain text (Access Analyzer VARIABLE_UNSUPPORTED_IN_VERSION) — and only in Resource and in String and
// ARN conditions, not in Action or Principal (VARIABLE_UNSUPPORTED_IN_ELEMENT) or other condition operators
// (INVALID_VARIABLE_FOR_OPERATOR). Access Analyzer also checks their syntax: a closing brace
// (MISSING_BRACE_IN_VARIABLE), no spaces (UNSUPPORTED_SPACE_IN_VARIABLE), a quoted default value
// (MISSING_QUOTE_IN_VARIABLE), and no empty ${} (EMPTY_VARIABLE). IAM stores such policies and the variable
// simply never resolves, so these are warnings.

import { pick, type Locale, type Localized } from '../../util/i18n';
import { findVariables, isPolicyVariable, type VariableRef } from '../../iam/grammar';
import type { Node } from '../../source/access';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { finding, quote } from './support';

const RULE = 'iam/policy-variable';

type Problem = 'version' | 'element' | 'operator' | 'brace' | 'space' | 'quote' | 'empty';

const TEXT: Localized<Record<Problem, (variable: string, where: string) => string>> = {
  en: {
    version: (v) => `${v} is a policy variable, but without "Version": "2012-10-17" IAM reads it as plain text (Access Analyzer VARIABLE_UNSUPPORTED_IN_VERSION).`,
    element: (v, w) => `Policy variables work only in Resource and in condition values; in ${w}, ${v} is plain text (Access Analyzer VARIABLE_UNSUPPORTED_IN_ELEMENT).`,
    operator: (v, w) => `Policy variables work only with String and ARN condition operators; with ${w}, ${v} is not replaced (Access Analyzer INVALID_VARIABLE_FOR_OPERATOR).`,
    brace: (v) => `${v} has no closing brace, so IAM does not read it as a variable (Access Analyzer MISSING_BRACE_IN_VARIABLE).`,
    space: (v) => `${v} contains a space; the variable name must not (Access Analyzer UNSUPPORTED_SPACE_IN_VARIABLE).`,
    quote: (v) => `The default value in ${v} must be in single quotes after a comma and a space, as in \${aws:username, 'nobody'} (Access Analyzer MISSING_QUOTE_IN_VARIABLE).`,
    empty: (v) => `${v} names no variable (Access Analyzer EMPTY_VARIABLE).`,
  },
  ja: {
    version: (v) => `${v} はポリシー変数ですが、"Version": "2012-10-17" がないため IAM はただの文字列として読みます（Access Analyzer VARIABLE_UNSUPPORTED_IN_VERSION）。`,
    element: (v, w) => `ポリシー変数が使えるのは Resource と条件の値だけです。${w} の ${v} はただの文字列です（Access Analyzer VARIABLE_UNSUPPORTED_IN_ELEMENT）。`,
    operator: (v, w) => `ポリシー変数が使えるのは String と ARN の条件演算子だけです。${w} では ${v} は置き換えられません（Access Analyzer INVALID_VARIABLE_FOR_OPERATOR）。`,
    brace: (v) => `${v} には閉じ波かっこがないため、IAM は変数として読みません（Access Analyzer MISSING_BRACE_IN_VARIABLE）。`,
    space: (v) => `${v} に空白があります。変数名に空白は使えません（Access Analyzer UNSUPPORTED_SPACE_IN_VARIABLE）。`,
    quote: (v) => `${v} の既定値は \${aws:username, 'nobody'} のように、カンマと空白の後に単一引用符で囲んで書きます（Access Analyzer MISSING_QUOTE_IN_VARIABLE）。`,
    empty: (v) => `${v} には変数名がありません（Access Analyzer EMPTY_VARIABLE）。`,
  },
};

type Place = { kind: 'resource' } | { kind: 'element'; name: string } | { kind: 'condition'; family: string | undefined; operator: string };

/** The syntax problem of one `${…}`, or undefined. Bodies that are CloudFormation substitutions are not ours. */
function syntaxProblem(v: VariableRef): Problem | 'notVariable' | undefined {
  const body = v.body;
  if (!v.closed) return /^\s*[A-Za-z0-9.-]+:[A-Za-z]/.test(body) && !body.includes('::') ? 'brace' : 'notVariable';
  if (body.trim() === '') return 'empty';
  if (body.includes('::') || !body.includes(':')) return isPolicyVariable(body) ? undefined : 'notVariable';
  const [name, ...rest] = body.split(',');
  if (/\s/.test(name)) return 'space';
  if (rest.length > 0 && !/^ '[^']*'$/.test(rest.join(','))) return 'quote';
  return isPolicyVariable(body) ? undefined : 'notVariable';
}

function checkString(ctx: StatementContext, node: Node, value: string, place: Place, locale: Locale): Finding[] {
  // Most values have no variable at all.
  if (!value.includes('${')) return [];
  const text = pick(TEXT, locale);
  const findings: Finding[] = [];
  for (const v of findVariables(value)) {
    const shown = quote(value.slice(v.start, v.end), 60);
    const span = ctx.valueSpan(node, v.start, v.end);
    const problem = syntaxProblem(v);
    if (problem === 'notVariable') continue;
    if (problem) {
      findings.push(finding(RULE, 'warning', text[problem](shown, ''), span));
      continue;
    }
    if (place.kind === 'element') {
      findings.push(finding(RULE, 'warning', text.element(shown, place.name), span));
    } else if (place.kind === 'condition' && place.family !== 'String' && place.family !== 'Arn') {
      if (place.family) findings.push(finding(RULE, 'warning', text.operator(shown, place.operator), span));
    } else if (ctx.policy.versionValue !== '2012-10-17' && !['*', '?', '$'].includes(v.body)) {
      findings.push(finding(RULE, 'warning', text.version(shown, ''), span));
    }
  }
  return findings;
}

function check(ctx: StatementContext): Finding[] {
  const { policy, statement: s } = ctx;
  const locale = ctx.options.locale;
  // A Version that is not a string or not a version is another rule's finding; the variables then say nothing.
  if (policy.hasVersion && policy.versionValue !== '2012-10-17' && policy.versionValue !== '2008-10-17') return [];
  const findings: Finding[] = [];
  for (const element of [s.resource, s.notResource]) {
    for (const item of element?.strings ?? []) findings.push(...checkString(ctx, item.node, item.value, { kind: 'resource' }, locale));
  }
  for (const element of [s.action, s.notAction]) {
    for (const item of element?.strings ?? []) findings.push(...checkString(ctx, item.node, item.value, { kind: 'element', name: element!.name }, locale));
  }
  for (const principal of [s.principal, s.notPrincipal]) {
    for (const entry of principal?.entries ?? []) {
      for (const item of entry.strings) findings.push(...checkString(ctx, item.node, item.value, { kind: 'element', name: principal!.name }, locale));
    }
  }
  for (const op of s.condition?.operators ?? []) {
    for (const key of op.keys) {
      for (const v of key.values) {
        if (v.type !== 'string') continue;
        findings.push(...checkString(ctx, v.node, v.text, { kind: 'condition', family: op.operator.family, operator: op.name }, locale));
      }
    }
  }
  return findings;
}

export const policyVariable: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Policy variable that IAM will not replace', ja: 'IAM が置き換えないポリシー変数' },
    severity: 'warning',
    description: {
      en: 'IAM replaces policy variables such as ${aws:username} only under "Version": "2012-10-17", only in Resource ' +
        'and in String and ARN conditions, and only when they are well formed. Elsewhere the text stays as it is and ' +
        'the statement silently matches something else or nothing.',
      ja: 'IAM が ${aws:username} などのポリシー変数を置き換えるのは、"Version": "2012-10-17" のもとで、Resource と String / ARN の' +
        '条件の中で、正しい形のときだけです。それ以外ではそのままの文字列として残り、ステートメントは黙って別のものに一致するか、何にも一致しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'VARIABLE_UNSUPPORTED_IN_VERSION',
    example: {
      bad: '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]}',
    },
    fix: {
      en: 'Use "Version": "2012-10-17" and keep variables in Resource and String or ARN conditions.',
      ja: '"Version": "2012-10-17" を使い、変数は Resource と String / ARN の条件の中だけで使ってください。',
    },
  },
  statement: check,
};
