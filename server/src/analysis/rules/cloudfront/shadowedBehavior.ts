// Rule: cloudfront/shadowed-behavior. A cache behavior that no request can reach.
// CloudFront tries the cache behaviors in list order, uses the first whose path pattern matches, and
// uses the Default behavior only when none does (facts: cloudfront.md §1.3, §10). A behavior is never
// used when every path it matches is matched by the behaviors above it, together: not only by one of
// them (`/img/?*` and `/img/` between them cover `/img/*`). The decision is exact; when the analysis runs
// out of budget, nothing is reported.

import type { BehaviorView, DistributionView } from '../../cloudfront/distribution';
import { distributionsOf, reachabilityOf } from '../../cloudfront/reachability';
import { ordinal } from '../../cloudfront/simulate';
import { spanOf, type Node } from '../../jsonTree';
import type { Finding, Fix } from '../../types';
import type { Rule } from '../types';

function label(b: BehaviorView): string {
  return `#${(b.index as number) + 1} "${b.pathPattern}"`;
}

function listLabels(dist: DistributionView, indices: number[]): string {
  const names = indices.map((i) => label(dist.behaviors.find((b) => b.index === i) as BehaviorView));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Moves list item `from` before list item `to` (to < from), keeping the file's own formatting: the
 * moved text and the separator between items are taken from the document as written.
 */
export function moveItemFix(text: string, list: Node, from: number, to: number, title: string): Fix | undefined {
  const itemsNodes = list.children ?? [];
  const moved = itemsNodes[from];
  const target = itemsNodes[to];
  const before = itemsNodes[from - 1];
  const afterTarget = itemsNodes[to + 1];
  if (!moved || !target || !before || !afterTarget || to >= from) return undefined;
  const separator = text.slice(target.offset + target.length, afterTarget.offset);
  const movedText = text.slice(moved.offset, moved.offset + moved.length);
  const removeStart = before.offset + before.length;
  return {
    title,
    edits: [
      { span: { offset: target.offset, length: 0 }, newText: movedText + separator },
      { span: { offset: removeStart, length: moved.offset + moved.length - removeStart }, newText: '' },
    ],
  };
}

function findingsFor(text: string, dist: DistributionView): Finding[] {
  const findings: Finding[] = [];
  const reach = reachabilityOf(dist);
  dist.behaviors.forEach((behavior, position) => {
    const result = reach.behaviors[position];
    if (result.status !== 'unreachable' || !behavior.patternNode) return;
    const covering = result.coveredBy;
    const first = dist.behaviors.find((b) => b.index === covering[0]);
    const same = covering.length === 1 && first?.pathPattern !== undefined &&
      first.pathPattern.replace(/^\/?/, '/') === (behavior.pathPattern ?? '').replace(/^\/?/, '/');
    const why = same
      ? `${label(first as BehaviorView)} has the same pattern${first?.pathPattern === behavior.pathPattern ? '' : ' (a leading "/" makes no difference)'}, and it comes first`
      : covering.length === 1
        ? `every path it matches is matched first by ${listLabels(dist, covering)}`
        : `every path it matches is matched first by ${listLabels(dist, covering)} together`;
    const fixes: Fix[] = [];
    const targetPosition = dist.behaviors.findIndex((b) => b.index === covering[0]);
    if (dist.behaviorList && first && !same) {
      const fix = moveItemFix(text, dist.behaviorList, behavior.index as number, covering[0],
        `Move "${behavior.pathPattern}" above ${label(first)}`);
      if (fix && targetPosition >= 0) fixes.push(fix);
    }
    findings.push({
      rule: 'cloudfront/shadowed-behavior',
      severity: 'warning',
      message: `Cache behavior #${(behavior.index as number) + 1} "${behavior.pathPattern}" is never used: ${why}. ` +
        'CloudFront uses the first behavior in the list whose pattern matches.',
      span: spanOf(behavior.patternNode),
      fixes,
      related: covering.map((i) => {
        const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
        return { span: spanOf(b.patternNode ?? b.node), message: `${ordinal(i)} behavior, takes these paths first` };
      }),
    });
  });
  const defaultResult = reach.defaultBehavior;
  if (defaultResult.status === 'unreachable' && dist.defaultBehavior) {
    const keyNode = dist.target.config.children?.find((pair) => pair.children?.[0]?.value === 'DefaultCacheBehavior')?.children?.[0];
    findings.push({
      rule: 'cloudfront/shadowed-behavior',
      severity: 'warning',
      message: `The Default cache behavior is never used: ${listLabels(dist, defaultResult.coveredBy)} ` +
        `${defaultResult.coveredBy.length > 1 ? 'together match' : 'matches'} every path. Its settings have no effect.`,
      span: spanOf(keyNode ?? dist.defaultBehavior.node),
      related: defaultResult.coveredBy.map((i) => {
        const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
        return { span: spanOf(b.patternNode ?? b.node), message: `${ordinal(i)} behavior, matches paths before the Default` };
      }),
    });
  }
  return findings;
}

export const shadowedBehavior: Rule = {
  meta: {
    id: 'cloudfront/shadowed-behavior',
    title: 'Cache behavior can never be used',
    severity: 'warning',
    description: 'CloudFront evaluates cache behaviors top to bottom and uses the first whose path pattern matches; the ' +
      'Default behavior comes last. A behavior whose every path is matched by the behaviors above it is dead ' +
      'configuration, and usually a sign that the order is wrong: for example a behavior that requires signed URLs ' +
      'below a broader one that does not. The quick fix moves the behavior above the one that takes its paths.',
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesPathPattern',
    ],
  },
  check({ doc }) {
    return distributionsOf(doc).flatMap((dist) => findingsFor(doc.text, dist));
  },
};
