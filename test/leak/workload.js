'use strict';
// A fixed workload for the leak check (test/leak/run.sh runs it under
// valgrind memcheck, once per JITFFI_MODE). It touches every part of jitffi
// that allocates native memory, `rounds` times (argument 1, default 2):
//
//  - calls of every type, as arguments and results, on every tier: fast
//    (scalars), fast with the general fallback (pointer parameters given
//    strings and buffers), general (string/buffer/arraybuffer parameters)
//    and, with JITFFI_MODE=interp, the interpreted path; 16-argument calls;
//    random signatures from test/gen/signatures.js;
//  - errors thrown by every tier (bad arguments, wrong counts, closed
//    libraries, missing symbols and libraries);
//  - callbacks of every type, 16 arguments, re-entrant ones, ref/unref,
//    a weak callback collected by the GC, unregisterCallback and close(),
//    random callback signatures from test/gen/callbacks.js;
//  - every memory helper, copying and zero-copy, with memory from malloc;
//  - libraries opened and closed, and libraries and wrappers dropped and
//    collected;
//  - signature churn: enough distinct callback and forward signatures,
//    each used once and dropped, that the code of unused signatures is
//    freed and unregistered callbacks are dropped (test/hardening/
//    churn-signatures.js has the steps);
//  - asynchronous calls: copied strings, held buffers, errors, a by-value
//    struct, a library closed while calls are pending;
//  - cross-thread callback calls: C threads (test/fixtures/threads.c)
//    calling a blocking and a nonblocking thread-safe callback, 50,000 calls
//    a round, and releasing one while a thread calls it;
//  - a worker thread doing a bit of all of this and exiting with a
//    library and a callback still open (environment teardown).
//
// It must end by returning from the event loop, not process.exit(): Node
// tears the environment down (and jitffi frees its state) only then.

const assert = require('node:assert/strict');
const path = require('node:path');
const { Worker, isMainThread, parentPort } = require('node:worker_threads');

const root = path.join(__dirname, '..', '..');
const ffi = require(root);
const { fixturePath } = require(path.join(root, 'test', 'helpers.js'));
const gen = require(path.join(root, 'test', 'gen', 'signatures.js'));
const cbgen = require(path.join(root, 'test', 'gen', 'callbacks.js'));

const internals = ffi[Symbol.for('jitffi.internals')];
const FIXTURE = fixturePath();
const rounds = Number(process.argv[2] || 2);
// Optional: a comma-separated subset of the parts (to narrow a report down):
// calls, callbacks, memory, dropped, random, churn, async, threads, worker.
const parts = new Set((process.argv[3] || 'calls,callbacks,memory,dropped,random,churn,async,threads,worker').split(','));

const gcNow = () => {
  if (typeof globalThis.gc === 'function') globalThis.gc();
};
const tick = () => new Promise((resolve) => setImmediate(resolve));

function throwsCode(fn, code) {
  assert.throws(fn, (e) => e.code === code);
}

// ------------------------------------------------------------ calls ----

