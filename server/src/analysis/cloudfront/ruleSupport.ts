// Feature: small helpers shared by the CloudFront rules: how a behavior is named in a message, where a
// finding about a whole behavior sits, and durations in both languages.

import { formatDuration } from '../duration';
import type { Locale } from '../i18n';
import type { Node } from '../jsonTree';
import type { Span } from '../types';
import type { BehaviorView } from './distribution';
// "Did you mean" distances come from one place, so every rule ranks suggestions alike.
export { editDistance } from '../suggest';

/** "the Default cache behavior" or `cache behavior #2 "/api/*"`, in the message's language. */
export function behaviorName(b: BehaviorView, locale: Locale): string {
  if (b.index === 'default') return locale === 'ja' ? 'デフォルトのキャッシュビヘイビア' : 'the Default cache behavior';
  const pattern = b.pathPattern !== undefined ? ` "${b.pathPattern}"` : '';
  return locale === 'ja' ? `キャッシュビヘイビア #${b.index + 1}${pattern}` : `cache behavior #${b.index + 1}${pattern}`;
}

/** The same name with a capital letter, to start an English sentence. */
export function behaviorNameStart(b: BehaviorView, locale: Locale): string {
  const name = behaviorName(b, locale);
  return locale === 'ja' ? name : name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Where a finding about a whole behavior is shown: the `DefaultCacheBehavior` key, or the PathPattern value
 * of a listed behavior (the line a user scans), or the opening brace when it has no pattern.
 */
export function behaviorAnchor(b: BehaviorView): Span {
  if (b.index === 'default') {
    const key = b.node.parent?.type === 'property' ? b.node.parent.children?.[0] : undefined;
    if (key) return { offset: key.offset, length: key.length };
  } else if (b.patternNode) {
    return { offset: b.patternNode.offset, length: b.patternNode.length };
  }
  return { offset: b.node.offset, length: 1 };
}

/** The span of a node, or of the key of the property that holds it when that is shorter to show. */
export function keyOf(node: Node): Span {
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  const target = key ?? node;
  return { offset: target.offset, length: target.length };
}

export function seconds(value: number, locale: Locale): string {
  return formatDuration(value, locale);
}

