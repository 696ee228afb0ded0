import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { analyzeDocument, parseDocument, rewritesAt, type Catalog, type Locale } from '../../../server/src/analysis';
import { policiesOf } from '../../../server/src/analysis/iam/policyView';
import { MAX_ACTIONS } from '../../../server/src/analysis/iam/expandActions';
import { applyEdits, parseFixture } from '../fixture';
import { embed, testCatalog } from './catalogFixture';

let catalog: Catalog;
before(async () => {
  catalog = await testCatalog();
});

/** The rewrites offered at the fixture's cursor `$0`, each applied to the text. */
function expandAt(source: string, options: { catalog?: Catalog | null; locale?: Locale } = {}): { title: string; result: string }[] {
  const { text, cursor } = parseFixture(source);
  const fixes = rewritesAt(parseDocument(text), { offset: cursor ?? 0, length: 0 }, {
    catalog: options.catalog === null ? undefined : options.catalog ?? catalog, locale: options.locale ?? 'en',
  });
  return fixes.map((fix) => ({ title: fix.title, result: applyEdits(text, fix.edits) }));
}

const policy = (statement: string) => `{
  "Version": "2012-10-17",
  "Statement": [
    {
${statement}
    }
  ]
}
`;

test('a single Action pattern becomes the sorted list of the actions it matches, laid out like the statement', () => {
  const [only, ...rest] = expandAt(policy(`      "Effect": "Allow",
      "Action": "s3:GetObj$0ectT*",
      "Resource": "arn:aws:s3:::bucket/*"`));
  assert.equal(rest.length, 0);
  assert.equal(only.title, 'Expand "s3:GetObjectT*" into the 2 actions it matches (catalog of 2026-09-26; later actions will not match)');
  assert.equal(only.result, policy(`      "Effect": "Allow",
      "Action": [
        "s3:GetObjectTagging",
        "s3:GetObjectTorrent"
      ],
      "Resource": "arn:aws:s3:::bucket/*"`));
});

test('a pattern in a list is replaced in place, one per line, without repeating actions already listed', () => {
  const [only] = expandAt(policy(`      "Effect": "Allow",
      "Action": [
        "sqs:GetQueueUrl",
        "sqs:G$0et*",
        "sqs:SendMessage"
      ],
      "Resource": "*"`));
  assert.equal(only.title, 'Expand "sqs:Get*" into the 1 action it matches (catalog of 2026-09-26; later actions will not match)');
  assert.equal(only.result, policy(`      "Effect": "Allow",
      "Action": [
        "sqs:GetQueueUrl",
        "sqs:GetQueueAttributes",
        "sqs:SendMessage"
      ],
      "Resource": "*"`));
  // Side by side stays side by side.
  const [inline] = expandAt('{"Statement": {"Effect": "Allow", "Action": ["s3:GetObjectT*$0", "s3:PutObject"], "Resource": "*"}}');
  assert.equal(inline.result, '{"Statement": {"Effect": "Allow", "Action": ["s3:GetObjectTagging", "s3:GetObjectTorrent", "s3:PutObject"], "Resource": "*"}}');
});

test('the expansion grants exactly what the pattern grants today', () => {
  const [only] = expandAt('{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:$0Get*", "Resource": "*"}}');
  const expanded: string[] = JSON.parse(only.result).Statement.Action;
  assert.deepEqual(new Set(expanded.map((a) => a.toLowerCase())), new Set(catalog.matchActions('s3:Get*').map((a) => `${a.service}:${a.name}`.toLowerCase())));
  assert.ok(expanded.length > 40 && expanded.every((a) => /^s3:Get/.test(a)), expanded.join(' '));
});

test('a policy held in a JSON string gets an escaped edit, and the document stays valid JSON', () => {
  const inner = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjectT*", "Resource": "*"}]}';
  const source = `{"RoleName": "r", "PolicyName": "p", "PolicyDocument": "${embed(inner).replace('GetObjectT*', 'GetObjectT*$0')}"}`;
  const [only] = expandAt(source);
  const outer = JSON.parse(only.result);
  assert.deepEqual(JSON.parse(outer.PolicyDocument).Statement[0].Action, ['s3:GetObjectTagging', 's3:GetObjectTorrent']);
  assert.deepEqual(analyzeDocument(parseDocument(only.result), { catalog }).filter((f) => f.severity === 'error'), []);
  assert.equal(policiesOf(parseDocument(only.result)).length, 1);
});

test('nothing is offered where expanding would change what the policy means, or says nothing', () => {
  const none = (statement: string, options?: { catalog?: Catalog | null }) => assert.deepEqual(expandAt(policy(statement), options), [], statement);
  // A Deny or a NotAction would stop covering actions AWS adds later.
  none('"Effect": "Deny", "Action": "s3:Delete$0*", "Resource": "*"');
  none('"Effect": "Allow", "NotAction": "iam:$0*", "Resource": "*"');
  // Wildcards over services, no wildcard, nothing matched, too many matches.
  none('"Effect": "Allow", "Action": "$0*", "Resource": "*"');
  none('"Effect": "Allow", "Action": "s3*:Get$0*", "Resource": "*"');
  none('"Effect": "Allow", "Action": "s3:Get$0Object", "Resource": "*"');
  none('"Effect": "Allow", "Action": "s3:Nope$0*", "Resource": "*"');
  assert.ok(catalog.matchActions('ec2:*').length > MAX_ACTIONS);
  none('"Effect": "Allow", "Action": "ec2:$0*", "Resource": "*"');
  // Elsewhere in the statement, or before the catalog has loaded.
  none('"Effect": "Allow", "Action": "s3:Get*", "Resource": "arn:aws:s3:::b$0/*"');
  none('"Effect": "Allow", "Action": "s3:Get$0*", "Resource": "*"', { catalog: null });
});

test('the title in Japanese', () => {
  const [only] = expandAt('{"Statement": {"Effect": "Allow", "Action": "iam:Pass$0*", "Resource": "*"}}', { locale: 'ja' });
  assert.equal(only.title, '"iam:Pass*" を一致する 1 個のアクションに展開（2026-09-26 時点のカタログ。今後追加されるアクションは含まれません）');
  assert.equal(only.result, '{"Statement": {"Effect": "Allow", "Action": ["iam:PassRole"], "Resource": "*"}}');
});
