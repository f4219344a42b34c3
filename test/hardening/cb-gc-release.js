'use strict';
// Probe: a callback whose library object is garbage-collected (never
// closed) while C still holds the pointer. Run with --expose-gc. The
// callback must keep calling the same JS function: the collection of the
// library alone does not release it. Prints { collected, first, second }:
// whether the library was collected, what C got from the pointer after
// that, and again after a new callback of the same signature was
// registered (which must not take the old pointer over).

const ffi = process.env.JITFFI_PROBE_REFERENCE === '1' ? require('node:ffi') : require('../..');

const fixture = process.env.JITFFI_FIXTURE;
const sig = { return: 'i32', arguments: ['i32'] };
let collected = false;
const watch = new FinalizationRegistry(() => { collected = true; });

function register() {
  const lib = new ffi.DynamicLibrary(fixture);
  watch.register(lib, 'lib');
  return lib.registerCallback(sig, (x) => x + 1);
}

async function main() {
  const pointer = register();
  for (let i = 0; i < 20 && !collected; i++) {
    global.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  // More turns for finalizers registered by the library itself.
  for (let i = 0; i < 5; i++) {
    global.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const caller = new ffi.DynamicLibrary(fixture);
  const call = caller.getFunction('call_i32_cb', { return: 'i32', arguments: ['pointer', 'i32'] });
  const first = call(pointer, 41);
  const other = caller.registerCallback(sig, () => -999);
  const second = call(pointer, 41);
  const third = call(other, 41);
  console.log(JSON.stringify({ collected, first, second, third }));
}

main();
