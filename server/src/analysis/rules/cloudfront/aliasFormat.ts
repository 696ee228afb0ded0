// Rule: cloudfront/alias-format. An alternate domain name (an item of Aliases) must be a domain name CloudFront
// accepts. The Developer Guide states that alternate domain names must be lowercase ("Requirements for using
// alternate domain names") and that a wildcard must be the whole leftmost label, written `*.` at the start ("Use
// wildcards in alternate domain names": not `*domain.example.com`, not `subdomain.*.example.com`). The labels follow
// the host-name rules of DNS (RFC 1123: letters, digits and hyphens, no hyphen at either end of a label, 63
// characters per label, 253 in all), which cfn-lint's E3013 also enforces. A trailing dot makes CloudFront's
// certificate check fail ("The certificate that is attached to your distribution doesn't cover the alternate domain
// name", widdix/aws-cf-templates#443). Upper case is a warning: the requirement is documented, but no rejection text
// is known, so the rule does not claim one.

import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { pick, type Localized } from '../../util/i18n';
import { asString, isIntrinsic, items, spanOf } from '../../source/access';
import type { Finding } from '../../types';
import type { DistributionContext, Rule } from '../types';

const RULE = 'cloudfront/alias-format';

type Problem =
  | { kind: 'space' }
  | { kind: 'trailing-dot' }
  | { kind: 'wildcard-middle' }
  | { kind: 'wildcard-partial' }
  | { kind: 'character'; character: string }
  | { kind: 'hyphen'; label: string }
  | { kind: 'empty-label' }
  | { kind: 'label-length'; label: string }
  | { kind: 'length'; length: number }
  | { kind: 'uppercase'; lower: string };

const TEXT: Localized<{
  problem: (k: KeyName, alias: string, p: Problem) => string;
  lower: (lower: string) => string;
  trim: (fixed: string) => string;
}> = {
  en: {
    problem: (k, alias, p) => {
      const name = `${k('Aliases')} item ${JSON.stringify(alias)}`;
      switch (p.kind) {
        case 'space': return `${name} has white space around or inside it; a domain name cannot contain spaces.`;
        case 'trailing-dot': return `${name} ends with a dot. CloudFront's certificate check fails on it ("doesn't cover the alternate domain name"); write the name without the final dot.`;
        case 'wildcard-middle': return `${name} has a wildcard in the middle. A wildcard must be the whole first label (*.example.com), never a later one.`;
        case 'wildcard-partial': return `${name} uses * inside a label. A wildcard must be a label of its own at the start (*.example.com).`;
        case 'character': return `${name} contains ${JSON.stringify(p.character)}. Domain names hold only letters, digits, hyphens and dots.`;
        case 'hyphen': return `${name} has the label "${p.label}", which starts or ends with a hyphen; DNS host names do not allow that.`;
        case 'empty-label': return `${name} has an empty label (two dots in a row or a leading dot).`;
        case 'label-length': return `${name} has a label of ${p.label.length} characters; DNS allows at most 63.`;
        case 'length': return `${name} is ${p.length} characters long; a domain name has at most 253.`;
        case 'uppercase': return `${name} has upper-case letters. CloudFront requires alternate domain names in lower case: write ${JSON.stringify(p.lower)}.`;
      }
    },
    lower: (lower) => `Write ${JSON.stringify(lower)}`,
    trim: (fixed) => `Write ${JSON.stringify(fixed)}`,
  },
  ja: {
    problem: (k, alias, p) => {
      const name = `${k('Aliases')} の項目 ${JSON.stringify(alias)}`;
      switch (p.kind) {
        case 'space': return `${name} の前後または途中に空白があります。ドメイン名に空白は使えません。`;
        case 'trailing-dot': return `${name} の末尾にドットがあります。CloudFront の証明書チェックが失敗します（"doesn't cover the alternate domain name"）。末尾のドットを外してください。`;
        case 'wildcard-middle': return `${name} の途中にワイルドカードがあります。ワイルドカードは先頭のラベル全体（*.example.com）にしか使えません。`;
        case 'wildcard-partial': return `${name} はラベルの一部に * を使っています。ワイルドカードは先頭の独立したラベル（*.example.com）にしてください。`;
        case 'character': return `${name} に ${JSON.stringify(p.character)} が含まれています。ドメイン名に使えるのは英字、数字、ハイフン、ドットだけです。`;
        case 'hyphen': return `${name} のラベル "${p.label}" はハイフンで始まるか終わっています。DNS のホスト名では使えません。`;
        case 'empty-label': return `${name} に空のラベルがあります（ドットの連続または先頭のドット）。`;
        case 'label-length': return `${name} に ${p.label.length} 文字のラベルがあります。DNS の上限は 63 文字です。`;
        case 'length': return `${name} は ${p.length} 文字です。ドメイン名の上限は 253 文字です。`;
        case 'uppercase': return `${name} に大文字があります。CloudFront の代替ドメイン名は小文字でなければなりません: ${JSON.stringify(p.lower)} と書いてください。`;
      }
    },
    lower: (lower) => `${JSON.stringify(lower)} にする`,
    trim: (fixed) => `${JSON.stringify(fixed)} にする`,
  },
};

