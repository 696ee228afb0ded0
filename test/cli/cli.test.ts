import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

import { ROOT, run, tempDir } from '../support/cli';

const GOOD = '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]\n}\n';

test('cli: text output names the file, the 1-based position, the severity and the rule', () => {
  const dir = tempDir({ 'bad.json': '\n\n' + GOOD, 'good.json': GOOD });
  const result = run(['check', 'bad.json', 'good.json'], dir);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^bad\.json:1:1 error iam\/leading-whitespace This policy file begins with 2 line breaks/);
  assert.equal(result.stdout.trim().split('\n').length, 1);
});

test('cli: an embedded policy string is reported on its own line and column', () => {
  const dir = tempDir({ 'skeleton.json': '{\n    "RoleName": "r",\n    "PolicyName": "p",\n    "PolicyDocument": "\\n{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}"\n}\n' });
  const result = run(['check', 'skeleton.json'], dir);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /^skeleton\.json:4:24 error iam\/leading-whitespace /);
});

test('cli: valid policies and unrelated JSON exit 0 with no findings', () => {
  const dir = tempDir({ 'policy.json': GOOD, 'package.json': '\n{"name":"x"}', 'sub/trust.json': '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' });
  const result = run(['check', '.'], dir);
  assert.equal(result.code, 0);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /3 file\(s\) checked, 2 recognised, 0 finding\(s\)/);
});

test('cli: folders are searched for *.json, skipping node_modules', () => {
  const dir = tempDir({ 'a/b/p.json': '\n' + GOOD, 'node_modules/x/p.json': '\n' + GOOD, 'a/notes.txt': '\n' + GOOD });
  const result = run(['check', '--format', 'json', '.'], dir);
  assert.equal(result.code, 1);
  const out = JSON.parse(result.stdout);
  assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['a/b/p.json']);
});

test('cli: JSON output has the documented shape with 0-based LSP positions', () => {
  const dir = tempDir({ 'p.json': '  ' + GOOD });
  const result = run(['check', '--format=json', 'p.json'], dir);
  assert.equal(result.code, 1);
  assert.deepEqual(JSON.parse(result.stdout), {
    version: 1,
    files: [{
      path: 'p.json',
      kinds: ['iam-policy'],
      findings: [{
        rule: 'iam/leading-whitespace',
        severity: 'error',
        message: JSON.parse(result.stdout).files[0].findings[0].message,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } },
      }],
    }],
  });
});

test('cli: SARIF output is valid SARIF 2.1.0 and carries the rules and results', () => {
  // The schema is the SARIF 2.1.0 JSON schema as published by Microsoft's SARIF tooling on npm.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv-draft-04');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const addFormats = require('ajv-formats');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const result = run(['check', '--format', 'sarif', 'examples']);
  assert.equal(result.code, 1);
  const log = JSON.parse(result.stdout);
  assert.ok(validate(log), JSON.stringify(validate.errors));
  assert.equal(log.version, '2.1.0');
  const results = log.runs[0].results;
  assert.ok(results.length >= 4);
  const heredoc = results.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
    r.locations[0].physicalLocation.artifactLocation.uri === 'examples/iam/heredoc-policy.json');
  assert.equal(heredoc.ruleId, 'iam/leading-whitespace');
  assert.equal(heredoc.level, 'error');
  assert.deepEqual(heredoc.locations[0].physicalLocation.region, { startLine: 1, startColumn: 1, endLine: 2, endColumn: 1 });
  assert.equal(log.runs[0].tool.driver.rules[heredoc.ruleIndex].id, 'iam/leading-whitespace');
  // A document that breaks the schema must be caught, or the check above proves nothing.
  results[0].level = 'fatal';
  assert.equal(validate(log), false);
});

