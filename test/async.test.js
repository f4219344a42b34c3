'use strict';
// Asynchronous calls (docs/async.md): `fn.async(...)` and `nonblocking`
// signatures run the C call on libuv's thread pool and settle a promise.
// Runs in both modes (npm test runs every file compiled and interpreted).
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const { spawnSync } = require('node:child_process');
const { ffi, fixturePath, gc } = require('./helpers');

const internals = ffi[Symbol.for('jitffi.internals')];

const defs = {
  span_sleep: { result: 'void', parameters: ['u32', 'buffer'] },
  slow_sum: { result: 'u64', parameters: ['buffer', 'u64', 'u32'] },
  slow_strlen: { result: 'u64', parameters: ['string', 'u32'] },
  slow_answer: { result: 'i32', parameters: ['u32'] },
  busy_ms: { result: 'u64', parameters: ['u32'] },
};
const open = () => ffi.dlopen(fixturePath('async'), defs);

// Asserts that `fn` throws an error of `expected`'s class, code and message.
function assertThrowsLike(fn, expected) {
  assert.throws(fn, (e) => {
    assert.equal(Object.getPrototypeOf(e), Object.getPrototypeOf(expected));
    assert.equal(e.code, expected.code);
    assert.equal(e.message, expected.message);
    return true;
  });
}

