'use strict';
// `npm run bench` smoke test: a --quick run with a tiny iteration count must
// finish, and its JSON must hold every benchmark case in every mode (or say
// why a mode does not apply); --report must write the page and both charts.
// The figures themselves are not checked: they are meaningless at this
// size. The hand-written N-API references are an addon of their own
// (bench/refs), which bench/build.js builds with cargo if needed.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { fastPath } = require('./helpers');
const { GOALS } = require('../bench/goals');

const root = path.join(__dirname, '..');

const CALL_CASES = [
  'noop', 'add_i32', 'add_f64', 'add_i64', 'identity_ptr', 'mix6', 'mix16',
  'strlen_short', 'strlen_short_general', 'strlen_40', 'strlen_1k', 'sum_64', 'sum_64k', 'call_cb',
  'getInt32', 'setInt32', 'toBuffer64', 'struct_read',
];
// Structs by value: measured in every mode, but jitffi's two modes only by
// a build that can pass structs by value (bench/cases.js probes it).
const BY_VALUE_CASES = ['struct_add', 'struct_big'];
const NO_BY_VALUE = /^this build of jitffi cannot pass structs by value$/;
const SWEEP = Array.from({ length: 16 }, (_, k) => `sweep${k + 1}`);
const MODES = ['compiled', 'fasttier', 'interpreted', 'builtin', 'napi', 'empty', 'js', 'koffi'];

let koffiInstalled = true;
try {
  require.resolve('koffi');
} catch {
  koffiInstalled = false;
}