test('cli: usage and I/O errors exit 2 with a clear message', () => {
  const cases: [string[], RegExp][] = [
    [[], /Usage:/],
    [['check'], /check needs at least one file or folder/],
    [['check', '--format', 'xml', 'x.json'], /--format must be text, json or sarif, not "xml"/],
    [['check', '--bogus', 'x.json'], /Unknown option --bogus/],
    [['lint', 'x.json'], /Unknown command "lint"/],
    [['check', 'does-not-exist.json'], /does-not-exist\.json: no such file or folder/],
  ];
  for (const [args, message] of cases) {
    const result = run(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('cli: --help and --version', () => {
  assert.match(run(['--help']).stdout, /cloudfront-iam-lens check/);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  assert.equal(run(['--version']).stdout.trim(), pkg.version);
});

test('cli: the bundled examples give the findings a user needs', () => {
  const result = run(['check', '--format', 'json', 'examples']);
  const byFile = Object.fromEntries(JSON.parse(result.stdout).files.map((f: { path: string; findings: { rule: string }[] }) => [f.path, f.findings.map((x) => x.rule)]));
  assert.deepEqual(byFile['examples/iam/heredoc-policy.json'], ['iam/leading-whitespace']);
  assert.deepEqual(byFile['examples/cli/put-role-policy.json'], ['iam/leading-whitespace']);
  assert.deepEqual(byFile['examples/iam/deploy-policy.json'], []);
  assert.deepEqual(byFile['examples/iam/broken-policy.json'], [
    'iam/sid-format', 'iam/effect', 'iam/unknown-action', 'iam/resource-type-mismatch', 'iam/resource-arn',
    'iam/pass-role-wildcard', 'iam/unresolved-substitution', 'iam/condition-value',
  ]);
  assert.deepEqual(byFile['examples/iam/trust-policy.json'], []);
  assert.deepEqual(byFile['examples/cli/create-role.json'], []);
  assert.deepEqual(byFile['examples/cloudfront/get-distribution-config.json'], ['cloudfront/shadowed-behavior']);
  assert.deepEqual(byFile['examples/cloudformation/site.template.json'], ['iam/leading-whitespace']);
  assert.deepEqual(byFile['examples/cloudfront/broken-distribution.json'], [
    'cloudfront/value-range', 'cloudfront/origin-path-repeated', 'cloudfront/allowed-methods', 'cloudfront/target-origin', 'cloudfront/ttl-order',
  ]);
  assert.deepEqual(byFile['examples/cloudformation/broken-site.template.json'], [
    'cloudfront/default-root-object', 'cloudfront/origin-domain', 'cloudfront/origin-domain', 'cloudfront/s3-host-header',
    'cloudfront/cache-unsafe-methods', 'cloudfront/aliases-certificate',
  ]);
  assert.deepEqual(byFile['examples/cloudfront/broken-invalidation-batch.json'], ['cloudfront/invalidation-paths', 'cloudfront/invalidation-paths', 'cloudfront/invalidation-paths']);
});

const DIST = 'examples/cloudfront/get-distribution-config.json';

test('cli: check loads the IAM action catalog only for files that hold a policy', () => {
  // The bundled CLI reads the catalog from the iam-data folder beside it; a copy of cli.js alone has none.
  const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-no-catalog-'));
  fs.copyFileSync(path.join(ROOT, 'dist', 'cli.js'), path.join(alone, 'cli.js'));
  const runAlone = (args: string[]) => {
    const { LC_ALL: _a, LC_MESSAGES: _m, LANG: _l, ...env } = process.env;
    const r = spawnSync(process.execPath, [path.join(alone, 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, LANG: 'C.UTF-8' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const unavailable = /the IAM action catalog could not be loaded/;

  // CloudFront-only files: the copy without the catalog answers exactly as the full CLI, with no complaint.
  const cloudfront = ['check', '--format', 'json', 'examples/cloudfront', 'examples/cloudformation/broken-site.template.json'];
  const kinds = JSON.parse(run(cloudfront).stdout).files.flatMap((f: { kinds: string[] }) => f.kinds);
  assert.ok(kinds.includes('cloudfront-distribution') && !kinds.includes('iam-policy'), 'the sample holds no policy');
  assert.deepEqual(runAlone(cloudfront), run(cloudfront));

  // A policy needs the catalog: the copy says it is missing and lacks the catalog's finding, the full CLI has it.
  const policy = ['check', '--format', 'json', 'examples/cloudfront', 'examples/iam/broken-policy.json'];
  const rules = (stdout: string): string[] => JSON.parse(stdout).files.flatMap((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));
  const withCatalog = run(policy);
  const without = runAlone(policy);
  assert.doesNotMatch(withCatalog.stderr, unavailable);
  assert.ok(rules(withCatalog.stdout).includes('iam/unknown-action'), 'loaded when the first policy is reached');
  assert.match(without.stderr, unavailable);
  assert.ok(!rules(without.stdout).includes('iam/unknown-action'));
  assert.match(runAlone(['check', '--lang', 'ja', 'examples/iam/broken-policy.json']).stderr, /IAM アクションカタログを読み込めなかった/);
  // simulate-iam always reads it.
  assert.match(runAlone(['simulate-iam', 'examples/iam/deploy-policy.json', '--action', 's3:GetObject', '--resource', '*']).stderr, unavailable);
});

test('cli simulate: text answer names the behavior, the origin URL and the X-Cache sequence', () => {
  const result = run(['simulate', DIST, 'https://www.example.com/api/v1/../users?id=7', '--method', 'post']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /^# POST https:\/\/www.example.com\/api\/v1\/..\/users\?id=7/);
  assert.match(result.stdout, /\*\*Hits behavior #1 `\/api\/\*`\*\*/);
  assert.match(result.stdout, /The origin receives: `https:\/\/api\.example\.com\/prod\/api\/v1\/..\/users\?id=7`/);
  assert.match(result.stdout, /X-Cache: first request "Miss from cloudfront"; repeated request "Miss from cloudfront"/);
});

test('cli simulate: JSON answer has the documented behavior reference', () => {
  const hit = JSON.parse(run(['simulate', DIST, '/images/logo-1.png', '--format', 'json']).stdout);
  assert.deepEqual(hit.behavior, { kind: 'cache-behavior', index: 1, pathPattern: '/images/*' });
  assert.deepEqual(hit.tried.map((t: { index: number }) => t.index), [0]);
  assert.equal(hit.normalizedPath, '/images/logo-1.png');
  const fallback = JSON.parse(run(['simulate', DIST, '/about.html', '--format=json']).stdout);
  assert.deepEqual(fallback.behavior, { kind: 'default' });
  assert.equal(fallback.tried.length, 4);
});

test('cli simulate: picks a template distribution by logical id and agrees with the editor engine', () => {
  const result = run(['simulate', 'examples/cloudformation/site.template.json', '/app/login', '--distribution', 'SiteDistribution', '--format', 'json']);
  assert.equal(result.code, 0, result.stderr);
  const out = JSON.parse(result.stdout);
  assert.equal(out.distribution, 'SiteDistribution');
  assert.deepEqual(out.behavior, { kind: 'cache-behavior', index: 0, pathPattern: '/app/*' });
  assert.equal(out.caching.cachePolicyName, 'CachingDisabled');
});

test('cli simulate: errors exit 2 with a clear message', () => {
  const cases: [string[], RegExp][] = [
    [['simulate', DIST], /simulate needs a FILE and a URL_OR_PATH/],
    [['simulate', DIST, '/', '--method', 'FETCH'], /--method must be one of GET, HEAD/],
    [['simulate', DIST, '/', '--format', 'sarif'], /--format must be text or json for simulate/],
    [['simulate', 'examples/iam/trust-policy.json', '/'], /^cloudfront-iam-lens: examples\/iam\/trust-policy\.json: The document holds no CloudFront distribution config\.\n$/],
    [['simulate', 'examples/cloudformation/site.template.json', '/', '--distribution', 'Nope'], /no distribution with logical id "Nope" \(found: SiteDistribution\)/],
    [['simulate', 'missing.json', '/'], /missing\.json: no such file/],
  ];
  for (const [args, message] of cases) {
    const result = run(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('cli simulate: errors and usage in Japanese with --lang ja or a Japanese LANG', () => {
  const cases: [string[], RegExp][] = [
    [['--lang', 'ja', 'simulate', 'examples/cloudformation/site.template.json', '/', '--distribution', 'Nope'],
      /^cloudfront-iam-lens: examples\/cloudformation\/site\.template\.json: このドキュメントに論理 ID "Nope" のディストリビューションはありません（あるのは SiteDistribution）。\n$/],
    [['--lang', 'ja', 'simulate', 'examples/iam/trust-policy.json', '/'], /trust-policy\.json: このドキュメントには CloudFront ディストリビューション設定がありません。/],
    [['--lang', 'ja', 'simulate', 'missing.json', '/'], /missing\.json: そのようなファイルはありません。/],
    [['--lang', 'ja', 'simulate', DIST], /^cloudfront-iam-lens: simulate には FILE と URL_OR_PATH を指定してください。\n\n使い方:\n/],
    [['--lang', 'ja', 'simulate', DIST, '/', '--method', 'FETCH'], /--method は GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE のいずれかです。/],
    [['--lang', 'ja', 'simulate', DIST, '/', '--format', 'sarif'], /simulate の --format は text か json です（"sarif" は使えません）。/],
    [['--lang', 'ja', 'simulate', DIST, '/', '--bogus'], /--bogus というオプションはありません。/],
    [['--lang', 'ja', 'simulate', DIST, '/', '--method'], /--method には値が必要です。/],
    [['--lang', 'ja', 'simulat'], /"simulat" というコマンドはありません。/],
  ];
  for (const [args, message] of cases) {
    const result = run(args);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
  }
  const fromEnv = run(['simulate', 'examples/iam/trust-policy.json', '/'], ROOT, { LANG: 'ja_JP.UTF-8' });
  assert.match(fromEnv.stderr, /CloudFront ディストリビューション設定がありません/);
  const help = run(['--lang', 'ja', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^使い方:\n {2}cloudfront-iam-lens check /);
  assert.match(help.stdout, /cloudfront-iam-lens simulate FILE URL_OR_PATH \[--method GET\] \[--distribution LOGICAL_ID\] \[--format text\|json\]\n {6}FILE のディストリビューションで/);
  assert.match(help.stdout, /--lang en\|ja {3}メッセージの言語/);
});

test('cli simulate: a template with several distributions uses the first and says so, in the chosen language', () => {
  const distribution = (pattern: string): object => ({
    Type: 'AWS::CloudFront::Distribution',
    Properties: { DistributionConfig: {
      Enabled: true,
      Origins: [{ Id: 'site', DomainName: 'site.example.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }],
      DefaultCacheBehavior: { TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
      CacheBehaviors: [{ PathPattern: pattern, TargetOriginId: 'site', ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad' }],
    } },
  });
  const dir = tempDir({ 'two.json': JSON.stringify({ Resources: { Web: distribution('/web/*'), Api: distribution('/api/*') } }, null, 2) });
  const first = run(['simulate', 'two.json', '/api/x', '--format', 'json'], dir);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stderr, 'two.json holds 2 distributions; using Web. Pick one with --distribution.\n');
  assert.equal(JSON.parse(first.stdout).distribution, 'Web');
  assert.deepEqual(JSON.parse(first.stdout).behavior, { kind: 'default' });
  const picked = run(['simulate', 'two.json', '/api/x', '--distribution', 'Api', '--format', 'json'], dir);
  assert.equal(picked.stderr, '');
  assert.deepEqual(JSON.parse(picked.stdout).behavior, { kind: 'cache-behavior', index: 0, pathPattern: '/api/*' });
  const ja = run(['--lang', 'ja', 'simulate', 'two.json', '/api/x'], dir);
  assert.equal(ja.stderr, 'two.json にはディストリビューションが 2 個あります。Web を使います。--distribution で選べます。\n');
  assert.match(ja.stdout, /\*\*デフォルトのビヘイビア \(\*\)\*\* に一致します/);
});

test('cli: the Resource wildcard of issue #11, which a backtracking matcher took ~40 s over, gets its findings', () => {
  // Only the answers are asserted. The first file is the issue's policy: the long ARN has no "b", so the pattern
  // does not cover it; the second ends in "b" and is covered.
  const policy = (resources: string[]): string => `${JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resources }] }, null, 2)}\n`;
  const pattern = 'arn:aws:s3:::*a*a*a*a*a*a*b';
  const dir = tempDir({
    'issue.json': policy([pattern, `arn:aws:s3:::${'a'.repeat(80)}`]),
    'covered.json': policy([pattern, `arn:aws:s3:::${'a'.repeat(80)}b`]),
  });
  const issue = run(['check', 'issue.json'], dir);
  assert.equal(issue.code, 0);
  assert.equal(issue.stdout, '');
  assert.match(issue.stderr, /1 file\(s\) checked, 1 recognised, 0 finding\(s\)/);
  const covered = run(['check', '--format', 'json', 'covered.json'], dir);
  assert.equal(covered.code, 0);
  const findings = JSON.parse(covered.stdout).files[0].findings;
  assert.deepEqual(findings.map((f: { rule: string; severity: string; range: { start: { line: number } } }) => [f.rule, f.severity, f.range.start.line]), [['iam/redundant-value', 'info', 8]]);
  assert.match(findings[0].message, /is already covered by "arn:aws:s3:::\*a\*a\*a\*a\*a\*a\*b" in Resource/);
});

test('cli: --lang ja and a Japanese LANG give Japanese messages; --lang must be en or ja', () => {
  const flagged = run(['check', '--lang', 'ja', 'examples/iam/heredoc-policy.json']);
  assert.equal(flagged.code, 1);
  assert.match(flagged.stdout, /^examples\/iam\/heredoc-policy\.json:1:1 error iam\/leading-whitespace このポリシーファイルは "\{" の前に改行 1 個があります/);
  assert.match(flagged.stderr, /1 個のファイルを検査/);
  const fromEnv = run(['simulate', DIST, '/images/a.png'], ROOT, { LANG: 'ja_JP.UTF-8' });
  assert.match(fromEnv.stdout, /\*\*ビヘイビア #2 `\/images\/\*`\*\* に一致します/);
  const english = run(['check', '--lang=en', 'examples/iam/heredoc-policy.json'], ROOT, { LANG: 'ja_JP.UTF-8' });
  assert.match(english.stdout, /This policy file begins with a line break/);
  const bad = run(['check', '--lang', 'fr', 'x.json']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--lang must be en or ja/);
});

test('cli: --include and --exclude filter the files found in folders, with the editor\'s globs', () => {
  const dir = tempDir({ 'infra/a.json': '\n' + GOOD, 'infra/generated/b.json': '\n' + GOOD, 'app/c.json': '\n' + GOOD, 'infra/d.jsonc': '\n' + GOOD });
  const paths = (args: string[]): string[] => JSON.parse(run(['check', '--format', 'json', ...args], dir).stdout).files.map((f: { path: string }) => f.path);
  assert.deepEqual(paths(['.']), ['app/c.json', 'infra/a.json', 'infra/d.jsonc', 'infra/generated/b.json']);
  assert.deepEqual(paths(['--include', 'infra/**', '--exclude=infra/generated/**', '.']), ['infra/a.json', 'infra/d.jsonc']);
  // A file named on the command line is checked whatever the globs say.
  assert.deepEqual(paths(['--exclude', '**/*.json', 'app/c.json']), ['app/c.json']);
  assert.equal(run(['check', '--include'], dir).code, 2);
});

test('cli: the problem matcher in package.json reads every text line the CLI prints', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'cloudfront-iam-lens');
  const regexp = new RegExp(matcher.pattern.regexp);
  const result = run(['check', 'examples']);
  const lines = result.stdout.trim().split('\n');
  const json = JSON.parse(run(['check', '--format', 'json', 'examples']).stdout);
  const expected = json.files.flatMap((f: { path: string; findings: { rule: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }) =>
    f.findings.map((x) => [f.path, String(x.range.start.line + 1), String(x.range.start.character + 1), x.severity, x.rule, x.message]));
  assert.equal(lines.length, expected.length);
  lines.forEach((line, i) => {
    const m = regexp.exec(line);
    assert.ok(m, line);
    const p = matcher.pattern;
    assert.deepEqual([m[p.file], m[p.line], m[p.column], m[p.severity], m[p.code], m[p.message]], expected[i]);
  });
});

test('cli: the CLI inside the packaged .vsix runs on its own, as docs/ci.md tells users to run it', () => {
  const vsix = path.join(ROOT, 'dist', 'cloudfront-iam-lens.vsix');
  if (!fs.existsSync(vsix)) {
    // The .vsix is built by `npm run package`; test-all builds it before the UI tier, not before this one.
    spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'ignore' });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-vsix-'));
  const unzip = spawnSync('unzip', ['-q', vsix, '-d', dir]);
  assert.equal(unzip.status, 0, 'unzip the .vsix');
  const cli = path.join(dir, 'extension', 'dist', 'cli.js');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cil-vsix-run-'));
  fs.writeFileSync(path.join(copy, 'p.json'), '\n' + GOOD);
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'sarif', '.'], { cwd: copy, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.equal(JSON.parse(result.stdout).runs[0].results[0].ruleId, 'iam/leading-whitespace');
});