const SCALARS = ['i8', 'u8', 'bool', 'char', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64'];
const SAMPLE = {
  i8: -5, u8: 200, bool: 1, char: 65, i16: -300, u16: 60000, i32: -70000, u32: 4000000000,
  i64: -(1n << 40n), u64: 1n << 63n, f32: 1.5, f64: Math.PI,
};

function calls() {
  const { lib, functions: f } = ffi.dlopen(FIXTURE, {
    ...Object.fromEntries(SCALARS.map((t) => [`id_${t}`, { parameters: [t], result: t }])),
    id_ptr: { parameters: ['pointer'], result: 'pointer' },
    add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
    noop: { result: 'void' },
    string_length: { parameters: ['string'], result: 'u64' },
    string_length2: { parameters: ['str', 'string'], result: 'u64' },
    sum_buffer: { parameters: ['buffer', 'u64'], result: 'u64' },
    ptr_to_u64: { parameters: ['pointer'], result: 'u64' },
    hello: { result: 'string' },
    sum16_i64: { parameters: Array(16).fill('i64'), result: 'i64' },
    sum16_f64: { parameters: Array(16).fill('f64'), result: 'f64' },
    mixed16: {
      parameters: ['i32', 'f64', 'i64', 'f32', 'i32', 'f64', 'i64', 'f64', 'i32', 'f64', 'f32', 'i64', 'f64', 'i32', 'f32', 'f64'],
      result: 'f64',
    },
  });
  const sumAb = lib.getFunction('sum_buffer', { parameters: ['buffer', 'u64'], result: 'u64' });
  const sumAb2 = new ffi.DynamicLibrary(FIXTURE).getFunction('sum_buffer', { parameters: ['arraybuffer', 'u64'], result: 'u64' });
  for (const t of SCALARS) {
    const v = SAMPLE[t];
    assert.equal(f[`id_${t}`](v), v);
    throwsCode(() => f[`id_${t}`]('bad'), 'ERR_INVALID_ARG_VALUE');
    throwsCode(() => f[`id_${t}`](), 'ERR_INVALID_ARG_VALUE');
  }
  assert.equal(f.id_ptr(0x1234n), 0x1234n);
  assert.equal(f.id_ptr(null), 0n);
  assert.equal(f.add_i32(2, 3), 5);
  f.noop();
  assert.equal(f.string_length('héllo'), 6n);
  assert.equal(f.string_length('x'.repeat(300)), 300n); // beyond the inline copy
  assert.equal(f.string_length(null), 2n ** 64n - 1n);
  assert.equal(f.string_length2('ab', 'c'.repeat(1000)), 1002n);
  throwsCode(() => f.string_length('a\0b'), 'ERR_INVALID_ARG_VALUE');
  throwsCode(() => f.string_length(12), 'ERR_INVALID_ARG_VALUE');
  const bytes = Buffer.from([1, 2, 3, 4]);
  assert.equal(f.sum_buffer(bytes, 4n), 10n);
  assert.equal(sumAb(new Uint8Array([5, 6]).buffer, 2n), 11n);
  assert.equal(sumAb2(new Uint8Array([7, 8]).buffer, 2n), 15n);
  const ab = new ArrayBuffer(8);
  structuredClone(ab, { transfer: [ab] }); // detach
  throwsCode(() => f.sum_buffer(ab, 0n), 'ERR_INVALID_ARG_VALUE');
  // Pointer parameters given strings and buffers (fast tier fallback).
  assert.equal(f.ptr_to_u64(bytes), ffi.getRawPointer(bytes));
  assert.ok(f.ptr_to_u64('a string') > 0n);
  throwsCode(() => f.ptr_to_u64(1.5), 'ERR_INVALID_ARG_VALUE');
  assert.equal(ffi.toString(f.hello()), 'hello');
  assert.equal(f.sum16_i64(...Array.from({ length: 16 }, (_, i) => BigInt(i))), 120n);
  assert.equal(f.sum16_f64(...Array.from({ length: 16 }, (_, i) => i + 0.5)), 128);
  assert.equal(f.mixed16(1, 2, 3n, 4, 5, 6, 7n, 8, 9, 10, 11, 12n, 13, 14, 15, 16), 136);
  // Errors of library look-ups.
  throwsCode(() => lib.getFunction('no_such_symbol', { result: 'void' }), 'ERR_FFI_CALL_FAILED');
  throwsCode(() => lib.getFunction('add_i32', { parameters: ['i64'], result: 'i32' }), 'ERR_INVALID_ARG_VALUE');
  throwsCode(() => lib.getFunction('noop', { result: 'bogus' }), 'ERR_INVALID_ARG_VALUE');
  throwsCode(() => ffi.dlopen('/no/such/library.so'), 'ERR_FFI_CALL_FAILED');
  assert.equal(typeof ffi.dlsym(lib, 'noop'), 'bigint');
  lib.getSymbols();
  lib.getFunctions();
  lib.close();
  throwsCode(() => f.add_i32(1, 2), 'ERR_FFI_LIBRARY_CLOSED');
  throwsCode(() => f.string_length('x'), 'ERR_FFI_LIBRARY_CLOSED');
  throwsCode(() => f.ptr_to_u64(bytes), 'ERR_FFI_LIBRARY_CLOSED');
  throwsCode(() => lib.getFunction('noop', { result: 'void' }), 'ERR_FFI_LIBRARY_CLOSED');
  const self = ffi.dlopen(null, { strlen: { parameters: ['string'], result: 'u64' } });
  assert.equal(self.functions.strlen('four'), 4n);
  ffi.dlclose(self.lib);
}

// ------------------------------------------------------- callbacks ----

function callbacks() {
  const lib = new ffi.DynamicLibrary(FIXTURE);
  const fn = (name, parameters, result) => lib.getFunction(name, { parameters, result });
  for (const t of [...SCALARS, 'ptr']) {
    const type = t === 'ptr' ? 'pointer' : t;
    const cb = lib.registerCallback({ parameters: [type], result: type }, (v) => v);
    assert.equal(fn(`cb_bounds_${t}`, ['function'], 'i32')(cb), 0);
    lib.unregisterCallback(cb);
  }
  const mixed = lib.registerCallback({
    parameters: ['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64', 'pointer'], result: 'f64',
  }, () => 0.5);
  assert.equal(fn('call_mixed_cb', ['function'], 'f64')(mixed), 0.5);
  const cb16 = lib.registerCallback({
    parameters: ['i32', 'f64', 'i64', 'f64', 'i32', 'f64', 'i64', 'f64', 'i32', 'f64', 'i64', 'f64', 'i32', 'f64', 'i64', 'f64'],
    result: 'f64',
  }, (...a) => a.reduce((s, x) => s + Number(x), 0));
  assert.equal(fn('call_cb16', ['function'], 'f64')(cb16), 140);
  // Re-entrant: the callback calls C, which calls a callback again.
  const add = fn('add_i32', ['i32', 'i32'], 'i32');
  const apply2 = fn('apply2_cb', ['function', 'i32', 'i32'], 'i32');
  const inner = lib.registerCallback({ parameters: ['i32', 'i32'], result: 'i32' }, (a, b) => add(a, b));
  const outer = lib.registerCallback({ parameters: ['i32', 'i32'], result: 'i32' }, (a, b) => apply2(inner, a, b) * 2);
  assert.equal(apply2(outer, 3, 4), 14);
  // A string argument kept alive across a callback (general tier).
  const strlenAfter = fn('strlen_after_cb', ['string', 'function'], 'u64');
  const v = lib.registerCallback(() => add(1, 1));
  assert.equal(strlenAfter('y'.repeat(400), v), 400n);
  // ref/unref; a weak callback whose function is collected.
  lib.unrefCallback(inner);
  lib.refCallback(inner);
  const weak = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => x + 1);
  lib.unrefCallback(weak);
  gcNow();
  fn('call_i32_cb', ['function', 'i32'], 'i32')(weak, 1); // 2, or 0 once collected
  lib.unregisterCallback(weak);
  throwsCode(() => lib.unregisterCallback(12345n), 'ERR_INVALID_ARG_VALUE');
  // Register/unregister churn over a few signatures.
  for (let i = 0; i < 50; i++) {
    const p = lib.registerCallback({ parameters: ['i64'], result: 'i64' }, (x) => x + BigInt(i));
    assert.equal(fn('call_i64_cb', ['function', 'i64'], 'i64')(p, 1n), BigInt(i + 1));
    lib.unregisterCallback(p);
  }
  // Callbacks left registered: close() releases them.
  lib.registerCallback({ parameters: ['f64'], result: 'f64' }, (x) => x);
  lib.close();
  assert.equal(internals.stats().callbacks, 0);
}

