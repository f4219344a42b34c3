'use strict';
// Property test over random signatures.
//
// test/gen/signatures.js generates DEFAULT_COUNT signatures of 0..16
// parameters over every scalar and pointer-like type, a C function per
// signature that folds its arguments into a 64-bit checksum, and argument
// lists made of boundary values and random values. The C file is compiled
// into test/.build (cached by content hash). Every call's result must equal
// the checksum computed in JS, and the results of this process must equal
// those of a child process running in the other mode (compiled vs
// interpreted) exactly.
//
// The generator is seeded: JITFFI_SEED=<n> (decimal or 0x..) overrides the
// fixed default, JITFFI_SIG_COUNT=<n> the number of signatures.

const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const gen = require('./gen/signatures');
const { fastPath } = require('./helpers');

const root = path.join(__dirname, '..');
const ffi = require(root);
const internals = ffi[Symbol.for('jitffi.internals')];

const seed = gen.parseSeed(process.env.JITFFI_SEED);
const count = process.env.JITFFI_SIG_COUNT ? Number(process.env.JITFFI_SIG_COUNT) : gen.DEFAULT_COUNT;
const mode = internals.stats().mode; // 'jit' or 'interp'
const otherMode = mode === 'interp' ? '' : 'interp';

console.log(`random signatures: seed=0x${seed.toString(16)} (JITFFI_SEED to override), ` +
  `count=${count}, mode=${mode}`);

