// Feature: the rule registry. A plain list: adding a rule means adding its file and one line here.

import { shadowedBehavior } from './cloudfront/shadowedBehavior';
import { leadingWhitespace } from './iam/leadingWhitespace';
import { jsonSyntax } from './json/syntax';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  jsonSyntax,
  leadingWhitespace,
  shadowedBehavior,
];
