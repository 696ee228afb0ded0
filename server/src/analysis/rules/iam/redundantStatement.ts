// Rule: iam/redundant-statement. Two statements that say exactly the same thing apart from their Sid: same
// Effect, principals, actions, resources and conditions, with lists compared as sets and action names without
// regard to case. The second grants or denies nothing more. Access Analyzer suggests removing it
// (REDUNDANT_STATEMENT in its policy check reference); its own check also finds statements covered through
// wildcard expansion, which needs the action catalog and is not attempted here.

import { pick, type Localized } from '../../util/i18n';
import { membersOf, type PolicyView } from '../../iam/policyView';
import { statementTextFacts } from '../../iam/statementReuse';
import type { Node } from '../../source/access';
import { textRegion, type AnalysisCache } from '../../cache';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { finding, statementName } from './support';

const RULE = 'iam/redundant-statement';

const TEXT: Localized<{ message: (statement: string, first: string) => string; first: string; remove: string }> = {
  en: {
    message: (s, f) => `${s} repeats ${f} and adds nothing (Access Analyzer REDUNDANT_STATEMENT).`,
    first: 'The same statement, earlier',
    remove: 'Remove the repeated statement',
  },
  ja: {
    message: (s, f) => `${s} は ${f} と同じ内容で、何も追加しません（Access Analyzer REDUNDANT_STATEMENT）。`,
    first: '先にある同じステートメント',
    remove: '重複したステートメントを削除',
  },
};

/** A canonical text of a JSON value: keys sorted, lists sorted, action names in lower case, Sid left out. */
function canonical(node: Node | undefined, lowerStrings = false, depth = 0): string {
  if (!node || depth > 32) return 'null';
  switch (node.type) {
    case 'object':
      return `{${membersOf(node)
        .filter((m) => depth > 0 || m.name !== 'Sid')
        .map((m) => `${JSON.stringify(m.name)}:${canonical(m.value, depth === 0 && (m.name === 'Action' || m.name === 'NotAction'), depth + 1)}`)
        .sort()
        .join(',')}}`;
    case 'array': {
      const items = (node.children ?? []).map((c) => canonical(c, lowerStrings, depth + 1));
      return `[${[...new Set(items)].sort().join(',')}]`;
    }
    case 'string':
      return JSON.stringify(lowerStrings ? String(node.value).toLowerCase() : node.value);
    default:
      return JSON.stringify(node.value ?? null);
  }
}

/**
 * The canonical text of each statement. A statement's tree depends only on its text when the policy parsed
 * without errors, so the canonical text is then kept by the statement's text and found again in every later
 * version of the document; with syntax errors it is computed from the tree.
 */
const CANONICAL = textRegion<string>('iam/statement-canonical');

function canonicalStatement(view: PolicyView, node: Node, parsedCleanly: boolean, cache: AnalysisCache | undefined): string {
  if (!parsedCleanly || !cache) return canonical(node);
  const canonicalByText = cache.region(CANONICAL);
  const source = view.target.text.slice(node.offset, node.offset + node.length);
  let key = canonicalByText.get(source);
  if (key === undefined) {
    key = canonical(node);
    canonicalByText.set(source, key);
  }
  return key;
}

export const redundantStatement: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Repeated statement', ja: '重複したステートメント' },
    severity: 'info',
    description: {
      en: 'A statement identical to an earlier one apart from its Sid. It changes nothing and makes the policy ' +
        'longer, which counts against the size quota.',
      ja: 'Sid 以外が前のステートメントと同じステートメントです。何も変えず、ポリシーを長くし、サイズのクォータを消費します。',
    },
    appliesTo: ['iam-policy'],
    sources: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
    accessAnalyzerCode: 'REDUNDANT_STATEMENT',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"},{"Sid":"B","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    },
    fix: {
      en: 'Remove the repeated statement.',
      ja: '重複したステートメントを削除してください。',
    },
  },
  policy(view, { doc, options }) {
    const text = pick(TEXT, options.locale);
    const findings: Finding[] = [];
    const seen = new Map<string, number>();
    const errors = view.target.embedding === 'string' ? view.target.syntaxErrors : doc.syntaxErrors;
    // Kept per statement text, with the other facts of the text, while the document parses cleanly.
    const facts = statementTextFacts(doc, options, view);
    view.statements.forEach((s, i) => {
      const key = facts ? (facts[i].canonical ??= canonical(s.node)) : canonicalStatement(view, s.node, errors.length === 0, options.cache);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const original = view.statements[first];
      const removal = view.target.edits.removeNode(s.node);
      findings.push(finding(RULE, 'info', text.message(statementName(s, options.locale), statementName(original, options.locale)), view.span(s.node), {
        unnecessary: true,
        related: [{ span: view.span(original.node), message: text.first }],
        fixes: removal ? [{ title: text.remove, edits: [removal], isPreferred: false }] : [],
      }));
    });
    return findings;
  },
};
