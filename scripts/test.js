#!/usr/bin/env node
'use strict';
// `npm test`: the static checks first, as they are the cheapest (`npm run
// lint`, scripts/lint.js), then the Rust unit tests (cargo test, release
// profile so the dependency build of `npm install` is reused), then the JS
// suite twice — once with compiled calls (the default) and once with
// JITFFI_MODE=interp — so that the interpreted path stays an oracle for the
// compiled one, then the same two runs on every other tested Node.js major
// (the static checks run once, on this Node.js only).
//
//   node scripts/test.js [lint|cargo|jit|interp|matrix]   one part only

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const testDir = path.join(root, 'test');
const files = fs.readdirSync(testDir)
  .filter((f) => f.endsWith('.test.js') || f.endsWith('.test.mjs'))
  .sort()
  .map((f) => path.join('test', f));

function run(title, cmd, args, env = {}) {
  console.log(`\n# ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    console.error(`\n${title}: failed (exit ${r.status}${r.signal ? `, signal ${r.signal}` : ''})`);
    process.exit(r.status || 1);
  }
}

const only = process.argv[2];
if (!only || only === 'lint') {
  run('lint (npm run lint)', process.execPath, [path.join(__dirname, 'lint.js')]);
}
if (!only || only === 'cargo') {
  run('cargo test (release)', 'cargo', ['test', '--release', '--manifest-path', 'Cargo.toml', '-p', 'jitffi']);
}
if (!only || only === 'jit') {
  run('node --test (compiled: default mode)', process.execPath, ['--test', ...files], { JITFFI_MODE: '' });
}
if (!only || only === 'interp') {
  run('node --test (interpreted: JITFFI_MODE=interp)', process.execPath, ['--test', ...files], { JITFFI_MODE: 'interp' });
}
// The same suite on every other tested Node.js major (scripts/test-matrix.js),
// unless JITFFI_TEST_MAJORS=current asks for this Node.js only.
if ((!only || only === 'matrix') && process.env.JITFFI_TEST_MAJORS !== 'current') {
  const { MAJORS } = require('./node-versions');
  const current = process.versions.node.split('.')[0];
  const others = MAJORS.filter((major) => major !== current);
  run(`the suite on Node.js ${others.join(', ')} (npm run test:matrix)`, process.execPath,
    [path.join(__dirname, 'test-matrix.js'), ...others]);
}
