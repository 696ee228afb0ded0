// Rule: cloudfront/invalidation-paths. Paths in an invalidation batch must start with "/" (the console adds
// it silently; the API and CLI do not), may use "*" only as the last character, and are at most 4,000
// characters (Developer Guide, "Specifying the files to invalidate"). Encoding the wildcard as "%2A" silently invalidates nothing
// (apancutt/deploy-aws-s3-cloudfront#7), which is a warning. A path listed twice is only redundant, which is
// an information; every listed path counts towards the monthly free 1,000.

import { listView } from '../../cloudfront/distribution';
import { removeListItem } from '../../cloudfront/ruleSupport';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { asString, spanOf, type Node } from '../../source/access';
import type { SourceEdits } from '../../source/frontEnd';
import type { Finding } from '../../types';
import type { Rule, RuleContext } from '../types';

const RULE = 'cloudfront/invalidation-paths';
const MAX_LENGTH = 4000;

const TEXT: Localized<{
  slash: (path: string) => string;
  star: (path: string) => string;
  encoded: (path: string) => string;
  long: (length: number) => string;
  duplicate: (path: string) => string;
  addSlash: (path: string) => string;
  truncate: (path: string) => string;
  decode: (path: string) => string;
  remove: string;
}> = {
  en: {
    slash: (p) => `Invalidation path "${p}" must start with "/". The console adds it for you; the API and the CLI reject the batch.`,
    star: (p) => `Invalidation path "${p}" has "*" before its end. CloudFront accepts "*" only as the last character of a path, as in "/images/*".`,
    encoded: (p) => `Invalidation path "${p}" encodes the wildcard as "%2A". CloudFront then looks for objects whose name really contains "*", so the invalidation silently does nothing. Write "*" unencoded.`,
    long: (n) => `Invalidation path is ${n} characters long; CloudFront accepts at most ${MAX_LENGTH}.`,
    duplicate: (p) => `Invalidation path "${p}" is listed more than once. The copy does nothing more, and every listed path counts towards the 1,000 free paths a month.`,
    addSlash: (p) => `Change to "${p}"`,
    truncate: (p) => `Invalidate "${p}" instead (more objects)`,
    decode: (p) => `Change to "${p}"`,
    remove: 'Remove the duplicate path',
  },
  ja: {
    slash: (p) => `無効化パス "${p}" は "/" で始める必要があります。コンソールは自動で付けますが、API と CLI はこのバッチを拒否します。`,
    star: (p) => `無効化パス "${p}" は末尾以外に "*" があります。CloudFront が受け付ける "*" は、"/images/*" のようにパスの最後の文字だけです。`,
    encoded: (p) => `無効化パス "${p}" はワイルドカードを "%2A" とエンコードしています。CloudFront は名前に "*" そのものを含むオブジェクトを探すため、この無効化は何もしません。"*" はエンコードせずに書いてください。`,
    long: (n) => `無効化パスが ${n} 文字あります。CloudFront が受け付けるのは ${MAX_LENGTH} 文字までです。`,
    duplicate: (p) => `無効化パス "${p}" が複数回あります。重複分は何もしませんが、書かれたパスはすべて月 1,000 件の無料枠に数えられます。`,
    addSlash: (p) => `"${p}" に変更`,
    truncate: (p) => `代わりに "${p}" を無効化（対象が増えます）`,
    decode: (p) => `"${p}" に変更`,
    remove: '重複したパスを削除',
  },
};

function checkPath(path: string, node: Node, edits: SourceEdits, locale: Locale): Finding | undefined {
  const t = pick(TEXT, locale);
  if (path.length > MAX_LENGTH) return { rule: RULE, severity: 'error', message: t.long(path.length), span: spanOf(node) };
  if (!path.startsWith('/')) {
    const fixed = `/${path}`;
    return { rule: RULE, severity: 'error', message: t.slash(path), span: spanOf(node), fixes: [{ title: t.addSlash(fixed), edits: [edits.replaceValue(node, fixed)], isPreferred: true }] };
  }
  const star = path.indexOf('*');
  if (star >= 0 && star < path.length - 1) {
    const truncated = path.slice(0, star + 1);
    return { rule: RULE, severity: 'error', message: t.star(path), span: spanOf(node), fixes: [{ title: t.truncate(truncated), edits: [edits.replaceValue(node, truncated)] }] };
  }
  if (/%2a/i.test(path)) {
    const decoded = path.replace(/%2a$/i, '*');
    const fixable = decoded !== path && !/%2a/i.test(decoded);
    return {
      rule: RULE,
      severity: 'warning',
      message: t.encoded(path),
      span: spanOf(node),
      fixes: fixable ? [{ title: t.decode(decoded), edits: [edits.replaceValue(node, decoded)], isPreferred: true }] : [],
    };
  }
  return undefined;
}

function check(batch: Node, ctx: RuleContext): Finding[] {
  const list = listView(batch, 'Paths');
  const array = list?.array;
  if (!list || !array) return [];
  const { locale } = ctx.options;
  const edits = ctx.doc.edits;
  const t = pick(TEXT, locale);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  (array.children ?? []).forEach((node, index) => {
    const path = asString(node);
    if (path === undefined) return;
    const finding = checkPath(path, node, edits, locale);
    if (finding) findings.push(finding);
    if (seen.has(path)) {
      findings.push({
        rule: RULE,
        severity: 'info',
        message: t.duplicate(path),
        span: spanOf(node),
        unnecessary: true,
        fixes: [{ title: t.remove, edits: removeListItem(edits, list, array, index), isPreferred: true }],
      });
    }
    seen.add(path);
  });
  return findings;
}

export const invalidationPaths: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Invalidation path CloudFront rejects or ignores', ja: 'CloudFront が拒否または無視する無効化パス' },
    severity: 'error',
    description: {
      en: 'Invalidation paths must start with "/", may use "*" only at the end, and are at most 4,000 characters. "%2A" ' +
        'is not a wildcard and silently invalidates nothing. Paths listed twice are reported, since each listed path ' +
        'counts towards the free monthly 1,000.',
      ja: '無効化パスは "/" で始まり、"*" は末尾だけに使え、4,000 文字までです。"%2A" はワイルドカードにならず、何も無効化しません。' +
        '書かれたパスはすべて月 1,000 件の無料枠に数えられるため、重複も知らせます。',
    },
    appliesTo: ['cloudfront-invalidation'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Invalidation.html#invalidation-specifying-objects',
      'https://github.com/apancutt/deploy-aws-s3-cloudfront/issues/7',
      'https://github.com/awsdocs/amazon-cloudfront-developer-guide/issues/41',
    ],
  },
  invalidation: check,
};
