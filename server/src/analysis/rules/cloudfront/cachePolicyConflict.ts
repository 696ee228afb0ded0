// Rule: cloudfront/cache-policy-conflict. A cache behavior takes its cache key and TTLs either from a
// cache policy (CachePolicyId) or from the legacy settings (ForwardedValues with MinTTL, DefaultTTL and
// MaxTTL), never both and never neither (API reference, CacheBehavior). The API rejects ForwardedValues or
// a legacy TTL next to CachePolicyId with InvalidArgument; CloudFormation templates with the same mix are
// reported by cfn-lint as "ignored" (W3704), so there it is a warning. A behavior with neither is rejected
// in both forms ("ForwardedValues is required"; cfn-lint#3070 shows the deployment failing).

import type { BehaviorView } from '../../cloudfront/distribution';
import { behaviorAnchor, behaviorName, behaviorNameStart, keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { asString, isIntrinsic, prop, propKey, spanOf } from '../../source/access';
import { presenceOf } from '../../cloudfront/distribution';
import type { Finding, Fix } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/cache-policy-conflict';
const TTL_KEYS = ['MinTTL', 'DefaultTTL', 'MaxTTL'] as const;
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

const TEXT: Localized<{
  forwardedApi: (k: KeyName, where: string) => string;
  forwardedCfn: (k: KeyName, where: string) => string;
  /** `key` is AWS's name, as AWS's message quotes it; `k(key)` is the source's. */
  ttlApi: (k: KeyName, key: string, where: string) => string;
  ttlCfn: (k: KeyName, key: string, where: string) => string;
  neither: (k: KeyName, where: string) => string;
  remove: (key: string) => string;
  usePolicy: (name: string) => string;
  addForwarded: (k: KeyName) => string;
}> = {
  en: {
    forwardedApi: (k, where) => `${k('ForwardedValues')} cannot be used together with ${k('CachePolicyId')} in ${where}. AWS rejects it with InvalidArgument: "The parameter ForwardedValues cannot be used when a cache policy is associated to the cache behavior." The cache policy already decides the cache key.`,
    forwardedCfn: (k, where) => `${k('ForwardedValues')} is ignored in ${where} because ${k('CachePolicyId')} is set (cfn-lint W3704); the cache policy decides the cache key. The CloudFront API rejects this combination, so remove ${k('ForwardedValues')} to make the template say what CloudFront does.`,
    ttlApi: (k, key, where) => `${k(key)} cannot be used together with ${k('CachePolicyId')} in ${where}. AWS rejects it with InvalidArgument: "The parameter ${key} cannot be used when a cache policy is associated". The cache policy's own TTLs apply.`,
    ttlCfn: (k, key, where) => `${k(key)} has no effect in ${where}: with ${k('CachePolicyId')} set, the cache policy's TTLs apply. The CloudFront API rejects this combination ("The parameter ${key} cannot be used when a cache policy is associated"), so remove ${k(key)} to make the template say what CloudFront does.`,
    neither: (k, where) => `${where} has neither ${k('CachePolicyId')} nor ${k('ForwardedValues')}. Every cache behavior needs one of them: AWS rejects it ("ForwardedValues is required"), also when deployed from CloudFormation.`,
    remove: (key) => `Remove ${key}`,
    usePolicy: (name) => `Use the managed cache policy ${name}`,
    addForwarded: (k) => `Add legacy ${k('ForwardedValues')} (no query strings, no cookies)`,
  },
  ja: {
    forwardedApi: (k, where) => `${where}では ${k('ForwardedValues')} と ${k('CachePolicyId')} を同時に使えません。AWS は InvalidArgument で拒否します: "The parameter ForwardedValues cannot be used when a cache policy is associated to the cache behavior."。キャッシュキーはキャッシュポリシーが決めます。`,
    forwardedCfn: (k, where) => `${where}では ${k('CachePolicyId')} があるため ${k('ForwardedValues')} は無視されます（cfn-lint W3704）。キャッシュキーはキャッシュポリシーが決めます。CloudFront API はこの組み合わせを拒否するので、${k('ForwardedValues')} を削除してテンプレートを実際の動作に合わせてください。`,
    ttlApi: (k, key, where) => `${where}では ${k(key)} と ${k('CachePolicyId')} を同時に使えません。AWS は InvalidArgument で拒否します: "The parameter ${key} cannot be used when a cache policy is associated"。TTL はキャッシュポリシーのものが使われます。`,
    ttlCfn: (k, key, where) => `${where}の ${k(key)} は効果がありません。${k('CachePolicyId')} がある場合、TTL はキャッシュポリシーのものが使われます。CloudFront API はこの組み合わせを拒否する（"The parameter ${key} cannot be used when a cache policy is associated"）ので、${k(key)} を削除してテンプレートを実際の動作に合わせてください。`,
    neither: (k, where) => `${where}には ${k('CachePolicyId')} も ${k('ForwardedValues')} もありません。キャッシュビヘイビアにはどちらかが必要です。AWS は拒否します（"ForwardedValues is required"）。CloudFormation からデプロイしても同じです。`,
    remove: (key) => `${key} を削除`,
    usePolicy: (name) => `マネージドキャッシュポリシー ${name} を使う`,
    addForwarded: (k) => `レガシーの ${k('ForwardedValues')} を追加（クエリ文字列・Cookie なし）`,
  },
};

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const k = keyNames(ctx.spelling);
  const where = behaviorName(b, locale, ctx.spelling);
  const api = b.shape === 'api';
  const findings: Finding[] = [];
  if (b.cachePolicy === 'present') {
    // An empty CachePolicyId is how some tools write "no policy"; what AWS makes of it is not documented.
    // A value of another type is reported by the schema check, and says nothing about the intent.
    const policy = b.cachePolicyIdNode;
    if (asString(policy) === '' || (policy?.type !== 'string' && !isIntrinsic(policy))) return [];
    const removal = (key: string): Fix[] => {
      const edit = ctx.edits.removeMember(b.node, key);
      return edit ? [{ title: t.remove(k(key)), edits: [edit], isPreferred: true }] : [];
    };
    if (b.forwardedValuesPresence === 'present' && (b.forwardedValues || isIntrinsic(prop(b.node, 'ForwardedValues')))) {
      const key = propKey(b.node, 'ForwardedValues');
      if (key) findings.push({ rule: RULE, severity: api ? 'error' : 'warning', message: api ? t.forwardedApi(k, where) : t.forwardedCfn(k, where), span: spanOf(key), fixes: removal('ForwardedValues') });
    }
    for (const ttl of TTL_KEYS) {
      const key = propKey(b.node, ttl);
      const value = prop(b.node, ttl);
      const written = { MinTTL: b.ttl.min, DefaultTTL: b.ttl.default, MaxTTL: b.ttl.max }[ttl];
      if (!key || presenceOf(b.node, ttl) !== 'present' || (written.kind !== 'number' && !isIntrinsic(value))) continue;
      findings.push({ rule: RULE, severity: api ? 'error' : 'warning', message: api ? t.ttlApi(k, ttl, where) : t.ttlCfn(k, ttl, where), span: spanOf(key), fixes: removal(ttl) });
    }
    return findings;
  }
  if (b.cachePolicy === 'absent' && b.forwardedValuesPresence === 'absent') {
    const hasLegacyTtl = TTL_KEYS.some((key) => presenceOf(b.node, key) !== 'absent');
    // Legacy TTLs say the user meant the legacy settings; otherwise a managed policy is the modern choice.
    const fixes: Fix[] = hasLegacyTtl
      ? [{ title: t.addForwarded(k), edits: [ctx.edits.insertMember(b.node, 'ForwardedValues', { QueryString: false, Cookies: { Forward: 'none' } })] }]
      : [
        { title: t.usePolicy('CachingOptimized'), edits: [ctx.edits.insertMember(b.node, 'CachePolicyId', CACHING_OPTIMIZED)] },
        { title: t.usePolicy('CachingDisabled'), edits: [ctx.edits.insertMember(b.node, 'CachePolicyId', CACHING_DISABLED)] },
      ];
    findings.push({ rule: RULE, severity: 'error', message: t.neither(k, behaviorNameStart(b, locale, ctx.spelling)), span: behaviorAnchor(b), fixes });
  }
  return findings;
}

