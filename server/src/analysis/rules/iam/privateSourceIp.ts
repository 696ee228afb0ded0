// Rule: iam/private-source-ip. aws:SourceIp holds the public address a request comes from; requests through a
// VPC endpoint carry no public address, so a condition that names only private ranges (10.0.0.0/8,
// 172.16.0.0/12, 192.168.0.0/16) never matches with IpAddress and always matches with NotIpAddress. Access
// Analyzer reports PRIVATE_IP_ADDRESS / PRIVATE_NOTIPADDRESS when every range is private and the *_SUBSET
// suggestions when some are (its policy check reference). aws:VpcSourceIp is the key for private
// addresses.

import { pick, type Localized } from '../../util/i18n';
import { isPrivateRange, parseCidr } from '../../iam/conditionValues';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { finding } from './support';

const RULE = 'iam/private-source-ip';

const TEXT: Localized<{ all: (negated: boolean) => string; some: (negated: boolean) => string }> = {
  en: {
    all: (n) => `aws:SourceIp is only ever a public address, and every range here is private, so this ${n ? 'NotIpAddress condition always matches' : 'condition never matches'} (Access Analyzer ${n ? 'PRIVATE_NOTIPADDRESS' : 'PRIVATE_IP_ADDRESS'}). Use aws:VpcSourceIp for addresses inside a VPC.`,
    some: (n) => `aws:SourceIp is only ever a public address, so the private ranges here have no effect (Access Analyzer ${n ? 'PRIVATE_NOTIPADDRESS_SUBSET' : 'PRIVATE_IP_ADDRESS_SUBSET'}). Use aws:VpcSourceIp for addresses inside a VPC.`,
  },
  ja: {
    all: (n) => `aws:SourceIp は常にパブリックアドレスですが、ここの範囲はすべてプライベートなので、この${n ? ' NotIpAddress 条件は常に一致します' : '条件は一致しません'}（Access Analyzer ${n ? 'PRIVATE_NOTIPADDRESS' : 'PRIVATE_IP_ADDRESS'}）。VPC 内のアドレスには aws:VpcSourceIp を使ってください。`,
    some: (n) => `aws:SourceIp は常にパブリックアドレスなので、ここのプライベートな範囲は効果がありません（Access Analyzer ${n ? 'PRIVATE_NOTIPADDRESS_SUBSET' : 'PRIVATE_IP_ADDRESS_SUBSET'}）。VPC 内のアドレスには aws:VpcSourceIp を使ってください。`,
  },
};

export const privateSourceIp: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Private range in aws:SourceIp', ja: 'aws:SourceIp にプライベートな範囲' },
    severity: 'warning',
    description: {
      en: 'aws:SourceIp is the public address of a request; private ranges never appear in it. A condition with only ' +
        'private ranges never matches (IpAddress) or always matches (NotIpAddress). Use aws:VpcSourceIp for VPC addresses.',
      ja: 'aws:SourceIp はリクエストのパブリックアドレスで、プライベートな範囲は現れません。プライベートな範囲だけの条件は、' +
        '一致しない（IpAddress）か常に一致します（NotIpAddress）。VPC 内のアドレスには aws:VpcSourceIp を使ってください。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip',
    ],
    accessAnalyzerCode: 'PRIVATE_IP_ADDRESS',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:VpcSourceIp":"10.0.0.0/8"}}}]}',
    },
    fix: {
      en: 'Test private ranges with aws:VpcSourceIp, and public ones with aws:SourceIp.',
      ja: 'プライベートな範囲は aws:VpcSourceIp で、パブリックな範囲は aws:SourceIp で判定してください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const text = pick(TEXT, ctx.options.locale);
    const findings: Finding[] = [];
    for (const op of s.condition?.operators ?? []) {
      if (op.operator.family !== 'IpAddress') continue;
      const negated = op.operator.base === 'NotIpAddress';
      for (const key of op.keys) {
        if (key.name.toLowerCase() !== 'aws:sourceip' || key.unknown.length > 0 || !key.value) continue;
        const ranges = key.values.map((v) => parseCidr(v.text));
        if (ranges.length === 0 || ranges.some((r) => r === undefined)) continue;
        const privateCount = ranges.filter((r) => isPrivateRange(r!)).length;
        if (privateCount === ranges.length) findings.push(finding(RULE, 'warning', text.all(negated), ctx.span(key.key)));
        else if (privateCount > 0) findings.push(finding(RULE, 'info', text.some(negated), ctx.span(key.key)));
      }
    }
    return findings;
  },
};
