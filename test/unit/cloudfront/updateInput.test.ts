import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzeDocument, DEFAULT_OPTIONS, hoverAt, parseDocument, type Span } from '../../../server/src/analysis';
import { updateInputRewrites } from '../../../server/src/analysis/cloudfront/updateInput';
import { applyEdits, parseFixture } from '../fixture';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'unit', 'fixtures', 'cloudfront');

/** The rewrites offered at the fixture's cursor `$0`, each applied to the text. */
function rewritesAt(source: string, locale: 'en' | 'ja' = 'en'): { title: string; result: string }[] {
  const { text, cursor } = parseFixture(source);
  const span: Span = { offset: cursor ?? 0, length: 0 };
  return updateInputRewrites(parseDocument(text), span, locale).map((fix) => ({ title: fix.title, result: applyEdits(text, fix.edits) }));
}

const GET_CONFIG_OUTPUT = `{
    "ETag": "E2QWRUH$0EXAMPLE",
    "DistributionConfig": {
        "CallerReference": "site-2026",
        "Comment":  "kept as written",
        "DefaultCacheBehavior": {
            "TargetOriginId": "site",
            "ViewerProtocolPolicy": "redirect-to-https",
            "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"
        },
        "Origins": { "Quantity": 1, "Items": [ { "Id": "site", "DomainName": "example.com",
            "CustomOriginConfig": { "HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only" } } ] },
        "Enabled": true
    }
}
`;

test('get-distribution-config output: keeping only the DistributionConfig shifts it left and changes nothing else', () => {
  const offered = rewritesAt(GET_CONFIG_OUTPUT);
  assert.deepEqual(offered.map((o) => o.title), [
    'Keep only the DistributionConfig, for update-distribution --distribution-config (with --if-match E2QWRUHEXAMPLE)',
  ]);
  assert.equal(offered[0].result, `{
    "CallerReference": "site-2026",
    "Comment":  "kept as written",
    "DefaultCacheBehavior": {
        "TargetOriginId": "site",
        "ViewerProtocolPolicy": "redirect-to-https",
        "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"
    },
    "Origins": { "Quantity": 1, "Items": [ { "Id": "site", "DomainName": "example.com",
        "CustomOriginConfig": { "HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only" } } ] },
    "Enabled": true
}
`);
  // The result is still recognised as a distribution config, the bare form update-distribution takes.
  const after = parseDocument(offered[0].result);
  assert.equal(after.syntaxErrors.length, 0);
  assert.deepEqual(analyzeDocument(after).filter((f) => f.severity === 'error'), []);
});

test('the rewrites are offered on the ETag member and the DistributionConfig key only', () => {
  const base = GET_CONFIG_OUTPUT.replace('$0', '');
  const at = (marked: string) => rewritesAt(base.replace(marked.replace('|', ''), () => marked.replace('|', '$0'))).length;
  assert.equal(at('"|ETag"'), 1);
  assert.equal(at('"Distribution|Config"'), 1);
  assert.equal(at('"Call|erReference"'), 0);
  assert.equal(at('"Target|OriginId"'), 0);
});

test('get-distribution output: also a --cli-input-json rewrite with the Id and the ETag as IfMatch', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'awscli-create-distribution-output.json'), 'utf8');
  const etagAt = text.indexOf('"ETag"');
  const fixes = updateInputRewrites(parseDocument(text), { offset: etagAt, length: 0 }, 'en');
  assert.deepEqual(fixes.map((f) => f.title), [
    'Keep only the DistributionConfig, for update-distribution --distribution-config (with --if-match E9LHASXEXAMPLE)',
    'Rewrite as update-distribution --cli-input-json input (Id EMLARXS9EXAMPLE, IfMatch from ETag)',
  ]);
  const original = JSON.parse(text);
  const bare = JSON.parse(applyEdits(text, fixes[0].edits));
  assert.deepEqual(bare, original.Distribution.DistributionConfig);
  const cliInput = applyEdits(text, fixes[1].edits);
  assert.deepEqual(JSON.parse(cliInput), { Id: 'EMLARXS9EXAMPLE', IfMatch: 'E9LHASXEXAMPLE', DistributionConfig: original.Distribution.DistributionConfig });
  // Indented like the original: members at 4 spaces, the config's members at 8.
  assert.match(cliInput, /^\{\n {4}"Id": "EMLARXS9EXAMPLE",\n {4}"IfMatch": "E9LHASXEXAMPLE",\n {4}"DistributionConfig": \{\n {8}"CallerReference"/);
  assert.match(cliInput, /\n {4}\}\n\}\n$/);
});

