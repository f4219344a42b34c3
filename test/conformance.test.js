'use strict';
// Conformance: every case of the corpus (test/conformance/cases.js) runs on
// jitffi and must give what the built-in node:ffi of the reference release
// gave when the corpus was recorded (test/conformance/reference.json,
// `npm run conformance:record`): the same value, the same error class, code
// and message, the same abort message and signal. The deliberate
// differences are listed, each with its reason, in test/conformance/allow.js.
//
// It runs on the Node.js running the tests and on the reference release
// itself (jitffi beside the built-in module, on one V8), in the current
// JITFFI_MODE.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { runAll } = require('./conformance/run');
const { compare } = require('./conformance/compare');
const reference = require('./conformance/reference.json');
const { referenceNode } = require('../scripts/node-versions');
const { fixturePath } = require('./helpers');

const targets = [{ label: `current Node ${process.version}`, bin: process.execPath }];
if (process.env.JITFFI_TEST_MAJORS !== 'current') {
  const ref = referenceNode();
  targets.push({ label: `Node ${ref.version} (the reference release)`, bin: ref.bin });
}

for (const { label, bin } of targets) {
  test(`conformance with ${reference.reference}: jitffi on ${label}`, { timeout: 600000 }, async () => {
    const outcomes = await runAll({ bin, env: { JITFFI_FIXTURE: fixturePath() } });
    const r = compare(reference.outcomes, outcomes);
    const total = Object.keys(reference.outcomes).length;
    console.log(`${label}: ${r.agree.length} of ${total} cases agree, ${r.superset.length} are documented supersets, ` +
      `${r.allowed.length} are allowed differences, ${r.differ.length} differ`);
    assert.equal(r.agree.length + r.superset.length + r.allowed.length, total);
    assert.deepEqual(r.differ.slice(0, 20), [], `${r.differ.length} cases differ from the reference`);
  });
}