// ---------------------------------------------------------- memory ----

function memory() {
  const { lib, functions: { malloc, free } } = ffi.dlopen(null, {
    malloc: { parameters: ['u64'], result: 'pointer' },
    free: { parameters: ['pointer'], result: 'void' },
  });
  const p = malloc(8192n);
  const pairs = [['Int8', -5], ['Uint8', 250], ['Int16', -300], ['Uint16', 65000], ['Int32', -7], ['Uint32', 4e9],
    ['Int64', -(1n << 50n)], ['Uint64', 1n << 63n], ['Float32', 1.25], ['Float64', Math.E]];
  for (const [name, value] of pairs) {
    ffi[`set${name}`](p, 16, value);
    assert.equal(ffi[`get${name}`](p, 16), value);
    throwsCode(() => ffi[`set${name}`](p, 16, 'bad'), 'ERR_INVALID_ARG_VALUE');
  }
  throwsCode(() => ffi.getInt32(0n), 'ERR_FFI_INVALID_POINTER');
  throwsCode(() => ffi.getInt32(2n ** 64n - 2n), 'ERR_INVALID_ARG_VALUE');
  ffi.exportString('héllo wörld', p, 64);
  assert.equal(ffi.toString(p), 'héllo wörld');
  ffi.exportString('utf16', p, 64, 'utf16le');
  throwsCode(() => ffi.exportString('too long', p, 4), 'ERR_OUT_OF_RANGE');
  ffi.exportBuffer(Buffer.from('abc\0'), p, 64);
  assert.equal(ffi.toString(p), 'abc');
  ffi.exportArrayBuffer(new Uint8Array([0x78, 0x79, 0]).buffer, p, 64);
  ffi.exportArrayBufferView(new Uint16Array([1, 2, 3]).subarray(1), p, 64);
  for (const n of [0, 1, 64, 5000]) {
    assert.equal(ffi.toBuffer(p, n).length, n);
    assert.equal(ffi.toBuffer(p, n, false).length, n);
    assert.equal(ffi.toArrayBuffer(p, n).byteLength, n);
    assert.equal(ffi.toArrayBuffer(p, n, false).byteLength, n);
  }
  // Small copies own their memory: transfer one away, keep copying.
  const first = ffi.toBuffer(p, 32);
  const moved = new Uint8Array(structuredClone(first.buffer, { transfer: [first.buffer] }));
  for (let i = 0; i < 100; i++) assert.equal(ffi.toBuffer(p, 1 + i).length, 1 + i);
  assert.equal(moved.length, 32);
  const view = ffi.toBuffer(p, 16, false);
  view[0] = 0x41;
  assert.equal(ffi.getUint8(p), 0x41);
  assert.equal(ffi.toString(0n), null);
  const buf = Buffer.alloc(32);
  assert.equal(ffi.getRawPointer(new DataView(buf.buffer, buf.byteOffset + 4, 8)), ffi.getRawPointer(buf) + 4n);
  throwsCode(() => ffi.getRawPointer('nope'), 'ERR_INVALID_ARG_TYPE');
  free(p);
  lib.close();
}

