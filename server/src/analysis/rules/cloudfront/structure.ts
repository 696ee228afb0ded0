// Rule: cloudfront/structure. A distribution config or invalidation batch that does not have the shape
// AWS accepts. The CloudFront API (and the AWS CLI's parameter validation in front of it) rejects a
// missing required member, a value of the wrong JSON type and a value outside an enum; CloudFormation
// rejects the same when it calls the API, and refuses properties its resource schema does not know.
// Everything is read from the schema (cloudfront/schema.ts), in the shape the document uses. Unknown keys
// are warnings: the key is at best ignored and at worst rejected, and a misspelt member usually means a
// setting the user believes is applied is not.

import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { holderSpan, quantityOf, schemaTargets, typeVerdict, walkTarget, type SchemaTarget, type SchemaVisit } from '../../cloudfront/schemaTargets';
import { KIND_NAMES } from '../../cloudfront/schema';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { entries, prop, propKey, spanOf } from '../../source/access';
import type { SourceEdits } from '../../source/frontEnd';
import { closestName } from '../../util/suggest';
import type { Finding, Fix } from '../../types';
import type { Rule, RuleContext } from '../types';

/** What the checks of one document share: its writer, its spelling of keys and the message language. */
interface Env {
  edits: SourceEdits;
  k: KeyName;
  locale: Locale;
}

const RULE = 'cloudfront/structure';

const TEXT: Localized<{
  missing: (names: string[], where: string, cfn: boolean) => string;
  wrongType: (where: string, expected: string, actual: string) => string;
  apiListGiven: (k: KeyName, name: string) => string;
  cfnListGiven: (k: KeyName, name: string) => string;
  stringGiven: (literal: string) => string;
  toWrapper: (k: KeyName) => string;
  toPlainList: (k: KeyName) => string;
  toLiteral: (literal: string) => string;
  badEnum: (value: string, where: string, allowed: string) => string;
  didYouMean: (name: string) => string;
  replaceValue: (value: string) => string;
  unknown: (key: string, where: string, cfn: boolean) => string;
  otherShape: (key: string, correct: string, cfn: boolean) => string;
  rename: (from: string, to: string) => string;
  actual: Record<string, string>;
}> = {
  en: {
    missing: (names, where, cfn) => {
      const noun = cfn ? (names.length === 1 ? 'property' : 'properties') : (names.length === 1 ? 'member' : 'members');
      return `${where} is missing the required ${noun} ${names.map((n) => `"${n}"`).join(', ')}.`;
    },
    wrongType: (where, expected, actual) => `${where} must be ${expected}, not ${actual}.`,
    apiListGiven: (k, name) => ` In the CloudFront API form, ${name} is an object {"${k('Quantity')}", "${k('Items')}"}; a plain list is the CloudFormation form.`,
    cfnListGiven: (k, name) => ` In CloudFormation, ${name} is a plain list; {"${k('Quantity')}", "${k('Items')}"} is the CloudFront API form.`,
    stringGiven: (literal) => ` Write ${literal} without quotes.`,
    toWrapper: (k) => `Wrap the list in {"${k('Quantity')}", "${k('Items')}"}`,
    toPlainList: (k) => `Replace with the plain list of ${k('Items')}`,
    toLiteral: (literal) => `Replace with ${literal}`,
    badEnum: (value, where, allowed) => `${value} is not a valid value for ${where}. Allowed values: ${allowed}.`,
    didYouMean: (name) => ` Did you mean "${name}"?`,
    replaceValue: (value) => `Change to "${value}"`,
    unknown: (key, where, cfn) => `"${key}" is not a known ${cfn ? 'property' : 'member'} of ${where}.`,
    otherShape: (key, correct, cfn) => cfn
      ? `"${key}" is the CloudFront API name; CloudFormation calls this property "${correct}".`
      : `"${key}" is the CloudFormation name; the CloudFront API calls this member "${correct}".`,
    rename: (from, to) => `Rename "${from}" to "${to}"`,
    actual: { string: 'a string', number: 'a number', boolean: 'a boolean', object: 'an object', array: 'a list', null: 'null' },
  },
  ja: {
    missing: (names, where, cfn) => `${where} に必須の${cfn ? 'プロパティ' : 'メンバー'} ${names.map((n) => `"${n}"`).join('、')} がありません。`,
    wrongType: (where, expected, actual) => `${where} の値は${expected}でなければなりません（${actual}が指定されています）。`,
    apiListGiven: (k, name) => `CloudFront API 形式では ${name} はオブジェクト {"${k('Quantity')}", "${k('Items')}"} です。単純なリストは CloudFormation 形式です。`,
    cfnListGiven: (k, name) => `CloudFormation では ${name} は単純なリストです。{"${k('Quantity')}", "${k('Items')}"} は CloudFront API 形式です。`,
    stringGiven: (literal) => `引用符を付けずに ${literal} と書きます。`,
    toWrapper: (k) => `リストを {"${k('Quantity')}", "${k('Items')}"} で囲む`,
    toPlainList: (k) => `${k('Items')} の単純なリストに置き換える`,
    toLiteral: (literal) => `${literal} に置き換える`,
    badEnum: (value, where, allowed) => `${value} は ${where} に指定できる値ではありません。指定できる値: ${allowed}。`,
    didYouMean: (name) => `"${name}" のことですか？`,
    replaceValue: (value) => `"${value}" に変更`,
    unknown: (key, where, cfn) => `"${key}" は ${where} の既知の${cfn ? 'プロパティ' : 'メンバー'}ではありません。`,
    otherShape: (key, correct, cfn) => cfn
      ? `"${key}" は CloudFront API での名前です。CloudFormation ではこのプロパティは "${correct}" です。`
      : `"${key}" は CloudFormation での名前です。CloudFront API ではこのメンバーは "${correct}" です。`,
    rename: (from, to) => `"${from}" を "${to}" に名前変更`,
    actual: { string: '文字列', number: '数値', boolean: '真偽値', object: 'オブジェクト', array: 'リスト', null: 'null' },
  },
};

