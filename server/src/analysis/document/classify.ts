// Feature: classification. Finds what a JSON document holds: CloudFront distribution configs in the
// API form or inside CloudFormation, IAM and resource policies (whole files, objects, or JSON strings
// in CLI input skeletons and templates), and invalidation batches. Anything else yields an empty model,
// so package.json, tsconfig.json and settings files get no diagnostics at all.

import { asString, entries, isIntrinsic, isObject, items, prop, type Node } from '../source/access';
import { parseJson, type SyntaxError } from '../json/parse';
import type { Localized } from '../util/i18n';
import type { DocumentKind, Span } from '../types';
import { embeddedJsonEdits, jsonIsClosed } from '../json/frontEnd';
import { NESTING_TOO_DEEP, type SourceDocument, type SourceEdits } from '../source/frontEnd';
import { CLI_OUTPUT_POLICY_PLACES, CLI_POLICY_PLACES, fileDestination, TEMPLATE_POLICY_PLACES, type PolicyDestination, type PolicyPlace } from '../iam/destination';

/** The API whose rejection message applies to a policy. */
export type PolicyApi =
  /** PutRolePolicy, PutUserPolicy, PutGroupPolicy, CreatePolicy and their CloudFormation resources. */
  | 'iam-identity'
  /** CreateRole and UpdateAssumeRolePolicy (a role's trust policy). */
  | 'iam-trust'
  /** S3 PutBucketPolicy. */
  | 's3-bucket'
  /** Another service's resource policy (SQS, SNS, KMS, …), or a standalone file of unknown destination. */
  | 'other';

export type PolicyKind = 'identity' | 'resource' | 'trust';

/**
 * Where a policy comes from: which API or CloudFormation property receives it. Rules use it for what the
 * generic `api` cannot tell apart, such as a managed policy (CreatePolicy) versus an inline one
 * (PutRolePolicy), and for the quota that applies.
 */
export type PolicyOrigin =
  /** A standalone policy file, passed with `file://` to an API we cannot know. */
  | { source: 'file' }
  /** A `--cli-input-json` skeleton of this AWS CLI command, such as `put-role-policy`. */
  | {
    source: 'cli';
    command: string;
    /**
     * A saved output of the command (`aws iam get-role-policy … > file.json`) rather than its input: the policy
     * exists in AWS already, and is checked as what it would be if sent again.
     */
    output?: boolean;
    /** An AWS managed policy (its ARN is `arn:aws:iam::aws:policy/…`), which may exceed customer-managed quotas. */
    awsManaged?: boolean;
  }
  /**
   * A property of a CloudFormation resource. `policyIndex` is the position in a `Policies` list, for
   * inline policies of a role, user or group.
   */
  | { source: 'cloudformation'; resourceType: string; logicalId: string; property: string; policyIndex?: number };

export interface PolicyTarget {
  kind: PolicyKind;
  api: PolicyApi;
  origin: PolicyOrigin;
  /** A short human description of where the policy sits, such as `PolicyDocument of a put-role-policy input`. */
  context: Localized<string>;
  /**
   * How the policy is held: the whole document sent as written (a `file://` policy), an object in the document's
   * tree (inside a template or input, or a whole YAML/HCL document, which AWS never receives as written), or a
   * string whose value is the policy's JSON text.
   */
  embedding: 'document' | 'object' | 'string';
  /** The policy's own text: the document, or the decoded string. */
  text: string;
  /** The policy's root node, in coordinates of `text`. */
  root: Node | undefined;
  /** Syntax errors of a policy held in a string, in coordinates of `text`. */
  syntaxErrors: SyntaxError[];
  /** Maps a span of `text` to a span of the document. */
  toDocument: (span: Span) => Span;
  /**
   * The inverse of `toDocument` for one position: the offset of `text` that a document offset stands for.
   * Undefined where no offset of `text` corresponds: outside the string literal, at or before its opening
   * quote, after its closing quote, and inside an escape sequence such as `\"`, `\\` or `\u0041`.
   */
  fromDocument: (offset: number) => number | undefined;
  /** The node in the document that holds the policy (the string literal, the object, or the root). */
  holder: Node;
  /**
   * How fixes are written for this policy's nodes: the document's own writer when the policy is the document or an
   * object in it, and for a policy held in a string, JSON written for the decoded text, encoded for the string and
   * mapped to the document.
   */
  edits: SourceEdits;
  /** Where the policy goes, in finer grain than `api` (iam/destination.ts). */
  destination: PolicyDestination;
  /** Whether an object or array node of the policy is finished in its text (see `SourceDocument.isClosed`). */
  isClosed: (node: Node) => boolean;
}

