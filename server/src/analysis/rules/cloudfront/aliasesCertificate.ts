// Rule: cloudfront/aliases-certificate. Alternate domain names (Aliases) need a certificate of your own:
// with CloudFront's default certificate AWS rejects the distribution with InvalidViewerCertificate "To add an
// alternate domain name (CNAME) to a CloudFront distribution, you must attach a trusted certificate that
// validates your authorization to use the domain name." (cloudposse/terraform-aws-cloudfront-s3-cdn#72,
// winglang/wing#2440). CloudFront only uses ACM certificates from us-east-1, an ACM and an IAM certificate
// cannot both be given, and `sni-only` cannot be combined with SSLv3 (InvalidProtocolSettings). The API
// reference says a custom certificate also needs SSLSupportMethod and MinimumProtocolVersion ("you must also
// specify values for MinimumProtocolVersion and SSLSupportMethod"); CloudFormation's resource schema makes
// SslSupportMethod required with a custom certificate, so that one is an error there and a warning in the
// API form, where no rejection text is known.

import type { DistributionView, ListView } from '../../cloudfront/distribution';
import { keyNames, keyOf, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { asBoolean, asString, isIntrinsic, isObject, prop, spanOf, type Node } from '../../source/access';
import type { Finding, Span } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/aliases-certificate';
const AWS_ALIAS_TEXT = 'To add an alternate domain name (CNAME) to a CloudFront distribution, you must attach a trusted certificate that validates your authorization to use the domain name.';
const ACM_ARN = /^arn:(aws[a-z-]*):acm:([a-z0-9-]+):\d{12}:certificate\/\S+$/;

const TEXT: Localized<{
  noCertificate: (k: KeyName, aliases: string, reason: 'absent' | 'default') => string;
  region: (region: string) => string;
  both: (k: KeyName) => string;
  /** `key` is the SSL support method's key as the source spells it. */
  missingSsl: (k: KeyName, key: string, cfn: boolean) => string;
  missingProtocol: (k: KeyName) => string;
  sniSslv3: (k: KeyName) => string;
  add: (key: string, value: string) => string;
}> = {
  en: {
    noCertificate: (k, aliases, reason) => `The distribution has alternate domain names (${aliases}) but ${reason === 'absent' ? `no ${k('ViewerCertificate')}, so it uses` : `its ${k('ViewerCertificate')} uses`} CloudFront's default *.cloudfront.net certificate, which cannot cover them. AWS rejects it with InvalidViewerCertificate: "${AWS_ALIAS_TEXT}" Attach an ACM certificate from us-east-1 (${k('ACMCertificateArn')}) that covers every alias.`,
    region: (region) => `This ACM certificate is in ${region}. CloudFront only uses ACM certificates in US East (N. Virginia), us-east-1; AWS rejects any other (InvalidViewerCertificate). Request or import the certificate in us-east-1.`,
    both: (k) => `${k('ViewerCertificate')} names both an ACM certificate and an IAM certificate. Give one, not both (AWS rejects it with InvalidViewerCertificate).`,
    missingSsl: (k, key, cfn) => cfn
      ? `${k('ViewerCertificate')} has a custom certificate but no ${key}. CloudFormation requires ${key} with ${k('AcmCertificateArn')} or ${k('IamCertificateId')}; "sni-only" is the usual choice ("vip" costs extra).`
      : `${k('ViewerCertificate')} has a custom certificate but no ${key}. The API reference says a custom certificate needs ${key} and ${k('MinimumProtocolVersion')}; "sni-only" is the usual choice ("vip" costs extra).`,
    missingProtocol: (k) => `${k('ViewerCertificate')} has a custom certificate but no ${k('MinimumProtocolVersion')}. The API reference says a custom certificate needs it; without it the security policy CloudFront applies is not documented. "TLSv1.2_2021" is AWS's recommended policy.`,
    sniSslv3: (k) => `${k('SSLSupportMethod')} "sni-only" cannot be combined with ${k('MinimumProtocolVersion')} "SSLv3": SNI needs TLSv1 or later. AWS rejects it (InvalidProtocolSettings).`,
    add: (key, value) => `Add ${key} "${value}"`,
  },
  ja: {
    noCertificate: (k, aliases, reason) => `ディストリビューションに代替ドメイン名（${aliases}）がありますが、${reason === 'absent' ? `${k('ViewerCertificate')} がないため` : `${k('ViewerCertificate')} が`} CloudFront の既定の *.cloudfront.net 証明書を使っており、これらを証明できません。AWS は InvalidViewerCertificate で拒否します: "${AWS_ALIAS_TEXT}" すべての代替ドメイン名を含む us-east-1 の ACM 証明書（${k('ACMCertificateArn')}）を設定してください。`,
    region: (region) => `この ACM 証明書は ${region} にあります。CloudFront が使えるのは米国東部（バージニア北部）us-east-1 の ACM 証明書だけで、それ以外は AWS が拒否します（InvalidViewerCertificate）。us-east-1 で証明書を発行またはインポートしてください。`,
    both: (k) => `${k('ViewerCertificate')} に ACM 証明書と IAM 証明書の両方が指定されています。どちらか一方にしてください（AWS は InvalidViewerCertificate で拒否します）。`,
    missingSsl: (k, key, cfn) => cfn
      ? `${k('ViewerCertificate')} に独自の証明書がありますが ${key} がありません。CloudFormation では ${k('AcmCertificateArn')} または ${k('IamCertificateId')} に ${key} が必須です。通常は "sni-only" です（"vip" は追加料金がかかります）。`
      : `${k('ViewerCertificate')} に独自の証明書がありますが ${key} がありません。API リファレンスでは、独自の証明書には ${key} と ${k('MinimumProtocolVersion')} が必要とされています。通常は "sni-only" です（"vip" は追加料金がかかります）。`,
    missingProtocol: (k) => `${k('ViewerCertificate')} に独自の証明書がありますが ${k('MinimumProtocolVersion')} がありません。API リファレンスでは独自の証明書に必要とされており、ない場合に CloudFront が適用するセキュリティポリシーは文書化されていません。AWS の推奨は "TLSv1.2_2021" です。`,
    sniSslv3: (k) => `${k('SSLSupportMethod')} "sni-only" と ${k('MinimumProtocolVersion')} "SSLv3" は組み合わせられません。SNI には TLSv1 以降が必要です。AWS は拒否します（InvalidProtocolSettings）。`,
    add: (key, value) => `${key} "${value}" を追加`,
  },
};

/** True when an item is there for sure: not `Fn::If` (which may yield AWS::NoValue) and not `Ref: AWS::NoValue`. */
function surelyPresent(node: Node): boolean {
  if (isObject(node) && node.children?.length === 1) {
    const [key, value] = node.children[0].children ?? [];
    if (key?.value === 'Fn::If') return false;
    if (key?.value === 'Ref' && value?.value === 'AWS::NoValue') return false;
  }
  return true;
}

function aliasNames(aliases: ListView | undefined): { count: number; shown: string } {
  const present = (aliases?.array?.children ?? []).filter(surelyPresent);
  const names = present.map((n) => asString(n) ?? '…');
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
  return { count: present.length, shown };
}

/** A certificate member that is set: a non-empty string or an intrinsic function (values of other types are left to the schema check). */
function isSet(node: Node | undefined): node is Node {
  return node !== undefined && ((asString(node) ?? '') !== '' || isIntrinsic(node));
}

function check(dist: DistributionView, ctx: DistributionContext): Finding[] {
  const t = pick(TEXT, ctx.options.locale);
  const k = keyNames(ctx.spelling);
  const findings: Finding[] = [];
  const cfn = dist.target.shape === 'cloudformation';
  if (dist.viewerCertificateUnknown) return findings;
  const vc = dist.viewerCertificate;
  const acm = vc?.acmCertificateArn;
  const iam = vc?.iamCertificateId;
  // The deprecated Certificate/CertificateSource pair (still returned by get-distribution-config) also names one.
  const source = vc ? asString(prop(vc.node, 'CertificateSource')) : undefined;
  const custom = isSet(acm) || isSet(iam) || source === 'acm' || source === 'iam';

  const aliases = aliasNames(dist.aliases);
  if (aliases.count > 0 && !custom) {
    const span: Span = dist.aliases?.key ? spanOf(dist.aliases.key) : spanOf(dist.aliases!.holder);
    findings.push({ rule: RULE, severity: 'error', message: t.noCertificate(k, aliases.shown, vc ? 'default' : 'absent'), span });
  }
  if (!vc) return findings;

  const arn = asString(acm);
  const parsed = arn !== undefined ? ACM_ARN.exec(arn) : null;
  if (acm && parsed && parsed[1] === 'aws' && parsed[2] !== 'us-east-1') {
    findings.push({ rule: RULE, severity: 'error', message: t.region(parsed[2]), span: spanOf(acm) });
  }
  if (isSet(acm) && isSet(iam) && surelyPresent(acm) && surelyPresent(iam)) findings.push({ rule: RULE, severity: 'error', message: t.both(k), span: keyOf(iam) });

  if (isSet(acm) || isSet(iam)) {
    const sslKey = cfn ? 'SslSupportMethod' : 'SSLSupportMethod';
    const anchor: Span = vc.key ? spanOf(vc.key) : spanOf(vc.node);
    if (!vc.sslSupportMethod) {
      findings.push({
        rule: RULE,
        severity: cfn ? 'error' : 'warning',
        message: t.missingSsl(k, k(sslKey), cfn),
        span: anchor,
        fixes: [{ title: t.add(k(sslKey), 'sni-only'), edits: [ctx.edits.insertMember(vc.node, sslKey, 'sni-only')], isPreferred: true }],
      });
    }
    if (!vc.minimumProtocolVersion) {
      findings.push({
        rule: RULE,
        severity: 'warning',
        message: t.missingProtocol(k),
        span: anchor,
        fixes: [{ title: t.add(k('MinimumProtocolVersion'), 'TLSv1.2_2021'), edits: [ctx.edits.insertMember(vc.node, 'MinimumProtocolVersion', 'TLSv1.2_2021')], isPreferred: true }],
      });
    }
  }
  if (asString(vc.sslSupportMethod) === 'sni-only' && asString(vc.minimumProtocolVersion) === 'SSLv3' && asBoolean(vc.cloudFrontDefault) !== true) {
    findings.push({ rule: RULE, severity: 'error', message: t.sniSslv3(k), span: spanOf(vc.minimumProtocolVersion!) });
  }
  return findings;
}

export const aliasesCertificate: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Alternate domain names without a certificate that can cover them', ja: '代替ドメイン名を証明できない証明書設定' },
    severity: 'error',
    description: {
      en: 'Aliases need an ACM (us-east-1) or IAM certificate; with CloudFront\'s default certificate AWS rejects the ' +
        'distribution (InvalidViewerCertificate). Also checks that an ACM certificate is in us-east-1, that ACM and IAM ' +
        'are not both given, that a custom certificate has SSLSupportMethod and MinimumProtocolVersion, and that ' +
        '"sni-only" is not combined with SSLv3. Whether the certificate covers each alias cannot be known offline.',
      ja: '代替ドメイン名には ACM（us-east-1）または IAM の証明書が必要で、CloudFront の既定の証明書では AWS が拒否します' +
        '（InvalidViewerCertificate）。ACM 証明書が us-east-1 にあること、ACM と IAM を両方指定していないこと、独自の証明書に ' +
        'SSLSupportMethod と MinimumProtocolVersion があること、"sni-only" と SSLv3 を組み合わせていないことも確認します。' +
        '証明書が各代替ドメイン名を含むかどうかはオフラインでは分かりません。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html#alternate-domain-names-requirements',
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ViewerCertificate.html',
      'https://github.com/cloudposse/terraform-aws-cloudfront-s3-cdn/pull/72',
    ],
  },
  distribution: check,
};
