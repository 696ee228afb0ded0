#!/usr/bin/env node
// Builds a real VS Code language-pack extension (.vsix) for the integration tests that run VS Code in
// another display language (E2E_LOCALE=ja), offline, from what the npm registry offers.
//
// Why: VS Code (and so code-server) only switches its display language when a language pack for it is
// installed; `--locale ja` alone leaves vscode.env.language at 'en'. Microsoft's packs (MS-CEINTL.vscode-
// language-pack-*) come from the Marketplace / Open VSX, which these machines cannot reach. The npm package
// @codingame/monaco-vscode-language-pack-<lang> carries the same translations (taken from Microsoft's
// vscode-loc, VS Code 1.108 for 25.1.2), but in a different shape:
//   - translations/extensions/*.i18n.json are VS Code's own format already and are copied as they are;
//   - translations/main.i18n.json.js (the workbench) is a plain array indexed by the message numbers of
//     codingame's own build of VS Code, not VS Code's {"contents": {"vs/<module>": {key: text}}}.
// The codingame packages that the language pack depends on (@codingame/monaco-vscode-api and its service
// overrides) ship that build's modules as vscode/src/vs/<module>.js with calls `localize(<number>, "<English>")`.
// That gives number -> (module, English). code-server's lib/vscode/out/nls.metadata.json gives, for the
// VS Code 1.139 it runs, module -> [key] and module -> [English]. A message is translated when the same
// English text has one translation in the same module, or else one translation across all modules. Messages
// of modules that are not in the installed codingame packages, and messages whose English changed between
// 1.108 and 1.139, stay English: the workbench is partly translated (about 38 % of its messages). Everything
// that reads the translations (the server's language-pack cache, nls.messages.json, the extension host's
// vscode.env.language, the localisation of extension manifests through package.nls.<lang>.json) is VS Code's
// own code.
//
// Usage: node scripts/e2e-langpack.mjs <lang>     (run by scripts/e2e-setup.sh after the npm install)
// Reads  <E2E>/langpack-<lang>/node_modules/@codingame/…  and  <E2E>/code-server/…/lib/vscode/out/nls.metadata.json
// Writes <E2E>/langpack-<lang>/extension/  and  <E2E>/langpack-<lang>/vscode-language-pack-<lang>.vsix
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const E2E = path.resolve(process.env.E2E_DIR || path.join(ROOT, '.e2e'));
const lang = process.argv[2];
if (!lang || !/^[a-z]{2,3}(-[a-z]+)?$/.test(lang)) {
  console.error('usage: node scripts/e2e-langpack.mjs <lang>   (for example ja)');
  process.exit(2);
}

const DIR = path.join(E2E, `langpack-${lang}`);
const CODINGAME = path.join(DIR, 'node_modules', '@codingame');
const SOURCE = path.join(CODINGAME, `monaco-vscode-language-pack-${lang}`);
const VSCODE = path.join(E2E, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode');
const OUT_DIR = path.join(DIR, 'extension');
const VSIX = path.join(DIR, `vscode-language-pack-${lang}.vsix`);
const VSCE = path.join(ROOT, 'node_modules', '.bin', 'vsce');

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && entry.name.endsWith('.js')) out.push(full);
  }
  return out;
}

/**
 * Reads the JavaScript string literal that starts at s[i] ('…', "…" or a `…` without ${}).
 * Returns { value, end } or undefined when there is no plain literal there.
 */
