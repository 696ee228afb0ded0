// Rule: cloudfront/value-range. A number outside the range AWS accepts, or a string longer (or shorter) than
// the length it accepts, in a distribution config. The ranges are the schema's (cloudfront/schema.ts), which
// records only sourced ones: ConnectionAttempts 1–3 and ConnectionTimeout 1–10 seconds are fixed API limits;
// OriginReadTimeout and OriginKeepaliveTimeout 1–180 seconds are default quotas that AWS raises on request (the
// AWS Knowledge Center's figure; the API reference's older 120 would flag valid values, so the higher one is used),
// and a value over them is rejected with InvalidOriginReadTimeout / InvalidOriginKeepaliveTimeout (botocore
// error shapes of CreateDistribution and UpdateDistribution); Comment ≤ 128 characters, OriginShieldRegion
// 1–32, custom origin header names ≤ 256 and values ≤ 1,783 (quotas) and so on (API reference; Developer Guide,
// cloudfront-limits.html). ResponseCompletionTimeout must be at least the origin's OriginReadTimeout (botocore
// member documentation). A maximum that is a quota is a warning, because an account may have a higher one;
// every other range is an error. List lengths are cloudfront/quotas' and cloudfront/inconsistent-quantity's,
// and the lengths of PathPattern and DefaultRootObject belong to the rules about those fields.

import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { numberValue, schemaTargets, walkTarget, type SchemaVisit } from '../../cloudfront/schemaTargets';
import type { SchemaNode } from '../../cloudfront/schema';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { prop, spanOf, type Node } from '../../source/access';
import type { Finding } from '../../types';
import type { Rule } from '../types';

const RULE = 'cloudfront/value-range';

/** Members whose limits another rule reports in its own words; checking them here would say it twice. */
const REPORTED_ELSEWHERE = new Set([
  'Quantity', // cloudfront/inconsistent-quantity: a Quantity below 0 never matches the Items.
  'PathPattern', // cloudfront/path-pattern-syntax
  'DefaultRootObject', // cloudfront/default-root-object
]);

/** The AWS error for a value outside the range, where the service model (botocore) has one of its own. */
const AWS_ERROR: Readonly<Record<string, string>> = {
  OriginReadTimeout: 'InvalidOriginReadTimeout',
  OriginKeepaliveTimeout: 'InvalidOriginKeepaliveTimeout',
};

/**
 * Durations whose lower bound of 0 is common sense rather than a documented AWS limit: a negative TTL is surely a
 * mistake, but AWS documents neither a minimum nor an error for it, so it is a warning that says just that.
 */
const COMMON_SENSE_MINIMUM = new Set(['MinTTL', 'DefaultTTL', 'MaxTTL', 'ErrorCachingMinTTL']);

/** The origin settings that hold an OriginReadTimeout, in the order they are looked at. */
const READ_TIMEOUT_HOLDERS = ['CustomOriginConfig', 'S3OriginConfig', 'VpcOriginConfig'];

/** How many characters of a string a message quotes. */
const PREVIEW = 40;

type Unit = 'seconds' | 'characters' | 'none';

/** Japanese puts a space between Latin text or digits and a particle, but none after a Japanese unit. */
const jaSpaced = (text: string): string => (/[\x21-\x7e]$/.test(text) ? `${text} ` : text);

interface Text {
  amount: (n: number, unit: Unit) => string;
  range: (min: number | undefined, max: number | undefined, unit: Unit) => string;
  number: (where: string, value: string, range: string, error: string | undefined) => string;
  quota: (where: string, value: string, range: string, error: string | undefined) => string;
  text: (where: string, preview: string, length: number, range: string) => string;
  textQuota: (where: string, preview: string, length: number, range: string) => string;
  empty: (where: string, range: string) => string;
  negative: (where: string, value: string) => string;
  completion: (k: KeyName, where: string, completion: string, read: string) => string;
  related: (k: KeyName) => string;
}

