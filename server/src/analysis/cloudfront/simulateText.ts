// Feature: the words of a Simulate Path answer, and of its errors, in English and Japanese.

import type { Localized } from '../util/i18n';

export interface PathSimulateText {
  ordinal: (n: number) => string;
  mismatch: {
    caseOnlyExact: (p: string) => string;
    trailingSlash: (p: string) => string;
    noWildcard: (p: string) => string;
    prefixCase: (p: string) => string;
    missingSlash: (p: string) => string;
    prefix: (p: string) => string;
    suffixCase: (s: string) => string;
    suffix: (s: string) => string;
    other: string;
  };
  assumptions: {
    percentEscapes: string;
    malformedEscape: string;
    rootObject: (path: string) => string;
    questionSlash: (pattern: string) => string;
    unknownPatterns: (list: string, count: number) => string;
  };
  ttl: {
    unknownPolicy: (id: string) => string;
    values: (min: string, def: string, max: string) => string;
    never: string;
    onlyWithHeaders: string;
    normal: (effective: string) => string;
    minOverrides: (min: string) => string;
  };
  xCache: { forbidden: string; hitIfPolicy: string; hitIfHeaders: string };
  report: {
    hits: (name: string, logicalId: string | undefined) => string;
    defaultName: string;
    behaviorName: (n: number, pattern: string) => string;
    pathMatched: (path: string) => string;
    sentAs: (raw: string) => string;
    queryIgnored: (q: string) => string;
    missingOrigin: (id: string) => string;
    group: (id: string) => string;
    origin: (id: string, domain: string) => string;
    domainUnknown: string;
    receives: (url: string) => string;
    urlUnknown: string;
    methodAllowed: (m: string, cached: boolean) => string;
    methodForbidden: (m: string) => string;
    managedPolicy: (name: string) => string;
    customPolicy: (id: string) => string;
    legacy: string;
    caching: (policy: string, summary: string) => string;
    xCache: (first: string, repeated: string) => string;
    literalRoot: (name: string) => string;
    tried: string;
    assumed: string;
  };
  errors: {
    notOpen: string;
    noDistribution: string;
    noSuchDistribution: (n: number, count: number) => string;
    unknownLogicalId: (logicalId: string, found: string) => string;
    noDefaultBehavior: string;
  };
}

