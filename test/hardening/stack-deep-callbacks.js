'use strict';
// Probe: 1,000-deep JS -> C -> JS recursion on the main thread, on the fast
// tier (an i32 callback through recurse_cb) and the general tier (a string
// argument through strlen_after_cb), within the JS share of the stack that
// jitffi's raise of V8's limit leaves (half the thread's stack). Also
// measures the native stack one fast-tier level costs, from the frame
// addresses of a C function called at two depths. Prints
// { fast, general, levels, perLevel }.

const ffi = require('../..');

const LEVELS = 1000;
const lib = new ffi.DynamicLibrary(process.env.JITFFI_FIXTURE);
const recurse = lib.getFunction('recurse_cb', { parameters: ['function', 'i32'], result: 'i32' });
const after = lib.getFunction('strlen_after_cb', { parameters: ['string', 'function'], result: 'u64' });

const position = lib.getFunction('stack_position', { parameters: [], result: 'u64' });

const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' },
  (n) => (n === 0 ? 0 : recurse(cb, n - 1) + 1));
const fast = recurse(cb, LEVELS);

// Bytes per level between levels 100 and 0 of a 100-deep chain.
let top = 0n;
let bottom = 0n;
const measure = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (n) => {
  if (n === 100) top = position();
  if (n === 0) { bottom = position(); return 0; }
  return recurse(measure, n - 1);
});
recurse(measure, 100);
const perLevel = Math.round(Number(top - bottom) / 100);

let depth = 0;
const cb2 = lib.registerCallback(() => { if (depth++ < LEVELS) after('x'.repeat(300), cb2); });
after('y'.repeat(300), cb2);

console.log(JSON.stringify({ fast, general: depth - 1, levels: LEVELS, perLevel }));
