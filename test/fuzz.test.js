'use strict';
// The differential fuzzer (scripts/fuzz.js, `npm run fuzz`), bounded: 150
// random signatures (C functions and callbacks) in both modes, checked
// against the JS checksum and against each other. The seed differs between
// the compiled and the interpreted run of `npm test`, so the two runs cover
// different signatures; JITFFI_FUZZ_SEED overrides it, JITFFI_FUZZ_COUNT the
// count. Also checks that the generators cover every type and that the
// fuzzer does fail, with reproducers, when the C side is wrong; and the same
// for its aggregate and by-value parts (--aggregates, --byvalue), the latter
// run in three modes by the fuzzer itself (jit, general, interp).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const gen = require('./gen/signatures');
const cbgen = require('./gen/callbacks');

const root = path.join(__dirname, '..');
const script = path.join(root, 'scripts', 'fuzz.js');
const ffi = require(root);
const mode = ffi[Symbol.for('jitffi.internals')].stats().mode;
const seed = process.env.JITFFI_FUZZ_SEED ? gen.parseSeed(process.env.JITFFI_FUZZ_SEED)
  : (mode === 'interp' ? 0xf022 : 0xf021);
const count = process.env.JITFFI_FUZZ_COUNT ? Number(process.env.JITFFI_FUZZ_COUNT) : 150;

function fuzz(args) {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}

