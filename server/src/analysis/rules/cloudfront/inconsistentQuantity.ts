// Rule: cloudfront/inconsistent-quantity. A `{Quantity, Items}` list whose Quantity is missing or does not
// match the number of Items. CloudFront rejects the request with InconsistentQuantities: "The specified
// quantity of Paths (1) does not match the actual quantity supplied (2)." (API reference, CreateDistribution
// errors).
// Every list of the API form is such a wrapper, and CloudFormation keeps three of them (OriginGroups,
// Members, StatusCodes). Quantity is required in every wrapper; a missing Quantity is a reported failure
// of tools that build these documents by hand.

import { keyNames, type KeyName } from '../../cloudfront/ruleSupport';
import { holderSpan, quantityOf, schemaTargets, walkTarget, type SchemaTarget, type SchemaVisit } from '../../cloudfront/schemaTargets';
import { pick, type Locale, type Localized } from '../../util/i18n';
import { isIntrinsic, items, prop, spanOf } from '../../source/access';
import type { SourceEdits } from '../../source/frontEnd';
import type { Finding, Fix } from '../../types';
import type { Rule, RuleContext } from '../types';

const RULE = 'cloudfront/inconsistent-quantity';

const TEXT: Localized<{
  /** English quotes AWS's error text, which names the list as AWS does; Japanese explains it in its own words. */
  mismatch: (k: KeyName, name: string, quantity: number, actual: number, where: string) => string;
  noItems: (k: KeyName) => string;
  missingQuantity: (k: KeyName, where: string, count: number) => string;
  setQuantity: (k: KeyName, count: number) => string;
  addQuantity: (k: KeyName, count: number) => string;
}> = {
  en: {
    mismatch: (_k, name, quantity, actual, where) =>
      `The specified quantity of ${name} (${quantity}) does not match the actual quantity supplied (${actual}), at ${where}. AWS rejects the request with InconsistentQuantities.`,
    noItems: (k) => ` ${k('Items')} is missing.`,
    missingQuantity: (k, where, count) => `${where} has no ${k('Quantity')}. AWS requires ${k('Quantity')} in every {"${k('Quantity')}", "${k('Items')}"} list; here it would be ${count}.`,
    setQuantity: (k, count) => `Set ${k('Quantity')} to ${count}`,
    addQuantity: (k, count) => `Add "${k('Quantity')}": ${count}`,
  },
  ja: {
    mismatch: (k, name, quantity, actual, where) =>
      `${where}: ${k(name)} の ${k('Quantity')}（${quantity}）が実際の要素数（${actual}）と一致しません。AWS はリクエストを InconsistentQuantities で拒否します。`,
    noItems: (k) => `${k('Items')} がありません。`,
    missingQuantity: (k, where, count) => `${where} に ${k('Quantity')} がありません。AWS はすべての {"${k('Quantity')}", "${k('Items')}"} リストで ${k('Quantity')} を必須としています（ここでは ${count}）。`,
    setQuantity: (k, count) => `${k('Quantity')} を ${count} に設定`,
    addQuantity: (k, count) => `"${k('Quantity')}": ${count} を追加`,
  },
};