function readLiteral(s, i) {
  const quote = s[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  const simple = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };
  let value = '';
  for (i++; i < s.length; ) {
    const c = s[i];
    if (c === quote) return { value, end: i + 1 };
    if (quote === '`' && c === '$' && s[i + 1] === '{') return undefined;
    if (quote !== '`' && c === '\n') return undefined;
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const n = s[i + 1];
    if (n in simple) {
      value += simple[n];
      i += 2;
    } else if (n === 'u' && s[i + 2] === '{') {
      const close = s.indexOf('}', i);
      value += String.fromCodePoint(parseInt(s.slice(i + 3, close), 16));
      i = close + 1;
    } else if (n === 'u') {
      value += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (n === 'x') {
      value += String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (n === '\n') {
      i += 2; // a line continuation
    } else {
      value += n;
      i += 2;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- inputs
for (const [what, file] of [['the codingame language pack', SOURCE], ['code-server', path.join(VSCODE, 'out', 'nls.metadata.json')], ['vsce', VSCE]]) {
  if (!fs.existsSync(file)) {
    console.error(`e2e-langpack: ${what} not found at ${file}`);
    process.exit(1);
  }
}
const sourcePkg = readJson(path.join(SOURCE, 'package.json'));
// index.js holds the original language pack's manifest (names, the list of extension translations).
const manifestMatch = /const manifest = (\{.*\});/.exec(fs.readFileSync(path.join(SOURCE, 'index.js'), 'utf8'));
if (!manifestMatch) throw new Error(`no manifest found in ${SOURCE}/index.js`);
const original = JSON.parse(manifestMatch[1]);
const originalLocalization = original.contributes.localizations[0];
if (originalLocalization.languageId !== lang) {
  throw new Error(`${SOURCE} is a pack for ${originalLocalization.languageId}, not ${lang}`);
}
// The workbench translations: an array (ES module) indexed by codingame's message numbers.
const numbered = (await import(pathToFileURL(path.join(SOURCE, 'translations', 'main.i18n.json.js')).href)).default;
const vscodeVersion = readJson(path.join(VSCODE, 'package.json')).version;
const metadata = readJson(path.join(VSCODE, 'out', 'nls.metadata.json'));

// ---------------------------------------------------------------- number -> (module, English)
const byNumber = new Map();
let sourceFiles = 0;
for (const pkg of fs.readdirSync(CODINGAME)) {
  for (const file of walk(path.join(CODINGAME, pkg))) {
    const m = /[\\/]vscode[\\/]src[\\/](vs[\\/].*)\.js$/.exec(file);
    if (!m) continue;
    const module = m[1].split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    sourceFiles++;
    const call = /\blocalize2?\(\s*(\d+)\s*,\s*/g;
    let hit;
    while ((hit = call.exec(text))) {
      const literal = readLiteral(text, call.lastIndex);
      if (literal) byNumber.set(Number(hit[1]), { module, english: literal.value });
    }
  }
}

// English -> set of translations, per module and across all modules.
const perModule = new Map();
const anyModule = new Map();
const add = (map, key, value) => {
  if (!map.has(key)) map.set(key, new Set());
  map.get(key).add(value);
};
for (const [n, { module, english }] of byNumber) {
  const translated = numbered[n];
  if (typeof translated !== 'string') continue;
  if (!perModule.has(module)) perModule.set(module, new Map());
  add(perModule.get(module), english, translated);
  add(anyModule, english, translated);
}
const only = (set) => (set && set.size === 1 ? [...set][0] : undefined);

// ---------------------------------------------------------------- VS Code's main.i18n.json
const contents = {};
let total = 0;
let sameModule = 0;
let otherModule = 0;
for (const module of Object.keys(metadata.keys)) {
  const keys = metadata.keys[module];
  const messages = metadata.messages[module];
  keys.forEach((k, i) => {
    total++;
    const key = typeof k === 'string' ? k : k.key;
    let translated = only(perModule.get(module)?.get(messages[i]));
    if (translated !== undefined) sameModule++;
    else if ((translated = only(anyModule.get(messages[i]))) !== undefined) otherModule++;
    if (translated !== undefined) (contents[module] ??= {})[key] = translated;
  });
}

// ---------------------------------------------------------------- the extension folder
fs.rmSync(OUT_DIR, { recursive: true, force: true });
fs.mkdirSync(path.join(OUT_DIR, 'translations', 'extensions'), { recursive: true });
const header = [
  `Generated by scripts/e2e-langpack.mjs from ${sourcePkg.name}@${sourcePkg.version} for VS Code ${vscodeVersion}.`,
  'A test fixture of the CloudFront & IAM Lens integration tests; do not edit.',
];
const mainText = JSON.stringify({ '': header, version: '1.0.0', contents }, null, '\t') + '\n';
fs.writeFileSync(path.join(OUT_DIR, 'translations', 'main.i18n.json'), mainText);
// VS Code caches a language pack's translated messages by extension id and version (<user-data>/clp/),
// so the version's patch number is derived from the content: a changed pack is never served stale.
const contentHash = crypto.createHash('sha256').update(mainText);
const translations = [{ id: 'vscode', path: './translations/main.i18n.json' }];
for (const t of originalLocalization.translations) {
  if (t.id === 'vscode') continue;
  const from = path.join(SOURCE, t.path);
  if (!fs.existsSync(from)) continue;
  fs.copyFileSync(from, path.join(OUT_DIR, t.path));
  contentHash.update(t.id).update(fs.readFileSync(from));
  translations.push({ id: t.id, path: t.path });
}
const [major, minor] = vscodeVersion.split('.');
const patch = parseInt(contentHash.digest('hex').slice(0, 7), 16);
const manifest = {
  name: `vscode-language-pack-${lang}`,
  displayName: `${originalLocalization.languageName} Language Pack (test fixture)`,
  description: `${original.displayName}, converted from ${sourcePkg.name}@${sourcePkg.version} for the integration tests of CloudFront & IAM Lens; partly translated.`,
  version: `${major}.${minor}.${patch}`,
  publisher: 'cloudfront-iam-lens-e2e',
  license: 'MIT',
  engines: { vscode: `^${major}.${minor}.0` },
  categories: ['Language Packs'],
  contributes: {
    localizations: [{
      languageId: lang,
      languageName: originalLocalization.languageName,
      localizedLanguageName: originalLocalization.localizedLanguageName,
      translations,
    }],
  },
};
fs.writeFileSync(path.join(OUT_DIR, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
fs.writeFileSync(path.join(OUT_DIR, 'README.md'), [
  `# ${manifest.displayName}`,
  '',
  `A VS Code language pack for \`${lang}\`, built offline by \`scripts/e2e-langpack.mjs\` so that the integration tests`,
  `can run VS Code ${vscodeVersion} (code-server) with its display language set to ${originalLocalization.languageName}.`,
  `The translations are Microsoft's (vscode-loc), as shipped in the npm package \`${sourcePkg.name}@${sourcePkg.version}\` (MIT),`,
  `re-keyed by module and message key for VS Code ${vscodeVersion}. ${Math.round(((sameModule + otherModule) / total) * 100)} % of the workbench messages are translated.`,
  '',
].join('\n'));
// A license file keeps vsce from asking about it.
fs.writeFileSync(path.join(OUT_DIR, 'LICENSE.txt'), `The translations come from ${sourcePkg.name}@${sourcePkg.version} (license: ${sourcePkg.license}), which takes them from Microsoft's vscode-loc (MIT).\n`);

// ---------------------------------------------------------------- package
fs.rmSync(VSIX, { force: true });
const vsce = spawnSync(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '--out', VSIX], {
  cwd: OUT_DIR,
  stdio: ['ignore', 'pipe', 'pipe'],
  encoding: 'utf8',
});
if (vsce.status !== 0 || !fs.existsSync(VSIX)) {
  console.error(`e2e-langpack: vsce package failed (${vsce.status ?? vsce.signal}):\n${vsce.stdout}${vsce.stderr}`);
  process.exit(1);
}
console.log(
  `e2e-langpack: ${path.relative(ROOT, VSIX)}: ${sameModule + otherModule} of ${total} workbench messages translated ` +
  `(${sameModule} by module, ${otherModule} by English text alone; ${byNumber.size} numbered messages read from ${sourceFiles} codingame modules), ` +
  `${translations.length - 1} built-in extension translation files`,
);
