'use strict';
// jitffi: the node:ffi API. This file only assembles the public surface;
// each part lives in its own module.

const native = require('./native');
const { validateInteger } = require('./errors');
const { DynamicLibrary, dlopen, dlclose, dlsym } = require('./library');
const { pathOf, generalOf, stringAreaTop, byValueAreaState } = require('./wrappers');

const ffi = {
  suffix: native.suffix,
  types: native.constants,
  dlopen,
  dlclose,
  dlsym,
  DynamicLibrary,
};

// Non-standard introspection for tests, benchmarks and debugging: the
// call path a wrapper uses, the compiled general-tier function behind a
// fast-tier wrapper with pointer parameters, the string area's stack top
// and the by-value area's state (lib/wrappers.js), the environment's JIT statistics, and which path each
// use of V8's C++ API takes (native/src/host/v8.rs).
Object.defineProperty(ffi, Symbol.for('jitffi.internals'), {
  value: Object.freeze({
    pathOf,
    generalOf,
    stringAreaTop,
    byValueAreaState,
    stats: () => native.addon.stats(),
    v8Api: () => native.addon.v8Api(),
  }),
});

// Raw memory helpers: get*/set*, toString, toBuffer, toArrayBuffer,
// exportString/Buffer/ArrayBuffer/ArrayBufferView, getRawPointer.
Object.assign(ffi, require('./memory'));

// Aggregate types, beyond node:ffi (docs/structs.md): struct, union and
// array descriptors and their layout. ffi.read, ffi.write and ffi.alloc
// come with the memory helpers above.
{
  const { struct, union, array, sizeof, alignof, offsetof } = require('./aggregate');
  Object.assign(ffi, { struct, union, array, sizeof, alignof, offsetof });
}

// The `errno` kept by this thread's last call of a signature with
// `errno: true` (native/src/host/errno.rs); errno(value) sets it, and the
// next such call starts with it.
ffi.errno = function errno(value) {
  if (value === undefined) return native.addon.errno();
  validateInteger(value, 'value', -(2 ** 31), 2 ** 31 - 1);
  native.addon.errno(value);
  return undefined;
};

// The address of this thread's libuv event loop (uv_loop_t *).
ffi.getCurrentEventLoop = function getCurrentEventLoop() {
  return native.addon.eventLoop();
};

module.exports = ffi;
