// Rule: iam/set-operator. The set qualifiers ForAllValues: and ForAnyValue: compare the request's values of a
// multivalued key with the policy's values (IAMUG reference_policies_condition-single-vs-multi-valued-context-keys).
// Two misuses are reported. (1) A qualifier on a key that is single-valued in the Service Authorization Reference
// (aws:SourceVpc, s3:prefix, …): ForAllValues on it is true when the request lacks the key, and with a negated
// operator for nearly any value, so Access Analyzer warns FORALLVALUES_WITH_SINGLE_VALUED_KEY; ForAnyValue on it
// only adds a needless qualifier (information). (2) ForAllValues in an Allow statement on a multivalued key, with no
// Null check on that key: a request without the key satisfies it (the User Guide says so and recommends the Null
// check), so the statement allows requests that carry no values at all. That is often what is meant (AWS managed
// policies limit aws:TagKeys this way), so it is information. The closest peer, aws-iam-language-server, reports
// the same as UNNECESSARY_SET_OPERATOR and PERMISSIVE_SET_OPERATOR.

import { pick, type Localized } from '../../util/i18n';
import type { ConditionOperatorView } from '../../iam/policyView';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { finding, quote } from './support';

const RULE = 'iam/set-operator';

const TEXT: Localized<{ forAll: (key: string, op: string) => string; forAny: (key: string, op: string) => string; permissive: (key: string) => string }> = {
  en: {
    forAll: (k, op) => `${quote(op)} on the single-valued key ${quote(k)} is true when the key is missing, so it can allow too much (Access Analyzer FORALLVALUES_WITH_SINGLE_VALUED_KEY). Remove "ForAllValues:".`,
    forAny: (k, op) => `${quote(op)} on the single-valued key ${quote(k)} needs no set qualifier; it works as the operator alone. Remove "ForAnyValue:".`,
    permissive: (k) => `ForAllValues on ${quote(k)} in an Allow is also true when the request has no ${quote(k)} at all. If the key must be present, add "Null": {"${k}": "false"}.`,
  },
  ja: {
    forAll: (k, op) => `単一値のキー ${quote(k)} に対する ${quote(op)} はキーがないときに true になるため、許可が広すぎることがあります（Access Analyzer FORALLVALUES_WITH_SINGLE_VALUED_KEY）。"ForAllValues:" を外してください。`,
    forAny: (k, op) => `単一値のキー ${quote(k)} に対する ${quote(op)} には集合修飾子は不要で、演算子だけと同じに働きます。"ForAnyValue:" を外してください。`,
    permissive: (k) => `Allow 内の ${quote(k)} に対する ForAllValues は、リクエストに ${quote(k)} がまったくないときも true になります。キーを必須にするなら "Null": {"${k}": "false"} を追加してください。`,
  },
};

/** Whether the statement's Condition requires the key to be present ("Null": {"key": "false"}). */
function requiresPresence(operators: readonly ConditionOperatorView[], key: string): boolean {
  const wanted = key.toLowerCase();
  return operators.some((op) => op.operator.base === 'Null' && !op.operator.qualifier
    && op.keys.some((k) => k.name.toLowerCase() === wanted && k.values.some((v) => v.text === 'false')));
}

export const setOperator: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Set qualifier misused', ja: '集合修飾子の誤用' },
    severity: 'warning',
    description: {
      en: 'ForAllValues: or ForAnyValue: on a single-valued condition key (ForAllValues is then true when the key is missing; ' +
        'a warning, as Access Analyzer gives), and ForAllValues: in an Allow without a Null check, which a request without ' +
        'the key satisfies (information). aws-iam-language-server: UNNECESSARY_SET_OPERATOR, PERMISSIVE_SET_OPERATOR.',
      ja: '単一値の条件キーに ForAllValues: や ForAnyValue: を付けている（ForAllValues はキーがないとき true になるため、Access Analyzer と同じく警告）、' +
        'または Null による確認なしに Allow で ForAllValues: を使っており、キーのないリクエストも条件を満たす（情報）場合に報告します。' +
        'aws-iam-language-server の UNNECESSARY_SET_OPERATOR と PERMISSIVE_SET_OPERATOR に当たります。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://github.com/mbarneyjr/aws-iam-language-server',
    ],
    accessAnalyzerCode: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"ForAllValues:StringNotEquals":{"aws:SourceVpc":"vpc-1a2b3c4d"}}}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpc":"vpc-1a2b3c4d"}}}]}',
    },
    fix: {
      en: 'Use the operator without a qualifier for single-valued keys; for multivalued keys in an Allow, add a Null check when the key must be present.',
      ja: '単一値のキーには修飾子なしの演算子を使い、Allow 内の複数値のキーでキーが必須なら Null による確認を追加してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const catalog = ctx.options.catalog;
    if (!catalog || !s.condition || s.condition.form !== 'object') return [];
    const t = pick(TEXT, ctx.options.locale);
    const found: Finding[] = [];
    for (const op of s.condition.operators) {
      const qualifier = op.operator.qualifier;
      if (!qualifier || !op.operator.family || op.operator.base === 'Null') continue;
      for (const k of op.keys) {
        const resolved = catalog.conditionKey(k.name);
        if (!resolved) continue;
        const multivalued = resolved.type.startsWith('ArrayOf');
        if (!multivalued) {
          if (qualifier === 'ForAllValues') found.push(finding(RULE, 'warning', t.forAll(k.name, op.name), ctx.span(op.key)));
          else found.push(finding(RULE, 'info', t.forAny(k.name, op.name), ctx.span(op.key)));
        } else if (qualifier === 'ForAllValues' && s.effectValue === 'Allow' && !requiresPresence(s.condition.operators, k.name)) {
          found.push(finding(RULE, 'info', t.permissive(k.name), ctx.span(k.key)));
        }
      }
    }
    return found;
  },
};
