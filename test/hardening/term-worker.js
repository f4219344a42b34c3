'use strict';
// Probe: worker.terminate() while C keeps calling the worker's callback.
//
//   node term-worker.js [spin|slow]
//
// The worker calls `call_cb_n(cb, 1000)`. spin: cb never returns by itself.
// slow: cb busy-waits 20 ms, then returns 1. Once cb has been entered, the
// main thread terminates the worker. terminate() must settle promptly; no
// callback may enter JS after the one that was cut short, nor may the
// worker's JS after the foreign call run; C's loop runs to its end with 0
// from every cut-short or refused call. Prints one JSON line.

const { Worker } = require('node:worker_threads');
const path = require('node:path');
const ffi = require('../..');

const kind = process.argv[2] || 'spin';
const fixture = process.env.JITFFI_FIXTURE;
// [0] callbacks entered, [1] JS after the foreign call ran
const shared = new Int32Array(new SharedArrayBuffer(8));

const source = `
  const { workerData } = require('node:worker_threads');
  const ffi = require(${JSON.stringify(path.join(__dirname, '..', '..'))});
  const s = workerData.shared;
  const lib = new ffi.DynamicLibrary(workerData.fixture);
  const callN = lib.getFunction('call_cb_n', { parameters: ['function', 'i32'], result: 'i64' });
  const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, () => {
    Atomics.add(s, 0, 1);
    if (workerData.kind === 'spin') for (;;);
    const t = Date.now();
    while (Date.now() - t < 20);
    return 1;
  });
  callN(cb, 1000);
  Atomics.store(s, 1, 1);
`;

const worker = new Worker(source, { eval: true, workerData: { shared, fixture, kind } });
let exitCode = null;
worker.on('exit', (code) => { exitCode = code; });
worker.on('error', () => { /* termination is not an error */ });

const lib = new ffi.DynamicLibrary(fixture);
const state = lib.getFunction('call_cb_n_state', { parameters: ['i32'], result: 'i64' });

const start = Date.now();
const poll = setInterval(() => {
  if (Atomics.load(shared, 0) === 0) {
    if (Date.now() - start > 20000) { clearInterval(poll); console.log(JSON.stringify({ kind, error: 'callback never entered' })); process.exit(1); }
    return;
  }
  clearInterval(poll);
  const enteredAtTerminate = Atomics.load(shared, 0);
  const t0 = Date.now();
  const settled = worker.terminate().then(() => Date.now() - t0);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
  Promise.race([settled, timeout]).then((ms) => {
    // Give a lost termination time to show: callbacks entered later count.
    setTimeout(() => {
      console.log(JSON.stringify({
        kind,
        terminateMs: ms,
        exitCode,
        enteredAtTerminate,
        entered: Atomics.load(shared, 0),
        afterCall: Atomics.load(shared, 1) === 1,
        cSum: String(state(0)),
        cReturned: String(state(1)),
      }));
      process.exit(0);
    }, 100);
  });
}, 2);
