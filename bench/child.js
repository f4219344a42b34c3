'use strict';
// A benchmark worker process, driven by bench/run.js over IPC.
//
// bench/run.js starts two of these: one in the default mode (jitffi
// compiled, plus the N-API references of bench/refs, the empty call, plain
// JS and koffi)
// and one with JITFFI_MODE=interp (jitffi interpreted), because the mode is
// fixed when the addon loads. It asks them for one batch at a time,
// alternating between modes and processes, so drift on a shared machine
// hits every mode alike. Each request is answered with figures measured
// here, inside the process: IPC latency is never timed.
//
// Requests ({ id, op, ... }) and replies ({ id, ok, value | error }):
//   init      { options }                 -> { process, cases: [{ id, modes: { mode: { tier } | { skip } } }] }
//   calibrate { caseId, mode, targetMs, fixedIterations } -> { iterations }
//   batch     { caseId, mode, iterations } -> { ns } (ns per call)
//   compile   { kind, count }              -> { newNs, cachedNs, compiled }

const path = require('node:path');
const root = path.join(__dirname, '..');
// BENCH_FFI=builtin: the 'jitffi' entries measure Node.js's own node:ffi
// (started with --experimental-ffi).
const builtin = process.env.BENCH_FFI === 'builtin';
const ffi = builtin ? require('node:ffi') : require(root);
const { targetsPath, loadBenchRefs } = require('./build');
const { makeCases, SIGNATURES } = require('./cases');

const interp = process.env.JITFFI_MODE === 'interp';
const fastTier = process.env.JITFFI_TIER === 'fast';
const processMode = builtin ? 'builtin' : interp ? 'interpreted' : fastTier ? 'fasttier' : 'compiled';
const internals = ffi[Symbol.for('jitffi.internals')];

let libraryPath;
let lib;
const entries = new Map(); // `${caseId}/${mode}` -> entry
const caseById = new Map();

function loadKoffi() {
  try {
    return require('koffi');
  } catch {
    return null;
  }
}

// One loop per case and mode, compiled from the entry's expression so that
// every call site sees one function only. The source names the case and
// mode: V8 caches `new Function` by source text, and two loops with the same
// text would share their feedback, turning the call site polymorphic (an
// N-API function then takes V8's slow generic call path, ~20 ns more).
// An asynchronous entry (`async: true`) awaits each call before the next.
function makeLoop(ctx, expr, tag, isAsync) {
  const names = Object.keys(ctx);
  const source = `// ${tag}
const { ${names.join(', ')} } = ctx;
return ${isAsync ? 'async ' : ''}function loop(n) {
  let r;
  for (let i = 0; i < n; i++) r = ${isAsync ? `await ${expr}` : expr};
  return r;
};`;
  return new Function('ctx', source)(ctx);
}

function init(options) {
  libraryPath = targetsPath();
  lib = new ffi.DynamicLibrary(libraryPath);
  const libc = new ffi.DynamicLibrary(null);
  // The hand-written N-API references: an addon of their own (bench/refs).
  const refs = loadBenchRefs();
  const koffi = processMode === 'compiled' ? loadKoffi() : null;
  let klib = null;
  let kc = null;
  if (koffi) {
    klib = koffi.load(libraryPath);
    kc = {};
    kc.IntCallback = koffi.proto('int32_t IntCallback(int32_t v)');
    kc.XCallback = koffi.proto('int32_t XCallback(int32_t v)');
    kc.SortCallback = koffi.proto('int SortCallback(const void *a, const void *b)');
    kc.qsort = koffi.load(null).func('void qsort(void *base, size_t n, size_t size, SortCallback *cb)');
  }

  // The hand-written references call the same C functions, found by dlsym.
  const targets = {};
  for (const name of refs.setTargets({})) {
    targets[name] = name === 'qsort' ? libc.getSymbol('qsort') : lib.getSymbol(name);
  }
  refs.setTargets(targets);

  const cases = makeCases({ ffi, lib, libc, refs, koffi, klib, kc, options });
  const out = [];
  for (const c of cases) {
    caseById.set(c.id, c);
    const modes = {};
    const wanted = processMode === 'compiled'
      ? { compiled: 'jitffi', napi: 'napi', empty: 'empty', js: 'js', koffi: 'koffi' }
      : { [processMode]: 'jitffi' };
    for (const [mode, key] of Object.entries(wanted)) {
      const make = c.modes[key];
      let entry;
      try {
        entry = make ? make() : { skip: 'not applicable' };
      } catch (e) {
        if (!builtin) throw e;
        entry = { skip: `not in node:ffi (${e.message})` };
      }
      if (entry.skip) {
        modes[mode] = { skip: entry.skip };
        continue;
      }
      if (!entry.measure) entry.loop = makeLoop(entry.ctx, entry.expr, `${c.id}/${mode}`, entry.async === true);
      entries.set(`${c.id}/${mode}`, entry);
      const info = {};
      if (key === 'jitffi' && entry.ctx && typeof entry.ctx.f === 'function' && internals) {
        info.tier = internals.pathOf(entry.ctx.f) || undefined;
      }
      if (key === 'jitffi' && entry.ctx && entry.ctx.q && internals) info.tier = internals.pathOf(entry.ctx.q) || undefined;
      modes[mode] = info;
    }
    out.push({ id: c.id, title: c.title, group: c.group, argc: c.argc, modes });
  }
  return {
    process: processMode,
    jitMode: internals ? internals.stats().mode : undefined,
    fastApi: internals ? internals.v8Api().fastApi : undefined,
    koffi: koffi ? koffi.version || 'unknown version' : null,
    cases: out,
  };
}