const TEXT: Localized<Text> = {
  en: {
    amount: (n, unit) => `${n.toLocaleString('en-US')}${unit === 'seconds' ? (n === 1 ? ' second' : ' seconds') : unit === 'characters' ? (n === 1 ? ' character' : ' characters') : ''}`,
    range: (min, max, unit) => {
      if (min !== undefined && max !== undefined) return `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}${unit === 'none' ? '' : ` ${unit}`}`;
      return min !== undefined ? `at least ${TEXT.en.amount(min, unit)}` : `at most ${TEXT.en.amount(max ?? 0, unit)}`;
    },
    number: (where, value, range, error) => `${where} is ${value}; AWS accepts ${range}${error ? ` and rejects other values with ${error}` : ''}.`,
    quota: (where, value, range, error) =>
      `${where} is ${value}; CloudFront's default quota allows ${range}. AWS rejects a higher value${error ? ` with ${error}` : ''} unless your account has a higher quota; AWS raises default quotas on request.`,
    text: (where, preview, length, range) => `${where} ${preview} is ${length.toLocaleString('en-US')} characters long; AWS accepts ${range}.`,
    textQuota: (where, preview, length, range) =>
      `${where} ${preview} is ${length.toLocaleString('en-US')} characters long; CloudFront's default quota allows ${range}. AWS rejects a longer value unless your account has a higher quota; AWS raises default quotas on request.`,
    empty: (where, range) => `${where} is an empty string; AWS accepts ${range}.`,
    negative: (where, value) => `${where} is ${value}; a time to cache cannot be negative. AWS documents no meaning for a negative value; use 0 or more.`,
    completion: (k, where, completion, read) =>
      `${k('ResponseCompletionTimeout')} (${completion}) is less than ${k('OriginReadTimeout')} (${read}) in ${where}. AWS requires ${k('ResponseCompletionTimeout')} to be equal to or greater than ${k('OriginReadTimeout')}.`,
    related: (k) => `${k('OriginReadTimeout')}, which ${k('ResponseCompletionTimeout')} must not be below`,
  },
  ja: {
    amount: (n, unit) => `${n.toLocaleString('en-US')}${unit === 'seconds' ? ' 秒' : unit === 'characters' ? ' 文字' : ''}`,
    range: (min, max, unit) => {
      const u = unit === 'seconds' ? ' 秒' : unit === 'characters' ? ' 文字' : '';
      if (min !== undefined && max !== undefined) return `${min.toLocaleString('en-US')}〜${max.toLocaleString('en-US')}${u}`;
      return min !== undefined ? `${min.toLocaleString('en-US')}${u}以上` : `${(max ?? 0).toLocaleString('en-US')}${u}以下`;
    },
    number: (where, value, range, error) => `${where} が ${jaSpaced(value)}になっています。AWS が受け付けるのは ${jaSpaced(range)}で、それ以外の値は${error ? ` ${error} で` : ''}拒否されます。`,
    quota: (where, value, range, error) =>
      `${where} が ${jaSpaced(value)}になっています。CloudFront の既定のクォータで許されるのは ${jaSpaced(range)}です。アカウントのクォータがこれより高くない限り、AWS はこれを超える値を${error ? ` ${error} で` : ''}拒否します。既定のクォータは AWS に申請すれば引き上げられます。`,
    text: (where, preview, length, range) => `${where} ${preview} は ${length.toLocaleString('en-US')} 文字あります。AWS が受け付けるのは ${jaSpaced(range)}です。`,
    textQuota: (where, preview, length, range) =>
      `${where} ${preview} は ${length.toLocaleString('en-US')} 文字あります。CloudFront の既定のクォータで許されるのは ${jaSpaced(range)}です。アカウントのクォータがこれより高くない限り、AWS はこれより長い値を拒否します。既定のクォータは AWS に申請すれば引き上げられます。`,
    empty: (where, range) => `${where} が空文字列です。AWS が受け付けるのは ${jaSpaced(range)}です。`,
    negative: (where, value) => `${where} が ${jaSpaced(value)}になっています。キャッシュ時間を負にはできません。負の値の意味を AWS は文書化していないので、0 以上にしてください。`,
    completion: (k, where, completion, read) =>
      `${where} の ${k('ResponseCompletionTimeout')}（${completion}）が ${k('OriginReadTimeout')}（${read}）より小さくなっています。AWS は ${k('ResponseCompletionTimeout')} を ${k('OriginReadTimeout')} 以上にすることを求めます。`,
    related: (k) => `${k('ResponseCompletionTimeout')} はこの ${k('OriginReadTimeout')} 以上でなければなりません`,
  },
};

