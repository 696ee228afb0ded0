// The CloudFront rules name keys the way the source spells them. A test front-end reads JSON like the JSON
// front-end but spells a few keys in snake_case, as a Terraform front-end would; the rules' messages must use
// those names (outside the AWS error texts they quote), and with the JSON front-end they must stay AWS's.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, parseDocument, type Finding, type Locale } from '../../../../server/src/analysis';
import { JSON_FRONT_END } from '../../../../server/src/analysis/json/frontEnd';
import { allowedMethods } from '../../../../server/src/analysis/rules/cloudfront/allowedMethods';
import { shadowedBehavior } from '../../../../server/src/analysis/rules/cloudfront/shadowedBehavior';
import { targetOrigin } from '../../../../server/src/analysis/rules/cloudfront/targetOrigin';
import { ttlOrder } from '../../../../server/src/analysis/rules/cloudfront/ttlOrder';
import type { Rule } from '../../../../server/src/analysis/rules/types';
import type { FrontEnd } from '../../../../server/src/analysis/source/frontEnd';
import { behavior, dist, SHAPES } from './shapes';

const SNAKE: Readonly<Record<string, string>> = {
  MinTTL: 'min_ttl',
  DefaultTTL: 'default_ttl',
  MaxTTL: 'max_ttl',
  TargetOriginId: 'target_origin_id',
  AllowedMethods: 'allowed_methods',
  CachedMethods: 'cached_methods',
  Id: 'origin_id',
  CacheBehaviors: 'ordered_cache_behavior',
  DefaultCacheBehavior: 'default_cache_behavior',
};

/** The JSON front-end with snake_case names for the keys above. */
const SNAKE_FRONT_END: FrontEnd = {
  syntax: 'json',
  parse(text) {
    return { ...JSON_FRONT_END.parse(text), spelling: { key: (canonical) => SNAKE[canonical] ?? canonical } };
  },
};

function findings(rule: Rule, text: string, frontEnd: FrontEnd, locale: Locale = 'en'): Finding[] {
  return analyzeDocument(parseDocument(text, frontEnd), { rules: [rule], locale });
}

/** A message without the texts it quotes (AWS's error messages and the user's values keep their own words). */
function ownWords(message: string): string {
  return message.replace(/"[^"]*"/g, '""');
}

const LEGACY = '"ForwardedValues": {"QueryString": false, "Cookies": {"Forward": "none"}}';

