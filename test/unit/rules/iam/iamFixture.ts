// Test helper for the IAM policy rules: wraps a marked policy text in each place a policy can sit (a policy
// file, a CLI skeleton string, a CloudFormation object or string) and runs one rule over it. Markers `⟦…⟧`
// survive JSON.stringify, so a marked policy embedded in a string marks the escaped text in the document, which
// is exactly what every range of a string-held policy must cover.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locale } from '../../../../server/src/analysis';
import { analyzeDocument, parseDocument } from '../../../../server/src/analysis';
import type { Rule } from '../../../../server/src/analysis/rules/types';
import { annotate, parseFixture } from '../../fixture';

export interface Row {
  name: string;
  fixture: string;
  /** `severity rule` of each finding, in position order. */
  summary: string[];
  /** Words the messages (joined) must contain. */
  says?: string[];
  locale?: Locale;
}

const embed = (text: string): string => JSON.stringify(text);

/** `put-role-policy --cli-input-json`: an inline identity policy held in a string. */
export const putRolePolicy = (policy: string): string => `{"RoleName":"r","PolicyName":"p","PolicyDocument":${embed(policy)}}`;
/** `create-policy --cli-input-json`: a managed policy held in a string. */
export const createPolicy = (policy: string): string => `{"PolicyName":"p","PolicyDocument":${embed(policy)}}`;
/** `create-role --cli-input-json`: a trust policy held in a string. */
export const createRole = (policy: string): string => `{"RoleName":"r","AssumeRolePolicyDocument":${embed(policy)}}`;
/** `put-bucket-policy --cli-input-json`: an S3 bucket policy held in a string. */
export const putBucketPolicy = (policy: string): string => `{"Bucket":"b","Policy":${embed(policy)}}`;
/** A CloudFormation resource whose policy property is a JSON object. */
export const cfnObject = (type: string, property: string, policy: string): string =>
  `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"R":{"Type":"${type}","Properties":{"${property}":${policy}}}}}`;
/** A CloudFormation resource whose policy property is a JSON string. */
export const cfnString = (type: string, property: string, policy: string): string => cfnObject(type, property, embed(policy));

/** Runs each row through one rule and compares severities, rules and ranges. */
export function runRows(rule: Rule, rows: Row[]): void {
  for (const row of rows) {
    test(`${rule.meta.id}: ${row.name}`, () => {
      const { text, spans } = parseFixture(row.fixture);
      const findings = analyzeDocument(parseDocument(text), { rules: [rule], locale: row.locale });
      assert.deepEqual(findings.map((f) => `${f.severity} ${f.rule}`), row.summary, annotate(text, findings.map((f) => f.span)));
      assert.equal(annotate(text, findings.map((f) => f.span)), annotate(text, spans), 'ranges');
      const messages = findings.map((f) => f.message).join('\n');
      for (const words of row.says ?? []) assert.ok(messages.includes(words), `messages should say "${words}":\n${messages}`);
    });
  }
}
