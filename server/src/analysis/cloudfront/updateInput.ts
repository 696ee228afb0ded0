// Feature: turning a saved `get-distribution-config` or `get-distribution` output into input for
// `update-distribution` (CloudFront API Reference, API_UpdateDistribution). UpdateDistribution replaces the
// whole config and needs the ETag of the config it replaces as If-Match. The CLI's `--distribution-config
// file://…` takes the bare config and `--cli-input-json` takes `{Id, IfMatch, DistributionConfig}`; the saved
// output is neither, and the CLI's parameter validation refuses its extra members. These are refactorings the
// user asks for, never diagnostics: a saved output is a normal file to keep.
//
// The config's text is taken as written (comments, order, number formats) and only shifted left, so nothing in
// it changes but its indentation.

import { pick, type Locale, type Localized } from '../util/i18n';
import { asString, isObject, prop, propKey, spanOf, type Node } from '../source/access';
import { code } from '../util/markdown';
import type { ParsedDocument } from '../document/parse';
import { spanContains, spansOverlap, type Fix, type Span } from '../types';
import type { HoverInfo } from './hover';

const TEXT: Localized<{
  bare: (etag: string) => string;
  cliInput: (id: string) => string;
  etagHover: (etag: string) => string;
  ifMatchHover: (etag: string) => string;
}> = {
  en: {
    etagHover: (etag) => `**ETag** ${etag} — the version of the distribution config this output was saved from. ` +
      '`update-distribution` needs it as `--if-match` (`IfMatch` in `--cli-input-json`); if the config has changed since, ' +
      'CloudFront refuses the update with `PreconditionFailed` and the config must be fetched again.\n\n' +
      'This output is not input for `update-distribution` as it is: the Refactor menu on this line turns it into input.',
    ifMatchHover: (etag) => `**IfMatch** ${etag} — the \`ETag\` that \`get-distribution-config\` returned with the config being ` +
      'replaced. `update-distribution` replaces the whole config; if it has changed since that ETag, CloudFront answers ' +
      '`PreconditionFailed` instead of overwriting the newer config.',
    bare: (etag) => `Keep only the DistributionConfig, for update-distribution --distribution-config (with --if-match ${etag})`,
    cliInput: (id) => `Rewrite as update-distribution --cli-input-json input (Id ${id}, IfMatch from ETag)`,
  },
  ja: {
    etagHover: (etag) => `**ETag** ${etag} — この出力を保存したときのディストリビューション設定のバージョン。` +
      '`update-distribution` では `--if-match`（`--cli-input-json` では `IfMatch`）に指定します。その後に設定が変わっていれば、' +
      'CloudFront は `PreconditionFailed` で更新を拒否するので、設定を取得し直す必要があります。\n\n' +
      'この出力はそのままでは `update-distribution` の入力になりません。この行のリファクタリングメニューで入力の形に変換できます。',
    ifMatchHover: (etag) => `**IfMatch** ${etag} — 置き換える設定と一緒に \`get-distribution-config\` が返した \`ETag\`。` +
      '`update-distribution` は設定全体を置き換えます。その ETag の後に設定が変わっていれば、CloudFront は新しい設定を上書きせず ' +
      '`PreconditionFailed` を返します。',
    bare: (etag) => `DistributionConfig だけを残す（update-distribution --distribution-config 用。--if-match ${etag} を付けて実行）`,
    cliInput: (id) => `update-distribution --cli-input-json の入力に書き換える（Id ${id}、ETag を IfMatch に）`,
  },
};

/** A saved API output: its ETag, the config, the key it hangs from and the distribution's Id when known. */
interface SavedOutput {
  etag: string;
  etagMember: Node;
  config: Node;
  configKey: Node;
  id?: string;
}

