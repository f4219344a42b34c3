'use strict';
// The fast path of callbacks, the mirror of the fast call tier.
//
// In compiled mode a callback is registered as a generated zero-argument
// JS thunk. The native dispatcher (native/src/callbacks.rs) copies the
// native arguments into this environment's slots and calls the thunk; the
// thunk reads them through typed-array views, calls the user's function,
// checks the result exactly as the dispatcher would, and writes it into
// the result slot. No N-API call per value.
//
//   function thunk() {
//     const r = fn(V_Int32[4], V_BigUint64[3]);   // every argument is read
//     if (<r does not fit>) misfit(r);             // before fn runs
//     V_Int32[2] = r;                              // written last
//   }
//
// Re-entrancy: fn may make foreign calls that reuse the slots; the thunk
// has read its arguments before and writes its result after them.

const { types } = require('node:util');
const { addon, promiseMessage } = require('./native');
const { slotViews, slotIndex, badValue } = require('./validate');

const SLOT_RESULT = 1;
const SLOT_ARG0 = 2;

const views = slotViews(addon.slots());
const index = (view, slot) => slotIndex(views, view, slot);

// Once Node begins to exit, callbacks must enter JS only through N-API,
// which refuses when Node has stopped running JS: native atexit handlers
// may still call them after process.exit() (native/src/callbacks.rs).
process.once('exit', () => addon.exiting());

// Aborts the process as the native dispatcher does for a misused callback.
function misfit(row, r) {
  addon.fatal(r !== null && typeof r === 'object' && types.isPromise(r) ? promiseMessage : row.misfit);
}

function resultCode(row) {
  switch (row.kind) {
    case 'void':
      return 'if (r !== null && typeof r === \'object\' && isPromise(r)) abort(r);';
    case 'pointer':
      return 'if (r === null || r === undefined) r = 0n;\n' +
        `  else if (typeof r !== 'bigint' || BigInt.asUintN(64, r) !== r) abort(r);\n` +
        `  V_${row.view}[${index(row.view, SLOT_RESULT)}] = r;`;
    default: {
      // Integer results are checked against their ABI type's range, and
      // -0 is accepted (see FfiType::callback_result_js in types.rs).
      const rule = row.kind === 'int'
        ? { ...row, min: row.resultMin, max: row.resultMax, rejectMinusZero: false }
        : row;
      return `if (${badValue(rule, 'r')}) abort(r);\n  V_${row.view}[${index(row.view, SLOT_RESULT)}] = r;`;
    }
  }
}

// One factory per signature key: (V, fn, abort, isPromise) => thunk.
const factories = new Map();

function thunkFactory(sig) {
  let factory = factories.get(sig.key);
  if (factory) return factory;
  const args = sig.params.map((row, i) => `V_${row.view}[${index(row.view, SLOT_ARG0 + i)}]`);
  const source = `'use strict';
const { ${Object.keys(views).map((v) => `${v}: V_${v}`).join(', ')} } = V;
return function thunk() {
  let r = fn(${args.join(', ')});
  ${resultCode(sig.result)}
};`;
  // eslint-disable-next-line no-new-func
  factory = new Function('V', 'fn', 'abort', 'isPromise', source);
  factories.set(sig.key, factory);
  return factory;
}

// What the native registry holds for `fn`: a thunk in compiled mode, the
// function itself otherwise (the dispatcher then converts through N-API).
function callbackTarget(sig, fn) {
  if (addon.callbackPath(sig.resultId, sig.paramIds) !== 'fast') return { target: fn, isThunk: false };
  const abort = (r) => misfit(sig.result, r);
  return { target: thunkFactory(sig)(views, fn, abort, types.isPromise), isThunk: true };
}

module.exports = { callbackTarget };
