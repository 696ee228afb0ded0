// Feature: completion inside IAM policies, wherever the policy sits: a policy file, an object in a template,
// or a JSON string (a CLI skeleton's PolicyDocument, an S3 Policy, a template property given as a string).
// It finds the policy and the place in it, then offers the policy elements at a key of the policy, of a
// statement or of a Principal, Allow and Deny in Effect, the policy versions in Version, and what
// catalogCompletion.ts offers (actions, condition operators, condition keys). For a policy held in a string
// it works on the decoded text, as if the policy were a file, and maps the result back: each range through
// the string's offset table, and each inserted text encoded for the string, so that accepting a proposal
// leaves valid JSON whose decoded policy reads exactly as the same completion in a plain policy would.

import { getLocation, type JSONPath, type Location } from 'jsonc-parser';
import type { PolicyTarget } from '../document/classify';
import { pick, type Locale, type Localized } from '../util/i18n';
import { encodeJsonStringBody, encodeSnippetForJsonString } from '../json/string';
import { pathOfNode, type Node } from '../source/access';
import type { AnalysisOptions } from '../options';
import type { ParsedDocument } from '../document/parse';
import type { CompletionEntry, Span } from '../types';
import { actionEntries, conditionKeyEntries, keyPosition, operatorEntries, stringAt } from './catalogCompletion';
import { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, TOP_LEVEL_ELEMENTS } from './grammar';
import { policiesOf, type PolicyView, type StatementView } from './policyView';

type ElementName = (typeof TOP_LEVEL_ELEMENTS)[number] | (typeof STATEMENT_ELEMENTS)[number] | (typeof PRINCIPAL_TYPES)[number];

/** The value a key proposal inserts after the colon, as a snippet. */
const VALUE_SNIPPETS: Record<ElementName, string> = {
  Version: `"\${1|${POLICY_VERSIONS.join(',')}|}"`,
  Id: '"$1"',
  Statement: '[{$1}]',
  Sid: '"$1"',
  Effect: '"${1|Allow,Deny|}"',
  Principal: '{$1}',
  NotPrincipal: '{$1}',
  Action: '"$1"',
  NotAction: '"$1"',
  Resource: '"$1"',
  NotResource: '"$1"',
  Condition: '{$1}',
  AWS: '"$1"',
  Service: '"$1"',
  Federated: '"$1"',
  CanonicalUser: '"$1"',
};