// Runs the same cases in a child process with JITFFI_MODE=`childMode`.
function runChild(libPath, childMode) {
  const script = `
    const gen = require(${JSON.stringify(path.join(__dirname, 'gen', 'signatures.js'))});
    const ffi = require(${JSON.stringify(root)});
    const cases = gen.generateCases(${seed}, ${count});
    process.stdout.write(JSON.stringify(gen.runCases(ffi, ${JSON.stringify(libPath)}, cases)));
  `;
  const env = { ...process.env, JITFFI_MODE: childMode };
  delete env.NODE_TEST_CONTEXT; // the child is a plain script, not a test file
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `child (JITFFI_MODE=${childMode || '<unset>'}) exited with ${r.status}` +
    `${r.signal ? ` (signal ${r.signal})` : ''}:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

function formatMismatches(list, limit = 8) {
  return list.slice(0, limit).map((m) =>
    `  ${m.name} ${m.key} [${m.path}] call ${m.call}\n` +
    `    signature: ${JSON.stringify(m.sig)}; C side: ${m.kinds}\n` +
    `    args: (${m.args.join(', ')})\n` +
    `    expected ${m.expected}, got ${m.actual}`).join('\n') +
    (list.length > limit ? `\n  ... and ${list.length - limit} more` : '');
}

describe(`random signatures (seed 0x${seed.toString(16)}, ${mode})`, () => {
  let cases;
  let lib;
  let run;

  before(() => {
    cases = gen.generateCases(seed, count);
    lib = gen.buildLibrary(gen.cSource(cases), path.join(__dirname, '.build'));
    run = gen.runCases(ffi, lib.path, cases);
    const calls = run.records.length;
    console.log(`${cases.length} signatures, ${calls} calls; library ${path.basename(lib.path)}` +
      `${lib.cached ? ' (cached)' : ''}`);
  });

  it('the generator covers every type, 0 and 16 parameters, both tiers', () => {
    assert.ok(cases.length >= 300, `only ${cases.length} signatures`);
    const kinds = new Set(cases.flatMap((c) => c.kinds));
    for (const k of [...gen.ALL_KINDS, ...gen.X32_KINDS]) assert.ok(kinds.has(k), `no parameter of kind ${k}`);
    const results = new Set(cases.map((c) => c.result));
    for (const t of gen.RESULT_TYPES) assert.ok(results.has(t), `no result of type ${t}`);
    const arity = new Set(cases.map((c) => c.kinds.length));
    for (let n = 0; n <= gen.MAX_PARAMS; n++) assert.ok(arity.has(n), `no signature with ${n} parameters`);
    // The C side agrees with the generator about plain char.
    assert.equal(run.charSigned === 1, gen.CHAR_SIGNED, 'char signedness of the C compiler');
  });

  it('the checksum depends on every argument', () => {
    // Guards against a vacuous checksum: changing any one argument of a
    // boundary call changes h.
    for (const c of cases.slice(0, 60)) {
      const args = c.calls[0];
      const h = gen.checksum(c, args);
      c.kinds.forEach((k, i) => {
        const other = c.calls.find((a) => gen.encode(a[i]) !== gen.encode(args[i]) &&
          gen.checksum(c, [...args.slice(0, i), a[i], ...args.slice(i + 1)]) !== h);
        assert.ok(other || gen.boundaries(k).length === 1, `${c.name}: argument ${i} (${k}) never changes h`);
      });
    }
  });

  it('every wrapper uses the expected call path', () => {
    assert.deepEqual(run.errors, [], 'getFunction failed');
    assert.equal(run.paths.length, cases.length);
    const tally = {};
    for (const p of run.paths) tally[p] = (tally[p] || 0) + 1;
    if (mode === 'interp') {
      assert.deepEqual(tally, { interp: cases.length }, 'interp mode must interpret every call');
    } else {
      assert.equal(mode, 'jit');
      // Where the v8fast tier serves the fast tier, signatures that take a
      // callback keep the fast tier itself (docs/jit.md#the-v8fast-tier).
      const fastTier = (tally[fastPath] || 0) + (fastPath === 'fast' ? 0 : tally.fast || 0);
      assert.ok(tally[fastPath] >= 50, `too few fast wrappers: ${JSON.stringify(tally)}`);
      assert.ok(tally.general >= 50, `too few general wrappers: ${JSON.stringify(tally)}`);
      assert.equal(fastTier + (tally.general || 0), cases.length,
        `compiled mode used another path: ${JSON.stringify(tally)}`);
      assert.ok(run.compiled > 0, 'nothing was compiled');
    }
  });

  it('every call returns the checksum computed in JS', () => {
    const expectedCalls = cases.reduce((n, c) => n + c.calls.length, 0);
    assert.equal(run.records.length, expectedCalls, 'not every call was made');
    const mismatches = gen.checkRecords(cases, run);
    assert.equal(mismatches.length, 0,
      `${mismatches.length} of ${run.records.length} calls disagree with the JS checksum ` +
      `(seed 0x${seed.toString(16)}, mode ${mode}):\n${formatMismatches(mismatches)}`);
  });

  it(`results equal those of the ${otherMode || 'compiled'} mode exactly`, () => {
    const other = runChild(lib.path, otherMode);
    assert.equal(other.mode, otherMode === 'interp' ? 'interp' : 'jit', 'the child runs in the other mode');
    assert.deepEqual(other.errors, []);
    assert.equal(other.records.length, run.records.length, 'call counts differ');
    const diffs = [];
    run.records.forEach((r, i) => {
      const o = other.records[i];
      if (r.index !== o.index || r.call !== o.call || r.ret !== o.ret || r.hash !== o.hash) {
        const c = cases[r.index];
        diffs.push(`  ${c.name} ${c.key} [C side: ${c.result}(${c.kinds.join(', ')})] call ${r.call} ` +
          `(${c.calls[r.call].map(gen.describe).join(', ')}): ` +
          `${mode} [${run.paths[r.index]}] -> ${r.ret}${r.hash ? ` hash ${r.hash}` : ''}, ` +
          `${other.mode} [${other.paths[r.index]}] -> ${o.ret}${o.hash ? ` hash ${o.hash}` : ''}`);
      }
    });
    assert.equal(diffs.length, 0,
      `${diffs.length} calls differ between ${mode} and ${other.mode}:\n${diffs.slice(0, 8).join('\n')}`);
  });
});
