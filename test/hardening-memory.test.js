'use strict';
// Hardening regressions of the JS-facing surface, each a probe
// (test/hardening/*.js) run in a child process on every tested Node.js
// major (test/hardening/harness.js), in the current JITFFI_MODE:
//  - toBuffer copies own their memory: transferring one copy's ArrayBuffer
//    never lets a later copy write into it;
//  - a bare SharedArrayBuffer is treated as the built-in module treats it,
//    on every major (compared with the recorded reference outcomes);
//  - signatures and property descriptors ignore a polluted Object.prototype;
//  - jitffi works under --disallow-code-generation-from-strings.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { nodes, runProbe, describe } = require('./hardening/harness');
const reference = require('./hardening/reference.json');

const probe = (name) => path.join(__dirname, 'hardening', name);

for (const { label, bin } of nodes()) {
  test(`${label}: toBuffer copies stay independent when one copy's memory is transferred`, async () => {
    const r = await runProbe(bin, probe('tobuffer-transfer.js'), { nodeArgs: ['--expose-gc'] });
    assert.equal(r.status, 0, describe(r));
    assert.deepEqual(r.json, reference.probes['tobuffer-transfer.js'], describe(r));
    assert.deepEqual(r.json.errors, []);
  });

  test(`${label}: SharedArrayBuffer arguments as with the built-in module`, async () => {
    const r = await runProbe(bin, probe('sab-arguments.js'));
    assert.equal(r.status, 0, describe(r));
    assert.deepEqual(r.json, reference.probes['sab-arguments.js'], describe(r));
  });

  test(`${label}: a polluted Object.prototype changes no signature, call or helper`, async () => {
    const r = await runProbe(bin, probe('prototype-pollution.js'));
    assert.equal(r.status, 0, describe(r));
    const changed = Object.entries(r.json).filter(([, diffs]) => diffs.length > 0);
    assert.deepEqual(changed, [], describe(r));
    assert.ok(Object.keys(r.json).length >= 10, 'every key was tried');
  });

  test(`${label}: works under --disallow-code-generation-from-strings`, async () => {
    const r = await runProbe(bin, probe('no-code-generation.js'), { nodeArgs: ['--disallow-code-generation-from-strings'] });
    assert.equal(r.status, 0, describe(r));
    const expectedPath = process.env.JITFFI_MODE === 'interp' ? 'interp' : 'general';
    assert.deepEqual(r.json, {
      errors: [],
      codegen: false,
      add_i32: 42,
      path: expectedPath,
      string_length: 5,
      callback: 42,
      'setInt32/getInt32': -7,
      'setUint64 from a number': 5,
      'setInt8 out of range': 'ERR_INVALID_ARG_VALUE',
      'getInt32 at null': 'ERR_FFI_INVALID_POINTER',
      toBuffer: -7,
    }, describe(r));
  });
}
