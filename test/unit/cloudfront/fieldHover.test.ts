import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt, parseDocument, type Locale } from '../../../server/src/analysis';
import { DEFAULT_SEMANTICS } from '../../../server/src/analysis/cloudfront/paths/semantics';
import { DEFAULT_QUOTAS } from '../../../server/src/analysis/options';
import { parseFixture } from '../fixture';
import { api, batch, BEHAVIOR, cfn, realWorldDocuments } from './schemaFixtures';

interface Row {
  name: string;
  /** `$0` is the cursor; `⟦…⟧` the range the hover must report. No ⟦⟧ means no hover. */
  fixture: string;
  locale?: Locale;
  says?: string[];
  saysNot?: string[];
}

const rows: Row[] = [
  // Keys.
  { name: 'a key: what it is, type, required', fixture: api(BEHAVIOR.replace('"ViewerProtocolPolicy"', '⟦"Viewer$0ProtocolPolicy"⟧')), says: ['**ViewerProtocolPolicy** — string, required', '`redirect-to-https` — HTTP requests get a 301 redirect'] },
  { name: 'a key in Japanese', locale: 'ja', fixture: api(BEHAVIOR.replace('"ViewerProtocolPolicy"', '⟦"Viewer$0ProtocolPolicy"⟧')), says: ['**ViewerProtocolPolicy** — 文字列、必須', '301 リダイレクト'] },
  { name: 'limits and default', fixture: api().replace('"DomainName": "b.s3.amazonaws.com"', '"DomainName": "b.s3.amazonaws.com", ⟦"Connection$0Attempts"⟧: 3'), says: ['integer, optional', 'Default: `3`', 'Limits: 1–3'] },
  { name: 'an adjustable limit in seconds', fixture: api().replace('"S3OriginConfig": {"OriginAccessIdentity": ""}', '"S3OriginConfig": {"OriginAccessIdentity": "", ⟦"OriginRead$0Timeout"⟧: 30}'), says: ['Default: `30`', 'Limits: 1–180 seconds (default quota; AWS can raise it on request)'] },
  { name: 'the other shape\'s name', fixture: cfn(BEHAVIOR, ', ⟦"IPV6$0Enabled"⟧: true'), says: ['In the CloudFront API form this is called `IsIPV6Enabled`.'] },
  { name: 'a deprecated member', fixture: api(`${BEHAVIOR}, ⟦"Min$0TTL"⟧: 0`), says: ['integer, optional, deprecated', 'Default: `0`'] },
  { name: 'an invalidation key', fixture: batch('"Quantity": 1, "Items": ["/a"]', '"x"').replace('"CallerReference"', '⟦"Caller$0Reference"⟧'), says: ['**CallerReference** — string, required', 'InvalidationBatchAlreadyExists'] },
  { name: 'an unknown key: nothing', fixture: api(`${BEHAVIOR}, "Ban$0ana": 1`) },
  { name: 'outside the config, on the ETag of the wrapper: how update-distribution uses it', fixture: api().replace('"ETag"', '⟦"ET$0ag"⟧'), says: ['**ETag** `E1` — the version of the distribution config this output was saved from.'] },
  { name: 'a document that is no distribution: nothing', fixture: '{"Comment": "x", "En$0abled": true}' },

  // Values.
  { name: 'an enum value explains itself first', fixture: api(BEHAVIOR.replace('"allow-all"', '⟦"allow$0-all"⟧')), says: ['**ViewerProtocolPolicy** = `allow-all` — Viewers may use HTTP or HTTPS.', '---', 'Allowed values:'] },
  { name: 'an enum value in Japanese', locale: 'ja', fixture: api(BEHAVIOR, ', "PriceClass": ⟦"PriceClass$0_100"⟧'), says: ['`PriceClass_100` — 最も安価な地域'] },
  { name: 'a list element', fixture: api(`${BEHAVIOR}, "AllowedMethods": {"Quantity": 2, "Items": ["GET", ⟦"HE$0AD"⟧]}`), says: ['**AllowedMethods.Items[1]** — string', 'An HTTP method.'] },
  { name: 'a TTL in human units, with the trio', fixture: api(`"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all", "MinTTL": 0, "DefaultTTL": ⟦86$0400⟧, "MaxTTL": 31536000`), says: ['**DefaultTTL** = 86400 s (1 day)', 'MinTTL 0 s, DefaultTTL 86400 s (1 day), MaxTTL 31536000 s (1 year).', 'Deprecated'] },
  { name: 'a TTL with the others left at their defaults', fixture: api(`"TargetOriginId": "s3", "ViewerProtocolPolicy": "allow-all", "MaxTTL": ⟦$00⟧`), says: ['**MaxTTL** = 0 s', 'Nothing is cached'] },
  { name: 'a TTL in Japanese', locale: 'ja', fixture: cfn(`${BEHAVIOR}, "DefaultTTL": ⟦36$000⟧`), says: ['**DefaultTTL** = 3600 秒（1 時間）'] },
  { name: 'a managed cache policy: name, TTLs and cache key', fixture: api(BEHAVIOR.replace('"658327ea-f89d-4fab-a63d-7e88639e58f6"', '⟦"6583$027ea-f89d-4fab-a63d-7e88639e58f6"⟧')), says: ['AWS managed cache policy `CachingOptimized`', 'MinTTL 1 s, DefaultTTL 86400 s (1 day), MaxTTL 31536000 s (1 year).', 'Cache key (also sent to the origin): No headers, cookies or query strings', '**CachePolicyId** — string, optional'] },
  { name: 'a managed cache policy in Japanese', locale: 'ja', fixture: cfn(BEHAVIOR.replace('"658327ea-f89d-4fab-a63d-7e88639e58f6"', '⟦"4135ea2d$0-6df8-44a3-9df3-4b5a84be39ad"⟧')), says: ['AWS マネージドキャッシュポリシー `CachingDisabled`', '何もキャッシュされません'] },
  { name: 'a managed origin request policy', fixture: api(`${BEHAVIOR}, "OriginRequestPolicyId": ⟦"b689b0a8$0-53d0-40ab-baf2-68738e2966ac"⟧`), says: ['`AllViewerExceptHostHeader`', 'except Host'] },
  { name: 'a managed response headers policy', fixture: api(`${BEHAVIOR}, "ResponseHeadersPolicyId": ⟦"67f7725c$0-6f97-4210-82d7-5512b31e9d03"⟧`), says: ['`SecurityHeadersPolicy`', 'Strict-Transport-Security (1 year)'] },
  { name: 'an unknown policy ID is not an error, just not managed', fixture: api(BEHAVIOR.replace('"658327ea-f89d-4fab-a63d-7e88639e58f6"', '⟦"0000$0-my-policy"⟧')), says: ['`0000-my-policy`: Not an AWS managed cache policy'] },
  { name: 'user text is Markdown-escaped', fixture: api(BEHAVIOR.replace('"658327ea-f89d-4fab-a63d-7e88639e58f6"', '⟦"a`b**$0c**"⟧')), says: ['``a`b**c**``: Not an AWS managed'] },
  { name: 'a policy ID that is an intrinsic function: only the key hovers', fixture: cfn(BEHAVIOR.replace('"658327ea-f89d-4fab-a63d-7e88639e58f6"', '{"Ref": "P$0olicy"}')) },
  { name: 'the opening brace of an object value describes the field', fixture: api(`${BEHAVIOR}, "GrpcConfig": ⟦$0{⟧"Enabled": true}`), says: ['**GrpcConfig** — object, optional'] },
  { name: 'inside an object, between members: nothing', fixture: api(`${BEHAVIOR}, "GrpcConfig": { $0 "Enabled": true}`) },

  // Invalidation cost.
  { name: 'Paths: the cost rule and this batch\'s count', fixture: batch('"Quantity": 3, "Items": ["/index.html", "/img/*", "/css/*"]').replace('"Paths"', '⟦"Pa$0ths"⟧'), says: ['first 1,000 paths per month are free', 'USD 0.005', 'counts as one path', 'This batch: 3 paths, 2 of them with a wildcard.', 'USD 0.015 (3 × USD 0.005)', '**Paths** — list as {"Quantity", "Items"}, required'] },
  { name: 'Paths in Japanese', locale: 'ja', fixture: batch('"Quantity": 1, "Items": ["/*"]').replace('"Paths"', '⟦"Pa$0ths"⟧'), says: ['毎月最初の 1,000 パスまでは無料', 'このバッチ: 1 件のパス（うちワイルドカード付き 1 件）。'] },
  { name: 'a path', fixture: batch('"Quantity": 1, "Items": [⟦"/ind$0ex.html"⟧]'), says: ['**Paths.Items[0]** — string', 'starts with `/`', '4,000'] },

  // The cache-behavior hovers stay first on their nodes.
  { name: 'PathPattern value keeps its evaluation-order hover', fixture: api(BEHAVIOR, `, "CacheBehaviors": {"Quantity": 1, "Items": [{"PathPattern": ⟦"/api$0/*"⟧, ${BEHAVIOR}}]}`), says: ['evaluated 1st of 1 cache behavior'], saysNot: ['**PathPattern** — string'] },
  { name: 'PathPattern key gets the field description', fixture: api(BEHAVIOR, `, "CacheBehaviors": {"Quantity": 1, "Items": [{⟦"Path$0Pattern"⟧: "/api/*", ${BEHAVIOR}}]}`), says: ['**PathPattern** — string, required', 'up to 255 characters'] },
  { name: 'DefaultCacheBehavior key keeps its hover', fixture: api().replace('"DefaultCacheBehavior"', '⟦"Default$0CacheBehavior"⟧'), says: ['**Default cache behavior**'] },
];