export const cachePolicyConflict: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Cache policy and legacy cache settings mixed, or neither set', ja: 'キャッシュポリシーとレガシー設定の混在、またはどちらもない' },
    severity: 'error',
    description: {
      en: 'A cache behavior uses either a cache policy (CachePolicyId) or the legacy settings (ForwardedValues, MinTTL, ' +
        'DefaultTTL, MaxTTL). The API rejects the legacy members next to CachePolicyId with InvalidArgument; in ' +
        'CloudFormation they are ignored, which is reported as a warning. A behavior with neither is rejected ' +
        '("ForwardedValues is required"). Quick fixes remove the conflicting member or add a managed cache policy.',
      ja: 'キャッシュビヘイビアはキャッシュポリシー（CachePolicyId）かレガシー設定（ForwardedValues、MinTTL、DefaultTTL、MaxTTL）の' +
        'どちらかを使います。API は CachePolicyId と並んだレガシー設定を InvalidArgument で拒否します。CloudFormation では無視' +
        'されるため警告にしています。どちらもないビヘイビアは拒否されます（"ForwardedValues is required"）。クイックフィックスは' +
        '衝突するメンバーを削除するか、マネージドキャッシュポリシーを追加します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CacheBehavior.html',
      'https://github.com/terraform-aws-modules/terraform-aws-cloudfront/issues/20',
      'https://github.com/aws/aws-sdk-net/issues/1698',
      'https://github.com/aws-cloudformation/cfn-lint/issues/3070',
    ],
  },
  behavior: check,
};
