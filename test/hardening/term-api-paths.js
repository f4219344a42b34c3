'use strict';
// Probe: which path each use of V8's C++ API takes (jitffi internals
// v8Api(), native/src/host/v8.rs), after a callback has run. Prints
// { ...v8Api(), v8: process.versions.v8, ran }.

const ffi = require('../..');

const lib = new ffi.DynamicLibrary(process.env.JITFFI_FIXTURE);
const callN = lib.getFunction('call_cb_n', { parameters: ['function', 'i32'], result: 'i64' });
const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (i) => i * 2);
const ran = String(callN(cb, 10));
const api = ffi[Symbol.for('jitffi.internals')].v8Api();
console.log(JSON.stringify({ ...api, v8: process.versions.v8, ran }));
