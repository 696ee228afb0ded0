// Rule: iam/resource-arn. The structure of Resource and NotResource values, as IAM checks it without knowing
// services (moto's `_validate_resource_format` and `_legacy_parse_resource_like`, whose cases were captured
// from AWS; IAMUG reference-arns). A value is "*" or an ARN. IAM refuses:
// a value without a colon ('Resource X must be in ARN format or "*".'), an unknown partition ('Partition "x" is
// not valid for resource "…".'), "arn:aws" alone ("Resource vendor must be fully qualified…"), an ARN with "::"
// but fewer than five colons or an empty service ("The policy failed legacy parsing"), a region in an IAM or S3
// ARN, and an IAM resource outside IAM's resource types. A region is refused only in the S3 formats that have none
// (buckets and objects); with the catalog, S3 ARN formats that carry one (access points, jobs, Storage Lens) are
// accepted. A wildcard may stand inside any field (`arn:aws:iam::111122223333:r*/Admin`). S3 refuses bad resources with "Policy has invalid
// resource" (aws-samples/aws-serverless-appsync-app#4). Access Analyzer's MISSING_ARN_FIELD, INVALID_ARN_PREFIX,
// INVALID_ARN_SERVICE_CASE and INVALID_ARN_ACCOUNT, which IAM itself lets through, are warnings. Values with
// placeholders or unresolved substitutions are left to the rules for those.

import { pick, type Locale, type Localized } from '../../util/i18n';
import { arnMayMatchTemplate } from '../../iam/arnTemplate';
import type { Catalog } from '../../iam/catalog';
import { PARTITIONS, hasWildcard, splitArn, splitFields } from '../../iam/grammar';
import { findPlaceholders, findSubstitutions } from '../../iam/placeholders';
import { rememberedByText, textRegion, type AnalysisCache } from '../../cache';
import type { StringItem } from '../../iam/policyView';
import type { Finding, Severity } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, quote, rejectionSeverity } from './support';

const RULE = 'iam/resource-arn';

/** The resource types IAM ARNs may start with (moto's list, plus `root` and `*`). */
const IAM_RESOURCE_TYPES = ['user/', 'federated-user/', 'role/', 'group/', 'instance-profile/', 'mfa/', 'server-certificate/', 'policy/', 'sms-mfa/', 'saml-provider/', 'oidc-provider/', 'report/', 'access-report/'];

type Problem = 'notArn' | 'partition' | 'vendor' | 'legacy' | 'region' | 'iamPath' | 'fields' | 'prefix' | 'serviceCase' | 'account';

