'use strict';
// Probe: signature churn. Creates `count` distinct signatures one after the
// other, uses each once and drops it, and reports RSS, so that code,
// caches and keys kept per signature show up as growth:
//
//   node --expose-gc test/hardening/churn-signatures.js <callbacks|forward> <count>
//
//  - callbacks: registers a callback of signature i32(i32, T1..Tk) (every
//    i a different list of extra parameter types), has C call it once
//    through call_i32_cb (which passes only the first argument: the extra
//    ones are whatever the registers hold, which the callback ignores),
//    and unregisters it;
//  - forward: opens the fixture, takes add_i32 with signature
//    i32(i32, i32, T1..Tk) (the C function ignores the extra arguments),
//    calls it once, and drops the wrapper and the library (every other
//    one after close(), the rest left to the GC).
//
// RSS is read after several gc() calls and event-loop turns (finalizers
// run then; test/hardening-churn.test.js runs it with --max-semi-space-size=1): "start" after a warm-up, "mid" half-way, "end" at the end.
// Prints one JSON line: { kind, count, mode, ms, rss: { start, mid, end },
// compiled, callbacks, detail: { start, end } } (see `detail`).

const assert = require('node:assert/strict');
const ffi = require('../..');

const internals = ffi[Symbol.for('jitffi.internals')];
const FIXTURE = process.env.JITFFI_FIXTURE;

const tick = () => new Promise((resolve) => setImmediate(resolve));

// Several gc() calls and event-loop turns, so that finalizers run.
async function settle() {
  for (let i = 0; i < 6; i++) {
    globalThis.gc();
    await tick();
  }
}

// RSS once the heap has settled.
async function rss() {
  await settle();
  return process.memoryUsage().rss;
}

// What else is worth seeing when RSS grows: the V8 heap, the number of
// memory mappings (JIT code comes in mappings of its own) and the
// signatures whose code is mapped.
function detail() {
  const m = process.memoryUsage();
  let maps = null;
  try {
    maps = require('node:fs').readFileSync('/proc/self/maps', 'utf8').split('\n').length - 1;
  } catch { /* not Linux */ }
  return { heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, maps, signatures: internals.stats().signatures };
}

// Extra parameter types, with a value to pass for each (forward calls).
const EXTRA = {
  callbacks: ['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64', 'pointer', 'bool'],
  // `buffer` makes the signature general-tier only; `pointer` takes the
  // fast tier with a bigint and the general one with a buffer.
  forward: ['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64', 'pointer', 'buffer'],
};
const BUF = Buffer.alloc(8);
const VALUE = { i64: 0n, u64: 0n, pointer: null, buffer: BUF, bool: false };

// The i-th list of extra types: i written in base n, digit by digit, over
// lists of growing length (so every i gives a different list).
function extras(i, types) {
  const n = types.length;
  const out = [];
  let len = 1;
  let span = n;
  while (i >= span) {
    i -= span;
    len++;
    span *= n;
  }
  for (let k = 0; k < len; k++) {
    out.push(types[i % n]);
    i = Math.floor(i / n);
  }
  return out;
}

// The step of callback churn: `step(i)` uses the i-th signature. `lib` is
// an open fixture library. With `call: false` the callback is not called
// (the leak workload: under valgrind, the extra arguments that C does not
// pass show as uninitialised values).
function callbackStep(lib, { call = true } = {}) {
  const callI32 = lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' });
  return (i) => {
    const sig = { parameters: ['i32', ...extras(i, EXTRA.callbacks)], result: 'i32' };
    const pointer = lib.registerCallback(sig, (x) => x + 1);
    if (call) assert.equal(callI32(pointer, i), i + 1);
    lib.unregisterCallback(pointer);
  };
}

// The step of forward churn, on the fixture at path `fixture`.
function forwardStep(fixture) {
  return (i) => {
    const more = extras(i, EXTRA.forward);
    const lib = new ffi.DynamicLibrary(fixture);
    const add = lib.getFunction('add_i32', { parameters: ['i32', 'i32', ...more], result: 'i32' });
    // Every other pointer argument is a buffer (the general tier).
    const args = more.map((t, k) => (t === 'pointer' && (i + k) % 2 ? BUF : (t in VALUE ? VALUE[t] : 0)));
    assert.equal(add(i, 1, ...args), i + 1);
    if (i % 2 === 0) lib.close();
  };
}

async function main() {
  if (typeof globalThis.gc !== 'function' || !FIXTURE) {
    console.error('run with --expose-gc and JITFFI_FIXTURE (test/hardening/harness.js sets it)');
    process.exit(2);
  }
  const [kind, countText] = process.argv.slice(2);
  const count = Number(countText);
  if (!(kind in EXTRA) || !Number.isSafeInteger(count) || count <= 0) {
    console.error('usage: node --expose-gc churn-signatures.js <callbacks|forward> <count>');
    process.exit(2);
  }
  const lib = new ffi.DynamicLibrary(FIXTURE);
  const step = kind === 'callbacks' ? callbackStep(lib) : forwardStep(FIXTURE);
  // Warm-up on signatures outside the measured range (the last ones).
  const warm = Math.min(200, count);
  for (let i = 0; i < warm; i++) step(10_000_000 + i);
  const start = await rss();
  const startDetail = detail();
  const t0 = Date.now();
  let mid = 0;
  for (let i = 0; i < count; i++) {
    step(i);
    if (i % 1000 === 999) {
      globalThis.gc();
      await tick();
    }
    if (i === Math.floor(count / 2)) mid = await rss();
  }
  const ms = Date.now() - t0;
  const end = await rss();
  const endDetail = detail();
  const stats = internals.stats();
  lib.close();
  console.log(JSON.stringify({ kind, count, mode: stats.mode, ms, rss: { start, mid, end }, compiled: stats.compiled, callbacks: stats.callbacks,
    detail: { start: startDetail, end: endDetail } }));
}

// test/stress/scenarios.js and test/leak/workload.js reuse the steps.
module.exports = { callbackStep, forwardStep };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
