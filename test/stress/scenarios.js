'use strict';
// Lifetime stress scenarios, run by test/stress.test.js, each in its own
// process started with --expose-gc:
//
//   node --expose-gc test/stress/scenarios.js <scenario> <count>
//
// Each scenario warms up, settles the heap (several gc() calls and event
// loop turns) and reads its memory ("before"), runs the first half of its
// count ("mid"), then the second half ("after"), and prints one JSON line:
// { scenario, count, ms, rss: { start, before, mid, after },
//   live: { start, before, mid, after }, ... } (bytes; test/stress/footprint.js
// says what the two readings count).
// A leak shows as growth that is proportional to the count, and in
// particular as growth between "mid" and "after" (the warm-up and the first
// half absorb one-off costs: code, caches, heap sizing).
//
// Every scenario also checks results as it goes and throws (exit code 1)
// on a wrong one.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { fixturePath, gc } = require('../helpers');
const gen = require('../gen/signatures');
const churn = require('../hardening/churn-signatures');

const ffi = require('../..');
const internals = ffi[Symbol.for('jitffi.internals')];

if (typeof globalThis.gc !== 'function') {
  console.error('run with --expose-gc');
  process.exit(2);
}

const { tick, settle, footprint, now, byReading } = require('./footprint');

// Runs `step(i)` for i in [from, to), collecting garbage and yielding to
// the event loop every 1000 steps (so FinalizationRegistry callbacks and
// finalizers can run). Without the collections V8 lets its heap grow to
// tens of MiB of garbage between full collections and keeps the pages
// resident afterwards: the dlopen scenario's RSS then jumped by about
// 48 MiB at a point that varied from run to run, in the first half or the
// second (Node.js 22, interpreted), which the RSS bounds of
// test/stress.test.js cannot tell from a leak.
async function loop(from, to, step) {
  for (let i = from; i < to; i++) {
    const r = step(i);
    if (r !== undefined) await r;
    if (i % 1000 === 999) {
      gc();
      await tick();
    }
  }
}

// Measures a scenario: `warm` warm-up steps, then count/2 + count/2.
// `step(i)` may return a promise, which is awaited.
async function measure(count, warm, step) {
  const start = now();
  await loop(0, warm, step);
  const before = await footprint();
  const t0 = Date.now();
  await loop(warm, warm + Math.floor(count / 2), step);
  const mid = await footprint();
  await loop(warm + Math.floor(count / 2), warm + count, step);
  const ms = Date.now() - t0;
  const after = await footprint();
  return { ms, ...byReading({ start, before, mid, after }) };
}

const FIXTURE = fixturePath();

const DEFS = {
  add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
  string_length: { parameters: ['string'], result: 'u64' },
  ptr_to_u64: { parameters: ['pointer'], result: 'u64' },
  call_i32_cb: { parameters: ['function', 'i32'], result: 'i32' },
};

// 1. dlopen / getFunction / close cycles. Each cycle opens the fixture with
// a fast-tier, a general-tier and a mixed (pointer) function, calls each,
// registers and calls a callback every 4th cycle (released by close()),
// closes the library and checks that its wrappers refuse to run.
async function dlopenCycles(count) {
  const text = 'hello, stress';
  const step = (i) => {
    const { lib, functions: f } = ffi.dlopen(FIXTURE, DEFS);
    assert.equal(f.add_i32(i, 1), (i + 1) | 0);
    assert.equal(f.string_length(text), BigInt(text.length));
    assert.equal(f.ptr_to_u64(BigInt(i)), BigInt(i));
    if (i % 4 === 0) {
      const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => x ^ i);
      assert.equal(f.call_i32_cb(cb, 5), 5 ^ i);
    }
    if (i % 2 === 0) lib.close();
    else ffi.dlclose(lib);
    if (i % 1000 === 0) {
      assert.throws(() => f.add_i32(1, 2), { code: 'ERR_FFI_LIBRARY_CLOSED' });
      assert.throws(() => f.string_length('x'), { code: 'ERR_FFI_LIBRARY_CLOSED' });
    }
  };
  const r = await measure(count, Math.min(2000, count), step);
  return { ...r, callbacksLeft: internals.stats().callbacks };
}

