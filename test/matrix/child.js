'use strict';
// Child runner of the bad-input matrix (test/matrix.test.js).
//
//   node test/matrix/child.js --batch <batch>   runs every case of a batch
//   node test/matrix/child.js --id <case id>    runs one case
//
// The fixture library's path comes from MATRIX_FIXTURE. For each case it
// prints one JSON line on stdout, synchronously, as soon as the case ends:
//   { id, outcome: 'threw', code, message, name, isError, trap }
//   { id, outcome: 'returned', repr }
// so that when the process dies, the cases already printed are known and
// the first missing one is the one that was running.

const fs = require('node:fs');
const path = require('node:path');
const { buildCases, TRAP_MESSAGE } = require('./table');

const root = path.join(__dirname, '..', '..');
const ffi = require(root);

const fixture = process.env.MATRIX_FIXTURE;
if (!fixture) throw new Error('matrix child: MATRIX_FIXTURE is not set');

// The error every trap of the throwing Proxy throws (recognised by identity).
const TRAP = new Error(TRAP_MESSAGE);
const trapHandler = new Proxy({}, {
  get() {
    return () => { throw TRAP; };
  },
});

// Native memory the memory helpers may read and write: 256 bytes, of which
// the cases use [64, 64 + 64 + 8). It lives as long as the child.
const region = new ArrayBuffer(256);
const regionAddress = ffi.getRawPointer(region);

const WARM_CALLS = 20000;
let cleanup = [];
const wrappers = new Map(); // shared wrappers of this child, by signature
const dispose = Symbol.dispose ?? Symbol.for('nodejs.dispose');

const ctx = {
  ffi,
  fixture,
  dispose,
  ptr: regionAddress + 64n,
  throwingProxy: () => new Proxy({}, trapHandler),
  // A fresh library of the fixture, closed after the case (or at once).
  freshLib(closed = false) {
    const lib = new ffi.DynamicLibrary(fixture);
    cleanup.push(lib);
    if (closed) lib.close();
    return lib;
  },
  // Registers what a case created (a DynamicLibrary or dlopen's result)
  // for closing after the case.
  own(value) {
    if (value instanceof ffi.DynamicLibrary) cleanup.push(value);
    else if (value && value.lib instanceof ffi.DynamicLibrary) cleanup.push(value.lib);
    return value;
  },
  // { fn } with the wrapper of `symbol`; with `own`, on a library of its
  // own that `close()` closes. A new wrapper is first called WARM_CALLS
  // times with `warmArgs`, so later calls run optimized code.
  wrapper(symbol, parameters, result, own, warmArgs) {
    const key = `${symbol}:${parameters.join(',')}`;
    let fn = own ? undefined : wrappers.get(key);
    if (fn === undefined) {
      const lib = own ? this.freshLib() : new ffi.DynamicLibrary(fixture);
      fn = lib.getFunction(symbol, { parameters, result });
      for (let i = 0; i < WARM_CALLS; i++) fn(...warmArgs);
      if (own) return { fn, close: () => lib.close() };
      wrappers.set(key, fn);
    }
    return { fn };
  },
};

// A short, deterministic rendering of a returned value.
function repr(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'function') return `function ${v.name}`;
  if (Buffer.isBuffer(v)) return `Buffer(${v.length})`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer(${v.byteLength})`;
  return typeof v;
}

function report(line) {
  fs.writeSync(1, `${JSON.stringify(line)}\n`);
}

function runCase(c) {
  let line;
  try {
    const value = c.run(ctx);
    line = { id: c.id, outcome: 'returned', repr: repr(value) };
  } catch (e) {
    const isError = e instanceof Error;
    line = {
      id: c.id,
      outcome: 'threw',
      trap: e === TRAP,
      isError,
      code: isError ? e.code : undefined,
      name: isError ? e.name : typeof e,
      message: isError ? e.message : String(e),
    };
  }
  for (const lib of cleanup) lib.close();
  cleanup = [];
  report(line);
}

const [flag, value] = process.argv.slice(2);
const all = buildCases();
let selected;
if (flag === '--batch') selected = all.filter((c) => c.batch === value);
else if (flag === '--id') selected = all.filter((c) => c.id === value);
else throw new Error('usage: child.js --batch <batch> | --id <case id>');
if (selected.length === 0) throw new Error(`matrix child: no case for ${flag} ${value}`);
for (const c of selected) runCase(c);