// ---------------------------------------- libraries dropped and GC'd ----

function dropped() {
  for (let i = 0; i < 50; i++) {
    const lib = new ffi.DynamicLibrary(FIXTURE);
    const add = lib.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'i32' });
    const len = lib.getFunction('string_length', { parameters: ['string'], result: 'u64' });
    assert.equal(add(i, 1), i + 1);
    assert.equal(len('ab'), 2n);
    if (i % 2) lib.close();
  }
}

// ------------------------------------------------- signature churn ----

const churn = require(path.join(root, 'test', 'hardening', 'churn-signatures.js'));

// 400 callback signatures (registered and unregistered, not called: C
// could not pass them all their arguments) and 400 forward signatures: a
// sweep of the JIT's code runs every 256 new signatures or more, and
// unregistered callbacks beyond 128 are dropped. A gc() now and then lets
// dropped wrappers release their code. Offset per round, so that every
// round brings new signatures.
async function churnSignatures(round) {
  const lib = new ffi.DynamicLibrary(FIXTURE);
  const steps = [churn.callbackStep(lib, { call: false }), churn.forwardStep(FIXTURE)];
  for (let i = 0; i < 400; i++) {
    for (const step of steps) step(round * 400 + i);
    if (i % 100 === 99) {
      gcNow();
      await tick();
    }
  }
  lib.close();
}

