// Rule: iam/duplicate-key. The same name twice in one object of a policy. The policy grammar forbids it, and JSON
// parsers silently keep only the last value, so the first one does nothing (IAMUG reference_policies_grammar;
// Terraform rejects such policies with JSONNoDuplicateKeys). Condition keys are case-insensitive, so two keys under
// one operator that differ only in case are the same key: Access Analyzer reports
// DUPLICATE_KEYS_WITH_DIFFERENT_CASE. IAM's own reaction is not documented, so both are warnings.

import { pick, type Localized } from '../../util/i18n';
import { membersOf } from '../../iam/policyView';
import { isIntrinsic, type Node } from '../../source/access';
import type { Finding, Span } from '../../types';
import type { Rule } from '../types';
import { finding, quote } from './support';

const RULE = 'iam/duplicate-key';

const TEXT: Localized<{ exact: (name: string) => string; conditionCase: (name: string, other: string) => string; winner: string }> = {
  en: {
    exact: (n) => `${quote(n)} appears again later in this object; only the last one counts, so this one does nothing. The policy grammar does not allow duplicate names.`,
    conditionCase: (n, o) => `The condition key ${quote(n)} also appears as ${quote(o)} under this operator. Condition keys are case-insensitive, so this is one key written twice (Access Analyzer DUPLICATE_KEYS_WITH_DIFFERENT_CASE); merge their values.`,
    winner: 'The value that counts',
  },
  ja: {
    exact: (n) => `${quote(n)} がこのオブジェクトの後ろでもう一度出てきます。有効なのは最後のものだけなので、これは何もしません。ポリシー文法は名前の重複を認めていません。`,
    conditionCase: (n, o) => `条件キー ${quote(n)} はこの演算子の下で ${quote(o)} としても書かれています。条件キーは大文字と小文字を区別しないため、同じキーを 2 回書いていることになります（Access Analyzer DUPLICATE_KEYS_WITH_DIFFERENT_CASE）。値をまとめてください。`,
    winner: '有効な値',
  },
};

/** Whether no two members of an object have the same name (members whose key is not a string are ignored, as in membersOf). */
function namesAreUnique(node: Node): boolean {
  const pairs = node.children ?? [];
  if (pairs.length > 16) {
    const seen = new Set<string>();
    for (const pair of pairs) {
      const name: unknown = pair.children?.[0]?.value;
      if (typeof name !== 'string') continue;
      if (seen.has(name)) return false;
      seen.add(name);
    }
    return true;
  }
  for (let i = 1; i < pairs.length; i++) {
    const name: unknown = pairs[i].children?.[0]?.value;
    if (typeof name !== 'string') continue;
    for (let j = 0; j < i; j++) if (pairs[j].children?.[0]?.value === name) return false;
  }
  return true;
}

/**
 * The repeated names in `node` and everything below it, at `depth`. `conditionObjects` are the operator objects
 * whose keys also compare without regard to case. `statements` are the policy's statement objects in order, which
 * the walk leaves to the statement check; it meets them in that order.
 */
function duplicates(node: Node | undefined, depth: number, span: (node: Node) => Span, conditionObjects: ReadonlySet<Node>, statements: readonly { node: Node }[], locale: 'en' | 'ja'): Finding[] {
  const text = pick(TEXT, locale);
  const findings: Finding[] = [];
  let nextStatement = 0;
  const visit = (node: Node | undefined, depth: number): void => {
    // Depth is bounded so that a pathological document cannot exhaust the stack.
    if (!node || depth > 64) return;
    if (node.type === 'array') {
      for (const child of node.children ?? []) visit(child, depth + 1);
      return;
    }
    if (node.type !== 'object' || isIntrinsic(node)) return;
    if (statements[nextStatement]?.node === node) {
      nextStatement++;
      return;
    }
    visitObject(node, depth);
  };
  const visitObject = (node: Node, depth: number): void => {
    // Most objects have no repeated name and are not condition blocks: walk into their values without
    // building member lists.
    if (!conditionObjects.has(node) && namesAreUnique(node)) {
      for (const pair of node.children ?? []) {
        if (typeof pair.children?.[0]?.value === 'string') visit(pair.children?.[1], depth + 1);
      }
      return;
    }
    const members = membersOf(node);
    const lastIndex = new Map<string, number>();
    members.forEach((m, i) => lastIndex.set(m.name, i));
    members.forEach((m, i) => {
      const winner = members[lastIndex.get(m.name) as number];
      if (lastIndex.get(m.name) !== i) {
        findings.push(finding(RULE, 'warning', text.exact(m.name), span(m.key), {
          unnecessary: true,
          related: [{ span: span(winner.key), message: text.winner }],
        }));
      }
    });
    if (conditionObjects.has(node)) {
      const firstByLower = new Map<string, string>();
      for (const m of members) {
        const lower = m.name.toLowerCase();
        const first = firstByLower.get(lower);
        if (first === undefined) firstByLower.set(lower, m.name);
        else if (first !== m.name) findings.push(finding(RULE, 'warning', text.conditionCase(m.name, first), span(m.key)));
      }
    }
    for (const m of members) visit(m.value, depth + 1);
  };
  visit(node, depth);
  return findings;
}

const NO_NODES: ReadonlySet<Node> = new Set();

export const duplicateKey: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Duplicate name in a policy object', ja: 'ポリシーのオブジェクト内で名前が重複' },
    severity: 'warning',
    description: {
      en: 'A name that appears twice in one object of a policy, such as two "Resource" members in a statement. ' +
        'Parsers keep only the last value, so the earlier one silently does nothing. Condition keys that differ only ' +
        'in case under one operator are also the same key.',
      ja: 'ポリシーの 1 つのオブジェクト内で同じ名前が 2 回出てくるものです（ステートメント内の 2 つの "Resource" など）。' +
        'パーサーは最後の値だけを残すため、前のものは黙って無視されます。同じ演算子の下で大文字と小文字だけが違う条件キーも同じキーです。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
    ],
    accessAnalyzerCode: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::a/*","Resource":"arn:aws:s3:::b/*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::a/*","arn:aws:s3:::b/*"]}]}',
    },
    fix: {
      en: 'Merge the values into one member, usually as a list.',
      ja: '値を 1 つのメンバーにまとめてください（通常はリストにします）。',
    },
  },
  // The policy outside its statements; each statement is walked by the statement check.
  policy(view, ctx) {
    return duplicates(view.root, 0, view.span, NO_NODES, view.statements, ctx.options.locale);
  },
  statement(ctx) {
    const { statement } = ctx;
    const conditionObjects = new Set<Node>();
    for (const op of statement.condition?.operators ?? []) if (op.form === 'object' && op.value) conditionObjects.add(op.value);
    // At the depth the walk of the whole policy meets it: in the Statement list, or the Statement itself.
    const depth = ctx.policy.statementForm === 'array' ? 2 : 1;
    return duplicates(statement.node, depth, ctx.span, conditionObjects, [], ctx.options.locale);
  },
};
