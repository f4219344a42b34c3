'use strict';
// The worker_threads scenario of test/workers.test.js, run in a child
// process so that a crash or an abort is seen as the child's exit status.
//
//   node test/workers/scenario.js <kind> <fixture>
//
// kind 'calls':     the workers' busy loop makes fast- and general-tier calls
// kind 'callbacks': the busy loop calls C functions that call JS callbacks
//                   (plain, re-entrant and recursive)
//
// Each round starts WORKERS workers. Every worker loads the fixture, makes
// calls of every tier, registers callbacks and calls them, posts the
// results ('checked'), then runs the busy loop, posting a running checksum
// every PROGRESS_EVERY iterations ('progress'). The main thread terminates
// each worker while it is in that loop (or, in the last round of
// 'callbacks', at a random moment after it starts), and meanwhile makes
// calls and callbacks of its own on the same library. The main thread
// checks every result it received against values it computes itself and
// prints a JSON summary as its last line; the process must then exit by
// itself, with status 0.

const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const ffi = require(root);

const WORKERS = 4;
const ROUNDS = 3;
const PROGRESS_EVERY = 2000;

const DEFINITIONS = {
  // fast tier
  add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
  id_i64: { parameters: ['i64'], result: 'i64' },
  id_ptr: { parameters: ['pointer'], result: 'pointer' },
  add_f64: { parameters: ['f64', 'f64'], result: 'f64' },
  // strings: short ASCII ones on the fast tier, the rest general
  string_length: { parameters: ['string'], result: 'u64' },
  string_length2: { parameters: ['string', 'string'], result: 'u64' },
  sum_buffer: { parameters: ['buffer', 'u64'], result: 'u64' },
  // C functions that call a callback
  call_i32_cb: { parameters: ['function', 'i32'], result: 'i32' },
  call_i64_cb: { parameters: ['function', 'i64'], result: 'i64' },
  call_f64_cb: { parameters: ['function', 'f64'], result: 'f64' },
  apply2_cb: { parameters: ['function', 'i32', 'i32'], result: 'i32' },
  recurse_cb: { parameters: ['function', 'i32'], result: 'i32' },
};

// What worker `w` must report in its 'checked' message.
function expectedChecks(w) {
  return {
    add: 499500 + 1000 * w,
    i64: 2n ** 40n + BigInt(w),
    ptr: 0x1000n + BigInt(w),
    f64: w + 0.5,
    strlen: BigInt(w + 1),
    strlen2: BigInt(2 + w),
    sum: BigInt(10 * (w + 1)),
    cb32: 21 + w,
    cb64: 10n,
    cbf: 1.5,
    reentrant: 40 + w,
    recursive: 55,
    churn: 100,
  };
}

// One step of the busy loop of `kind` for worker `w` at iteration i: the
// value added to the checksum. `f` holds the wrappers and callbacks, or is
// null to compute the expected value in JS.
function step(kind, w, i, f) {
  if (kind === 'calls') {
    const a = f ? f.add_i32(i & 0xffff, w) : (i & 0xffff) + w;
    const b = f ? Number(f.string_length(f.strings[i & 7])) : i & 7;
    const c = f ? Number(f.sum_buffer(f.buffer, BigInt(i & 15))) : (i & 15) * 3;
    return a + b + c;
  }
  // callbacks: one plain call per iteration, a re-entrant one every 4th
  // and a recursive one every 16th.
  let r = f ? f.call_i32_cb(f.cb32, i & 0xffff) : 3 * (i & 0xffff) + w;
  if ((i & 3) === 0) r += f ? f.apply2_cb(f.cbAdd, i & 0xff, w) : (i & 0xff) + w;
  if ((i & 15) === 0) r += f ? f.recurse_cb(f.cbRec, 4) : 10;
  return r;
}

function expectedChecksum(kind, w, n) {
  let acc = 0;
  for (let i = 0; i < n; i++) acc = (acc + step(kind, w, i, null)) | 0;
  return acc;
}

