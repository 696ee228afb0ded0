// Generates docs/rules.md (English) and docs/rules.ja.md (Japanese) from the rules' own metadata, so the
// reference can never drift from the code. A unit test fails when the committed files are out of date;
// run `npm run docs` to regenerate them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument, parseDocument, pick, rules, type Locale } from '../server/src/analysis';

const HEAD: Record<Locale, { title: string; intro: string; severity: string; appliesTo: string; sources: string; example: string; fixed: string; fix: string; finding: string; table: string }> = {
  en: {
    title: '# Rule reference',
    intro: 'Generated from the rules\' metadata by `npm run docs`; do not edit by hand. Every rule can be turned off or given another severity with the `cloudfrontIamLens.rules` setting, for example `{ "cloudfront/shadowed-behavior": "error" }`.',
    severity: 'Default severity',
    appliesTo: 'Runs on',
    sources: 'Based on',
    example: 'Example',
    fixed: 'Fixed',
    fix: 'How to fix',
    finding: 'What it reports on the example',
    table: '| Rule | Severity | Title |\n| --- | --- | --- |',
  },
  ja: {
    title: '# ルール一覧',
    intro: 'ルールのメタデータから `npm run docs` で生成しています。手で編集しないでください。どのルールも設定 `cloudfrontIamLens.rules` で無効にしたり重大度を変えたりできます（例: `{ "cloudfront/shadowed-behavior": "error" }`）。',
    severity: '既定の重大度',
    appliesTo: '対象',
    sources: '根拠',
    example: '例',
    fixed: '修正後',
    fix: '直し方',
    finding: '例に対する指摘',
    table: '| ルール | 重大度 | 概要 |\n| --- | --- | --- |',
  },
};

/** The anchor GitHub and VS Code's Markdown preview give a heading that is exactly the rule id. */
export function anchorOf(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

export function generateRulesDoc(locale: Locale): string {
  const h = HEAD[locale];
  const out: string[] = [h.title, '', h.intro, '', h.table];
  for (const rule of rules) out.push(`| [\`${rule.meta.id}\`](#${anchorOf(rule.meta.id)}) | ${rule.meta.severity} | ${pick(rule.meta.title, locale)} |`);
  for (const rule of rules) {
    const m = rule.meta;
    out.push('', `## ${m.id}`, '', `**${pick(m.title, locale)}**`, '', pick(m.description, locale), '');
    out.push(`- ${h.severity}: \`${m.severity}\``);
    out.push(`- ${h.appliesTo}: ${m.appliesTo.map((k) => `\`${k}\``).join(', ')}`);
    out.push(`- ${h.sources}: ${m.sources.map((s) => `<${s}>`).join(', ')}`);
    if (m.fix) out.push('', `${h.fix}: ${pick(m.fix, locale)}`);
    if (m.example) {
      out.push('', `${h.example}:`, '', '```json', m.example.bad.trimEnd(), '```');
      const findings = analyzeDocument(parseDocument(m.example.bad), { locale }).filter((f) => f.rule === m.id);
      if (findings.length) {
        out.push('', `${h.finding}:`, '');
        for (const f of findings) out.push(`> ${f.severity}: ${f.message}`);
      }
      out.push('', `${h.fixed}:`, '', '```json', m.example.good.trimEnd(), '```');
    }
  }
  return out.join('\n') + '\n';
}

export const DOC_FILES: Record<Locale, string> = { en: 'docs/rules.md', ja: 'docs/rules.ja.md' };

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  for (const locale of Object.keys(DOC_FILES) as Locale[]) {
    fs.writeFileSync(path.join(root, DOC_FILES[locale]), generateRulesDoc(locale));
    console.log(`wrote ${DOC_FILES[locale]}`);
  }
}
