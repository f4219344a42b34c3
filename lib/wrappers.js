'use strict';
// Per-symbol JS function wrappers.
//
// The native side picks a call path per signature (native/src/env.rs):
//  - fast: this file generates a JS function for the signature that checks
//    its arguments exactly as native code does, writes them into the
//    environment's argument slots through typed-array views, calls the
//    compiled zero-argument stub and reads the result slot. No N-API call
//    per argument. Pointer arguments that are not bigint/null/undefined
//    (strings, buffers) are handed to the compiled general-tier function.
//  - general / interp: the wrapper IS the native function (a compiled
//    napi_callback, or the interpreted libffi path); it validates natively.
//
// Slot layout (native/src/jit/abi.rs): 8-byte slots; slot 0 = target
// address, slot 1 = result, slot 2 + i = argument i.

const { addon } = require('./native');
const { errors } = require('./errors');
const { slotViews, slotIndex, badValue, scalarCheck } = require('./validate');

const SLOT_TARGET = 0;
const SLOT_RESULT = 1;
const SLOT_ARG0 = 2;

const views = slotViews(addon.slots());
const index = (view, slot) => slotIndex(views, view, slot);

// The address as a double with the same bits, so the wrapper can store it
// with a plain Float64Array write. null if the bits form a NaN (V8 may
// canonicalise NaNs), which never happens for user-space addresses.
const bitsU64 = new BigUint64Array(1);
const bitsF64 = new Float64Array(bitsU64.buffer);
function addressBits(address) {
  bitsU64[0] = address;
  const d = bitsF64[0];
  return Number.isNaN(d) ? null : d;
}

// The generated wrapper keeps its hot path small enough for V8 to inline
// it into callers: one combined condition covers the argument count and
// every argument check, and only when it fails does the cold `fail` run
// the checks one by one to throw the right error.
//
//   function fastCall(a0, a1) {
//     if (S.closed) throw E.libraryClosed();
//     if (arguments.length !== 2 || <a0 bad> || <a1 bad>) fail(arguments.length, a0, a1);
//     <pointer arguments: null/undefined -> 0n; strings, buffers -> slow(a0, a1)>
//     V_Int32[4] = a0; V_Int32[6] = a1;   // argument slots
//     V_Float64[0] = T;                   // target address bits
//     stub();
//     return V_Int32[2];                  // result slot
//   }

function writeCode(row, i) {
  return `V_${row.view}[${index(row.view, SLOT_ARG0 + i)}] = a${i};`;
}

// bigint/null/undefined stay on the fast tier; anything else is unpacked
// (or rejected) by the native general-tier function.
function pointerCode(i, names) {
  return `if (typeof a${i} !== 'bigint') { if (a${i} == null) a${i} = 0n; else return slow(${names}); }`;
}

function resultCode(row) {
  if (row.kind === 'void') return 'return undefined;';
  return `return V_${row.view}[${index(row.view, SLOT_RESULT)}];`;
}

// One factory per signature key: (V, E, S, T, stub, slow) => wrapper.
const factories = new Map();

function fastFactory(sig) {
  let factory = factories.get(sig.key);
  if (factory) return factory;
  const n = sig.params.length;
  const names = Array.from({ length: n }, (_, i) => `a${i}`).join(', ');
  const bad = [`arguments.length !== ${n}`, ...sig.params.map((row, i) => badValue(row, `a${i}`))];
  const pointers = sig.params.map((row, i) => (row.kind === 'pointer' ? pointerCode(i, names) : '')).filter(Boolean);
  const checks = sig.params.map((row, i) => (row.kind === 'pointer'
    ? `if (${badValue(row, `a${i}`)}) throw E.argMustBe(${i}, ${JSON.stringify(row.desc)});`
    : scalarCheck(row, `a${i}`, i)));
  const source = `
const { ${Object.keys(views).map((v) => `${v}: V_${v}`).join(', ')} } = V;
function fail(count${n ? `, ${names}` : ''}) {
  if (count !== ${n}) throw E.argCount(${n}, count);
  ${checks.join('\n  ')}
}
return function fastCall(${names}) {
  if (S.closed) throw E.libraryClosed();
  if (${bad.map((b) => `(${b})`).join(' || ')}) fail(arguments.length${n ? `, ${names}` : ''});
  ${pointers.join('\n  ')}
  ${sig.params.map(writeCode).join('\n  ')}
  V_Float64[${SLOT_TARGET}] = T;
  stub();
  ${resultCode(sig.result)}
};`;
  // eslint-disable-next-line no-new-func
  factory = new Function('V', 'E', 'S', 'T', 'stub', 'slow', source);
  factories.set(sig.key, factory);
  return factory;
}

// Compiled zero-argument stubs, one per signature key in this environment.
const stubs = new Map();

function fastStub(sig) {
  if (!stubs.has(sig.key)) stubs.set(sig.key, addon.fastStub(sig.resultId, sig.paramIds));
  return stubs.get(sig.key);
}

const paths = new WeakMap();

function define(fn, name, length, address) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  Object.defineProperty(fn, 'length', { value: length, configurable: true });
  Object.defineProperty(fn, 'pointer', { value: address, enumerable: true });
  return fn;
}

// Makes the callable wrapper of symbol `name` at `address` in the library
// whose JS-side state is `state` ({ closed, handle }).
function makeWrapper(state, name, address, sig) {
  let path = addon.callPath(sig.resultId, sig.paramIds);
  let fn;
  if (path === 'fast') {
    const stub = fastStub(sig);
    const bits = addressBits(address);
    if (stub !== undefined && bits !== null) {
      const needsSlow = sig.params.some((p) => p.kind === 'pointer');
      const slow = needsSlow
        ? addon.nativeFunction(state.handle, name, address, sig.resultId, sig.paramIds)
        : undefined;
      fn = fastFactory(sig)(views, errors, state, bits, stub, slow);
    } else {
      path = 'general';
    }
  }
  if (fn === undefined) {
    fn = addon.nativeFunction(state.handle, name, address, sig.resultId, sig.paramIds);
  }
  paths.set(fn, path);
  return define(fn, name, sig.params.length, address);
}

// The call path a wrapper uses ('fast', 'general' or 'interp'), for tests.
function pathOf(fn) {
  return paths.get(fn);
}

module.exports = { makeWrapper, pathOf };
