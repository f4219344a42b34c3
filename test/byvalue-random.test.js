'use strict';
// Random structs and unions passed and returned by value (test/gen/byvalue.js,
// shared with `npm run fuzz -- --byvalue N`): small shapes built there, most
// of which travel in registers, and the layout tests' random ones, most of
// which are MEMORY; each passed to C (which checks every field), returned
// from C, echoed, computed from the inputs by C and in JS, and returned
// from a C function during whose call a callback makes another by-value
// call, and taken and returned by a callback that C calls. The number of integer and double arguments before the aggregate
// varies, so that registers run out before, inside and after it. A shape
// of at most 16 bytes with a misaligned (packed) scalar must be refused
// instead. The run is compared with the values the generator expects, in
// the mode of the process: compiled and interpreted each meet the same
// oracle. JITFFI_BYVALUE_SEED and JITFFI_BYVALUE_COUNT override seed and
// count.

const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ffi, buildDir } = require('./helpers');
const gen = require('./gen/byvalue');
const sig = require('./gen/signatures');

const mode = ffi[Symbol.for('jitffi.internals')].stats().mode;
const seed = process.env.JITFFI_BYVALUE_SEED ? sig.parseSeed(process.env.JITFFI_BYVALUE_SEED) : 0xb1a1;
const count = process.env.JITFFI_BYVALUE_COUNT ? Number(process.env.JITFFI_BYVALUE_COUNT) : 300;

describe(`random structs and unions by value (seed 0x${seed.toString(16)}, ${mode})`, () => {
  let cases;
  let libPath;
  before(() => {
    cases = Array.from({ length: count }, (_, i) => gen.generateCase(seed, i, { random: 2 }));
    libPath = sig.buildLibrary(gen.cSource(cases), path.join(buildDir, 'byvalue'), { prefix: 'byvalue' }).path;
  });

  it('every shape is passed and returned exactly, or refused by the rule', () => {
    const { mismatches, counts } = gen.runCases(ffi, libPath, cases);
    console.log(`${counts.cases} shapes: ${counts.registers} in registers, ${counts.memory} in memory, ` +
      `${counts.refused} refused; ${counts.calls} calls`);
    assert.deepEqual(mismatches.slice(0, 10), []);
    assert.ok(counts.registers >= count / 3, `only ${counts.registers} shapes in registers`);
    assert.ok(counts.memory >= count / 10, `only ${counts.memory} shapes in memory`);
    assert.ok(counts.refused >= 1, 'no shape refused');
  });

  it('the hand-picked hard shapes, and long double refused', () => {
    const hard = gen.HARD.map((_, i) => gen.generateCase(seed, i, { random: 3, hard: true }));
    const lib = sig.buildLibrary(gen.cSource(hard), path.join(buildDir, 'byvalue'), { prefix: 'byvalue-hard' });
    const { mismatches, counts } = gen.runCases(ffi, lib.path, hard);
    assert.deepEqual(mismatches, []);
    assert.equal(counts.refused, 2);
    assert.deepEqual(gen.checkLongDouble(ffi).mismatches, []);
  });
});
