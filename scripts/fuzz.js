#!/usr/bin/env node
'use strict';
// Differential fuzzer: `npm run fuzz -- --count N [options]`.
//
// Generates N random signatures (test/gen/signatures.js for C functions
// called from JS, test/gen/callbacks.js for JS callbacks called from C),
// writes matching C code in batches, compiles each batch into a shared
// library, and runs every batch in two child processes, one per
// JITFFI_MODE (compiled and interpreted). Every call's result must equal
// the checksum computed in JS, each callback must receive exactly the
// values C passed, and both modes must agree exactly. Exits non-zero on any
// mismatch, error or crash, printing a reproducer for each failure.
//
// Options:
//   --count N        signatures in total (default 1000)
//   --seed S         generator seed, decimal or 0x.. (default: random)
//   --batch B        signatures per generated C file (default 250)
//   --random R       random calls per signature, on top of the boundary
//                    calls (default 8)
//   --callbacks F    fraction of the signatures that are callback
//                    signatures (default 0.25)
//   --jobs J         batches in flight at once (default 1; each batch runs
//                    its two modes in parallel)
//   --only a,b       run only these cases (rs_<i>: a C function, cb_<i>: a
//                    callback), e.g. to reproduce a failure
//   --modes m,n      modes to run: jit, interp (default both)
//   --out DIR        build directory (default: a fresh temporary one)
//   --keep           keep the build directory (kept anyway on failure)
//   --max-report K   failures printed in detail (default 20)
//   --quiet          no per-batch progress lines
//   --sabotage       plant bugs in the generated C code (the fuzzer's own
//                    test: it must fail)
//   --aggregates A   also A random aggregate types (test/gen/aggregates.js):
//                    their layout is compared with the C compiler's and
//                    their values go through C and ffi.read/write/alloc in
//                    each mode; without --count, only these run. `--only
//                    agg_<i>` reruns one
//   --byvalue V      also V random structs and unions passed to and returned
//                    from C by value (test/gen/byvalue.js; the first ones
//                    are the hand-picked hard shapes): six C functions
//                    each (take, make, echo, calc, nest, and call, which
//                    calls a callback taking and returning it), in three
//                    modes: jit (the fast tier), general (a child without
//                    JS code generation, so every call takes the compiled
//                    general tier) and interp. Each result must equal the
//                    one computed in JS and the other modes' results; small
//                    packed misaligned shapes and long double must be
//                    refused. Without --count, only these run (default
//                    batch 100). `--only bv_<i>` reruns one
//
// Modes: jit (compiled; the fast tier where it applies), general (compiled,
// in a child run with --disallow-code-generation-from-strings, where every
// signature takes the general tier) and interp (JITFFI_MODE=interp). The
// default is jit,interp for the signatures and aggregates, and
// jit,general,interp for --byvalue; --modes sets them for all.
//
// Figures: "calls" counts the calls JS makes into C (C functions and
// callback drivers) in one mode; "callback invocations" counts the calls C
// makes into JS callbacks in one mode. Both modes make the same calls.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, execFile } = require('node:child_process');

// The fast tier's paths: 'fast', or 'v8fast' where V8's fast API serves it
// (docs/jit.md#the-v8fast-tier).
const isFastTier = (p) => p === 'fast' || p === 'v8fast';

const root = path.join(__dirname, '..');
const gen = require(path.join(root, 'test', 'gen', 'signatures.js'));
const cbgen = require(path.join(root, 'test', 'gen', 'callbacks.js'));
const agggen = require(path.join(root, 'test', 'gen', 'aggregates.js'));
const bvgen = require(path.join(root, 'test', 'gen', 'byvalue.js'));

// Each mode: its JITFFI_MODE, extra node flags, and what the child's
// stats().mode says.
const MODES = {
  jit: { env: '', execArgv: [], stats: 'jit' },
  general: { env: '', execArgv: ['--disallow-code-generation-from-strings'], stats: 'jit' },
  interp: { env: 'interp', execArgv: [], stats: 'interp' },
};
const CHILD_TIMEOUT_MS = 10 * 60 * 1000;

// ------------------------------------------------------------- options ----

function usage(message) {
  if (message) console.error(`fuzz: ${message}`);
  console.error('usage: node scripts/fuzz.js [--count N] [--seed S] [--batch B] [--random R] ' +
    '[--callbacks F] [--jobs J] [--only names] [--modes jit,general,interp] [--out DIR] [--keep] [--quiet] ' +
    '[--aggregates A] [--byvalue V] [--sabotage]');
  process.exit(2);
}

