// Rule: cloudfront/ttl-order. The legacy TTLs must satisfy MinTTL ≤ DefaultTTL ≤ MaxTTL, or AWS rejects the
// distribution with InvalidTTLOrder (CloudFront Developer Guide, "Manage how long content stays in the cache").
// Missing values take AWS's documented
// defaults (0, 86400 and 31536000, raised to MinTTL when MinTTL is larger), and those defaults never break
// the order on their own except in one case: a MaxTTL below one day with no DefaultTTL, whose default of
// one day is then above MaxTTL. That case rests on the documented default rather than on a reported
// rejection, so it is a warning; a conflict between written values is an error.

import { DEFAULT_DEFAULT_TTL } from '../../cloudfront/caching';
import type { BehaviorView } from '../../cloudfront/distribution';
import { behaviorName, keyNames, seconds, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { spanOf } from '../../source/access';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/ttl-order';
const AWS_TEXT = 'MinTTL, MaxTTL and DefaultTTL should follow order MinTTL less than or equal to DefaultTTL less than or equal to MaxTTL';

const TEXT: Localized<{
  order: (low: string, lowValue: string, high: string, highValue: string, where: string) => string;
  defaulted: (k: KeyName, max: string, where: string) => string;
  related: (key: string) => string;
  addDefault: (k: KeyName, value: number) => string;
}> = {
  en: {
    order: (low, lv, high, hv, where) => `${low} (${lv}) is more than ${high} (${hv}) in ${where}. AWS rejects it with InvalidTTLOrder: "${AWS_TEXT}".`,
    defaulted: (k, max, where) => `${k('MaxTTL')} (${max}) is less than the default ${k('DefaultTTL')} of ${seconds(DEFAULT_DEFAULT_TTL, 'en')} in ${where}, which has no ${k('DefaultTTL')}. AWS requires ${k('MinTTL')} ≤ ${k('DefaultTTL')} ≤ ${k('MaxTTL')} ("${AWS_TEXT}"); set ${k('DefaultTTL')} explicitly.`,
    related: (key) => `${key}, compared with this value`,
    addDefault: (k, value) => `Add ${k('DefaultTTL')} ${value} (equal to ${k('MaxTTL')})`,
  },
  ja: {
    order: (low, lv, high, hv, where) => `${where}で ${low}（${lv}）が ${high}（${hv}）より大きくなっています。AWS は InvalidTTLOrder で拒否します: "${AWS_TEXT}"。`,
    defaulted: (k, max, where) => `${where}には ${k('DefaultTTL')} がなく、既定値 ${seconds(DEFAULT_DEFAULT_TTL, 'ja')} が ${k('MaxTTL')}（${max}）を超えます。AWS は ${k('MinTTL')} ≤ ${k('DefaultTTL')} ≤ ${k('MaxTTL')} を要求します（"${AWS_TEXT}"）。${k('DefaultTTL')} を明示してください。`,
    related: (key) => `比較対象の ${key}`,
    addDefault: (k, value) => `${k('DefaultTTL')} ${value}（${k('MaxTTL')} と同じ）を追加`,
  },
};

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const locale = ctx.options.locale;
  // With a cache policy the legacy TTLs do not apply (cloudfront/cache-policy-conflict reports them).
  if (b.cachePolicy !== 'absent') return [];
  const t = pick(TEXT, locale);
  const where = behaviorName(b, locale, ctx.spelling);
  const k = keyNames(ctx.spelling);
  const { min, default: def, max } = b.ttl;
  if (min.kind === 'unknown' || def.kind === 'unknown' || max.kind === 'unknown') return [];
  const pairs: [typeof min, string, typeof min, string][] = [[min, k('MinTTL'), def, k('DefaultTTL')], [def, k('DefaultTTL'), max, k('MaxTTL')], [min, k('MinTTL'), max, k('MaxTTL')]];
  for (const [low, lowKey, high, highKey] of pairs) {
    if (low.kind !== 'number' || high.kind !== 'number' || low.value <= high.value) continue;
    return [{
      rule: RULE,
      severity: 'error',
      message: t.order(lowKey, seconds(low.value, locale), highKey, seconds(high.value, locale), where),
      span: spanOf(low.node),
      related: [{ span: spanOf(high.node), message: t.related(lowKey) }],
    }];
  }
  if (def.kind === 'absent' && max.kind === 'number' && max.value < DEFAULT_DEFAULT_TTL && (min.kind !== 'number' || min.value <= max.value)) {
    return [{
      rule: RULE,
      severity: 'warning',
      message: t.defaulted(k, seconds(max.value, locale), where),
      span: spanOf(max.node),
      fixes: [{ title: t.addDefault(k, max.value), edits: [ctx.edits.insertMember(b.node, 'DefaultTTL', max.value)], isPreferred: true }],
    }];
  }
  return [];
}

export const ttlOrder: Rule = {
  meta: {
    id: RULE,
    title: { en: 'MinTTL ≤ DefaultTTL ≤ MaxTTL does not hold', ja: 'MinTTL ≤ DefaultTTL ≤ MaxTTL が成り立たない' },
    severity: 'error',
    description: {
      en: 'The legacy TTLs of a cache behavior must satisfy MinTTL ≤ DefaultTTL ≤ MaxTTL; otherwise AWS rejects the ' +
        'distribution with InvalidTTLOrder. Missing values take AWS\'s defaults (0, 1 day, 1 year). A MaxTTL below one ' +
        'day without a DefaultTTL is a warning, because the default DefaultTTL of one day is then above it.',
      ja: 'キャッシュビヘイビアのレガシー TTL は MinTTL ≤ DefaultTTL ≤ MaxTTL を満たす必要があり、満たさないと AWS は ' +
        'InvalidTTLOrder で拒否します。書かれていない値は AWS の既定値（0、1 日、1 年）になります。DefaultTTL なしで MaxTTL が ' +
        '1 日未満の場合、既定の DefaultTTL（1 日）が上回るため警告します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html',
      'https://github.com/hashicorp/terraform-provider-aws/issues/17878',
      'https://github.com/humanmade/tachyon/issues/73',
    ],
  },
  behavior: check,
};