describe('differential fuzzer', () => {
  it('npm run fuzz is scripts/fuzz.js', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.scripts.fuzz, 'node scripts/fuzz.js');
  });

  it(`${count} random signatures agree with the JS checksum in both modes (seed 0x${seed.toString(16)})`, () => {
    const r = fuzz(['--count', String(count), '--seed', String(seed), '--batch', '250']);
    console.log(r.stdout.trim().split('\n').slice(-3).join('\n'));
    assert.equal(r.status, 0, `fuzz failed (exit ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
    const m = /(\d[\d,]*) signatures, (\d[\d,]*) calls and (\d[\d,]*) callback invocations per mode/.exec(r.stdout);
    assert.ok(m, `no totals line in:\n${r.stdout}`);
    const [sigs, calls, invocations] = m.slice(1).map((s) => Number(s.replace(/,/g, '')));
    assert.equal(sigs, count);
    assert.ok(calls >= count * 10, `only ${calls} calls`);
    assert.ok(invocations >= count * 2, `only ${invocations} callback invocations`);
    assert.match(r.stdout, /^OK: /m);
    assert.match(r.stdout, new RegExp(`seed 0x${seed.toString(16)}`));
  });

  it('the callback generator covers every type, 0 and 16 parameters, both driver tiers', () => {
    const cases = cbgen.generateCallbackCases(seed, Array.from({ length: Math.round(count / 4) }, (_, i) => i));
    const results = new Set(cases.map((c) => c.result));
    for (const t of cbgen.CB_RESULTS) assert.ok(results.has(t), `no callback result of type ${t}`);
    const kinds = new Set(cases.flatMap((c) => c.kinds));
    for (const k of cbgen.BASE_KINDS) assert.ok(kinds.has(k), `no callback parameter of kind ${k}`);
    const arity = new Set(cases.map((c) => c.kinds.length));
    assert.ok(arity.has(0) && arity.has(cbgen.MAX_PARAMS), 'no callback with 0 or 16 parameters');
    assert.ok(cases.some((c) => c.outer === 'general') && cases.some((c) => c.outer !== 'general'));
    assert.ok(cases.some((c) => c.nested === 'fast') && cases.some((c) => c.nested === 'general'));
    if (cbgen.DIRTY_KINDS.length) assert.ok(cases.some((c) => c.kinds.some((k) => k.endsWith(':dirty'))));
  });

  it('fails, with reproducers, when the C side is wrong', () => {
    const r = fuzz(['--count', '150', '--seed', '1', '--sabotage', '--max-report', '3']);
    assert.equal(r.status, 1, `the sabotaged run must fail:\n${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /^FAIL: /m);
    const failing = /^failing cases: (.*)$/m.exec(r.stdout);
    assert.ok(failing, r.stdout);
    assert.match(failing[1], /rs_\d+ \(jit, interp\)/, 'a wrong C function result is reported');
    assert.match(failing[1], /cb_28 \(jit, interp\)/, 'a wrong callback argument is reported');
    assert.match(r.stdout, /reproduce: node scripts\/fuzz\.js --seed 0x1 --random 8 --only rs_\d+/);
    assert.match(r.stdout, /standalone: node .*repro\.js/);
    const dir = /build dir kept: (.*)$/m.exec(r.stdout)[1];
    fs.rmSync(dir, { recursive: true, force: true });
    const full = fuzz(['--count', '150', '--seed', '1', '--sabotage', '--max-report', '1000']);
    assert.match(full.stdout, /nested fast call returned/, 'a wrong nested call result is reported');
    assert.match(full.stdout, /argument 0 \(f32\): expected/, 'the callback names the wrong argument');
    fs.rmSync(/build dir kept: (.*)$/m.exec(full.stdout)[1], { recursive: true, force: true });
  });

  it('--aggregates: random aggregate layouts and values agree with C in both modes', () => {
    const r = fuzz(['--aggregates', '120', '--seed', String(seed), '--batch', '60']);
    assert.equal(r.status, 0, `fuzz failed (exit ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
    const m = /aggregates: (\d+) shapes, ([\d,]+) types, ([\d,]+) fields and ([\d,]+) leaves compared with C; (\d+) values/.exec(r.stdout);
    assert.ok(m, `no aggregate totals line in:\n${r.stdout}`);
    assert.equal(Number(m[1]), 120);
    assert.equal(Number(m[5]), 120);
    assert.match(r.stdout, / 0 signatures/, 'without --count only aggregates run');
    assert.match(r.stdout, /^OK: .*every aggregate layout and value agreed with C/m);
  });

  it('--aggregates fails, naming the shape, when C disagrees', () => {
    const r = fuzz(['--aggregates', '30', '--seed', '1', '--sabotage', '--max-report', '1000']);
    assert.equal(r.status, 1, `the sabotaged run must fail:\n${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /\[aggregate layout\].*\n.*alignof: jitffi \d+, C \d+/);
    assert.match(r.stdout, /\[aggregate memory\] batch a0, mode jit, agg_0/);
    assert.match(r.stdout, /\[aggregate memory\] batch a0, mode interp, agg_0/);
    assert.match(r.stdout, /reproduce: node scripts\/fuzz\.js --seed 0x1 --only agg_0/);
    fs.rmSync(/build dir kept: (.*)$/m.exec(r.stdout)[1], { recursive: true, force: true });
  });

  it('--byvalue: structs and unions by value agree with JS and across jit, general and interp', () => {
    const r = fuzz(['--byvalue', '60', '--seed', String(seed), '--random', '3']);
    assert.equal(r.status, 0, `fuzz failed (exit ${r.status}, signal ${r.signal}):\n${r.stdout}\n${r.stderr}`);
    const m = /by value: (\d+) shapes \((\d+) in registers, (\d+) in memory, (\d+) refused\), (\d+) signatures, ([\d,]+) calls per mode \(([\d,]+) of them from a callback.*\); (\d+) mismatches/.exec(r.stdout);
    assert.ok(m, `no by-value totals line in:\n${r.stdout}`);
    const [shapes, registers, memory, refused, signatures, calls, nested, mismatches] = m.slice(1).map((x) => Number(x.replace(/,/g, '')));
    assert.equal(shapes, 60);
    assert.equal(registers + memory + refused, 60);
    assert.ok(registers >= 20 && memory >= 10, `${registers} in registers, ${memory} in memory`);
    assert.ok(refused >= 2, 'the packed misaligned hard shapes are refused');
    assert.equal(signatures, 6 * (registers + memory) + 2 * refused);
    assert.ok(calls >= 10 * (registers + memory), `only ${calls} calls`);
    assert.equal(nested, 2 * (registers + memory));
    assert.equal(mismatches, 0);
    assert.match(r.stdout, /in 3 mode\(s\) \(jit, general, interp\)/);
    assert.match(r.stdout, /^OK: .*every by-value call agreed with JS and across modes/m);
  });

  it('--byvalue fails, naming the case in every mode, when C disagrees', () => {
    const r = fuzz(['--byvalue', '20', '--seed', '1', '--random', '3', '--sabotage', '--max-report', '1000']);
    assert.equal(r.status, 1, `the sabotaged run must fail:\n${r.stdout}\n${r.stderr}`);
    const failing = /^failing cases: (.*)$/m.exec(r.stdout);
    assert.ok(failing, r.stdout);
    assert.match(failing[1], /bv_0 \(jit, general, interp\)/, 'a C function that rejects its struct is reported');
    assert.match(failing[1], /bv_1 \(jit, general, interp\)/, 'a wrong computed struct is reported');
    assert.match(r.stdout, /take_0 returned 77/);
    assert.match(r.stdout, /calc_1 call \d: \.d: expected/);
    assert.match(r.stdout, /nested calc_1 call 0: \.d: expected/, 'a wrong result of a call nested in a callback is reported');
    assert.match(r.stdout, /reproduce: node scripts\/fuzz\.js --seed 0x1 --random 3 --only bv_1/);
    assert.match(r.stdout, /[1-9]\d* mismatches/);
    fs.rmSync(/build dir kept: (.*)$/m.exec(r.stdout)[1], { recursive: true, force: true });
  });

  it('--only reruns single cases', () => {
    const r = fuzz(['--seed', String(seed), '--only', 'rs_3,cb_40,agg_7,bv_5', '--modes', mode]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, / 2 signatures, /);
    assert.match(r.stdout, /aggregates: 1 shapes, /);
    assert.match(r.stdout, /by value: 1 shapes /);
  });
});
