// Feature: hovers on cache behaviors. On a PathPattern: what the wildcards mean, where the behavior
// stands in the evaluation order, and a path that reaches it (or what takes its paths).

import type { ParsedDocument } from '../document/parse';
import { propKey, spanOf } from '../source/access';
import { code } from '../util/markdown';
import { pick, type Localized } from '../util/i18n';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../options';
import { spanContains, type Span } from '../types';
import type { BehaviorView, DistributionView } from './distribution';
import { distributionsOf, reachabilityOf, type BehaviorReachability } from './reachability';
import { ordinal } from './simulate';

export interface HoverInfo {
  markdown: string;
  span: Span;
}

const TEXT: Localized<{
  reached: (example: string, uncertain: boolean) => string;
  never: (names: string) => string;
  undecided: string;
  rules: string;
  question: string;
  unknownPattern: string;
  pattern: (pattern: string, position: string, total: number) => string;
  defaultBehavior: string;
}> = {
  en: {
    reached: (example, uncertain) => `Reached, for example, by ${example}${uncertain ? ' — unless a behavior above with a pattern only known at deployment takes it' : ''}.`,
    never: (names) => `**Never reached**: every path it matches is taken first by ${names}.`,
    undecided: 'Whether any path reaches it could not be decided within the analysis budget.',
    rules: '`*` stands for any run of characters, `/` included (`/images/*.jpg` also matches `/images/a/b.jpg`); ' +
      '`?` stands for exactly one character. Matching is case-sensitive, covers the whole path, ignores the query ' +
      'string, and a leading `/` makes no difference.',
    question: 'AWS documents `?` as exactly one character without saying whether `/` counts; this extension assumes it does.',
    unknownPattern: '**Path pattern** — only known at deployment, so it is not analysed.',
    pattern: (pattern, position, total) => `**Path pattern** ${pattern} — evaluated ${position} of ${total} cache behavior${total === 1 ? '' : 's'}, before the Default (\`*\`).`,
    defaultBehavior: '**Default cache behavior** — path pattern `*`, always evaluated last: it serves every request that no cache behavior above matches.',
  },
  ja: {
    reached: (example, uncertain) => `到達するパスの例: ${example}${uncertain ? '（デプロイ時にしか決まらないパターンを持つ上のビヘイビアが先に取らなければ）' : ''}`,
    never: (names) => `**使われません**: 一致するすべてのパスを先に ${names} が取ります。`,
    undecided: '解析の上限内では、到達するパスがあるか判定できませんでした。',
    rules: '`*` は `/` を含む任意の文字列（`/images/*.jpg` は `/images/a/b.jpg` にも一致）、`?` はちょうど 1 文字を表します。' +
      '照合は大文字と小文字を区別し、パス全体を対象とし、クエリ文字列は無視します。先頭の `/` の有無は区別されません。',
    question: 'AWS は `?` を「ちょうど 1 文字」とだけ説明し、`/` を含むかは明記していません。この拡張機能は含むと仮定します。',
    unknownPattern: '**パスパターン** — デプロイ時にしか決まらないため解析していません。',
    pattern: (pattern, position, total) => `**パスパターン** ${pattern} — ${total} 個のキャッシュビヘイビアのうち ${position}に評価されます（デフォルト \`*\` より前）。`,
    defaultBehavior: '**デフォルトのキャッシュビヘイビア** — パスパターン `*`。常に最後に評価され、上のどのビヘイビアにも一致しないリクエストを処理します。',
  },
};

function reachLine(dist: DistributionView, result: BehaviorReachability, options: AnalysisOptions): string {
  const t = pick(TEXT, options.locale);
  if (result.status === 'reachable') return t.reached(code(result.example), result.uncertain);
  if (result.status === 'unreachable') {
    const names = result.coveredBy.map((i) => {
      const b = dist.behaviors.find((x) => x.index === i) as BehaviorView;
      return `#${i + 1} ${code(b.pathPattern ?? '?')}`;
    });
    return t.never(names.join(', '));
  }
  return t.undecided;
}

/** Called for a hover request at `offset`; undefined when the offset is not on a cache behavior. */
export function cacheBehaviorHoverAt(doc: ParsedDocument, offset: number, options: AnalysisOptions = DEFAULT_OPTIONS): HoverInfo | undefined {
  const t = pick(TEXT, options.locale);
  for (const dist of distributionsOf(doc)) {
    const reach = reachabilityOf(doc, dist, options);
    const total = dist.behaviors.length;
    for (let position = 0; position < total; position++) {
      const behavior = dist.behaviors[position];
      if (!behavior.patternNode || !spanContains(spanOf(behavior.patternNode), offset)) continue;
      if (behavior.pathPattern === undefined) return { span: spanOf(behavior.patternNode), markdown: t.unknownPattern };
      const lines = [
        t.pattern(code(behavior.pathPattern), ordinal(position, options.locale), total),
        '',
        reachLine(dist, reach.behaviors[position], options),
        '',
        t.rules,
      ];
      if (behavior.pathPattern.includes('?') && options.semantics.questionMatchesSlash) lines.push('', t.question);
      return { span: spanOf(behavior.patternNode), markdown: lines.join('\n') };
    }
    const defaultKey = propKey(dist.target.config, 'DefaultCacheBehavior');
    if (defaultKey && spanContains(spanOf(defaultKey), offset)) {
      return { span: spanOf(defaultKey), markdown: [t.defaultBehavior, '', reachLine(dist, reach.defaultBehavior, options)].join('\n') };
    }
  }
  return undefined;
}