// 2. Callback register / unregister cycles over five signatures, each
// callback closing over its own 1 KiB buffer (so a leaked reference to the
// function costs at least 1 KiB a cycle) and called once from C. Every 10th
// cycle toggles unref/ref; every 1000 cycles a second library registers 50
// callbacks and releases them with close().
async function callbackCycles(count) {
  const lib = new ffi.DynamicLibrary(FIXTURE);
  const fn = (name, parameters, result) => lib.getFunction(name, { parameters, result });
  const callers = {
    i32: fn('call_i32_cb', ['function', 'i32'], 'i32'),
    i64: fn('call_i64_cb', ['function', 'i64'], 'i64'),
    f64: fn('call_f64_cb', ['function', 'f64'], 'f64'),
    ptr: fn('call_ptr_cb', ['function', 'pointer'], 'pointer'),
    void: fn('call_void_cb', ['function'], 'void'),
  };
  let voidCalls = 0;
  const kinds = [
    ['i32', { parameters: ['i32'], result: 'i32' }, (p) => (x) => x + p[0], (i) => i, (i, p) => i + p[0]],
    ['i64', { parameters: ['i64'], result: 'i64' }, (p) => (x) => x + BigInt(p[0]), (i) => BigInt(i), (i, p) => BigInt(i + p[0])],
    ['f64', { parameters: ['f64'], result: 'f64' }, (p) => (x) => x * 2 + p[0], (i) => i + 0.5, (i, p) => (i + 0.5) * 2 + p[0]],
    ['ptr', { parameters: ['pointer'], result: 'pointer' }, (p) => (x) => x + BigInt(p[0]), (i) => BigInt(i), (i, p) => BigInt(i + p[0])],
    ['void', { result: 'void' }, (p) => () => { voidCalls += p[0] + 1; }, () => undefined, () => undefined],
  ];
  const step = (i) => {
    const [kind, sig, make, arg, want] = kinds[i % kinds.length];
    const payload = new Uint8Array(1024);
    payload[0] = i & 0x7f;
    // `f` stays referenced until refCallback: once unrefCallback makes the
    // registry's reference weak, a scavenge in between could otherwise
    // collect the function, and refCallback then rightly finds no callback.
    const f = make(payload);
    const pointer = lib.registerCallback(sig, f);
    if (i % 10 === 0) {
      lib.unrefCallback(pointer);
      lib.refCallback(pointer);
    }
    assert.equal(typeof f, 'function'); // a use of `f` after refCallback
    const v = kind === 'void' ? callers.void(pointer) : callers[kind](pointer, arg(i));
    assert.equal(v, want(i, payload));
    lib.unregisterCallback(pointer);
    if (i % 1000 === 500) {
      const other = new ffi.DynamicLibrary(FIXTURE);
      const ptrs = Array.from({ length: 50 }, (_, k) => other.registerCallback(sig, make(new Uint8Array(1024).fill(k))));
      assert.equal(new Set(ptrs).size, 50);
      other.close();
    }
  };
  const r = await measure(count, Math.min(2000, count), step);
  const left = internals.stats().callbacks;
  lib.close();
  return { ...r, callbacksLeft: left, voidCalls };
}

// The canonical key jitffi uses for a signature (lib/signature.js).
const CANONICAL = {
  i8: 'int8', u8: 'uint8', bool: 'bool', char: 'char', i16: 'int16', u16: 'uint16', i32: 'int32',
  u32: 'uint32', i64: 'int64', u64: 'uint64', f32: 'float', f64: 'double', pointer: 'pointer',
  function: 'function', string: 'string', buffer: 'buffer', arraybuffer: 'arraybuffer', void: 'void',
};
const PARAM_TYPES = Object.keys(CANONICAL).filter((t) => t !== 'void');
const RESULT_TYPES = Object.keys(CANONICAL);

// `count` distinct signatures, deterministic: random length 0..16, random
// types (a third of them fast-tier scalars only).
function distinctSignatures(count) {
  const rng = gen.makeRng(0x5157, 0);
  const seen = new Set();
  const out = [];
  const scalar = PARAM_TYPES.slice(0, 13);
  while (out.length < count) {
    const pool = rng.chance(0.33) ? scalar : PARAM_TYPES;
    const params = Array.from({ length: rng.int(0, 16) }, () => rng.pick(pool));
    const result = rng.pick(RESULT_TYPES);
    const key = `${result}(${params.join(',')})`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ parameters: params, result });
  }
  return out;
}