function unitOf(schema: SchemaNode): Unit {
  return schema.unit === 'seconds' ? 'seconds' : schema.kind === 'string' ? 'characters' : 'none';
}

/** A short quotation of a string value for a message. */
function preview(value: string): string {
  const chars = [...value];
  return JSON.stringify(chars.length > PREVIEW ? `${chars.slice(0, PREVIEW).join('')}…` : value);
}

/**
 * A finding when `measured` (a number, or a string's length in characters) lies outside the schema's range;
 * `say` words it, knowing whether the value is only over a default quota.
 */
function outOfRange(v: SchemaVisit, measured: number, locale: Locale, say: (t: Text, range: string, quota: boolean) => string): Finding | undefined {
  const { min, max } = v.schema;
  const above = max !== undefined && measured > max;
  if (!above && !(min !== undefined && measured < min)) return undefined;
  const t = pick(TEXT, locale);
  // A lower bound is never a quota; only a maximum that is one can be higher for some accounts.
  const quota = above && v.schema.maxAdjustable === true;
  return { rule: RULE, severity: quota ? 'warning' : 'error', message: say(t, t.range(min, max, unitOf(v.schema)), quota), span: spanOf(v.node) };
}

function numberFinding(v: SchemaVisit, value: number, locale: Locale): Finding | undefined {
  if (v.member && COMMON_SENSE_MINIMUM.has(v.member.name) && value < 0) {
    const t = pick(TEXT, locale);
    return { rule: RULE, severity: 'warning', message: t.negative(v.path, t.amount(value, unitOf(v.schema))), span: spanOf(v.node) };
  }
  const error = v.member ? AWS_ERROR[v.member.name] : undefined;
  return outOfRange(v, value, locale, (t, range, quota) => {
    const amount = t.amount(value, unitOf(v.schema));
    return quota ? t.quota(v.path, amount, range, error) : t.number(v.path, amount, range, error);
  });
}

function lengthFinding(v: SchemaVisit, value: string, locale: Locale): Finding | undefined {
  // AWS counts characters, so a character outside the Basic Multilingual Plane (two UTF-16 units) counts once.
  const length = [...value].length;
  return outOfRange(v, length, locale, (t, range, quota) => length === 0 ? t.empty(v.path, range)
    : quota ? t.textQuota(v.path, preview(value), length, range) : t.text(v.path, preview(value), length, range));
}

/** The origin's ResponseCompletionTimeout against its OriginReadTimeout, when both are written as numbers. */
function completionFinding(v: SchemaVisit, k: KeyName, locale: Locale): Finding | undefined {
  const cfn = v.target.shape === 'cloudformation';
  const completionMember = v.schema.members?.get('ResponseCompletionTimeout');
  const completionNode = prop(v.node, 'ResponseCompletionTimeout');
  if (!completionMember || !completionNode) return undefined;
  const completion = numberValue(completionNode, completionMember.node.kind, cfn);
  // A value below its own minimum is reported as such; one finding per value is enough.
  if (completion === undefined || (completionMember.node.min !== undefined && completion < completionMember.node.min)) return undefined;
  let read: { value: number; node: Node } | undefined;
  for (const holder of READ_TIMEOUT_HOLDERS) {
    const readMember = v.schema.members?.get(holder)?.node.members?.get('OriginReadTimeout');
    const readNode = prop(prop(v.node, holder), 'OriginReadTimeout');
    const value = readMember && readNode ? numberValue(readNode, readMember.node.kind, cfn) : undefined;
    if (value !== undefined && readNode) {
      read = { value, node: readNode };
      break;
    }
  }
  if (!read || completion >= read.value) return undefined;
  const t = pick(TEXT, locale);
  return {
    rule: RULE,
    severity: 'error',
    message: t.completion(k, v.path, t.amount(completion, 'seconds'), t.amount(read.value, 'seconds')),
    span: spanOf(completionNode),
    related: [{ span: spanOf(read.node), message: t.related(k) }],
  };
}

