// Shared by the rules that compare a condition operator with the type of its key (iam/string-like-on-arn-key,
// iam/operator-type-mismatch, iam/missing-qualifier): every key of a statement's conditions that the catalog
// knows, with its documented type split into the element type and whether the key holds a set of values.

import type { Catalog } from '../../iam/catalog';
import type { ConditionKeyView, ConditionOperatorView, StatementView } from '../../iam/policyView';

export interface TypedKey {
  operator: ConditionOperatorView;
  entry: ConditionKeyView;
  /** `String`, `ARN`, `Bool`, `Numeric`, `Date`, `IPAddress` or `Binary`: the type of each value. */
  type: string;
  /** Whether the request carries a set of values for the key (`ArrayOf…` in the Service Authorization Reference). */
  multivalued: boolean;
}

/** The keys of known operators whose type the catalog documents, in the order written. */
export function typedKeys(catalog: Catalog, statement: StatementView): TypedKey[] {
  const out: TypedKey[] = [];
  for (const operator of statement.condition?.operators ?? []) {
    if (!operator.operator.family) continue;
    for (const entry of operator.keys) {
      const resolved = catalog.conditionKey(entry.name);
      if (!resolved) continue;
      const multivalued = resolved.type.startsWith('ArrayOf');
      out.push({ operator, entry, type: multivalued ? resolved.type.slice('ArrayOf'.length) : resolved.type, multivalued });
    }
  }
  return out;
}