const FIXTURE_SYMBOLS = [...fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'fixture.c'), 'utf8')
  .matchAll(/^EXPORT\s[^(]*?\b(\w+)\s*\(/gm)].map((m) => m[1]);

// 3. `count` distinct signatures compiled: each is requested with
// getFunction on a fixture symbol (never called: the signatures do not
// match the C functions), spread over as many library instances as
// needed. The libraries are then dropped and the same signatures requested
// again from new libraries: that pass must hit jitffi's caches, so memory
// stays flat while the dropped wrappers are collected.
async function distinctSignaturesScenario(count) {
  const sigs = distinctSignatures(count);
  const names = FIXTURE_SYMBOLS;
  let libs = [];
  const request = (i) => {
    const li = Math.floor(i / names.length);
    if (!libs[li]) libs[li] = new ffi.DynamicLibrary(FIXTURE);
    const f = libs[li].getFunction(names[i % names.length], sigs[i]);
    assert.equal(f.length, sigs[i].parameters.length);
  };
  const start = now();
  // Warm-up: load the fixture and compile some fast-tier signatures that are
  // not in the list.
  const warmLib = new ffi.DynamicLibrary(FIXTURE);
  warmLib.getFunction('add_i32', DEFS.add_i32);
  warmLib.getFunction('string_length', DEFS.string_length);
  const before = await footprint();
  const compiled0 = internals.stats().compiled;
  const t0 = Date.now();
  await loop(0, Math.floor(count / 2), request);
  const mid = await footprint();
  await loop(Math.floor(count / 2), count, request);
  const ms = Date.now() - t0;
  const after = await footprint();
  const compiled1 = internals.stats().compiled;
  // Second pass: same signatures, new libraries; the old ones are dropped.
  libs = [];
  await settle();
  const t1 = Date.now();
  await loop(0, count, request);
  const msAgain = Date.now() - t1;
  libs = [];
  const again = await footprint();
  const compiled2 = internals.stats().compiled;
  warmLib.close();
  return {
    ms, msAgain, ...byReading({ start, before, mid, after, again }),
    compiledFirstPass: compiled1 - compiled0, compiledSecondPass: compiled2 - compiled1,
    fastOrGeneral: internals.stats().mode,
  };
}

// 4. Wrappers and libraries dropped and collected while other wrappers of
// the same signatures stay in use. A long-lived library A keeps a fast-tier
// wrapper, a general-tier wrapper and a callback. Each cycle opens a
// library B (the fixture or one of two private copies of it, so that
// dropping B really unloads code), takes wrappers of the same signatures
// (and of the same symbols), calls them, and drops B: usually without
// close() (the GC collects it and its wrappers; its callback is
// unregistered first, as the documented lifetimes require), sometimes after
// close(). A's wrappers must keep returning correct results throughout, the
// dropped libraries and wrappers must actually be collected, and the
// private copies must be unmapped in the end (dlclose once nothing uses them).
async function dropWhileInUse(count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-stress-'));
  const copies = [0, 1].map((k) => {
    const p = path.join(dir, `libfixture-copy${k}.so`);
    fs.copyFileSync(FIXTURE, p);
    return p;
  });
  const a = new ffi.DynamicLibrary(FIXTURE);
  const aAdd = a.getFunction('add_i32', DEFS.add_i32);
  const aLen = a.getFunction('string_length', DEFS.string_length);
  const aApply = a.getFunction('apply2_cb', { parameters: ['function', 'i32', 'i32'], result: 'i32' });
  const aCb = a.registerCallback({ parameters: ['i32', 'i32'], result: 'i32' }, (x, y) => aAdd(x, y));
  let collectedLibs = 0;
  let collectedFns = 0;
  const registry = new FinalizationRegistry((what) => {
    if (what === 'lib') collectedLibs++;
    else collectedFns++;
  });
  const checkA = (i) => {
    assert.equal(aAdd(i, 2), (i + 2) | 0);
    assert.equal(aLen('abc'.repeat(i % 5)), BigInt(3 * (i % 5)));
    assert.equal(aApply(aCb, i, 3), (i + 3) | 0);
  };
  let closedThrows = 0;
  const step = (i) => {
    const path0 = i % 3 === 0 ? FIXTURE : copies[i % 2];
    const b = new ffi.DynamicLibrary(path0);
    let bAdd = b.getFunction('add_i32', { arguments: ['int32', 'int32'], returns: 'int32' });
    let bLen = b.getFunction('string_length', { parameters: ['str'], result: 'uint64' });
    const bSub = b.getFunction('add_i64', { parameters: ['i64', 'i64'], result: 'i64' });
    assert.equal(bAdd(i, 7), (i + 7) | 0);
    checkA(i);
    assert.equal(bLen('four'), 4n);
    assert.equal(bSub(BigInt(i), -1n), BigInt(i) - 1n);
    const bCb = b.registerCallback({ parameters: ['i32', 'i32'], result: 'i32' }, (x, y) => bAdd(x, y) + 1);
    assert.equal(aApply(bCb, i, 1), ((i + 1) | 0) + 1);
    registry.register(b, 'lib');
    registry.register(bAdd, 'fn');
    registry.register(bLen, 'fn');
    if (i % 5 === 0) {
      b.close(); // releases bCb too
      assert.throws(() => bAdd(1, 2), { code: 'ERR_FFI_LIBRARY_CLOSED' });
      assert.throws(() => bLen('x'), { code: 'ERR_FFI_LIBRARY_CLOSED' });
      closedThrows++;
    } else {
      b.unregisterCallback(bCb);
    }
    checkA(i);
    // The closures above keep bAdd and bLen in their context: drop them.
    bAdd = bLen = null;
  };
  const r = await measure(count, Math.min(500, count), step);
  await settle();
  checkA(1);
  const mappedCopies = fs.readFileSync('/proc/self/maps', 'utf8').split('\n').filter((l) => l.includes(dir)).length;
  a.unregisterCallback(aCb);
  a.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...r, collectedLibs, collectedFns, closedThrows, mappedCopies, callbacksLeft: internals.stats().callbacks };
}

