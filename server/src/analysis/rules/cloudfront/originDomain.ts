// Rule: cloudfront/origin-domain. An origin's DomainName is a bare DNS name. AWS rejects a URL or a port
// ("The parameter origin name cannot contain a colon."), a path ("The parameter origin name must be a
// domain name."), and an IP address ("The parameter origin name cannot be an IP address."). An S3 website
// endpoint is a custom origin: with S3OriginConfig AWS answers "The parameter Origin DomainName does not
// refer to a valid S3 bucket." (aws/aws-sdk-js#2368; facts: cloudfront.md §3.6). The rejection texts are
// quoted from public deployment failures (aws/aws-cdk#25118, laurilehmijoki/s3_website#83 and others).

import { isS3WebsiteEndpoint } from '../../cloudfront/caching';
import { distributionsOf } from '../../cloudfront/reachability';
import { pick, type Locale, type Localized } from '../../i18n';
import { insertProperty, removeProperty, replaceNode } from '../../jsonEdits';
import { asString, isIntrinsic, prop, spanOf, type Node } from '../../jsonTree';
import type { Finding, Fix, TextEdit } from '../../types';
import type { Rule } from '../types';

const RULE = 'cloudfront/origin-domain';
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const WEBSITE_CONFIG = '{ "HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "http-only" }';

const TEXT: Localized<{
  url: (domain: string, scheme: string, hasPath: boolean) => string;
  port: (domain: string) => string;
  path: (domain: string) => string;
  ip: (domain: string) => string;
  website: (domain: string) => string;
  useHost: (host: string, path: string) => string;
  useCustom: string;
}> = {
  en: {
    url: (d, scheme, hasPath) => `Origin DomainName "${d}" must be a bare domain name such as "api.example.com", without "${scheme}://"${hasPath ? ' or a path' : ''}. AWS rejects it: "The parameter origin name cannot contain a colon." The protocol is set by OriginProtocolPolicy${hasPath ? ', and a path belongs in OriginPath' : ''}.`,
    port: (d) => `Origin DomainName "${d}" must not contain a port. AWS rejects it: "The parameter origin name cannot contain a colon." Set the port with HTTPPort and HTTPSPort in CustomOriginConfig.`,
    path: (d) => `Origin DomainName "${d}" contains a path. AWS rejects it: "The parameter origin name must be a domain name." Put the path in OriginPath; CloudFront adds OriginPath in front of every request path.`,
    ip: (d) => `Origin DomainName "${d}" is an IP address. AWS rejects it: "The parameter origin name cannot be an IP address." Point a DNS name (an A record) at the address and use the name.`,
    website: (d) => `"${d}" is an S3 website endpoint, which CloudFront treats as a custom origin: it needs CustomOriginConfig (HTTP only, as website endpoints do not serve HTTPS), not S3OriginConfig. AWS rejects it: "The parameter Origin DomainName does not refer to a valid S3 bucket."`,
    useHost: (host, path) => (path ? `Use "${host}" with OriginPath "${path}"` : `Use "${host}"`),
    useCustom: 'Replace S3OriginConfig with CustomOriginConfig (http-only)',
  },
  ja: {
    url: (d, scheme, hasPath) => `オリジンの DomainName "${d}" は "api.example.com" のようなドメイン名だけにしてください（"${scheme}://"${hasPath ? 'やパス' : ''}は不要です）。AWS は拒否します: "The parameter origin name cannot contain a colon."。プロトコルは OriginProtocolPolicy で指定します${hasPath ? '。パスは OriginPath に書きます' : ''}。`,
    port: (d) => `オリジンの DomainName "${d}" にポートを含めることはできません。AWS は拒否します: "The parameter origin name cannot contain a colon."。ポートは CustomOriginConfig の HTTPPort と HTTPSPort で指定します。`,
    path: (d) => `オリジンの DomainName "${d}" にパスが含まれています。AWS は拒否します: "The parameter origin name must be a domain name."。パスは OriginPath に書きます。CloudFront はすべてのリクエストパスの前に OriginPath を付けます。`,
    ip: (d) => `オリジンの DomainName "${d}" は IP アドレスです。AWS は拒否します: "The parameter origin name cannot be an IP address."。そのアドレスを指す DNS 名（A レコード）を作り、その名前を使ってください。`,
    website: (d) => `"${d}" は S3 のウェブサイトエンドポイントで、CloudFront ではカスタムオリジンとして扱われます。S3OriginConfig ではなく CustomOriginConfig（ウェブサイトエンドポイントは HTTPS を提供しないため HTTP のみ）が必要です。AWS は拒否します: "The parameter Origin DomainName does not refer to a valid S3 bucket."`,
    useHost: (host, path) => (path ? `"${host}" と OriginPath "${path}" を使う` : `"${host}" を使う`),
    useCustom: 'S3OriginConfig を CustomOriginConfig（http-only）に置き換える',
  },
};

