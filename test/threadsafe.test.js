'use strict';
// Thread-safe callbacks (docs/callbacks.md): C threads of
// test/fixtures/threads.c call callbacks registered with `threadsafe`, and
// check every result in C. Blocking and nonblocking calls from 8 threads,
// the same-thread path, unregisterCallback and close() while threads are
// calling, a worker that ends while a thread calls its callback, ref/unref
// and the event loop, the option's validation, and the aborts (a throw, the
// deadlock, a plain callback on another thread), each abort in a child
// process.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { ffi, fixturePath, assertThrowsCode } = require('./helpers');

const THREADS = fixturePath('threads');
const FIXTURE = fixturePath();
const DEFINITIONS = {
  ts_start: { result: 'i32', parameters: ['pointer', 'i32', 'i32', 'i32'] },
  ts_start_void: { result: 'i32', parameters: ['pointer', 'i32', 'i32'] },
  ts_stop: { result: 'void', parameters: [] },
  ts_active: { result: 'i32', parameters: [] },
  ts_mismatches: { result: 'i64', parameters: [] },
  ts_zeros: { result: 'i64', parameters: [] },
  ts_nonzeros: { result: 'i64', parameters: [] },
  ts_calls: { result: 'i64', parameters: [] },
  ts_join: { result: 'void', parameters: [] },
  ts_call_here: { result: 'i32', parameters: ['pointer', 'i32', 'i32'] },
  ts_call_and_join: { result: 'i32', parameters: ['pointer'] },
};
const SIG = { result: 'i32', parameters: ['i32', 'i32'] };
// What the callback of thread t returns for its call seq (threads.c checks it).
const expected = (t, seq) => t * 1000003 + seq + 1;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition, what, ms = 60000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

function open() {
  return ffi.dlopen(THREADS, DEFINITIONS);
}

// Records the calls of each thread and checks their order.
function recorder(threads) {
  const count = new Array(threads).fill(0);
  const outOfOrder = [];
  const record = (t, seq) => {
    if (seq !== count[t]) outOfOrder.push([t, seq, count[t]]);
    count[t]++;
  };
  return { count, outOfOrder, record };
}

describe('calls from other threads', () => {
  it('8 threads x 10,000 blocking calls: each arrives, in order, and its result goes back to its thread', async () => {
    const N = 8;
    const M = 10000;
    const { lib, functions: f } = open();
    const r = recorder(N);
    const cb = lib.registerCallback({ ...SIG, threadsafe: true }, (t, seq) => {
      r.record(t, seq);
      return expected(t, seq);
    });
    assert.equal(f.ts_start(cb, N, M, 0), 0);
    await until(() => f.ts_active() === 0, 'the threads');
    f.ts_join();
    assert.deepEqual(r.outOfOrder, []);
    assert.deepEqual(r.count, new Array(N).fill(M));
    assert.equal(f.ts_mismatches(), 0n, 'a thread got another call\'s result');
    assert.equal(f.ts_nonzeros(), BigInt(N * M));
    assert.equal(f.ts_zeros(), 0n);
    lib.close();
  });

  it("'nonblocking' void calls from 8 threads all arrive, in order per thread", async () => {
    const N = 8;
    const M = 10000;
    const { lib, functions: f } = open();
    const r = recorder(N);
    let arrived = 0;
    const cb = lib.registerCallback({ result: 'void', parameters: ['i32', 'i32'], threadsafe: 'nonblocking' }, (t, seq) => {
      r.record(t, seq);
      arrived++;
    });
    assert.equal(f.ts_start_void(cb, N, M), 0);
    await until(() => f.ts_active() === 0, 'the threads');
    f.ts_join();
    await until(() => arrived === N * M, `${N * M} arrivals (${arrived} so far)`);
    assert.deepEqual(r.outOfOrder, []);
    assert.deepEqual(r.count, new Array(N).fill(M));
    lib.close();
  });

  it('on the registering thread a thread-safe callback is called directly, as a plain one', () => {
    const { lib, functions: f } = open();
    let inCall = false;
    const seen = [];
    const body = (t, seq) => {
      seen.push(inCall);
      return expected(t, seq);
    };
    const safe = lib.registerCallback({ ...SIG, threadsafe: true }, body);
    const plain = lib.registerCallback(SIG, body);
    const results = [];
    for (const cb of [safe, plain]) {
      inCall = true;
      results.push(f.ts_call_here(cb, 3, 41));
      inCall = false;
    }
    assert.deepEqual(results, [expected(3, 41), expected(3, 41)]);
    assert.deepEqual(seen, [true, true], 'called during the foreign call, not queued');
    // A void nonblocking callback too.
    const calls = [];
    const quiet = lib.registerCallback({ result: 'void', parameters: ['i32', 'i32'], threadsafe: 'nonblocking' },
      (t, seq) => { calls.push([t, seq, inCall]); });
    const other = new ffi.DynamicLibrary(THREADS);
    const callVoid = other.getFunction('ts_call_here', { result: 'void', parameters: ['pointer', 'i32', 'i32'] });
    inCall = true;
    callVoid(quiet, 1, 2);
    inCall = false;
    assert.deepEqual(calls, [[1, 2, true]]);
    other.close();
    lib.close();
  });
});