function entry(caseId, mode) {
  const e = entries.get(`${caseId}/${mode}`);
  if (!e) throw new Error(`no entry for ${caseId}/${mode}`);
  return e;
}

// Total ns of `n` calls.
async function timeLoop(e, n) {
  if (e.prepare) e.prepare();
  const t0 = process.hrtime.bigint();
  const r = e.loop(n);
  if (e.async) await r;
  const t1 = process.hrtime.bigint();
  return Number(t1 - t0);
}

// Checks one call, warms the loop up and picks the iteration count that
// makes a batch last about `targetMs`.
async function calibrate({ caseId, mode, targetMs, fixedIterations }) {
  const e = entry(caseId, mode);
  const c = caseById.get(caseId);
  if (e.measure) {
    await e.measure(c.calls); // checks every result, warms up
    return { iterations: c.calls };
  }
  if (e.prepare) e.prepare();
  const r = await e.loop(1);
  if (e.check && !e.check(r)) {
    throw new Error(`${caseId}/${mode}: wrong result ${typeof r === 'bigint' ? `${r}n` : String(r)}`);
  }
  if (c.iterations === 1) {
    await timeLoop(e, 1);
    return { iterations: 1 };
  }
  if (fixedIterations) {
    await timeLoop(e, fixedIterations);
    return { iterations: fixedIterations };
  }
  const target = targetMs * 1e6;
  let n = 16;
  let dt = await timeLoop(e, n);
  // Grow until a run takes a quarter of the target; the runs warm V8 up.
  while (dt < target / 4 && n < 1e9) {
    n *= 4;
    dt = await timeLoop(e, n);
  }
  const iterations = Math.max(1, Math.ceil((n * target) / Math.max(dt, 1)));
  await timeLoop(e, iterations); // one full-size warm-up run, discarded
  return { iterations };
}

async function batch({ caseId, mode, iterations }) {
  const e = entry(caseId, mode);
  if (e.measure) return { ns: (await e.measure(iterations)) / iterations };
  return { ns: (await timeLoop(e, iterations)) / iterations };
}

// ---- the cost of compiling a signature ----

const SCALARS = ['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64'];
const RESULTS = [...SCALARS, 'void', 'bool'];
// (string parameters are fast-tier signatures, with a general-tier fallback)
const GENERAL = ['buffer', 'arraybuffer'];
const counters = { fast: 0, general: 0 };
const usedByCases = new Set(Object.values(SIGNATURES).map(([p, r]) => `${r}(${p.join(',')})`));

// A signature this process has never seen: fast = three scalar parameters,
// general = one buffer/arraybuffer parameter and three scalars.
function nextSignature(kind) {
  for (;;) {
    let k = counters[kind]++;
    const params = [];
    if (kind === 'general') {
      params.push(GENERAL[k % GENERAL.length]);
      k = Math.floor(k / GENERAL.length);
    }
    for (let p = 0; p < 3; p++) {
      params.push(SCALARS[k % SCALARS.length]);
      k = Math.floor(k / SCALARS.length);
    }
    const result = RESULTS[k % RESULTS.length];
    if (k >= RESULTS.length) throw new Error(`out of distinct ${kind} signatures`);
    if (usedByCases.has(`${result}(${params.join(',')})`)) continue;
    return { parameters: params, result };
  }
}

// getFunction over `count` signatures never compiled before (one fresh
// library each, since a library binds a name to one signature), each
// followed by getFunction of the same, now compiled, signature on another
// library: the difference is the cost of compiling. Interleaving the two
// makes drift and GC hit both alike.
function compile({ kind, count }) {
  const fresh = Array.from({ length: count }, () => new ffi.DynamicLibrary(libraryPath));
  const again = Array.from({ length: count }, () => new ffi.DynamicLibrary(libraryPath));
  const sigs = Array.from({ length: count }, () => nextSignature(kind));
  const before = internals ? internals.stats().compiled : 0;
  let newNs = 0;
  let cachedNs = 0;
  for (let k = 0; k < count; k++) {
    const t0 = process.hrtime.bigint();
    fresh[k].getFunction('noop', sigs[k]);
    const t1 = process.hrtime.bigint();
    again[k].getFunction('noop', sigs[k]);
    const t2 = process.hrtime.bigint();
    newNs += Number(t1 - t0);
    cachedNs += Number(t2 - t1);
  }
  const compiled = (internals ? internals.stats().compiled : 0) - before;
  for (const l of fresh) l.close();
  for (const l of again) l.close();
  return { newNs: newNs / count, cachedNs: cachedNs / count, compiled };
}

const ops = { init: ({ options }) => init(options), calibrate, batch, compile };

process.on('message', async (msg) => {
  if (msg.op === 'exit') {
    process.disconnect();
    return;
  }
  // Cases measured through the event loop (`measure`) answer later.
  Promise.resolve()
    .then(() => ops[msg.op](msg))
    .then((value) => ({ id: msg.id, ok: true, value }), (err) => ({ id: msg.id, ok: false, error: err && err.stack ? err.stack : String(err) }))
    .then((reply) => process.send(reply));
});