export interface DistributionTarget {
  shape: 'api' | 'cloudformation';
  /** The DistributionConfig object node. */
  config: Node;
  /** The CloudFormation logical id, for templates. */
  logicalId?: string;
}

export interface InvalidationTarget {
  /** The InvalidationBatch object node (with Paths and CallerReference). */
  batch: Node;
}

export interface DocumentModel {
  kinds: DocumentKind[];
  distributions: DistributionTarget[];
  policies: PolicyTarget[];
  invalidations: InvalidationTarget[];
}

const identityMap = (span: Span): Span => span;
const identityOffset = (offset: number): number => offset;

/** Called by parseDocument. Never throws; returns an empty model for unrelated JSON. */
export function classify(source: SourceDocument): DocumentModel {
  const { root } = source;
  const model: DocumentModel = { kinds: [], distributions: [], policies: [], invalidations: [] };
  if (!root && source.syntaxErrors.some((e) => e.code === NESTING_TOO_DEEP)) {
    // What the document is cannot be told; that it could not be read is said (json/syntax) instead of nothing.
    model.kinds = ['unreadable'];
    return model;
  }
  if (!isObject(root)) return model;
  const kinds = new Set<DocumentKind>();

  if (isCloudFormationTemplate(root)) {
    kinds.add('cloudformation-template');
    collectFromTemplate(source, root, model);
  } else {
    const config = findApiDistributionConfig(root);
    if (config) model.distributions.push({ shape: 'api', config });
    const batch = findInvalidationBatch(root);
    if (batch) model.invalidations.push({ batch });
    if (!config && !batch) {
      if (looksLikePolicy(root)) {
        model.policies.push(documentPolicy(source, root));
      } else if (collectFromCliOutput(source, root, model) || collectFromCliInput(source, root, model)) {
        kinds.add('cli-input');
      }
    }
  }
  if (model.distributions.length) kinds.add('cloudfront-distribution');
  if (model.policies.length) kinds.add('iam-policy');
  if (model.invalidations.length) kinds.add('cloudfront-invalidation');
  model.kinds = [...kinds];
  return model;
}

// ---- CloudFront ---------------------------------------------------------------------------------

function looksLikeDistributionConfig(node: Node | undefined): node is Node {
  return isObject(node) && isObject(prop(node, 'DefaultCacheBehavior')) &&
    (prop(node, 'Origins') !== undefined || prop(node, 'CallerReference') !== undefined);
}

/**
 * The API accepts and returns a distribution config in several wrappers: the bare config
 * (`create-distribution --distribution-config file://…`), `{"DistributionConfig": …}`, the
 * `get-distribution-config` output with its ETag, `get-distribution` output, and the
 * `create-distribution-with-tags` input.
 */
function findApiDistributionConfig(root: Node): Node | undefined {
  if (looksLikeDistributionConfig(root)) return root;
  const candidates = [
    prop(root, 'DistributionConfig'),
    prop(prop(root, 'Distribution'), 'DistributionConfig'),
    prop(prop(root, 'DistributionConfigWithTags'), 'DistributionConfig'),
  ];
  return candidates.find(looksLikeDistributionConfig);
}

function looksLikeInvalidationBatch(node: Node | undefined): node is Node {
  return isObject(node) && isObject(prop(node, 'Paths')) && prop(node, 'CallerReference') !== undefined;
}

/** `create-invalidation --invalidation-batch file://…` takes the bare batch; the CLI skeleton wraps it. */
function findInvalidationBatch(root: Node): Node | undefined {
  if (looksLikeInvalidationBatch(root)) return root;
  const wrapped = prop(root, 'InvalidationBatch');
  return looksLikeInvalidationBatch(wrapped) ? wrapped : undefined;
}

// ---- CloudFormation -----------------------------------------------------------------------------

function isCloudFormationTemplate(root: Node): boolean {
  if (asString(prop(root, 'AWSTemplateFormatVersion')) !== undefined) return true;
  const resources = prop(root, 'Resources');
  return entries(resources).some(([, , value]) => asString(prop(value, 'Type'))?.startsWith('AWS::') === true);
}

