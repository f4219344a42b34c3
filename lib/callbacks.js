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
//     const r = fn(A0[I0], A1[I1]);   // every argument is read before fn
//     if (<r does not fit>) misfit(r); // runs (A0 = the Int32 view, I0 =
//     V_Int32[2] = r;                  // 4, ...); the result is written last
//   }
//
// Re-entrancy: fn may make foreign calls that reuse the slots; the thunk
// has read its arguments before and writes its result after them.

const { types, inspect } = require('node:util');
const { addon, byName, promiseMessage, slots } = require('./native');
const { slotViews, slotIndex, badValue } = require('./validate');
const { BoundedCache } = require('./cache');
const aggregate = require('./aggregate');
const { read } = require('./memory');
const { errors, makeError, describe } = require('./errors');

// Slot indices, as compiled code uses them (native/src/abi/slots.rs).
const SLOT_RESULT = slots.result;
const SLOT_ARG0 = slots.arg0;

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

// Thunk factories: (V, A, I, fn, abort, isPromise) => thunk, where A and I
// hold the view and element index of each argument slot. The source
// depends only on the number of parameters and the result type (a few
// thousand sources at most), not on the parameter types: V8 keeps what it
// compiled for every distinct source passed to `new Function` (its eval
// cache), so a source per signature would make memory grow with every
// signature a program ever registers. The price: V8 may share what it
// learns about the argument reads between the thunks of signatures with
// the same shape. A factory per signature key binds A and I; cached for
// the recently used keys. (Indexing, not array destructuring: destructuring
// closes the iterator through a method a polluted Object.prototype can
// supply.)
const factories = new BoundedCache(256);

function thunkSource(n, result) {
  const names = Array.from({ length: n }, (_, i) => i);
  return `'use strict';
${names.map((i) => `const A${i} = A[${i}], I${i} = I[${i}];`).join('\n')}
const { ${Object.keys(views).map((v) => `${v}: V_${v}`).join(', ')} } = V;
return function thunk() {
  let r = fn(${names.map((i) => `A${i}[I${i}]`).join(', ')});
  ${resultCode(result)}
};`;
}

function thunkFactory(sig) {
  let factory = factories.get(sig.key);
  if (factory) return factory;
  // eslint-disable-next-line no-new-func -- compiled callbacks only, which callbackPath() gives where canGenerateCode
  const make = new Function('V', 'A', 'I', 'fn', 'abort', 'isPromise', thunkSource(sig.params.length, sig.result));
  const A = sig.params.map((row) => views[row.view]);
  const I = sig.params.map((row, i) => index(row.view, SLOT_ARG0 + i));
  factory = (fn, abort) => make(views, A, I, fn, abort, types.isPromise);
  factories.set(sig.key, factory);
  return factory;
}

// Structs and unions passed by value (docs/callbacks.md). Native code
// lowers the signature as for a function (native/src/types.rs,
// Signature::lower): the entry receives the C values, and the dispatcher
// sees each aggregate argument as the address of its bytes and an
// aggregate result as one more pointer argument, the last, to the bytes
// the entry returns. Between it and `fn` sits an adapter that decodes each
// aggregate argument into a plain object (as ffi.read does) and encodes
// `fn`'s result (checked in full, as ffi.write does) into the result bytes.
// A result that does not fit aborts the process, naming the part that
// does not (`(result.y must be a double)`), as a scalar result does.
const pointerRow = byName.get('pointer');
const voidRow = byName.get('void');
const MISFIT_LINE = pointerRow.misfit.split('\n')[0];

function byValueAdapter(sig, fn) {
  const n = sig.params.length;
  const descriptors = sig.params.map((p) => (p.byValue === true ? p.descriptor : null));
  const resultNode = sig.result.byValue === true ? aggregate.resolve(sig.result.descriptor) : null;
  const lowered = {
    key: sig.key,
    result: resultNode === null ? sig.result : voidRow,
    params: sig.params.map((p) => (p.byValue === true ? pointerRow : p)),
  };
  if (resultNode !== null) lowered.params.push(pointerRow);
  const decode = (args) => {
    for (let i = 0; i < n; i++) if (descriptors[i] !== null) args[i] = read(args[i], descriptors[i]);
    return args;
  };
  if (resultNode === null) {
    return { lowered, adapter: (...args) => Reflect.apply(fn, undefined, decode(args)) };
  }
  const size = resultNode.size;
  const bad = (message) => addon.fatal(`${MISFIT_LINE}\n  (${message})`);
  const adapter = (...args) => {
    const out = args.pop();
    const r = Reflect.apply(fn, undefined, decode(args));
    if (r !== null && typeof r === 'object' && types.isPromise(r)) addon.fatal(promiseMessage);
    aggregate.withEncoded(resultNode, r, 'result', (bytes) => addon.memCopyIn(bytes, out, size, 0), bad);
  };
  return { lowered, adapter };
}

// What the native registry holds for `fn`: a thunk in compiled mode, the
// function itself otherwise (the dispatcher then converts through N-API);
// for a signature with structs or unions by value, the thunk of its
// lowered signature or the adapter, around the adapter.
function callbackTarget(sig, fn) {
  let lowered = sig;
  if (sig.byValue) ({ lowered, adapter: fn } = byValueAdapter(sig, fn));
  if (addon.callbackPath(sig.resultId, sig.paramIds) !== 'fast') return { target: fn, isThunk: false };
  const abort = (r) => misfit(lowered.result, r);
  return { target: thunkFactory(lowered)(fn, abort), isThunk: true };
}

// Thread-safe callbacks (docs/callbacks.md): the `threadsafe` option of a
// callback signature, as the native registry takes it: 0 (only the
// registering thread may call the pointer), 1 (any thread; a call from
// another thread waits for the result) or 2 ('nonblocking': it does not).
// Read as the other signature keys are: an own property only, so that a
// polluted Object.prototype can't make a callback thread-safe.
const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

function threadsafeMode(signature, sig) {
  const value = signature.threadsafe;
  if (!hasOwn(signature, 'threadsafe') || value === undefined || value === false) return 0;
  if (value === true) return 1;
  if (typeof value !== 'string') {
    throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "signature.threadsafe" property must be of type boolean or string. Received ${describe(value)}`);
  }
  if (value !== 'nonblocking') {
    throw errors.invalidArgValue(
      `The property 'signature.threadsafe' must be one of: true, false, 'nonblocking'. Received ${inspect(value)}`);
  }
  if (sig.result.kind !== 'void' || sig.result.byValue === true) {
    throw errors.invalidArgValue("A callback with threadsafe: 'nonblocking' must return 'void': " +
      'the calling thread does not wait for a result (use threadsafe: true)');
  }
  const byValue = sig.params.findIndex((p) => p.byValue === true);
  if (byValue >= 0) {
    throw errors.invalidArgValue(`Argument ${byValue} of a callback with threadsafe: 'nonblocking' is a struct or union ` +
      "by value, whose bytes live in the calling thread's frame, which does not wait; pass a pointer, " +
      'or use threadsafe: true');
  }
  return 2;
}

module.exports = { callbackTarget, threadsafeMode };
