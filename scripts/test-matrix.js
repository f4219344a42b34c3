#!/usr/bin/env node
'use strict';
// `npm run test:matrix`: the whole JS suite, in both call modes, on every
// tested Node.js major (scripts/node-versions.js installs each from the
// registry into a cache outside the repo). The addon is built once; N-API
// makes the same build load on every major.
//
//   node scripts/test-matrix.js [major ...]     default: every major
//
// Inside each run JITFFI_TEST_MAJORS=current, so that the tests that run
// probes on every major themselves (test/hardening*.test.js) stay on the
// major under test. Prints one line per run and a summary; exits non-zero
// if any run failed.

const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { MAJORS, nodeFor } = require('./node-versions');

const root = path.resolve(__dirname, '..');
const specs = process.argv.length > 2 ? process.argv.slice(2) : MAJORS;

const results = [];
for (const spec of specs) {
  const { version, bin } = nodeFor(spec);
  for (const mode of ['jit', 'interp']) {
    const started = Date.now();
    console.log(`\n# Node ${version}, ${mode === 'jit' ? 'compiled' : 'interpreted'}`);
    const r = spawnSync(bin, [path.join(root, 'scripts', 'test.js'), mode], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, JITFFI_TEST_MAJORS: 'current' },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    results.push({ version, mode, ok: r.status === 0, seconds });
  }
}

console.log('\n# test matrix');
for (const { version, mode, ok, seconds } of results) {
  console.log(`${ok ? 'ok    ' : 'FAILED'} Node ${version} ${mode} (${seconds} s)`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
