// Rule: cloudfront/shadowed-behavior. A cache behavior that no request can reach.
// CloudFront tries the cache behaviors in list order, uses the first whose path pattern matches, and
// uses the Default behavior only when none does (Developer Guide, "Path pattern"). A behavior is never
// used when every path it matches is matched by the behaviors above it, together: not only by one of
// them (`/img/?*` and `/img/` between them cover `/img/*`). The decision is exact; when the analysis runs
// out of budget, nothing is reported.

import type { BehaviorView, DistributionView } from '../../cloudfront/distribution';
import { reachabilityOf } from '../../cloudfront/reachability';
import { behaviorNameStart } from '../../cloudfront/ruleSupport';
import { ordinal } from '../../cloudfront/simulate';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { propKey, spanOf } from '../../source/access';
import type { Finding, Fix } from '../../types';
import type { DistributionContext, Rule } from '../types';

function label(b: BehaviorView): string {
  return `#${(b.index as number) + 1} "${b.pathPattern}"`;
}

const TEXT: Localized<{
  and: string;
  same: (first: string, leadingSlashOnly: boolean) => string;
  one: (names: string) => string;
  contained: (name: string) => string;
  union: (names: string) => string;
  /** `name` is the behavior's name (behaviorNameStart): `Cache behavior #2 "/a/*"`. */
  message: (name: string, why: string) => string;
  fix: (pattern: string, target: string) => string;
  related: (ordinal: string) => string;
  relatedContained: (ordinal: string) => string;
  defaultMessage: (name: string, names: string, several: boolean) => string;
  defaultRelated: (ordinal: string) => string;
}> = {
  en: {
    and: ' and ',
    same: (first, slash) => `${first} has the same pattern${slash ? ' (a leading "/" makes no difference)' : ''}, and it comes first`,
    one: (names) => `every path it matches is matched first by ${names}`,
    contained: (name) => `every path it matches is also matched by ${name}, which comes earlier`,
    union: (names) => `every path it matches is matched first by ${names} together`,
    message: (name, why) => `${name} is never used: ${why}. CloudFront uses the first behavior in the list whose pattern matches.`,
    fix: (pattern, target) => `Move "${pattern}" above ${target}`,
    related: (ordinal) => `${ordinal} behavior, takes these paths first`,
    relatedContained: (ordinal) => `${ordinal} behavior, matches all of these paths`,
    defaultMessage: (name, names, several) => `${name} is never used: ${names} ${several ? 'together match' : 'matches'} every path. Its settings have no effect.`,
    defaultRelated: (ordinal) => `${ordinal} behavior, matches paths before the Default`,
  },
  ja: {
    and: '、',
    same: (first, slash) => `${first} が同じパターン${slash ? '（先頭の "/" の有無は区別されません）' : ''}で、先に評価されます`,
    one: (names) => `一致するすべてのパスが先に ${names} に一致します`,
    contained: (name) => `一致するすべてのパスが、より前にある ${name} にも一致します`,
    union: (names) => `一致するすべてのパスが先に ${names} のいずれかに一致します`,
    message: (name, why) => `${name} は使われません: ${why}。CloudFront はリストの上から順に評価し、最初に一致したビヘイビアを使います。`,
    fix: (pattern, target) => `"${pattern}" を ${target} の上へ移動`,
    related: (ordinal) => `${ordinal}のビヘイビア（先にこのパスを受け取ります）`,
    relatedContained: (ordinal) => `${ordinal}のビヘイビア（これらのパスすべてに一致します）`,
    defaultMessage: (name, names, several) => `${name}は使われません: ${names} ${several ? 'で' : 'が'}すべてのパスに一致します。この設定は効果がありません。`,
    defaultRelated: (ordinal) => `${ordinal}のビヘイビア（デフォルトより先に一致します）`,
  },
};

