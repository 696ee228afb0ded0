// Feature: the data-driven schema of a CloudFront distribution config and an invalidation batch.
// One description serves both shapes a user writes: the CloudFront API form (2020-05-31, as the CLI and SDKs
// send it and `get-distribution-config` prints it) and the CloudFormation `AWS::CloudFront::Distribution` form.
// The member names, the required lists, the types and the enums follow botocore's service model
// (`botocore/data/cloudfront/2020-05-31/service-2.json`) and cfn-lint's resource schema for the CloudFormation
// form; the descriptions are our own words. Rules (structure, quantities, value ranges), hovers and completion
// all read this one table, so they always agree.
//
// A range (`min`/`max`) is recorded only where it is sourced: botocore's own constraints (OriginShieldRegion,
// FunctionARN, IAMCertificateId, the connection function ID, the tenant parameters), the limits its member
// documentation states (ConnectionAttempts 1–3, ConnectionTimeout 1–10, the origin timeouts 1–180 (the AWS
// Knowledge Center's current figure; the API reference still says 120), Comment ≤ 128,
// ResponseCompletionTimeout ≥ OriginReadTimeout and so ≥ 1), and the limits and quotas of the Developer Guide
// (DevGuide DownloadDistValuesCacheBehavior, DefaultRootObject and cloudfront-limits). `maxAdjustable` marks a
// maximum that is a default quota rather than a fixed limit. A lower bound of 0 on a duration or a count says
// only that it cannot be negative.
//
// Lookups are map gets: every object node keeps its members in a Map, built once at load time.

import type { Localized } from '../util/i18n';

export type DistributionShape = 'api' | 'cloudformation';

/** The JSON type a member takes. `long` is a 64-bit integer in the API (the TTLs). */
export type ValueKind = 'string' | 'integer' | 'long' | 'boolean' | 'object' | 'list';

export type JsonScalar = string | number | boolean;

export interface SchemaNode {
  readonly kind: ValueKind;
  /** The AWS type name, for messages: `CacheBehavior`, `Aliases`, `ViewerCertificate`. */
  readonly typeName?: string;
  /** What a value of this type is; used for list items, which have no member of their own. */
  readonly doc?: Localized<string>;
  /** Object members by their exact (case-sensitive) name. */
  readonly members?: ReadonlyMap<string, SchemaMember>;
  /** The other shape's name of a member whose name differs (`ACMCertificateArn` in a template). */
  readonly aliases?: ReadonlyMap<string, SchemaMember>;
  /** Names that exist only in the other shape, with a note on where that setting lives in this one. */
  readonly foreign?: ReadonlyMap<string, Localized<string>>;
  /** An API `{Quantity, Items}` list wrapper. */
  readonly wrapper?: boolean;
  /** The element type of a list. */
  readonly item?: SchemaNode;
  /** The values AWS accepts; a string or integer enum. */
  readonly enumValues?: readonly (string | number)[];
  /** `enumValues` as strings, in the same order and as a set, made once with the schema for checking values. */
  readonly enumStrings?: { readonly list: readonly string[]; readonly set: ReadonlySet<string> };
  /** What each enum value means, keyed by `String(value)`. */
  readonly enumDocs?: ReadonlyMap<string, Localized<string>>;
  /** A number's range, a string's length, or a list's item count. */
  readonly min?: number;
  readonly max?: number;
  /** The documented upper limit is a quota that AWS can raise on request. */
  readonly maxAdjustable?: boolean;
  /** The value AWS (or CloudFormation) uses when the member is left out. */
  readonly defaultValue?: JsonScalar | readonly JsonScalar[];
  /** Numbers that are durations. */
  readonly unit?: 'seconds';
}

export interface SchemaMember {
  readonly name: string;
  readonly node: SchemaNode;
  readonly required: boolean;
  /** AWS marks the member deprecated; it still works. */
  readonly deprecated: boolean;
  readonly doc: Localized<string>;
  /** The member's name in the other shape, when it differs. */
  readonly otherShapeName?: string;
}

type L = Localized<string>;
const l = (en: string, ja: string): L => ({ en, ja });

// ---- Builders -------------------------------------------------------------------------------------

interface ScalarOptions {
  enumValues?: readonly (string | number)[];
  enumDocs?: Record<string, L>;
  min?: number;
  max?: number;
  maxAdjustable?: boolean;
  defaultValue?: JsonScalar | readonly JsonScalar[];
  unit?: 'seconds';
  doc?: L;
}

function scalar(kind: ValueKind, o: ScalarOptions = {}): SchemaNode {
  return {
    kind,
    doc: o.doc,
    enumValues: o.enumValues,
    enumStrings: o.enumValues ? { list: o.enumValues.map(String), set: new Set(o.enumValues.map(String)) } : undefined,
    enumDocs: o.enumDocs ? new Map(Object.entries(o.enumDocs)) : undefined,
    min: o.min,
    max: o.max,
    maxAdjustable: o.maxAdjustable,
    defaultValue: o.defaultValue,
    unit: o.unit,
  };
}

const str = (o?: ScalarOptions): SchemaNode => scalar('string', o);
const int = (o?: ScalarOptions): SchemaNode => scalar('integer', o);
const long = (o?: ScalarOptions): SchemaNode => scalar('long', o);
const bool = (o?: ScalarOptions): SchemaNode => scalar('boolean', o);

interface MemberOptions {
  /** Required in both shapes (true) or in one of them. */
  required?: boolean | DistributionShape;
  /** The member exists in one shape only. */
  only?: DistributionShape;
  /** Where the setting lives in the other shape, shown when a user writes this name there. */
  elsewhere?: L;
  /** The CloudFormation name, when it differs from the API name. */
  cfnName?: string;
  deprecated?: boolean;
}

interface MemberDef {
  name: string;
  node: SchemaNode;
  doc: L;
  o: MemberOptions;
}

const m = (name: string, node: SchemaNode, doc: L, o: MemberOptions = {}): MemberDef => ({ name, node, doc, o });

const NOT_IN_CFN = (name: string): L => l(
  `"${name}" belongs to the CloudFront API form; AWS::CloudFront::Distribution has no such property.`,
  `"${name}" は CloudFront API 形式のメンバーです。AWS::CloudFront::Distribution にはこのプロパティはありません。`,
);
const NOT_IN_API = (name: string): L => l(
  `"${name}" belongs to the CloudFormation form; the CloudFront API has no such member.`,
  `"${name}" は CloudFormation 形式のプロパティです。CloudFront API にはこのメンバーはありません。`,
);

/** Builds one shape of the schema; every helper here closes over the shape being built. */
function builder(shape: DistributionShape) {
  const api = shape === 'api';

  function obj(typeName: string, doc: L | undefined, defs: MemberDef[], extra: Partial<SchemaNode> = {}): SchemaNode {
    const members = new Map<string, SchemaMember>();
    const aliases = new Map<string, SchemaMember>();
    const foreign = new Map<string, L>();
    for (const def of defs) {
      const { o } = def;
      if (o.only && o.only !== shape) {
        foreign.set(def.name, o.elsewhere ?? (o.only === 'api' ? NOT_IN_CFN(def.name) : NOT_IN_API(def.name)));
        continue;
      }
      const name = !api && o.cfnName ? o.cfnName : def.name;
      const other = o.cfnName ? (api ? o.cfnName : def.name) : undefined;
      const member: SchemaMember = {
        name,
        node: def.node,
        required: o.required === true || o.required === shape,
        deprecated: o.deprecated === true,
        doc: def.doc,
        otherShapeName: other,
      };
      members.set(name, member);
      if (other) aliases.set(other, member);
    }
    return { kind: 'object', typeName, doc, members, aliases, foreign, ...extra };
  }

  function array(item: SchemaNode, o: { min?: number; max?: number; maxAdjustable?: boolean; defaultValue?: readonly JsonScalar[] } = {}): SchemaNode {
    return { kind: 'list', item, min: o.min, max: o.max, maxAdjustable: o.maxAdjustable, defaultValue: o.defaultValue };
  }

  interface ListOptions {
    /** The wrapper type name in the API (`Aliases`, `CacheBehaviors`). */
    typeName: string;
    doc?: L;
    /** botocore marks Items required (Origins, AllowedMethods, CachedMethods, OriginSslProtocols, StatusCodes, Members). */
    itemsRequired?: boolean;
    /** CloudFormation keeps the wrapper too (OriginGroups, Members, StatusCodes). */
    wrappedInCfn?: boolean;
    /** Wrapper members besides Quantity and Items (TrustedSigners.Enabled, AllowedMethods.CachedMethods). */
    extra?: MemberDef[];
    min?: number;
    max?: number;
    maxAdjustable?: boolean;
    cfnDefault?: readonly JsonScalar[];
    itemsDoc?: L;
  }

  /**
   * A list: in the API always `{Quantity, Items}`; in CloudFormation a plain array, except the three
   * lists CloudFormation also wraps (OriginGroups, Members, StatusCodes in cfn-lint's schema).
   */
  function list(item: SchemaNode, o: ListOptions): SchemaNode {
    const items = array(item, { min: o.min, max: o.max, maxAdjustable: o.maxAdjustable });
    if (!api && !o.wrappedInCfn) return { ...items, typeName: o.typeName, doc: o.doc, defaultValue: o.cfnDefault };
    return obj(o.typeName, o.doc, [
      m('Quantity', int({ min: 0 }), l(
        'How many entries Items holds. It must equal the length of Items, or AWS rejects the request with InconsistentQuantities.',
        'Items の要素数。Items の長さと一致しないと、AWS は InconsistentQuantities でリクエストを拒否します。',
      ), { required: true }),
      m('Items', items, o.itemsDoc ?? (o.itemsRequired
        ? l('The entries of the list. Required, even when Quantity is 0.', 'リストの要素。Quantity が 0 でも必須です。')
        : l('The entries of the list. May be left out when Quantity is 0.', 'リストの要素。Quantity が 0 のときは省略できます。')),
      { required: o.itemsRequired === true }),
      ...(o.extra ?? []),
    ], { wrapper: true });
  }

  return { api, obj, array, list };
}