test('a one-line output and CRLF line ends keep their form', () => {
  const oneLine = '{"ETag": "E1", "Distribution": {"Id": "D1", "DistributionConfig": {"CallerReference": "r", "Enabled": true}}}';
  const fixes = updateInputRewrites(parseDocument(oneLine), { offset: 2, length: 0 }, 'en');
  assert.equal(applyEdits(oneLine, fixes[0].edits), '{"CallerReference": "r", "Enabled": true}');
  assert.equal(applyEdits(oneLine, fixes[1].edits), '{"Id": "D1", "IfMatch": "E1", "DistributionConfig": {"CallerReference": "r", "Enabled": true}}');

  const crlf = GET_CONFIG_OUTPUT.replace('$0', '').replace(/\n/g, '\r\n');
  const [bare] = updateInputRewrites(parseDocument(crlf), { offset: crlf.indexOf('ETag'), length: 0 }, 'en');
  const result = applyEdits(crlf, bare.edits);
  assert.ok(result.startsWith('{\r\n    "CallerReference"') && result.endsWith('\r\n}\r\n'), JSON.stringify(result.slice(0, 40)));
});

test('nothing is offered for other documents, broken text or a missing ETag', () => {
  const none = (text: string) => updateInputRewrites(parseDocument(text), { offset: text.indexOf('ETag'), length: 4 }, 'en');
  assert.deepEqual(none(GET_CONFIG_OUTPUT.replace('$0', '').replace('"Enabled": true', '"Enabled": true,,')), []);
  assert.deepEqual(none('{"ETag": "", "DistributionConfig": {"CallerReference": "r"}}'), []);
  assert.deepEqual(none('{"ETag": "E1", "DistributionConfig": "not an object"}'), []);
  assert.deepEqual(none('{"ETag": "E1", "Policy": {"Version": "2012-10-17"}}'), []);
  assert.deepEqual(none('{"Id": "D1", "IfMatch": "E1", "DistributionConfig": {"CallerReference": "r"}}'), []);
  assert.deepEqual(none('[{"ETag": "E1"}]'), []);
  assert.deepEqual(none(''), []);
});

test('titles in Japanese', () => {
  const text = fs.readFileSync(path.join(FIXTURES, 'awscli-create-distribution-output.json'), 'utf8');
  const titles = updateInputRewrites(parseDocument(text), { offset: text.indexOf('"ETag"'), length: 0 }, 'ja').map((f) => f.title);
  assert.deepEqual(titles, [
    'DistributionConfig だけを残す（update-distribution --distribution-config 用。--if-match E9LHASXEXAMPLE を付けて実行）',
    'update-distribution --cli-input-json の入力に書き換える（Id EMLARXS9EXAMPLE、ETag を IfMatch に）',
  ]);
});

test('hover on the ETag of a saved output and on the IfMatch of update-distribution input', () => {
  const saved = GET_CONFIG_OUTPUT.replace('$0', '');
  const onEtag = hoverAt(parseDocument(saved), saved.indexOf('ETag'), DEFAULT_OPTIONS);
  assert.match(onEtag?.markdown ?? '', /^\*\*ETag\*\* `E2QWRUHEXAMPLE` — .*--if-match.*PreconditionFailed.*Refactor menu/s);
  assert.deepEqual(onEtag?.span, { offset: saved.indexOf('"ETag"'), length: 6 });
  const ja = hoverAt(parseDocument(saved), saved.indexOf('ETag'), { ...DEFAULT_OPTIONS, locale: 'ja' });
  assert.match(ja?.markdown ?? '', /この出力を保存したときの/);

  const input = '{"Id": "EDFDVBD6EXAMPLE", "IfMatch": "E2QWRUHEXAMPLE", "DistributionConfig": {"CallerReference": "r", "Origins": {"Quantity": 0, "Items": []}, "DefaultCacheBehavior": {}}}';
  assert.match(hoverAt(parseDocument(input), input.indexOf('IfMatch'), DEFAULT_OPTIONS)?.markdown ?? '', /^\*\*IfMatch\*\* `E2QWRUHEXAMPLE` — .*PreconditionFailed/s);
  // Not on other keys, and not on an ETag in a document that is no saved distribution output.
  assert.equal(hoverAt(parseDocument(input), input.indexOf('"Id"') + 1, DEFAULT_OPTIONS), undefined);
  const other = '{"ETag": "E1", "Version": "2012-10-17", "Statement": []}';
  assert.equal(hoverAt(parseDocument(other), 2, DEFAULT_OPTIONS), undefined);
});
