// Feature: where each policy goes, in one table: which CloudFormation properties and AWS CLI inputs hold a policy,
// what kind of policy each is, which API's rules apply (PolicyTarget.api), and the finer destination. IAM treats a
// managed policy (CreatePolicy) differently from an inline one (PutRolePolicy): only the former demands Version
// 2012-10-17, and each has its own size quota (IAMUG reference_iam-quotas). Classification
// (document/classify.ts) reads this table; rules read the destination it records.

import type { PolicyApi, PolicyKind, PolicyTarget } from '../document/classify';

export type PolicyDestination =
  /** CreatePolicy, CreatePolicyVersion, AWS::IAM::ManagedPolicy. */
  | 'managed'
  /** An inline policy of a role, user or group (PutRolePolicy, AWS::IAM::Role Policies, …). */
  | 'inline-role'
  | 'inline-user'
  | 'inline-group'
  /** An inline policy whose entity is not known here (AWS::IAM::Policy attaches to several). */
  | 'inline'
  /** A role's trust policy. */
  | 'trust'
  | 's3-bucket'
  | 'sqs-queue'
  | 'sns-topic'
  | 'kms-key'
  /** A standalone identity policy file: managed or inline, we cannot tell. */
  | 'identity-file'
  /** Any other resource policy. */
  | 'resource-other';

/** One place that receives a policy: which API's rules apply to it, what kind it is, and where it goes. */
export interface PolicyPlace {
  kind: PolicyKind;
  api: PolicyApi;
  destination: PolicyDestination;
}

/** A CloudFormation property that holds a policy. */
export interface TemplatePolicySlot extends PolicyPlace {
  property: string;
}

/**
 * Where each CloudFormation resource type keeps its policies: properties that hold one policy, and for roles,
 * users and groups the `Policies` list of `{PolicyName, PolicyDocument}` items (inline policies of that entity).
 */
export const TEMPLATE_POLICY_PLACES: Readonly<Record<string, { direct?: TemplatePolicySlot[]; policiesList?: PolicyPlace }>> = {
  'AWS::IAM::Role': {
    direct: [{ property: 'AssumeRolePolicyDocument', kind: 'trust', api: 'iam-trust', destination: 'trust' }],
    policiesList: { kind: 'identity', api: 'iam-identity', destination: 'inline-role' },
  },
  'AWS::IAM::User': { policiesList: { kind: 'identity', api: 'iam-identity', destination: 'inline-user' } },
  'AWS::IAM::Group': { policiesList: { kind: 'identity', api: 'iam-identity', destination: 'inline-group' } },
  'AWS::IAM::Policy': { direct: [{ property: 'PolicyDocument', kind: 'identity', api: 'iam-identity', destination: 'inline' }] },
  'AWS::IAM::ManagedPolicy': { direct: [{ property: 'PolicyDocument', kind: 'identity', api: 'iam-identity', destination: 'managed' }] },
  'AWS::IAM::RolePolicy': { direct: [{ property: 'PolicyDocument', kind: 'identity', api: 'iam-identity', destination: 'inline-role' }] },
  'AWS::IAM::UserPolicy': { direct: [{ property: 'PolicyDocument', kind: 'identity', api: 'iam-identity', destination: 'inline-user' }] },
  'AWS::IAM::GroupPolicy': { direct: [{ property: 'PolicyDocument', kind: 'identity', api: 'iam-identity', destination: 'inline-group' }] },
  'AWS::S3::BucketPolicy': { direct: [{ property: 'PolicyDocument', kind: 'resource', api: 's3-bucket', destination: 's3-bucket' }] },
  'AWS::SQS::QueuePolicy': { direct: [{ property: 'PolicyDocument', kind: 'resource', api: 'other', destination: 'sqs-queue' }] },
  'AWS::SNS::TopicPolicy': { direct: [{ property: 'PolicyDocument', kind: 'resource', api: 'other', destination: 'sns-topic' }] },
  'AWS::KMS::Key': { direct: [{ property: 'KeyPolicy', kind: 'resource', api: 'other', destination: 'kms-key' }] },
};

