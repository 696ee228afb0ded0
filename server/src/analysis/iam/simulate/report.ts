// Feature: the readable report of an IAM simulation, in Markdown: the decision, the request, and every
// statement element by element. The editor shows it beside the policy and the CLI prints it.

import { pick, type Locale } from '../../util/i18n';
import { code } from '../../util/markdown';
import type { IamSimulationResult } from './result';
import { IAM_SIMULATE_TEXT, type IamSimulateText } from './text';
import type { IamSimulationWire } from './wire';

function statementName(s: { index: number; sid?: string }, t: IamSimulateText): string {
  return t.statementName(s.index + 1, s.sid ? code(s.sid) : undefined);
}

/** A readable report of a simulation, in Markdown; the editor shows it beside the policy and the CLI prints it. */
export function formatIamSimulation(result: IamSimulationResult | IamSimulationWire, locale: Locale = 'en'): string {
  const t = pick(IAM_SIMULATE_TEXT, locale);
  const lines: string[] = [];
  const names = (list: { index: number; sid?: string }[]): string => list.map((s) => statementName(s, t)).join(locale === 'ja' ? '、' : ', ');
  lines.push(t.report.title(code(result.request.action), code(result.request.resource)), '');
  if (result.decision === 'allowed') lines.push(t.decided.allowed(names(result.deciding)));
  else if (result.decision === 'explicit-deny') lines.push(t.decided.denied(names(result.deciding)));
  else if (result.decision === 'implicit-deny') lines.push(t.decided.implicit);
  else {
    const possible = result.possibleDecisions.map((d) => (locale === 'en' ? t.decision[d].toLowerCase() : t.decision[d])).join(t.or);
    lines.push(`${t.decided.unknown(possible)}${result.deciding.length ? ` ${t.decided.hangsOn(names(result.deciding))}` : ''}`);
  }
  lines.push('');
  lines.push(`- ${t.report.policy(result.policy.label, t.report.kinds[result.policy.kind])}`);
  lines.push(`- ${t.report.principal(result.request.principal !== undefined ? code(result.request.principal) : undefined)}`);
  const pairs = Object.entries(result.request.context).map(([k, v]) => `${code(k)} = ${t.list(v.map(code), 0)}`);
  lines.push(`- ${t.report.context(pairs.length ? pairs.join(t.separator) : undefined)}`);
  lines.push('', t.report.statements, '');
  if (result.statements.length === 0) lines.push(t.report.noStatements);
  for (const st of result.statements) {
    const effect = st.effect === 'unknown' ? t.effectUnknown : st.effect ?? '—';
    lines.push(`- ${statementName(st, t)}${t.aside(effect)}: ${t.report.outcome[st.outcome]}${st.invalid ? ` — ${st.invalid}` : ''}`);
    lines.push(`  - ${t.report.element.action}: ${st.action.reason}`);
    lines.push(`  - ${t.report.element.resource}: ${st.resource.reason}`);
    lines.push(`  - ${t.report.element.principal}: ${st.principal.reason}`);
    lines.push(`  - ${t.report.element.condition}: ${st.condition.reason}`);
    for (const c of st.condition.checks) {
      const values = c.values.length ? ` ${c.values.map(code).join(', ')}` : '';
      lines.push(`    - ${code(c.operator)}${c.key ? ` ${code(c.key)}` : ''}${values}: ${c.reason}`);
    }
  }
  if (result.notes.length) {
    lines.push('', t.report.notes, '');
    for (const n of result.notes) lines.push(`- ${n}`);
  }
  return lines.join('\n') + '\n';
}
