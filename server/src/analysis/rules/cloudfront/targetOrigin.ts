// Rule: cloudfront/target-origin. A cache behavior's TargetOriginId must be the Id of an origin or an
// origin group of the same distribution, and origin Ids must be unique (API reference, CacheBehavior and
// Origin). AWS rejects a missing target (NoSuchOrigin; through CloudFormation: "One or more of your cache
// behavior target origins or origin groups do not exist"; cfn-lint E3057 checks the same). Origin group
// members must name origins too. Nothing is claimed while any Id is an intrinsic function, since the
// missing name may be the unknown one.

import type { BehaviorView, DistributionView } from '../../cloudfront/distribution';
import { behaviorName, editDistance, keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { spanOf, type Node } from '../../source/access';
import type { Finding, Fix } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/target-origin';
const CFN_TEXT = 'One or more of your cache behavior target origins or origin groups do not exist';

const TEXT: Localized<{
  missing: (k: KeyName, id: string, where: string, known: string, cfn: boolean) => string;
  none: string;
  didYouMean: (id: string) => string;
  use: (id: string) => string;
  duplicate: (k: KeyName, id: string) => string;
  duplicateRelated: (k: KeyName) => string;
  member: (k: KeyName, id: string, group: string, known: string) => string;
}> = {
  en: {
    missing: (k, id, where, known, cfn) => `${k('TargetOriginId')} "${id}" of ${where} is not the ${k('Id')} of any origin or origin group in this distribution (${known}). AWS rejects it: ${cfn ? `"${CFN_TEXT}."` : 'NoSuchOrigin.'}`,
    none: 'there are none',
    didYouMean: (id) => ` Did you mean "${id}"?`,
    use: (id) => `Change to "${id}"`,
    duplicate: (k, id) => `Origin ${k('Id')} "${id}" is used twice. Every origin ${k('Id')} must be unique within the distribution, or a cache behavior cannot say which origin it means.`,
    duplicateRelated: (k) => `first origin with this ${k('Id')}`,
    member: (k, id, group, known) => `Origin group "${group}" has a member "${id}" that is not the ${k('Id')} of any origin in this distribution (${known}). An origin group's members must be origins; AWS rejects a missing one (NoSuchOrigin).`,
  },
  ja: {
    missing: (k, id, where, known, cfn) => `${where}の ${k('TargetOriginId')} "${id}" は、このディストリビューションのどのオリジンにもオリジングループにもない ${k('Id')} です（${known}）。AWS は拒否します: ${cfn ? `"${CFN_TEXT}."` : 'NoSuchOrigin。'}`,
    none: 'ありません',
    didYouMean: (id) => `"${id}" の誤りではありませんか？`,
    use: (id) => `"${id}" に変更`,
    duplicate: (k, id) => `オリジン ${k('Id')} "${id}" が 2 回使われています。オリジン ${k('Id')} はディストリビューション内で一意でなければなりません。重複すると、キャッシュビヘイビアがどのオリジンを指すか決まりません。`,
    duplicateRelated: (k) => `この ${k('Id')} を持つ最初のオリジン`,
    member: (k, id, group, known) => `オリジングループ "${group}" のメンバー "${id}" は、このディストリビューションのどのオリジンの ${k('Id')} でもありません（${known}）。オリジングループのメンバーはオリジンでなければならず、存在しないものは AWS が拒否します（NoSuchOrigin）。`,
  },
};

/** The one Id that is plausibly meant: equal up to case, or within a small edit distance and clearly closest. */
function closest(id: string, candidates: string[]): string | undefined {
  const scored = candidates.map((c) => ({ c, d: c.toLowerCase() === id.toLowerCase() ? 0 : editDistance(id, c) }));
  const limit = Math.max(1, Math.min(3, Math.floor(id.length / 3)));
  const best = scored.filter((s) => s.d <= limit).sort((a, b) => a.d - b.d);
  if (best.length === 0 || (best.length > 1 && best[1].d === best[0].d)) return undefined;
  return best[0].c;
}

function listing(ids: string[], locale: Locale): string {
  const t = pick(TEXT, locale);
  if (ids.length === 0) return t.none;
  const shown = ids.slice(0, 8).map((i) => `"${i}"`).join(', ');
  return ids.length > 8 ? `${shown}, …` : shown;
}

/**
 * Whether the distribution's Ids can be compared with: not without an Origins list (CloudFormation's legacy
 * S3Origin/CustomOrigin, or a missing member that the schema check reports), nor while an Id is unknown.
 */
function comparable(dist: DistributionView): boolean {
  return dist.idsKnown && dist.originsList?.array !== undefined;
}

/** Origin Ids used twice, and origin group members that are not origins. */
function distributionFindings(dist: DistributionView, ctx: DistributionContext): Finding[] {
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const k = keyNames(ctx.spelling);
  const findings: Finding[] = [];
  if (!comparable(dist)) return findings;

  const seen = new Map<string, Node>();
  for (const origin of dist.origins) {
    const first = seen.get(origin.id);
    if (first && origin.idNode) {
      findings.push({ rule: RULE, severity: 'error', message: t.duplicate(k, origin.id), span: spanOf(origin.idNode), related: [{ span: spanOf(first), message: t.duplicateRelated(k) }] });
    } else if (origin.idNode) {
      seen.set(origin.id, origin.idNode);
    }
  }

  const originIds = dist.origins.map((o) => o.id);
  for (const group of dist.originGroups) {
    for (const member of group.members) {
      if (member.id === undefined || !member.node || originIds.includes(member.id)) continue;
      const suggestion = closest(member.id, originIds);
      findings.push({
        rule: RULE,
        severity: 'error',
        message: t.member(k, member.id, group.id ?? '', listing(originIds, locale)) + (suggestion ? t.didYouMean(suggestion) : ''),
        span: spanOf(member.node),
        fixes: suggestion ? [{ title: t.use(suggestion), edits: [ctx.edits.replaceValue(member.node, suggestion)], isPreferred: true }] : [],
      });
    }
  }
  return findings;
}

/** A behavior's TargetOriginId that names no origin or origin group. */
function behaviorFindings(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const dist = ctx.dist;
  const id = b.targetOriginId;
  const node = b.targetOriginIdNode;
  if (id === undefined || !node || !comparable(dist)) return [];
  const allIds = [...new Set([...dist.origins.map((o) => o.id), ...dist.originGroupIds])];
  if (allIds.includes(id)) return [];
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const suggestion = closest(id, allIds);
  const fixes: Fix[] = suggestion ? [{ title: t.use(suggestion), edits: [ctx.edits.replaceValue(node, suggestion)], isPreferred: true }] : [];
  return [{
    rule: RULE,
    severity: 'error',
    message: t.missing(keyNames(ctx.spelling), id, behaviorName(b, locale, ctx.spelling), listing(allIds, locale), dist.target.shape === 'cloudformation') + (suggestion ? t.didYouMean(suggestion) : ''),
    span: spanOf(node),
    fixes,
  }];
}

export const targetOrigin: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Cache behavior targets an origin that does not exist', ja: '存在しないオリジンを指すキャッシュビヘイビア' },
    severity: 'error',
    description: {
      en: 'TargetOriginId must be the Id of an origin or origin group of the same distribution, origin group members ' +
        'must be origins, and origin Ids must be unique. AWS rejects a missing target ("One or more of your cache ' +
        'behavior target origins or origin groups do not exist"). When one Id is close to what was written, a quick ' +
        'fix replaces it.',
      ja: 'TargetOriginId は同じディストリビューションのオリジンまたはオリジングループの Id、オリジングループのメンバーは' +
        'オリジンでなければならず、オリジン Id は一意でなければなりません。存在しない指定先は AWS が拒否します（"One or more ' +
        'of your cache behavior target origins or origin groups do not exist"）。近い Id があれば、クイックフィックスで置き換えます。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CacheBehavior.html',
      'https://github.com/aws-cloudformation/rain/issues/517',
      'https://github.com/aws-cloudformation/cfn-lint/pull/3561',
    ],
  },
  distribution: distributionFindings,
  behavior: behaviorFindings,
};