test('bench/refs: the hand-written N-API references load on their own and call the bench targets', { timeout: 300_000 }, () => {
  const { targetsPath, loadBenchRefs } = require('../bench/build');
  const refs = loadBenchRefs();
  for (const name of ['setTargets', 'empty', 'noop', 'add_i32', 'add_f64', 'add_i64', 'identity_ptr', 'mix6', 'mix16',
    'str_len', 'sum_buf', 'call_cb', 'qsort', 'getInt32', 'setInt32', 'toBuffer', 'args',
    'add_point', 'big_add', 'read_record']) {
    assert.equal(typeof refs[name], 'function', `no ${name}`);
  }
  const names = refs.setTargets({});
  assert.ok(names.includes('add_i32') && names.includes('qsort') && names.includes('args16'));
  const ffi = require('..');
  const lib = new ffi.DynamicLibrary(targetsPath());
  try {
    refs.setTargets({ add_i32: lib.getSymbol('add_i32'), args3: lib.getSymbol('args3') });
    assert.equal(refs.add_i32(2, 3), 5);
    assert.equal(refs.args(1, 2, 3), 6);
    assert.throws(() => refs.add_i32('2', 3), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    assert.equal(refs.empty(1, 2), undefined);

    // Structs: plain objects in and out, fields in C's order.
    refs.setTargets({ add_point: lib.getSymbol('add_point'), big_add: lib.getSymbol('big_add') });
    assert.deepEqual(Object.entries(refs.add_point({ x: 1.5, y: 2 }, { x: 0.25, y: -8 })), [['x', 1.75], ['y', -6]]);
    assert.deepEqual(Object.entries(refs.big_add({ a: 1, b: 2, c: 3, d: 4 }, { a: 10, b: 20, c: 30, d: 40.5 })),
      [['a', 11], ['b', 22], ['c', 33], ['d', 44.5]]);
    assert.throws(() => refs.add_point({ x: 1 }, { x: 2, y: 3 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    const record = lib.getFunction('record_init', { parameters: ['i32', 'f64', 'f64', 'u8', 'i64'], result: 'pointer' });
    const p = record(-7, 0.5, -2.5, 200, -(2n ** 60n));
    assert.deepEqual(Object.entries(refs.read_record(p)),
      [['id', -7], ['x', 0.5], ['y', -2.5], ['flag', 200], ['stamp', -(2n ** 60n)]]);
    assert.throws(() => refs.read_record(0n), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  } finally {
    lib.close();
  }
});

test('npm run bench -- --quick: every case in every mode, JSON and report', { timeout: 300_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-bench-'));
  const out = path.join(dir, 'results.json');
  const docs = path.join(dir, 'docs');
  try {
    const r = spawnSync(process.execPath, [
      path.join(root, 'bench', 'run.js'), '--quick', '--iterations', '20', '--batches', '2',
      '--qsort-size', '300', '--compile-count', '3', '--out', out, '--report', '--docs', docs,
    ], { cwd: root, encoding: 'utf8', env: { ...process.env, JITFFI_MODE: '' } });
    assert.equal(r.status, 0, `bench failed:\n${r.stdout}\n${r.stderr}`);
    // A progress line per case.
    for (const id of [...CALL_CASES, ...BY_VALUE_CASES, 'qsort', 'sweep16', 'compile']) {
      assert.match(r.stdout, new RegExp(`\\] ${id} `), `no progress line for ${id}`);
    }

    const results = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(results.machine.node, process.version);
    assert.equal(typeof results.machine.v8, 'string');
    assert.equal(typeof results.machine.cpu, 'string');
    assert.ok(results.machine.cpus >= 1);
    assert.deepEqual(results.modes, MODES);

    const byId = new Map(results.cases.map((c) => [c.id, c]));
    const hasFigure = (c, mode) => {
      const f = c.figures[mode];
      assert.ok(f, `${c.id}: no ${mode} figure (skipped: ${c.skipped[mode]})`);
      assert.ok(Number.isFinite(f.median) && f.median > 0, `${c.id}/${mode}: bad median ${f.median}`);
      assert.ok(f.min <= f.median && f.median <= f.max, `${c.id}/${mode}: min/median/max out of order`);
      assert.equal(f.batches.length, results.options[c.group === 'qsort' ? 'qsortBatches' : 'batches']);
    };
    for (const id of [...CALL_CASES, 'qsort', ...SWEEP]) {
      const c = byId.get(id);
      assert.ok(c, `case ${id} missing`);
      // Every mode is either measured or skipped with a reason.
      for (const mode of MODES) {
        assert.ok(c.figures[mode] || typeof c.skipped[mode] === 'string', `${id}: mode ${mode} neither measured nor skipped`);
      }
      hasFigure(c, 'compiled');
      hasFigure(c, 'interpreted');
      hasFigure(c, 'napi');
      if (id !== 'qsort') hasFigure(c, 'empty');
      if (!id.startsWith('sweep')) {
        hasFigure(c, 'js');
        if (koffiInstalled && id !== 'toBuffer64') hasFigure(c, 'koffi');
      }
      if (c.figures.empty) assert.ok(Number.isFinite(c.ratios.vsEmpty.compiled));
      assert.ok(Number.isFinite(c.ratios.vsNapi.compiled));
      assert.ok(Number.isFinite(c.ratios.compiledVsInterpreted));
    }
    for (const id of BY_VALUE_CASES) {
      const c = byId.get(id);
      assert.ok(c, `case ${id} missing`);
      for (const mode of ['napi', 'empty', 'js']) hasFigure(c, mode);
      if (koffiInstalled) hasFigure(c, 'koffi');
      // jitffi: measured, or skipped because this build cannot pass structs
      // by value; the two modes alike.
      if (c.figures.compiled) {
        hasFigure(c, 'interpreted');
        assert.ok(Number.isFinite(c.ratios.vsNapi.compiled));
      } else {
        assert.match(c.skipped.compiled, NO_BY_VALUE);
        assert.match(c.skipped.interpreted, NO_BY_VALUE);
      }
    }
    assert.equal(byId.get('add_i32').figures.compiled.tier, fastPath);
    assert.equal(byId.get('strlen_short').figures.compiled.tier, fastPath);
    assert.equal(byId.get('strlen_short_general').figures.compiled.tier, 'general');
    assert.equal(byId.get('sum_64').figures.compiled.tier, 'general');

    for (const kind of ['fast', 'general']) {
      const c = results.compile[kind].compiled;
      assert.ok(Number.isFinite(c.compileNs), `compile ${kind}: no figure`);
      // On the v8fast tier a fast-tier signature of scalars compiles two
      // pieces of code: its stub and its typed function.
      const perSignature = kind === 'fast' && fastPath === 'v8fast' ? 2 : 1;
      assert.equal(c.signaturesCompiled, c.signaturesTimed * perSignature,
        `compile ${kind}: every timed signature must compile once (${perSignature} trampolines)`);
      assert.ok(Number.isFinite(results.compile[kind].interpreted.getFunctionNew.median));
    }
    assert.equal(results.goals.length, GOALS.length);
    const byValueSkipped = !byId.get('struct_add').figures.compiled;
    const refSkipped = (g) => g.ref && !byId.get(g.case).figures[g.ref];
    for (const [k, g] of results.goals.entries()) {
      // A goal over a skipped row is not evaluated, and says why: a build
      // of jitffi that cannot pass structs by value, a Node.js without the
      // v8fast tier (no separate fast-tier row) or without node:ffi.
      if (byValueSkipped && /^struct_(add|big) /.test(g.text)) {
        assert.equal(g.met, null, g.text);
        assert.match(g.note, /compiled skipped: this build of jitffi cannot pass structs by value/);
      } else if (refSkipped(GOALS[k])) {
        assert.equal(g.met, null, g.text);
        assert.match(g.note, /skipped: (the fast tier is the compiled mode here|this Node.js has no built-in node:ffi)/);
      } else {
        assert.equal(typeof g.met, 'boolean', `goal not evaluated: ${g.text}`);
      }
    }

    const md = fs.readFileSync(path.join(docs, 'benchmarks.md'), 'utf8');
    assert.match(md, /## Goals/);
    assert.match(md, /!\[[^\]]*\]\(benchmarks\.svg\)/);
    assert.match(md, /!\[[^\]]*\]\(benchmarks-args\.svg\)/);
    assert.match(md, /## Where the time goes/);
    for (const f of ['benchmarks.svg', 'benchmarks-args.svg']) {
      const svg = fs.readFileSync(path.join(docs, f), 'utf8');
      assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg.trim(), /<\/svg>$/);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
