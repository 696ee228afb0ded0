// Feature: the rule registry. A plain list: adding a rule means adding its file and one line here.

import { inconsistentQuantity } from './cloudfront/inconsistentQuantity';
import { shadowedBehavior } from './cloudfront/shadowedBehavior';
import { structure } from './cloudfront/structure';
import { leadingWhitespace } from './iam/leadingWhitespace';
import { jsonSyntax } from './json/syntax';
import { aliasesCertificate } from './cloudfront/aliasesCertificate';
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
  quotas,
  cacheUnsafeMethods,
  forwardAllHeaders,
  s3HostHeader,
  s3Cookies,
  invalidationPaths,
];
