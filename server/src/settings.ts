// Feature: user settings, shared by the language server and the CLI. What VS Code sends is untrusted JSON (a user can write anything in settings.json),
// so it is sanitised here into analysis options and file filters; anything malformed falls back to the
// default for that one setting.

import { DEFAULT_OPTIONS, DEFAULT_QUOTAS, pick, rules, type AnalysisOptions, type Locale, type Localized, type Quotas, type RuleSetting } from './analysis';
import { editDistance } from './analysis/util/suggest';
import { fileGlobMatcher } from './fileGlob';

export interface Settings {
  options: AnalysisOptions;
  include: string[];
  exclude: string[];
  /**
   * What in the settings was not understood and is ignored (an unknown rule id, a value that is not a severity),
   * in the user's language, for the server's output channel.
   */
  problems: string[];
}

const PROBLEMS: Localized<{
  unknownRule: (id: string, near: string | undefined) => string;
  badValue: (id: string, value: string) => string;
}> = {
  en: {
    unknownRule: (id, near) => `cloudfrontIamLens.rules: there is no rule "${id}", so its setting is ignored.${near ? ` Did you mean "${near}"?` : ''}`,
    badValue: (id, value) => `cloudfrontIamLens.rules: "${id}" is set to ${value}, which is not one of ${RULE_SETTINGS.join(', ')}; the rule keeps its default.`,
  },
  ja: {
    unknownRule: (id, near) => `cloudfrontIamLens.rules: ルール "${id}" はないため、この設定は無視されます。${near ? `"${near}" のことですか?` : ''}`,
    badValue: (id, value) => `cloudfrontIamLens.rules: "${id}" の値 ${value} は ${RULE_SETTINGS.join('、')} のいずれでもないため、ルールは既定のままです。`,
  },
};

/** The known rule id nearest to a misspelt one (`cloudfront/shadowed-behaviour`), when one is close. */
function nearestRuleId(id: string): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const rule of rules) {
    const distance = editDistance(rule.meta.id.toLowerCase(), id.toLowerCase());
    if (!best || distance < best.distance) best = { id: rule.meta.id, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 5)) ? best.id : undefined;
}

export const DEFAULT_INCLUDE = ['**/*.json', '**/*.jsonc'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**'];

const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'default', 'error', 'warning', 'info', 'hint'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function globs(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

/** Turns the raw `cloudfrontIamLens` configuration section into settings. Never throws. */
export function sanitizeSettings(raw: unknown, locale: Locale): Settings {
  const section = isRecord(raw) ? raw : {};
  const ruleSettings: Record<string, RuleSetting> = {};
  const problems: string[] = [];
  const text = pick(PROBLEMS, locale);
  if (isRecord(section.rules)) {
    const known = new Set(rules.map((r) => r.meta.id));
    for (const [id, value] of Object.entries(section.rules)) {
      if (!known.has(id)) {
        problems.push(text.unknownRule(id, nearestRuleId(id)));
      } else if (typeof value === 'string' && (RULE_SETTINGS as readonly string[]).includes(value)) {
        ruleSettings[id] = value as RuleSetting;
      } else {
        problems.push(text.badValue(id, JSON.stringify(value) ?? String(value)));
      }
    }
  }
  const quotas: Quotas = { ...DEFAULT_QUOTAS };
  const rawQuotas = isRecord(section.quotas) ? section.quotas : {};
  for (const key of Object.keys(DEFAULT_QUOTAS) as (keyof Quotas)[]) {
    const value = rawQuotas[key];
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) quotas[key] = value;
  }
  const patterns = isRecord(section.pathPatterns) ? section.pathPatterns : {};
  const questionMatchesSlash = typeof patterns.questionMarkMatchesSlash === 'boolean'
    ? patterns.questionMarkMatchesSlash : DEFAULT_OPTIONS.semantics.questionMatchesSlash;
  const files = isRecord(section.files) ? section.files : {};
  return {
    options: { locale, semantics: { questionMatchesSlash }, quotas, ruleSettings },
    include: globs(files.include, DEFAULT_INCLUDE),
    exclude: globs(files.exclude, DEFAULT_EXCLUDE),
    problems,
  };
}

/**
 * Decides whether a file is analysed, from its path relative to the workspace folder (forward slashes).
 * Files outside every workspace folder (and untitled documents) are matched by their base name.
 */
export function createFileFilter(include: string[], exclude: string[]): (relativePath: string) => boolean {
  // The globs come from settings a repository can carry, so they are matched in linear time (fileGlob.ts).
  const included = fileGlobMatcher(include);
  const excluded = fileGlobMatcher(exclude);
  return (relativePath) => included(relativePath) && !excluded(relativePath);
}

/**
 * The path that the file globs are matched against: relative to the workspace folder that holds the document
 * (the deepest one), or the base name for documents outside every folder and untitled ones. URIs are compared
 * in their encoded form and the result is decoded, so spaces and non-ASCII names match the globs as typed.
 */
export function globPathOf(uri: string, folderUris: readonly string[]): string {
  let best: string | undefined;
  for (const folder of folderUris) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (uri.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  const rest = best === undefined ? uri.slice(uri.lastIndexOf('/') + 1) : uri.slice(best.length);
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}
