// Rule: cloudfront/origin-domain. An origin's DomainName is a bare DNS name. AWS rejects a URL or a port
// ("The parameter origin name cannot contain a colon."), a path ("The parameter origin name must be a
// domain name."), and an IP address ("The parameter origin name cannot be an IP address."). An S3 website
// endpoint is a custom origin: with S3OriginConfig AWS answers "The parameter Origin DomainName does not
// refer to a valid S3 bucket." (aws/aws-sdk-js#2368). The rejection texts are
// quoted from public deployment failures (aws/aws-cdk#25118, laurilehmijoki/s3_website#83 and others).

import { isS3WebsiteEndpoint } from '../../cloudfront/caching';
import { joinEdits, keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { asString, isIntrinsic, prop, spanOf, type Node } from '../../source/access';
import type { Finding, Fix, TextEdit } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/origin-domain';
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const WEBSITE_CONFIG = { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'http-only' };

const TEXT: Localized<{
  url: (k: KeyName, domain: string, scheme: string, hasPath: boolean) => string;
  port: (k: KeyName, domain: string) => string;
  path: (k: KeyName, domain: string) => string;
  ip: (k: KeyName, domain: string) => string;
  website: (k: KeyName, domain: string) => string;
  useHost: (k: KeyName, host: string, path: string) => string;
  useCustom: (k: KeyName) => string;
}> = {
  en: {
    url: (k, d, scheme, hasPath) => `Origin ${k('DomainName')} "${d}" must be a bare domain name such as "api.example.com", without "${scheme}://"${hasPath ? ' or a path' : ''}. AWS rejects it: "The parameter origin name cannot contain a colon." The protocol is set by ${k('OriginProtocolPolicy')}${hasPath ? `, and a path belongs in ${k('OriginPath')}` : ''}.`,
    port: (k, d) => `Origin ${k('DomainName')} "${d}" must not contain a port. AWS rejects it: "The parameter origin name cannot contain a colon." Set the port with ${k('HTTPPort')} and ${k('HTTPSPort')} in ${k('CustomOriginConfig')}.`,
    path: (k, d) => `Origin ${k('DomainName')} "${d}" contains a path. AWS rejects it: "The parameter origin name must be a domain name." Put the path in ${k('OriginPath')}; CloudFront adds ${k('OriginPath')} in front of every request path.`,
    ip: (k, d) => `Origin ${k('DomainName')} "${d}" is an IP address. AWS rejects it: "The parameter origin name cannot be an IP address." Point a DNS name (an A record) at the address and use the name.`,
    website: (k, d) => `"${d}" is an S3 website endpoint, which CloudFront treats as a custom origin: it needs ${k('CustomOriginConfig')} (HTTP only, as website endpoints do not serve HTTPS), not ${k('S3OriginConfig')}. AWS rejects it: "The parameter Origin DomainName does not refer to a valid S3 bucket."`,
    useHost: (k, host, path) => (path ? `Use "${host}" with ${k('OriginPath')} "${path}"` : `Use "${host}"`),
    useCustom: (k) => `Replace ${k('S3OriginConfig')} with ${k('CustomOriginConfig')} (http-only)`,
  },
  ja: {
    url: (k, d, scheme, hasPath) => `オリジンの ${k('DomainName')} "${d}" は "api.example.com" のようなドメイン名だけにしてください（"${scheme}://"${hasPath ? 'やパス' : ''}は不要です）。AWS は拒否します: "The parameter origin name cannot contain a colon."。プロトコルは ${k('OriginProtocolPolicy')} で指定します${hasPath ? `。パスは ${k('OriginPath')} に書きます` : ''}。`,
    port: (k, d) => `オリジンの ${k('DomainName')} "${d}" にポートを含めることはできません。AWS は拒否します: "The parameter origin name cannot contain a colon."。ポートは ${k('CustomOriginConfig')} の ${k('HTTPPort')} と ${k('HTTPSPort')} で指定します。`,
    path: (k, d) => `オリジンの ${k('DomainName')} "${d}" にパスが含まれています。AWS は拒否します: "The parameter origin name must be a domain name."。パスは ${k('OriginPath')} に書きます。CloudFront はすべてのリクエストパスの前に ${k('OriginPath')} を付けます。`,
    ip: (k, d) => `オリジンの ${k('DomainName')} "${d}" は IP アドレスです。AWS は拒否します: "The parameter origin name cannot be an IP address."。そのアドレスを指す DNS 名（A レコード）を作り、その名前を使ってください。`,
    website: (k, d) => `"${d}" は S3 のウェブサイトエンドポイントで、CloudFront ではカスタムオリジンとして扱われます。${k('S3OriginConfig')} ではなく ${k('CustomOriginConfig')}（ウェブサイトエンドポイントは HTTPS を提供しないため HTTP のみ）が必要です。AWS は拒否します: "The parameter Origin DomainName does not refer to a valid S3 bucket."`,
    useHost: (k, host, path) => (path ? `"${host}" と ${k('OriginPath')} "${path}" を使う` : `"${host}" を使う`),
    useCustom: (k) => `${k('S3OriginConfig')} を ${k('CustomOriginConfig')}（http-only）に置き換える`,
  },
};

/**
 * Edits that keep only the host in DomainName and move a path to OriginPath. Undefined when the path cannot
 * be moved safely: the origin already has an OriginPath, or the path carries a query or fragment.
 */
function splitFix(origin: Node, domainNode: Node, host: string, path: string, ctx: DistributionContext): Fix | undefined {
  const t = pick(TEXT, ctx.options.locale);
  if (!/^[A-Za-z0-9.-]+$/.test(host)) return undefined;
  const trimmed = path.replace(/\/+$/, '');
  const edits: TextEdit[] = [ctx.edits.replaceValue(domainNode, host)];
  if (trimmed) {
    if (/[?#]/.test(trimmed)) return undefined;
    const originPath = prop(origin, 'OriginPath');
    if (originPath === undefined) edits.push(ctx.edits.insertMember(origin, 'OriginPath', trimmed));
    else if (asString(originPath) === '') edits.push(ctx.edits.replaceValue(originPath, trimmed));
    else return undefined;
  }
  return { title: t.useHost(keyNames(ctx.spelling), host, trimmed), edits, isPreferred: true };
}

function check(origin: Node, ctx: DistributionContext): Finding[] {
  const t = pick(TEXT, ctx.options.locale);
  const k = keyNames(ctx.spelling);
  const domainNode = prop(origin, 'DomainName');
  const domain = asString(domainNode);
  if (!domainNode || domain === undefined || domain === '') return [];
  const span = spanOf(domainNode);
  const url = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)(.*)$/.exec(domain);
  if (url) {
    const [, scheme, host, path] = url;
    const fix = /:/.test(host) ? undefined : splitFix(origin, domainNode, host, path, ctx);
    return [{ rule: RULE, severity: 'error', message: t.url(k, domain, scheme, path.replace(/\/+$/, '') !== ''), span, fixes: fix ? [fix] : [] }];
  }
  if (domain.includes(':')) return [{ rule: RULE, severity: 'error', message: t.port(k, domain), span }];
  const slash = domain.indexOf('/');
  if (slash >= 0) {
    const fix = splitFix(origin, domainNode, domain.slice(0, slash), domain.slice(slash), ctx);
    return [{ rule: RULE, severity: 'error', message: t.path(k, domain), span, fixes: fix ? [fix] : [] }];
  }
  if (IPV4.test(domain)) return [{ rule: RULE, severity: 'error', message: t.ip(k, domain), span }];
  const s3Config = prop(origin, 'S3OriginConfig');
  if (s3Config && !isIntrinsic(s3Config) && isS3WebsiteEndpoint(domain)) {
    const key = s3Config.parent?.type === 'property' ? s3Config.parent.children?.[0] : undefined;
    const edits: TextEdit[] = [];
    if (key) edits.push(joinEdits(ctx.doc.text, ctx.edits.renameKey(key, 'CustomOriginConfig'), ctx.edits.replaceValue(s3Config, WEBSITE_CONFIG)));
    // Website endpoints do not support origin access control, so a set OAC Id would be rejected next.
    const oac = asString(prop(origin, 'OriginAccessControlId'));
    if (oac) {
      const removal = ctx.edits.removeMember(origin, 'OriginAccessControlId');
      if (removal) edits.push(removal);
    }
    return [{ rule: RULE, severity: 'error', message: t.website(k, domain), span, fixes: edits.length ? [{ title: t.useCustom(k), edits, isPreferred: true }] : [] }];
  }
  return [];
}

export const originDomain: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Origin DomainName is not a domain name CloudFront accepts', ja: 'CloudFront が受け付けないオリジンの DomainName' },
    severity: 'error',
    description: {
      en: 'An origin\'s DomainName must be a bare DNS name: no "https://", no port, no path and no IP address, or AWS ' +
        'rejects the distribution. An S3 website endpoint must be configured as a custom origin (CustomOriginConfig), ' +
        'not with S3OriginConfig. Quick fixes move a path to OriginPath and replace S3OriginConfig.',
      ja: 'オリジンの DomainName は DNS 名だけでなければならず、"https://"、ポート、パス、IP アドレスを含むと AWS が拒否します。' +
        'S3 のウェブサイトエンドポイントは S3OriginConfig ではなくカスタムオリジン（CustomOriginConfig）として設定します。' +
        'クイックフィックスはパスを OriginPath へ移し、S3OriginConfig を置き換えます。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_Origin.html',
      'https://github.com/aws/aws-cdk/issues/25118',
      'https://github.com/aws/aws-sdk-js/issues/2368',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html',
    ],
  },
  origin: check,
};