describe('lifetime', () => {
  for (const how of ['unregisterCallback', 'close']) {
    it(`${how}() while 4 threads are calling: later calls return 0 and never enter JS`, async () => {
      const { lib, functions: f } = open();
      // The callback's library: closing it must leave the fixture's
      // functions usable.
      const owner = how === 'close' ? new ffi.DynamicLibrary(FIXTURE) : lib;
      let released = false;
      let afterRelease = 0;
      let calls = 0;
      const cb = owner.registerCallback({ ...SIG, threadsafe: true }, (t, seq) => {
        calls++;
        if (released) afterRelease++;
        return expected(t, seq);
      });
      assert.equal(f.ts_start(cb, 4, 0, 0), 0);
      await until(() => calls >= 2000, 'calls before the release');
      if (how === 'close') owner.close();
      else owner.unregisterCallback(cb);
      released = true;
      const zerosAt = f.ts_zeros();
      await until(() => f.ts_zeros() > zerosAt + 1000n, 'calls answered with 0');
      f.ts_stop();
      await until(() => f.ts_active() === 0, 'the threads');
      f.ts_join();
      assert.equal(afterRelease, 0, 'JS ran after the release');
      assert.equal(f.ts_mismatches(), 0n);
      assert.ok(f.ts_nonzeros() >= 2000n);
      lib.close();
    });
  }

  it('a worker that registered the callback ends while a thread calls it: no crash, no call after', () => {
    const out = runChild(`
      const { Worker } = require('node:worker_threads');
      const counter = new Int32Array(new SharedArrayBuffer(8));
      const worker = new Worker(${JSON.stringify(`
        const { workerData, parentPort } = require('node:worker_threads');
        const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
        const { lib, functions: f } = ffi.dlopen(${JSON.stringify(THREADS)}, ${JSON.stringify(DEFINITIONS)});
        const counter = workerData;
        const cb = lib.registerCallback({ result: 'i32', parameters: ['i32', 'i32'], threadsafe: true }, (t, seq) => {
          Atomics.add(counter, 0, 1);
          return t * 1000003 + seq + 1;
        });
        f.ts_start(cb, 2, 0, 0);
        parentPort.postMessage('started');
        setInterval(() => {}, 1000); // stays alive until terminated
      `)}, { eval: true, workerData: counter });
      worker.once('message', async () => {
        while (Atomics.load(counter, 0) < 1000) await sleep(2);
        await worker.terminate();
        const atEnd = Atomics.load(counter, 0);
        const zerosAt = f.ts_zeros();
        while (f.ts_zeros() < zerosAt + 1000n) await sleep(2);
        f.ts_stop();
        while (f.ts_active() !== 0) await sleep(2);
        f.ts_join();
        console.log(JSON.stringify({
          before: atEnd, after: Atomics.load(counter, 0) - atEnd,
          mismatches: Number(f.ts_mismatches()), zeros: Number(f.ts_zeros()),
        }));
      });
    `);
    const r = JSON.parse(out);
    assert.ok(r.before >= 1000, out);
    assert.equal(r.after, 0, 'the callback ran after its worker ended');
    assert.equal(r.mismatches, 0);
    assert.ok(r.zeros >= 1000, out);
  });
});

