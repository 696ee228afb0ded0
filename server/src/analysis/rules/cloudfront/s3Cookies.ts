// Rule: cloudfront/s3-cookies. S3 ignores cookies (Developer Guide, "Caching content based on cookies": Amazon
// S3 does not process cookies). Forwarding them with
// the legacy settings puts them in the cache key, so every distinct cookie value (analytics and consent
// cookies included) gets its own copy of the same object: a lower hit rate and more requests to S3, for no
// gain. The configuration works, so this is a warning. Query strings are not reported: with S3 they are
// often forwarded on purpose, so that versioned URLs such as `app.js?v=2` are cached separately.

import { isS3Origin, targetOrigins } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { behaviorNameStart, keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { spanOf } from '../../source/access';
import type { Finding, TextEdit } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/s3-cookies';

const TEXT: Localized<{
  message: (k: KeyName, where: string, origin: string, forward: string) => string;
  fix: (k: KeyName) => string;
}> = {
  en: {
    message: (k, where, origin, forward) => `${where} forwards cookies (${k('Forward')} "${forward}") to the S3 origin "${origin}", which ignores them. Cookies become part of the cache key, so each distinct cookie value gets its own copy of the same object: fewer cache hits and more requests to S3, for nothing. Set ${k('Forward')} to "none".`,
    fix: (k) => `Set ${k('Cookies')}.${k('Forward')} to "none"`,
  },
  ja: {
    message: (k, where, origin, forward) => `${where}は Cookie（${k('Forward')} "${forward}"）を S3 オリジン "${origin}" へ転送しますが、S3 は Cookie を無視します。Cookie がキャッシュキーに含まれるため、Cookie の値ごとに同じオブジェクトのコピーができ、キャッシュヒットが減って S3 へのリクエストが増えるだけです。${k('Forward')} を "none" にしてください。`,
    fix: (k) => `${k('Cookies')}.${k('Forward')} を "none" にする`,
  },
};

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const fv = b.forwardedValues;
  if (b.cachePolicy !== 'absent' || !fv?.cookiesForwardNode || (fv.cookies !== 'all' && fv.cookies !== 'whitelist')) return [];
  const origins = targetOrigins(ctx.dist, b);
  // Every origin the behavior may use must be S3; a custom origin in a group may read the cookies.
  if (!origins?.length || !origins.every(isS3Origin)) return [];
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const k = keyNames(ctx.spelling);
  const edits: TextEdit[] = [ctx.edits.replaceValue(fv.cookiesForwardNode, 'none')];
  const names = fv.cookiesNode ? ctx.edits.removeMember(fv.cookiesNode, 'WhitelistedNames') : undefined;
  if (names) edits.push(names);
  return [{
    rule: RULE,
    severity: 'warning',
    message: t.message(k, behaviorNameStart(b, locale, ctx.spelling), origins[0].id, fv.cookies),
    span: spanOf(fv.cookiesForwardNode),
    fixes: [{ title: t.fix(k), edits, isPreferred: true }],
  }];
}

export const s3Cookies: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Cookies forwarded to an S3 origin', ja: 'S3 オリジンへの Cookie の転送' },
    severity: 'warning',
    description: {
      en: 'S3 ignores cookies. Forwarding them with the legacy settings only splits the cache by cookie value, lowering ' +
        'the hit rate and raising the number of requests to S3. Query strings are not reported, since they are often ' +
        'forwarded on purpose for versioned URLs.',
      ja: 'S3 は Cookie を無視します。レガシー設定で Cookie を転送しても、Cookie の値ごとにキャッシュが分かれてヒット率が下がり、' +
        'S3 へのリクエストが増えるだけです。クエリ文字列はバージョン付き URL のために意図して転送することが多いので報告しません。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Cookies.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesForwardCookies',
    ],
  },
  behavior: check,
};
