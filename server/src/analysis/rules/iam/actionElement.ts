// Rule: iam/action-element. Every statement needs exactly one of Action and NotAction, with at least one value,
// and every value must be `*` or `vendor:action` with exactly one colon. IAM refuses a statement with both
// ("Syntax errors in policy."), with neither or an empty list ("Policy statement must contain actions."), and a
// value without a vendor, with two colons or with a vendor outside [A-Za-z0-9.-] (moto's policy validator, whose
// cases were captured from AWS). Whether a service or action exists is the action catalog's business,
// not this rule's. Wildcards in the vendor are left to iam/wildcard-in-service.

import { pick, type Localized } from '../../util/i18n';
import type { StringItem, ValueList } from '../../iam/policyView';
import { rememberedByText, textRegion } from '../../cache';
import type { Finding } from '../../types';
import type { Rule, StatementContext } from '../types';
import { AWS_MESSAGES, finding, quote, rejectionSeverity, statementName } from './support';

const RULE = 'iam/action-element';

const TEXT: Localized<{
  both: (r: boolean) => string;
  missing: (statement: string, r: boolean) => string;
  empty: (name: string, r: boolean) => string;
  noVendor: (value: string, r: boolean) => string;
  colons: (value: string, r: boolean) => string;
  vendor: (value: string, vendor: string, r: boolean) => string;
  blank: (value: string) => string;
  spaces: (value: string) => string;
}> = {
  en: {
    both: (r) => `A statement takes Action or NotAction, not both (Access Analyzer UNSUPPORTED_ELEMENT_COMBINATION).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.syntax}"` : ''}`,
    missing: (s, r) => `${s} has neither Action nor NotAction (Access Analyzer MISSING_ACTION).${r ? ` IAM refuses the policy: "${AWS_MESSAGES.missingActions}"` : ''}`,
    empty: (n, r) => `${n} is an empty list, which counts as no actions at all.${r ? ` IAM refuses the policy: "${AWS_MESSAGES.missingActions}"` : ' The statement does nothing (Access Analyzer EMPTY_ARRAY_ACTION).'}`,
    noVendor: (v, r) => `${quote(v)} has no service prefix; write it as service:action, such as s3:GetObject.${r ? ` IAM refuses the policy: "${AWS_MESSAGES.vendor}"` : ''}`,
    colons: (v, r) => `${quote(v)} has more than one colon; an action is service:action.${r ? ` IAM refuses the policy: "${AWS_MESSAGES.oneColon}"` : ''}`,
    vendor: (v, vendor, r) => `The service prefix ${quote(vendor)} of ${quote(v)} may contain only letters, digits, "." and "-".${r ? ` IAM refuses the policy: "Vendor ${vendor} is not valid"` : ''}`,
    blank: (v) => `${quote(v)} has an empty service prefix or action name, so it matches no action.`,
    spaces: (v) => `${quote(v)} contains white space, so it matches no action; action names have none.`,
  },
  ja: {
    both: (r) => `ステートメントには Action か NotAction のどちらか一方だけを書きます（Access Analyzer UNSUPPORTED_ELEMENT_COMBINATION）。${r ? `IAM は "${AWS_MESSAGES.syntax}" で拒否します。` : ''}`,
    missing: (s, r) => `${s} には Action も NotAction もありません（Access Analyzer MISSING_ACTION）。${r ? `IAM は "${AWS_MESSAGES.missingActions}" で拒否します。` : ''}`,
    empty: (n, r) => `${n} が空のリストで、アクションがないのと同じです。${r ? `IAM は "${AWS_MESSAGES.missingActions}" で拒否します。` : 'このステートメントは何もしません（Access Analyzer EMPTY_ARRAY_ACTION）。'}`,
    noVendor: (v, r) => `${quote(v)} にはサービスプレフィックスがありません。s3:GetObject のように サービス:アクション と書いてください。${r ? `IAM は "${AWS_MESSAGES.vendor}" で拒否します。` : ''}`,
    colons: (v, r) => `${quote(v)} にはコロンが 2 つ以上あります。アクションは サービス:アクション の形です。${r ? `IAM は "${AWS_MESSAGES.oneColon}" で拒否します。` : ''}`,
    vendor: (v, vendor, r) => `${quote(v)} のサービスプレフィックス ${quote(vendor)} に使えるのは英字・数字・"."・"-" だけです。${r ? `IAM は "Vendor ${vendor} is not valid" で拒否します。` : ''}`,
    blank: (v) => `${quote(v)} はサービスプレフィックスかアクション名が空なので、どのアクションにも一致しません。`,
    spaces: (v) => `${quote(v)} には空白が含まれているため、どのアクションにも一致しません。アクション名に空白はありません。`,
  },
};

type ValueProblem = 'noVendor' | 'colons' | 'vendor' | 'blank' | 'spaces';

type Found = { problem: ValueProblem; vendor: string } | undefined;

/** What is wrong with one Action value, by its text alone; kept per text across document versions. */
const valueProblem = rememberedByText(textRegion<Found>('iam/action-values'), (value): Found => {
  if (value === '*') return undefined;
  const parts = value.split(':');
  if (parts.length === 1) return { problem: 'noVendor', vendor: '' };
  if (parts.length > 2) return { problem: 'colons', vendor: '' };
  const [vendor, action] = parts;
  // IAM accepts letters, digits, "." and "-" in the vendor (moto's check); wildcards are accepted too and are
  // iam/wildcard-in-service's concern.
  if (vendor !== '*' && /[^A-Za-z0-9.\-*?]/.test(vendor)) return { problem: 'vendor', vendor };
  if (vendor === '' || action === '') return { problem: 'blank', vendor };
  // IAM accepts white space in an action name (moto's valid case "iam: asdf safdsf af "), but it matches nothing.
  if (/\s/.test(action)) return { problem: 'spaces', vendor };
  return undefined;
});

function checkValue(ctx: StatementContext, item: StringItem): Finding | undefined {
  const value = item.value;
  const found = valueProblem(value, ctx.options.cache);
  if (!found) return undefined;
  const text = pick(TEXT, ctx.options.locale);
  const severity = rejectionSeverity(ctx.policy.api, 'iam');
  const rejected = severity === 'error';
  const span = ctx.span(item.node);
  switch (found.problem) {
    case 'noVendor': return finding(RULE, severity, text.noVendor(value, rejected), span);
    case 'colons': return finding(RULE, severity, text.colons(value, rejected), span);
    case 'vendor': return finding(RULE, severity, text.vendor(value, found.vendor, rejected), span);
    case 'blank': return finding(RULE, 'warning', text.blank(value), span);
    case 'spaces': return finding(RULE, 'warning', text.spaces(value), span);
  }
}

function check(ctx: StatementContext): Finding[] {
  const locale = ctx.options.locale;
  const text = pick(TEXT, locale);
  const severity = rejectionSeverity(ctx.policy.api, 'iam');
  const rejected = severity === 'error';
  const s = ctx.statement;
  const findings: Finding[] = [];
  const elements = [s.action, s.notAction].filter((e): e is ValueList => e !== undefined);
  if (elements.length === 2) {
    const later = s.action!.key.offset > s.notAction!.key.offset ? s.action! : s.notAction!;
    findings.push(finding(RULE, severity, text.both(rejected), ctx.span(later.key)));
  } else if (elements.length === 0) {
    if (ctx.isClosed(s.node)) findings.push(finding(RULE, severity, text.missing(statementName(s, locale), rejected), ctx.brace));
  } else {
    const element = elements[0];
    const empty = element.form === 'array' && element.strings.length === 0 && element.unknown.length === 0 && element.invalid.length === 0;
    if (empty && element.value) findings.push(finding(RULE, severity, text.empty(element.name, rejected), ctx.span(element.value)));
  }
  for (const element of elements) {
    for (const item of element.strings) {
      const f = checkValue(ctx, item);
      if (f) findings.push(f);
    }
  }
  return findings;
}

export const actionElement: Rule = {
  meta: {
    id: RULE,
    title: { en: 'Action or NotAction missing or malformed', ja: 'Action / NotAction の欠落や形式の誤り' },
    severity: 'error',
    description: {
      en: 'Each statement needs exactly one of Action and NotAction with at least one value, and each value is "*" ' +
        'or service:action. IAM refuses a statement with both ("Syntax errors in policy."), with neither or an empty ' +
        'list ("Policy statement must contain actions."), an action without a service prefix ("Actions/Conditions must ' +
        'be prefaced by a vendor…") and one with two colons ("Actions/Condition can contain only one colon.").',
      ja: '各ステートメントには Action か NotAction のどちらか一方が値 1 つ以上で必要で、各値は "*" か サービス:アクション です。' +
        'IAM は両方あるもの（"Syntax errors in policy."）、どちらもないか空のリストのもの（"Policy statement must contain actions."）、' +
        'サービスプレフィックスのないアクション（"Actions/Conditions must be prefaced by a vendor…"）、コロンが 2 つあるもの' +
        '（"Actions/Condition can contain only one colon."）を拒否します。',
    },
    appliesTo: ['iam-policy'],
    sources: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
      'https://github.com/getmoto/moto/blob/master/tests/test_iam/test_iam_policies.py',
    ],
    accessAnalyzerCode: 'MISSING_ACTION',
    example: {
      bad: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"GetObject","Resource":"*"}]}',
      good: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    },
    fix: {
      en: 'Give each statement one Action (or NotAction) list of service:action values.',
      ja: '各ステートメントに サービス:アクション の値を並べた Action（または NotAction）を 1 つ書いてください。',
    },
  },
  statement: check,
};