// ---- Shared descriptions ------------------------------------------------------------------------

const TTL_NOTE = l(
  ' Deprecated: a cache policy (CachePolicyId) replaces the TTL fields, and the API rejects them next to a CachePolicyId.',
  ' 非推奨: キャッシュポリシー（CachePolicyId）が TTL 項目に代わるもので、API は CachePolicyId と併用すると拒否します。',
);

const ORIGIN_READ_TIMEOUT = l(
  'How many seconds CloudFront waits for the origin to answer (also after each packet), before it gives up or retries. Up to 180 seconds without asking AWS, default 30; higher limits can be requested.',
  'オリジンの応答（および各パケット）を CloudFront が待つ秒数で、超えると再試行または中止します。申請なしで 180 秒まで設定でき、既定値 30。さらに長くするには AWS に申請します。',
);
const ORIGIN_KEEPALIVE_TIMEOUT = l(
  'How many seconds CloudFront keeps an idle connection to the origin open for reuse. Up to 180 seconds without asking AWS, default 5.',
  'オリジンへのアイドル接続を再利用のために保持する秒数。申請なしで 180 秒まで設定でき、既定値 5。',
);

const EVENT_TYPE_DOCS: Record<string, L> = {
  'viewer-request': l('Runs on every request from a viewer, before CloudFront looks in its cache.', 'ビューワーからのすべてのリクエストで、キャッシュを調べる前に実行されます。'),
  'viewer-response': l('Runs before every response goes back to the viewer, cache hits included.', 'キャッシュヒットを含め、ビューワーへ返すすべてのレスポンスの前に実行されます。'),
  'origin-request': l('Runs only on a cache miss, before CloudFront forwards the request to the origin.', 'キャッシュミスのときだけ、オリジンへリクエストを送る前に実行されます。'),
  'origin-response': l('Runs only on a cache miss, after the origin answers and before the response is cached.', 'キャッシュミスのときだけ、オリジンの応答後・キャッシュ前に実行されます。'),
};
const EVENT_TYPES = ['viewer-request', 'viewer-response', 'origin-request', 'origin-response'];

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'OPTIONS', 'DELETE'];
const SSL_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'];
const ERROR_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504];
const RESPONSE_CODES = [200, ...ERROR_CODES];
const MINIMUM_PROTOCOL_VERSIONS = ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018', 'TLSv1.2_2019', 'TLSv1.2_2021', 'TLSv1.3_2025', 'TLSv1.2_2025'];

// ---- The distribution config --------------------------------------------------------------------