function savedOutputOf(root: Node | undefined): SavedOutput | undefined {
  const etag = asString(prop(root, 'ETag'));
  const etagMember = propKey(root, 'ETag')?.parent;
  if (!root || etag === undefined || etag === '' || !etagMember) return undefined;
  // `get-distribution-config`: {ETag, DistributionConfig}.
  const config = prop(root, 'DistributionConfig');
  const configKey = propKey(root, 'DistributionConfig');
  if (isObject(config) && configKey) return { etag, etagMember, config, configKey };
  // `get-distribution`, `create-distribution`, `update-distribution` output: {ETag, Distribution: {Id, …, DistributionConfig}}.
  const distribution = prop(root, 'Distribution');
  const inner = prop(distribution, 'DistributionConfig');
  const innerKey = propKey(distribution, 'DistributionConfig');
  if (!isObject(inner) || !innerKey) return undefined;
  const id = asString(prop(distribution, 'Id'));
  return { etag, etagMember, config: inner, configKey: innerKey, id: id === '' ? undefined : id };
}

/** The white space before the first character on the line that holds `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** `text` with `from` at the start of each line after the first replaced by `to`. */
function reindent(text: string, from: string, to: string): string {
  return text.split('\n').map((line, i) => (i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line)).join('\n');
}

/**
 * The rewrites offered at `span` of a saved distribution output: on its `ETag` member or on the key of its
 * `DistributionConfig`. None for anything else, or while the text has syntax errors.
 */
export function updateInputRewrites(parsed: ParsedDocument, span: Span, locale: Locale): Fix[] {
  if (parsed.syntaxErrors.length > 0) return [];
  const saved = savedOutputOf(parsed.root);
  if (!saved || !(spansOverlap(span, saved.etagMember) || spansOverlap(span, saved.configKey))) return [];
  const { text } = parsed;
  const t = pick(TEXT, locale);
  const whole: Span = { offset: 0, length: text.length };
  const trailing = /\r?\n$/.exec(text)?.[0] ?? '';
  const configText = text.slice(saved.config.offset, saved.config.offset + saved.config.length);
  const configIndent = indentAt(text, saved.configKey.offset);

  const fixes: Fix[] = [{
    title: t.bare(saved.etag),
    edits: [{ span: whole, newText: reindent(configText, configIndent, '') + trailing }],
  }];

  if (saved.id !== undefined) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const unit = indentAt(text, saved.etagMember.offset);
    const multiLine = text.slice(0, saved.etagMember.offset).includes('\n');
    const members = [
      `"Id": ${JSON.stringify(saved.id)}`,
      `"IfMatch": ${JSON.stringify(saved.etag)}`,
      `"DistributionConfig": ${reindent(configText, configIndent, multiLine ? unit : '')}`,
    ];
    const body = multiLine ? `{${eol}${members.map((m) => unit + m).join(`,${eol}`)}${eol}}` : `{${members.join(', ')}}`;
    fixes.push({ title: t.cliInput(saved.id), edits: [{ span: whole, newText: body + trailing }] });
  }
  return fixes;
}

/**
 * The hover on the `ETag` key of a saved output, and on the `IfMatch` key of `--cli-input-json` input for
 * update-distribution (`{Id, IfMatch, DistributionConfig}`).
 */
export function updateInputHoverAt(parsed: ParsedDocument, offset: number, locale: Locale): HoverInfo | undefined {
  const t = pick(TEXT, locale);
  const saved = savedOutputOf(parsed.root);
  const etagKey = propKey(parsed.root, 'ETag');
  if (saved && etagKey && spanContains(etagKey, offset)) return { markdown: t.etagHover(code(saved.etag)), span: spanOf(etagKey) };
  const ifMatchKey = propKey(parsed.root, 'IfMatch');
  const ifMatch = asString(prop(parsed.root, 'IfMatch'));
  if (ifMatchKey && ifMatch !== undefined && isObject(prop(parsed.root, 'DistributionConfig')) && spanContains(ifMatchKey, offset)) {
    return { markdown: t.ifMatchHover(code(ifMatch)), span: spanOf(ifMatchKey) };
  }
  return undefined;
}
