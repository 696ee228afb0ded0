// Feature: small helpers shared by the CloudFront rules: how a behavior is named in a message, where a
// finding about a whole behavior sits, durations in both languages, and the list edits that keep the API
// form's Quantity right, written through the document's own writer.

import { formatDuration } from '../util/duration';
import type { Locale } from '../util/i18n';
import type { Node } from '../source/access';
import type { PlainValue, SourceEdits, Spelling } from '../source/frontEnd';
import type { Span, TextEdit } from '../types';
import type { BehaviorView, ListView } from './distribution';
// "Did you mean" distances come from one place, so every rule ranks suggestions alike.
export { editDistance } from '../util/suggest';

/**
 * A key as the document spells it (`k('MinTTL')` is `min_ttl` for a Terraform source, `MinTTL` for JSON). Message
 * functions take one, so every AWS key name a message shows is the name the user wrote.
 */
export type KeyName = (canonical: string) => string;

/** The `KeyName` of a spelling. */
export function keyNames(spelling: Spelling): KeyName {
  return (canonical) => spelling.key(canonical);
}

/** The name of a behavior, and whether it is prose (which an English sentence starts with a capital letter). */
function nameOf(b: BehaviorView, locale: Locale, spelling: Spelling): { name: string; prose: boolean } {
  if (b.index === 'default') {
    const spelled = spelling.key('DefaultCacheBehavior');
    if (spelled !== 'DefaultCacheBehavior') return { name: spelled, prose: false };
    return { name: locale === 'ja' ? 'デフォルトのキャッシュビヘイビア' : 'the Default cache behavior', prose: true };
  }
  const pattern = b.pathPattern !== undefined ? ` "${b.pathPattern}"` : '';
  const spelled = spelling.key('CacheBehaviors');
  if (spelled !== 'CacheBehaviors') return { name: `${spelled} #${b.index + 1}${pattern}`, prose: false };
  return { name: locale === 'ja' ? `キャッシュビヘイビア #${b.index + 1}${pattern}` : `cache behavior #${b.index + 1}${pattern}`, prose: true };
}

/**
 * "the Default cache behavior" or `cache behavior #2 "/api/*"`, in the message's language. A source that spells
 * the behavior lists its own way (a Terraform `ordered_cache_behavior` block) is named in its own words:
 * `ordered_cache_behavior #2 "/api/*"`.
 */
export function behaviorName(b: BehaviorView, locale: Locale, spelling: Spelling): string {
  return nameOf(b, locale, spelling).name;
}

/** The same name with a capital letter, to start an English sentence (a name spelled by the source stays as it is). */
export function behaviorNameStart(b: BehaviorView, locale: Locale, spelling: Spelling): string {
  const { name, prose } = nameOf(b, locale, spelling);
  return locale === 'ja' || !prose ? name : name.charAt(0).toUpperCase() + name.slice(1);
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

/** The `Quantity` number of a `{Quantity, Items}` wrapper whose Items is `array`; none for a plain list. */
function quantityNode(holder: Node, array: Node): Node | undefined {
  if (holder === array || holder.type !== 'object') return undefined;
  for (const pair of holder.children ?? []) {
    if (pair.children?.[0]?.value === 'Quantity' && pair.children[1]?.type === 'number') return pair.children[1];
  }
  return undefined;
}

/**
 * Edits that set a list to `values`: the list in its own layout and, in the API form, the `Quantity` beside it,
 * which must match or AWS rejects the request with InconsistentQuantities.
 */
export function setListItems(edits: SourceEdits, list: ListView, array: Node, values: readonly PlainValue[]): TextEdit[] {
  const out: TextEdit[] = [edits.setList(array, values)];
  const quantity = quantityNode(list.holder, array);
  if (quantity) out.push(edits.replaceValue(quantity, values.length));
  return out;
}

/**
 * Edits that remove item `index` of a list and keep the API form's `Quantity` right; none when it cannot be removed.
 * Removing the only item leaves an empty list.
 */
export function removeListItem(edits: SourceEdits, list: ListView, array: Node, index: number): TextEdit[] {
  const item = array.children?.[index];
  const only = array.children?.length === 1;
  const removal = !item ? undefined : only ? edits.replaceValue(array, []) : edits.removeNode(item);
  if (!removal) return [];
  const out = [removal];
  const quantity = quantityNode(list.holder, array);
  if (quantity) out.push(edits.replaceValue(quantity, (array.children?.length ?? 1) - 1));
  return out;
}

/**
 * Two edits of one fix that the writer made for neighbouring places (a key, then its value), as one edit that keeps
 * the document's text between them, so that the fix reads as a single change.
 */
export function joinEdits(text: string, first: TextEdit, second: TextEdit): TextEdit {
  const end = first.span.offset + first.span.length;
  if (second.span.offset < end) return first;
  return {
    span: { offset: first.span.offset, length: second.span.offset + second.span.length - first.span.offset },
    newText: first.newText + text.slice(end, second.span.offset) + second.newText,
  };
}
