// Rule: iam/wildcard-in-service. A wildcard in the service prefix of an action, such as "s3*:Get*" or
// "*:Describe*", matches every service whose name fits, including services added later. Access Analyzer
// suggests avoiding it (WILDCARD_IN_SERVICE_NAME in its policy check reference). The whole "*" is not
// reported: it means every action on purpose.

import { pick, type Localized } from '../../util/i18n';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { finding, quote } from './support';

const RULE = 'iam/wildcard-in-service';

const TEXT: Localized<(value: string) => string> = {
  en: (v) => `${quote(v)} has a wildcard in the service prefix, so it also matches other services whose names fit, including future ones (Access Analyzer WILDCARD_IN_SERVICE_NAME). Name the service.`,
  ja: (v) => `${quote(v)} はサービスプレフィックスにワイルドカードがあるため、名前が一致する他のサービス（将来のものを含む）にも一致します（Access Analyzer WILDCARD_IN_SERVICE_NAME）。サービスを明示してください。`,
};

export const wildcardInService: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Wildcard in an action\'s service prefix', ja: 'アクションのサービスプレフィックスにワイルドカード' },
    severity: 'info',
    description: {
      en: 'An action such as "*:Describe*" or "s3*:Get*" uses a wildcard in the service prefix and matches other ' +
        'services, present and future, whose names fit.',
      ja: '"*:Describe*" や "s3*:Get*" のようにサービスプレフィックスにワイルドカードを使うアクションは、名前が一致する他のサービス' +
        '（現在と将来のもの）にも一致します。',
    },
    appliesTo: ['iam-policy'],
    sources: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html'],
    accessAnalyzerCode: 'WILDCARD_IN_SERVICE_NAME',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*:Describe*","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["ec2:Describe*","rds:Describe*"],"Resource":"*"}]}',
    },
    fix: {
      en: 'Write one action pattern per service.',
      ja: 'サービスごとにアクションのパターンを書いてください。',
    },
  },
  statement(ctx) {
    const s = ctx.statement;
    const text = pick(TEXT, ctx.options.locale);
    const findings: Finding[] = [];
    for (const element of [s.action, s.notAction]) {
      for (const item of element?.strings ?? []) {
        // Only a value with a wildcard can have one in its service prefix.
        if (!item.value.includes('*') && !item.value.includes('?')) continue;
        const parts = item.value.split(':');
        if (parts.length !== 2 || !/[*?]/.test(parts[0])) continue;
        findings.push(finding(RULE, 'info', text(item.value), ctx.valueSpan(item.node, 0, parts[0].length)));
      }
    }
    return findings;
  },
};
