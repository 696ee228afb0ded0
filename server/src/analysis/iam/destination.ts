// Feature: where a policy will be sent, in finer grain than PolicyTarget.api. IAM treats a managed policy
// (CreatePolicy) differently from an inline one (PutRolePolicy): only the former demands Version
// 2012-10-17 (moto's IAM policy validator, whose cases were captured from AWS), and each has its own size quota
// (IAMUG reference_iam-quotas).

import type { PolicyTarget } from '../classify';

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

const CLI: Record<string, PolicyDestination> = {
  'create-policy': 'managed',
  'create-policy-version': 'managed',
  'put-role-policy': 'inline-role',
  'put-user-policy': 'inline-user',
  'put-group-policy': 'inline-group',
  'create-role': 'trust',
  'update-assume-role-policy': 'trust',
  'put-bucket-policy': 's3-bucket',
  'put-key-policy': 'kms-key',
};

const CLOUDFORMATION: Record<string, PolicyDestination> = {
  'AWS::IAM::ManagedPolicy': 'managed',
  'AWS::IAM::RolePolicy': 'inline-role',
  'AWS::IAM::UserPolicy': 'inline-user',
  'AWS::IAM::GroupPolicy': 'inline-group',
  'AWS::IAM::Policy': 'inline',
  'AWS::S3::BucketPolicy': 's3-bucket',
  'AWS::SQS::QueuePolicy': 'sqs-queue',
  'AWS::SNS::TopicPolicy': 'sns-topic',
  'AWS::KMS::Key': 'kms-key',
};

/** Called by rules that depend on the receiving API. Never throws. */
export function destinationOf(target: PolicyTarget): PolicyDestination {
  if (target.kind === 'trust') return 'trust';
  const origin = target.origin;
  if (origin.source === 'cli') return CLI[origin.command] ?? fallback(target);
  if (origin.source === 'cloudformation') {
    if (origin.property === 'Policies') {
      if (origin.resourceType === 'AWS::IAM::Role') return 'inline-role';
      if (origin.resourceType === 'AWS::IAM::User') return 'inline-user';
      if (origin.resourceType === 'AWS::IAM::Group') return 'inline-group';
    }
    return CLOUDFORMATION[origin.resourceType] ?? fallback(target);
  }
  return fallback(target);
}

function fallback(target: PolicyTarget): PolicyDestination {
  if (target.kind === 'identity') return 'identity-file';
  return target.api === 's3-bucket' ? 's3-bucket' : 'resource-other';
}

/** Whether the policy goes to the IAM API (identity and trust policies), whose messages moto reproduces. */
export function isIamApi(target: PolicyTarget): boolean {
  return target.api === 'iam-identity' || target.api === 'iam-trust';
}

/** Whether the policy sits in a CloudFormation template. */
export function isCloudFormation(target: PolicyTarget): boolean {
  return target.origin.source === 'cloudformation';
}
