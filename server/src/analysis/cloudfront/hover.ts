// Feature: hovers on cache behaviors. On a PathPattern: what the wildcards mean, where the behavior
// stands in the evaluation order, and a path that reaches it (or what takes its paths).

import type { ParsedDocument } from '../parse';
import { propKey, spanOf } from '../jsonTree';
import { code } from '../markdown';
import type { Span } from '../types';
import type { BehaviorView, DistributionView } from './distribution';
import { distributionsOf, reachabilityOf, type BehaviorReachability } from './reachability';
import { ordinal } from './simulate';

export interface HoverInfo {
  markdown: string;
  span: Span;
}

const contains = (span: Span, offset: number): boolean => offset >= span.offset && offset <= span.offset + span.length;

function reachLine(dist: DistributionView, result: BehaviorReachability): string {
  if (result.status === 'reachable') {
    return `Reached, for example, by ${code(result.example)}${result.uncertain ? ' — unless a behavior above with a pattern only known at deployment takes it' : ''}.`;
  }
  if (result.status === 'unreachable') {
    const names = result.coveredBy.map((i) => {
      const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
      return `#${i + 1} ${code(b.pathPattern ?? '?')}`;
    });
    return `**Never reached**: every path it matches is taken first by ${names.join(', ')}.`;
  }
  return 'Whether any path reaches it could not be decided within the analysis budget.';
}

const PATTERN_RULES =
  '`*` stands for any run of characters, `/` included (`/images/*.jpg` also matches `/images/a/b.jpg`); ' +
  '`?` stands for exactly one character. Matching is case-sensitive, covers the whole path, ignores the query ' +
  'string, and a leading `/` makes no difference.';

const QUESTION_NOTE =
  'AWS documents `?` as exactly one character without saying whether `/` counts; this extension assumes it does.';

/** Called for a hover request at `offset`; undefined when the offset is not on a cache behavior. */
export function cacheBehaviorHoverAt(doc: ParsedDocument, offset: number): HoverInfo | undefined {
  for (const dist of distributionsOf(doc)) {
    const reach = reachabilityOf(dist);
    const total = dist.behaviors.length;
    for (let position = 0; position < total; position++) {
      const behavior = dist.behaviors[position];
      if (!behavior.patternNode || !contains(spanOf(behavior.patternNode), offset)) continue;
      if (behavior.pathPattern === undefined) {
        return { span: spanOf(behavior.patternNode), markdown: '**Path pattern** — only known at deployment, so it is not analysed.' };
      }
      const lines = [
        `**Path pattern** ${code(behavior.pathPattern)} — evaluated ${ordinal(position)} of ${total} cache behavior${total === 1 ? '' : 's'}, before the Default (\`*\`).`,
        '',
        reachLine(dist, reach.behaviors[position]),
        '',
        PATTERN_RULES,
      ];
      if (behavior.pathPattern.includes('?')) lines.push('', QUESTION_NOTE);
      return { span: spanOf(behavior.patternNode), markdown: lines.join('\n') };
    }
    const defaultKey = propKey(dist.target.config, 'DefaultCacheBehavior');
    if (defaultKey && contains(spanOf(defaultKey), offset)) {
      return {
        span: spanOf(defaultKey),
        markdown: [
          '**Default cache behavior** — path pattern `*`, always evaluated last: it serves every request that no cache behavior above matches.',
          '',
          reachLine(dist, reach.defaultBehavior),
        ].join('\n'),
      };
    }
  }
  return undefined;
}
