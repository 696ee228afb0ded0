// Simulate request on inputs that once took the simulator's text handling quadratic or exponential time: long
// wildcard patterns (now iam/wildcard.ts) and a policy variable with a long run of blanks (the variable body was
// read with a regular expression that backtracked over them). Only the answers are asserted.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument, simulateIamRequest } from '../../../server/src/analysis';

/** An action with forty "e"s, which the statement's action pattern (thirty "*e") matches. */
const ACTION = `s3:${'Get'.repeat(40)}Object`;

function decision(resources: string[], request: { action: string; resource: string }): string | undefined {
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: `s3:${'*e'.repeat(30)}*`, Resource: resources }] };
  return simulateIamRequest(parseDocument(JSON.stringify(policy)), request).result?.decision;
}

test('simulate: thirty stars in Action and Resource against 5,000 characters', () => {
  const pattern = `arn:aws:s3:::${'*a'.repeat(30)}b`;
  const action = ACTION;
  assert.equal(decision([pattern], { action, resource: `arn:aws:s3:::${'a'.repeat(5000)}` }), 'implicit-deny');
  assert.equal(decision([pattern], { action, resource: `arn:aws:s3:::${'a'.repeat(5000)}b` }), 'allowed');
  // The segment rule: a star inside a segment does not take the colons of the resource.
  assert.equal(decision([pattern], { action, resource: `arn:aws:s3:::${'a:'.repeat(2500)}b` }), 'implicit-deny');
  assert.equal(decision([`${pattern}*`], { action, resource: `arn:aws:s3:::${'a'.repeat(2500)}b:${'a'.repeat(2500)}` }), 'allowed');
});

test('simulate: a policy variable whose body holds 20,000 blanks still takes its default', () => {
  const resource = `arn:aws:s3:::b/\${aws:username${' '.repeat(20_000)}x, 'd'}`;
  assert.equal(decision([resource], { action: ACTION, resource: 'arn:aws:s3:::b/d' }), 'allowed');
  assert.equal(decision([resource], { action: ACTION, resource: 'arn:aws:s3:::b/e' }), 'implicit-deny');
});
