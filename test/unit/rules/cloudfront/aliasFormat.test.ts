import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasFormat, aliasProblem } from '../../../../server/src/analysis/rules/cloudfront/aliasFormat';
import { applyFix, dist, expectFindings, list, run, SHAPES } from './shapes';

// Each row: the alias as written, the expected severity (none for a valid name), what the message says, the fix.
const rows: { alias: string; expect: string[]; says?: RegExp; fixed?: string }[] = [
  { alias: 'www.example.com', expect: [] },
  { alias: '*.example.com', expect: [] },
  { alias: 'example.com', expect: [] },
  { alias: 'xn--bcher-kva.example', expect: [] },
  { alias: 'a-b.example.com', expect: [] },
  { alias: `${'a'.repeat(63)}.example.com`, expect: [] },
  // The Developer Guide's wildcard rules.
  { alias: 'email.*.example.com', expect: ['error'], says: /wildcard in the middle/ },
  { alias: '*domain.example.com', expect: ['error'], says: /uses \* inside a label/ },
  { alias: 'www.*', expect: ['error'], says: /wildcard in the middle/ },
  // DNS host names.
  { alias: '-example.com', expect: ['error'], says: /label "-example", which starts or ends with a hyphen/ },
  { alias: 'example-.com', expect: ['error'], says: /starts or ends with a hyphen/ },
  { alias: 'exa_mple.com', expect: ['error'], says: /contains "_"/ },
  { alias: 'example.com"', expect: ['error'], says: /contains "\\""/ },
  { alias: 'www..example.com', expect: ['error'], says: /empty label/ },
  { alias: `${'a'.repeat(64)}.example.com`, expect: ['error'], says: /label of 64 characters/ },
  { alias: `${'abcdefghi.'.repeat(26)}com`, expect: ['error'], says: /263 characters long/ },
  // White space, the trailing dot and upper case get a fix when one change makes the name valid.
  { alias: 'www.example.com ', expect: ['error'], says: /white space/, fixed: 'www.example.com' },
  { alias: 'www.exa mple.com', expect: ['error'], says: /white space/ },
  { alias: 'www.example.com.', expect: ['error'], says: /ends with a dot.*doesn't cover the alternate domain name/, fixed: 'www.example.com' },
  { alias: 'WWW.Example.com', expect: ['warning'], says: /upper-case letters.*"www\.example\.com"/, fixed: 'www.example.com' },
];

for (const row of rows) {
  test(`cloudfront/alias-format: ${JSON.stringify(row.alias)}`, () => {
    for (const shape of SHAPES) {
      const item = JSON.stringify(row.alias);
      const marked = row.expect.length ? `⟦${item}⟧` : item;
      const checked = expectFindings(aliasFormat, dist(shape, { extra: `"Aliases": ${list(shape, ['"other.example.com"', marked])}` }), row.expect, row.says ? [row.says] : []);
      if (row.fixed !== undefined) {
        const fixed = applyFix(aliasFormat, dist(shape, { extra: `"Aliases": ${list(shape, [item])}` }));
        assert.ok(fixed.includes(JSON.stringify(row.fixed)), fixed);
        assert.deepEqual(run(aliasFormat, fixed).findings, [], 'the fix removes the finding');
      } else {
        assert.deepEqual(checked.findings.flatMap((f) => f.fixes ?? []), [], 'no fix where one change does not make the name valid');
      }
    }
  });
}

test('cloudfront/alias-format: intrinsic functions and values of other types are not judged', () => {
  const cfn = dist('cfn', { extra: '"Aliases": [{"Ref": "DomainName"}, {"Fn::Sub": "www.${Zone}"}, 42]' });
  assert.deepEqual(run(aliasFormat, cfn).findings, []);
});

test('cloudfront/alias-format: the first problem is reported, in the order a user would fix them', () => {
  assert.equal(aliasProblem(' Email.*.Example.com.')?.kind, 'space');
  assert.equal(aliasProblem('Email.*.Example.com.')?.kind, 'trailing-dot');
  assert.equal(aliasProblem('Email.*.Example.com')?.kind, 'wildcard-middle');
  assert.equal(aliasProblem('Email.x.Example.com')?.kind, 'uppercase');
});
