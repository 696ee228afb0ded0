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

/** The values a rule's setting takes, in the order the settings editor offers them. */
const RULE_SETTING_VALUES = ['default', 'off', 'error', 'warning', 'info', 'hint'];

/** The manifest's key for a rule's title in package.nls*.json. */
export function ruleNlsKey(id: string): string {
  return `config.rules.${id}`;
}

/**
 * The `cloudfrontIamLens.rules` setting's schema in package.json: one property per rule id, so VS Code completes the
 * ids with their titles and marks an id it does not know; the values are the severities.
 */
export function rulesSettingSchema(current: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of rules) {
    properties[rule.meta.id] = { type: 'string', enum: RULE_SETTING_VALUES, default: 'default', markdownDescription: `%${ruleNlsKey(rule.meta.id)}%` };
  }
  return { ...current, properties, additionalProperties: false };
}

/** package.json and its two string tables with the rules' setting schema and titles, as the files should read. */
export function generateManifestFiles(root: string): Record<string, string> {
  const read = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
  const manifest = read('package.json') as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const settings = manifest.contributes.configuration.properties;
  settings['cloudfrontIamLens.rules'] = rulesSettingSchema(settings['cloudfrontIamLens.rules']);
  const out: Record<string, string> = { 'package.json': `${JSON.stringify(manifest, null, 2)}\n` };
  for (const [file, locale] of [['package.nls.json', 'en'], ['package.nls.ja.json', 'ja']] as const) {
    const table = read(file);
    for (const key of Object.keys(table)) if (key.startsWith('config.rules.')) delete table[key];
    for (const rule of rules) table[ruleNlsKey(rule.meta.id)] = `${pick(rule.meta.title, locale)} (\`${rule.meta.severity}\`)`;
    out[file] = `${JSON.stringify(table, null, 2)}\n`;
  }
  return out;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  for (const locale of Object.keys(DOC_FILES) as Locale[]) {
    fs.writeFileSync(path.join(root, DOC_FILES[locale]), generateRulesDoc(locale));
    console.log(`wrote ${DOC_FILES[locale]}`);
  }
  for (const [file, text] of Object.entries(generateManifestFiles(root))) {
    fs.writeFileSync(path.join(root, file), text);
    console.log(`wrote ${file}`);
  }
}
