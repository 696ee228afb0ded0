// Feature: the words of an IAM request simulation ("Simulate request"), in English and Japanese. Values from
// the user's document arrive already wrapped in Markdown code spans (util/markdown.ts `code`), so every text here
// can go into the report as it is.

import type { Localized } from '../../util/i18n';

export type IamDecision = 'allowed' | 'explicit-deny' | 'implicit-deny';

export interface IamSimulateText {
  lens: string;
  decision: Record<IamDecision, string>;
  decided: {
    allowed: (statements: string) => string;
    denied: (statements: string) => string;
    implicit: string;
    /** The answer hangs on values only known at deployment; `possible` lists the decisions it can take. */
    unknown: (possible: string) => string;
    hangsOn: (statements: string) => string;
  };
  or: string;
  /** A remark in parentheses after a sentence. */
  aside: (text: string) => string;
  /** Between remarks, and between context keys in the report. */
  separator: string;
  /** A list of code spans, the first few and a count of the rest. */
  list: (items: string[], more: number) => string;
  statementName: (n: number, sid: string | undefined) => string;
  effectUnknown: string;
  action: {
    matches: (action: string, pattern: string) => string;
    notAmong: (action: string, patterns: string, count: number) => string;
    excluded: (action: string, pattern: string) => string;
    notExcluded: (action: string) => string;
    missing: string;
    both: string;
    empty: string;
    unknown: string;
  };
  resource: {
    matches: (resource: string, pattern: string) => string;
    notAmong: (resource: string, patterns: string, count: number) => string;
    caseOnly: (pattern: string) => string;
    excluded: (resource: string, pattern: string) => string;
    notExcluded: (resource: string) => string;
    implied: string;
    missing: string;
    both: string;
    empty: string;
    unknown: string;
    substituted: (pattern: string) => string;
  };
  principal: {
    notChecked: string;
    identity: string;
    missing: string;
    both: string;
    everyone: string;
    exact: (value: string) => string;
    account: (account: string) => string;
    roleSession: (role: string) => string;
    notAmong: (principal: string, values: string, count: number) => string;
    partialWildcard: (value: string) => string;
    invalid: string;
    unknown: string;
    excluded: (principal: string) => string;
    notExcluded: (principal: string) => string;
    partlyExcluded: (principal: string, missing: string) => string;
  };
  condition: {
    none: string;
    allHold: (n: number) => string;
    fails: (n: number) => string;
    unknown: string;
    invalid: string;
    operatorUnknown: (operator: string) => string;
    operatorInvalid: (operator: string) => string;
    keyInvalid: string;
    /** `request` describes the request's value(s); `verdict` is `holds`, `doesNotHold` or `dependsOnDeployment`. */
    compared: (request: string, verdict: string) => string;
    absent: string;
    absentIfExists: string;
    absentNegated: string;
    absentForAll: string;
    absentForAny: string;
    nullAbsent: string;
    nullPresent: string;
    nullBadValue: (value: string) => string;
    nullIfExists: string;
    nullQualifier: (qualifier: string) => string;
    values: (values: string) => string;
    noValue: string;
    someUnknown: string;
    badPolicyValue: (value: string, family: string) => string;
    badRequestValue: (value: string, family: string) => string;
    holds: string;
    doesNotHold: string;
    dependsOnDeployment: string;
  };
  statement: {
    invalidEffect: string;
    unresolved: (variables: string) => string;
  };
  notes: {
    unknownStatements: (n: number) => string;
    statementUnknown: string;
    statementMissing: string;
    /** `version` is undefined when the policy has none. */
    oldVersion: (version: string | undefined) => string;
    principalIgnored: string;
    principalNotGiven: string;
    multiValueNoQualifier: (key: string) => string;
    shortArn: (value: string) => string;
    notPrincipalAllow: string;
    unknownAction: (action: string, date: string) => string;
    unknownService: (service: string, date: string) => string;
  };
  report: {
    title: (action: string, resource: string) => string;
    policy: (label: string, kind: string) => string;
    kinds: Record<'identity' | 'resource' | 'trust', string>;
    principal: (principal: string | undefined) => string;
    context: (pairs: string | undefined) => string;
    statements: string;
    outcome: Record<'match' | 'no-match' | 'unknown', string>;
    element: Record<'action' | 'resource' | 'principal' | 'condition', string>;
    notes: string;
    noStatements: string;
  };
  errors: {
    notOpen: string;
    noPolicy: string;
    noSuchPolicy: (n: number, count: number) => string;
    badAction: (action: string) => string;
    noResource: string;
    badContextKey: (key: string) => string;
  };
}

