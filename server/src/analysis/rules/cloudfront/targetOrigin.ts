// Rule: cloudfront/target-origin. A cache behavior's TargetOriginId must be the Id of an origin or an
// origin group of the same distribution, and origin Ids must be unique (facts: cloudfront.md §3.2, §3.6,
// §8). AWS rejects a missing target (NoSuchOrigin; through CloudFormation: "One or more of your cache
// behavior target origins or origin groups do not exist"; cfn-lint E3057 checks the same). Origin group
// members must name origins too. Nothing is claimed while any Id is an intrinsic function, since the
// missing name may be the unknown one.

import type { DistributionView } from '../../cloudfront/distribution';
import { distributionsOf } from '../../cloudfront/reachability';
import { behaviorName, editDistance } from '../../cloudfront/ruleSupport';
import { pick, type Locale, type Localized } from '../../i18n';
import { replaceNode } from '../../jsonEdits';
import { spanOf, type Node } from '../../jsonTree';
import type { Finding, Fix } from '../../types';
import type { Rule } from '../types';

const RULE = 'cloudfront/target-origin';
const CFN_TEXT = 'One or more of your cache behavior target origins or origin groups do not exist';

const TEXT: Localized<{
  missing: (id: string, where: string, known: string, cfn: boolean) => string;
  none: string;
  didYouMean: (id: string) => string;
  use: (id: string) => string;
  duplicate: (id: string) => string;
  duplicateRelated: string;
  member: (id: string, group: string, known: string) => string;
}> = {
  en: {
    missing: (id, where, known, cfn) => `TargetOriginId "${id}" of ${where} is not the Id of any origin or origin group in this distribution (${known}). AWS rejects it: ${cfn ? `"${CFN_TEXT}."` : 'NoSuchOrigin.'}`,
    none: 'there are none',
    didYouMean: (id) => ` Did you mean "${id}"?`,
    use: (id) => `Change to "${id}"`,
    duplicate: (id) => `Origin Id "${id}" is used twice. Every origin Id must be unique within the distribution, or a cache behavior cannot say which origin it means.`,
    duplicateRelated: 'first origin with this Id',
    member: (id, group, known) => `Origin group "${group}" has a member "${id}" that is not the Id of any origin in this distribution (${known}). An origin group's members must be origins; AWS rejects a missing one (NoSuchOrigin).`,
  },
  ja: {
    missing: (id, where, known, cfn) => `${where}の TargetOriginId "${id}" は、このディストリビューションのどのオリジンにもオリジングループにもない Id です（${known}）。AWS は拒否します: ${cfn ? `"${CFN_TEXT}."` : 'NoSuchOrigin。'}`,
    none: 'ありません',
    didYouMean: (id) => `"${id}" の誤りではありませんか？`,
    use: (id) => `"${id}" に変更`,
    duplicate: (id) => `オリジン Id "${id}" が 2 回使われています。オリジン Id はディストリビューション内で一意でなければなりません。重複すると、キャッシュビヘイビアがどのオリジンを指すか決まりません。`,
    duplicateRelated: 'この Id を持つ最初のオリジン',
    member: (id, group, known) => `オリジングループ "${group}" のメンバー "${id}" は、このディストリビューションのどのオリジンの Id でもありません（${known}）。オリジングループのメンバーはオリジンでなければならず、存在しないものは AWS が拒否します（NoSuchOrigin）。`,
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

function check(dist: DistributionView, locale: Locale): Finding[] {
  const t = pick(TEXT, locale);
  const findings: Finding[] = [];
  // Without an Origins list (CloudFormation's legacy S3Origin/CustomOrigin, or a missing member that the
  // schema check reports), there is nothing to compare with.
  if (!dist.idsKnown || !dist.originsList?.array) return findings;

  const seen = new Map<string, Node>();
  for (const origin of dist.origins) {
    const first = seen.get(origin.id);
    if (first && origin.idNode) {
      findings.push({ rule: RULE, severity: 'error', message: t.duplicate(origin.id), span: spanOf(origin.idNode), related: [{ span: spanOf(first), message: t.duplicateRelated }] });
    } else if (origin.idNode) {
      seen.set(origin.id, origin.idNode);
    }
  }

  const originIds = dist.origins.map((o) => o.id);
  const allIds = [...new Set([...originIds, ...dist.originGroupIds])];
  for (const b of [...(dist.defaultBehavior ? [dist.defaultBehavior] : []), ...dist.behaviors]) {
    const id = b.targetOriginId;
    const node = b.targetOriginIdNode;
    if (id === undefined || !node || allIds.includes(id)) continue;
    const suggestion = closest(id, allIds);
    const fixes: Fix[] = suggestion ? [{ title: t.use(suggestion), edits: [replaceNode(node, JSON.stringify(suggestion))], isPreferred: true }] : [];
    findings.push({
      rule: RULE,
      severity: 'error',
      message: t.missing(id, behaviorName(b, locale), listing(allIds, locale), dist.target.shape === 'cloudformation') + (suggestion ? t.didYouMean(suggestion) : ''),
      span: spanOf(node),
      fixes,
    });
  }

  for (const group of dist.originGroups) {
    for (const member of group.members) {
      if (member.id === undefined || !member.node || originIds.includes(member.id)) continue;
      const suggestion = closest(member.id, originIds);
      findings.push({
        rule: RULE,
        severity: 'error',
        message: t.member(member.id, group.id ?? '', listing(originIds, locale)) + (suggestion ? t.didYouMean(suggestion) : ''),
        span: spanOf(member.node),
        fixes: suggestion ? [{ title: t.use(suggestion), edits: [replaceNode(member.node, JSON.stringify(suggestion))], isPreferred: true }] : [],
      });
    }
  }
  return findings;
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
  document({ doc, options }) {
    return distributionsOf(doc).flatMap((dist) => check(dist, options.locale));
  },
};
