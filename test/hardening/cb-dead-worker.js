'use strict';
// Probe: C calls a callback of a worker that has ended. The worker
// registers a callback and hands the pointer to the main thread (as C code
// would keep it in a global), then ends (`argv[2]`: 'exit' returns
// normally, 'terminate' is terminated by the main thread). The main thread
// then passes the pointer to C, which calls it. That must not touch freed
// memory: it either returns 0 or aborts with a message. Prints
// { result } when the call returned.

const { Worker } = require('node:worker_threads');

const reference = process.env.JITFFI_PROBE_REFERENCE === '1';
const ffi = reference ? require('node:ffi') : require('../..');
const fixture = process.env.JITFFI_FIXTURE;
const how = process.argv[2] || 'exit';

const workerSource = `
  const { parentPort } = require('node:worker_threads');
  const ffi = ${reference ? "require('node:ffi')" : `require(${JSON.stringify(require.resolve('../..'))})`};
  const lib = new ffi.DynamicLibrary(${JSON.stringify(fixture)});
  const call = lib.getFunction('call_i32_cb', { return: 'i32', arguments: ['pointer', 'i32'] });
  const pointer = lib.registerCallback({ return: 'i32', arguments: ['i32'] }, (x) => x * 2);
  parentPort.postMessage({ pointer, works: call(pointer, 21) });
  ${how === 'terminate' ? 'setInterval(() => {}, 1000);' : ''}
`;

async function main() {
  const worker = new Worker(workerSource, { eval: true });
  // Listen for 'exit' from the start: it may come right after the message.
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  const { pointer, works } = await new Promise((resolve) => worker.once('message', resolve));
  if (how === 'terminate') await worker.terminate();
  await exited;
  // Let other work reuse the worker's memory.
  const churn = [];
  for (let i = 0; i < 1000; i++) churn.push(Buffer.alloc(64, i));
  const lib = new ffi.DynamicLibrary(fixture);
  const call = lib.getFunction('call_i32_cb', { return: 'i32', arguments: ['pointer', 'i32'] });
  process.stdout.write(`${JSON.stringify({ works })}\n`);
  const result = call(pointer, 21);
  console.log(JSON.stringify({ works, result }));
}

main();
