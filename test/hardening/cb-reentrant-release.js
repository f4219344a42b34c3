'use strict';
// Probe: a callback that releases itself while it runs (`argv[2]`):
//  - 'unregister': it unregisters itself;
//  - 'reuse': it unregisters itself and registers a new callback of the
//    same signature (which may take over its entry);
//  - 'close': it closes its own library, whose function called it (a
//    second library object keeps the C code loaded).
// The call must return the callback's result; later calls of the released
// pointer return 0. Prints { result, after, fresh }.

const ffi = process.env.JITFFI_PROBE_REFERENCE === '1' ? require('node:ffi') : require('../..');

const fixture = process.env.JITFFI_FIXTURE;
const how = process.argv[2];
const sig = { return: 'i32', arguments: ['i32'] };
const callSig = { return: 'i32', arguments: ['pointer', 'i32'] };

const keep = new ffi.DynamicLibrary(fixture);
const callKept = keep.getFunction('call_i32_cb', callSig);
const lib = new ffi.DynamicLibrary(fixture);
const call = lib.getFunction('call_i32_cb', callSig);
let fresh = null;
const pointer = lib.registerCallback(sig, (x) => {
  if (how === 'unregister' || how === 'reuse') lib.unregisterCallback(pointer);
  if (how === 'reuse') fresh = lib.registerCallback(sig, (y) => y * 100);
  if (how === 'close') lib.close();
  // Allocate, so that anything freed under the running callback is reused.
  const junk = [];
  for (let i = 0; i < 1000; i++) junk.push({ i, s: `x${i}` });
  return x + junk.length;
});
const result = call(pointer, 1);
const out = { result };
if (how !== 'reuse') out.after = callKept(pointer, 1);
if (fresh !== null) out.fresh = callKept(fresh, 2);
console.log(JSON.stringify(out));
