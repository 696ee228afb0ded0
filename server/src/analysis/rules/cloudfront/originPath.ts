// Rule: cloudfront/origin-path. OriginPath names a directory that CloudFront puts in front of every
// request path sent to the origin. It must start with "/" and must not end with "/"; "" means none
// (API reference for Origin.OriginPath: "specify the directory name, beginning
// with a /" and "Do not include a / at the end of the directory name").

import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { asString, prop, spanOf, type Node } from '../../source/access';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/origin-path';

const TEXT: Localized<{
  slashOnly: (k: KeyName) => string;
  malformed: (k: KeyName, path: string, start: boolean, end: boolean) => string;
  use: (path: string) => string;
  useEmpty: string;
}> = {
  en: {
    slashOnly: (k) => `${k('OriginPath')} "/" is not accepted: use "" (an empty string) for no origin path. A non-empty ${k('OriginPath')} must start with "/" and must not end with "/".`,
    malformed: (k, p, start, end) => `${k('OriginPath')} "${p}" ${start && end ? 'must start with "/" and must not end with "/"' : start ? 'must start with "/"' : 'must not end with "/"'}, as in "/production". CloudFront puts it in front of every request path, and AWS does not accept it otherwise.`,
    use: (p) => `Change to "${p}"`,
    useEmpty: 'Change to "" (no origin path)',
  },
  ja: {
    slashOnly: (k) => `${k('OriginPath')} "/" は使えません。オリジンパスがない場合は ""（空文字列）にします。空でない ${k('OriginPath')} は "/" で始まり、"/" で終わってはいけません。`,
    malformed: (k, p, start, end) => `${k('OriginPath')} "${p}" は${start && end ? '"/" で始まり、"/" で終わらない' : start ? '"/" で始まる' : '"/" で終わらない'}形（例: "/production"）にしてください。CloudFront はすべてのリクエストパスの前にこれを付けます。それ以外の形は AWS が受け付けません。`,
    use: (p) => `"${p}" に変更`,
    useEmpty: '""（オリジンパスなし）に変更',
  },
};

/** The accepted spelling of an origin path: one leading "/", no trailing "/", or "" for none. */
export function normalizeOriginPath(path: string): string {
  const inner = path.replace(/^\/+/, '').replace(/\/+$/, '');
  return inner ? `/${inner}` : '';
}

function check(origin: Node, ctx: DistributionContext): Finding[] {
  const t = pick(TEXT, ctx.options.locale);
  const k = keyNames(ctx.spelling);
  const node = prop(origin, 'OriginPath');
  const path = asString(node);
  if (!node || path === undefined || path === '') return [];
  const badStart = !path.startsWith('/');
  const badEnd = path.endsWith('/');
  if (!badStart && !badEnd) return [];
  const fixed = normalizeOriginPath(path);
  return [{
    rule: RULE,
    severity: 'error',
    message: /^\/+$/.test(path) ? t.slashOnly(k) : t.malformed(k, path, badStart, badEnd),
    span: spanOf(node),
    fixes: [{ title: fixed ? t.use(fixed) : t.useEmpty, edits: [ctx.edits.replaceValue(node, fixed)], isPreferred: true }],
  }];
}

export const originPath: Rule = {
  meta: {
    id: RULE,
    title: { en: 'OriginPath must start with "/" and not end with "/"', ja: 'OriginPath は "/" で始まり "/" で終わらない' },
    severity: 'error',
    description: {
      en: 'A non-empty OriginPath must start with "/" and must not end with "/", for example "/production"; use "" for ' +
        'none. The quick fix rewrites it in that form.',
      ja: '空でない OriginPath は "/" で始まり "/" で終わらない形（例: "/production"）でなければなりません。ない場合は "" にします。' +
        'クイックフィックスはその形に書き直します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginPath',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_Origin.html',
      'https://github.com/magnetikonline/edgy/issues/2',
    ],
  },
  origin: check,
};
