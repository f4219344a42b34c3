'use strict';
// The type test: test/types/*.ts and *.mts compile with `tsc --noEmit`
// against lib/index.d.ts, so correct code type-checks and every line marked
// `// @ts-expect-error` fails to (tsc reports an unused directive otherwise).

const { it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const missing = !fs.existsSync(tsc) &&
  'typescript is not installed (run `npm install` to get the devDependencies)';

it('test/types compiles with tsc --noEmit', { skip: missing, timeout: 180000 }, () => {
  const r = spawnSync(process.execPath, [tsc, '-p', path.join('test', 'types')], {
    cwd: root, encoding: 'utf8', timeout: 170000,
  });
  assert.equal(r.status, 0, `tsc exited ${r.status}\n${r.stdout}${r.stderr}`);
});

it('every ts-expect-error line is in the type tests', { skip: missing }, () => {
  // A guard against a type test that silently lost its negative cases.
  const dir = path.join(root, 'test', 'types');
  let count = 0;
  for (const f of fs.readdirSync(dir).filter((n) => /\.m?ts$/.test(n))) {
    count += (fs.readFileSync(path.join(dir, f), 'utf8').match(/^\s*\/\/ @ts-expect-error/gm) || []).length;
  }
  assert.ok(count >= 30, `only ${count} @ts-expect-error cases`);
});
