'use strict';
// Probe: stack left for C after jitffi raised V8's stack limit.
//
//   node stack-c-after-raise.js <bytes>
//
// Nests callbacks 40 deep (past the depth at which jitffi raises V8's
// limit on the main thread), then recurses in plain JS to within a few
// frames of the (new) limit and there calls a C function that uses <bytes>
// of stack. Prints { before, after, depth, sum, stackBytes } on success;
// a stack too small for the C call kills the process with SIGSEGV.
// <bytes> may be "half-": half the thread's stack (RLIMIT_STACK) less 512 KiB.

const fs = require('node:fs');
const ffi = require('../..');

const lib = new ffi.DynamicLibrary(process.env.JITFFI_FIXTURE);
const recurse = lib.getFunction('recurse_cb', { parameters: ['function', 'i32'], result: 'i32' });
const useStack = lib.getFunction('use_stack', { parameters: ['u64'], result: 'u64' });

const limits = fs.readFileSync('/proc/self/limits', 'utf8');
const soft = /Max stack size\s+(\S+)/.exec(limits)[1];
const stackBytes = soft === 'unlimited' ? 8 << 20 : Number(soft);
const arg = process.argv[2] || 'half-';
const bytes = arg === 'half-' ? stackBytes / 2 - (512 << 10) : Number(arg);

// How deep plain JS recursion goes now.
function jsDepth() {
  let n = 0;
  const f = () => { n++; f(); };
  try { f(); } catch { /* RangeError */ }
  return n;
}

const before = jsDepth();
const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' },
  (n) => (n === 0 ? 0 : recurse(cb, n - 1) + 1));
if (recurse(cb, 40) !== 40) throw new Error('40-deep callback chain failed');
const after = jsDepth();

// Recurse to `target` frames, then call C; first with no target, to find
// how deep this very function goes before RangeError.
let sum = null;
let reached = 0;
let target = Infinity;
const g = (k) => {
  reached = k;
  if (k >= target) { sum = useStack(BigInt(bytes)); return; }
  g(k + 1);
};
try { g(1); } catch { /* RangeError: `reached` is the deepest frame */ }
// 2% short of the limit: well within a frame's worth of any optimisation.
target = Math.floor(reached * 0.98);
g(1);
console.log(JSON.stringify({ before, after, depth: reached, bytes, sum: String(sum), stackBytes }));
