// Rule: iam/unknown-region. A Resource or NotResource ARN whose Region field names a Region that does not exist,
// or one of another partition (`arn:aws:…:cn-north-1:…`). IAM stores such a policy, but the entry matches no
// resource, because no resource has that ARN; Access Analyzer reports INVALID_ARN_REGION. The Regions come from
// iam/regions.ts (data with its source and date); a Region opened after that date would be reported wrongly, so
// the finding is a warning that names the date. Wildcards, policy variables and the isolated partitions' Regions
// are not judged.

import { pick, type Localized } from '../../util/i18n';
import { splitArn } from '../../iam/grammar';
import { REGIONS_CHECKED_ON, regionInfo } from '../../iam/regions';
import type { Finding } from '../../types';
import type { Rule } from '../types';
import { finding, quote } from './support';

const RULE = 'iam/unknown-region';

const TEXT: Localized<{ unknown: (region: string) => string; partition: (region: string, written: string, actual: string) => string }> = {
  en: {
    unknown: (r) => `${quote(r)} is not an AWS Region (Regions as of ${REGIONS_CHECKED_ON}), so this ARN matches no resource (Access Analyzer INVALID_ARN_REGION). Check the Region name.`,
    partition: (r, written, actual) => `${quote(r)} is a Region of the ${actual} partition, not ${written}, so this ARN matches no resource (Access Analyzer INVALID_ARN_REGION). Use arn:${actual}:….`,
  },
  ja: {
    unknown: (r) => `${quote(r)} は AWS リージョンではないため（${REGIONS_CHECKED_ON} 時点のリージョン）、この ARN はどのリソースにも一致しません（Access Analyzer INVALID_ARN_REGION）。リージョン名を確認してください。`,
    partition: (r, written, actual) => `${quote(r)} は ${written} ではなく ${actual} パーティションのリージョンのため、この ARN はどのリソースにも一致しません（Access Analyzer INVALID_ARN_REGION）。arn:${actual}:… を使ってください。`,
  },
};

export const unknownRegion: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Region that does not exist', ja: '存在しないリージョン' },
    severity: 'warning',
    description: {
      en: 'A resource ARN names a Region that does not exist, or a Region of another partition (a China or GovCloud Region ' +
        'in an arn:aws: ARN). The entry matches no resource. The Region list is dated; isolated partitions are not checked ' +
        '(aws-iam-language-server: INVALID_REGION).',
      ja: 'リソース ARN が存在しないリージョン、または別のパーティションのリージョン（arn:aws: の ARN に中国や GovCloud のリージョン）を' +
        '指しています。この項目はどのリソースにも一致しません。リージョン一覧には日付があり、分離パーティションは確認しません。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
      'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html',
      'https://github.com/aws/aws-sdk-js-v3/blob/main/packages/util-endpoints/src/lib/aws/partitions.json',
    ],
    accessAnalyzerCode: 'INVALID_ARN_REGION',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-3:111122223333:orders"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"arn:aws:sqs:us-east-2:111122223333:orders"}]}',
    },
    fix: { en: 'Correct the Region, or use "*" for any Region.', ja: 'リージョンを直すか、任意のリージョンなら "*" を使ってください。' },
  },
  statement(ctx) {
    const s = ctx.statement;
    const t = pick(TEXT, ctx.options.locale);
    const found: Finding[] = [];
    for (const item of [...(s.resource?.strings ?? []), ...(s.notResource?.strings ?? [])]) {
      const arn = splitArn(item.value);
      if (!arn || arn.prefix !== 'arn' || !/^[a-z0-9-]+$/.test(arn.region) || !/^[a-z-]+\d$/.test(arn.region)) continue;
      const info = regionInfo(arn.region);
      if (info.kind === 'isolated') continue;
      const start = 'arn:'.length + arn.partition.length + 1 + arn.service.length + 1;
      const span = ctx.valueSpan(item.node, start, start + arn.region.length);
      if (info.kind === 'unknown') found.push(finding(RULE, 'warning', t.unknown(arn.region), span));
      else if (/^aws(-cn|-us-gov)?$/.test(arn.partition) && arn.partition !== info.partition) found.push(finding(RULE, 'warning', t.partition(arn.region, arn.partition, info.partition), span));
    }
    return found;
  },
};