const TEXT: Localized<{
  element: string;
  principalType: string;
  about: Record<ElementName, string>;
  effect: Record<'Allow' | 'Deny', string>;
  version: Record<(typeof POLICY_VERSIONS)[number], string>;
}> = {
  en: {
    element: 'policy element',
    principalType: 'principal type',
    about: {
      Version: 'The policy language version. Write `2012-10-17`: under `2008-10-17`, or with no Version, policy variables such as `${aws:username}` are plain text.',
      Id: 'An optional name for the policy.',
      Statement: 'The statements of the policy: one object, or an array of objects.',
      Sid: 'An optional name for the statement. IAM takes only letters and digits, and each Sid once per policy.',
      Effect: '`Allow` or `Deny`, written in exactly that case.',
      Principal: 'Who the statement is about. A resource policy or a role\'s trust policy needs it; an identity policy must not have it.',
      NotPrincipal: 'Every principal except the ones listed. A role\'s trust policy cannot use it.',
      Action: 'The actions the statement covers, as `service:action`; `*` and `?` are wildcards in the action name.',
      NotAction: 'Every action except the ones listed.',
      Resource: 'The resources the statement covers: ARNs, or `*`. A role\'s trust policy has none.',
      NotResource: 'Every resource except the ones listed.',
      Condition: 'When the statement applies: condition operators, each with condition keys and the values to compare.',
      AWS: 'AWS accounts, IAM roles and users, role sessions, or `*`.',
      Service: 'An AWS service, such as `ec2.amazonaws.com`.',
      Federated: 'An identity provider: a SAML or OIDC provider ARN, or a web identity provider such as `cognito-identity.amazonaws.com`.',
      CanonicalUser: 'An Amazon S3 canonical user ID; S3 bucket policies only.',
    },
    effect: {
      Allow: 'Grants the access, unless a Deny also applies.',
      Deny: 'Refuses the access; a Deny wins over every Allow.',
    },
    version: {
      '2012-10-17': 'The current version; policy variables work.',
      '2008-10-17': 'The old version: policy variables are plain text, and IAM refuses it for managed policies.',
    },
  },
  ja: {
    element: 'ポリシー要素',
    principalType: 'プリンシパルの種類',
    about: {
      Version: 'ポリシー言語のバージョン。`2012-10-17` を書きます。`2008-10-17` や Version なしでは `${aws:username}` などのポリシー変数がただの文字列になります。',
      Id: 'ポリシーに付ける任意の名前。',
      Statement: 'ポリシーのステートメント。オブジェクト 1 つか、オブジェクトの配列。',
      Sid: 'ステートメントに付ける任意の名前。IAM では英字と数字だけで、1 つのポリシーの中で重複できません。',
      Effect: '`Allow` か `Deny`。大文字と小文字もこのとおりに書きます。',
      Principal: 'ステートメントの対象となる主体。リソースポリシーとロールの信頼ポリシーでは必要で、アイデンティティポリシーには書けません。',
      NotPrincipal: '列挙したもの以外のすべてのプリンシパル。ロールの信頼ポリシーでは使えません。',
      Action: 'ステートメントが扱うアクション。`service:action` の形で、アクション名には `*` と `?` のワイルドカードが使えます。',
      NotAction: '列挙したもの以外のすべてのアクション。',
      Resource: 'ステートメントが扱うリソース。ARN か `*`。ロールの信頼ポリシーには書きません。',
      NotResource: '列挙したもの以外のすべてのリソース。',
      Condition: 'ステートメントが適用される条件。条件演算子ごとに、条件キーと比較する値を書きます。',
      AWS: 'AWS アカウント、IAM ロールとユーザー、ロールセッション、または `*`。',
      Service: 'AWS のサービス。例: `ec2.amazonaws.com`。',
      Federated: 'ID プロバイダー。SAML や OIDC プロバイダーの ARN、または `cognito-identity.amazonaws.com` などのウェブ ID プロバイダー。',
      CanonicalUser: 'Amazon S3 の正規ユーザー ID。S3 バケットポリシー専用です。',
    },
    effect: {
      Allow: 'アクセスを許可します。ただし Deny も当てはまれば拒否されます。',
      Deny: 'アクセスを拒否します。Deny はどの Allow よりも優先されます。',
    },
    version: {
      '2012-10-17': '現在のバージョン。ポリシー変数が使えます。',
      '2008-10-17': '古いバージョン。ポリシー変数はただの文字列になり、IAM はマネージドポリシーでは受け付けません。',
    },
  },
};

/** Elements that exclude each other: a statement has one of each pair (IAMUG reference_policies_grammar). */
const PARTNER: Partial<Record<ElementName, ElementName>> = {
  Action: 'NotAction', NotAction: 'Action', Resource: 'NotResource', NotResource: 'Resource', Principal: 'NotPrincipal', NotPrincipal: 'Principal',
};

/**
 * The statement elements worth offering in this policy. Where the receiving API is known, those it refuses are
 * left out (IAMUG reference_policies_elements_principal; IAMUG access-analyzer-reference-policy-checks for
 * trust policies): Principal and NotPrincipal in an identity policy; NotPrincipal, Resource and NotResource in
 * a role's trust policy. A policy file's kind is only a guess from its contents, so a file gets them all.
 */
function statementElements(target: PolicyTarget): readonly ElementName[] {
  if (target.origin.source === 'file') return STATEMENT_ELEMENTS;
  if (target.kind === 'identity') return STATEMENT_ELEMENTS.filter((e) => e !== 'Principal' && e !== 'NotPrincipal');
  if (target.kind === 'trust') return STATEMENT_ELEMENTS.filter((e) => e !== 'NotPrincipal' && e !== 'Resource' && e !== 'NotResource');
  return STATEMENT_ELEMENTS;
}

/** Principal types: a canonical user ID is for S3 bucket policies only (IAMUG reference_policies_elements_principal). */
function principalTypes(target: PolicyTarget): readonly ElementName[] {
  if (target.origin.source === 'file' || target.api === 's3-bucket') return PRINCIPAL_TYPES;
  return PRINCIPAL_TYPES.filter((t) => t !== 'CanonicalUser');
}