function nameOf(v: SchemaVisit): string {
  return v.member?.name ?? v.schema.typeName ?? v.path;
}

function typeFinding(v: SchemaVisit, env: Env): Finding {
  const { edits, k, locale } = env;
  const t = pick(TEXT, locale);
  const cfn = v.target.shape === 'cloudformation';
  const actual = v.node.type === 'number' && !Number.isInteger(v.node.value) && !cfn ? t.actual.number : t.actual[v.node.type] ?? v.node.type;
  let message = t.wrongType(v.path, pick(KIND_NAMES[v.schema.kind], locale), actual);
  const fixes: Fix[] = [];
  const name = nameOf(v);
  if (v.schema.wrapper && v.node.type === 'array') {
    // The CloudFormation spelling of a list, written in an API document.
    message += t.apiListGiven(k, name);
    fixes.push({ title: t.toWrapper(k), isPreferred: true, edits: [edits.wrapValue(v.node, { Quantity: v.node.children?.length ?? 0 }, 'Items')] });
  } else if (v.schema.kind === 'list' && v.node.type === 'object' && (prop(v.node, 'Items') || prop(v.node, 'Quantity'))) {
    // The API spelling of a list, written in a template.
    message += t.cfnListGiven(k, name);
    const unwrap = prop(v.node, 'Items')?.type === 'array' ? edits.unwrapValue(v.node, 'Items') : undefined;
    if (unwrap) fixes.push({ title: t.toPlainList(k), isPreferred: true, edits: [unwrap] });
  } else if (v.node.type === 'string') {
    // A quoted number or flag: the CLI rejects "true" where it expects true.
    const raw = String(v.node.value).trim();
    const literal = v.schema.kind === 'boolean' && /^(true|false)$/i.test(raw) ? raw.toLowerCase() === 'true'
      : (v.schema.kind === 'integer' || v.schema.kind === 'long') && /^-?\d+$/.test(raw) ? Number(raw) : undefined;
    if (literal !== undefined) {
      message += t.stringGiven(edits.render(literal));
      fixes.push({ title: t.toLiteral(edits.render(literal)), isPreferred: true, edits: [edits.replaceValue(v.node, literal)] });
    }
  }
  return { rule: RULE, severity: 'error', message, span: spanOf(v.node), fixes };
}