/**
 * Edits that keep only the host in DomainName and move a path to OriginPath. Undefined when the path cannot
 * be moved safely: the origin already has an OriginPath, or the path carries a query or fragment.
 */
function splitFix(text: string, origin: Node, domainNode: Node, host: string, path: string, locale: Locale): Fix | undefined {
  const t = pick(TEXT, locale);
  if (!/^[A-Za-z0-9.-]+$/.test(host)) return undefined;
  const trimmed = path.replace(/\/+$/, '');
  const edits: TextEdit[] = [replaceNode(domainNode, JSON.stringify(host))];
  if (trimmed) {
    if (/[?#]/.test(trimmed)) return undefined;
    const originPath = prop(origin, 'OriginPath');
    if (originPath === undefined) edits.push(insertProperty(text, origin, 'OriginPath', JSON.stringify(trimmed)));
    else if (asString(originPath) === '') edits.push(replaceNode(originPath, JSON.stringify(trimmed)));
    else return undefined;
  }
  return { title: t.useHost(host, trimmed), edits, isPreferred: true };
}

function check(text: string, origin: Node, locale: Locale): Finding[] {
  const t = pick(TEXT, locale);
  const domainNode = prop(origin, 'DomainName');
  const domain = asString(domainNode);
  if (!domainNode || domain === undefined || domain === '') return [];
  const span = spanOf(domainNode);
  const url = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/]*)(.*)$/.exec(domain);
  if (url) {
    const [, scheme, host, path] = url;
    const fix = /:/.test(host) ? undefined : splitFix(text, origin, domainNode, host, path, locale);
    return [{ rule: RULE, severity: 'error', message: t.url(domain, scheme, path.replace(/\/+$/, '') !== ''), span, fixes: fix ? [fix] : [] }];
  }
  if (domain.includes(':')) return [{ rule: RULE, severity: 'error', message: t.port(domain), span }];
  const slash = domain.indexOf('/');
  if (slash >= 0) {
    const fix = splitFix(text, origin, domainNode, domain.slice(0, slash), domain.slice(slash), locale);
    return [{ rule: RULE, severity: 'error', message: t.path(domain), span, fixes: fix ? [fix] : [] }];
  }
  if (IPV4.test(domain)) return [{ rule: RULE, severity: 'error', message: t.ip(domain), span }];
  const s3Config = prop(origin, 'S3OriginConfig');
  if (s3Config && !isIntrinsic(s3Config) && isS3WebsiteEndpoint(domain)) {
    const pair = s3Config.parent;
    const edits: TextEdit[] = [];
    if (pair?.type === 'property') edits.push({ span: spanOf(pair), newText: `"CustomOriginConfig": ${WEBSITE_CONFIG}` });
    // Website endpoints do not support origin access control, so a set OAC Id would be rejected next.
    const oac = asString(prop(origin, 'OriginAccessControlId'));
    if (oac) {
      const removal = removeProperty(origin, 'OriginAccessControlId');
      if (removal) edits.push(removal);
    }
    return [{ rule: RULE, severity: 'error', message: t.website(domain), span, fixes: edits.length ? [{ title: t.useCustom, edits, isPreferred: true }] : [] }];
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
  document({ doc, options }) {
    return distributionsOf(doc).flatMap((dist) => dist.originNodes.flatMap((origin) => check(doc.text, origin, options.locale)));
  },
};