function buildDistributionConfig(shape: DistributionShape): SchemaNode {
  const { api, obj, array, list } = builder(shape);

  const customHeader = obj('OriginCustomHeader', l('A header CloudFront adds to requests to this origin.', 'このオリジンへのリクエストに CloudFront が付けるヘッダー。'), [
    m('HeaderName', str({ max: 256, maxAdjustable: true }), l(
      'The header name, up to 256 characters. Some names are reserved by CloudFront (for example Host, Via, X-Amz-*).',
      'ヘッダー名（256 文字まで）。CloudFront が予約している名前（Host、Via、X-Amz-* など）は使えません。',
    ), { required: true }),
    m('HeaderValue', str({ max: 1783, maxAdjustable: true }), l('The header value, up to 1,783 characters.', 'ヘッダーの値（1,783 文字まで）。'), { required: true }),
  ]);

  const s3OriginConfig = obj('S3OriginConfig', undefined, [
    m('OriginAccessIdentity', str({ defaultValue: api ? undefined : '' }), l(
      'The legacy origin access identity (OAI) as `origin-access-identity/cloudfront/<ID>`. Use an empty string with an origin access control (OriginAccessControlId) or a public bucket.',
      '従来のオリジンアクセスアイデンティティ（OAI）。`origin-access-identity/cloudfront/<ID>` の形式です。オリジンアクセスコントロール（OriginAccessControlId）や公開バケットでは空文字列にします。',
    ), { required: 'api' }),
    m('OriginReadTimeout', int({ min: 1, max: 180, maxAdjustable: true, defaultValue: 30, unit: 'seconds' }), ORIGIN_READ_TIMEOUT),
  ]);

  const originMtls = obj('OriginMtlsConfig', undefined, [
    m('ClientCertificateArn', str(), l(
      'ARN of the ACM client certificate CloudFront presents to the origin for mutual TLS.',
      'オリジンとの相互 TLS で CloudFront が提示する ACM クライアント証明書の ARN。',
    ), { required: true }),
  ]);

  const customOriginConfig = obj('CustomOriginConfig', undefined, [
    m('HTTPPort', int({ defaultValue: 80 }), l(
      'The port the origin listens on for HTTP: 80, 443, or 1024–65535. Default 80.',
      'オリジンが HTTP を待ち受けるポート。80、443、または 1024〜65535。既定値 80。',
    ), { required: 'api' }),
    m('HTTPSPort', int({ defaultValue: 443 }), l(
      'The port the origin listens on for HTTPS: 80, 443, or 1024–65535. Default 443.',
      'オリジンが HTTPS を待ち受けるポート。80、443、または 1024〜65535。既定値 443。',
    ), { required: 'api' }),
    m('OriginProtocolPolicy', str({
      enumValues: ['http-only', 'match-viewer', 'https-only'],
      enumDocs: {
        'http-only': l('Always HTTP to the origin. Required for S3 website endpoints, which do not speak HTTPS.', 'オリジンへは常に HTTP。HTTPS に対応しない S3 ウェブサイトエンドポイントではこれが必要です。'),
        'match-viewer': l('The same protocol the viewer used to reach CloudFront.', 'ビューワーが CloudFront へ接続したのと同じプロトコル。'),
        'https-only': l('Always HTTPS to the origin.', 'オリジンへは常に HTTPS。'),
      },
    }), l('Which protocol CloudFront uses to reach this origin.', 'CloudFront がこのオリジンへ接続するプロトコル。'), { required: true }),
    m('OriginSslProtocols', list(str({ enumValues: SSL_PROTOCOLS, doc: l('A TLS/SSL protocol version.', 'TLS/SSL のプロトコルバージョン。') }), {
      typeName: 'OriginSslProtocols', itemsRequired: true, cfnDefault: ['TLSv1', 'SSLv3'],
    }), l(
      'The TLS/SSL versions CloudFront may use for HTTPS to this origin: SSLv3, TLSv1, TLSv1.1, TLSv1.2. Prefer TLSv1.2 alone.',
      'このオリジンへの HTTPS で CloudFront が使ってよい TLS/SSL のバージョン（SSLv3、TLSv1、TLSv1.1、TLSv1.2）。TLSv1.2 のみを推奨します。',
    ), { cfnName: 'OriginSSLProtocols' }),
    m('OriginReadTimeout', int({ min: 1, max: 180, maxAdjustable: true, defaultValue: 30, unit: 'seconds' }), ORIGIN_READ_TIMEOUT),
    m('OriginKeepaliveTimeout', int({ min: 1, max: 180, maxAdjustable: true, defaultValue: 5, unit: 'seconds' }), ORIGIN_KEEPALIVE_TIMEOUT),
    m('IpAddressType', str({
      enumValues: ['ipv4', 'ipv6', 'dualstack'],
      enumDocs: {
        ipv4: l('Connect to the origin over IPv4 only.', 'オリジンへは IPv4 のみで接続します。'),
        ipv6: l('Connect to the origin over IPv6 only.', 'オリジンへは IPv6 のみで接続します。'),
        dualstack: l('Use IPv4 or IPv6, for origins reachable over both.', '両方で到達できるオリジンで IPv4 と IPv6 を併用します。'),
      },
    }), l('Which IP version CloudFront uses to connect to the origin.', 'CloudFront がオリジンへの接続に使う IP バージョン。')),
    m('OriginMtlsConfig', originMtls, l('Mutual TLS between CloudFront and the origin.', 'CloudFront とオリジンの間の相互 TLS。')),
  ]);

  const vpcOriginConfig = obj('VpcOriginConfig', undefined, [
    m('VpcOriginId', str(), l('The ID of the CloudFront VPC origin (an ALB, NLB or EC2 instance in a private subnet).', 'CloudFront VPC オリジン（プライベートサブネット内の ALB、NLB、EC2 インスタンス）の ID。'), { required: true }),
    m('OwnerAccountId', str(), l('The AWS account that owns the VPC origin, when it is shared from another account.', '別アカウントから共有された VPC オリジンの所有アカウント ID。')),
    m('OriginReadTimeout', int({ min: 1, max: 180, maxAdjustable: true, defaultValue: 30, unit: 'seconds' }), ORIGIN_READ_TIMEOUT),
    m('OriginKeepaliveTimeout', int({ min: 1, max: 180, maxAdjustable: true, defaultValue: 5, unit: 'seconds' }), ORIGIN_KEEPALIVE_TIMEOUT),
  ]);

  const origin = obj('Origin', l('One origin: a place CloudFront fetches content from.', 'オリジン: CloudFront がコンテンツを取りに行く場所。'), [
    m('Id', str(), l(
      'A name for this origin, unique within the distribution. Behaviors refer to it in TargetOriginId, origin groups in Members.',
      'このオリジンの名前。ディストリビューション内で一意です。ビヘイビアは TargetOriginId で、オリジングループは Members で参照します。',
    ), { required: true }),
    m('DomainName', str(), l(
      'The origin host name, such as `bucket.s3.us-east-1.amazonaws.com` or `api.example.com`. Not case-sensitive.',
      'オリジンのホスト名（例: `bucket.s3.us-east-1.amazonaws.com`、`api.example.com`）。大文字と小文字は区別されません。',
    ), { required: true }),
    m('OriginPath', str({ defaultValue: '' }), l(
      'A directory prefix CloudFront puts in front of the request path when fetching from the origin: `/production` turns `/a.html` into `/production/a.html`. Starts with `/` and does not end with one; empty for none. The part matched by the path pattern is not removed.',
      'オリジンから取得するときリクエストパスの前に付けるディレクトリ。`/production` なら `/a.html` は `/production/a.html` になります。`/` で始め、`/` で終えません。不要なら空文字列。パスパターンに一致した部分は取り除かれません。',
    )),
    m('CustomHeaders', list(customHeader, { typeName: 'CustomHeaders', max: 10, maxAdjustable: true }), l(
      'Headers CloudFront adds to every request it sends to this origin, such as a shared secret the origin checks. Default quota: 10 per origin.',
      'CloudFront がこのオリジンへのすべてのリクエストに付けるヘッダー（オリジン側で確認する共有シークレットなど）。既定のクォータはオリジンあたり 10。',
    ), { cfnName: 'OriginCustomHeaders' }),
    m('S3OriginConfig', s3OriginConfig, l(
      'Settings for an S3 bucket REST endpoint. A bucket website endpoint is a custom origin instead (CustomOriginConfig). Use exactly one of S3OriginConfig, CustomOriginConfig and VpcOriginConfig.',
      'S3 バケットの REST エンドポイント用の設定。バケットのウェブサイトエンドポイントはカスタムオリジン（CustomOriginConfig）です。S3OriginConfig、CustomOriginConfig、VpcOriginConfig のいずれか 1 つだけを使います。',
    )),
    m('CustomOriginConfig', customOriginConfig, l(
      'Settings for any origin that is not an S3 REST endpoint: load balancers, API Gateway, Lambda function URLs, S3 website endpoints, your own servers. Use exactly one of S3OriginConfig, CustomOriginConfig and VpcOriginConfig.',
      'S3 REST エンドポイント以外のオリジン（ロードバランサー、API Gateway、Lambda 関数 URL、S3 ウェブサイトエンドポイント、自前のサーバー）の設定。S3OriginConfig、CustomOriginConfig、VpcOriginConfig のいずれか 1 つだけを使います。',
    )),
    m('VpcOriginConfig', vpcOriginConfig, l(
      'Settings for a VPC origin reached privately, without a public endpoint.',
      'パブリックエンドポイントなしでプライベートに到達する VPC オリジンの設定。',
    )),
    m('ConnectionAttempts', int({ min: 1, max: 3, defaultValue: 3 }), l(
      'How many times CloudFront tries to connect to the origin (for custom origins, also how often it retries after a response timeout). 1–3, default 3.',
      'CloudFront がオリジンへの接続を試みる回数（カスタムオリジンでは応答タイムアウト後の再試行回数も兼ねます）。1〜3、既定値 3。',
    )),
    m('ConnectionTimeout', int({ min: 1, max: 10, defaultValue: 10, unit: 'seconds' }), l(
      'How many seconds CloudFront waits to establish a connection to the origin. 1–10 seconds, default 10.',
      'オリジンとの接続確立を待つ秒数。1〜10 秒、既定値 10。',
    )),
    m('ResponseCompletionTimeout', int({ min: 1, unit: 'seconds' }), l(
      'The most seconds a request to the origin may stay open waiting for the complete response; CloudFront then closes the connection. Must be at least OriginReadTimeout. Unset means no limit.',
      'オリジンへのリクエストが完全な応答を待って開いていられる最大秒数。超えると CloudFront は接続を閉じます。OriginReadTimeout 以上にする必要があります。未設定なら上限はありません。',
    )),
    m('OriginShield', obj('OriginShield', undefined, [
      m('Enabled', bool(), l(
        'Whether requests to this origin go through Origin Shield, an extra caching layer in one Region that reduces load on the origin.',
        'このオリジンへのリクエストを Origin Shield（1 つのリージョンに置く追加のキャッシュ層。オリジンの負荷を減らします）経由にするかどうか。',
      ), { required: 'api' }),
      m('OriginShieldRegion', str({ min: 1, max: 32 }), l(
        'The Region code for Origin Shield, such as `us-east-2`: pick the one closest to the origin. Required when Origin Shield is enabled.',
        'Origin Shield のリージョンコード（例: `us-east-2`）。オリジンに最も近いものを選びます。Origin Shield を有効にする場合は必須です。',
      )),
    ]), l('Origin Shield settings for this origin.', 'このオリジンの Origin Shield の設定。')),
    m('OriginAccessControlId', str(), l(
      'The ID of an origin access control (OAC): CloudFront signs its requests so the origin (an S3 bucket, Lambda URL, MediaStore…) can allow only this distribution. With OAC, leave S3OriginConfig.OriginAccessIdentity empty: OAC and OAI together are rejected.',
      'オリジンアクセスコントロール（OAC）の ID。CloudFront がリクエストに署名し、オリジン（S3 バケット、Lambda URL、MediaStore など）がこのディストリビューションだけを許可できます。OAC を使うときは S3OriginConfig.OriginAccessIdentity を空にします（OAC と OAI の併用は拒否されます）。',
    )),
  ]);

  const originGroup = obj('OriginGroup', l('A failover pair: a primary and a secondary origin.', 'フェイルオーバーの組: プライマリとセカンダリのオリジン。'), [
    m('Id', str(), l(
      'A name for the origin group, unique among origins and groups. Behaviors can name it in TargetOriginId.',
      'オリジングループの名前。オリジンとグループの間で一意です。ビヘイビアは TargetOriginId でこの名前を指定できます。',
    ), { required: true }),
    m('FailoverCriteria', obj('OriginGroupFailoverCriteria', undefined, [
      m('StatusCodes', list(int({ doc: l('An HTTP status code from the primary origin that triggers failover.', 'フェイルオーバーを起こす、プライマリオリジンの HTTP ステータスコード。') }), {
        typeName: 'StatusCodes', itemsRequired: true, wrappedInCfn: true, min: 1,
      }), l(
        'The status codes from the primary origin that make CloudFront retry on the secondary (for example 500, 502, 503, 504, 404, 403). At least one.',
        'プライマリオリジンがこれらのステータスコードを返すと、CloudFront はセカンダリで再試行します（例: 500、502、503、504、404、403）。1 つ以上必要です。',
      ), { required: true }),
    ]), l('When CloudFront fails over to the secondary origin.', 'セカンダリオリジンへフェイルオーバーする条件。'), { required: true }),
    m('Members', list(obj('OriginGroupMember', l('One origin of the group.', 'グループ内のオリジン 1 つ。'), [
      m('OriginId', str(), l('The Id of an origin in Origins.', 'Origins 内のオリジンの Id。'), { required: true }),
    ]), { typeName: 'OriginGroupMembers', itemsRequired: true, wrappedInCfn: true, min: 2, max: 2 }), l(
      'Exactly two origins: the first is the primary, the second the failover target.',
      'ちょうど 2 つのオリジン。1 つ目がプライマリ、2 つ目がフェイルオーバー先です。',
    ), { required: true }),
    m('SelectionCriteria', str({
      enumValues: ['default', 'media-quality-based'],
      enumDocs: {
        default: l('Use the primary, fail over on the listed status codes.', 'プライマリを使い、指定したステータスコードでフェイルオーバーします。'),
        'media-quality-based': l('For MediaPackage v2 origins: pick the origin with the better media quality score.', 'MediaPackage v2 オリジン向け: メディア品質スコアの高いオリジンを選びます。'),
      },
      defaultValue: 'default',
    }), l('How CloudFront chooses between the two origins.', '2 つのオリジンの選び方。')),
  ]);

  const cookieNames = list(str({ doc: l('A cookie name; `*` and `?` wildcards are allowed.', 'Cookie 名。ワイルドカード `*` と `?` が使えます。') }), { typeName: 'CookieNames', max: 10, maxAdjustable: true });
  const cookies = obj(api ? 'CookiePreference' : 'Cookies', undefined, [
    m('Forward', str({
      enumValues: ['none', 'whitelist', 'all'],
      enumDocs: {
        none: l('Forward no cookies and ignore them for caching. Use this for S3 origins, which ignore cookies.', 'Cookie を転送せず、キャッシュでも無視します。Cookie を使わない S3 オリジンではこれを選びます。'),
        whitelist: l('Forward and cache on the cookies listed in WhitelistedNames only.', 'WhitelistedNames に挙げた Cookie だけを転送し、キャッシュキーに含めます。'),
        all: l('Forward every cookie and cache a separate copy per cookie combination.', 'すべての Cookie を転送し、Cookie の組み合わせごとに別のコピーをキャッシュします。'),
      },
    }), l('Which cookies go to the origin and into the cache key.', 'オリジンへ転送し、キャッシュキーに含める Cookie。'), { required: true }),
    m('WhitelistedNames', cookieNames, l(
      'The cookie names to forward when Forward is `whitelist`; required then, and left out otherwise. Default quota: 10.',
      'Forward が `whitelist` のときに転送する Cookie 名。そのときは必須で、それ以外では省きます。既定のクォータは 10。',
    )),
  ]);

  const forwardedValues = obj('ForwardedValues', undefined, [
    m('QueryString', bool(), l(
      'Whether query strings go to the origin and into the cache key. `true` without QueryStringCacheKeys caches on all of them; `false` forwards none.',
      'クエリ文字列をオリジンへ転送し、キャッシュキーに含めるかどうか。QueryStringCacheKeys なしの `true` はすべてをキャッシュキーに含め、`false` は何も転送しません。',
    ), { required: true }),
    m('Cookies', cookies, l('Which cookies to forward and cache on.', '転送してキャッシュキーに含める Cookie。'), { required: 'api' }),
    m('Headers', list(str({ doc: l('A header name; `*` alone forwards all headers (and disables caching).', 'ヘッダー名。`*` だけを指定するとすべてのヘッダーを転送します（キャッシュは無効になります）。') }), { typeName: 'Headers', max: 10, maxAdjustable: true }), l(
      'Request headers to forward and to cache separate copies on. Each extra header lowers the cache hit rate; `*` means nothing is cached. Default quota: 10.',
      '転送し、値ごとに別のコピーをキャッシュするリクエストヘッダー。増やすほどキャッシュヒット率は下がり、`*` では何もキャッシュされません。既定のクォータは 10。',
    )),
    m('QueryStringCacheKeys', list(str({ max: 128, maxAdjustable: true, doc: l('A query string parameter name.', 'クエリ文字列のパラメーター名。') }), { typeName: 'QueryStringCacheKeys', max: 10, maxAdjustable: true }), l(
      'With QueryString `true`: the parameters that go into the cache key (all are still forwarded). Must be empty when QueryString is `false`.',
      'QueryString が `true` のとき、キャッシュキーに含めるパラメーター（転送はすべて行われます）。QueryString が `false` なら空にします。',
    )),
  ]);

  const trustedList = (typeName: string, itemDoc: L, max?: number) => list(str({ doc: itemDoc }), {
    typeName, max, maxAdjustable: max !== undefined,
    extra: [m('Enabled', bool(), l(
      'Whether signed URLs or signed cookies are required for this behavior; true when Items is not empty.',
      'このビヘイビアで署名付き URL または署名付き Cookie を要求するかどうか。Items が空でなければ true にします。',
    ), { required: true })],
  });

  const methodsList = (typeName: string, extra: MemberDef[] = []) => list(str({ enumValues: METHODS, doc: l('An HTTP method.', 'HTTP メソッド。') }), {
    typeName, itemsRequired: true, extra, cfnDefault: ['GET', 'HEAD'],
  });
  const cachedMethodsDoc = l(
    'Methods whose responses CloudFront caches: GET and HEAD (always cached), or GET, HEAD and OPTIONS. Default GET and HEAD.',
    'レスポンスをキャッシュするメソッド: GET と HEAD（常にキャッシュされます）、または GET、HEAD、OPTIONS。既定値は GET と HEAD。',
  );
  const cachedMethods = methodsList('CachedMethods');

  function behaviorMembers(isDefault: boolean): MemberDef[] {
    return [
      ...(isDefault ? [] : [m('PathPattern', str({ max: 255 }), l(
        'Which request paths this behavior handles. `*` matches any run of characters, `/` included; `?` exactly one character. Case-sensitive, matched against the whole path, leading `/` optional, up to 255 characters. Behaviors are tried in list order and the first match wins.',
        'このビヘイビアが扱うリクエストパス。`*` は `/` を含む任意の文字列、`?` はちょうど 1 文字に一致します。大文字と小文字を区別し、パス全体と照合し、先頭の `/` は省略可能、255 文字まで。ビヘイビアはリストの順に試され、最初に一致したものが使われます。',
      ), { required: true })]),
      m('TargetOriginId', str(), l(
        'The Id of the origin or origin group that serves requests for this behavior.',
        'このビヘイビアのリクエストを処理するオリジンまたはオリジングループの Id。',
      ), { required: true }),
      m('TrustedSigners', trustedList('TrustedSigners', l('An AWS account ID, or `self`.', 'AWS アカウント ID、または `self`。')), l(
        'Legacy signed URLs: AWS accounts whose CloudFront key pairs may sign URLs and cookies for this behavior. When set, unsigned requests are refused. Prefer TrustedKeyGroups.',
        '従来方式の署名付き URL: このビヘイビアの URL や Cookie に署名できる CloudFront キーペアを持つ AWS アカウント。設定すると署名のないリクエストは拒否されます。TrustedKeyGroups を推奨します。',
      )),
      m('TrustedKeyGroups', trustedList('TrustedKeyGroups', l('A key group ID.', 'キーグループの ID。'), 4), l(
        'Key groups whose public keys verify signed URLs and signed cookies for this behavior. When set, unsigned requests are refused. Default quota: 4 per behavior.',
        'このビヘイビアの署名付き URL・署名付き Cookie を検証する公開鍵のキーグループ。設定すると署名のないリクエストは拒否されます。既定のクォータはビヘイビアあたり 4。',
      )),
      m('ViewerProtocolPolicy', str({
        enumValues: ['allow-all', 'https-only', 'redirect-to-https'],
        enumDocs: {
          'allow-all': l('Viewers may use HTTP or HTTPS.', 'ビューワーは HTTP と HTTPS のどちらでも使えます。'),
          'https-only': l('HTTP requests get 403 Forbidden; only HTTPS is served.', 'HTTP のリクエストには 403 Forbidden を返し、HTTPS だけを処理します。'),
          'redirect-to-https': l('HTTP requests get a 301 redirect to the same URL over HTTPS.', 'HTTP のリクエストには、同じ URL の HTTPS への 301 リダイレクトを返します。'),
        },
      }), l('How this behavior treats viewers that connect over HTTP.', 'HTTP で接続したビューワーの扱い。'), { required: true }),
      m('AllowedMethods', methodsList('AllowedMethods', [m('CachedMethods', cachedMethods, cachedMethodsDoc)]), l(
        'The HTTP methods CloudFront accepts and forwards. Only three sets exist: GET and HEAD; GET, HEAD and OPTIONS; or all seven (GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE). Other methods get 403. Default GET and HEAD.',
        'CloudFront が受け付けて転送する HTTP メソッド。指定できる組は 3 つだけです: GET と HEAD、GET・HEAD・OPTIONS、または 7 つすべて（GET、HEAD、OPTIONS、PUT、PATCH、POST、DELETE）。それ以外のメソッドには 403 を返します。既定値は GET と HEAD。',
      )),
      m('CachedMethods', cachedMethods, cachedMethodsDoc, {
        only: 'cloudformation',
        elsewhere: l(
          'In the CloudFront API form, CachedMethods goes inside AllowedMethods (`AllowedMethods.CachedMethods`), not beside it.',
          'CloudFront API 形式では、CachedMethods は AllowedMethods の隣ではなく内側（`AllowedMethods.CachedMethods`）に置きます。',
        ),
      }),
      m('SmoothStreaming', bool({ defaultValue: false }), l(
        'Whether this behavior serves Microsoft Smooth Streaming media from its origin. Other content still works. Default false.',
        'このビヘイビアでオリジンの Microsoft Smooth Streaming 形式のメディアを配信するかどうか。他のコンテンツも引き続き配信できます。既定値 false。',
      )),
      m('Compress', bool({ defaultValue: false }), l(
        'Whether CloudFront compresses responses (gzip or Brotli) for viewers that accept it. Applies to files of 1,000 to 10,000,000 bytes, and the cache policy must enable gzip or Brotli. Default false.',
        '受け入れ可能なビューワー向けに CloudFront がレスポンスを圧縮（gzip または Brotli）するかどうか。1,000〜10,000,000 バイトのファイルが対象で、キャッシュポリシーで gzip か Brotli を有効にする必要があります。既定値 false。',
      )),
      m('LambdaFunctionAssociations', list(obj('LambdaFunctionAssociation', l('A Lambda@Edge function and the event that triggers it.', 'Lambda@Edge 関数と、それを起動するイベント。'), [
        m('LambdaFunctionARN', str(), l(
          'The ARN of a numbered function version (in us-east-1), such as `…:function:name:3`. `$LATEST` and aliases are rejected.',
          '番号付きの関数バージョン（us-east-1）の ARN（例: `…:function:name:3`）。`$LATEST` やエイリアスは拒否されます。',
        ), { required: 'api' }),
        m('EventType', str({ enumValues: EVENT_TYPES, enumDocs: EVENT_TYPE_DOCS }), l('When the function runs.', '関数が実行されるタイミング。'), { required: 'api' }),
        m('IncludeBody', bool({ defaultValue: false }), l(
          'Whether the function can read the request body (viewer-request and origin-request only).',
          '関数がリクエスト本文を読めるかどうか（viewer-request と origin-request のみ）。',
        )),
      ]), { typeName: 'LambdaFunctionAssociations', max: 4 }), l(
        'Lambda@Edge functions for this behavior: at most 4, one per event type.',
        'このビヘイビアの Lambda@Edge 関数。イベントタイプごとに 1 つ、最大 4 つです。',
      )),
      m('FunctionAssociations', list(obj('FunctionAssociation', l('A CloudFront Function and the event that triggers it.', 'CloudFront Functions の関数と、それを起動するイベント。'), [
        m('FunctionARN', str({ max: 108 }), l(
          'The ARN of a CloudFront Function published to the LIVE stage: `arn:aws:cloudfront::<account>:function/<name>`.',
          'LIVE ステージに発行済みの CloudFront Functions の関数 ARN（`arn:aws:cloudfront::<アカウント>:function/<名前>`）。',
        ), { required: 'api' }),
        m('EventType', str({ enumValues: EVENT_TYPES, enumDocs: EVENT_TYPE_DOCS }), l(
          'When the function runs. CloudFront Functions run on viewer events only: viewer-request or viewer-response.',
          '関数が実行されるタイミング。CloudFront Functions はビューワーイベント（viewer-request、viewer-response）でのみ動きます。',
        ), { required: 'api' }),
      ]), { typeName: 'FunctionAssociations', max: 2 }), l(
        'CloudFront Functions for this behavior: at most 2, one for viewer-request and one for viewer-response.',
        'このビヘイビアの CloudFront Functions。viewer-request と viewer-response に 1 つずつ、最大 2 つです。',
      )),
      m('FieldLevelEncryptionId', str({ defaultValue: '' }), l(
        'The ID of a field-level encryption configuration that encrypts chosen POST form fields at the edge. Empty for none.',
        '指定した POST フォームの項目をエッジで暗号化するフィールドレベル暗号化設定の ID。不要なら空文字列。',
      )),
      m('RealtimeLogConfigArn', str(), l(
        'The ARN of a real-time log configuration that streams this behavior\'s requests to Kinesis Data Streams within seconds.',
        'このビヘイビアのリクエストを数秒以内に Kinesis Data Streams へ送るリアルタイムログ設定の ARN。',
      )),
      m('CachePolicyId', str(), l(
        'The ID of the cache policy: what goes into the cache key and the three TTLs. AWS managed policies have the same ID in every account. A behavior needs either a CachePolicyId or the legacy ForwardedValues, not both.',
        'キャッシュポリシーの ID。キャッシュキーに含める項目と 3 つの TTL を決めます。AWS マネージドポリシーの ID はどのアカウントでも同じです。ビヘイビアには CachePolicyId か従来の ForwardedValues のどちらか一方が必要です。',
      )),
      m('OriginRequestPolicyId', str(), l(
        'The ID of the origin request policy: the headers, cookies and query strings sent to the origin in addition to the cache key.',
        'オリジンリクエストポリシーの ID。キャッシュキーに加えてオリジンへ送るヘッダー、Cookie、クエリ文字列を決めます。',
      )),
      m('ResponseHeadersPolicyId', str(), l(
        'The ID of the response headers policy: headers CloudFront adds to or removes from responses (CORS, security headers, Server-Timing…).',
        'レスポンスヘッダーポリシーの ID。CloudFront がレスポンスに追加・削除するヘッダー（CORS、セキュリティヘッダー、Server-Timing など）を決めます。',
      )),
      m('GrpcConfig', obj('GrpcConfig', undefined, [
        m('Enabled', bool(), l('Whether gRPC requests are accepted and proxied to the origin.', 'gRPC リクエストを受け付けてオリジンへ中継するかどうか。'), { required: true }),
      ]), l(
        'gRPC support. Needs HTTP/2 in HttpVersion and all seven methods in AllowedMethods (gRPC uses POST).',
        'gRPC 対応。HttpVersion で HTTP/2 を有効にし、AllowedMethods で 7 つすべてのメソッドを許可する必要があります（gRPC は POST を使います）。',
      )),
      m('ForwardedValues', forwardedValues, l(
        'Deprecated: the legacy cache key and forwarding settings (query strings, cookies, headers). Use CachePolicyId and OriginRequestPolicyId instead; the API rejects ForwardedValues next to a CachePolicyId.',
        '非推奨: 従来のキャッシュキーと転送の設定（クエリ文字列、Cookie、ヘッダー）。代わりに CachePolicyId と OriginRequestPolicyId を使います。API は CachePolicyId と ForwardedValues の併用を拒否します。',
      ), { deprecated: true }),
      m('MinTTL', long({ min: 0, defaultValue: 0, unit: 'seconds' }), l(
        'The least time, in seconds, a response stays cached, even when the origin says no-cache, no-store or private. Default 0.' + TTL_NOTE.en,
        'レスポンスをキャッシュしておく最短の秒数。オリジンが no-cache・no-store・private を返しても適用されます。既定値 0。' + TTL_NOTE.ja,
      ), { deprecated: true }),
      m('DefaultTTL', long({ min: 0, defaultValue: 86400, unit: 'seconds' }), l(
        'How long, in seconds, a response stays cached when the origin sends no Cache-Control max-age/s-maxage or Expires. Default 86400 (1 day).' + TTL_NOTE.en,
        'オリジンが Cache-Control の max-age/s-maxage や Expires を返さないときにキャッシュしておく秒数。既定値 86400（1 日）。' + TTL_NOTE.ja,
      ), { deprecated: true }),
      m('MaxTTL', long({ min: 0, defaultValue: 31536000, unit: 'seconds' }), l(
        'The longest time, in seconds, a response stays cached; caps the origin\'s max-age, s-maxage and Expires. Default 31536000 (1 year). 0 means nothing is cached.' + TTL_NOTE.en,
        'レスポンスをキャッシュしておく最長の秒数。オリジンの max-age・s-maxage・Expires の上限になります。既定値 31536000（1 年）。0 なら何もキャッシュされません。' + TTL_NOTE.ja,
      ), { deprecated: true }),
    ];
  }

  const defaultBehavior = obj('DefaultCacheBehavior', undefined, behaviorMembers(true));
  const cacheBehavior = obj('CacheBehavior', l('A cache behavior: the settings for requests whose path matches PathPattern.', 'キャッシュビヘイビア: パスが PathPattern に一致するリクエストの設定。'), behaviorMembers(false));

  const customErrorResponse = obj('CustomErrorResponse', l('What CloudFront does when the origin answers with one error status code.', 'オリジンが特定のエラーステータスコードを返したときの CloudFront の動作。'), [
    m('ErrorCode', int({ enumValues: ERROR_CODES }), l(
      'The 4xx or 5xx status code from the origin that this entry handles.',
      'このエントリが扱う、オリジンからの 4xx または 5xx のステータスコード。',
    ), { required: true }),
    m('ResponsePagePath', str(), l(
      'The page to return instead, as a path starting with `/`, such as `/errors/404.html`. A behavior must route that path to the origin holding the page. Goes together with ResponseCode.',
      '代わりに返すページのパス。`/` で始めます（例: `/errors/404.html`）。そのパスをページのあるオリジンへ送るビヘイビアが必要です。ResponseCode と組で指定します。',
    )),
    m('ResponseCode', api ? str({ enumValues: RESPONSE_CODES.map(String) }) : int({ enumValues: RESPONSE_CODES }), l(
      'The status code sent to the viewer with the custom page, such as 200 to hide the error. Goes together with ResponsePagePath.' + (api ? ' A string in the API form, such as "404".' : ''),
      'カスタムページとともにビューワーへ返すステータスコード（エラーを隠すなら 200 など）。ResponsePagePath と組で指定します。' + (api ? 'API 形式では "404" のような文字列です。' : ''),
    )),
    m('ErrorCachingMinTTL', long({ min: 0, unit: 'seconds' }), l(
      'How many seconds CloudFront caches this error before asking the origin again. When left out, CloudFront uses its default error-caching time (10 seconds in the current Developer Guide).',
      'このエラーをキャッシュしておく秒数。経過するとオリジンに再度問い合わせます。省略すると CloudFront の既定のエラーキャッシュ時間（現行の開発者ガイドでは 10 秒）になります。',
    )),
  ]);

  const logging = obj('LoggingConfig', undefined, [
    m('Enabled', bool(), l(
      'Whether standard (legacy) access logs are written. To turn them off, set false and leave Bucket and Prefix empty.',
      '標準（従来）アクセスログを書き出すかどうか。無効にするには false にし、Bucket と Prefix を空にします。',
    ), { only: 'api', elsewhere: l(
      'CloudFormation has no Logging.Enabled: logging is on when the Logging property is present, and off when it is left out.',
      'CloudFormation には Logging.Enabled がありません。Logging プロパティがあればログは有効、なければ無効です。',
    ) }),
    m('IncludeCookies', bool({ defaultValue: false }), l(
      'Whether cookies are written to the access logs (all of them, whatever the behaviors forward). Default false.',
      'アクセスログに Cookie を記録するかどうか（ビヘイビアの転送設定に関係なくすべて記録されます）。既定値 false。',
    )),
    m('Bucket', str(), l(
      'The S3 bucket for the logs, as `bucket-name.s3.amazonaws.com`. The bucket needs ACLs enabled.',
      'ログを書き込む S3 バケット（`bucket-name.s3.amazonaws.com` の形式）。バケットで ACL を有効にしておく必要があります。',
    )),
    m('Prefix', str({ defaultValue: '' }), l(
      'A prefix for the log file names, such as `cloudfront/`. Empty string for none.',
      'ログファイル名の接頭辞（例: `cloudfront/`）。不要なら空文字列。',
    )),
  ]);

  const viewerCertificate = obj('ViewerCertificate', undefined, [
    m('CloudFrontDefaultCertificate', bool(), l(
      'Use the *.cloudfront.net certificate. Set true only when the distribution has no aliases, and leave the other fields out.',
      '*.cloudfront.net の証明書を使います。代替ドメイン名がないときだけ true にし、ほかの項目は指定しません。',
    )),
    m('IAMCertificateId', str({ max: 32 }), l(
      'The ID of a server certificate stored in IAM, for aliases. Use either this or an ACM certificate, and set SSLSupportMethod and MinimumProtocolVersion with it.',
      '代替ドメイン名用に IAM に保存したサーバー証明書の ID。ACM 証明書とはどちらか一方を使い、SSLSupportMethod と MinimumProtocolVersion も指定します。',
    ), { cfnName: 'IamCertificateId' }),
    m('ACMCertificateArn', str(), l(
      'The ARN of an ACM certificate covering the aliases. It must be in us-east-1 (N. Virginia). Set SSLSupportMethod and MinimumProtocolVersion with it.',
      '代替ドメイン名を含む ACM 証明書の ARN。us-east-1（バージニア北部）の証明書である必要があります。SSLSupportMethod と MinimumProtocolVersion も指定します。',
    ), { cfnName: 'AcmCertificateArn' }),
    m('SSLSupportMethod', str({
      enumValues: ['sni-only', 'vip', 'static-ip'],
      enumDocs: {
        'sni-only': l('Serve HTTPS only to viewers that send SNI, which is nearly all of them. Recommended; no extra charge.', 'SNI を送るビューワー（ほぼすべて）にだけ HTTPS を提供します。推奨。追加料金なし。'),
        vip: l('Dedicated IP addresses so viewers without SNI work too; adds a monthly charge.', '専用 IP アドレスで SNI 非対応のビューワーにも対応します。月額の追加料金がかかります。'),
        'static-ip': l('Only when AWS has enabled static IPs for your account.', 'AWS がアカウントに静的 IP を有効化している場合のみ。'),
      },
    }), l('How viewers reach the HTTPS certificate when the distribution has aliases.', '代替ドメイン名があるとき、ビューワーが HTTPS 証明書にどう到達するか。'), { cfnName: 'SslSupportMethod' }),
    m('MinimumProtocolVersion', str({ enumValues: MINIMUM_PROTOCOL_VERSIONS }), l(
      'The security policy for viewer HTTPS: the lowest TLS version and the ciphers CloudFront accepts, such as TLSv1.2_2021. With sni-only it must be TLSv1 or higher. With the default certificate CloudFront uses TLSv1 whatever is set.',
      'ビューワーとの HTTPS のセキュリティポリシー。受け付ける最低の TLS バージョンと暗号スイート（例: TLSv1.2_2021）。sni-only では TLSv1 以上が必要です。既定の証明書では設定にかかわらず TLSv1 になります。',
    )),
    m('Certificate', str(), l(
      'Deprecated: use ACMCertificateArn, IAMCertificateId or CloudFrontDefaultCertificate. Still returned by get-distribution-config.',
      '非推奨: ACMCertificateArn、IAMCertificateId、CloudFrontDefaultCertificate を使います。get-distribution-config の出力には今も含まれます。',
    ), { only: 'api', deprecated: true }),
    m('CertificateSource', str({ enumValues: ['cloudfront', 'iam', 'acm'] }), l(
      'Deprecated: where the certificate comes from. Use ACMCertificateArn, IAMCertificateId or CloudFrontDefaultCertificate. Still returned by get-distribution-config.',
      '非推奨: 証明書の出どころ。ACMCertificateArn、IAMCertificateId、CloudFrontDefaultCertificate を使います。get-distribution-config の出力には今も含まれます。',
    ), { only: 'api', deprecated: true }),
  ]);

  const restrictionType = m('RestrictionType', str({
    enumValues: ['blacklist', 'whitelist', 'none'],
    enumDocs: {
      none: l('No geographic restriction.', '地域制限なし。'),
      whitelist: l('Serve only viewers in the listed countries.', '列挙した国のビューワーにだけ配信します。'),
      blacklist: l('Serve everyone except viewers in the listed countries.', '列挙した国以外のビューワーに配信します。'),
    },
  }), l('How the country list is used.', '国のリストの使い方。'), { required: true });
  const countryCode = str({ doc: l('An ISO 3166-1 alpha-2 country code in upper case, such as US or JP.', 'ISO 3166-1 alpha-2 の国コード（大文字、例: US、JP）。') });
  const geoRestriction = api
    ? list(countryCode, {
      typeName: 'GeoRestriction', extra: [restrictionType],
      itemsDoc: l('The country codes (ISO 3166-1 alpha-2, upper case) to allow or block. Left out when RestrictionType is none.', '許可または拒否する国コード（ISO 3166-1 alpha-2、大文字）。RestrictionType が none なら省略します。'),
    })
    : obj('GeoRestriction', undefined, [
      restrictionType,
      m('Locations', array(countryCode), l(
        'The country codes (ISO 3166-1 alpha-2, upper case) to allow or block. Left out when RestrictionType is none.',
        '許可または拒否する国コード（ISO 3166-1 alpha-2、大文字）。RestrictionType が none なら省略します。',
      )),
      m('Quantity', int(), l('', ''), { only: 'api', elsewhere: l(
        'CloudFormation lists the countries in GeoRestriction.Locations and has no Quantity.',
        'CloudFormation では国を GeoRestriction.Locations に列挙し、Quantity はありません。',
      ) }),
      m('Items', int(), l('', ''), { only: 'api', elsewhere: l(
        'In CloudFormation the country list is called Locations, not Items.',
        'CloudFormation では国のリストは Items ではなく Locations です。',
      ) }),
    ]);

  const tenantConfig = obj('TenantConfig', undefined, [
    m('ParameterDefinitions', array(obj('ParameterDefinition', l('A parameter that distribution tenants can set.', 'ディストリビューションテナントが設定できるパラメーター。'), [
      m('Name', str({ min: 1, max: 128 }), l('The parameter name: letters, digits, `-` and `_`, up to 128 characters.', 'パラメーター名。英数字、`-`、`_` で 128 文字まで。'), { required: true }),
      m('Definition', obj('ParameterDefinitionSchema', undefined, [
        m('StringSchema', obj('StringSchemaConfig', undefined, [
          m('Comment', str(), l('A note on what the parameter is for.', 'パラメーターの用途のメモ。')),
          m('DefaultValue', str({ min: 1, max: 256 }), l('The value used when a tenant sets none, up to 256 characters.', 'テナントが値を設定しないときに使う値（256 文字まで）。')),
          m('Required', bool(), l('Whether every tenant must set the parameter.', 'すべてのテナントがこのパラメーターを設定しなければならないかどうか。'), { required: true }),
        ]), l('The parameter is a string.', 'パラメーターは文字列です。')),
      ]), l('What values the parameter takes.', 'パラメーターが取る値。'), { required: true }),
    ])), l('The parameters distribution tenants fill in, usable in origin domain names and paths.', 'ディストリビューションテナントが設定するパラメーター。オリジンのドメイン名やパスで使えます。')),
  ]);

  const viewerMtls = obj('ViewerMtlsConfig', undefined, [
    m('Mode', str({ enumValues: ['required', 'optional', 'passthrough'], defaultValue: 'required' }), l(
      'How CloudFront treats client certificates from viewers: `required`, `optional` or `passthrough`.',
      'ビューワーのクライアント証明書の扱い: `required`、`optional`、`passthrough`。',
    )),
    m('TrustStoreConfig', obj('TrustStoreConfig', undefined, [
      m('TrustStoreId', str(), l('The ID of the trust store holding the CA certificates that client certificates must chain to.', 'クライアント証明書の検証に使う CA 証明書を収めたトラストストアの ID。'), { required: true }),
      m('AdvertiseTrustStoreCaNames', bool(), l('Whether CloudFront names the accepted CAs in the TLS handshake.', 'TLS ハンドシェイクで受け付ける CA 名を通知するかどうか。')),
      m('IgnoreCertificateExpiry', bool(), l('Whether expired client certificates are still accepted.', '期限切れのクライアント証明書も受け付けるかどうか。')),
    ]), l('The trust store used to verify client certificates.', 'クライアント証明書の検証に使うトラストストア。')),
  ]);

  const legacyOriginNote = l(' Legacy CloudFormation property; use Origins instead.', ' CloudFormation の従来のプロパティです。代わりに Origins を使います。');

  return obj('DistributionConfig', undefined, [
    m('CallerReference', str(), l(
      'A unique string you choose for the create request, such as a timestamp. A new value creates a new distribution; a value already used gives DistributionAlreadyExists. Keep it unchanged on update.',
      '作成リクエストごとに決める一意の文字列（タイムスタンプなど）。新しい値なら新しいディストリビューションを作成し、使用済みの値なら DistributionAlreadyExists になります。更新時は変更しません。',
    ), { required: true, only: 'api', elsewhere: l(
      'CloudFormation generates the caller reference itself; AWS::CloudFront::Distribution has no CallerReference property.',
      'CloudFormation は呼び出し元リファレンスを自動で生成します。AWS::CloudFront::Distribution に CallerReference プロパティはありません。',
    ) }),
    m('Aliases', list(str({ doc: l('An alternate domain name, such as www.example.com or *.example.com.', '代替ドメイン名（例: www.example.com、*.example.com）。') }), { typeName: 'Aliases', max: 100, maxAdjustable: true }), l(
      'Alternate domain names (CNAMEs) viewers use instead of the *.cloudfront.net name. The viewer certificate must cover each of them. Default quota: 100. Not for multi-tenant distributions.',
      'ビューワーが *.cloudfront.net の代わりに使う代替ドメイン名（CNAME）。ビューワー証明書がそれぞれをカバーしている必要があります。既定のクォータは 100。マルチテナントディストリビューションでは使えません。',
    )),
    m('DefaultRootObject', str({ max: 255, defaultValue: '' }), l(
      'The object returned for a request to the root `/`, such as `index.html` or `folder/index.html`: no leading `/`, up to 255 characters. It applies to `/` only, not to subdirectories. Empty string for none.',
      'ルート `/` へのリクエストに返すオブジェクト（例: `index.html`、`folder/index.html`）。先頭に `/` を付けず、255 文字まで。`/` だけに適用され、サブディレクトリには適用されません。不要なら空文字列。',
    )),
    m('Origins', list(origin, { typeName: 'Origins', itemsRequired: true, min: 1, max: 100, maxAdjustable: true }), l(
      'Where CloudFront fetches content from: at least one origin, each with an Id that behaviors name in TargetOriginId. Default quota: 100.',
      'CloudFront がコンテンツを取得する場所。1 つ以上のオリジンが必要で、各オリジンの Id をビヘイビアの TargetOriginId で指定します。既定のクォータは 100。',
    ), { required: 'api' }),
    m('OriginGroups', list(originGroup, { typeName: 'OriginGroups', wrappedInCfn: true, max: 10, maxAdjustable: true }), l(
      'Origin failover pairs. A behavior whose TargetOriginId names a group uses its primary origin and retries on the secondary on the chosen status codes. Default quota: 10.',
      'オリジンフェイルオーバーの組。TargetOriginId でグループを指定したビヘイビアはプライマリを使い、指定したステータスコードでセカンダリに再試行します。既定のクォータは 10。',
    )),
    m('DefaultCacheBehavior', defaultBehavior, l(
      'The behavior for every request that no entry in CacheBehaviors matches. Its path pattern is `*`; it is always evaluated last and cannot be removed.',
      'CacheBehaviors のどれにも一致しないすべてのリクエストのビヘイビア。パスパターンは `*` で、常に最後に評価され、削除できません。',
    ), { required: true }),
    m('CacheBehaviors', list(cacheBehavior, { typeName: 'CacheBehaviors', max: 75, maxAdjustable: true }), l(
      'Behaviors for specific path patterns, tried in list order; the first whose PathPattern matches wins, and DefaultCacheBehavior comes last. Default quota: 75.',
      '特定のパスパターン用のビヘイビア。リストの順に試され、PathPattern が最初に一致したものが使われ、DefaultCacheBehavior は最後です。既定のクォータは 75。',
    )),
    m('CustomErrorResponses', list(customErrorResponse, { typeName: 'CustomErrorResponses' }), l(
      'Replace 4xx and 5xx responses from the origin with your own page and status code, and set how long errors stay cached.',
      'オリジンからの 4xx・5xx レスポンスを独自のページとステータスコードに置き換え、エラーをキャッシュする時間を設定します。',
    )),
    m('Comment', str({ max: 128, defaultValue: api ? undefined : '' }), l(
      'Free text describing the distribution, up to 128 characters; may be empty.',
      'ディストリビューションの説明（128 文字まで）。空でもかまいません。',
    ), { required: 'api' }),
    m('Logging', logging, api ? l(
      'Standard (legacy) access logs written to an S3 bucket.',
      'S3 バケットへ書き出す標準（従来）アクセスログ。',
    ) : l(
      'Standard (legacy) access logs written to an S3 bucket. Logging is on when this property is present.',
      'S3 バケットへ書き出す標準（従来）アクセスログ。このプロパティがあればログは有効です。',
    )),
    m('PriceClass', str({
      enumValues: ['PriceClass_100', 'PriceClass_200', 'PriceClass_All', 'None'],
      enumDocs: {
        PriceClass_All: l('Every edge location: the best latency everywhere, at the highest price.', 'すべてのエッジロケーション。どこでも最良のレイテンシーで、料金は最も高くなります。'),
        PriceClass_200: l('Most edge locations, leaving out the most expensive regions.', '最も高価な地域を除く、ほとんどのエッジロケーション。'),
        PriceClass_100: l('Only the least expensive regions (North America, Europe, Israel); viewers elsewhere see more latency.', '最も安価な地域（北米、欧州、イスラエル）のみ。それ以外の地域のビューワーはレイテンシーが増えます。'),
        None: l('No price class (a value the API model lists; standard distributions use the PriceClass_* values).', '料金クラスなし（API モデルにある値です。標準ディストリビューションでは PriceClass_* の値を使います）。'),
      },
      defaultValue: api ? undefined : 'PriceClass_All',
    }), l(
      'Which edge locations serve the distribution, trading price against latency. Not for multi-tenant distributions.',
      '配信に使うエッジロケーションの範囲。料金とレイテンシーのトレードオフです。マルチテナントディストリビューションでは使えません。',
    )),
    m('Enabled', bool(), l(
      'Whether the distribution accepts requests. A distribution must be disabled, and the change deployed, before it can be deleted.',
      'ディストリビューションがリクエストを受け付けるかどうか。削除する前に無効化し、その変更のデプロイを待つ必要があります。',
    ), { required: true }),
    m('ViewerCertificate', viewerCertificate, l(
      'The TLS certificate and settings viewers see. Without aliases, use the CloudFront default certificate; with aliases, an ACM certificate in us-east-1 or an IAM certificate, plus SSLSupportMethod and MinimumProtocolVersion.',
      'ビューワーに見せる TLS 証明書と設定。代替ドメイン名がなければ CloudFront の既定の証明書を、あれば us-east-1 の ACM 証明書か IAM 証明書と、SSLSupportMethod・MinimumProtocolVersion を指定します。',
    )),
    m('Restrictions', obj('Restrictions', undefined, [
      m('GeoRestriction', geoRestriction, l(
        'Allow or block viewers by country (CloudFront finds the country from the viewer\'s IP address).',
        '国単位でビューワーを許可または拒否します（国はビューワーの IP アドレスから判定されます）。',
      ), { required: true }),
    ]), l('Restrictions on who may view the content.', 'コンテンツを閲覧できる相手の制限。')),
    m('WebACLId', str({ defaultValue: api ? undefined : '' }), l(
      'The AWS WAF web ACL protecting the distribution: for WAFv2 the web ACL ARN (global scope, created in us-east-1), for WAF Classic its ID. Empty string for none.',
      'ディストリビューションを保護する AWS WAF のウェブ ACL。WAFv2 ではウェブ ACL の ARN（グローバルスコープ、us-east-1 で作成）、WAF Classic では ID。不要なら空文字列。',
    )),
    m('HttpVersion', str({
      enumValues: ['http1.1', 'http2', 'http3', 'http2and3'],
      enumDocs: {
        'http1.1': l('HTTP/1.1 only.', 'HTTP/1.1 のみ。'),
        http2: l('HTTP/2 for viewers that support it (TLS 1.2 or later and SNI), HTTP/1.1 for the rest.', '対応するビューワー（TLS 1.2 以上と SNI）には HTTP/2、それ以外には HTTP/1.1。'),
        http3: l('HTTP/3 over QUIC for viewers that support it (TLS 1.3 and SNI), earlier versions for the rest.', '対応するビューワー（TLS 1.3 と SNI）には QUIC 上の HTTP/3、それ以外には以前のバージョン。'),
        http2and3: l('Both HTTP/2 and HTTP/3, with HTTP/1.1 as the fallback.', 'HTTP/2 と HTTP/3 の両方。HTTP/1.1 にフォールバックします。'),
      },
      defaultValue: api ? 'http2' : 'http1.1',
    }), l(
      'The highest HTTP version viewers may use. Viewers that do not support it fall back to an earlier version.',
      'ビューワーが使える最も新しい HTTP バージョン。対応しないビューワーは以前のバージョンを使います。',
    )),
    m('IsIPV6Enabled', bool(), l(
      'Whether CloudFront answers DNS queries with IPv6 addresses as well. Leave it off when signed URLs use a custom policy that limits IpAddress to IPv4 ranges; with Route 53 alias records, add an AAAA record too.',
      'CloudFront が DNS クエリに IPv6 アドレスでも応答するかどうか。署名付き URL のカスタムポリシーで IpAddress を IPv4 の範囲に限定している場合は無効のままにします。Route 53 のエイリアスレコードを使うなら AAAA レコードも追加します。',
    ), { cfnName: 'IPV6Enabled' }),
    m('ContinuousDeploymentPolicyId', str(), l(
      'The ID of the continuous deployment policy that sends part of the traffic to a staging distribution. Empty for none. Standard distributions only.',
      'トラフィックの一部をステージングディストリビューションへ送る継続的デプロイポリシーの ID。不要なら空。標準ディストリビューションのみ。',
    )),
    m('Staging', bool(), l(
      'Whether this is a staging distribution used with continuous deployment.',
      '継続的デプロイで使うステージングディストリビューションかどうか。',
    )),
    m('AnycastIpListId', str(), l(
      'The ID of an Anycast static IP list that the distribution serves from.',
      'このディストリビューションが使う Anycast 静的 IP リストの ID。',
    )),
    m('TenantConfig', tenantConfig, l(
      'Multi-tenant distributions only: the parameters each distribution tenant fills in.',
      'マルチテナントディストリビューション専用: 各ディストリビューションテナントが設定するパラメーター。',
    )),
    m('ConnectionMode', str({
      enumValues: ['direct', 'tenant-only'],
      enumDocs: {
        direct: l('A standard distribution that viewers reach directly.', 'ビューワーが直接到達する標準ディストリビューション。'),
        'tenant-only': l('A multi-tenant distribution, reached only through its distribution tenants.', 'ディストリビューションテナント経由でのみ到達するマルチテナントディストリビューション。'),
      },
    }), l('Whether this is a standard or a multi-tenant distribution.', '標準かマルチテナントかの区別。')),
    m('ViewerMtlsConfig', viewerMtls, l(
      'Mutual TLS with viewers: CloudFront checks client certificates against a trust store.',
      'ビューワーとの相互 TLS。CloudFront がクライアント証明書をトラストストアで検証します。',
    )),
    m('ConnectionFunctionAssociation', obj('ConnectionFunctionAssociation', undefined, [
      m('Id', str({ min: 1, max: 64 }), l('The ID of the connection function.', '接続関数の ID。'), { required: true }),
    ]), l('A connection function that runs when a viewer connects.', 'ビューワーの接続時に実行される接続関数。')),
    m('CacheTagConfig', obj('CacheTagConfig', undefined, [
      m('HeaderName', str(), l(
        'The origin response header whose comma-separated values become the object\'s cache tags.',
        'カンマ区切りの値がオブジェクトのキャッシュタグになる、オリジンレスポンスのヘッダー名。',
      ), { required: true }),
    ]), l(
      'Read cache tags from an origin response header, so cached objects can later be invalidated by tag.',
      'オリジンレスポンスのヘッダーからキャッシュタグを読み取り、あとでタグ単位で無効化できるようにします。',
    )),
    m('CNAMEs', array(str({ doc: l('An alternate domain name.', '代替ドメイン名。') })), l(
      'Legacy CloudFormation property for alternate domain names; use Aliases instead.',
      '代替ドメイン名を指定する CloudFormation の従来のプロパティ。代わりに Aliases を使います。',
    ), { only: 'cloudformation', deprecated: true, elsewhere: l(
      'The CloudFront API lists alternate domain names in Aliases (`{"Quantity", "Items"}`), not CNAMEs.',
      'CloudFront API では代替ドメイン名は CNAMEs ではなく Aliases（`{"Quantity", "Items"}`）に列挙します。',
    ) }),
    m('S3Origin', obj('LegacyS3Origin', undefined, [
      m('DNSName', str(), l('The bucket domain name.', 'バケットのドメイン名。'), { required: true }),
      m('OriginAccessIdentity', str({ defaultValue: '' }), l('The origin access identity, or empty.', 'オリジンアクセスアイデンティティ、または空。')),
    ]), l('A single S3 origin.' + legacyOriginNote.en, '単一の S3 オリジン。' + legacyOriginNote.ja), { only: 'cloudformation', deprecated: true }),
    m('CustomOrigin', obj('LegacyCustomOrigin', undefined, [
      m('DNSName', str(), l('The origin domain name.', 'オリジンのドメイン名。'), { required: true }),
      m('HTTPPort', int({ defaultValue: 80 }), l('The HTTP port, default 80.', 'HTTP ポート。既定値 80。')),
      m('HTTPSPort', int({ defaultValue: 443 }), l('The HTTPS port, default 443.', 'HTTPS ポート。既定値 443。')),
      m('OriginProtocolPolicy', str({ enumValues: ['http-only', 'match-viewer', 'https-only'] }), l('The protocol CloudFront uses to reach the origin.', 'CloudFront がオリジンへ接続するプロトコル。'), { required: true }),
      m('OriginSSLProtocols', array(str({ enumValues: SSL_PROTOCOLS })), l('The TLS/SSL versions allowed towards the origin.', 'オリジンへの接続で許可する TLS/SSL のバージョン。'), { required: true }),
    ]), l('A single custom origin.' + legacyOriginNote.en, '単一のカスタムオリジン。' + legacyOriginNote.ja), { only: 'cloudformation', deprecated: true }),
  ]);
}

