'use strict';
// Probe: a vm timeout that ends a callback's JS while C keeps calling it.
//
//   node term-vm-timeout.js [loop|string]
//
// loop:   vm runs `call_cb_n(cb, 1000)` with a 100 ms timeout; cb(0) spins
//         forever, any later call would return 7. The timeout must end
//         cb(0) without aborting; C gets 0 for it and for every later call,
//         which must not enter JS, and the script after the foreign call
//         must not run.
// string: the same with `strlen_after_cb("abcdef", spin)` (a string argument
//         on the fast tier).
// Then a new callback must run normally. Prints one JSON line.

const vm = require('node:vm');
const ffi = require('../..');

const lib = new ffi.DynamicLibrary(process.env.JITFFI_FIXTURE);
const callN = lib.getFunction('call_cb_n', { parameters: ['function', 'i32'], result: 'i64' });
const state = lib.getFunction('call_cb_n_state', { parameters: ['i32'], result: 'i64' });
const after = lib.getFunction('strlen_after_cb', { parameters: ['string', 'function'], result: 'u64' });

const kind = process.argv[2] || 'loop';
let entered = 0;
let afterCall = false;
const spinFirst = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (i) => {
  entered++;
  if (i === 0) for (;;);
  return 7;
});
const spin = lib.registerCallback(() => { entered++; for (;;); });
const ctx = vm.createContext({ callN, spinFirst, after, spin, done: () => { afterCall = true; } });
const source = kind === 'string' ? 'after("abcdef", spin); done();' : 'callN(spinFirst, 1000); done();';

let code = null;
const t0 = Date.now();
try {
  vm.runInContext(source, ctx, { timeout: 100 });
} catch (err) {
  code = err.code;
}
const ms = Date.now() - t0;
// call_cb_n's view of the cut-short run, before `again` below resets it.
const cState = { sum: String(state(0)), returned: String(state(1)) };

const ok = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (i) => i);
const again = callN(ok, 10);
const internals = ffi[Symbol.for('jitffi.internals')];
const api = internals.v8Api ? internals.v8Api() : {};
console.log(JSON.stringify({
  kind,
  code,
  entered,
  afterCall,
  cSum: kind === 'loop' ? cState.sum : null,
  cReturned: kind === 'loop' ? cState.returned : null,
  again: String(again),
  ms,
  terminating: api.terminating,
}));
