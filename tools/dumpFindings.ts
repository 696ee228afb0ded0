// Writes every finding (rule, severity, message, span, fixes, related spans) of a fixed set of documents to
// text files, one per configuration (en/ja, with/without the IAM action catalog), so that a change meant to
// keep behaviour (a performance change, a refactoring) can be checked by comparing the dumps made before
// and after it:
//
//   npm run build && tsc -p test && node out/tools/dumpFindings.js /tmp/before
//   … change the code …
//   tsc -p test && node out/tools/dumpFindings.js /tmp/after && diff -r /tmp/before /tmp/after
//
// The documents: the benchmark's generated documents (bench/generate.ts), the corpus under
// test/unit/fixtures, examples/ and the integration workspace, every rule's metadata example, and seeded
// mutations of the corpus (syntax damage, swapped IAM values, duplicated statements), so edge cases are
// covered as well as the happy path. Nothing here measures time.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument, parseDocument, policiesOf, rules, type Catalog, type Locale } from '../server/src/analysis';
import { loadCatalog } from '../server/src/iamCatalog/loadCatalog';
import { distributionApi, policy, template } from '../bench/generate';
import { mulberry32, mutateText } from '../test/support/random';

const ROOT = path.resolve(__dirname, '..', '..');

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json') || entry.name.endsWith('.jsonc')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Syntax damage, as in the fuzz test. */
const TOKENS = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u', '\\n', ' ', '\n', '\u00a0', '\ufeff', '*', '?', '/', 'null', 'true', '0', '-1', '1e999',
  '"PathPattern"', '"Statement"', '"Effect"', '"Quantity"', '"Items"', '{"Fn::Sub":"x"}', '"\\u0000"'];

/** Values that IAM and CloudFront rules care about, put in place of a string literal. */
const VALUES = ['"*"', '"s3:*"', '"s3:Get*"', '"s3:GetObjekt"', '"s4:GetObject"', '"iam:PassRole"', '"iam:*"', '"iam:CreateServiceLinkedRole"',
  '"sts:AssumeRole"', '"sts:AssumeRoleWithWebIdentity"', '"ec2:Describe*"', '"kms:Decrypt"', '"lambda:InvokeFunction"',
  '"arn:aws:s3:::bucket/*"', '"arn:aws:s3:::bucket"', '"arn:aws:iam::123456789012:role/r"', '"arn:aws:iam::123456789012:root"',
  '"arn:aws:dynamodb:us-east-1:123456789012:table/t"', '"arn:aws:s3:::${aws:username}/*"', '"arn:aws:s3:::<bucket>/*"', '"arn:${AWS::Partition}:s3:::b"',
  '"Allow"', '"Deny"', '"allow"', '"NotAction"', '"NotResource"', '"NotPrincipal"', '"Principal"', '"Condition"', '"Sid"', '"Action"', '"Resource"',
  '"2012-10-17"', '"2008-10-17"', '"StringLike"', '"StringEquals"', '"ForAllValues:StringEquals"', '"ForAnyValue:StringLike"', '"IpAddress"',
  '"NotIpAddress"', '"Bool"', '"Null"', '"ArnLike"', '"DateGreaterThan"', '"NumericLessThan"', '"StringEqualsIfExists"',
  '"aws:SourceIp"', '"aws:SecureTransport"', '"aws:PrincipalOrgID"', '"s3:prefix"', '"token.actions.githubusercontent.com:sub"',
  '"10.0.0.0/8"', '"192.168.1.1"', '"true"', '"True"', '"${aws:username}"', '"${aws:userid"', '"dup"', '"Statement1"', '"my sid"',
  '"lambda.amazonaws.com"', '"cognito-identity.amazonaws.com"', '"/*"', '"/images/*.jpg"', '"*.jpg"', '"/a?b"', '"origin-1"', '" s3:GetObject"',
  '"allow-all"', '"https-only"', '"http-only"', '"match-viewer"', '"all"', '"none"', '"whitelist"', '"Host"', '"Authorization"', '"GET"', '"POST"',
  '"index.html"', '"/index.html"', '"bucket.s3.amazonaws.com"', '"bucket.s3-website-us-east-1.amazonaws.com"', '"TLSv1"', '"sni-only"', '"/path/"',
  '"s3:x-amz-acl"', '"ec2:ResourceTag/env"', '"aws:ResourceTag/env"', '"dynamodb:LeadingKeys"', '"kms:ViaService"', '"iam:PassedToService"'];
/** Numbers for TTLs, quantities and quotas, put in place of a number literal. */
const NUMBERS = ['0', '1', '2', '31536000', '86400', '-1', '100', '3.5'];

/** A 32-bit seed from a document's name (FNV-1a). */
function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

const mutateSyntax = (text: string, random: () => number): string =>
  mutateText(text, random, { tokens: TOKENS, maxEdits: 3, truncate: 0.25, insert: 0.6, deleteUpTo: 20 });

function mutateValues(text: string, random: () => number): string {
  const literals = [...text.matchAll(/"(?:[^"\\\n]|\\.)*"|(?<=: *)-?\d+(?:\.\d+)?/g)];
  if (literals.length === 0) return text;
  let out = text;
  const edits = 1 + Math.floor(random() * 3);
  // Replace from the end so earlier offsets stay valid.
  const picks = Array.from({ length: edits }, () => literals[Math.floor(random() * literals.length)]).sort((a, b) => (b.index ?? 0) - (a.index ?? 0));
  let previous = Infinity;
  for (const m of picks) {
    const at = m.index ?? 0;
    if (at + m[0].length > previous) continue;
    const choices = m[0].startsWith('"') ? VALUES : NUMBERS;
    out = out.slice(0, at) + choices[Math.floor(random() * choices.length)] + out.slice(at + m[0].length);
    previous = at;
  }
  return out;
}

