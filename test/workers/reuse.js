'use strict';
// A callback unregisters itself while it runs; before it returns, a worker
// registers and releases enough callbacks of the same signature that the
// process-wide pool of released cells is trimmed. The running call's cell
// must survive until the call returns (native/src/callbacks.rs, `active`).
// Prints the result C got, for test/workers.test.js.
//
//   node reuse.js <fixture> [rounds]

const { Worker, isMainThread, workerData } = require('node:worker_threads');
const ffi = require('../..');

const SIG = { parameters: ['i32'], result: 'i32' };

if (isMainThread) {
  const [fixture, rounds = '20'] = process.argv.slice(2);
  const lib = new ffi.DynamicLibrary(fixture);
  const call = lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' });
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(__filename, { workerData: { fixture, flags } });
  const results = [];
  for (let r = 0; r < Number(rounds); r++) {
    const cb = lib.registerCallback(SIG, (x) => {
      lib.unregisterCallback(cb);
      Atomics.store(flags, 1, 0);
      Atomics.store(flags, 0, 1); // the worker churns now
      Atomics.notify(flags, 0);
      Atomics.wait(flags, 1, 0); // until it is done
      return x + 1;
    });
    results.push(call(cb, 41));
  }
  Atomics.store(flags, 0, 2); // stop
  Atomics.notify(flags, 0);
  worker.on('exit', () => console.log(results.join(' ')));
} else {
  const { fixture, flags } = workerData;
  const lib = new ffi.DynamicLibrary(fixture);
  for (;;) {
    Atomics.wait(flags, 0, 0);
    if (Atomics.load(flags, 0) === 2) break;
    // Reuses the main thread's released cell first (the pool is LIFO), then
    // releases 300 at once: the pool passes its limit and is trimmed by
    // this thread, which then runs no callback.
    const held = Array.from({ length: 300 }, () => lib.registerCallback(SIG, (x) => x));
    for (const p of held) lib.unregisterCallback(p);
    Atomics.store(flags, 0, 0);
    Atomics.store(flags, 1, 1);
    Atomics.notify(flags, 1);
  }
}