// 5. toBuffer copies whose memory is transferred away. Each cycle makes
// small copies of native memory, transfers one copy's ArrayBuffer with
// structuredClone, and checks that the others, and the next copies, keep
// their bytes: every copy owns its memory, so nothing is shared, leaked or
// written after the transfer.
async function transferCycles(count) {
  const source = Buffer.alloc(4096);
  for (let i = 0; i < source.length; i++) source[i] = (i * 13) & 0xff;
  const pointer = ffi.getRawPointer(source);
  let transferred = 0;
  const step = (i) => {
    const n = 1 + (i % 200);
    const a = ffi.toBuffer(pointer, n);
    const b = ffi.toBuffer(pointer, n + 1);
    const moved = new Uint8Array(structuredClone(a.buffer, { transfer: [a.buffer] }));
    transferred += moved.length === n ? 1 : 0;
    const c = ffi.toBuffer(pointer, 3000);
    assert.equal(a.length, 0);
    assert.equal(b[n], source[n]);
    assert.equal(moved[n - 1], source[n - 1]);
    assert.equal(c[2999], source[2999]);
  };
  const r = await measure(count, Math.min(500, count), step);
  return { ...r, transferred };
}

// 5. Signature churn (test/hardening/churn-signatures.js has the steps):
// `count` distinct callback signatures, each registered, called once from C
// and unregistered; or `count` distinct forward signatures, each taken with
// getFunction from a new library, called once and dropped. Nothing uses a
// signature once its step is over, so its code must be freed (jitffi keeps
// the code of the signatures in use, plus a few idle ones).
//
// A gc() every 1000 steps, as in the probe: dropped wrappers keep their
// code until the GC collects them, and the young generation promotes them
// (with --max-semi-space-size=1) to where only a full GC does.
async function churnScenario(count, make) {
  const lib = new ffi.DynamicLibrary(FIXTURE);
  const step = make(lib);
  const r = await measure(count, Math.min(2000, count), (i) => {
    step(i);
    if (i % 1000 === 999) globalThis.gc();
  });
  const { signatures, callbacks } = internals.stats();
  lib.close();
  return { ...r, signaturesMapped: signatures, callbacksLeft: callbacks };
}