export const PATH_SIMULATE_TEXT: Localized<PathSimulateText> = {
  en: {
    ordinal: (n) => {
      const mod100 = n % 100;
      if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
      return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
    },
    mismatch: {
      caseOnlyExact: (p) => `only "${p}" matches, and case counts`,
      trailingSlash: (p) => `only "${p}" matches: the trailing slash differs`,
      noWildcard: (p) => `the pattern has no wildcard, so only "${p}" itself matches`,
      prefixCase: (p) => `the path does not start with "${p}" (case counts)`,
      missingSlash: (p) => `the path lacks the "/" after "${p}"`,
      prefix: (p) => `the path does not start with "${p}"`,
      suffixCase: (s) => `the path does not end with "${s}" (case counts)`,
      suffix: (s) => `the path does not end with "${s}"`,
      other: 'the path does not fit the pattern',
    },
    assumptions: {
      percentEscapes: 'The path keeps percent-escapes of reserved or non-ASCII characters; CloudFront does not document whether it decodes them before matching (assumed: it does not).',
      malformedEscape: 'The path contains a "%" that is not a valid escape; it was matched as written.',
      rootObject: (path) => `"/" was matched as "${path}" because DefaultRootObject is set; CloudFront does not document which behavior serves "/" in that case.`,
      questionSlash: (pattern) => `"${pattern}" matches only because a "?" stands for a "/"; AWS documents "?" as exactly one character without saying whether "/" counts (assumed: it does).`,
      unknownPatterns: (list, count) => `Behavior${count > 1 ? 's' : ''} ${list} ha${count > 1 ? 've' : 's'} a path pattern that is only known at deployment; assumed not to match.`,
    },
    ttl: {
      unknownPolicy: (id) => `Cache policy ${id} decides the TTLs; it is not an AWS managed policy, so its values are not known here.`,
      values: (min, def, max) => `MinTTL ${min}, DefaultTTL ${def}, MaxTTL ${max}.`,
      never: 'Nothing is cached: every request goes to the origin.',
      onlyWithHeaders: 'Cached only when the origin sends Cache-Control max-age/s-maxage or Expires (capped at MaxTTL); otherwise every request goes to the origin.',
      normal: (effective) => `Without caching headers from the origin, responses are cached for ${effective}; the origin's max-age or s-maxage is clamped between MinTTL and MaxTTL.`,
      minOverrides: (min) => `Because MinTTL is above 0, responses are cached for at least ${min} even when the origin says no-store, no-cache or private.`,
    },
    xCache: {
      forbidden: 'Error from cloudfront (403: method not allowed)',
      hitIfPolicy: 'Hit from cloudfront if the cache policy caches this response',
      hitIfHeaders: 'Hit from cloudfront only if the origin sent max-age, s-maxage or Expires; otherwise Miss',
    },
    report: {
      hits: (name, logicalId) => `**Hits ${name}**${logicalId ? ` in ${logicalId}` : ''}.`,
      defaultName: 'the Default behavior (*)',
      behaviorName: (n, pattern) => `behavior #${n} ${pattern}`,
      pathMatched: (path) => `Path matched: ${path}`,
      sentAs: (raw) => ` (sent as ${raw})`,
      queryIgnored: (q) => `; the query string ${q} plays no part in matching`,
      missingOrigin: (id) => `Origin: ${id} — no origin or origin group has this Id, so CloudFront rejects the config.`,
      group: (id) => `Origin: origin group ${id} (the primary member first, the other on failover)`,
      origin: (id, domain) => `Origin: ${id} (${domain})`,
      domainUnknown: 'domain unknown',
      receives: (url) => `The origin receives: ${url}`,
      urlUnknown: 'The origin URL depends on values only known at deployment (DomainName or OriginPath).',
      methodAllowed: (m, cached) => `${m}: allowed, ${cached ? 'cacheable' : 'never cached'}`,
      methodForbidden: (m) => `${m}: not allowed — CloudFront answers 403`,
      managedPolicy: (name) => `managed cache policy ${name}`,
      customPolicy: (id) => `cache policy ${id}`,
      legacy: 'legacy TTL settings',
      caching: (policy, summary) => `Caching (${policy}): ${summary}`,
      xCache: (first, repeated) => `X-Cache: first request "${first}"; repeated request "${repeated}"`,
      literalRoot: (name) => `Read literally, "/" would hit ${name} instead.`,
      tried: 'Behaviors tried first:',
      assumed: 'Assumed:',
    },
    errors: {
      notOpen: 'The document is not open.',
      noDistribution: 'The document holds no CloudFront distribution config.',
      noSuchDistribution: (n, count) => `The document has no distribution #${n}; it holds ${count}.`,
      unknownLogicalId: (id, found) => `The document has no distribution with logical id "${id}" (found: ${found}).`,
      noDefaultBehavior: 'The distribution has no DefaultCacheBehavior, so no request can be answered.',
    },
  },
  ja: {
    ordinal: (n) => `${n} 番目`,
    mismatch: {
      caseOnlyExact: (p) => `"${p}" だけに一致します（大文字と小文字は区別されます）`,
      trailingSlash: (p) => `"${p}" だけに一致します（末尾の "/" が違います）`,
      noWildcard: (p) => `ワイルドカードがないため "${p}" そのものだけに一致します`,
      prefixCase: (p) => `パスが "${p}" で始まっていません（大文字と小文字は区別されます）`,
      missingSlash: (p) => `パスに "${p}" の後の "/" がありません`,
      prefix: (p) => `パスが "${p}" で始まっていません`,
      suffixCase: (s) => `パスが "${s}" で終わっていません（大文字と小文字は区別されます）`,
      suffix: (s) => `パスが "${s}" で終わっていません`,
      other: 'パスがパターンに合いません',
    },
    assumptions: {
      percentEscapes: 'パスに予約文字や非 ASCII 文字のパーセントエンコードが残っています。CloudFront が照合前にこれをデコードするかは文書化されていません（デコードしないと仮定）。',
      malformedEscape: 'パスに正しいエスケープでない "%" があります。書かれたとおりに照合しました。',
      rootObject: (path) => `DefaultRootObject が設定されているため "/" を "${path}" として照合しました。この場合にどのビヘイビアが "/" を処理するかは文書化されていません。`,
      questionSlash: (pattern) => `"${pattern}" は "?" が "/" に一致する場合にのみ一致します。AWS は "?" を「ちょうど 1 文字」とだけ説明しており、"/" を含むかは明記していません（含むと仮定）。`,
      unknownPatterns: (list) => `ビヘイビア ${list} のパスパターンはデプロイ時にしか決まらないため、一致しないと仮定しました。`,
    },
    ttl: {
      unknownPolicy: (id) => `TTL はキャッシュポリシー ${id} が決めます。AWS マネージドポリシーではないため、ここでは値が分かりません。`,
      values: (min, def, max) => `MinTTL ${min}、DefaultTTL ${def}、MaxTTL ${max}。`,
      never: '何もキャッシュされません。すべてのリクエストがオリジンへ送られます。',
      onlyWithHeaders: 'オリジンが Cache-Control の max-age/s-maxage または Expires を返したときだけキャッシュされます（上限は MaxTTL）。それ以外はすべてオリジンへ送られます。',
      normal: (effective) => `オリジンがキャッシュ用ヘッダーを返さない場合、レスポンスは ${effective} キャッシュされます。オリジンの max-age や s-maxage は MinTTL と MaxTTL の範囲に収められます。`,
      minOverrides: (min) => `MinTTL が 0 より大きいため、オリジンが no-store・no-cache・private を返しても少なくとも ${min} キャッシュされます。`,
    },
    xCache: {
      forbidden: 'Error from cloudfront（403: 許可されていないメソッド）',
      hitIfPolicy: 'キャッシュポリシーがこのレスポンスをキャッシュすれば Hit from cloudfront',
      hitIfHeaders: 'オリジンが max-age・s-maxage・Expires を返した場合のみ Hit from cloudfront、それ以外は Miss',
    },
    report: {
      hits: (name, logicalId) => `${logicalId ? `${logicalId} の ` : ''}**${name}** に一致します。`,
      defaultName: 'デフォルトのビヘイビア (*)',
      behaviorName: (n, pattern) => `ビヘイビア #${n} ${pattern}`,
      pathMatched: (path) => `照合したパス: ${path}`,
      sentAs: (raw) => `（送信されるパスは ${raw}）`,
      queryIgnored: (q) => `。クエリ文字列 ${q} は照合に使われません`,
      missingOrigin: (id) => `オリジン: ${id} — この Id のオリジンもオリジングループもないため、CloudFront は設定を拒否します。`,
      group: (id) => `オリジン: オリジングループ ${id}（まずプライマリ、障害時にもう一方）`,
      origin: (id, domain) => `オリジン: ${id}（${domain}）`,
      domainUnknown: 'ドメイン不明',
      receives: (url) => `オリジンが受け取る URL: ${url}`,
      urlUnknown: 'オリジンの URL はデプロイ時にしか決まらない値（DomainName または OriginPath）に依存します。',
      methodAllowed: (m, cached) => `${m}: 許可、${cached ? 'キャッシュ対象' : 'キャッシュされない'}`,
      methodForbidden: (m) => `${m}: 許可されていません — CloudFront は 403 を返します`,
      managedPolicy: (name) => `マネージドキャッシュポリシー ${name}`,
      customPolicy: (id) => `キャッシュポリシー ${id}`,
      legacy: 'レガシー TTL 設定',
      caching: (policy, summary) => `キャッシュ（${policy}）: ${summary}`,
      xCache: (first, repeated) => `X-Cache: 1 回目のリクエストは "${first}"、2 回目以降は "${repeated}"`,
      literalRoot: (name) => `"/" をそのまま照合すると ${name} に一致します。`,
      tried: '先に試したビヘイビア:',
      assumed: '仮定:',
    },
    errors: {
      notOpen: 'ドキュメントが開かれていません。',
      noDistribution: 'このドキュメントには CloudFront ディストリビューション設定がありません。',
      noSuchDistribution: (n, count) => `このドキュメントにディストリビューション #${n} はありません（ディストリビューションは ${count} 個です）。`,
      unknownLogicalId: (id, found) => `このドキュメントに論理 ID "${id}" のディストリビューションはありません（あるのは ${found}）。`,
      noDefaultBehavior: 'ディストリビューションに DefaultCacheBehavior がないため、どのリクエストにも答えられません。',
    },
  },
};
