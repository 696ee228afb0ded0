// Rule: cloudfront/allowed-methods. CloudFront accepts exactly three AllowedMethods sets ({GET, HEAD},
// {GET, HEAD, OPTIONS} and all seven methods) and two CachedMethods sets ({GET, HEAD} and
// {GET, HEAD, OPTIONS}); the order of the items does not matter (API reference, AllowedMethods). People often
// try `GET, HEAD, POST`, which does not exist: allowing POST means allowing all seven. Caching OPTIONS
// while not allowing it is inconsistent, but no AWS error for it is known, so it is a warning.

import { ALL_METHODS } from '../../cloudfront/caching';
import type { BehaviorView, ListView } from '../../cloudfront/distribution';
import { behaviorName, keyNames, setListItems, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { presenceOf } from '../../cloudfront/distribution';
import { spanOf } from '../../source/access';
import type { Finding, Fix } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/allowed-methods';
const GET_HEAD = ['GET', 'HEAD'];
const GET_HEAD_OPTIONS = ['GET', 'HEAD', 'OPTIONS'];
const ALLOWED_SETS: readonly (readonly string[])[] = [GET_HEAD, GET_HEAD_OPTIONS, ALL_METHODS];
const CACHED_SETS: readonly (readonly string[])[] = [GET_HEAD, GET_HEAD_OPTIONS];
const KNOWN = new Set<string>(ALL_METHODS);

const TEXT: Localized<{
  list: (methods: readonly string[]) => string;
  allowed: (k: KeyName, where: string, list: string) => string;
  needsAll: (writes: string) => string;
  cached: (k: KeyName, where: string, list: string) => string;
  optionsNotAllowed: (k: KeyName, where: string, allowedAbsent: boolean) => string;
  allow: (list: string) => string;
  cache: (list: string) => string;
}> = {
  en: {
    list: (m) => (m.length ? m.join(', ') : '(empty)'),
    allowed: (k, where, list) => `${k('AllowedMethods')} of ${where} is ${list}, which is not a set CloudFront accepts. The only sets are GET, HEAD; GET, HEAD, OPTIONS; and all seven methods (GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE), in any order. AWS rejects any other set.`,
    needsAll: (writes) => ` To allow ${writes}, allow all seven.`,
    cached: (k, where, list) => `${k('CachedMethods')} of ${where} is ${list}, which is not a set CloudFront accepts: only GET, HEAD or GET, HEAD, OPTIONS can be cached (CloudFront never caches responses to PUT, PATCH, POST or DELETE). AWS rejects any other set.`,
    optionsNotAllowed: (k, where, absent) => `${k('CachedMethods')} of ${where} includes OPTIONS, but ${absent ? `there is no ${k('AllowedMethods')}, so only GET and HEAD are allowed` : `${k('AllowedMethods')} does not include it`}. OPTIONS requests get HTTP 403 ("This distribution is not configured to allow the HTTP request method…"), so there is nothing to cache.`,
    allow: (list) => `Allow ${list}`,
    cache: (list) => `Cache ${list}`,
  },
  ja: {
    list: (m) => (m.length ? m.join(', ') : '（空）'),
    allowed: (k, where, list) => `${where}の ${k('AllowedMethods')} は ${list} ですが、CloudFront が受け付ける組み合わせではありません。指定できるのは GET, HEAD、GET, HEAD, OPTIONS、7 つすべて (GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE) の 3 通りだけです（順序は任意）。それ以外は AWS が拒否します。`,
    needsAll: (writes) => ` ${writes} を許可するには 7 つすべてを許可してください。`,
    cached: (k, where, list) => `${where}の ${k('CachedMethods')} は ${list} ですが、CloudFront が受け付ける組み合わせではありません。キャッシュできるのは GET, HEAD または GET, HEAD, OPTIONS だけです（PUT, PATCH, POST, DELETE への応答はキャッシュされません）。それ以外は AWS が拒否します。`,
    optionsNotAllowed: (k, where, absent) => `${where}の ${k('CachedMethods')} に OPTIONS がありますが、${absent ? `${k('AllowedMethods')} がないため GET と HEAD しか許可されていません` : `${k('AllowedMethods')} に OPTIONS がありません`}。OPTIONS リクエストは HTTP 403（"This distribution is not configured to allow the HTTP request method…"）になるため、キャッシュするものがありません。`,
    allow: (list) => `${list} を許可する`,
    cache: (list) => `${list} をキャッシュする`,
  },
};

function sameSet(methods: Set<string>, set: readonly string[]): boolean {
  return methods.size === set.length && set.every((m) => methods.has(m));
}

/** The user's methods in their order, without repeats, followed by the missing ones of `target` in AWS's order. */
function completed(methods: readonly string[], target: readonly string[]): string[] {
  const kept = [...new Set(methods.filter((m) => target.includes(m)))];
  return [...kept, ...target.filter((m) => !kept.includes(m))];
}

/** A list whose items are all known method names, as a set; undefined when it cannot be judged. */
function methodSet(list: ListView | undefined): { methods: string[]; set: Set<string> } | undefined {
  if (!list?.array || !list.strings) return undefined;
  // Names outside the enum (such as "get") are left to the schema check, which reports them precisely.
  if (!list.strings.every((m) => KNOWN.has(m))) return undefined;
  return { methods: list.strings, set: new Set(list.strings) };
}

function check(b: BehaviorView, ctx: DistributionContext): Finding[] {
  const locale = ctx.options.locale;
  const t = pick(TEXT, locale);
  const k = keyNames(ctx.spelling);
  const findings: Finding[] = [];
  const where = behaviorName(b, locale, ctx.spelling);
  const allowedList = b.allowedMethodsList;
  const allowed = methodSet(allowedList);
  let allowedSet: Set<string> | undefined = allowed?.set;
  const allowedAbsent = presenceOf(b.node, 'AllowedMethods') === 'absent';
  if (allowedAbsent) allowedSet = new Set(GET_HEAD);

  if (allowed && allowedList?.array && !ALLOWED_SETS.some((set) => sameSet(allowed.set, set))) {
    const target = ALLOWED_SETS.find((set) => [...allowed.set].every((m) => set.includes(m))) ?? ALL_METHODS;
    const writes = allowed.methods.filter((m) => !GET_HEAD_OPTIONS.includes(m));
    const values = completed(allowed.methods, target);
    findings.push({
      rule: RULE,
      severity: 'error',
      message: t.allowed(k, where, t.list(allowed.methods)) + (writes.length ? t.needsAll([...new Set(writes)].join(', ')) : ''),
      span: spanOf(allowedList.array),
      fixes: [{ title: t.allow(values.join(', ')), edits: setListItems(ctx.edits, allowedList, allowedList.array, values), isPreferred: true }],
    });
    allowedSet = undefined;
  }

  const cachedList = b.cachedMethodsList;
  const cached = methodSet(cachedList);
  if (!cached || !cachedList?.array) return findings;
  if (!CACHED_SETS.some((set) => sameSet(cached.set, set))) {
    const keepOptions = cached.set.has('OPTIONS') && (allowedSet?.has('OPTIONS') ?? true);
    const values = completed(cached.methods, keepOptions ? GET_HEAD_OPTIONS : GET_HEAD);
    findings.push({
      rule: RULE,
      severity: 'error',
      message: t.cached(k, where, t.list(cached.methods)),
      span: spanOf(cachedList.array),
      fixes: [{ title: t.cache(values.join(', ')), edits: setListItems(ctx.edits, cachedList, cachedList.array, values), isPreferred: true }],
    });
  } else if (cached.set.has('OPTIONS') && allowedSet && !allowedSet.has('OPTIONS')) {
    const fixes: Fix[] = [{ title: t.cache(GET_HEAD.join(', ')), edits: setListItems(ctx.edits, cachedList, cachedList.array, completed(cached.methods, GET_HEAD)) }];
    if (allowed && allowedList?.array) {
      const values = completed(allowed.methods, GET_HEAD_OPTIONS);
      fixes.push({ title: t.allow(values.join(', ')), edits: setListItems(ctx.edits, allowedList, allowedList.array, values) });
    } else if (allowedAbsent && b.shape === 'cloudformation') {
      fixes.push({ title: t.allow(GET_HEAD_OPTIONS.join(', ')), edits: [ctx.edits.insertMember(b.node, 'AllowedMethods', GET_HEAD_OPTIONS)] });
    }
    findings.push({ rule: RULE, severity: 'warning', message: t.optionsNotAllowed(k, where, allowedAbsent), span: spanOf(cachedList.array), fixes });
  }
  return findings;
}

export const allowedMethods: Rule = {
  meta: {
    id: RULE,
    title: { en: 'AllowedMethods or CachedMethods is not a set CloudFront accepts', ja: 'CloudFront が受け付けない AllowedMethods / CachedMethods' },
    severity: 'error',
    description: {
      en: 'AllowedMethods must be GET, HEAD; GET, HEAD, OPTIONS; or all seven methods, and CachedMethods GET, HEAD or ' +
        'GET, HEAD, OPTIONS, in any order. There is no "GET, HEAD, POST": allowing POST means allowing all seven. The quick ' +
        'fix picks the smallest accepted set that keeps every method you listed. Caching OPTIONS without allowing it is ' +
        'reported as a warning, because OPTIONS requests are then refused with HTTP 403.',
      ja: 'AllowedMethods は GET, HEAD／GET, HEAD, OPTIONS／7 つすべてのいずれか、CachedMethods は GET, HEAD／GET, HEAD, OPTIONS の' +
        'いずれかでなければなりません（順序は任意）。「GET, HEAD, POST」という組み合わせはなく、POST を許可するには 7 つすべてを' +
        '許可します。クイックフィックスは、書かれたメソッドをすべて含む最小の組み合わせを選びます。許可していない OPTIONS を' +
        'キャッシュする設定は、OPTIONS リクエストが HTTP 403 で拒否されるため警告します。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_AllowedMethods.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesCacheBehavior.html#DownloadDistValuesAllowedHTTPMethods',
      'https://github.com/pbs/its/pull/198',
    ],
  },
  behavior: check,
};