// 8. Asynchronous calls (docs/async.md): in each step, eight calls started
// together on the pool, with a string to copy and a buffer to hold, then
// awaited. Nothing may stay pending.
async function asyncCalls(count) {
  const { lib, functions: f } = ffi.dlopen(FIXTURE, {
    add_i32: DEFS.add_i32,
    string_length: DEFS.string_length,
    sum_buffer: { parameters: ['buffer', 'u64'], result: 'u64' },
  });
  const text = 'x'.repeat(300);
  const step = async (i) => {
    if (i % 8 !== 0) return;
    const buf = Buffer.alloc(64, i & 0xff);
    const r = await Promise.all([
      f.add_i32.async(i, 1), f.string_length.async(text), f.sum_buffer.async(buf, 64n), f.add_i32.async(i, 2),
      f.add_i32.async(i, 3), f.string_length.async(`${i}`), f.sum_buffer.async(buf, 1n), f.add_i32.async(i, 4),
    ]);
    assert.deepEqual(r, [(i + 1) | 0, 300n, BigInt(64 * (i & 0xff)), (i + 2) | 0, (i + 3) | 0, BigInt(`${i}`.length),
      BigInt(i & 0xff), (i + 4) | 0]);
  };
  const r = await measure(count, Math.min(8000, count), step);
  const pending = internals.stats().asyncPending;
  lib.close();
  return { ...r, pending };
}

// Cross-thread callback calls: a C thread of test/fixtures/threads.c calls
// a blocking thread-safe callback `count` times and checks every result, and
// a nonblocking void callback as many times, in runs of 10,000 calls (the
// request of a blocking call lives in the caller's frame, a nonblocking
// one is allocated per call and freed when delivered). The same two
// callbacks serve every run: a registration per run would retire a cell
// each time (docs/callbacks.md).
async function crossThreadCalls(count) {
  const { lib, functions: f } = ffi.dlopen(fixturePath('threads'), {
    ts_start: { result: 'i32', parameters: ['pointer', 'i32', 'i32', 'i32'] },
    ts_start_void: { result: 'i32', parameters: ['pointer', 'i32', 'i32'] },
    ts_active: { result: 'i32', parameters: [] },
    ts_mismatches: { result: 'i64', parameters: [] },
    ts_nonzeros: { result: 'i64', parameters: [] },
    ts_join: { result: 'void', parameters: [] },
  });
  let arrived = 0;
  const blocking = lib.registerCallback({ result: 'i32', parameters: ['i32', 'i32'], threadsafe: true },
    (t, seq) => t * 1000003 + seq + 1);
  const nonblocking = lib.registerCallback({ result: 'void', parameters: ['i32', 'i32'], threadsafe: 'nonblocking' },
    () => { arrived++; });
  const wait = async (done) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 1));
  };
  let calls = 0;
  const run = async (n) => {
    for (let done = 0; done < n; done += 10000) {
      const m = Math.min(10000, n - done);
      assert.equal(f.ts_start(blocking, 1, m, 0), 0);
      await wait(() => f.ts_active() === 0);
      f.ts_join();
      assert.equal(f.ts_mismatches(), 0n);
      assert.equal(f.ts_nonzeros(), BigInt(m));
      const want = arrived + m;
      assert.equal(f.ts_start_void(nonblocking, 1, m), 0);
      await wait(() => f.ts_active() === 0 && arrived === want);
      f.ts_join();
      calls += 2 * m;
    }
  };
  const start = now();
  await run(Math.min(20000, count));
  calls = 0; // the warm-up's
  const before = await footprint();
  const t0 = Date.now();
  await run(Math.floor(count / 2));
  const mid = await footprint();
  await run(count - Math.floor(count / 2));
  const ms = Date.now() - t0;
  const after = await footprint();
  const left = internals.stats().callbacks;
  lib.close();
  return { ms, ...byReading({ start, before, mid, after }), calls, callbacksLeft: left };
}

const SCENARIOS = {
  async: asyncCalls,
  transfer: transferCycles,
  dlopen: dlopenCycles,
  callbacks: callbackCycles,
  signatures: distinctSignaturesScenario,
  drop: dropWhileInUse,
  'cross-thread': crossThreadCalls,
  'churn-callbacks': (count) => churnScenario(count, (lib) => churn.callbackStep(lib)),
  'churn-forward': (count) => churnScenario(count, () => churn.forwardStep(FIXTURE)),
};

async function main() {
  const [name, countText] = process.argv.slice(2);
  const scenario = SCENARIOS[name];
  const count = Number(countText);
  if (!scenario || !Number.isSafeInteger(count) || count <= 0) {
    console.error(`usage: node --expose-gc scenarios.js <${Object.keys(SCENARIOS).join('|')}> <count>`);
    process.exit(2);
  }
  const result = await scenario(count);
  console.log(JSON.stringify({ scenario: name, count, mode: internals.stats().mode, ...result }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