/** The first problem of an alternate domain name, in the order a user would fix them; undefined for a valid name. */
export function aliasProblem(alias: string): Problem | undefined {
  if (/\s/.test(alias)) return { kind: 'space' };
  if (alias.length > 1 && alias.endsWith('.') && !alias.endsWith('..')) return { kind: 'trailing-dot' };
  const labels = alias.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.includes('*')) {
      if (label !== '*') return { kind: 'wildcard-partial' };
      if (i > 0) return { kind: 'wildcard-middle' };
    }
  }
  const bad = /[^A-Za-z0-9.*-]/.exec(alias);
  if (bad) return { kind: 'character', character: bad[0] };
  for (const label of labels) {
    if (label === '') return { kind: 'empty-label' };
    if (label.startsWith('-') || label.endsWith('-')) return { kind: 'hyphen', label };
    if (label.length > 63) return { kind: 'label-length', label };
  }
  if (alias.length > 253) return { kind: 'length', length: alias.length };
  if (alias !== alias.toLowerCase()) return { kind: 'uppercase', lower: alias.toLowerCase() };
  return undefined;
}

function check(ctx: DistributionContext): Finding[] {
  const t = pick(TEXT, ctx.options.locale);
  const k = keyNames(ctx.spelling);
  const findings: Finding[] = [];
  for (const item of items(ctx.dist.aliases?.array)) {
    if (isIntrinsic(item)) continue;
    const alias = asString(item);
    if (alias === undefined) continue;
    const problem = aliasProblem(alias);
    if (!problem) continue;
    const fixed = problem.kind === 'uppercase' ? problem.lower
      : problem.kind === 'space' && !/\s/.test(alias.trim()) ? alias.trim()
        : problem.kind === 'trailing-dot' ? alias.slice(0, -1) : undefined;
    // A fixed name is offered only when the fix leaves a valid name (`" Example.com."` needs more than one step).
    const offer = fixed !== undefined && (aliasProblem(fixed) === undefined || aliasProblem(fixed)?.kind === 'uppercase');
    findings.push({
      rule: RULE,
      severity: problem.kind === 'uppercase' ? 'warning' : 'error',
      message: t.problem(k, alias, problem),
      span: spanOf(item),
      fixes: offer && fixed !== undefined
        ? [{ title: problem.kind === 'uppercase' ? t.lower(fixed) : t.trim(fixed), edits: [ctx.edits.replaceValue(item, fixed)], isPreferred: true }]
        : [],
    });
  }
  return findings;
}

export const aliasFormat: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Alternate domain name is not a valid domain name', ja: '代替ドメイン名が有効なドメイン名ではない' },
    severity: 'error',
    description: {
      en: 'Each alternate domain name (Aliases item) must be a lower-case DNS host name: letters, digits and hyphens in ' +
        'labels of at most 63 characters, no hyphen at either end of a label, and a wildcard only as the whole first ' +
        'label (*.example.com). White space, a trailing dot or a wildcard in the middle make CloudFront refuse it; ' +
        'upper case is a warning.',
      ja: '代替ドメイン名（Aliases の各項目）は小文字の DNS ホスト名でなければなりません。ラベルは英字・数字・ハイフンで ' +
        '63 文字以内、先頭と末尾にハイフンは使えず、ワイルドカードは先頭のラベル全体（*.example.com）だけです。空白、' +
        '末尾のドット、途中のワイルドカードは CloudFront に拒否されます。大文字は警告です。',
    },
    appliesTo: ['cloudfront-distribution'],
    sources: [
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/alternate-domain-names-wildcard.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html#alternate-domain-names-requirements',
      'https://github.com/widdix/aws-cf-templates/issues/443',
      'https://www.rfc-editor.org/rfc/rfc1123#section-2.1',
    ],
    example: {
      bad: '{"DistributionConfig":{"CallerReference":"r","Comment":"","Enabled":true,"Aliases":{"Quantity":1,"Items":["email.*.example.com"]},' +
        '"Origins":{"Quantity":1,"Items":[{"Id":"o","DomainName":"example.com","CustomOriginConfig":{"HTTPPort":80,"HTTPSPort":443,"OriginProtocolPolicy":"https-only"}}]},' +
        '"DefaultCacheBehavior":{"TargetOriginId":"o","ViewerProtocolPolicy":"redirect-to-https","CachePolicyId":"658327ea-f89d-4fab-a63d-7e88639e58f6"},' +
        '"ViewerCertificate":{"ACMCertificateArn":"arn:aws:acm:us-east-1:111122223333:certificate/abc","SSLSupportMethod":"sni-only","MinimumProtocolVersion":"TLSv1.2_2021"}}}',
      good: '{"DistributionConfig":{"CallerReference":"r","Comment":"","Enabled":true,"Aliases":{"Quantity":1,"Items":["*.example.com"]},' +
        '"Origins":{"Quantity":1,"Items":[{"Id":"o","DomainName":"example.com","CustomOriginConfig":{"HTTPPort":80,"HTTPSPort":443,"OriginProtocolPolicy":"https-only"}}]},' +
        '"DefaultCacheBehavior":{"TargetOriginId":"o","ViewerProtocolPolicy":"redirect-to-https","CachePolicyId":"658327ea-f89d-4fab-a63d-7e88639e58f6"},' +
        '"ViewerCertificate":{"ACMCertificateArn":"arn:aws:acm:us-east-1:111122223333:certificate/abc","SSLSupportMethod":"sni-only","MinimumProtocolVersion":"TLSv1.2_2021"}}}',
    },
    fix: {
      en: 'Write the name in lower case without spaces or a final dot; use a wildcard only as "*." at the start.',
      ja: '空白と末尾のドットを除いた小文字で書き、ワイルドカードは先頭の "*." だけにしてください。',
    },
  },
  distribution: (_dist, ctx) => check(ctx),
};