const TEXT: Localized<{ problem: Record<Problem, (value: string, detail: string) => string>; iam: Record<'notArn' | 'partition' | 'vendor' | 'legacy' | 'region' | 'iamPath', (value: string, detail: string) => string>; s3: string }> = {
  en: {
    problem: {
      notArn: (v) => `${quote(v)} is neither "*" nor an ARN; resources are named by ARN, such as "arn:aws:s3:::my-bucket/*".`,
      partition: (_v, p) => `${quote(p)} is not an AWS partition; use aws, aws-cn, aws-us-gov or an isolated partition (Access Analyzer INVALID_PARTITION).`,
      vendor: (v) => `${quote(v)} stops after the partition; an ARN needs a service, such as "arn:aws:s3:::my-bucket".`,
      legacy: (v) => `${quote(v)} is a malformed ARN: it has "::" but fewer than six fields, or an empty service. An ARN has six fields: arn:partition:service:region:account:resource (Access Analyzer MISSING_ARN_FIELD).`,
      region: (_v, s) => `${s === 's3' ? 'S3 bucket and object' : 'IAM'} ARNs have no region; leave the fourth field empty, as in ${s === 's3' ? '"arn:aws:s3:::my-bucket"' : '"arn:aws:iam::111122223333:role/name"'}.`,
      iamPath: (v) => `${quote(v)} is not an IAM resource: IAM resources start with user/, role/, group/, policy/, instance-profile/, mfa/, saml-provider/, oidc-provider/ or another IAM resource type.`,
      fields: (v) => `${quote(v)} has fewer than six fields; an ARN is arn:partition:service:region:account:resource (Access Analyzer MISSING_ARN_FIELD). IAM stores it, but it matches no resource.`,
      prefix: (v) => `${quote(v)} must start with "arn:" (Access Analyzer INVALID_ARN_PREFIX).`,
      serviceCase: (v, s) => `The service ${quote(s)} in ${quote(v)} must be lower case (Access Analyzer INVALID_ARN_SERVICE_CASE); ARNs are matched case-sensitively, so this matches no resource.`,
      account: (_v, a) => `${quote(a)} is not an account ID; the account field of an ARN is 12 digits or empty (Access Analyzer INVALID_ARN_ACCOUNT).`,
    },
    iam: {
      notArn: (v) => ` IAM refuses the policy: 'Resource ${v} must be in ARN format or "*".'`,
      partition: (_v, p) => ` IAM refuses the policy: 'Partition "${p}" is not valid for resource "arn:${p}:…".'`,
      vendor: () => ' IAM refuses the policy: "Resource vendor must be fully qualified and cannot contain regexes."',
      legacy: () => ` IAM refuses the policy: "${AWS_MESSAGES.legacy}"`,
      region: (v, s) => ` IAM refuses the policy: "${s === 'iam' ? `IAM resource ${v} cannot contain region information.` : `Resource ${v} can not contain region information.`}"`,
      iamPath: () => ' IAM refuses the policy: \'IAM resource path must either be "*" or start with user/, federated-user/, role/, …\'',
    },
    s3: ` S3 refuses the policy: "${AWS_MESSAGES.s3InvalidResource}"`,
  },
  ja: {
    problem: {
      notArn: (v) => `${quote(v)} は "*" でも ARN でもありません。リソースは "arn:aws:s3:::my-bucket/*" のように ARN で指定します。`,
      partition: (_v, p) => `${quote(p)} は AWS のパーティションではありません。aws・aws-cn・aws-us-gov または分離パーティションを使ってください（Access Analyzer INVALID_PARTITION）。`,
      vendor: (v) => `${quote(v)} はパーティションで終わっています。ARN には "arn:aws:s3:::my-bucket" のようにサービスが必要です。`,
      legacy: (v) => `${quote(v)} は不正な ARN です。"::" があるのにフィールドが 6 つ未満か、サービスが空です。ARN は arn:パーティション:サービス:リージョン:アカウント:リソース の 6 フィールドです（Access Analyzer MISSING_ARN_FIELD）。`,
      region: (_v, s) => `${s === 's3' ? 'S3 のバケットとオブジェクトの' : 'IAM の'} ARN にはリージョンがありません。${s === 's3' ? '"arn:aws:s3:::my-bucket"' : '"arn:aws:iam::111122223333:role/name"'} のように 4 番目のフィールドを空にしてください。`,
      iamPath: (v) => `${quote(v)} は IAM のリソースではありません。IAM のリソースは user/・role/・group/・policy/・instance-profile/・mfa/・saml-provider/・oidc-provider/ などで始まります。`,
      fields: (v) => `${quote(v)} はフィールドが 6 つ未満です。ARN は arn:パーティション:サービス:リージョン:アカウント:リソース です（Access Analyzer MISSING_ARN_FIELD）。IAM は保存しますが、どのリソースにも一致しません。`,
      prefix: (v) => `${quote(v)} は "arn:" で始まらなければなりません（Access Analyzer INVALID_ARN_PREFIX）。`,
      serviceCase: (v, s) => `${quote(v)} のサービス ${quote(s)} は小文字でなければなりません（Access Analyzer INVALID_ARN_SERVICE_CASE）。ARN は大文字と小文字を区別して照合されるため、どのリソースにも一致しません。`,
      account: (_v, a) => `${quote(a)} はアカウント ID ではありません。ARN のアカウントフィールドは 12 桁の数字か空です（Access Analyzer INVALID_ARN_ACCOUNT）。`,
    },
    iam: {
      notArn: (v) => `IAM は 'Resource ${v} must be in ARN format or "*".' で拒否します。`,
      partition: (_v, p) => `IAM は 'Partition "${p}" is not valid for resource "arn:${p}:…".' で拒否します。`,
      vendor: () => 'IAM は "Resource vendor must be fully qualified and cannot contain regexes." で拒否します。',
      legacy: () => `IAM は "${AWS_MESSAGES.legacy}" で拒否します。`,
      region: (v, s) => `IAM は "${s === 'iam' ? `IAM resource ${v} cannot contain region information.` : `Resource ${v} can not contain region information.`}" で拒否します。`,
      iamPath: () => 'IAM は \'IAM resource path must either be "*" or start with user/, federated-user/, role/, …\' で拒否します。',
    },
    s3: `S3 は "${AWS_MESSAGES.s3InvalidResource}" で拒否します。`,
  },
};