/** A `--cli-input-json` skeleton (as `--generate-cli-skeleton` prints it) that carries a policy. */
export interface CliPolicyPlace extends PolicyPlace {
  /** The member that carries the policy. */
  member: string;
  /** Members that must all be present to recognise the command. */
  requires: string[];
  /** Members whose presence rules the command out. */
  excludes?: string[];
  command: string;
}

/** The CLI commands whose input carries a policy, tried in this order. */
export const CLI_POLICY_PLACES: readonly CliPolicyPlace[] = [
  { member: 'PolicyDocument', requires: ['RoleName', 'PolicyName'], command: 'put-role-policy', kind: 'identity', api: 'iam-identity', destination: 'inline-role' },
  { member: 'PolicyDocument', requires: ['UserName', 'PolicyName'], command: 'put-user-policy', kind: 'identity', api: 'iam-identity', destination: 'inline-user' },
  { member: 'PolicyDocument', requires: ['GroupName', 'PolicyName'], command: 'put-group-policy', kind: 'identity', api: 'iam-identity', destination: 'inline-group' },
  { member: 'PolicyDocument', requires: ['RoleName'], excludes: ['PolicyName'], command: 'update-assume-role-policy', kind: 'trust', api: 'iam-trust', destination: 'trust' },
  { member: 'PolicyDocument', requires: ['PolicyName'], excludes: ['RoleName', 'UserName', 'GroupName'], command: 'create-policy', kind: 'identity', api: 'iam-identity', destination: 'managed' },
  { member: 'PolicyDocument', requires: ['PolicyArn'], command: 'create-policy-version', kind: 'identity', api: 'iam-identity', destination: 'managed' },
  { member: 'AssumeRolePolicyDocument', requires: ['RoleName'], command: 'create-role', kind: 'trust', api: 'iam-trust', destination: 'trust' },
  { member: 'Policy', requires: ['Bucket'], command: 'put-bucket-policy', kind: 'resource', api: 's3-bucket', destination: 's3-bucket' },
  { member: 'Policy', requires: ['KeyId'], command: 'put-key-policy', kind: 'resource', api: 'other', destination: 'kms-key' },
];

/**
 * A policy in a saved output of an AWS CLI command. `path` leads from the output's root to the policy (`*` steps
 * into each item of a list); `requires` and `excludes` recognise the command by the output's top-level members.
 * Where `kind` or `api` is not given, it is inferred from the policy as for a standalone file.
 */
export interface CliOutputPolicyPlace {
  command: string;
  path: readonly string[];
  requires: readonly string[];
  excludes?: readonly string[];
  /** The output has no other top-level members than `requires` (a bare `{"Policy": …}` says little otherwise). */
  exact?: boolean;
  /** The command prints the policy as an object; the same members holding a string are its input form instead. */
  objectOnly?: boolean;
  label: { en: string; ja: string };
  kind?: PolicyKind;
  api?: PolicyApi;
  destination?: PolicyDestination;
}