// ---- The invalidation batch ---------------------------------------------------------------------

function buildInvalidationBatch(): SchemaNode {
  const { obj, list } = builder('api');
  return obj('InvalidationBatch', undefined, [
    m('Paths', list(str({ min: 1, max: 4000, doc: l(
      'A path to remove from the edge caches. It starts with `/`, may end with `*` (the only place a wildcard is allowed), is case-sensitive and at most 4,000 characters. URL-encode only non-ASCII and unsafe characters; `%2A` is not a wildcard.',
      'エッジキャッシュから削除するパス。`/` で始め、末尾にだけ `*` を付けられます（ワイルドカードはそこだけ）。大文字と小文字を区別し、4,000 文字まで。URL エンコードは非 ASCII 文字と安全でない文字だけに行います。`%2A` はワイルドカードになりません。',
    ) }), { typeName: 'Paths' }), l(
      'The paths to invalidate. Each path counts once toward the 1,000 free paths per month, a `*` path included.',
      '無効化するパス。`*` を含むパスも含め、各パスは月 1,000 件の無料枠で 1 件と数えます。',
    ), { required: true }),
    m('CallerReference', str(), l(
      'A unique string for this request, such as a timestamp. Repeating it with the same paths returns the earlier invalidation; with different paths AWS refuses it (InvalidationBatchAlreadyExists).',
      'このリクエストの一意の文字列（タイムスタンプなど）。同じパスで繰り返すと前回の無効化を返し、異なるパスでは AWS が拒否します（InvalidationBatchAlreadyExists）。',
    ), { required: true }),
  ]);
}

export const DISTRIBUTION_CONFIG_SCHEMA: Readonly<Record<DistributionShape, SchemaNode>> = Object.freeze({
  api: buildDistributionConfig('api'),
  cloudformation: buildDistributionConfig('cloudformation'),
});

export const INVALIDATION_BATCH_SCHEMA: SchemaNode = buildInvalidationBatch();

/** The member `key` of an object node, by its exact name. */
export function schemaMember(node: SchemaNode | undefined, key: string): SchemaMember | undefined {
  return node?.members?.get(key);
}

/** The value shapes AWS's member type allows, as a short English/Japanese phrase for messages. */
export const KIND_NAMES: Readonly<Record<ValueKind, Localized<string>>> = {
  string: l('a string', '文字列'),
  integer: l('an integer', '整数'),
  long: l('an integer', '整数'),
  boolean: l('true or false', '真偽値（true または false）'),
  object: l('an object', 'オブジェクト'),
  list: l('a list', 'リスト'),
};