for (const row of rows) {
  test(`field hover: ${row.name}`, () => {
    const { text, spans, cursor } = parseFixture(row.fixture);
    const hover = hoverAt(parseDocument(text), cursor!, { locale: row.locale ?? 'en', semantics: DEFAULT_SEMANTICS, quotas: DEFAULT_QUOTAS });
    if (!spans.length) {
      assert.equal(hover, undefined, hover?.markdown);
      return;
    }
    assert.ok(hover, 'a hover');
    assert.deepEqual(hover.span, spans[0], `range of ${hover.markdown}`);
    for (const words of row.says ?? []) assert.ok(hover.markdown.includes(words), `hover should say ${JSON.stringify(words)}:\n${hover.markdown}`);
    for (const words of row.saysNot ?? []) assert.ok(!hover.markdown.includes(words), `hover should not say ${JSON.stringify(words)}:\n${hover.markdown}`);
  });
}

test('field hover: every key of every real-world document has a hover, in both languages', () => {
  const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
  for (const { name, text } of realWorldDocuments()) {
    const doc = parseDocument(text);
    const roots = [...doc.model.distributions.map((d) => d.config), ...doc.model.invalidations.map((i) => i.batch)];
    let keys = 0;
    const visit = (node: NonNullable<typeof doc.root>): void => {
      if (node.type === 'object' && node.children?.length === 1 && /^(Ref|Fn::)/.test(String(node.children[0].children?.[0]?.value))) return;
      for (const child of node.children ?? []) {
        if (child.type === 'property') {
          const key = child.children![0];
          keys++;
          for (const locale of ['en', 'ja'] as const) {
            const hover = hoverAt(doc, key.offset + 1, { locale, semantics: DEFAULT_SEMANTICS, quotas: DEFAULT_QUOTAS });
            assert.ok(hover, `${name}: no hover on ${JSON.stringify(key.value)} at ${key.offset}`);
            if (locale === 'ja') assert.match(hover.markdown, JAPANESE, `${name}: ${String(key.value)}`);
          }
          if (child.children![1]) visit(child.children![1]);
        } else visit(child);
      }
    };
    for (const root of roots) visit(root);
    assert.ok(keys >= 4, name);
  }
});