function collectFromTemplate(source: SourceDocument, root: Node, model: DocumentModel): void {
  for (const [logicalId, , resource] of entries(prop(root, 'Resources'))) {
    const type = asString(prop(resource, 'Type'));
    const properties = prop(resource, 'Properties');
    if (!type || !isObject(properties)) continue;
    if (type === 'AWS::CloudFront::Distribution') {
      const config = prop(properties, 'DistributionConfig');
      if (isObject(config) && !isIntrinsic(config)) model.distributions.push({ shape: 'cloudformation', config, logicalId });
      continue;
    }
    const slots = TEMPLATE_POLICY_PLACES[type];
    if (!slots) continue;
    for (const slot of slots.direct ?? []) {
      const target = embeddedPolicy(source, prop(properties, slot.property), slot,
        { source: 'cloudformation', resourceType: type, logicalId, property: slot.property },
        { en: `${slot.property} of ${logicalId} (${type})`, ja: `${logicalId} (${type}) の ${slot.property}` });
      if (target) model.policies.push(target);
    }
    const inline = slots.policiesList;
    if (inline) {
      items(prop(properties, 'Policies')).forEach((item, policyIndex) => {
        const name = asString(prop(item, 'PolicyName'));
        const origin: PolicyOrigin = { source: 'cloudformation', resourceType: type, logicalId, property: 'Policies', policyIndex };
        const target = embeddedPolicy(source, prop(item, 'PolicyDocument'), inline, origin, {
          en: `PolicyDocument of ${name ?? 'an inline policy'} in ${logicalId} (${type})`,
          ja: `${logicalId} (${type}) の${name ? ` ${name} の` : 'インラインポリシーの'} PolicyDocument`,
        });
        if (target) model.policies.push(target);
      });
    }
  }
}

// ---- CLI input skeletons ------------------------------------------------------------------------

/** A policy slot of a saved CLI output, reached from the document root by `path`; `*` steps into every list item. */
function outputPolicies(source: SourceDocument, root: Node, model: DocumentModel): void {
  for (const place of CLI_OUTPUT_POLICY_PLACES) {
    if (!place.requires.every((key) => prop(root, key) !== undefined)) continue;
    if (place.excludes?.some((key) => prop(root, key) !== undefined)) continue;
    if (place.exact && entries(root).some(([key]) => !place.requires.includes(key))) continue;
    const walk = (node: Node | undefined, steps: readonly string[], arn: string | undefined): void => {
      if (!node) return;
      if (steps.length === 0) {
        if (place.objectOnly && node.type !== 'object') return;
        // Where the command does not tell the kind or API, the policy does (as for a standalone file).
        const policyRoot = node.type === 'string' ? parseJson(source.decodeString(node).value).root : node;
        const guess = inferPolicyKind(isObject(policyRoot) ? policyRoot : undefined);
        const kind = place.kind ?? guess.kind;
        const inferred = place.api ?? guess.api;
        const awsManaged = arn !== undefined && /^arn:aws[\w-]*:iam::aws:policy\//.test(arn);
        const target = embeddedPolicy(source, node, { kind, api: inferred, destination: place.destination ?? fileDestination(kind, inferred) },
          { source: 'cli', command: place.command, output: true, ...(awsManaged ? { awsManaged } : {}) },
          { en: `${place.label.en} of a ${place.command} output`, ja: `${place.command} 出力の ${place.label.ja}` });
        if (target) model.policies.push(target);
        return;
      }
      const [step, ...rest] = steps;
      if (step === '*') for (const item of items(node)) walk(item, rest, asString(prop(item, 'Arn')) ?? arn);
      else walk(prop(node, step), rest, asString(prop(node, 'Arn')) ?? arn);
    };
    walk(root, place.path, undefined);
  }
}

/** Saved outputs of AWS CLI commands that hold policies as objects or strings. True when one was found. */
function collectFromCliOutput(source: SourceDocument, root: Node, model: DocumentModel): boolean {
  const before = model.policies.length;
  outputPolicies(source, root, model);
  return model.policies.length > before;
}

function collectFromCliInput(source: SourceDocument, root: Node, model: DocumentModel): boolean {
  for (const shape of CLI_POLICY_PLACES) {
    if (!shape.requires.every((key) => prop(root, key) !== undefined)) continue;
    if (shape.excludes?.some((key) => prop(root, key) !== undefined)) continue;
    const target = embeddedPolicy(source, prop(root, shape.member), shape, { source: 'cli', command: shape.command },
      { en: `${shape.member} of a ${shape.command} input`, ja: `${shape.command} 入力の ${shape.member}` });
    if (target) {
      model.policies.push(target);
      return true;
    }
  }
  return false;
}

// ---- Policies -----------------------------------------------------------------------------------

