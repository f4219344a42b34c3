#!/usr/bin/env node
'use strict';
// Records the outcome of every conformance case on the built-in node:ffi of
// the reference release (scripts/node-versions.js REFERENCE) into
// test/conformance/reference.json. `npm run conformance:record` runs it;
// the file is never edited by hand.

const fs = require('node:fs');
const path = require('node:path');
const { referenceNode } = require('../../scripts/node-versions');
const { fixturePath } = require('../helpers');
const { runAll } = require('./run');

(async () => {
  const { version, bin } = referenceNode();
  const outcomes = await runAll({
    bin,
    nodeArgs: ['--experimental-ffi', '--no-warnings'],
    env: { JITFFI_REFERENCE: '1', JITFFI_FIXTURE: fixturePath() },
  });
  const file = path.join(__dirname, 'reference.json');
  fs.writeFileSync(file, `${JSON.stringify({ reference: `node ${version} --experimental-ffi`, outcomes }, null, 1)}\n`);
  console.log(`recorded ${Object.keys(outcomes).length} cases from node ${version}`);
})().catch((e) => { console.error(e); process.exit(1); });