function keyEntries(text: string, location: Location, offset: number, names: readonly ElementName[], present: Set<string>, detail: string, locale: Locale): CompletionEntry[] {
  const t = pick(TEXT, locale);
  const at = keyPosition(text, location, offset);
  return names.filter((name) => !present.has(name) && !(PARTNER[name] && present.has(PARTNER[name]))).map((name, index) => ({
    label: name,
    kind: 'property' as const,
    insertText: at.hasColon ? JSON.stringify(name) : `${JSON.stringify(name)}: ${VALUE_SNIPPETS[name]}${at.comma}`,
    snippet: !at.hasColon,
    detail,
    documentation: t.about[name],
    sortText: String(index).padStart(3, '0'),
    filterText: at.quoted ? JSON.stringify(name) : name,
    span: at.span,
  }));
}

const VALUE_WORD = /[A-Za-z0-9-]/;

function valueEntries(text: string, location: Location, offset: number, values: readonly { value: string; documentation: string }[]): CompletionEntry[] {
  const inString = stringAt(text, location, offset);
  let span: Span | undefined = inString;
  if (!span) {
    let start = offset;
    let end = offset;
    while (start > 0 && VALUE_WORD.test(text[start - 1])) start--;
    while (end < text.length && VALUE_WORD.test(text[end])) end++;
    span = { offset: start, length: end - start };
  }
  // Typed right after a colon, a space keeps the usual `"Key": value` layout.
  const lead = !inString && text[span.offset - 1] === ':' ? ' ' : '';
  const quoted = text[span.offset] === '"';
  const where = span;
  return values.map(({ value, documentation }, index) => ({
    label: value,
    kind: 'value' as const,
    insertText: lead + JSON.stringify(value),
    snippet: false,
    documentation,
    sortText: String(index).padStart(3, '0'),
    filterText: quoted ? JSON.stringify(value) : value,
    span: where,
  }));
}

/** The statement a relative path `['Statement', i?, …]` points into, and the rest of the path. */
function statementAt(view: PolicyView, relative: JSONPath): { statement: StatementView | undefined; rest: JSONPath } | undefined {
  if (relative[0] !== 'Statement') return undefined;
  if (typeof relative[1] === 'number') {
    return { statement: view.statements.find((s) => s.index === relative[1]), rest: relative.slice(2) };
  }
  return view.statementForm === 'object' ? { statement: view.statements[0], rest: relative.slice(1) } : undefined;
}

function startsWith(path: JSONPath, prefix: JSONPath): boolean {
  return path.length >= prefix.length && prefix.every((segment, i) => path[i] === segment);
}

/** The names of an object's members, for leaving out what is already there, without the key being typed. */
function memberNames(node: Node | undefined, typing: JSONPath[number] | undefined, lower = false): Set<string> {
  const names = new Set<string>();
  for (const pair of node?.type === 'object' ? node.children ?? [] : []) {
    const key: unknown = pair.children?.[0]?.value;
    if (typeof key === 'string') names.add(lower ? key.toLowerCase() : key);
  }
  if (typing !== undefined) names.delete(lower ? String(typing).toLowerCase() : String(typing));
  return names;
}

/**
 * The proposals at `offset` of `text`, the policy's own text (the document, or a string's decoded value),
 * where `location` is getLocation's answer there and `rootPath` the path of the policy's root in `text`.
 * Undefined when the offset is not in a place this module completes.
 */
