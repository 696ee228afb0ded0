// Feature: the rule registry. A plain list: adding a rule means adding its file and one line here.

import { inconsistentQuantity } from './cloudfront/inconsistentQuantity';
import { shadowedBehavior } from './cloudfront/shadowedBehavior';
import { structure } from './cloudfront/structure';
import { leadingWhitespace } from './iam/leadingWhitespace';
import { jsonSyntax } from './json/syntax';
import { aliasesCertificate } from './cloudfront/aliasesCertificate';
import { aliasFormat } from './cloudfront/aliasFormat';
import { allowedMethods } from './cloudfront/allowedMethods';
import { cachePolicyConflict } from './cloudfront/cachePolicyConflict';
import { cacheUnsafeMethods } from './cloudfront/cacheUnsafeMethods';
import { defaultRootObject } from './cloudfront/defaultRootObject';
import { forwardAllHeaders } from './cloudfront/forwardAllHeaders';
import { invalidationPaths } from './cloudfront/invalidationPaths';
import { originDomain } from './cloudfront/originDomain';
import { originPath } from './cloudfront/originPath';
import { originPathRepeated } from './cloudfront/originPathRepeated';
import { pathPatternSyntax } from './cloudfront/pathPatternSyntax';
import { quotas } from './cloudfront/quotas';
import { s3Cookies } from './cloudfront/s3Cookies';
import { s3HostHeader } from './cloudfront/s3HostHeader';
import { targetOrigin } from './cloudfront/targetOrigin';
import { ttlHints } from './cloudfront/ttlHints';
import { ttlOrder } from './cloudfront/ttlOrder';
import { valueRange } from './cloudfront/valueRange';
import { actionWildcardMatchesNothing } from './iam/actionWildcardMatchesNothing';
import { conditionKeyNotApplicable } from './iam/conditionKeyNotApplicable';
import { missingQualifier } from './iam/missingQualifier';
import { operatorTypeMismatch } from './iam/operatorTypeMismatch';
import { stringLikeOnArnKey } from './iam/stringLikeOnArnKey';
import { unsupportedTagKey } from './iam/unsupportedTagKey';
import { likeAnyValue } from './iam/likeAnyValue';
import { resourceTypeMismatch } from './iam/resourceTypeMismatch';
import { unknownAction } from './iam/unknownAction';
import { unknownConditionKey } from './iam/unknownConditionKey';
import { unknownService } from './iam/unknownService';
import { version } from './iam/version';
import { unknownElement } from './iam/unknownElement';
import { policyStructure } from './iam/policyStructure';
import { duplicateKey } from './iam/duplicateKey';
import { effect } from './iam/effect';
import { actionElement } from './iam/actionElement';
import { resourceElement } from './iam/resourceElement';
import { principalElement } from './iam/principalElement';
import { principalFormat } from './iam/principalFormat';
import { trustPolicyAction } from './iam/trustPolicyAction';
import { sidFormat } from './iam/sidFormat';
import { duplicateSid } from './iam/duplicateSid';
import { conditionOperator } from './iam/conditionOperator';
import { conditionValue } from './iam/conditionValue';
import { resourceArn } from './iam/resourceArn';
import { arnPlaceholder } from './iam/arnPlaceholder';
import { unresolvedSubstitution } from './iam/unresolvedSubstitution';
import { disallowedCharacter } from './iam/disallowedCharacter';
import { policySize } from './iam/policySize';
import { policyVariable } from './iam/policyVariable';
import { passRoleWildcard } from './iam/passRoleWildcard';
import { createSlrWildcard } from './iam/createSlrWildcard';
import { allowNotAction } from './iam/allowNotAction';
import { allowNotResource } from './iam/allowNotResource';
import { allowNotPrincipal } from './iam/allowNotPrincipal';
import { fullAccess } from './iam/fullAccess';
import { wildcardInService } from './iam/wildcardInService';
import { redundantValue } from './iam/redundantValue';
import { redundantStatement } from './iam/redundantStatement';
import { oidcTrustCondition } from './iam/oidcTrustCondition';
import { privateSourceIp } from './iam/privateSourceIp';
import { grantsNothing } from './iam/grantsNothing';
import { publicAccess } from './iam/publicAccess';
import { serviceWildcard } from './iam/serviceWildcard';
import { resourceStar } from './iam/resourceStar';
import { privilegeEscalation } from './iam/privilegeEscalation';
import { setOperator } from './iam/setOperator';
import { unknownRegion } from './iam/unknownRegion';
import { dependentAction } from './iam/dependentAction';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  jsonSyntax,
  leadingWhitespace,
  shadowedBehavior,
  structure,
  inconsistentQuantity,
  // Semantic CloudFront rules: one file each, on both the API form and CloudFormation.
  allowedMethods,
  cachePolicyConflict,
  ttlOrder,
  ttlHints,
  targetOrigin,
  originDomain,
  originPath,
  defaultRootObject,
  originPathRepeated,
  pathPatternSyntax,
  aliasesCertificate,
  aliasFormat,
  quotas,
  valueRange,
  cacheUnsafeMethods,
  forwardAllHeaders,
  s3HostHeader,
  s3Cookies,
  invalidationPaths,
  // IAM rules that read the action catalog; silent until the edge has loaded it (options.catalog).
  unknownService,
  unknownAction,
  actionWildcardMatchesNothing,
  unknownConditionKey,
  conditionKeyNotApplicable,
  resourceTypeMismatch,
  resourceStar,
  setOperator,
  dependentAction,
  stringLikeOnArnKey,
  operatorTypeMismatch,
  missingQualifier,
  unsupportedTagKey,
  // IAM policy language rules (no catalog): what AWS rejects, then Access Analyzer's offline checks.
  version,
  unknownElement,
  policyStructure,
  duplicateKey,
  effect,
  actionElement,
  resourceElement,
  principalElement,
  principalFormat,
  trustPolicyAction,
  sidFormat,
  duplicateSid,
  conditionOperator,
  likeAnyValue,
  conditionValue,
  resourceArn,
  arnPlaceholder,
  unresolvedSubstitution,
  disallowedCharacter,
  policySize,
  policyVariable,
  passRoleWildcard,
  createSlrWildcard,
  allowNotAction,
  allowNotResource,
  allowNotPrincipal,
  fullAccess,
  wildcardInService,
  redundantValue,
  redundantStatement,
  oidcTrustCondition,
  privateSourceIp,
  // Security checks users expect from a policy linter, and consistency of what a statement grants.
  grantsNothing,
  publicAccess,
  serviceWildcard,
  privilegeEscalation,
  unknownRegion,
];