interface Verdict {
  problem: Problem;
  detail: string;
  /** Whether IAM refuses the policy for it (otherwise it is Access Analyzer's warning). */
  refused: boolean;
}

/**
 * Checks one Resource value the way IAM does, in IAM's order: the format checks first, and only when they
 * pass, the legacy parser (moto's `_validate_resource_like_for_formats`).
 */
export const resourceProblem: (value: string, cache: AnalysisCache | undefined) => Readonly<Verdict> | undefined =
  rememberedByText(textRegion<Verdict | undefined>('iam/resource-verdicts'), (value) => problemOf(value, false));

/**
 * The same check for an S3 ARN that the catalog says may carry a region (access points, jobs, Storage Lens…). Rare
 * enough not to be remembered.
 */
const regionalS3Problem = (value: string): Readonly<Verdict> | undefined => problemOf(value, true);

/**
 * Whether an IAM resource (the text after the fifth colon) can start with an IAM resource type. A wildcard may
 * stand anywhere in it (`r*` then `/Admin` matches `role/Admin`, as IAM matching does), so the text before the first
 * wildcard need only be able to begin one of the types.
 */
function iamResourceMayBeTyped(resource: string): boolean {
  if (resource.startsWith('*') || resource.startsWith('${') || resource === 'root') return true;
  const wildcard = resource.search(/[*?]/);
  if (wildcard < 0) return IAM_RESOURCE_TYPES.some((t) => resource.startsWith(t));
  const literal = resource.slice(0, wildcard);
  return IAM_RESOURCE_TYPES.some((t) => t.startsWith(literal) || literal.startsWith(t));
}

/**
 * Whether the catalog lists an S3 resource type whose ARN format carries a region and that the ARN may name:
 * S3 access points, Object Lambda and Multi-Region access points, batch jobs and Storage Lens carry a region and
 * an account; only bucket and object ARNs have neither (SAR list_amazons3.html).
 */
function s3RegionalTypeMayMatch(catalog: Catalog, value: string, cache: AnalysisCache | undefined): boolean {
  // Only a whole ARN can be one of those; a malformed one keeps the bucket and object rule's verdict.
  if (!splitArn(value)) return false;
  for (const type of catalog.resourceTypes('s3')) {
    const template = splitArn(type.arn);
    if (!template || template.service !== 's3' || template.region === '') continue;
    if (arnMayMatchTemplate(value, type.arn, cache)) return true;
  }
  return false;
}

function problemOf(value: string, s3RegionAllowed: boolean): Verdict | undefined {
  if (value === '*') return undefined;
  const raw = value.split(':');
  if (raw.length === 1) return { problem: 'notArn', detail: '', refused: true };
  const fields = splitFields(value);
  const partition = fields[1] ?? '';
  if (!(PARTITIONS as readonly string[]).includes(partition) && !hasWildcard(partition)) return { problem: 'partition', detail: partition, refused: true };
  if (fields.length === 2) return { problem: 'vendor', detail: '', refused: true };
  const service = fields[2];
  const region = fields[3] ?? '';
  if ((service === 'iam' || (service === 's3' && !s3RegionAllowed)) && region !== '' && fields.length > 3) return { problem: 'region', detail: service, refused: true };
  const resource = fields.slice(5).join(':');
  if (service === 'iam' && !iamResourceMayBeTyped(resource)) {
    return { problem: 'iamPath', detail: '', refused: true };
  }
  // IAM's legacy parser counts raw colons: "::" with fewer than five colons, or an empty third field.
  if ((value.includes('::') && raw.length - 1 < 5) || (raw.length > 2 && raw[2] === '')) return { problem: 'legacy', detail: '', refused: true };
  if (fields.length < 6) return { problem: 'fields', detail: '', refused: false };
  if (fields[0] !== 'arn') return { problem: 'prefix', detail: '', refused: false };
  if (service !== service.toLowerCase()) return { problem: 'serviceCase', detail: service, refused: false };
  const account = fields[4];
  if (/^\d+$/.test(account) && account.length !== 12) return { problem: 'account', detail: account, refused: false };
  return undefined;
}