describe('the event loop', () => {
  it('a registered thread-safe callback does not keep the process alive', () => {
    const started = Date.now();
    const out = runChild(`
      lib.registerCallback({ ...SIG, threadsafe: true }, () => 1);
      lib.registerCallback({ result: 'void', parameters: [], threadsafe: 'nonblocking' }, () => {});
      console.log('done');
    `);
    assert.equal(out, 'done');
    assert.ok(Date.now() - started < 20000);
  });

  it('the process ends cleanly while threads are still calling', () => {
    for (let i = 0; i < 3; i++) {
      assert.equal(runChild(`
        let n = 0;
        const cb = lib.registerCallback({ ...SIG, threadsafe: true }, (t, seq) => { n++; return expected(t, seq); });
        f.ts_start(cb, 2, 0, 0);
        const poll = setInterval(() => {
          if (n === 0) return;
          clearInterval(poll);
          console.log('ran');
        }, 1);
      `), 'ran');
    }
  });

  it('refCallback keeps it alive for a call from another thread; unrefCallback lets it go', () => {
    // A thread calls after 300 ms; JS has nothing else to do by then.
    const body = (refs) => `
      const cb = lib.registerCallback({ ...SIG, threadsafe: true }, (t, seq) => {
        console.log('called');
        lib.unregisterCallback(cb);
        return expected(t, seq);
      });
      ${refs}
      f.ts_start(cb, 1, 1, 300);
    `;
    assert.equal(runChild(body('lib.refCallback(cb);')), 'called');
    assert.equal(runChild(body('')), '');
    assert.equal(runChild(body('lib.refCallback(cb); lib.unrefCallback(cb);')), '');
  });
});

describe('the threadsafe option', () => {
  const { lib } = open();
  const fn = () => 0;

  it('true, false and undefined are taken; other types and strings are refused', () => {
    for (const threadsafe of [true, false, undefined]) lib.unregisterCallback(lib.registerCallback({ ...SIG, threadsafe }, fn));
    for (const threadsafe of [1, null, {}, 1n]) {
      assertThrowsCode(() => lib.registerCallback({ ...SIG, threadsafe }, fn), 'ERR_INVALID_ARG_TYPE',
        /^The "signature\.threadsafe" property must be of type boolean or string\. Received /, TypeError);
    }
    assertThrowsCode(() => lib.registerCallback({ ...SIG, threadsafe: 'blocking' }, fn), 'ERR_INVALID_ARG_VALUE',
      "The property 'signature.threadsafe' must be one of: true, false, 'nonblocking'. Received 'blocking'");
  });

  it("'nonblocking' needs a void result and no struct by value", () => {
    assertThrowsCode(() => lib.registerCallback({ ...SIG, threadsafe: 'nonblocking' }, fn), 'ERR_INVALID_ARG_VALUE',
      /threadsafe: 'nonblocking' must return 'void'/);
    const point = ffi.struct({ x: 'i32', y: 'i32' });
    assertThrowsCode(() => lib.registerCallback({ result: 'void', parameters: ['i32', point], threadsafe: 'nonblocking' }, fn),
      'ERR_INVALID_ARG_VALUE', /^Argument 1 of a callback with threadsafe: 'nonblocking' is a struct or union by value/);
    assertThrowsCode(() => lib.registerCallback({ result: point, parameters: [], threadsafe: 'nonblocking' }, fn),
      'ERR_INVALID_ARG_VALUE', /must return 'void'/);
    // Blocking callbacks take them.
    lib.unregisterCallback(lib.registerCallback({ result: point, parameters: ['i32', point], threadsafe: true }, fn));
  });

  it('an inherited threadsafe is ignored, as other signature keys are', () => {
    Object.prototype.threadsafe = 'bogus';
    try {
      lib.unregisterCallback(lib.registerCallback({ ...SIG }, fn));
    } finally {
      delete Object.prototype.threadsafe;
    }
  });
});