function workerMain() {
  const { fixture, index: w, kind } = workerData;
  const { lib, functions: f } = ffi.dlopen(fixture, DEFINITIONS);
  const internals = ffi[Symbol.for('jitffi.internals')];
  const tiers = {};
  for (const name of Object.keys(DEFINITIONS)) tiers[name] = internals.pathOf(f[name]);

  // Calls of every tier, with results the main thread checks.
  let add = 0;
  for (let i = 0; i < 1000; i++) add += f.add_i32(i, w);
  const cb32 = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => x * 3 + w);
  const cb64 = lib.registerCallback({ parameters: ['i64'], result: 'i64' }, (x) => x * 2n);
  const cbf = lib.registerCallback({ parameters: ['f64'], result: 'f64' }, (x) => x / 2);
  // Re-entrant: the callback calls back into C.
  const cbAdd = lib.registerCallback({ parameters: ['i32', 'i32'], result: 'i32' }, (a, b) => f.add_i32(a, b));
  // Recursive: C -> JS -> C -> JS ...
  const cbRec = lib.registerCallback({ parameters: ['i32'], result: 'i32' },
    (n) => (n <= 0 ? 0 : n + f.recurse_cb(cbRec, n - 1)));
  // Registry churn: register and release, ref and unref.
  let churn = 0;
  for (let i = 0; i < 100; i++) {
    const p = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => x + i);
    lib.unrefCallback(p);
    lib.refCallback(p);
    if (f.call_i32_cb(p, 1) === 1 + i) churn++;
    lib.unregisterCallback(p);
  }
  parentPort.postMessage({
    type: 'checked',
    index: w,
    tiers,
    results: {
      add,
      i64: f.id_i64(2n ** 40n + BigInt(w)),
      ptr: f.id_ptr(0x1000n + BigInt(w)),
      f64: f.add_f64(0.5, w),
      strlen: f.string_length('x'.repeat(w + 1)),
      strlen2: f.string_length2('ab', 'c'.repeat(w)),
      sum: f.sum_buffer(Buffer.alloc(10, w + 1), 10n),
      cb32: f.call_i32_cb(cb32, 7),
      cb64: f.call_i64_cb(cb64, 5n),
      cbf: f.call_f64_cb(cbf, 3),
      reentrant: f.apply2_cb(cbAdd, 40, w),
      recursive: f.recurse_cb(cbRec, 10),
      churn,
    },
  });

  // The busy loop, until the main thread terminates the worker.
  const ctx = {
    ...f,
    cb32,
    cbAdd,
    cbRec,
    strings: Array.from({ length: 8 }, (_, i) => 'y'.repeat(i)),
    buffer: Buffer.alloc(16, 3),
  };
  parentPort.postMessage({ type: 'looping', index: w });
  let acc = 0;
  for (let i = 0; ; i++) {
    acc = (acc + step(kind, w, i, ctx)) | 0;
    if ((i + 1) % PROGRESS_EVERY === 0) parentPort.postMessage({ type: 'progress', index: w, n: i + 1, acc });
  }
}

// ---- main thread ----

function mainThread() {
  const [kind, fixture] = process.argv.slice(2);
  if (!['calls', 'callbacks'].includes(kind) || !fixture) {
    throw new Error('usage: scenario.js calls|callbacks <fixture>');
  }

  const summary = {
    kind,
    mode: process.env.JITFFI_MODE || 'compiled',
    workers: 0,
    checked: 0,
    looping: 0,
    progress: 0,
    calls: 0,
    mainCalls: 0,
    exitCodes: [],
    mismatches: [],
    errors: [],
    tiers: null,
  };

  // The main thread uses the same library, with callbacks, while the workers
  // run.
  const main = ffi.dlopen(fixture, DEFINITIONS);
  const mainCb = main.lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => x - 1);
  function mainWork() {
    for (let i = 0; i < 200; i++) {
      if (main.functions.call_i32_cb(mainCb, i) !== i - 1 || main.functions.add_i32(i, 1) !== i + 1) {
        summary.mismatches.push(`main thread: wrong result at ${i}`);
      }
      summary.mainCalls += 2;
    }
  }

  function runWorker(round, w) {
    return new Promise((resolve) => {
      const worker = new Worker(__filename, { workerData: { fixture, index: w, kind } });
      summary.workers++;
      let last = null;
      let terminating = false;
      const terminate = (delay) => {
        if (terminating) return;
        terminating = true;
        setTimeout(() => worker.terminate(), delay);
      };
      // Last round of 'callbacks': terminate at a random moment after the
      // start, possibly while the worker loads the library or registers.
      if (kind === 'callbacks' && round === ROUNDS - 1) terminate(Math.floor(Math.random() * 40));
      worker.on('message', (m) => {
        if (m.type === 'checked') {
          summary.checked++;
          summary.tiers = m.tiers;
          const want = expectedChecks(m.index);
          for (const key of Object.keys(want)) {
            if (m.results[key] !== want[key]) {
              summary.mismatches.push(`round ${round} worker ${w}: ${key} = ${m.results[key]}, expected ${want[key]}`);
            }
          }
        } else if (m.type === 'looping') {
          summary.looping++;
          // Terminate after 0–45 ms of busy loop, different for each worker.
          terminate(((round * WORKERS + w) * 7) % 50);
        } else if (m.type === 'progress') {
          last = m;
        }
      });
      worker.on('error', (e) => summary.errors.push(`round ${round} worker ${w}: ${e && e.stack}`));
      worker.on('exit', (code) => {
        summary.exitCodes.push(code);
        if (last) {
          summary.progress++;
          summary.calls += last.n;
          const want = expectedChecksum(kind, w, last.n);
          if (last.acc !== want) {
            summary.mismatches.push(`round ${round} worker ${w}: checksum after ${last.n} iterations ${last.acc}, expected ${want}`);
          }
        }
        resolve();
      });
    });
  }

  (async () => {
    const timer = setInterval(mainWork, 2);
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(Array.from({ length: WORKERS }, (_, w) => runWorker(round, w)));
    }
    clearInterval(timer);
    mainWork();
    main.lib.close();
    console.log(JSON.stringify(summary));
  })();
}

if (isMainThread) mainThread();
else workerMain();