function enumFinding(v: SchemaVisit, edits: SourceEdits, locale: Locale): Finding | undefined {
  const allowed = v.schema.enumValues;
  const strings = v.schema.enumStrings;
  if (!allowed || !strings) return undefined;
  const value: unknown = v.node.value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const written = String(value);
  const { list: names, set } = strings;
  if (set.has(written)) return undefined;
  const t = pick(TEXT, locale);
  const suggestion = closestName(written, names);
  const fixes: Fix[] = [];
  let message = t.badEnum(JSON.stringify(value), v.path, names.join(', '));
  if (suggestion !== undefined) {
    message += t.didYouMean(suggestion);
    const numeric = typeof allowed[names.indexOf(suggestion)] === 'number' && v.node.type === 'number';
    fixes.push({ title: t.replaceValue(suggestion), isPreferred: true, edits: [edits.replaceValue(v.node, numeric ? Number(suggestion) : suggestion)] });
  }
  return { rule: RULE, severity: 'error', message, span: spanOf(v.node), fixes };
}

/** Keys CloudFormation treats as intrinsic functions or conditions; never "unknown". */
function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** What most objects give: no finding, shared rather than a new empty list for each of thousands of objects. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function objectFindings(v: SchemaVisit, env: Env): readonly Finding[] {
  const schema = v.schema;
  // Almost every object has only known keys; it then needs only the check for missing members, which is
  // done without building sets of its keys.
  for (const pair of v.node.children ?? []) {
    const key: unknown = pair.children?.[0]?.value;
    if (typeof key === 'string' && !schema.members?.has(key) && !isIntrinsicKey(key)) return objectFindingsWithUnknownKeys(v, env);
  }
  let missing: string[] | undefined;
  let quantity: number | undefined | null = null;
  for (const member of schema.members?.values() ?? []) {
    if (!member.required || propKey(v.node, member.name) !== undefined) continue;
    if (schema.wrapper && member.name === 'Quantity') continue;
    if (schema.wrapper && member.name === 'Items') {
      if (quantity === null) quantity = quantityOf(v.node, v.target.shape === 'cloudformation');
      if (quantity !== undefined && quantity > 0) continue;
    }
    (missing ??= []).push(member.name);
  }
  if (!missing) return NO_FINDINGS;
  const t = pick(TEXT, env.locale);
  return [{ rule: RULE, severity: 'error', message: t.missing(missing.map(env.k), v.path, v.target.shape === 'cloudformation'), span: holderSpan(v.node, v.keyNode) }];
}

/** `objectFindings` for an object with a key the schema does not know. */
function objectFindingsWithUnknownKeys(v: SchemaVisit, env: Env): Finding[] {
  const { edits, k, locale } = env;
  const t = pick(TEXT, locale);
  const cfn = v.target.shape === 'cloudformation';
  const schema = v.schema;
  const findings: Finding[] = [];
  const present = new Set<string>();
  // A misspelt member is reported once, as the misspelling: the rename fix also cures "missing".
  const meant = new Set<string>();
  for (const [key, keyNode] of entries(v.node)) {
    present.add(key);
    if (schema.members?.has(key) || isIntrinsicKey(key)) continue;
    const alias = schema.aliases?.get(key);
    const fixes: Fix[] = [];
    let message: string;
    const renameTo = (to: string): void => {
      meant.add(to);
      if (prop(v.node, to) === undefined) fixes.push({ title: t.rename(key, k(to)), isPreferred: true, edits: [edits.renameKey(keyNode, to)] });
    };
    if (alias) {
      message = t.otherShape(key, k(alias.name), cfn);
      renameTo(alias.name);
    } else if (schema.foreign?.has(key)) {
      message = pick(schema.foreign.get(key) as Localized<string>, locale);
    } else {
      message = t.unknown(key, v.path, cfn);
      const suggestion = closestName(key, schema.members?.keys() ?? []);
      if (suggestion !== undefined) {
        message += t.didYouMean(k(suggestion));
        renameTo(suggestion);
      }
    }
    findings.push({ rule: RULE, severity: 'warning', message, span: spanOf(keyNode), fixes });
  }
  const missing: string[] = [];
  const quantity = quantityOf(v.node, cfn);
  for (const member of schema.members?.values() ?? []) {
    if (!member.required || present.has(member.name) || meant.has(member.name)) continue;
    // Quantity, and Items when Quantity promises entries, belong to cloudfront/inconsistent-quantity,
    // which reports them with AWS's own wording.
    if (schema.wrapper && (member.name === 'Quantity' || (member.name === 'Items' && quantity !== undefined && quantity > 0))) continue;
    missing.push(member.name);
  }
  if (missing.length) {
    findings.push({ rule: RULE, severity: 'error', message: t.missing(missing.map(k), v.path, cfn), span: holderSpan(v.node, v.keyNode) });
  }
  return findings;
}