function listLabels(dist: DistributionView, indices: number[], locale: Locale): string {
  const names = indices.map((i) => label(dist.behaviors.find((b) => b.index === i) as BehaviorView));
  if (locale === 'ja') return names.join('、');
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function findingsFor(dist: DistributionView, ctx: DistributionContext): Finding[] {
  const { options } = ctx;
  const findings: Finding[] = [];
  const t = pick(TEXT, options.locale);
  const reach = reachabilityOf(ctx.doc, dist, options);
  dist.behaviors.forEach((behavior, position) => {
    const result = reach.behaviors[position];
    if (result.status !== 'unreachable' || !behavior.patternNode) return;
    const covering = result.coveredBy;
    const first = dist.behaviors.find((b) => b.index === covering[0]);
    const same = covering.length === 1 && first?.pathPattern !== undefined &&
      first.pathPattern.replace(/^\/?/, '/') === (behavior.pathPattern ?? '').replace(/^\/?/, '/');
    const names = listLabels(dist, covering, options.locale);
    const why = same
      ? t.same(label(first), first?.pathPattern !== behavior.pathPattern)
      : result.containedIn ? t.contained(names) : covering.length === 1 ? t.one(names) : t.union(names);
    const fixes: Fix[] = [];
    if (dist.behaviorList && first && !same) {
      const edits = ctx.edits.moveItem(dist.behaviorList, behavior.index as number, covering[0]);
      if (edits) fixes.push({ title: t.fix(behavior.pathPattern ?? '', label(first)), edits });
    }
    findings.push({
      rule: 'cloudfront/shadowed-behavior',
      severity: 'warning',
      message: t.message(behaviorNameStart(behavior, options.locale, ctx.spelling), why),
      span: spanOf(behavior.patternNode),
      fixes,
      related: covering.map((i) => {
        const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
        return { span: spanOf(b.patternNode ?? b.node), message: (result.containedIn ? t.relatedContained : t.related)(ordinal(i, options.locale)) };
      }),
    });
  });
  const defaultResult = reach.defaultBehavior;
  if (defaultResult.status === 'unreachable' && dist.defaultBehavior) {
    const keyNode = propKey(dist.target.config, 'DefaultCacheBehavior');
    findings.push({
      rule: 'cloudfront/shadowed-behavior',
      severity: 'warning',
      message: t.defaultMessage(behaviorNameStart(dist.defaultBehavior, options.locale, ctx.spelling), listLabels(dist, defaultResult.coveredBy, options.locale), defaultResult.coveredBy.length > 1),
      span: spanOf(keyNode ?? dist.defaultBehavior.node),
      related: defaultResult.coveredBy.map((i) => {
        const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
        return { span: spanOf(b.patternNode ?? b.node), message: t.defaultRelated(ordinal(i, options.locale)) };
      }),
    });
  }
  return findings;
}

export const shadowedBehavior: Rule = {
  meta: {
    id: 'cloudfront/shadowed-behavior',
    title: { en: 'Cache behavior can never be used', ja: '使われないキャッシュビヘイビア' },
    severity: 'warning',
    description: {
      en: 'CloudFront evaluates cache behaviors top to bottom and uses the first whose path pattern matches; the ' +
        'Default behavior comes last. A behavior whose every path is matched by the behaviors above it is dead ' +
        'configuration, and usually a sign that the order is wrong: for example a behavior that requires signed URLs ' +
        'below a broader one that does not. The quick fix moves the behavior above the one that takes its paths.',
      ja: 'CloudFront はキャッシュビヘイビアを上から順に評価し、パスパターンが最初に一致したものを使います。デフォルトは' +
        '常に最後です。一致するすべてのパスが上のビヘイビアに先に取られるビヘイビアは効果のない設定で、多くの場合は' +
        '順序の誤りです（例: 署名付き URL を要求するビヘイビアが、要求しない広いビヘイビアの下にある）。' +
        'クイックフィックスは、パスを先に取っているビヘイビアの上へ移動します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern',
    ],
  },
  distribution: findingsFor,
};
