import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasesCertificate } from '../../../../server/src/analysis/rules/cloudfront/aliasesCertificate';
import { applyFix, dist, expectFindings, list, run, SHAPES, type Shape } from './shapes';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
const ACM_EU = 'arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

interface Cert { def?: string; acm?: string; iam?: string; ssl?: string; proto?: string; raw?: string }

/** ViewerCertificate with the member names of the shape (ACMCertificateArn vs AcmCertificateArn, …). */
function certificate(shape: Shape, c: Cert, key = '"ViewerCertificate"'): string {
  const api = shape === 'api';
  const members = [
    c.def !== undefined && `"CloudFrontDefaultCertificate": ${c.def}`,
    c.acm !== undefined && `"${api ? 'ACMCertificateArn' : 'AcmCertificateArn'}": ${c.acm}`,
    c.iam !== undefined && `${api ? '"IAMCertificateId"' : '"IamCertificateId"'}: ${c.iam}`,
    c.ssl !== undefined && `"${api ? 'SSLSupportMethod' : 'SslSupportMethod'}": ${c.ssl}`,
    c.proto !== undefined && `"MinimumProtocolVersion": ${c.proto}`,
    c.raw,
  ].filter(Boolean);
  return `${key}: {${members.join(', ')}}`;
}

const good: Cert = { acm: `"${ACM}"`, ssl: '"sni-only"', proto: '"TLSv1.2_2021"' };

const rows: { name: string; aliases?: string[]; aliasKey?: string; cert?: Cert | string; certKey?: string; expect: (shape: Shape) => string[]; says?: RegExp[] }[] = [
  { name: 'aliases with an ACM certificate from us-east-1', aliases: ['"www.example.com"'], cert: good, expect: () => [] },
  { name: 'no aliases and no certificate', expect: () => [] },
  { name: 'no aliases with the default certificate', cert: { def: 'true' }, expect: () => [] },
  {
    name: 'aliases without a ViewerCertificate', aliases: ['"www.example.com"', '"example.com"'], aliasKey: '⟦"Aliases"⟧', expect: () => ['error'],
    says: [/alternate domain names \(www\.example\.com, example\.com\) but no ViewerCertificate.*InvalidViewerCertificate: "To add an alternate domain name \(CNAME\) to a CloudFront distribution, you must attach a trusted certificate/],
  },
  { name: 'aliases with the default certificate', aliases: ['"www.example.com"'], aliasKey: '⟦"Aliases"⟧', cert: { def: 'true' }, expect: () => ['error'], says: [/its ViewerCertificate uses CloudFront's default/] },
  { name: 'an alias from a parameter is still an alias', aliases: ['{"Ref": "DomainName"}'], aliasKey: '⟦"Aliases"⟧', expect: () => ['error'] },
  { name: 'an alias that may vanish (Fn::If) is not claimed', aliases: ['{"Fn::If": ["HasDomain", "www.example.com", {"Ref": "AWS::NoValue"}]}'], expect: () => [] },
  { name: 'an intrinsic ViewerCertificate is unknown', aliases: ['"www.example.com"'], cert: '"ViewerCertificate": {"Fn::If": ["HasCert", {"CloudFrontDefaultCertificate": true}, {"Ref": "AWS::NoValue"}]}', expect: () => [] },
  { name: 'an ACM certificate outside us-east-1', aliases: ['"www.example.com"'], cert: { ...good, acm: `⟦"${ACM_EU}"⟧` }, expect: () => ['error'], says: [/in eu-west-1\. CloudFront only uses ACM certificates in US East \(N\. Virginia\), us-east-1/] },
  { name: 'ACM and IAM together', cert: { ...good, iam: '"ASCAEXAMPLE"' }, certKey: 'iam', expect: () => ['error'], says: [/both an ACM certificate and an IAM certificate/] },
  {
    name: 'a custom certificate without SSLSupportMethod', cert: { acm: `"${ACM}"`, proto: '"TLSv1.2_2021"' }, certKey: 'key', expect: (s) => [s === 'api' ? 'warning' : 'error'],
    says: [/custom certificate but no S(SL|sl)SupportMethod/],
  },
  { name: 'a custom certificate without MinimumProtocolVersion', cert: { acm: `"${ACM}"`, ssl: '"sni-only"' }, certKey: 'key', expect: () => ['warning'], says: [/"TLSv1\.2_2021" is AWS's recommended policy/] },
  { name: 'sni-only with SSLv3', cert: { ...good, proto: '⟦"SSLv3"⟧' }, expect: () => ['error'], says: [/InvalidProtocolSettings/] },
  { name: 'an ACM ARN from a parameter', aliases: ['"www.example.com"'], cert: { ...good, acm: '{"Ref": "CertificateArn"}' }, expect: () => [] },
  { name: 'an ACM certificate in another partition is not judged', aliases: ['"www.example.cn"'], cert: { ...good, acm: '"arn:aws-cn:acm:cn-north-1:123456789012:certificate/abc"' }, expect: () => [] },
  { name: 'values of the wrong type are left to the schema check', aliases: ['"www.example.com"'], cert: { acm: '42', iam: '7' }, aliasKey: '⟦"Aliases"⟧', expect: () => ['error'] },
];

for (const row of rows) {
  test(`cloudfront/aliases-certificate: ${row.name}`, () => {
    for (const shape of SHAPES) {
      const members: string[] = [];
      if (row.aliases) members.push(`${row.aliasKey ?? '"Aliases"'}: ${list(shape, row.aliases)}`);
      if (typeof row.cert === 'string') members.push(row.cert);
      else if (row.cert) {
        let text = certificate(shape, row.cert, row.certKey === 'key' ? '⟦"ViewerCertificate"⟧' : '"ViewerCertificate"');
        if (row.certKey === 'iam') text = text.replace(/("I(AM|am)CertificateId")/, '⟦$1⟧');
        members.push(text);
      }
      expectFindings(aliasesCertificate, dist(shape, { extra: members.join(', ') || undefined }), row.expect(shape), row.says);
    }
  });
}

test('cloudfront/aliases-certificate: the deprecated Certificate/CertificateSource pair names a certificate too', () => {
  const extra = `"Aliases": {"Quantity": 1, "Items": ["www.example.com"]}, "ViewerCertificate": {"Certificate": "${ACM}", "CertificateSource": "acm"}`;
  assert.deepEqual(run(aliasesCertificate, dist('api', { extra })).findings, []);
});

test('cloudfront/aliases-certificate: CloudFormation\'s deprecated CNAMEs count as aliases', () => {
  expectFindings(aliasesCertificate, dist('cfn', { extra: '⟦"CNAMEs"⟧: ["www.example.com"]' }), ['error']);
});

test('cloudfront/aliases-certificate: the fixes add SSLSupportMethod and MinimumProtocolVersion with the shape\'s spelling', () => {
  for (const shape of SHAPES) {
    let text = dist(shape, { extra: certificate(shape, { acm: `"${ACM}"` }) });
    text = applyFix(aliasesCertificate, text);
    text = applyFix(aliasesCertificate, text);
    assert.deepEqual(run(aliasesCertificate, text).findings, []);
    assert.ok(text.includes(shape === 'api' ? '"SSLSupportMethod": "sni-only"' : '"SslSupportMethod": "sni-only"'), text);
    assert.ok(text.includes('"MinimumProtocolVersion": "TLSv1.2_2021"'));
  }
});