/** What most lists give: no finding, shared rather than a new empty list for each of thousands of lists. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function wrapperFindings(edits: SourceEdits, k: KeyName, v: SchemaVisit, locale: Locale): readonly Finding[] {
  const t = pick(TEXT, locale);
  const cfn = v.target.shape === 'cloudformation';
  const name = v.member?.name ?? v.schema.typeName ?? 'Items';
  const quantityNode = prop(v.node, 'Quantity');
  const itemsNode = prop(v.node, 'Items');
  // An intrinsic function may add or remove entries (Fn::If with AWS::NoValue), so the count is unknown.
  if (isIntrinsic(quantityNode) || isIntrinsic(itemsNode) || items(itemsNode).some((item) => isIntrinsic(item))) return NO_FINDINGS;
  const count = itemsNode?.type === 'array' ? items(itemsNode).length : itemsNode === undefined ? 0 : undefined;
  if (quantityNode === undefined) {
    if (count === undefined) return NO_FINDINGS;
    return [{
      rule: RULE, severity: 'error', message: t.missingQuantity(k, v.path, count), span: holderSpan(v.node, v.keyNode),
      fixes: [{ title: t.addQuantity(k, count), isPreferred: true, edits: [edits.insertMember(v.node, 'Quantity', count)] }],
    }];
  }
  const quantity = quantityOf(v.node, cfn);
  // A Quantity of the wrong type, or Items that are not a list, are cloudfront/structure's to report.
  if (quantity === undefined || count === undefined || quantity === count) return NO_FINDINGS;
  const itemsRequired = v.schema.members?.get('Items')?.required === true;
  const fixes: Fix[] = [];
  // Setting Quantity to 0 cannot repair a list whose Items are required; the entries are what is missing.
  if (itemsNode !== undefined || !itemsRequired) {
    fixes.push({ title: t.setQuantity(k, count), isPreferred: itemsNode !== undefined, edits: [edits.replaceValue(quantityNode, count)] });
  }
  return [{
    rule: RULE,
    severity: 'error',
    message: t.mismatch(k, name, quantity, count, v.path) + (itemsNode === undefined ? t.noItems(k) : ''),
    span: spanOf(quantityNode),
    fixes,
  }];
}

function findingsFor(target: SchemaTarget, ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const k = keyNames(ctx.doc.spelling);
  walkTarget(target, (v) => {
    if (v.schema.wrapper && v.node.type === 'object') findings.push(...wrapperFindings(ctx.doc.edits, k, v, ctx.options.locale));
    // Values of the wrong type are cloudfront/structure's; the walk need not enter them.
    return v.node.type === 'object' || v.node.type === 'array';
  });
  return findings;
}

export const inconsistentQuantity: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Quantity does not match Items', ja: 'Quantity と Items の要素数が一致しない' },
    severity: 'error',
    description: {
      en: 'Every list in the CloudFront API form is an object {"Quantity", "Items"}, and CloudFormation keeps that form for ' +
        'OriginGroups, Members and StatusCodes. AWS rejects a request whose Quantity differs from the number of Items ' +
        '(InconsistentQuantities), and one without a Quantity. The quick fix sets Quantity to the number of Items.',
      ja: 'CloudFront API 形式のリストはすべて {"Quantity", "Items"} のオブジェクトで、CloudFormation でも OriginGroups、Members、' +
        'StatusCodes はこの形です。Quantity が Items の要素数と異なるリクエストや Quantity のないリクエストを AWS は拒否します' +
        '（InconsistentQuantities）。クイックフィックスは Quantity を Items の要素数に設定します。',
    },
    appliesTo: ['cloudfront-distribution', 'cloudfront-invalidation'],
    example: {
      bad: '{\n  "Paths": { "Quantity": 1, "Items": ["/index.html", "/css/*"] },\n  "CallerReference": "deploy-42"\n}\n',
      good: '{\n  "Paths": { "Quantity": 2, "Items": ["/index.html", "/css/*"] },\n  "CallerReference": "deploy-42"\n}\n',
    },
    fix: {
      en: 'Make Quantity the number of entries in Items (the quick fix does), and write Quantity in every {"Quantity", "Items"} list, 0 for an empty one.',
      ja: 'Quantity を Items の要素数にします（クイックフィックスが行います）。{"Quantity", "Items"} のリストにはすべて Quantity を書き、空なら 0 にします。',
    },
    sources: [
      'https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html#API_CreateDistribution_Errors',
      'https://github.com/linz/basemaps/pull/2120',
    ],
  },
  document(ctx) {
    return schemaTargets(ctx.doc).flatMap((target) => findingsFor(target, ctx));
  },
};