/** AWS CLI outputs that users keep in repositories, and where their policies are. */
export const CLI_OUTPUT_POLICY_PLACES: readonly CliOutputPolicyPlace[] = [
  { command: 'get-policy-version', exact: true, path: ['PolicyVersion', 'Document'], requires: ['PolicyVersion'], label: { en: 'PolicyVersion.Document', ja: 'PolicyVersion.Document' }, kind: 'identity', api: 'iam-identity', destination: 'managed' },
  { command: 'get-role', exact: true, path: ['Role', 'AssumeRolePolicyDocument'], requires: ['Role'], label: { en: 'Role.AssumeRolePolicyDocument', ja: 'Role.AssumeRolePolicyDocument' }, kind: 'trust', api: 'iam-trust', destination: 'trust' },
  // get-role-policy and its kin print the document as an object; their input form (put-role-policy) holds a string.
  { command: 'get-role-policy', exact: true, objectOnly: true, path: ['PolicyDocument'], requires: ['RoleName', 'PolicyName', 'PolicyDocument'], label: { en: 'PolicyDocument', ja: 'PolicyDocument' }, kind: 'identity', api: 'iam-identity', destination: 'inline-role' },
  { command: 'get-user-policy', exact: true, objectOnly: true, path: ['PolicyDocument'], requires: ['UserName', 'PolicyName', 'PolicyDocument'], label: { en: 'PolicyDocument', ja: 'PolicyDocument' }, kind: 'identity', api: 'iam-identity', destination: 'inline-user' },
  { command: 'get-group-policy', exact: true, objectOnly: true, path: ['PolicyDocument'], requires: ['GroupName', 'PolicyName', 'PolicyDocument'], label: { en: 'PolicyDocument', ja: 'PolicyDocument' }, kind: 'identity', api: 'iam-identity', destination: 'inline-group' },
  { command: 'get-key-policy', exact: true, path: ['Policy'], requires: ['Policy', 'PolicyName'], label: { en: 'Policy', ja: 'Policy' }, kind: 'resource', api: 'other', destination: 'kms-key' },
  // get-bucket-policy prints only `Policy`; an older get-key-policy did too, so the kind comes from the policy.
  { command: 'get-bucket-policy', exact: true, path: ['Policy'], requires: ['Policy'], label: { en: 'Policy', ja: 'Policy' }, kind: 'resource' },
  { command: 'get-account-authorization-details', path: ['UserDetailList', '*', 'UserPolicyList', '*', 'PolicyDocument'], requires: ['UserDetailList'], label: { en: 'a user\'s inline policy', ja: 'ユーザーのインラインポリシー' }, kind: 'identity', api: 'iam-identity', destination: 'inline-user' },
  { command: 'get-account-authorization-details', path: ['GroupDetailList', '*', 'GroupPolicyList', '*', 'PolicyDocument'], requires: ['GroupDetailList'], label: { en: 'a group\'s inline policy', ja: 'グループのインラインポリシー' }, kind: 'identity', api: 'iam-identity', destination: 'inline-group' },
  { command: 'get-account-authorization-details', path: ['RoleDetailList', '*', 'AssumeRolePolicyDocument'], requires: ['RoleDetailList'], label: { en: 'a role\'s trust policy', ja: 'ロールの信頼ポリシー' }, kind: 'trust', api: 'iam-trust', destination: 'trust' },
  { command: 'get-account-authorization-details', path: ['RoleDetailList', '*', 'RolePolicyList', '*', 'PolicyDocument'], requires: ['RoleDetailList'], label: { en: 'a role\'s inline policy', ja: 'ロールのインラインポリシー' }, kind: 'identity', api: 'iam-identity', destination: 'inline-role' },
  { command: 'get-account-authorization-details', path: ['Policies', '*', 'PolicyVersionList', '*', 'Document'], requires: ['Policies'], label: { en: 'a managed policy version', ja: '管理ポリシーのバージョン' }, kind: 'identity', api: 'iam-identity', destination: 'managed' },
];

/** A standalone policy file: managed or inline cannot be told for an identity policy; a resource policy by its API. */
export function fileDestination(kind: PolicyKind, api: PolicyApi): PolicyDestination {
  if (kind === 'trust') return 'trust';
  if (kind === 'identity') return 'identity-file';
  return api === 's3-bucket' ? 's3-bucket' : 'resource-other';
}

/** Called by rules that depend on the receiving API. Decided once, when the policy is found (document/classify.ts). */
export function destinationOf(target: PolicyTarget): PolicyDestination {
  return target.destination;
}

/** Whether the policy goes to the IAM API (identity and trust policies), whose messages moto reproduces. */
export function isIamApi(target: PolicyTarget): boolean {
  return target.api === 'iam-identity' || target.api === 'iam-trust';
}

/** Whether the policy sits in a CloudFormation template. */
export function isCloudFormation(target: PolicyTarget): boolean {
  return target.origin.source === 'cloudformation';
}