// ------------------------------------------------ random signatures ----

function randomSignatures() {
  const cases = gen.generateCases(0x1ea4, 60);
  const cbs = cbgen.generateCallbackCases(0x1ea4, Array.from({ length: 24 }, (_, i) => i * 3), { random: 1 });
  const lib = gen.buildLibrary(gen.cSource(cases) + cbgen.cCallbackSource(cbs), path.join(root, 'test', '.build'), { prefix: 'leak' });
  const run = gen.runCases(ffi, lib.path, cases);
  assert.deepEqual(run.errors, []);
  assert.deepEqual(gen.checkRecords(cases, run), []);
  const cbRun = cbgen.runCallbackCases(ffi, lib.path, cbs);
  assert.deepEqual(cbRun.errors, []);
  assert.deepEqual(cbgen.checkCallbackRecords(cbs, cbRun), []);
  return run.records.length + cbRun.records.length;
}

// ----------------------------------------------------------- async ----

// Asynchronous calls (docs/async.md): every kind of argument that is
// copied or held (short and long strings, buffers, ArrayBuffers), calls
// started together, errors thrown before a promise exists, a by-value
// struct, and a library closed while its calls are pending.
async function asyncCalls() {
  const { lib, functions: f } = ffi.dlopen(FIXTURE, {
    add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
    string_length: { parameters: ['string'], result: 'u64' },
    sum_buffer: { parameters: ['buffer', 'u64'], result: 'u64' },
    set_flag: { parameters: ['i32'], result: 'void', nonblocking: true },
  });
  const abLib = new ffi.DynamicLibrary(FIXTURE);
  const sumAb = abLib.getFunction('sum_buffer', { parameters: ['arraybuffer', 'u64'], result: 'u64' });
  const long = 'y'.repeat(5000);
  for (let k = 0; k < 25; k++) {
    const buf = Buffer.alloc(32, 1);
    const r = await Promise.all([f.add_i32.async(k, 1), f.string_length.async('short'), f.string_length.async(long),
      f.sum_buffer.async(buf, 32n), sumAb.async(new Uint8Array(16).fill(2).buffer, 16n), f.set_flag(k)]);
    assert.deepEqual(r, [k + 1, 5n, 5000n, 32n, 32n, undefined]);
  }
  abLib.close();
  throwsCode(() => f.add_i32.async(1), 'ERR_INVALID_ARG_VALUE');
  throwsCode(() => f.string_length.async(7), 'ERR_INVALID_ARG_VALUE');
  const Point = ffi.struct({ x: 'f64', y: 'f64' });
  const bv = ffi.dlopen(fixturePath('byvalue'), { point_add: { result: Point, parameters: [Point, Point] } });
  assert.deepEqual(await bv.functions.point_add.async({ x: 1, y: 2 }, { x: 3, y: 4 }), { x: 4, y: 6 });
  bv.lib.close();
  const pending = [f.add_i32.async(1, 2), f.string_length.async(long)];
  lib.close();
  assert.deepEqual(await Promise.all(pending), [3, 5000n]);
  throwsCode(() => f.add_i32.async(1, 2), 'ERR_FFI_LIBRARY_CLOSED');
}

// ---------------------------------------------------------- worker ----

