// Feature: the AWS Regions that exist, by partition, as data. Taken from the AWS SDK for JavaScript's partition
// table (aws/aws-sdk-js-v3, packages/util-endpoints/src/lib/aws/partitions.json at commit 685ff5d0), with the two
// Regions AWS opened after it: ap-east-2 (Asia Pacific (Taipei), AWS What's New 2025-06) and ap-southeast-6 (Asia
// Pacific (New Zealand), 2025-09). Checked on 2026-12-06. Regions of the isolated partitions (aws-iso*, aws-eusc)
// change without public notice, so only their naming pattern is checked. When AWS opens a Region, add it here.

export const REGIONS_CHECKED_ON = '2026-12-06';

/** The Regions of the public, China and GovCloud partitions. */
export const REGIONS_BY_PARTITION: Readonly<Record<string, readonly string[]>> = {
  aws: [
    'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
    'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1',
    'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1', 'sa-east-1', 'us-east-1',
    'us-east-2', 'us-west-1', 'us-west-2',
  ],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
};

/** Naming patterns of the isolated partitions' Regions (from the same table's regionRegex). */
const ISOLATED_REGION = /^(us-iso-|us-isob-|eu-isoe-|us-isof-|eusc-de-)[a-z]+-\d+$/;

const PARTITION_OF = new Map<string, string>();
for (const [partition, regions] of Object.entries(REGIONS_BY_PARTITION)) for (const r of regions) PARTITION_OF.set(r, partition);

/**
 * What is known of a Region name: `known` with its partition, `isolated` for a name in an isolated partition's
 * pattern, `unknown` otherwise. Region names are lower case; any other case is unknown.
 */
export function regionInfo(region: string): { kind: 'known'; partition: string } | { kind: 'isolated' } | { kind: 'unknown' } {
  const partition = PARTITION_OF.get(region);
  if (partition) return { kind: 'known', partition };
  if (ISOLATED_REGION.test(region)) return { kind: 'isolated' };
  return { kind: 'unknown' };
}
