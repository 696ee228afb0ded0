// Rule: iam/policy-structure. Values of a JSON type the grammar does not allow: a missing, empty or mistyped
// Statement, a statement that is not an object, an Id, Version or Sid that is not a string, Action or Resource
// items that are not strings, a Principal that is neither "*" nor an object, and a Condition that is not an
// object of objects of scalars. IAM refuses each with "Syntax errors in policy." (moto's cases captured from
// AWS). Access Analyzer reports MISSING_STATEMENT and DATA_TYPE_MISMATCH.
// Intrinsic functions are unknown values and pass.

import { pick, type Localized } from '../../util/i18n';
import type { PolicyApi } from '../../document/classify';
import { isClosed, type PolicyView, type ValueList } from '../../iam/policyView';
import { isIntrinsic, type Node } from '../../source/access';
import type { Finding, Span } from '../../types';
import type { PolicyContext, Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, openingBrace, rejectionSeverity } from './support';

const RULE = 'iam/policy-structure';

type Problem =
  | 'noStatement' | 'emptyStatement' | 'statementType' | 'statementItem' | 'stringElement' | 'listElement' | 'listItem'
  | 'principalType' | 'principalValue' | 'conditionType' | 'operatorType' | 'conditionValue';

const TEXT: Localized<{ problem: Record<Problem, (name: string) => string>; rejected: string }> = {
  en: {
    problem: {
      noStatement: () => 'This policy has no Statement (Access Analyzer MISSING_STATEMENT).',
      emptyStatement: () => 'Statement is an empty list; a policy needs at least one statement (Access Analyzer MISSING_STATEMENT).',
      statementType: () => 'Statement must be an object or a list of objects (Access Analyzer DATA_TYPE_MISMATCH).',
      statementItem: () => 'Each item of Statement must be an object (Access Analyzer DATA_TYPE_MISMATCH).',
      stringElement: (n) => `${n} must be a string (Access Analyzer DATA_TYPE_MISMATCH).`,
      listElement: (n) => `${n} must be a string or a list of strings (Access Analyzer DATA_TYPE_MISMATCH).`,
      listItem: (n) => `Each item of ${n} must be a string (Access Analyzer DATA_TYPE_MISMATCH).`,
      principalType: (n) => `${n} must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"} (Access Analyzer INVALID_PRINCIPAL_FORMAT).`,
      principalValue: (n) => `The values of ${n} must be a string or a list of strings (Access Analyzer DATA_TYPE_MISMATCH).`,
      conditionType: () => 'Condition must be an object of operators, such as {"StringEquals": {"aws:PrincipalTag/team": "a"}} (Access Analyzer DATA_TYPE_MISMATCH).',
      operatorType: (n) => `The condition operator ${n} must hold an object of condition keys (Access Analyzer DATA_TYPE_MISMATCH).`,
      conditionValue: (n) => `The condition key ${n} must hold a string, number or boolean, or a list of them (Access Analyzer DATA_TYPE_MISMATCH).`,
    },
    rejected: ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"`,
  },
  ja: {
    problem: {
      noStatement: () => 'このポリシーには Statement がありません（Access Analyzer MISSING_STATEMENT）。',
      emptyStatement: () => 'Statement が空のリストです。ステートメントが少なくとも 1 つ必要です（Access Analyzer MISSING_STATEMENT）。',
      statementType: () => 'Statement はオブジェクトかオブジェクトのリストでなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。',
      statementItem: () => 'Statement の各要素はオブジェクトでなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。',
      stringElement: (n) => `${n} は文字列でなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。`,
      listElement: (n) => `${n} は文字列か文字列のリストでなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。`,
      listItem: (n) => `${n} の各要素は文字列でなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。`,
      principalType: (n) => `${n} は "*" か {"AWS": "arn:aws:iam::111122223333:root"} のようなオブジェクトでなければなりません（Access Analyzer INVALID_PRINCIPAL_FORMAT）。`,
      principalValue: (n) => `${n} の値は文字列か文字列のリストでなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。`,
      conditionType: () => 'Condition は {"StringEquals": {"aws:PrincipalTag/team": "a"}} のような演算子のオブジェクトでなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。',
      operatorType: (n) => `条件演算子 ${n} の値は条件キーのオブジェクトでなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。`,
      conditionValue: (n) => `条件キー ${n} の値は文字列・数値・真偽値か、それらのリストでなければなりません（Access Analyzer DATA_TYPE_MISMATCH）。`,
    },
    rejected: `IAM はこのポリシーを "${AWS_MESSAGES.syntax}" で拒否します。`,
  },
};