/** A policy document: an object with a Statement and either a Version or statements that look like statements. */
function looksLikePolicy(node: Node | undefined): node is Node {
  if (!isObject(node)) return false;
  const statement = prop(node, 'Statement');
  if (!statement || (statement.type !== 'array' && statement.type !== 'object')) return false;
  if (asString(prop(node, 'Version')) !== undefined) return true;
  const statements = statement.type === 'array' ? items(statement) : [statement];
  return statements.some((s) => prop(s, 'Effect') !== undefined && (prop(s, 'Action') ?? prop(s, 'NotAction')) !== undefined);
}

/** A standalone policy file: its kind follows from its Principal and actions. */
function documentPolicy(source: SourceDocument, root: Node): PolicyTarget {
  const { kind, api } = inferPolicyKind(root);
  return {
    kind, api, origin: { source: 'file' }, context: { en: 'this policy file', ja: 'このポリシーファイル' },
    embedding: source.sentAsWritten ? 'document' : 'object', text: source.text, root, syntaxErrors: [],
    toDocument: identityMap, fromDocument: identityOffset, holder: root, edits: source.edits, destination: fileDestination(kind, api), isClosed: source.isClosed,
  };
}

function inferPolicyKind(root: Node | undefined): { kind: PolicyKind; api: PolicyApi } {
  const statement = prop(root, 'Statement');
  const statements = statement?.type === 'array' ? items(statement) : statement ? [statement] : [];
  const withPrincipal = statements.filter((s) => prop(s, 'Principal') !== undefined || prop(s, 'NotPrincipal') !== undefined);
  if (withPrincipal.length === 0) return { kind: 'identity', api: 'iam-identity' };
  const actions = withPrincipal.flatMap((s) => stringsOf(prop(s, 'Action')));
  if (actions.length > 0 && actions.every((a) => /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$/i.test(a))) {
    return { kind: 'trust', api: 'iam-trust' };
  }
  const resources = withPrincipal.flatMap((s) => stringsOf(prop(s, 'Resource')));
  if (resources.length > 0 && resources.every((r) => r.startsWith('arn:aws:s3:::') || r.startsWith('arn:aws-cn:s3:::') || r.startsWith('arn:aws-us-gov:s3:::'))) {
    return { kind: 'resource', api: 's3-bucket' };
  }
  return { kind: 'resource', api: 'other' };
}

function stringsOf(node: Node | undefined): string[] {
  const single = asString(node);
  if (single !== undefined) return [single];
  return items(node).map(asString).filter((s): s is string => s !== undefined);
}

/**
 * A policy held by a property: either an object (analysed in place) or a JSON string whose decoded text
 * is parsed on its own. A string that does not hold a JSON object (after leading whitespace) is not a
 * policy we can read, and intrinsic functions are unknown values: both yield undefined.
 */
function embeddedPolicy(source: SourceDocument, node: Node | undefined, place: PolicyPlace, origin: PolicyOrigin, context: Localized<string>): PolicyTarget | undefined {
  if (!node || isIntrinsic(node)) return undefined;
  const { kind, api, destination } = place;
  if (node.type === 'object') {
    return { kind, api, origin, context, embedding: 'object', text: source.text, root: node, syntaxErrors: [], toDocument: identityMap, fromDocument: identityOffset, holder: node, edits: source.edits, destination, isClosed: source.isClosed };
  }
  if (node.type !== 'string') return undefined;
  const decoded = source.decodeString(node);
  if (!/^[\s\uFEFF]*\{/.test(decoded.value)) return undefined;
  const { root, syntaxErrors } = parseJson(decoded.value);
  const offsets = decoded.offsets;
  const at = (i: number): number => offsets[Math.max(0, Math.min(offsets.length - 1, i))];
  const toDocument = (span: Span): Span => {
    const start = at(span.offset);
    // An empty span stays empty; otherwise the end is where the last decoded unit's source ends.
    const end = span.length === 0 ? start : at(span.offset + span.length);
    return { offset: start, length: Math.max(0, end - start) };
  };
  return {
    kind, api, origin, context, embedding: 'string', text: decoded.value, root, syntaxErrors, holder: node, destination,
    toDocument,
    fromDocument: (offset) => decodedOffsetAt(offsets, offset),
    edits: embeddedJsonEdits(decoded.value, toDocument, (text) => source.encodeInString(node, text)),
    isClosed: (inner) => jsonIsClosed(decoded.value, inner),
  };
}

/**
 * The decoded offset whose source starts exactly at document `offset`: a binary search of the table, whose
 * entries rise strictly (every decoded unit has its own source start, and the end comes last). An offset
 * that falls inside an escape sequence has no entry.
 */
function decodedOffsetAt(offsets: readonly number[], offset: number): number | undefined {
  let low = 0;
  let high = offsets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = offsets[middle];
    if (value === offset) return middle;
    if (value < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