function parseOptions(argv) {
  const o = {
    count: 1000, seed: undefined, batch: 250, random: 8, callbacks: 0.25, jobs: 1,
    only: null, modes: null, out: null, keep: false, maxReport: 20, quiet: false, child: false,
    aggregates: 0, aggOnly: [], byvalue: 0, bvOnly: [], bvBatch: 100,
  };
  let countGiven = false;
  const num = (name, v, { min = 0, int = true } = {}) => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < min || (int && !Number.isInteger(n))) usage(`bad ${name}: ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--count': o.count = num('--count', value(), { min: 1 }); countGiven = true; break;
      case '--aggregates': o.aggregates = num('--aggregates', value(), { min: 1 }); break;
      case '--byvalue': o.byvalue = num('--byvalue', value(), { min: 1 }); break;
      case '--seed': {
        const v = value();
        try { o.seed = gen.parseSeed(v); } catch { usage(`bad --seed: ${v}`); }
        break;
      }
      case '--batch': o.batch = num('--batch', value(), { min: 1 }); o.bvBatch = o.batch; break;
      case '--random': o.random = num('--random', value()); break;
      case '--callbacks': o.callbacks = num('--callbacks', value(), { int: false }); if (o.callbacks > 1) usage('--callbacks must be in [0, 1]'); break;
      case '--jobs': o.jobs = num('--jobs', value(), { min: 1 }); break;
      case '--only': o.only = String(value()).split(',').filter(Boolean); break;
      case '--modes': o.modes = String(value()).split(',').filter(Boolean); break;
      case '--out': o.out = path.resolve(value()); break;
      case '--keep': o.keep = true; break;
      case '--max-report': o.maxReport = num('--max-report', value()); break;
      case '--quiet': o.quiet = true; break;
      case '--child': case '--aggregate-child': case '--byvalue-child': o.child = true; break;
      case '--sabotage': o.sabotage = true; break;
      case '--help': case '-h': usage(); break;
      default: usage(`unknown option ${a}`);
    }
  }
  for (const m of o.modes || []) if (!(m in MODES)) usage(`unknown mode ${m}`);
  // The modes of each part: --modes for all, else its defaults.
  o.bvModes = o.modes || ['jit', 'general', 'interp'];
  o.modes = o.modes || ['jit', 'interp'];
  if (o.seed === undefined) o.seed = crypto.randomBytes(4).readUInt32LE(0);
  if (o.only) {
    o.aggOnly = o.only.filter((n) => /^agg_\d+$/.test(n)).map((n) => Number(n.slice(4)));
    o.bvOnly = o.only.filter((n) => /^bv_\d+$/.test(n)).map((n) => Number(n.slice(3)));
    o.only = o.only.filter((n) => !/^(agg|bv)_\d+$/.test(n));
  } else if ((o.aggregates > 0 || o.byvalue > 0) && !countGiven) {
    o.count = 0;
  }
  return o;
}

// --------------------------------------------------------------- child ----

// Runs one batch in this process (JITFFI_MODE is set by the parent) and
// writes the records as JSON to stdout. The name of the case being run goes
// to fd 3, so that the parent can name the culprit of a crash.
function childMain() {
  const spec = JSON.parse(process.env.JITFFI_FUZZ_SPEC);
  const ffi = require(root);
  const internals = ffi[Symbol.for('jitffi.internals')];
  let progressFd = 3;
  const progress = (name) => {
    if (progressFd === null) return;
    try { fs.writeSync(progressFd, `${name}\n`); } catch { progressFd = null; }
  };
  const fwd = spec.forward.map((i) => gen.generateCase(spec.seed, i, { random: spec.random }));
  const cbs = cbgen.generateCallbackCases(spec.seed, spec.callbacks, { random: spec.random });
  const out = { mode: internals.stats().mode };
  if (fwd.length) out.forward = gen.runCases(ffi, spec.lib, fwd, progress);
  if (cbs.length) out.callbacks = cbgen.runCallbackCases(ffi, spec.lib, cbs, progress);
  out.liveCallbacks = internals.stats().callbacks;
  progress('done');
  process.stdout.write(JSON.stringify(out));
}

// Runs one batch of aggregate shapes in this process (JITFFI_MODE is set by
// the parent): their layout against the C program's output, then the
// memory round trip through the compiled C library. Writes
// { mode, layout, memory } as JSON to stdout.
function aggregateChildMain() {
  const spec = JSON.parse(process.env.JITFFI_FUZZ_SPEC);
  const ffi = require(root);
  const { flatten } = require(path.join(root, 'lib', 'aggregate.js'));
  const shapes = spec.indices.map((i) => agggen.generateShape(spec.seed, i));
  const values = shapes.map((s, k) => agggen.generateValue(s, spec.seed, spec.indices[k]));
  const labels = spec.indices.map((i) => `agg_${i}`);
  const layout = agggen.checkLayout(ffi, shapes, fs.readFileSync(spec.layout, 'utf8'), flatten, labels);
  const memory = agggen.checkRoundTrip(ffi, spec.lib, shapes, values, labels);
  process.stdout.write(JSON.stringify({ mode: ffi[Symbol.for('jitffi.internals')].stats().mode, layout, memory }));
}

// Runs one batch of by-value cases in this process (mode set by the
// parent) and writes { mode, codegen, mismatches, records, paths, counts,
// longDouble } as JSON to stdout; the case being run goes to fd 3.
function byValueChildMain() {
  const spec = JSON.parse(process.env.JITFFI_FUZZ_SPEC);
  const ffi = require(root);
  let progressFd = 3;
  const progress = (name) => {
    if (progressFd === null) return;
    try { fs.writeSync(progressFd, `${name}\n`); } catch { progressFd = null; }
  };
  const cases = spec.indices.map((i) => bvgen.generateCase(spec.seed, i, { random: spec.random, hard: true }));
  const out = bvgen.runCases(ffi, spec.lib, cases, progress);
  out.longDouble = bvgen.checkLongDouble(ffi);
  out.mode = ffi[Symbol.for('jitffi.internals')].stats().mode;
  out.liveCallbacks = ffi[Symbol.for('jitffi.internals')].stats().callbacks;
  progress('done');
  process.stdout.write(JSON.stringify(out));
}

// -------------------------------------------------------------- parent ----

function hexSeed(seed) {
  return `0x${seed.toString(16)}`;
}

function fmt(n) {
  return n.toLocaleString('en-US');
}

function compile(source, dir, name) {
  const csrc = path.join(dir, `${name}.c`);
  const lib = path.join(dir, `${name}.so`);
  fs.writeFileSync(csrc, source);
  const cc = process.env.CC || 'cc';
  return new Promise((resolve, reject) => {
    execFile(cc, ['-shared', '-fPIC', '-O1', '-fvisibility=hidden', '-w', '-o', lib, csrc],
      { maxBuffer: 16 * 1024 * 1024 }, (err, _stdout, stderr) => {
        if (err) reject(new Error(`${cc} failed on ${csrc}:\n${stderr}`));
        else resolve(lib);
      });
  });
}

function runChild(spec, mode, flag = '--child') {
  return new Promise((resolve) => {
    const env = { ...process.env, JITFFI_MODE: MODES[mode].env, JITFFI_FUZZ_SPEC: JSON.stringify(spec) };
    delete env.NODE_TEST_CONTEXT;
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [...MODES[mode].execArgv, __filename, flag], {
      cwd: root, env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const out = [];
    let err = '';
    let progress = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => { err = (err + d).slice(-20000); });
    child.stdio[3].on('data', (d) => { progress = (progress + d).slice(-4096); });
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = progress.trim().split('\n');
      const last = lines[lines.length - 1] || null;
      let result = null;
      if (code === 0) {
        try { result = JSON.parse(Buffer.concat(out).toString('utf8')); } catch (e) { err += `\nbad child output: ${e.message}`; }
      }
      resolve({ mode, code, signal, stderr: err, last, result });
    });
  });
}

// JS source that recreates `value` (for standalone reproducers).
function toSource(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return '-0';
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  const bytes = (ab) => `Uint8Array.from(Buffer.from(${JSON.stringify(Buffer.from(ab).toString('hex'))}, 'hex')).buffer`;
  if (value instanceof ArrayBuffer) return bytes(value);
  if (Buffer.isBuffer(value)) return `Buffer.from(${JSON.stringify(value.toString('hex'))}, 'hex')`;
  if (ArrayBuffer.isView(value)) {
    const per = value.BYTES_PER_ELEMENT || 1;
    const len = value instanceof DataView ? value.byteLength : value.byteLength / per;
    return `new ${value.constructor.name}(${bytes(value.buffer)}, ${value.byteOffset}, ${len})`;
  }
  throw new Error(`toSource: ${typeof value}`);
}

// Writes a standalone reproducer of call `call` of forward case `c`.
function writeForwardRepro(dir, seed, c, call) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'lib.c'), gen.cSource([c]));
  const args = c.calls[call];
  const want = gen.expectedResult(c.result, gen.checksum(c, args));
  const isVoid = c.result === 'void';
  const script = `'use strict';
// jitffi fuzz reproducer: seed ${hexSeed(seed)}, case ${c.name} (C side: ${c.result}(${c.kinds.join(', ')})), call ${call}.
// Run: node repro.js   and   JITFFI_MODE=interp node repro.js
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const ffi = require(${JSON.stringify(root)});
const so = path.join(__dirname, 'lib.so');
execFileSync(process.env.CC || 'cc', ['-shared', '-fPIC', '-O1', '-fvisibility=hidden', '-o', so, path.join(__dirname, 'lib.c')]);
const lib = new ffi.DynamicLibrary(so);
const f = lib.getFunction(${JSON.stringify(c.name)}, ${JSON.stringify(c.sig)});
const args = [${args.map(toSource).join(', ')}];
let got = f(...args);
${isVoid ? "got = lib.getFunction('get_last_hash', { result: 'u64' })();" : ''}
const want = ${toSource(isVoid ? gen.checksum(c, args) : want)};
const same = Object.is(got, want);
console.log(\`\${ffi[Symbol.for('jitffi.internals')].stats().mode} [\${ffi[Symbol.for('jitffi.internals')].pathOf(f)}]: expected\`, want, 'got', got, same ? 'OK' : 'MISMATCH');
process.exitCode = same ? 0 : 1;
`;
  fs.writeFileSync(path.join(dir, 'repro.js'), script);
  return dir;
}

// --sabotage (for test/fuzz.test.js): plants three bugs in the C code, to
// show that the fuzzer notices a wrong forward result, a wrong callback
// argument and a wrong result of a call nested in a callback.
function sabotage(source) {
  const plant = (s, from, to) => {
    if (!s.includes(from)) throw new Error(`--sabotage: no ${from} in the batch`);
    return s.replace(from, to);
  };
  source = plant(source, 'h = mix(h, (uint64_t)(int64_t)a0);', 'h = mix(h, (uint64_t)(int64_t)a0 + 1);');
  source = plant(source, 'cb_f32b(0x', 'cb_f32b(1 + 0x');
  return plant(source, 'return mix(mix(mix(CB_H0, a), bf64(b)), (uint64_t)(int64_t)c);',
    'return mix(mix(mix(CB_H0, a), bf64(b)), (uint64_t)(int64_t)c) ^ 1;');
}

// --sabotage with --aggregates: a wrong alignment in the layout program
// and a C check of the first shape that always fails.
function sabotageAggregates(layoutSource, memorySource) {
  const layout = layoutSource.replace(/(printf\("T [^;]*), _Alignof\(/, '$1, 2 * _Alignof(');
  const memory = memorySource.replace(/(int32_t check_0\(const void \*q\) \{)/, '$1 return 99;');
  if (layout === layoutSource || memory === memorySource) throw new Error('--sabotage: nothing to plant in the aggregates');
  return [layout, memory];
}

// The aggregate part of the fuzzer: batches of `o.batch` shapes, each
// compiled twice (a layout program, run here, and a round-trip library) and
// checked in a child per mode. Returns its totals.
async function runAggregates(o, outDir, fail) {
  const indices = o.aggOnly.length ? o.aggOnly : Array.from({ length: o.aggregates }, (_, i) => i);
  const totals = { shapes: 0, types: 0, fields: 0, leaves: 0, values: 0, scalars: 0, calls: {} };
  for (const m of o.modes) totals.calls[m] = 0;
  const nb = Math.ceil(indices.length / o.batch);
  for (let b = 0; b < nb; b++) {
    const t0 = Date.now();
    const batch = indices.slice(b * o.batch, (b + 1) * o.batch);
    const shapes = batch.map((i) => agggen.generateShape(o.seed, i));
    const values = shapes.map((s, k) => agggen.generateValue(s, o.seed, batch[k]));
    let layoutSource = agggen.layoutProgram(shapes);
    let memorySource = agggen.roundTripSource(shapes, values);
    if (o.sabotage) [layoutSource, memorySource] = sabotageAggregates(layoutSource, memorySource);
    const name = `aggregates-${b}`;
    const layoutFile = path.join(outDir, `${name}.layout.txt`);
    let lib;
    try {
      fs.writeFileSync(layoutFile, agggen.runLayoutProgram(layoutSource, path.join(outDir, `${name}-layout`)));
      lib = await compile(memorySource, outDir, name);
    } catch (e) {
      fail({ batch: `a${b}`, what: 'compile', detail: e.message });
      continue;
    }
    const spec = { seed: o.seed, indices: batch, lib, layout: layoutFile };
    const runs = await Promise.all(o.modes.map((m) => runChild(spec, m, '--aggregate-child')));
    let failures = 0;
    const afail = (f) => { failures++; fail({ batch: `a${b}`, ...f }); };
    const culprit = (text) => /^(agg_\d+)/.exec(text)?.[1];
    const repro = (n) => n && `node scripts/fuzz.js --seed ${hexSeed(o.seed)} --only ${n}`;
    runs.forEach((r, k) => {
      if (r.result === null) {
        afail({ what: 'crash', mode: r.mode, detail: `child exited with ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}\n${r.stderr.split('\n').slice(-25).join('\n')}` });
        return;
      }
      const { layout, memory } = r.result;
      // The layout does not depend on the mode: the first run reports it.
      if (k === 0) {
        for (const m of layout.mismatches) afail({ what: 'aggregate layout', name: culprit(m), detail: m, repro: repro(culprit(m)) });
        totals.shapes += layout.counts.shapes;
        totals.types += layout.counts.types;
        totals.fields += layout.counts.fields;
        totals.leaves += layout.counts.leaves;
        totals.values += memory.counts.shapes;
        totals.scalars += memory.counts.scalars;
      }
      for (const m of memory.mismatches) afail({ what: 'aggregate memory', mode: r.mode, name: culprit(m), detail: m, repro: repro(culprit(m)) });
      totals.calls[r.mode] += memory.counts.calls;
    });
    if (failures === 0 && !o.keep) {
      for (const f of [`${name}.c`, `${name}.so`, `${name}.layout.txt`]) fs.rmSync(path.join(outDir, f), { force: true });
      fs.rmSync(path.join(outDir, `${name}-layout`), { recursive: true, force: true });
    }
    if (!o.quiet) {
      console.log(`  aggregate batch ${b + 1}/${nb}: ${fmt(batch.length)} shapes; done ${fmt(totals.shapes)}/${fmt(indices.length)}; ` +
        `${failures} failure(s); ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  return totals;
}

// --sabotage with --byvalue: take_0 rejects what it is given, and the
// first double calc_i computes (bv_1's, a hard shape) has one more bit
// flipped, which nest_1 returns too.
function sabotageByValue(source) {
  const take = source.replace(/(EXPORT int32_t take_0\([^)]*\) \{)/, '$1 return 77;');
  const calc = take.replace(/& 0x800fffffffffffffull\);/, '& 0x800fffffffffffffull ^ 1);');
  if (take === source || calc === take) throw new Error('--sabotage: nothing to plant in the by-value cases');
  return calc;
}

// The by-value part of the fuzzer: batches of `o.bvBatch` cases, each
// compiled into a library and run in a child per mode. Returns its totals.
async function runByValue(o, outDir, fail) {
  const indices = o.bvOnly.length ? o.bvOnly : Array.from({ length: o.byvalue }, (_, i) => i);
  const modes = o.bvModes;
  const totals = { cases: 0, refused: 0, registers: 0, memory: 0, signatures: 0, calls: {}, nested: 0, paths: {}, mismatches: 0 };
  for (const m of modes) totals.calls[m] = 0;
  const nb = Math.ceil(indices.length / o.bvBatch);
  for (let b = 0; b < nb; b++) {
    const t0 = Date.now();
    const batch = indices.slice(b * o.bvBatch, (b + 1) * o.bvBatch);
    const cases = batch.map((i) => bvgen.generateCase(o.seed, i, { random: o.random, hard: true }));
    let source = bvgen.cSource(cases);
    if (o.sabotage) source = sabotageByValue(source);
    const name = `byvalue-${b}`;
    let lib;
    try {
      lib = await compile(source, outDir, name);
    } catch (e) {
      fail({ batch: `v${b}`, what: 'compile', detail: e.message });
      continue;
    }
    const spec = { seed: o.seed, indices: batch, random: o.random, lib };
    const runs = await Promise.all(modes.map((m) => runChild(spec, m, '--byvalue-child')));
    let failures = 0;
    const vfail = (f) => { failures++; fail({ batch: `v${b}`, ...f }); };
    const culprit = (text) => /^(bv_\d+)/.exec(text)?.[1];
    const repro = (n, mode) => n && `node scripts/fuzz.js --seed ${hexSeed(o.seed)} --random ${o.random} --only ${n}${mode ? ` --modes ${mode}` : ''}`;
    runs.forEach((r, k) => {
      if (r.result === null) {
        vfail({
          what: 'crash', mode: r.mode, name: r.last && r.last !== 'done' ? r.last : undefined,
          detail: `child exited with ${r.code}${r.signal ? ` (signal ${r.signal})` : ''} while running ${r.last}\n` +
            `stderr (tail):\n${r.stderr.split('\n').slice(-25).join('\n')}`,
          repro: r.last && r.last !== 'done' ? repro(r.last, r.mode) : null,
        });
        return;
      }
      const res = r.result;
      if (res.mode !== MODES[r.mode].stats) vfail({ what: 'mode', mode: r.mode, detail: `child ran in mode ${res.mode}` });
      if (res.liveCallbacks !== 0) vfail({ what: 'leak', mode: r.mode, detail: `${res.liveCallbacks} callbacks still registered` });
      for (const m of res.mismatches) {
        totals.mismatches++;
        vfail({ what: 'by-value mismatch', mode: r.mode, name: culprit(m), detail: m, repro: repro(culprit(m)) });
      }
      for (const m of res.longDouble.mismatches) vfail({ what: 'long double', mode: r.mode, detail: m });
      for (const [p, n] of Object.entries(res.paths)) {
        const ok = r.mode === 'jit' ? isFastTier(p) || p === 'general' : p === r.mode;
        if (!ok) vfail({ what: 'path', mode: r.mode, detail: `${n} function(s) took path ${p}` });
        if (r.mode === 'jit') totals.paths[p] = (totals.paths[p] || 0) + n;
      }
      totals.calls[r.mode] += res.counts.calls;
      if (k === 0) {
        for (const key of ['cases', 'refused', 'registers', 'memory', 'signatures', 'nested']) totals[key] += res.counts[key];
      }
    });
    // Every mode must make the same calls with the same outcomes.
    const ok = runs.filter((r) => r.result);
    for (let i = 1; i < ok.length; i++) {
      const a = ok[0].result.records;
      const z = ok[i].result.records;
      const differ = new Set();
      for (let k = 0; k < Math.max(a.length, z.length); k++) {
        const ra = a[k];
        const rz = z[k];
        if (JSON.stringify(ra) === JSON.stringify(rz)) continue;
        const fn = (ra || rz).name;
        if (differ.has(fn)) continue;
        differ.add(fn);
        const n = `bv_${fn.split('_').pop()}`;
        vfail({
          what: 'modes differ', name: n, repro: repro(n),
          detail: `${fn} call ${(ra || rz).call}: ${ok[0].mode} ${JSON.stringify(ra && ra.r)}, ${ok[i].mode} ${JSON.stringify(rz && rz.r)}`,
        });
      }
    }
    if (failures === 0 && !o.keep) for (const ext of ['c', 'so']) fs.rmSync(path.join(outDir, `${name}.${ext}`), { force: true });
    if (!o.quiet) {
      console.log(`  by-value batch ${b + 1}/${nb}: ${fmt(batch.length)} cases; done ${fmt(totals.cases)}/${fmt(indices.length)}; ` +
        `${failures} failure(s); ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  return totals;
}

function reproCommand(o, name) {
  return `node scripts/fuzz.js --seed ${hexSeed(o.seed)} --random ${o.random} --only ${name}`;
}

function plan(o) {
  if (o.only && o.only.length === 0) return [];
  if (o.only) {
    const forward = [];
    const callbacks = [];
    for (const name of o.only) {
      const m = /^(rs|cb)_(\d+)$/.exec(name);
      if (!m) usage(`--only: bad case name ${name} (rs_<i> or cb_<i>)`);
      (m[1] === 'rs' ? forward : callbacks).push(Number(m[2]));
    }
    return [{ forward, callbacks }];
  }
  const nc = Math.round(o.count * o.callbacks);
  const nf = o.count - nc;
  const nb = Math.ceil(o.count / o.batch);
  const range = (n, b) => {
    const lo = Math.floor((n * b) / nb);
    const hi = Math.floor((n * (b + 1)) / nb);
    return Array.from({ length: hi - lo }, (_, i) => lo + i);
  };
  return Array.from({ length: nb }, (_, b) => ({ forward: range(nf, b), callbacks: range(nc, b) }));
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const started = Date.now();
  const outDir = o.out || fs.mkdtempSync(path.join(os.tmpdir(), `jitffi-fuzz-${hexSeed(o.seed)}-`));
  fs.mkdirSync(outDir, { recursive: true });
  const batches = plan(o);
  const nSigs = batches.reduce((n, b) => n + b.forward.length + b.callbacks.length, 0);
  console.log(`jitffi fuzz: seed ${hexSeed(o.seed)}, ${fmt(nSigs)} signatures ` +
    `(${fmt(batches.reduce((n, b) => n + b.forward.length, 0))} C functions, ` +
    `${fmt(batches.reduce((n, b) => n + b.callbacks.length, 0))} callbacks) in ${batches.length} batch(es), ` +
    `modes ${o.modes.join('+')}, ${o.random} random calls per signature` +
    (o.aggregates || o.aggOnly.length ? `; ${fmt(o.aggOnly.length || o.aggregates)} aggregate types` : '') +
    (o.byvalue || o.bvOnly.length ? `; ${fmt(o.bvOnly.length || o.byvalue)} by-value shapes in modes ${o.bvModes.join('+')}` : '') +
    `; build dir ${outDir}`);

  const totals = { sigs: 0, calls: {}, invocations: {}, fastPaths: 0, generalPaths: 0 };
  for (const m of o.modes) { totals.calls[m] = 0; totals.invocations[m] = 0; }
  const failures = [];
  let nextBatch = 0;

  const fail = (f) => failures.push(f);

  async function runBatch(b) {
    const t0 = Date.now();
    const spec0 = batches[b];
    const fwd = spec0.forward.map((i) => gen.generateCase(o.seed, i, { random: o.random }));
    const cbs = cbgen.generateCallbackCases(o.seed, spec0.callbacks, { random: o.random });
    let source = gen.cSource(fwd) + cbgen.cCallbackSource(cbs);
    if (o.sabotage) source = sabotage(source);
    let lib;
    try {
      lib = await compile(source, outDir, `batch-${b}`);
    } catch (e) {
      fail({ batch: b, what: 'compile', detail: e.message });
      return;
    }
    const spec = { seed: o.seed, random: o.random, lib, forward: spec0.forward, callbacks: spec0.callbacks };
    const runs = await Promise.all(o.modes.map((m) => runChild(spec, m)));
    let batchFailures = 0;
    const bfail = (f) => { batchFailures++; fail({ batch: b, ...f }); };
    for (const r of runs) {
      if (r.result === null) {
        bfail({
          what: 'crash', mode: r.mode,
          detail: `child exited with ${r.code}${r.signal ? ` (signal ${r.signal})` : ''} while running ${r.last}\n` +
            `stderr (tail):\n${r.stderr.split('\n').slice(-25).join('\n')}`,
          repro: r.last && r.last !== 'done' ? reproCommand(o, r.last) + ` --modes ${r.mode}` : null,
        });
        continue;
      }
      const res = r.result;
      if (res.mode !== MODES[r.mode].stats) bfail({ what: 'mode', mode: r.mode, detail: `child ran in mode ${res.mode}` });
      if (res.liveCallbacks !== 0) bfail({ what: 'leak', mode: r.mode, detail: `${res.liveCallbacks} callbacks still registered` });
      if (res.forward) {
        const fr = res.forward;
        totals.calls[r.mode] += fr.records.length;
        for (const e of fr.errors) bfail({ what: 'error', mode: r.mode, detail: e });
        fr.paths.forEach((p, i) => {
          const ok = r.mode === 'interp' || r.mode === 'general' ? p === r.mode : isFastTier(p) || p === 'general';
          if (!ok) bfail({ what: 'path', mode: r.mode, detail: `${fwd[i].name} ${fwd[i].key} took path ${p}` });
          if (r.mode === 'jit') {
            if (isFastTier(p)) totals.fastPaths++;
            if (p === 'general') totals.generalPaths++;
          }
        });
        const expectedCalls = fwd.reduce((n, c) => n + c.calls.length, 0);
        if (fr.records.length !== expectedCalls) {
          bfail({ what: 'count', mode: r.mode, detail: `${fr.records.length} forward calls made, ${expectedCalls} expected` });
        }
        for (const m of gen.checkRecords(fwd, fr)) {
          const c = fwd.find((x) => x.name === m.name);
          bfail({ what: 'mismatch', mode: r.mode, name: m.name, m, case: c, repro: reproCommand(o, m.name) });
        }
      }
      if (res.callbacks) {
        const cr = res.callbacks;
        totals.calls[r.mode] += cr.records.length;
        totals.invocations[r.mode] += cr.invocations;
        for (const e of cr.errors) {
          const name = e.split(' ')[0].replace(/:$/, '');
          bfail({ what: 'callback', mode: r.mode, name, detail: e, repro: reproCommand(o, name) });
        }
        const expectedCalls = cbs.reduce((n, c) => n + c.sets.length + 1, 0);
        if (cr.records.length !== expectedCalls) {
          bfail({ what: 'count', mode: r.mode, detail: `${cr.records.length} driver calls made, ${expectedCalls} expected` });
        }
        for (const m of cbgen.checkCallbackRecords(cbs, cr)) {
          bfail({ what: 'mismatch', mode: r.mode, name: m.name, m, repro: reproCommand(o, m.name) });
        }
      }
    }
    // Both modes must agree exactly (including thrown errors).
    const ok = runs.filter((r) => r.result);
    for (let i = 1; i < ok.length; i++) {
      for (const part of ['forward', 'callbacks']) {
        const a = ok[0].result[part];
        const z = ok[i].result[part];
        if (!a || !z) continue;
        const n = Math.max(a.records.length, z.records.length);
        for (let k = 0; k < n; k++) {
          const ra = JSON.stringify(a.records[k]);
          const rz = JSON.stringify(z.records[k]);
          if (ra !== rz) {
            const rec = a.records[k] || z.records[k];
            const name = `${part === 'forward' ? 'rs' : 'cb'}_${rec.index}`;
            bfail({ what: 'modes differ', name, detail: `call ${rec.call}: ${ok[0].mode} ${ra}, ${ok[i].mode} ${rz}`, repro: reproCommand(o, name) });
          }
        }
      }
    }
    if (batchFailures === 0 && !o.keep) {
      for (const ext of ['c', 'so']) fs.rmSync(path.join(outDir, `batch-${b}.${ext}`), { force: true });
    }
    totals.sigs += fwd.length + cbs.length;
    if (!o.quiet) {
      const m0 = o.modes[0];
      console.log(`  batch ${b + 1}/${batches.length}: ${fmt(fwd.length + cbs.length)} signatures; ` +
        `done ${fmt(totals.sigs)}/${fmt(nSigs)} signatures, ${fmt(totals.calls[m0])} calls, ` +
        `${fmt(totals.invocations[m0])} callback invocations per mode; ` +
        `${failures.length} failure(s); ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  }

  async function worker() {
    while (nextBatch < batches.length) {
      const b = nextBatch++;
      await runBatch(b);
    }
  }
  await Promise.all(Array.from({ length: Math.min(o.jobs, batches.length) }, worker));

  let agg = null;
  if (o.aggregates > 0 || o.aggOnly.length > 0) agg = await runAggregates(o, outDir, fail);
  let bv = null;
  if (o.byvalue > 0 || o.bvOnly.length > 0) bv = await runByValue(o, outDir, fail);

  const seconds = (Date.now() - started) / 1000;
  const m0 = o.modes[0];
  const sameCounts = o.modes.every((m) => totals.calls[m] === totals.calls[m0] && totals.invocations[m] === totals.invocations[m0]);
  console.log(`\nseed ${hexSeed(o.seed)}: ${fmt(totals.sigs)} signatures, ` +
    `${fmt(totals.calls[m0])} calls and ${fmt(totals.invocations[m0])} callback invocations per mode` +
    `${sameCounts ? '' : ` (per mode: ${o.modes.map((m) => `${m} ${fmt(totals.calls[m])}/${fmt(totals.invocations[m])}`).join(', ')})`}` +
    `; ${fmt(o.modes.reduce((n, m) => n + totals.calls[m], 0))} calls and ` +
    `${fmt(o.modes.reduce((n, m) => n + totals.invocations[m], 0))} callback invocations in ${o.modes.length} mode(s)` +
    (o.modes.includes('jit') ? `; compiled paths: ${fmt(totals.fastPaths)} fast, ${fmt(totals.generalPaths)} general` : '') +
    `; ${seconds.toFixed(1)} s`);

  if (agg) {
    console.log(`aggregates: ${fmt(agg.shapes)} shapes, ${fmt(agg.types)} types, ${fmt(agg.fields)} fields and ` +
      `${fmt(agg.leaves)} leaves compared with C; ${fmt(agg.values)} values, ${fmt(agg.scalars)} scalars, ` +
      `${o.modes.map((m) => `${fmt(agg.calls[m])} C calls (${m})`).join(', ')}`);
  }
  if (bv) {
    const m0 = o.bvModes[0];
    console.log(`by value: ${fmt(bv.cases)} shapes (${fmt(bv.registers)} in registers, ${fmt(bv.memory)} in memory, ` +
      `${fmt(bv.refused)} refused), ${fmt(bv.signatures)} signatures, ${fmt(bv.calls[m0])} calls per mode ` +
      `(${fmt(2 * bv.nested)} of them from a callback during another by-value call), ` +
      `${fmt(o.bvModes.reduce((n, m) => n + bv.calls[m], 0))} calls in ${o.bvModes.length} mode(s) (${o.bvModes.join(', ')}); ` +
      `${fmt(bv.mismatches)} mismatches` +
      (bv.paths.fast !== undefined || bv.paths.general !== undefined
        ? `; jit paths: ${fmt(bv.paths.fast || 0)} fast, ${fmt(bv.paths.general || 0)} general` : ''));
  }
  if (failures.length === 0) {
    console.log('OK: every call agreed with the JS checksum and across modes' +
      (agg ? '; every aggregate layout and value agreed with C' : '') +
      (bv ? '; every by-value call agreed with JS and across modes' : ''));
    if (!o.keep && !o.out) fs.rmSync(outDir, { recursive: true, force: true });
    return 0;
  }
  console.log(`FAIL: ${failures.length} failure(s); build dir kept: ${outDir}`);
  const byCase = new Map();
  for (const f of failures) {
    const k = f.name || `batch ${f.batch} (${f.what})`;
    if (!byCase.has(k)) byCase.set(k, new Set());
    if (f.mode) byCase.get(k).add(f.mode);
  }
  console.log(`failing cases: ${[...byCase].map(([k, m]) => (m.size ? `${k} (${[...m].join(', ')})` : k)).join(', ')}`);
  const reproDone = new Set();
  for (const f of failures.slice(0, o.maxReport)) {
    let text = `\n[${f.what}] batch ${f.batch}${f.mode ? `, mode ${f.mode}` : ''}${f.name ? `, ${f.name}` : ''}`;
    if (f.m) {
      const m = f.m;
      text += `\n  ${m.name} ${m.key}${m.path ? ` [${m.path}]` : ''} call ${m.call}` +
        `\n  signature: ${JSON.stringify(m.sig)}; C side: ${m.kinds}` +
        `\n  args: (${m.args.join(', ')})` +
        `\n  expected ${m.expected}, got ${m.actual}`;
    }
    if (f.detail) text += `\n  ${f.detail.split('\n').join('\n  ')}`;
    if (f.repro) text += `\n  reproduce: ${f.repro}`;
    if (f.case && !reproDone.has(f.name)) {
      reproDone.add(f.name);
      const dir = writeForwardRepro(path.join(outDir, 'repro', f.name), o.seed, f.case, f.m.call);
      text += `\n  standalone: node ${path.join(dir, 'repro.js')} (and with JITFFI_MODE=interp)`;
    }
    console.log(text);
  }
  if (failures.length > o.maxReport) console.log(`\n... and ${failures.length - o.maxReport} more failure(s)`);
  return 1;
}

if (process.argv.includes('--aggregate-child')) {
  aggregateChildMain();
} else if (process.argv.includes('--byvalue-child')) {
  byValueChildMain();
} else if (process.argv.includes('--child')) {
  childMain();
} else {
  main().then((code) => { process.exitCode = code; }, (e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