function checkValue(ctx: StatementContext, item: StringItem, locale: Locale): Finding | undefined {
  const value = item.value;
  const cache = ctx.options.cache;
  if (findPlaceholders(value, cache).length > 0 || findSubstitutions(value, cache).length > 0) return undefined;
  let verdict = resourceProblem(value, cache);
  if (!verdict) return undefined;
  // Without the catalog, an S3 ARN with a region is judged by the bucket and object formats alone.
  const catalog = ctx.options.catalog;
  if (verdict.problem === 'region' && verdict.detail === 's3' && catalog && s3RegionalTypeMayMatch(catalog, value, cache)) {
    verdict = regionalS3Problem(value);
    if (!verdict) return undefined;
  }
  const text = pick(TEXT, locale);
  const api = ctx.policy.api;
  let severity: Severity = 'warning';
  let rejection = '';
  if (verdict.refused) {
    severity = rejectionSeverity(api, 'iam-and-s3');
    if (api === 's3-bucket') rejection = text.s3;
    else if (severity === 'error') rejection = text.iam[verdict.problem as keyof typeof text.iam](value, verdict.detail);
  }
  return finding(RULE, severity, text.problem[verdict.problem](value, verdict.detail) + rejection, ctx.span(item.node));
}

export const resourceArn: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Resource is not "*" or a well-formed ARN', ja: 'Resource が "*" でも正しい ARN でもない' },
    severity: 'error',
    description: {
      en: 'Resource and NotResource values are "*" or ARNs of six fields, arn:partition:service:region:account:resource. ' +
        'IAM refuses a value without colons, an unknown partition, a malformed ARN with "::" ("The policy failed legacy ' +
        'parsing"), a region in an IAM or S3 ARN, and an IAM resource of no IAM type; S3 answers "Policy has invalid ' +
        'resource". Other structural problems that IAM stores silently are warnings.',
      ja: 'Resource と NotResource の値は "*" か、arn:パーティション:サービス:リージョン:アカウント:リソース の 6 フィールドの ARN です。' +
        'IAM はコロンのない値、未知のパーティション、"::" を含む不正な ARN（"The policy failed legacy parsing"）、IAM や S3 の ARN の' +
        'リージョン、IAM のどの種類でもない IAM リソースを拒否し、S3 は "Policy has invalid resource" を返します。IAM が黙って保存する' +
        'その他の構造の問題は警告です。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
      'https://github.com/getmoto/moto/blob/master/moto/iam/policy_validation.py',
      'https://github.com/aws-samples/aws-serverless-appsync-app/issues/4',
      'https://github.com/Graylog2/graylog-plugin-aws/issues/172',
    ],
    accessAnalyzerCode: 'MISSING_ARN_FIELD',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3::my-bucket/*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::my-bucket/*"}]}',
    },
    fix: {
      en: 'Write the ARN with all six fields, leaving region and account empty where the service has none (arn:aws:s3:::bucket).',
      ja: 'ARN は 6 つのフィールドすべてを書き、サービスにないリージョンやアカウントは空にしてください（arn:aws:s3:::bucket）。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const findings: Finding[] = [];
    for (const element of [s.resource, s.notResource]) {
      for (const item of element?.strings ?? []) {
        const f = checkValue(ctx, item, ctx.options.locale);
        if (f) findings.push(f);
      }
    }
    return findings;
  },
};