// Counts timer ticks while `promise` is pending.
async function ticksDuring(promise) {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    const value = await promise;
    return { value, ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('fn.async', () => {
  it('is a non-enumerable method of every wrapper, returning a promise', async () => {
    const { lib, functions } = open();
    const fn = functions.slow_answer;
    const d = Object.getOwnPropertyDescriptor(fn, 'async');
    assert.equal(typeof d.value, 'function');
    assert.equal(d.enumerable, false);
    assert.deepEqual(Object.keys(fn), ['pointer']);
    const p = fn.async(0);
    assert.ok(p instanceof Promise);
    assert.equal(await p, fn(0));
    lib.close();
  });

  it('calls started together overlap on the pool, while a timer ticks', async () => {
    const { lib, functions } = open();
    const spans = Array.from({ length: 4 }, () => new BigInt64Array(2));
    const { ticks } = await ticksDuring(Promise.all(spans.map((s) => functions.span_sleep.async(200000, s))));
    const starts = spans.map((s) => s[0]);
    const ends = spans.map((s) => s[1]);
    // Every call started before any call ended: all four ran at once.
    const lastStart = starts.reduce((a, b) => (a > b ? a : b));
    const firstEnd = ends.reduce((a, b) => (a < b ? a : b));
    assert.ok(lastStart < firstEnd, `spans ${spans.map((s) => `${s[0]}..${s[1]}`).join(', ')}`);
    for (const s of spans) assert.ok(s[1] - s[0] >= 200000000n);
    assert.ok(ticks >= 2, `the timer ticked ${ticks} times during the calls`);
    lib.close();
  });

  it('a blocking call of the same function stops the timer (the control case)', async () => {
    const { lib, functions } = open();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    functions.busy_ms(50);
    const during = ticks;
    clearInterval(timer);
    assert.equal(during, 0);
    const { value, ticks: asyncTicks } = await ticksDuring(functions.busy_ms.async(50));
    assert.equal(typeof value, 'bigint');
    assert.ok(asyncTicks >= 2, `the timer ticked ${asyncTicks} times during the call`);
    lib.close();
  });

  it('gives the results of the blocking calls, for every kind of value', async () => {
    const { lib, functions } = ffi.dlopen(fixturePath(), {
      add_i32: { result: 'i32', parameters: ['i32', 'i32'] },
      add_i64: { result: 'i64', parameters: ['i64', 'i64'] },
      widen_i16: { result: 'i64', parameters: ['i16'] },
      string_length: { result: 'u64', parameters: ['string'] },
      sum_buffer: { result: 'u64', parameters: ['buffer', 'u64'] },
      ptr_to_u64: { result: 'u64', parameters: ['pointer'] },
      set_flag: { result: 'void', parameters: ['i32'] },
    });
    const buf = Buffer.from([1, 2, 3, 250]);
    const cases = [
      ['add_i32', [2147483647, 1]],
      ['add_i32', [-5, 3]],
      ['add_i64', [2n ** 62n, 2n ** 62n]],
      ['widen_i16', [-32768]],
      ['string_length', ['']],
      ['string_length', ['héllo wörld']],
      ['string_length', ['x'.repeat(100000)]],
      ['sum_buffer', [buf, 4n]],
      ['ptr_to_u64', [0x1234n]],
      ['ptr_to_u64', [null]],
      ['set_flag', [7]],
    ];
    for (const [name, args] of cases) {
      assert.deepEqual(await functions[name].async(...args), functions[name](...args), name);
    }
    lib.close();
  });

  it('throws before any promise exists, with the errors of a blocking call', async () => {
    const { lib, functions } = ffi.dlopen(fixturePath(), {
      add_i32: { result: 'i32', parameters: ['i32', 'i32'] },
      string_length: { result: 'u64', parameters: ['string'] },
    });
    const bad = [
      ['add_i32', [1]],
      ['add_i32', [1, 2, 3]],
      ['add_i32', [1.5, 2]],
      ['add_i32', [-0, 2]],
      ['add_i32', [2 ** 31, 2]],
      ['add_i32', ['1', 2]],
      ['string_length', [42]],
      ['string_length', ['a\0b']],
    ];
    for (const [name, args] of bad) {
      let expected;
      try {
        functions[name](...args);
      } catch (e) {
        expected = e;
      }
      assert.ok(expected, `${name}(${args}) throws`);
      assertThrowsLike(() => functions[name].async(...args), expected);
    }
    lib.close();
    let closed;
    try {
      functions.add_i32(1, 2);
    } catch (e) {
      closed = e;
    }
    assertThrowsLike(() => functions.add_i32.async(1, 2), closed);
  });

  it('copies strings and keeps buffers alive until the promise settles', async () => {
    const { lib, functions } = open();
    const n = 1 << 20;
    // The buffer and the string are referenced by nothing but the calls.
    const sum = ((buf) => functions.slow_sum.async(buf, BigInt(n), 100000))(Buffer.alloc(n, 3));
    const len = ((s) => functions.slow_strlen.async(s, 100000))('y'.repeat(5000));
    // Garbage the freed memory would be reused for.
    for (let i = 0; i < 20; i++) {
      gc();
      Buffer.alloc(n, 0xff);
      'z'.repeat(5000 + i);
    }
    assert.equal(await sum, 3n * BigInt(n));
    assert.equal(await len, 5000n);
    lib.close();
  });

  it('close() while calls are pending unloads the library after the last one settles', async () => {
    // A private copy of the fixture, so that only this handle loads it.
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-async-')), 'libasynccopy.so');
    fs.copyFileSync(fixturePath('async'), copy);
    const mapped = () => fs.readFileSync('/proc/self/maps', 'utf8').includes(copy);
    const { lib, functions } = ffi.dlopen(copy, { slow_answer: defs.slow_answer });
    const answers = [functions.slow_answer.async(150000), functions.slow_answer.async(250000)];
    lib.close();
    assert.ok(mapped(), 'still loaded while calls are pending');
    assert.equal(await answers[0], 42);
    assert.ok(mapped(), 'still loaded while one call is pending');
    assert.equal(await answers[1], 42);
    assert.ok(!mapped(), 'unloaded once the last call settled');
    fs.rmSync(path.dirname(copy), { recursive: true });
  });

  it('by-value structs', async () => {
    const Point = ffi.struct({ x: 'f64', y: 'f64' });
    const { lib, functions } = ffi.dlopen(fixturePath('byvalue'), {
      point_add: { result: Point, parameters: [Point, Point] },
    });
    const a = { x: 1.5, y: -2 };
    const b = { x: 0.25, y: 10 };
    assert.deepEqual(await functions.point_add.async(a, b), functions.point_add(a, b));
    assert.throws(() => functions.point_add.async(a), { code: 'ERR_INVALID_ARG_VALUE' });
    lib.close();
  });
});

describe('nonblocking signatures', () => {
  it('make the wrapper itself return a promise', async () => {
    const { lib, functions } = ffi.dlopen(fixturePath('async'), {
      slow_answer: { result: 'i32', parameters: ['u32'], nonblocking: true },
    });
    const p = functions.slow_answer(1000);
    assert.ok(p instanceof Promise);
    assert.equal(await p, 42);
    assert.equal(functions.slow_answer.async, functions.slow_answer);
    assert.equal(functions.slow_answer.length, 1);
    assert.equal(functions.slow_answer.name, 'slow_answer');
    assert.equal(internals.pathOf(functions.slow_answer), process.env.JITFFI_MODE === 'interp' ? 'interp' : 'pool');
    lib.close();
  });

  it('are part of the signature for the same-symbol rule', () => {
    const lib = new ffi.DynamicLibrary(fixturePath('async'));
    lib.getFunction('slow_answer', { result: 'i32', parameters: ['u32'], nonblocking: true });
    assert.throws(() => lib.getFunction('slow_answer', { result: 'i32', parameters: ['u32'] }), (e) => {
      let expected;
      const other = new ffi.DynamicLibrary(fixturePath('async'));
      other.getFunction('slow_answer', { result: 'i32', parameters: ['u32'] });
      try {
        other.getFunction('slow_answer', { result: 'i64', parameters: ['u32'] });
      } catch (f) {
        expected = f;
      }
      other.close();
      return e.code === expected.code && e.message === expected.message;
    });
    lib.getFunction('slow_answer', { result: 'i32', parameters: ['u32'], nonblocking: true });
    lib.close();
  });

  it('must be a boolean', () => {
    const lib = new ffi.DynamicLibrary(fixturePath('async'));
    assert.throws(() => lib.getFunction('slow_answer', { result: 'i32', parameters: ['u32'], nonblocking: 1 }), {
      code: 'ERR_INVALID_ARG_TYPE',
    });
    lib.close();
  });
});

describe('real libraries leave the event loop free', () => {
  it('compress2 of several MB from libz', async (t) => {
    let z;
    try {
      z = ffi.dlopen('libz.so.1', { compress2: { result: 'i32', parameters: ['buffer', 'buffer', 'buffer', 'u64', 'i32'] } });
    } catch {
      return t.skip('libz.so.1 is not installed');
    }
    const src = Buffer.alloc(16 << 20);
    let x = 1;
    for (let i = 0; i < src.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      src[i] = 97 + ((x >>> 16) % 13);
    }
    const dest = Buffer.alloc(src.length + 4096);
    const destLen = new BigUint64Array([BigInt(dest.length)]);
    const { value, ticks } = await ticksDuring(z.functions.compress2.async(dest, destLen, src, BigInt(src.length), 9));
    assert.equal(value, 0);
    assert.ok(zlib.inflateSync(dest.subarray(0, Number(destLen[0]))).equals(src));
    assert.ok(ticks >= 2, `the timer ticked ${ticks} times during compress2`);
    z.lib.close();
  });

  it('sqlite3_exec of a slow query', async (t) => {
    let sq;
    try {
      sq = ffi.dlopen('libsqlite3.so.0', {
        sqlite3_open: { result: 'i32', parameters: ['string', 'buffer'] },
        sqlite3_exec: { result: 'i32', parameters: ['pointer', 'string', 'pointer', 'pointer', 'pointer'] },
        sqlite3_changes: { result: 'i32', parameters: ['pointer'] },
        sqlite3_close: { result: 'i32', parameters: ['pointer'] },
      });
    } catch {
      return t.skip('libsqlite3.so.0 is not installed');
    }
    const f = sq.functions;
    const out = new BigUint64Array(1);
    assert.equal(f.sqlite3_open(':memory:', out), 0);
    const db = out[0];
    assert.equal(f.sqlite3_exec(db, 'CREATE TABLE t(x INTEGER)', null, null, null), 0);
    const query = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) INSERT INTO t SELECT x FROM c';
    const { value, ticks } = await ticksDuring(f.sqlite3_exec.async(db, query, null, null, null));
    assert.equal(value, 0);
    assert.equal(f.sqlite3_changes(db), 2000000);
    assert.ok(ticks >= 2, `the timer ticked ${ticks} times during the query`);
    assert.equal(f.sqlite3_close(db), 0);
    sq.lib.close();
  });
});

describe('lifetime', () => {
  it('a worker that ends with calls pending', () => {
    const script = `
      const { Worker } = require('node:worker_threads');
      const src = ${JSON.stringify(`
        const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
        const { functions } = ffi.dlopen(${JSON.stringify(fixturePath('async'))}, { slow_answer: { result: 'i32', parameters: ['u32'] } });
        for (let i = 0; i < 4; i++) functions.slow_answer.async(300000).then(() => { throw new Error('settled after the end'); });
        require('node:worker_threads').parentPort.postMessage('started');
      `)};
      let ended = 0;
      for (let k = 0; k < 3; k++) {
        const w = new Worker(src, { eval: true });
        w.on('message', () => w.terminate());
        w.on('exit', () => { if (++ended === 3) setTimeout(() => console.log('done'), 500); });
      }
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^done$/m);
  });

  it('pending calls keep the process alive until they settle', () => {
    const script = `
      const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
      const { functions } = ffi.dlopen(${JSON.stringify(fixturePath('async'))}, { slow_answer: { result: 'i32', parameters: ['u32'] } });
      functions.slow_answer.async(200000).then((v) => console.log('settled', v));
    `;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^settled 42$/m);
  });

  it('settles every one of many calls, with nothing left pending', async () => {
    const { lib, functions } = ffi.dlopen(fixturePath(), { add_i32: { result: 'i32', parameters: ['i32', 'i32'] } });
    const results = await Promise.all(Array.from({ length: 5000 }, (_, i) => functions.add_i32.async(i, 1)));
    assert.deepEqual(results, Array.from({ length: 5000 }, (_, i) => i + 1));
    assert.equal(internals.stats().asyncPending, 0);
    lib.close();
  });
});