function check(v: SchemaVisit, k: KeyName, locale: Locale): Finding | undefined {
  const { schema, node } = v;
  if (schema.kind === 'object') return schema.typeName === 'Origin' && node.type === 'object' ? completionFinding(v, k, locale) : undefined;
  if (schema.kind === 'list' || (schema.min === undefined && schema.max === undefined)) return undefined;
  if (v.member && REPORTED_ELSEWHERE.has(v.member.name)) return undefined;
  if (schema.kind === 'string') return node.type === 'string' && typeof node.value === 'string' ? lengthFinding(v, node.value, locale) : undefined;
  const value = numberValue(node, schema.kind, v.target.shape === 'cloudformation');
  return value === undefined ? undefined : numberFinding(v, value, locale);
}

const EXAMPLE = `{
  "CallerReference": "api-2026-01",
  "Origins": { "Quantity": 1, "Items": [{
    "Id": "api", "DomainName": "api.example.com",
    "CustomOriginConfig": { "HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only", "OriginReadTimeout": 60 },
    "ConnectionAttempts": 3, "ConnectionTimeout": 10
  }] },
  "DefaultCacheBehavior": { "TargetOriginId": "api", "ViewerProtocolPolicy": "https-only", "CachePolicyId": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad" },
  "Comment": "",
  "Enabled": true
}
`;

export const valueRange: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Number or text length outside the range AWS accepts', ja: 'AWS が受け付ける範囲外の数値・文字数' },
    severity: 'error',
    description: {
      en: 'Checks numbers and string lengths in a distribution config (API or CloudFormation form) against the ranges ' +
        'AWS documents, among them ConnectionAttempts 1–3, ConnectionTimeout 1–10 seconds, OriginReadTimeout and ' +
        'OriginKeepaliveTimeout 1–180 seconds, Comment up to 128 characters, OriginShieldRegion 1–32 characters, ' +
        'custom origin header names up to 256 and values up to 1,783 characters, and a ResponseCompletionTimeout ' +
        'no lower than the origin\'s OriginReadTimeout. A value over a default quota (the origin timeouts, the ' +
        'header and query string name lengths) is a warning, since AWS raises quotas on request, and so is a negative ' +
        'TTL, which AWS documents no meaning for; every other value out of range is an error. Numeric strings in a template count as numbers; intrinsic functions are unknown.',
      ja: 'ディストリビューション設定（API 形式と CloudFormation 形式）の数値と文字数を AWS が文書化している範囲と照合します。' +
        'たとえば ConnectionAttempts は 1〜3、ConnectionTimeout は 1〜10 秒、OriginReadTimeout と OriginKeepaliveTimeout は 1〜180 秒、' +
        'Comment は 128 文字まで、OriginShieldRegion は 1〜32 文字、オリジンのカスタムヘッダー名は 256 文字・値は 1,783 文字まで、' +
        'ResponseCompletionTimeout はそのオリジンの OriginReadTimeout 以上です。既定のクォータ（オリジンのタイムアウト、ヘッダー名・' +
        'クエリ文字列名の長さ）を超える値は申請で引き上げられるため警告、負の TTL も AWS が意味を文書化していないため警告、' +
        'それ以外の範囲外の値はエラーです。テンプレートの数値の' +
        '文字列は数値として扱い、組み込み関数は未知の値として扱います。',
    },
    appliesTo: ['cloudfront-distribution'],
    example: {
      bad: EXAMPLE.replace('"ConnectionAttempts": 3', '"ConnectionAttempts": 5'),
      good: EXAMPLE,
    },
    fix: {
      en: 'Use a value inside the range. For an origin timeout above 180 seconds, request a higher quota for the account first, or lower the value.',
      ja: '範囲内の値にします。オリジンのタイムアウトを 180 秒より長くするには、先にアカウントのクォータ引き上げを申請するか、値を下げます。',
    },
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_Origin.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CustomOriginConfig.html',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DistributionConfig.html',
      'https://github.com/boto/botocore/blob/develop/botocore/data/cloudfront/2020-05-31/service-2.json',
      'https://repost.aws/knowledge-center/cloudfront-custom-origin-response',
    ],
  },
  document({ doc, options }) {
    const findings: Finding[] = [];
    const k = keyNames(doc.spelling);
    for (const target of schemaTargets(doc)) {
      if (target.kind !== 'distribution') continue;
      walkTarget(target, (v) => {
        const finding = check(v, k, options.locale);
        if (finding) findings.push(finding);
      });
    }
    return findings;
  },
};