/** Copies a statement next to itself (exact duplicate) or after the last one, for the redundancy rules. */
function duplicateStatement(text: string, random: () => number): string | undefined {
  const views = policiesOf(parseDocument(text)).filter((v) => v.target.text === text && v.statementForm === 'array' && v.statements.length > 0);
  if (views.length === 0) return undefined;
  const view = views[Math.floor(random() * views.length)];
  const statement = view.statements[Math.floor(random() * view.statements.length)];
  const source = text.slice(statement.node.offset, statement.node.offset + statement.node.length);
  const at = statement.node.offset + statement.node.length;
  return text.slice(0, at) + ',' + source + text.slice(at);
}

function documents(): [string, string][] {
  const docs: [string, string][] = [];
  // The benchmark's documents, including the edited variants it analyses.
  const dist75 = distributionApi(75);
  const policy500 = policy(500);
  docs.push(['bench/distribution-75', dist75]);
  docs.push(['bench/distribution-75-disabled', dist75.replace('"Enabled": true', '"Enabled": false')]);
  docs.push(['bench/distribution-75-new-patterns', dist75.replace(/"PathPattern": "\//g, '"PathPattern": "/r1')]);
  docs.push(['bench/policy-500', policy500]);
  docs.push(['bench/policy-500-version-space', policy500.replace('"Version": "2012-10-17"', '"Version":  "2012-10-17"')]);
  for (const [label, bytes] of [['100KB', 100_000], ['1MB', 1_000_000], ['5MB', 5_000_000]] as const) docs.push([`bench/template-${label}`, template(bytes)]);
  for (const n of [1, 2, 7, 20, 60]) docs.push([`generated/policy-${n}`, policy(n)]);
  for (const n of [1, 5, 76]) docs.push([`generated/distribution-${n}`, distributionApi(n)]);
  // The corpus.
  const corpus: [string, string][] = [];
  for (const dir of ['test/unit/fixtures', 'examples', 'test/integration/workspace']) {
    for (const file of jsonFiles(path.join(ROOT, dir))) corpus.push([path.relative(ROOT, file), fs.readFileSync(file, 'utf8')]);
  }
  docs.push(...corpus);
  // Every rule's example, bad and good.
  for (const rule of rules) {
    if (rule.meta.example) {
      docs.push([`example/${rule.meta.id}/bad`, rule.meta.example.bad]);
      docs.push([`example/${rule.meta.id}/good`, rule.meta.example.good]);
    }
  }
  // Seeded mutations of the corpus and the rule examples.
  const seeds = [...corpus, ...docs.filter(([name]) => name.startsWith('example/')), ['generated/policy-20', policy(20)] as [string, string]];
  for (const [name, text] of seeds) {
    // Each document's mutations come from a generator seeded by its name, so adding or removing a document (a new
    // rule's example) leaves every other document's mutations, and so its dump lines, as they were.
    const random = mulberry32(seedOf(name));
    for (let i = 0; i < 30; i++) docs.push([`${name}#syntax${i}`, mutateSyntax(text, random)]);
    for (let i = 0; i < 40; i++) docs.push([`${name}#values${i}`, mutateValues(text, random)]);
    for (let i = 0; i < 5; i++) {
      const dup = duplicateStatement(text, random);
      if (dup === undefined) break;
      docs.push([`${name}#dup${i}`, dup]);
      docs.push([`${name}#dup${i}+values`, mutateValues(dup, random)]);
    }
  }
  return docs;
}

async function main(): Promise<void> {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('Usage: node out/tools/dumpFindings.js OUTDIR');
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const catalog = await loadCatalog();
  const docs = documents();
  const configs: [string, Locale, Catalog | undefined][] = [['en', 'en', undefined], ['ja', 'ja', undefined], ['en-catalog', 'en', catalog], ['ja-catalog', 'ja', catalog]];
  // One analysis cache for the whole run, as the language server keeps one across documents, locales and the
  // arrival of the catalog.
  const cache = new AnalysisCache();
  for (const [label, locale, withCatalog] of configs) {
    const lines: string[] = [];
    let count = 0;
    for (const [name, text] of docs) {
      const findings = analyzeDocument(parseDocument(text), { locale, catalog: withCatalog, cache });
      count += findings.length;
      lines.push(`${name}\t${text.length}\t${JSON.stringify(findings)}`);
    }
    const body = lines.join('\n') + '\n';
    fs.writeFileSync(path.join(outDir, `${label}.txt`), body);
    const hash = crypto.createHash('sha256').update(body).digest('hex').slice(0, 16);
    console.log(`${label}: ${docs.length} documents, ${count} findings, sha256 ${hash}`);
  }
  // Analysis keeps answers across documents and versions in its cache (catalog lookups, per-value verdicts); a
  // second pass in reverse order, with everything already remembered, must give the same findings as the first.
  const first = fs.readFileSync(path.join(outDir, 'en-catalog.txt'), 'utf8').split('\n');
  let differ = 0;
  for (let i = docs.length - 1; i >= 0; i--) {
    const [name, text] = docs[i];
    const line = `${name}\t${text.length}\t${JSON.stringify(analyzeDocument(parseDocument(text), { locale: 'en', catalog, cache }))}`;
    if (line !== first[i]) {
      differ++;
      if (differ <= 5) console.log(`second pass differs: ${name}`);
    }
  }
  console.log(`second pass (en-catalog, reverse order): ${differ === 0 ? 'identical' : `${differ} documents differ`}`);
  if (differ > 0) process.exitCode = 1;
}

void main();
