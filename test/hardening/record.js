#!/usr/bin/env node
'use strict';
// Records what the built-in node:ffi of the reference release
// (scripts/node-versions.js REFERENCE) prints for each probe that can run on
// it, into test/hardening/reference.json, which the hardening tests compare
// jitffi's output against. `npm run record:hardening` re-records it; nothing
// in that file is typed by hand.

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { referenceNode } = require('../../scripts/node-versions');
const { fixturePath } = require('../helpers');

// Probes that run unchanged on the built-in module (JITFFI_REFERENCE=1).
const PROBES = ['sab-arguments.js', 'tobuffer-transfer.js'];

const { version, bin } = referenceNode();
const out = { reference: `node ${version} --experimental-ffi`, probes: {} };
for (const probe of PROBES) {
  const r = spawnSync(bin, ['--experimental-ffi', '--no-warnings', '--expose-gc', path.join(__dirname, probe)], {
    env: { ...process.env, JITFFI_REFERENCE: '1', JITFFI_FIXTURE: fixturePath() },
    encoding: 'utf8',
    timeout: 60000,
  });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error(`${probe} failed on the reference (status ${r.status}, signal ${r.signal}):\n${r.stderr}`);
  out.probes[probe] = JSON.parse(line);
}
fs.writeFileSync(path.join(__dirname, 'reference.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`recorded ${PROBES.length} probes from node ${version}`);