describe('aborts', () => {
  it('an exception in a thread-safe callback called from another thread aborts with the usual message', () => {
    const r = spawnChild(`
      const cb = lib.registerCallback({ ...SIG, threadsafe: true }, () => { throw new Error('boom'); });
      lib.refCallback(cb);
      f.ts_start(cb, 1, 1, 0);
    `);
    assertAborted(r, /Callbacks cannot throw an exception\n {2}\(the exception: boom\)/);
  });

  it('a bad result from another thread aborts as on the registering thread', () => {
    const r = spawnChild(`
      const cb = lib.registerCallback({ ...SIG, threadsafe: true }, () => 'no');
      lib.refCallback(cb);
      f.ts_start(cb, 1, 1, 0);
    `);
    assertAborted(r, /Callback returned invalid value for declared FFI type/);
  });

  it('a plain callback called from another thread still aborts', () => {
    const r = spawnChild(`
      const cb = lib.registerCallback(SIG, () => 1);
      f.ts_start(cb, 1, 1, 0);
      setTimeout(() => {}, 5000);
    `);
    assertAborted(r, /Callbacks can only be invoked on the system thread they were created on/);
  });

  it('the deadlock (a synchronous call waiting for the calling thread) aborts after the grace period', () => {
    const started = Date.now();
    const r = spawnChild(`
      const cb = lib.registerCallback({ ...SIG, threadsafe: true }, (t, seq) => expected(t, seq));
      f.ts_call_and_join(cb);
      console.log('not reached');
    `);
    const ms = Date.now() - started;
    assertAborted(r, /Deadlock: a thread-safe callback was called from another thread[^]*Make the outer call asynchronous, or register the callback with threadsafe: 'nonblocking'/);
    assert.ok(ms >= 1000, `aborted after ${ms} ms, before the grace period`);
  });

  it("a 'nonblocking' callback from a thread that the registering thread waits for does not deadlock", () => {
    const out = runChild(`
      let calls = 0;
      const cb = lib.registerCallback({ result: 'void', parameters: ['i32', 'i32'], threadsafe: 'nonblocking' }, () => { calls++; });
      f.ts_call_and_join(cb);
      setTimeout(() => console.log(calls), 200);
    `);
    assert.equal(out, '1');
  });
});

const childScript = (body) => `
  const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
  const { lib, functions: f } = ffi.dlopen(${JSON.stringify(THREADS)}, ${JSON.stringify(DEFINITIONS)});
  const SIG = ${JSON.stringify(SIG)};
  const expected = ${expected.toString()};
  const sleep = ${sleep.toString()};
  ${body}
`;

function spawnChild(body) {
  return spawnSync(process.execPath, ['-e', childScript(body)], { encoding: 'utf8', timeout: 60000 });
}

function runChild(body) {
  const r = spawnChild(body);
  assert.equal(r.error, undefined);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  return r.stdout.trim();
}

function assertAborted(r, message) {
  assert.equal(r.error, undefined, 'the child did not end by itself');
  assert.equal(r.signal, 'SIGABRT', `status ${r.status}, stderr:\n${r.stderr}`);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stdout, /not reached/);
}