function workerBody() {
  const { lib, functions: f } = ffi.dlopen(FIXTURE, {
    add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
    string_length: { parameters: ['string'], result: 'u64' },
    call_i32_cb: { parameters: ['function', 'i32'], result: 'i32' },
  });
  assert.equal(f.add_i32(1, 2), 3);
  assert.equal(f.string_length('worker'), 6n);
  const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => x * 3);
  assert.equal(f.call_i32_cb(cb, 5), 15);
  const cb2 = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => x * 4);
  lib.unregisterCallback(cb2);
  memory();
  f.add_i32.async(2, 3).then((r) => assert.equal(r, 5));
  // The library and `cb` stay open: the worker's teardown must free them.
  parentPort.postMessage('done');
}

// --------------------------------------------------------- threads ----

// Cross-thread calls: 2 threads x 24,000 blocking calls, 2,000 nonblocking
// ones, then a callback released while a thread still calls it.
async function threads() {
  const { lib, functions: f } = ffi.dlopen(fixturePath('threads'), {
    ts_start: { result: 'i32', parameters: ['pointer', 'i32', 'i32', 'i32'] },
    ts_start_void: { result: 'i32', parameters: ['pointer', 'i32', 'i32'] },
    ts_stop: { result: 'void', parameters: [] },
    ts_active: { result: 'i32', parameters: [] },
    ts_mismatches: { result: 'i64', parameters: [] },
    ts_nonzeros: { result: 'i64', parameters: [] },
    ts_zeros: { result: 'i64', parameters: [] },
    ts_join: { result: 'void', parameters: [] },
  });
  const wait = async (done) => {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 1));
  };
  const blocking = lib.registerCallback({ result: 'i32', parameters: ['i32', 'i32'], threadsafe: true },
    (t, seq) => t * 1000003 + seq + 1);
  assert.equal(f.ts_start(blocking, 2, 24000, 0), 0);
  await wait(() => f.ts_active() === 0);
  f.ts_join();
  assert.equal(f.ts_mismatches(), 0n);
  assert.equal(f.ts_nonzeros(), 48000n);
  let arrived = 0;
  const nonblocking = lib.registerCallback({ result: 'void', parameters: ['i32', 'i32'], threadsafe: 'nonblocking' },
    () => { arrived++; });
  assert.equal(f.ts_start_void(nonblocking, 1, 2000), 0);
  await wait(() => f.ts_active() === 0 && arrived === 2000);
  f.ts_join();
  // Released while a thread calls it: later calls return 0.
  assert.equal(f.ts_start(blocking, 1, 0, 0), 0);
  await wait(() => f.ts_nonzeros() > 48100n);
  lib.unregisterCallback(blocking);
  const zeros = f.ts_zeros();
  await wait(() => f.ts_zeros() > zeros + 100n);
  f.ts_stop();
  await wait(() => f.ts_active() === 0);
  f.ts_join();
  lib.close();
}

async function main() {
  let records = 0;
  for (let r = 0; r < rounds; r++) {
    if (parts.has('calls')) calls();
    if (parts.has('callbacks')) callbacks();
    if (parts.has('memory')) memory();
    if (parts.has('dropped')) dropped();
    if (parts.has('random')) records += randomSignatures();
    if (parts.has('churn')) await churnSignatures(r);
    if (parts.has('async')) await asyncCalls();
    if (parts.has('threads')) await threads();
    gcNow();
    await tick();
  }
  if (parts.has('worker')) {
    await new Promise((resolve, reject) => {
      const w = new Worker(__filename, { argv: ['worker'] });
      w.on('message', () => {});
      w.on('error', reject);
      w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exit ${code}`))));
    });
  }
  for (let i = 0; i < 4; i++) {
    gcNow();
    await tick();
  }
  const stats = internals.stats();
  console.log(`leak workload: ${rounds} round(s), mode ${stats.mode}, ${stats.compiled} trampolines compiled, ` +
    `${records} random-signature calls, ${stats.callbacks} callbacks registered at exit`);
}

if (isMainThread) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  workerBody();
}