export const IAM_SIMULATE_TEXT: Localized<IamSimulateText> = {
  en: {
    lens: 'Simulate request…',
    decision: { 'allowed': 'Allowed', 'explicit-deny': 'Explicitly denied', 'implicit-deny': 'Implicitly denied' },
    decided: {
      allowed: (s) => `**Allowed** by ${s}.`,
      denied: (s) => `**Explicitly denied** by ${s}: an explicit Deny overrides every Allow.`,
      implicit: '**Implicitly denied**: no statement allows this request, and IAM denies whatever is not allowed.',
      unknown: (possible) => `**Depends on values only known at deployment**: ${possible}.`,
      hangsOn: (s) => `The answer hangs on ${s}.`,
    },
    or: ' or ',
    aside: (text) => ` (${text})`,
    separator: '; ',
    list: (items, more) => `${items.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
    statementName: (n, sid) => `statement #${n}${sid ? ` ${sid}` : ''}`,
    effectUnknown: 'Effect only known at deployment',
    action: {
      matches: (a, p) => `${a} matches ${p} (actions ignore letter case)`,
      notAmong: (a, list, n) => (n === 1 ? `${a} does not match ${list}` : `${a} matches none of ${list}`),
      excluded: (a, p) => `NotAction excludes ${a} through ${p}`,
      notExcluded: (a) => `NotAction does not list ${a}, so the statement covers it`,
      missing: 'the statement has neither Action nor NotAction, which IAM rejects',
      both: 'the statement has both Action and NotAction, which IAM rejects',
      empty: 'the statement lists no action, which IAM rejects',
      unknown: 'the actions that could match are only known at deployment',
    },
    resource: {
      matches: (r, p) => `${r} matches ${p}`,
      notAmong: (r, list, n) => (n === 1 ? `${r} does not match ${list}` : `${r} matches none of ${list}`),
      caseOnly: (p) => ` (${p} differs only in letter case, and ARNs are case-sensitive)`,
      excluded: (r, p) => `NotResource excludes ${r} through ${p}`,
      notExcluded: (r) => `NotResource does not list ${r}, so the statement covers it`,
      implied: 'no Resource element: the policy governs the resource it is attached to',
      missing: 'the statement has neither Resource nor NotResource, which IAM rejects in an identity policy',
      both: 'the statement has both Resource and NotResource, which IAM rejects',
      empty: 'the statement lists no resource, which IAM rejects',
      unknown: 'the resources that could match are only known at deployment',
      substituted: (p) => ` (with policy variables filled in: ${p})`,
    },
    principal: {
      notChecked: 'not checked: no principal was given',
      identity: 'no Principal element: an identity policy applies to the identity it is attached to',
      missing: 'no Principal element, which a resource-based or trust policy statement needs',
      both: 'the statement has both Principal and NotPrincipal, which IAM rejects',
      everyone: '"*" names everyone, anonymous callers included',
      exact: (v) => `listed as ${v}`,
      account: (a) => `the principal belongs to account ${a}, which the statement names`,
      roleSession: (r) => `the principal is a session of role ${r}, which the statement names`,
      notAmong: (p, list, n) => (n === 1 ? `${p} is not ${list}` : `${p} is none of ${list}`),
      partialWildcard: (v) => `${v} holds a wildcard, but Principal accepts no partial wildcards, so it names no one`,
      invalid: 'the Principal is not written in a form IAM accepts',
      unknown: 'the principals that could match are only known at deployment',
      excluded: (p) => `NotPrincipal lists ${p}, so the statement does not apply to it`,
      notExcluded: (p) => `NotPrincipal does not list ${p}, so the statement applies to it`,
      partlyExcluded: (p, missing) => `NotPrincipal lists ${p} but not ${missing}; AWS also evaluates the account (and the role of a session), so the statement still applies`,
    },
    condition: {
      none: 'no Condition',
      allHold: (n) => (n === 1 ? 'the condition holds' : `all ${n} conditions hold`),
      fails: (n) => (n === 1 ? 'the condition does not hold' : `${n} conditions do not hold`),
      unknown: 'the condition depends on values only known at deployment',
      invalid: 'the Condition is not an object of operators, which IAM rejects',
      operatorUnknown: (op) => `${op} is not a condition operator, so IAM rejects the policy`,
      operatorInvalid: (op) => `${op} does not hold an object of keys, which IAM rejects`,
      keyInvalid: 'the value is not a string, number, boolean or a list of them, which IAM rejects',
      compared: (request, verdict) => `the request has ${request} → ${verdict}`,
      absent: 'the key is not in the request → false',
      absentIfExists: 'the key is not in the request, and …IfExists makes that true',
      absentNegated: 'the key is not in the request, and a negated operator is then true',
      absentForAll: 'the key is not in the request, and ForAllValues is then true',
      absentForAny: 'the key is not in the request, and ForAnyValue is then false',
      nullAbsent: 'the key is not in the request',
      nullPresent: 'the key is in the request',
      nullBadValue: (v) => `Null takes "true" or "false", not ${v}`,
      nullIfExists: 'Null cannot take …IfExists; evaluated as Null',
      nullQualifier: (q) => `Null cannot take ${q}; evaluated as Null`,
      values: (v) => v,
      noValue: 'no value',
      someUnknown: 'some policy values are only known at deployment',
      badPolicyValue: (v, f) => `the policy value ${v} is not a valid ${f} value and matches nothing`,
      badRequestValue: (v, f) => `the request value ${v} is not a valid ${f} value and matches nothing`,
      holds: 'true',
      doesNotHold: 'false',
      dependsOnDeployment: 'depends on values only known at deployment',
    },
    statement: {
      invalidEffect: 'the Effect is not exactly "Allow" or "Deny", so IAM rejects the statement',
      unresolved: (v) => `the policy variable ${v} has no value in the request and no default, so the statement cannot match (AWS: any attempt to match it fails)`,
    },
    notes: {
      unknownStatements: (n) => `${n} statement${n === 1 ? ' is' : 's are'} only known at deployment (an intrinsic function), so ${n === 1 ? 'it' : 'they'} may allow or deny.`,
      statementUnknown: 'The Statement element is only known at deployment.',
      statementMissing: 'The policy has no readable Statement, so IAM rejects it; nothing is allowed.',
      oldVersion: (v) => `${v ? `The policy's Version is ${v}, not 2012-10-17` : 'The policy has no Version'}, so \${…} is plain text and no policy variable is filled in.`,
      principalIgnored: 'A principal was given, but an identity policy has no Principal element; it applies to the identity it is attached to.',
      principalNotGiven: 'No principal was given, so the Principal elements were not checked: the answer holds for a principal the statements name.',
      multiValueNoQualifier: (k) => `${k} has several values in the request but the operator has no ForAllValues/ForAnyValue; AWS does not document this case, and it was evaluated as if any value could satisfy it.`,
      shortArn: (v) => `${v} is not an ARN of six fields; it was compared with the whole value (AWS documents ARN operators field by field only).`,
      notPrincipalAllow: 'NotPrincipal with "Allow" is not supported by AWS; it was evaluated as written.',
      unknownAction: (a, date) => `${a} is not an action in the IAM action catalog (data of ${date}).`,
      unknownService: (s, date) => `${s} is not a service prefix in the IAM action catalog (data of ${date}).`,
    },
    report: {
      title: (a, r) => `# Simulate request: ${a} on ${r}`,
      policy: (label, kind) => `Policy: ${label} (${kind})`,
      kinds: { identity: 'identity policy', resource: 'resource-based policy', trust: 'role trust policy' },
      principal: (p) => `Principal: ${p ?? 'not given'}`,
      context: (pairs) => `Context: ${pairs ?? 'none'}`,
      statements: '## Statements',
      outcome: { 'match': '**applies**', 'no-match': 'does not apply', 'unknown': '**depends on values only known at deployment**' },
      element: { action: 'Action', resource: 'Resource', principal: 'Principal', condition: 'Condition' },
      notes: '## Notes',
      noStatements: 'The policy has no statement that could be read.',
    },
    errors: {
      notOpen: 'The document is not open.',
      noPolicy: 'The document holds no IAM policy.',
      noSuchPolicy: (n, count) => `The document has no policy #${n}; it holds ${count}.`,
      badAction: (a) => `"${a}" is not an action: write service:Action, such as s3:GetObject, without wildcards.`,
      noResource: 'Give a resource ARN, or * for actions that take no resource.',
      badContextKey: (k) => `"${k}" is not a condition key: write service:Key, such as aws:SourceIp.`,
    },
  },
  ja: {
    lens: 'リクエストをシミュレート…',
    decision: { 'allowed': '許可', 'explicit-deny': '明示的に拒否', 'implicit-deny': '暗黙的に拒否' },
    decided: {
      allowed: (s) => `${s} により**許可されます**。`,
      denied: (s) => `${s} により**明示的に拒否されます**。明示的な Deny はどの Allow よりも優先されます。`,
      implicit: '**暗黙的に拒否されます**。このリクエストを許可するステートメントがなく、IAM は許可されていないものをすべて拒否します。',
      unknown: (possible) => `**デプロイ時にしか決まらない値に依存します**: ${possible}。`,
      hangsOn: (s) => `結果は ${s} で決まります。`,
    },
    or: 'または',
    aside: (text) => `（${text}）`,
    separator: '；',
    list: (items, more) => `${items.join('、')}${more > 0 ? ` ほか ${more} 個` : ''}`,
    statementName: (n, sid) => `ステートメント #${n}${sid ? ` ${sid}` : ''}`,
    effectUnknown: 'Effect はデプロイ時にしか決まりません',
    action: {
      matches: (a, p) => `${a} は ${p} に一致します（アクションは大文字と小文字を区別しません）`,
      notAmong: (a, list, n) => (n === 1 ? `${a} は ${list} に一致しません` : `${a} は ${list} のどれにも一致しません`),
      excluded: (a, p) => `NotAction の ${p} が ${a} を除外しています`,
      notExcluded: (a) => `NotAction に ${a} がないため、このステートメントの対象です`,
      missing: 'Action も NotAction もありません（IAM は拒否します）',
      both: 'Action と NotAction の両方があります（IAM は拒否します）',
      empty: 'アクションが 1 つもありません（IAM は拒否します）',
      unknown: '一致しうるアクションはデプロイ時にしか決まりません',
    },
    resource: {
      matches: (r, p) => `${r} は ${p} に一致します`,
      notAmong: (r, list, n) => (n === 1 ? `${r} は ${list} に一致しません` : `${r} は ${list} のどれにも一致しません`),
      caseOnly: (p) => `（${p} とは大文字と小文字だけが違います。ARN は大文字と小文字を区別します）`,
      excluded: (r, p) => `NotResource の ${p} が ${r} を除外しています`,
      notExcluded: (r) => `NotResource に ${r} がないため、このステートメントの対象です`,
      implied: 'Resource 要素がありません。ポリシーはアタッチ先のリソースに適用されます',
      missing: 'Resource も NotResource もありません（ID ベースのポリシーでは IAM は拒否します）',
      both: 'Resource と NotResource の両方があります（IAM は拒否します）',
      empty: 'リソースが 1 つもありません（IAM は拒否します）',
      unknown: '一致しうるリソースはデプロイ時にしか決まりません',
      substituted: (p) => `（ポリシー変数を埋めると ${p}）`,
    },
    principal: {
      notChecked: 'プリンシパルが指定されていないため確認していません',
      identity: 'Principal 要素がありません。ID ベースのポリシーはアタッチ先の ID に適用されます',
      missing: 'Principal 要素がありません。リソースベースのポリシーや信頼ポリシーのステートメントには必要です',
      both: 'Principal と NotPrincipal の両方があります（IAM は拒否します）',
      everyone: '"*" は匿名の呼び出し元を含むすべてのプリンシパルを指します',
      exact: (v) => `${v} として記載されています`,
      account: (a) => `プリンシパルはステートメントが指定するアカウント ${a} に属しています`,
      roleSession: (r) => `プリンシパルはステートメントが指定するロール ${r} のセッションです`,
      notAmong: (p, list, n) => (n === 1 ? `${p} は ${list} ではありません` : `${p} は ${list} のどれでもありません`),
      partialWildcard: (v) => `${v} はワイルドカードを含みますが、Principal は部分的なワイルドカードを受け付けないため、誰も指しません`,
      invalid: 'Principal が IAM の受け付ける形式で書かれていません',
      unknown: '一致しうるプリンシパルはデプロイ時にしか決まりません',
      excluded: (p) => `NotPrincipal に ${p} があるため、このステートメントは適用されません`,
      notExcluded: (p) => `NotPrincipal に ${p} がないため、このステートメントが適用されます`,
      partlyExcluded: (p, missing) => `NotPrincipal に ${p} はありますが ${missing} がありません。AWS はアカウント（セッションならロールも）も評価するため、このステートメントは適用されます`,
    },
    condition: {
      none: 'Condition なし',
      allHold: (n) => (n === 1 ? '条件は成り立ちます' : `${n} 個の条件がすべて成り立ちます`),
      fails: (n) => `${n} 個の条件が成り立ちません`,
      unknown: '条件はデプロイ時にしか決まらない値に依存します',
      invalid: 'Condition が演算子のオブジェクトではありません（IAM は拒否します）',
      operatorUnknown: (op) => `${op} は条件演算子ではないため、IAM はポリシーを拒否します`,
      operatorInvalid: (op) => `${op} の値がキーのオブジェクトではありません（IAM は拒否します）`,
      keyInvalid: '値が文字列・数値・真偽値またはそのリストではありません（IAM は拒否します）',
      compared: (request, verdict) => `リクエストの値は ${request} → ${verdict}`,
      absent: 'リクエストにキーがありません → 偽',
      absentIfExists: 'リクエストにキーがなく、…IfExists により真',
      absentNegated: 'リクエストにキーがなく、否定の演算子なので真',
      absentForAll: 'リクエストにキーがなく、ForAllValues なので真',
      absentForAny: 'リクエストにキーがなく、ForAnyValue なので偽',
      nullAbsent: 'リクエストにキーがありません',
      nullPresent: 'リクエストにキーがあります',
      nullBadValue: (v) => `Null の値は "true" か "false" で、${v} ではありません`,
      nullIfExists: 'Null には …IfExists を付けられません。Null として評価しました',
      nullQualifier: (q) => `Null には ${q} を付けられません。Null として評価しました`,
      values: (v) => v,
      noValue: '値なし',
      someUnknown: 'ポリシーの値の一部はデプロイ時にしか決まりません',
      badPolicyValue: (v, f) => `ポリシーの値 ${v} は ${f} の値として正しくないため、何にも一致しません`,
      badRequestValue: (v, f) => `リクエストの値 ${v} は ${f} の値として正しくないため、何にも一致しません`,
      holds: '真',
      doesNotHold: '偽',
      dependsOnDeployment: 'デプロイ時にしか決まらない値に依存します',
    },
    statement: {
      invalidEffect: 'Effect が "Allow" または "Deny" と完全に一致しないため、IAM はこのステートメントを拒否します',
      unresolved: (v) => `ポリシー変数 ${v} にはリクエストの値も既定値もないため、このステートメントは一致しません（AWS: 照合はすべて失敗します）`,
    },
    notes: {
      unknownStatements: (n) => `${n} 個のステートメントはデプロイ時にしか決まらない（組み込み関数）ため、許可する場合も拒否する場合もあります。`,
      statementUnknown: 'Statement 要素はデプロイ時にしか決まりません。',
      statementMissing: 'ポリシーに読み取れる Statement がないため、IAM はポリシーを拒否します。何も許可されません。',
      oldVersion: (v) => `${v ? `ポリシーの Version が 2012-10-17 ではなく ${v} の` : 'ポリシーに Version がない'}ため、\${…} はただの文字列として扱われ、ポリシー変数は埋められません。`,
      principalIgnored: 'プリンシパルが指定されましたが、ID ベースのポリシーには Principal 要素がありません。ポリシーはアタッチ先の ID に適用されます。',
      principalNotGiven: 'プリンシパルが指定されていないため Principal 要素は確認していません。結果はステートメントが指定するプリンシパルの場合です。',
      multiValueNoQualifier: (k) => `${k} はリクエストで複数の値を持ちますが、演算子に ForAllValues/ForAnyValue がありません。AWS はこの場合を文書化していないため、いずれかの値が満たせばよいものとして評価しました。`,
      shortArn: (v) => `${v} は 6 つのフィールドを持つ ARN ではないため、値全体と比較しました（AWS は ARN 演算子をフィールドごとの比較としてのみ説明しています）。`,
      notPrincipalAllow: 'NotPrincipal と "Allow" の組み合わせは AWS がサポートしていません。書かれたとおりに評価しました。',
      unknownAction: (a, date) => `${a} は IAM アクションカタログ（${date} のデータ）にないアクションです。`,
      unknownService: (s, date) => `${s} は IAM アクションカタログ（${date} のデータ）にないサービスプレフィックスです。`,
    },
    report: {
      title: (a, r) => `# リクエストのシミュレーション: ${r} に対する ${a}`,
      policy: (label, kind) => `ポリシー: ${label}（${kind}）`,
      kinds: { identity: 'ID ベースのポリシー', resource: 'リソースベースのポリシー', trust: 'ロールの信頼ポリシー' },
      principal: (p) => `プリンシパル: ${p ?? '指定なし'}`,
      context: (pairs) => `コンテキスト: ${pairs ?? 'なし'}`,
      statements: '## ステートメント',
      outcome: { 'match': '**適用されます**', 'no-match': '適用されません', 'unknown': '**デプロイ時にしか決まらない値に依存します**' },
      element: { action: 'Action', resource: 'Resource', principal: 'Principal', condition: 'Condition' },
      notes: '## 注記',
      noStatements: '読み取れるステートメントがありません。',
    },
    errors: {
      notOpen: 'ドキュメントが開かれていません。',
      noPolicy: 'このドキュメントには IAM ポリシーがありません。',
      noSuchPolicy: (n, count) => `このドキュメントにポリシー #${n} はありません（ポリシーは ${count} 個です）。`,
      badAction: (a) => `"${a}" はアクションではありません。s3:GetObject のように service:Action の形で、ワイルドカードなしで書いてください。`,
      noResource: 'リソースの ARN を指定してください。リソースを取らないアクションには * を指定します。',
      badContextKey: (k) => `"${k}" は条件キーではありません。aws:SourceIp のように service:Key の形で書いてください。`,
    },
  },
};
