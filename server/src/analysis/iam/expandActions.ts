// Feature: "expand this wildcard" for the Action of an Allow statement. A least-privilege review wants to see
// what `s3:Get*` really grants; the catalog knows (IAMUG reference_policies_elements_action: action wildcards
// match action names without regard to case). The rewrite replaces the pattern with the actions it matches
// today, which grants exactly the same now and nothing that AWS adds later. It is offered only where that is
// the safe direction: in the Action of an Allow statement. In a Deny or a NotAction, the same rewrite would let
// future actions through.
//
// A refactoring the user asks for (light bulb, Refactor menu), never a diagnostic. It is silent until the
// catalog has loaded, for a wildcard over services (`s3*:Get*`, `*`), and for patterns that match nothing or
// more than MAX_ACTIONS.

import { pick, type Localized } from '../util/i18n';
import type { AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import { spansOverlap, type Fix, type Span } from '../types';
import { policiesOf, type PolicyView, type StringItem, type ValueList } from './policyView';
import { matchedActions } from './catalogRefs';

/** More than this many actions is no longer a list a reviewer reads. */
export const MAX_ACTIONS = 400;

const TEXT: Localized<{ expand: (pattern: string, count: number, date: string) => string }> = {
  en: {
    expand: (pattern, count, date) => `Expand "${pattern}" into the ${count} action${count === 1 ? '' : 's'} it matches (catalog of ${date}; later actions will not match)`,
  },
  ja: {
    expand: (pattern, count, date) => `"${pattern}" を一致する ${count} 個のアクションに展開（${date} 時点のカタログ。今後追加されるアクションは含まれません）`,
  },
};

const hasWildcard = (text: string): boolean => /[*?]/.test(text);

/** The white space before the first character on the line that holds `offset`, if only white space precedes it. */
function lineIndent(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : undefined;
}

/** The replacement text, in the policy's own coordinates and layout, for `item` of `list`. */
function replacement(policy: PolicyView, list: ValueList, item: StringItem, names: string[]): string {
  const text = policy.target.text;
  const quoted = names.map((n) => JSON.stringify(n));
  if (list.form === 'array') {
    // Inside a list: one per line where the item has a line of its own, otherwise side by side.
    const indent = lineIndent(text, item.node.offset);
    return indent === undefined ? quoted.join(', ') : quoted.join(`,\n${indent}`);
  }
  // A single string becomes a list, laid out like the statement around it.
  const keyIndent = lineIndent(text, list.key.offset);
  if (keyIndent === undefined) return `[${quoted.join(', ')}]`;
  const statementIndent = lineIndent(text, list.key.parent?.parent?.offset ?? 0) ?? '';
  const unit = keyIndent.startsWith(statementIndent) && keyIndent.length > statementIndent.length ? keyIndent.slice(statementIndent.length) : '  ';
  return `[\n${quoted.map((q) => keyIndent + unit + q).join(',\n')}\n${keyIndent}]`;
}

/** Text for a policy held in a JSON string: escaped, on one line. */
function escaped(text: string): string {
  return JSON.stringify(text.replace(/\n[ \t]*/g, ' ')).slice(1, -1);
}

/** The expansion offered for the Action wildcard at `span`, if any. */
export function expandActionRewrites(parsed: ParsedDocument, span: Span, options: Pick<AnalysisOptions, 'catalog' | 'locale' | 'cache'>): Fix[] {
  const catalog = options.catalog;
  if (!catalog) return [];
  for (const policy of policiesOf(parsed)) {
    for (const statement of policy.statements) {
      const list = statement.action;
      if (statement.effectValue !== 'Allow' || !list || (list.form !== 'string' && list.form !== 'array')) continue;
      const item = list.strings.find((s) => spansOverlap(span, policy.span(s.node)));
      if (!item) continue;
      const colon = item.value.indexOf(':');
      if (colon <= 0 || !hasWildcard(item.value) || hasWildcard(item.value.slice(0, colon))) return [];
      const listed = new Set(list.strings.filter((s) => s !== item).map((s) => s.value.toLowerCase()));
      const names = matchedActions(catalog, item.value, options.cache).map((a) => `${a.service}:${a.name}`).filter((n) => !listed.has(n.toLowerCase()))
        .sort((a, b) => a.localeCompare(b, 'en'));
      if (names.length === 0 || names.length > MAX_ACTIONS) return [];
      const target = list.form === 'array' ? item.node : list.value!;
      const newText = replacement(policy, list, item, names);
      return [{
        title: pick(TEXT, options.locale).expand(item.value, names.length, catalog.dataDate),
        edits: [{ span: policy.span(target), newText: policy.target.embedding === 'string' ? escaped(newText) : newText }],
      }];
    }
  }
  return [];
}
