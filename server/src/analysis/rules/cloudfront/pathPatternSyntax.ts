// Rule: cloudfront/path-pattern-syntax. A path pattern may contain only A–Z, a–z, 0–9 and
// _ - . * $ / ~ " ' @ : + & ?, and at most 255 characters (Developer Guide, "Path pattern"). AWS rejects other
// characters with InvalidArgument "The parameter globPattern can only contain these characters: …"
// (aws-samples/image-optimization#39, where regular-expression patterns were rejected; anomalyco/sst#5136 for
// a space). The only wildcards are * and ?, so regex or bracket syntax gets an explanation. `&amp;` in
// JSON is most likely a double escape of "&" (an assumption: AWS documents no such case), which is only worth
// an information.

import type { BehaviorView } from '../../cloudfront/distribution';
import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { spanOf } from '../../source/access';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/path-pattern-syntax';
const MAX_LENGTH = 255;
const ALLOWED = /[A-Za-z0-9_\-.*$/~"'@:+&?]/;
const REGEX_LIKE = /[[\](){}|^\\]/;
const AWS_TEXT = 'The parameter globPattern can only contain these characters: [a-zA-Z0-9_-.*$/~"\'&@:?+\\]';

const TEXT: Localized<{
  chars: (k: KeyName, pattern: string, list: string) => string;
  regex: string;
  long: (k: KeyName, length: number) => string;
  amp: (k: KeyName, pattern: string) => string;
  fixAmp: string;
  empty: (k: KeyName) => string;
  space: string;
}> = {
  en: {
    chars: (k, p, list) => `${k('PathPattern')} "${p}" contains ${list}, which CloudFront does not accept. AWS rejects it with InvalidArgument: "${AWS_TEXT}".`,
    regex: ' Path patterns are not regular expressions: the only wildcards are * (any run of characters, "/" included) and ? (exactly one character); there are no character classes, groups or alternatives, and matching is case-sensitive. Use one cache behavior per alternative.',
    long: (k, n) => `${k('PathPattern')} is ${n} characters long; CloudFront accepts at most ${MAX_LENGTH}.`,
    amp: (k, p) => `${k('PathPattern')} "${p}" contains "&amp;". In JSON, write a plain "&": the AWS SDKs escape it for the XML API themselves, so "&amp;" here most likely matches the literal text "&amp;" in the URL.`,
    fixAmp: 'Replace "&amp;" with "&"',
    empty: (k) => `${k('PathPattern')} is empty. AWS documents no meaning for an empty pattern (the console requires one), so the extension does not judge which paths this behavior takes. Write the pattern of the paths it should take.`,
    space: 'a space',
  },
  ja: {
    chars: (k, p, list) => `${k('PathPattern')} "${p}" に CloudFront が受け付けない文字 ${list} が含まれています。AWS は InvalidArgument で拒否します: "${AWS_TEXT}"。`,
    regex: ' パスパターンは正規表現ではありません。ワイルドカードは *（"/" を含む任意の文字列）と ?（ちょうど 1 文字）だけで、文字クラス・グループ・選択はなく、大文字と小文字は区別されます。選択肢ごとにキャッシュビヘイビアを分けてください。',
    long: (k, n) => `${k('PathPattern')} が ${n} 文字あります。CloudFront が受け付けるのは ${MAX_LENGTH} 文字までです。`,
    amp: (k, p) => `${k('PathPattern')} "${p}" に "&amp;" が含まれています。JSON ではそのまま "&" と書きます。AWS SDK が XML API 向けに自分でエスケープするため、ここでの "&amp;" は URL 中の文字列 "&amp;" そのものに一致する可能性が高いです。`,
    fixAmp: '"&amp;" を "&" に置き換える',
    empty: (k) => `${k('PathPattern')} が空です。空のパターンが何に一致するかは AWS の文書になく（コンソールでは入力必須）、拡張機能はこのビヘイビアの到達性を判断しません。使いたいパスのパターンを書いてください。`,
    space: '空白',
  },
};

function describeChar(ch: string, locale: Locale): string {
  if (ch === ' ') return pick(TEXT, locale).space;
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${ch}"`;
}

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const locale = ctx.options.locale;
  const pattern = b.pathPattern;
  const node = b.patternNode;
  if (pattern === undefined || !node) return [];
  const t = pick(TEXT, locale);
  const k = keyNames(ctx.spelling);
  if (pattern === '') return [{ rule: RULE, severity: 'warning', message: t.empty(k), span: spanOf(node) }];
  // "&amp;" is judged as a whole below, so its ";" is not reported as a character of its own,
  // as in serverless's validation pattern `^([A-Za-z0-9_.*?$/~"'@:+-]|&amp;)+$`.
  const bad = [...new Set([...pattern.split('&amp;').join('&')].filter((ch) => !ALLOWED.test(ch)))];
  if (bad.length) {
    const list = bad.slice(0, 6).map((ch) => describeChar(ch, locale)).join(locale === 'ja' ? '、' : ', ') + (bad.length > 6 ? ' …' : '');
    return [{ rule: RULE, severity: 'error', message: t.chars(k, pattern, list) + (REGEX_LIKE.test(pattern) ? t.regex : ''), span: spanOf(node) }];
  }
  if (pattern.length > MAX_LENGTH) return [{ rule: RULE, severity: 'error', message: t.long(k, pattern.length), span: spanOf(node) }];
  if (pattern.includes('&amp;')) {
    return [{
      rule: RULE,
      severity: 'info',
      message: t.amp(k, pattern),
      span: spanOf(node),
      fixes: [{ title: t.fixAmp, edits: [ctx.edits.replaceValue(node, pattern.split('&amp;').join('&'))], isPreferred: true }],
    }];
  }
  return [];
}

export const pathPatternSyntax: Rule = {
  meta: {
    id: RULE,
    title: { en: 'PathPattern has characters CloudFront rejects', ja: 'CloudFront が拒否する文字を含む PathPattern' },
    severity: 'error',
    description: {
      en: 'A path pattern may contain only letters, digits and _ - . * $ / ~ " \' @ : + & ?, and at most 255 characters. ' +
        'There are no regular expressions, character classes or braces: * and ? are the only wildcards. In JSON, "&" is ' +
        'written as is; "&amp;" is reported as a probable double escape.',
      ja: 'パスパターンに使えるのは英数字と _ - . * $ / ~ " \' @ : + & ? だけで、255 文字までです。正規表現・文字クラス・中括弧は' +
        'なく、ワイルドカードは * と ? だけです。JSON では "&" をそのまま書きます。"&amp;" は二重エスケープの可能性として知らせます。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern',
      'https://github.com/aws-samples/image-optimization/issues/39',
      'https://github.com/anomalyco/sst/issues/5136',
    ],
  },
  behavior: check,
};