const rows: { rule: Rule; source: (shape: 'api' | 'cfn') => string; snake: RegExp[]; aws: RegExp[] }[] = [
  {
    rule: ttlOrder,
    source: (shape) => dist(shape, { behaviors: [behavior('/a/*', `${LEGACY}, "MinTTL": 3600, "DefaultTTL": 60`, { cachePolicy: false })] }),
    snake: [/^min_ttl \(3600 s \(1 hour\)\) is more than default_ttl \(60 s \(1 minute\)\) in ordered_cache_behavior #1 "\/a\/\*"/],
    aws: [/^MinTTL \(3600 s \(1 hour\)\) is more than DefaultTTL \(60 s \(1 minute\)\) in cache behavior #1 "\/a\/\*"/],
  },
  {
    rule: ttlOrder,
    source: (shape) => dist(shape, { defaultBehavior: behavior(undefined, `${LEGACY}, "MaxTTL": 3600`, { cachePolicy: false }) }),
    snake: [/^max_ttl \(3600 s \(1 hour\)\) is less than the default default_ttl .* in default_cache_behavior, which has no default_ttl\./],
    aws: [/^MaxTTL \(3600 s \(1 hour\)\) is less than the default DefaultTTL .* in the Default cache behavior, which has no DefaultTTL\./],
  },
  {
    rule: targetOrigin,
    source: (shape) => dist(shape, { defaultBehavior: behavior(undefined, '', { target: 'S3' }), behaviors: [behavior('/api/*', '', { target: 'ap' })] }),
    snake: [
      /^target_origin_id "S3" of default_cache_behavior is not the origin_id of any origin/,
      /^target_origin_id "ap" of ordered_cache_behavior #1 "\/api\/\*" is not the origin_id of any origin/,
    ],
    aws: [
      /^TargetOriginId "S3" of the Default cache behavior is not the Id of any origin/,
      /^TargetOriginId "ap" of cache behavior #1 "\/api\/\*" is not the Id of any origin/,
    ],
  },
  {
    rule: targetOrigin,
    source: (shape) => dist(shape, { origins: ['{"Id": "s3", "DomainName": "a.example.com"}', '{"Id": "s3", "DomainName": "b.example.com"}'] }),
    snake: [/^Origin origin_id "s3" is used twice\. Every origin origin_id must be unique/],
    aws: [/^Origin Id "s3" is used twice\. Every origin Id must be unique/],
  },
  {
    rule: allowedMethods,
    source: (shape) => dist(shape, {
      behaviors: [behavior('/api/*', shape === 'api'
        ? '"AllowedMethods": {"Quantity": 3, "Items": ["GET", "HEAD", "POST"], "CachedMethods": {"Quantity": 3, "Items": ["GET", "HEAD", "PUT"]}}'
        : '"AllowedMethods": ["GET", "HEAD", "POST"], "CachedMethods": ["GET", "HEAD", "PUT"]')],
    }),
    snake: [/^allowed_methods of ordered_cache_behavior #1 "\/api\/\*" is GET, HEAD, POST/, /^cached_methods of ordered_cache_behavior #1 "\/api\/\*" is GET, HEAD, PUT/],
    aws: [/^AllowedMethods of cache behavior #1 "\/api\/\*" is GET, HEAD, POST/, /^CachedMethods of cache behavior #1 "\/api\/\*" is GET, HEAD, PUT/],
  },
  {
    rule: shadowedBehavior,
    source: (shape) => dist(shape, { behaviors: [behavior('/img/*'), behavior('/img/logo.png')] }),
    snake: [/^ordered_cache_behavior #2 "\/img\/logo\.png" is never used: every path it matches is matched first by #1 "\/img\/\*"/],
    aws: [/^Cache behavior #2 "\/img\/logo\.png" is never used: every path it matches is matched first by #1 "\/img\/\*"/],
  },
  {
    rule: shadowedBehavior,
    source: (shape) => dist(shape, { behaviors: [behavior('*')] }),
    snake: [/^default_cache_behavior is never used: #1 "\*" matches every path\./],
    aws: [/^The Default cache behavior is never used: #1 "\*" matches every path\./],
  },
];

rows.forEach((row, i) => {
  test(`CloudFront messages name keys as the source spells them: ${row.rule.meta.id} (${i + 1})`, () => {
    for (const shape of SHAPES) {
      const text = row.source(shape);
      const snake = findings(row.rule, text, SNAKE_FRONT_END);
      const aws = findings(row.rule, text, JSON_FRONT_END);
      assert.equal(snake.length, row.snake.length, snake.map((f) => f.message).join(' | '));
      assert.equal(aws.length, row.aws.length, aws.map((f) => f.message).join(' | '));
      snake.forEach((f, j) => {
        assert.match(f.message, row.snake[j]);
        // Outside what it quotes, the message uses none of AWS's names for the keys the source spells otherwise.
        for (const canonical of Object.keys(SNAKE)) assert.ok(!new RegExp(`\\b${canonical}\\b`).test(ownWords(f.message)), `${canonical} in: ${f.message}`);
        for (const fix of f.fixes ?? []) for (const canonical of Object.keys(SNAKE)) assert.ok(!new RegExp(`\\b${canonical}\\b`).test(ownWords(fix.title)), `${canonical} in: ${fix.title}`);
      });
      aws.forEach((f, j) => assert.match(f.message, row.aws[j]));
      // Spans and fixes do not depend on the spelling: the writer is the document's.
      assert.deepEqual(snake.map((f) => [f.span, f.fixes?.map((x) => x.edits)]), aws.map((f) => [f.span, f.fixes?.map((x) => x.edits)]));
      // Japanese messages use the spelled names too.
      for (const f of findings(row.rule, text, SNAKE_FRONT_END, 'ja')) {
        for (const canonical of Object.keys(SNAKE)) assert.ok(!new RegExp(`\\b${canonical}\\b`).test(ownWords(f.message)), `${canonical} in: ${f.message}`);
      }
    }
  });
});

test('CloudFront fix titles name keys as the source spells them', () => {
  for (const shape of SHAPES) {
    const text = dist(shape, { behaviors: [behavior('/a/*', `${LEGACY}, "MaxTTL": 3600`, { cachePolicy: false })] });
    const [warning] = findings(ttlOrder, text, SNAKE_FRONT_END);
    assert.equal(warning.fixes?.[0].title, 'Add default_ttl 3600 (equal to max_ttl)');
    // The edit itself is the writer's: the JSON writer writes AWS's key.
    assert.match(warning.fixes?.[0].edits[0].newText ?? '', /"DefaultTTL": 3600/);
  }
});