function completeInPolicy(view: PolicyView, text: string, location: Location, offset: number, rootPath: JSONPath, options: AnalysisOptions): CompletionEntry[] | undefined {
  if (!startsWith(location.path, rootPath)) return undefined;
  const relative = location.path.slice(rootPath.length);
  const locale = options.locale;
  const t = pick(TEXT, locale);
  const typing = location.isAtPropertyKey ? relative[relative.length - 1] : undefined;
  if (relative.length === 1 && location.isAtPropertyKey) {
    return keyEntries(text, location, offset, TOP_LEVEL_ELEMENTS, memberNames(view.root, typing), t.element, locale);
  }
  if (relative.length === 1 && relative[0] === 'Version') {
    return valueEntries(text, location, offset, POLICY_VERSIONS.map((value) => ({ value, documentation: t.version[value] })));
  }
  const at = statementAt(view, relative);
  if (!at) return undefined;
  const { statement, rest } = at;
  const catalog = options.catalog;
  if (rest.length === 1 && location.isAtPropertyKey) {
    return keyEntries(text, location, offset, statementElements(view.target), memberNames(statement?.node, typing), t.element, locale);
  }
  if (rest.length === 1 && rest[0] === 'Effect' && !location.isAtPropertyKey) {
    return valueEntries(text, location, offset, (['Allow', 'Deny'] as const).map((value) => ({ value, documentation: t.effect[value] })));
  }
  if (rest.length === 2 && rest[0] === 'Principal' && location.isAtPropertyKey) {
    return keyEntries(text, location, offset, principalTypes(view.target), memberNames(statement?.principal?.value, typing), t.principalType, locale);
  }
  if ((rest[0] === 'Action' || rest[0] === 'NotAction') && !location.isAtPropertyKey && (rest.length === 1 || (rest.length === 2 && typeof rest[1] === 'number'))) {
    return catalog ? actionEntries(catalog, text, location, offset, locale) : [];
  }
  if (rest[0] === 'Condition' && location.isAtPropertyKey && rest.length === 2) {
    return operatorEntries(text, location, offset, memberNames(statement?.condition?.value, typing), locale);
  }
  if (rest[0] === 'Condition' && location.isAtPropertyKey && rest.length === 3) {
    if (!catalog) return [];
    const operator = statement?.condition?.operators.find((o) => o.name === rest[1]);
    return conditionKeyEntries(catalog, text, location, offset, statement, memberNames(operator?.value, typing, true), locale, options.cache);
  }
  return undefined;
}

/** Whether a document offset lies between the quotes of a string literal (an unterminated one runs to its end). */
function insideLiteral(text: string, literal: Node, offset: number): boolean {
  const end = literal.offset + literal.length;
  const closed = literal.length >= 2 && text[end - 1] === '"';
  return offset > literal.offset && (closed ? offset < end : offset <= end);
}

/**
 * A proposal computed on a string's decoded text, as it must be written into the document. `typed` is the
 * document text from the start of the range to the cursor, `typedInner` the same in the decoded text.
 */
function toDocumentEntry(target: PolicyTarget, entry: CompletionEntry, typed: string, typedInner: string): CompletionEntry {
  return {
    ...entry,
    insertText: entry.snippet ? encodeSnippetForJsonString(entry.insertText) : encodeJsonStringBody(entry.insertText),
    filterText: entry.filterText === undefined ? undefined : documentFilterText(entry.filterText, typed, typedInner),
    span: target.toDocument(entry.span),
  };
}

/**
 * An editor matches the document text from the start of the range to the cursor against the filter text,
 * escapes included. Where the typed part is spelled with escapes of its own (`\u0073` for `s`), the filter
 * text starts with it as written, so the proposal still matches; the rest is encoded as usual.
 */
function documentFilterText(filterText: string, typed: string, typedInner: string): string {
  return filterText.startsWith(typedInner) ? typed + encodeJsonStringBody(filterText.slice(typedInner.length)) : encodeJsonStringBody(filterText);
}

/**
 * Called by completeAt. Returns the IAM completions at `offset`, or undefined when the offset is not in a
 * place this module completes, so that other completion providers can try. Inside a policy held in a
 * string it always answers, with an empty list where nothing applies (inside an escape sequence, say).
 */
export function completeIamAt(doc: ParsedDocument, offset: number, options: AnalysisOptions): CompletionEntry[] | undefined {
  if (!doc.model.kinds.includes('iam-policy')) return undefined;
  let location: Location | undefined;
  for (const view of policiesOf(doc)) {
    if (!view.root) continue;
    const target = view.target;
    if (target.embedding === 'string') {
      if (!insideLiteral(doc.text, target.holder, offset)) continue;
      const inner = target.fromDocument(offset);
      if (inner === undefined) return [];
      const entries = completeInPolicy(view, target.text, getLocation(target.text, inner), inner, [], options) ?? [];
      return entries.map((entry) => {
        const start = Math.min(entry.span.offset, inner);
        const typed = doc.text.slice(Math.min(target.toDocument({ offset: start, length: 0 }).offset, offset), offset);
        return toDocumentEntry(target, entry, typed, target.text.slice(start, inner));
      });
    }
    location ??= getLocation(doc.text, offset);
    const entries = completeInPolicy(view, doc.text, location, offset, pathOfNode(view.root), options);
    if (entries) return entries;
  }
  return undefined;
}