function findingsFor(target: SchemaTarget, env: Env): Finding[] {
  const findings: Finding[] = [];
  const cfn = target.shape === 'cloudformation';
  walkTarget(target, (v) => {
    const verdict = typeVerdict(v.node, v.schema.kind, cfn, v.inList);
    if (verdict === 'unknown') return false;
    if (verdict === 'wrong') {
      findings.push(typeFinding(v, env));
      return false;
    }
    if (v.schema.kind === 'object') findings.push(...objectFindings(v, env));
    else {
      const finding = enumFinding(v, env.edits, env.locale);
      if (finding) findings.push(finding);
    }
    return true;
  });
  return findings;
}

const EXAMPLE = `{
  "CallerReference": "site-2026-01",
  "Origins": { "Quantity": 1, "Items": [{ "Id": "site", "DomainName": "site.s3.us-east-1.amazonaws.com", "S3OriginConfig": { "OriginAccessIdentity": "" } }] },
  "DefaultCacheBehavior": { "TargetOriginId": "site", "ViewerProtocolPolicy": "redirect-to-https", "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6" },
  "Comment": "",
  "Enabled": true
}
`;

export const structure: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Distribution config or invalidation batch does not have the shape AWS accepts', ja: 'AWS が受け付けない形のディストリビューション設定・無効化バッチ' },
    severity: 'error',
    description: {
      en: 'Checks every member of a CloudFront distribution config (API or CloudFormation form) and of an invalidation ' +
        'batch against the service model: required members that are missing, values of the wrong JSON type, values ' +
        'outside an enum (with a fix when one allowed value is clearly meant), and keys AWS does not know (a warning, ' +
        'with a rename fix for a close match and a note when the key is the other form\'s spelling, such as ' +
        'ACMCertificateArn in a template). Intrinsic functions are unknown values and never reported.',
      ja: 'CloudFront のディストリビューション設定（API 形式と CloudFormation 形式）と無効化バッチのすべてのメンバーをサービス' +
        'モデルと照合します。必須メンバーの欠落、JSON の型の誤り、列挙値以外の値（意図が明らかなら修正を提示）、AWS が知らない' +
        'キー（警告。近い名前があれば名前変更の修正を、テンプレートでの ACMCertificateArn のようにもう一方の形式の綴りなら注記を' +
        '表示）を報告します。組み込み関数は未知の値として扱い、報告しません。',
    },
    appliesTo: ['cloudfront-distribution', 'cloudfront-invalidation'],
    example: {
      bad: EXAMPLE.replace('"TargetOriginId"', '"TargetOriginID"').replace('"redirect-to-https"', '"Redirect-To-Https"'),
      good: EXAMPLE,
    },
    fix: {
      en: 'Use the member names, types and values of the form you write (API or CloudFormation); the quick fixes rename a misspelt key, correct a value that differs only slightly, and convert a list between the two forms.',
      ja: '書いている形式（API または CloudFormation）のメンバー名・型・値を使います。クイックフィックスは綴りの誤ったキーの名前変更、わずかに違う値の修正、2 つの形式の間のリストの変換を行います。',
    },
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DistributionConfig.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-distributionconfig.html',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_InvalidationBatch.html',
      'https://github.com/boto/botocore/blob/develop/botocore/data/cloudfront/2020-05-31/service-2.json',
    ],
  },
  document({ doc, options }: RuleContext) {
    const env: Env = { edits: doc.edits, k: keyNames(doc.spelling), locale: options.locale };
    return schemaTargets(doc).flatMap((target) => findingsFor(target, env));
  },
};