/** The reporting helpers of one check, writing into `out`; `at` gives a node's span, or where a missing one shows. */
function reporter(out: Finding[], api: PolicyApi, locale: 'en' | 'ja', at: (node: Node | undefined) => Span) {
  const text = pick(TEXT, locale);
  const severity = rejectionSeverity(api, 'iam');
  const report = (problem: Problem, node: Node | undefined, name = ''): void => {
    out.push(finding(RULE, severity, text.problem[problem](name) + (severity === 'error' ? text.rejected : ''), at(node)));
  };
  const stringMember = (member: { name: string; value: Node | undefined } | undefined): void => {
    if (member?.value && member.value.type !== 'string' && !isIntrinsic(member.value)) report('stringElement', member.value, member.name);
  };
  const list = (element: ValueList | undefined): void => {
    if (!element?.value) return;
    if (element.form === 'invalid') report('listElement', element.value, element.name);
    else for (const item of element.invalid) report('listItem', item, element.name);
  };
  return { report, stringMember, list };
}

/** The policy's own members and its Statement element. */
function checkPolicy(view: PolicyView, ctx: PolicyContext): Finding[] {
  if (!view.root) return [];
  const findings: Finding[] = [];
  const { report, stringMember } = reporter(findings, view.target.api, ctx.options.locale, (node) => (node ? view.span(node) : openingBrace(view)));
  if (view.statementForm === 'missing' && view.statement === undefined) {
    if (isClosed(view, view.root)) report('noStatement', undefined);
  }
  else if (view.statementForm === 'invalid' && view.statement?.value) report('statementType', view.statement.value);
  else if (view.statementForm === 'array' && view.statement?.value && (view.statement.value.children ?? []).length === 0) report('emptyStatement', view.statement.value);
  for (const item of view.invalidStatements) report('statementItem', item);
  stringMember(view.version);
  stringMember(view.id);
  return findings;
}

function checkStatement(ctx: StatementContext): Finding[] {
  const findings: Finding[] = [];
  const { report, stringMember, list } = reporter(findings, ctx.policy.api, ctx.options.locale, (node) => (node ? ctx.span(node) : ctx.brace));
  const s = ctx.statement;
  stringMember(s.sid);
  list(s.action);
  list(s.notAction);
  list(s.resource);
  list(s.notResource);
  for (const principal of [s.principal, s.notPrincipal]) {
    if (!principal?.value) continue;
    if (principal.form === 'invalid') report('principalType', principal.value, principal.name);
    for (const entry of principal.entries) {
      if (entry.form === 'invalid' && entry.value) report('principalValue', entry.value, `${principal.name}.${entry.type}`);
      else for (const item of entry.invalid) report('listItem', item, `${principal.name}.${entry.type}`);
    }
  }
  const condition = s.condition;
  if (condition?.value) {
    if (condition.form === 'invalid') report('conditionType', condition.value);
    for (const operator of condition.operators) {
      if (operator.form === 'invalid' && operator.value) report('operatorType', operator.value, operator.name);
      for (const key of operator.keys) {
        if (key.form === 'invalid' && key.value) report('conditionValue', key.value, key.name);
        else for (const item of key.invalid) report('conditionValue', item, key.name);
      }
    }
  }
  return findings;
}

export const policyStructure: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Policy value of the wrong type', ja: 'ポリシーの値の型が違う' },
    severity: 'error',
    description: {
      en: 'The policy grammar fixes the JSON type of every element: Statement is an object or a non-empty list of ' +
        'objects, Version, Id and Sid are strings, Action and Resource are strings or lists of strings, Principal is ' +
        '"*" or an object, and Condition is an object of objects of scalars. IAM refuses anything else with "Syntax ' +
        'errors in policy.".',
      ja: 'ポリシー文法は各要素の JSON 型を決めています。Statement はオブジェクトか空でないオブジェクトのリスト、Version・Id・Sid ' +
        'は文字列、Action と Resource は文字列か文字列のリスト、Principal は "*" かオブジェクト、Condition はスカラー値を持つ' +
        'オブジェクトのオブジェクトです。IAM はそれ以外を "Syntax errors in policy." で拒否します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://github.com/getmoto/moto/blob/master/tests/test_iam/test_iam_policies.py',
    ],
    accessAnalyzerCode: 'DATA_TYPE_MISMATCH',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":{"s3":"GetObject"},"Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    },
    fix: {
      en: 'Write each element with the JSON type the grammar expects.',
      ja: '各要素を文法どおりの JSON 型で書いてください。',
    },
  },
  policy: checkPolicy,
  statement: checkStatement,
};
