// Rule: cloudfront/default-root-object. DefaultRootObject is the object CloudFront returns for a request
// to "/". It is an object name such as "index.html" (or "folder/index.html"), not a path: it must not start
// with "/", and it is at most 255 characters (Developer Guide, DefaultRootObject.html; AWS error
// InvalidDefaultRootObject).

import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { asString, spanOf } from '../../source/access';
import type { DistributionView } from '../../cloudfront/distribution';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/default-root-object';
const MAX_LENGTH = 255;

const TEXT: Localized<{
  slash: (k: KeyName, value: string) => string;
  long: (k: KeyName, length: number) => string;
  use: (value: string) => string;
}> = {
  en: {
    slash: (k, v) => `${k('DefaultRootObject')} "${v}" must not start with "/": it is an object name such as "index.html", not a path. AWS rejects it (InvalidDefaultRootObject).`,
    long: (k, n) => `${k('DefaultRootObject')} is ${n} characters long; the maximum is ${MAX_LENGTH}. AWS rejects it (InvalidDefaultRootObject).`,
    use: (v) => `Change to "${v}"`,
  },
  ja: {
    slash: (k, v) => `${k('DefaultRootObject')} "${v}" は "/" で始めてはいけません。パスではなく "index.html" のようなオブジェクト名です。AWS は拒否します（InvalidDefaultRootObject）。`,
    long: (k, n) => `${k('DefaultRootObject')} が ${n} 文字あります。最大は ${MAX_LENGTH} 文字です。AWS は拒否します（InvalidDefaultRootObject）。`,
    use: (v) => `"${v}" に変更`,
  },
};

function check(dist: DistributionView, ctx: DistributionContext): Finding[] {
  const t = pick(TEXT, ctx.options.locale);
  const k = keyNames(ctx.spelling);
  const node = dist.defaultRootObjectNode;
  const value = asString(node);
  if (!node || value === undefined || value === '') return [];
  if (value.startsWith('/')) {
    const fixed = value.replace(/^\/+/, '');
    return [{
      rule: RULE,
      severity: 'error',
      message: t.slash(k, value),
      span: spanOf(node),
      fixes: fixed ? [{ title: t.use(fixed), edits: [ctx.edits.replaceValue(node, fixed)], isPreferred: true }] : [],
    }];
  }
  if (value.length > MAX_LENGTH) return [{ rule: RULE, severity: 'error', message: t.long(k, value.length), span: spanOf(node) }];
  return [];
}

export const defaultRootObject: Rule = {
  meta: {
    id: RULE,
    title: { en: 'DefaultRootObject must not start with "/"', ja: 'DefaultRootObject は "/" で始めない' },
    severity: 'error',
    description: {
      en: 'DefaultRootObject is the object returned for "/", written as an object name such as "index.html", without a ' +
        'leading "/", and at most 255 characters. The quick fix removes the leading "/".',
      ja: 'DefaultRootObject は "/" へのリクエストに返すオブジェクトで、"index.html" のように先頭の "/" なしで、255 文字以内で書きます。' +
        'クイックフィックスは先頭の "/" を削除します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DistributionConfig.html',
    ],
  },
  distribution: check,
};
