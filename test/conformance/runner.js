'use strict';
// Runs conformance cases (test/conformance/cases.js) in this process and
// prints one JSON line per case: { id, outcome }. With JITFFI_REFERENCE=1 it
// runs them on the built-in node:ffi, otherwise on jitffi.
//
//   node runner.js --from N      every ordinary case from index N on
//   node runner.js --only ID     that one case (process cases run this way)
//
// Before each case it prints { start: id }, so that the parent can tell
// which case a dying child was running.
//
//   JITFFI_CONFORMANCE_OUT=FILE  append the lines to FILE instead of stdout

const fs = require('node:fs');
const path = require('node:path');
const { cases } = require('./cases');

const reference = process.env.JITFFI_REFERENCE === '1';
const ffi = require(reference ? 'node:ffi' : path.join(__dirname, '..', '..'));
const fixture = process.env.JITFFI_FIXTURE;

const keep = []; // memory the cases point into stays alive until exit
const h = {
  fixture,
  open: () => new ffi.DynamicLibrary(fixture),
  fn: (symbol, ret, args) => h.open().getFunction(symbol, { return: ret, arguments: args }),
  exactAddress: (make) => typeof make() === 'bigint',
  memory(n, fill = 0) {
    const b = Buffer.alloc(n, fill);
    keep.push(b);
    return ffi.getRawPointer(b);
  },
  cstring(s) { return h.bytes([...Buffer.from(s), 0]); },
  bytes(list) {
    const b = Buffer.from(list);
    keep.push(b);
    return ffi.getRawPointer(b);
  },
};

function hex(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength).toString('hex');
}

// A JSON description of `v` that two runs can compare.
function describe(v, depth = 0) {
  if (v === undefined) return { t: 'undefined' };
  if (v === null) return { t: 'null' };
  switch (typeof v) {
    case 'number': return { t: 'number', v: Object.is(v, -0) ? '-0' : String(v) };
    case 'bigint': return { t: 'bigint', v: String(v) };
    case 'boolean': case 'string': return { t: typeof v, v };
    case 'symbol': return { t: 'symbol', v: String(v) };
    case 'function': return { t: 'function', name: v.name, length: v.length };
    default: break;
  }
  if (Buffer.isBuffer(v)) return { t: 'Buffer', hex: hex(v) };
  if (ArrayBuffer.isView(v)) return { t: v.constructor.name, hex: hex(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
  if (v instanceof ArrayBuffer) return { t: 'ArrayBuffer', hex: hex(new Uint8Array(v)) };
  if (typeof v.then === 'function') return { t: 'thenable' };
  const proto = Object.getPrototypeOf(v);
  const kind = proto === null ? 'null-prototype' : proto === Object.prototype ? 'Object' : Array.isArray(v) ? 'Array'
    : (proto.constructor && proto.constructor.name) || 'unknown';
  if (depth > 2) return { t: 'object', kind };
  const entries = Reflect.ownKeys(v).map((k) => {
    const d = Object.getOwnPropertyDescriptor(v, k);
    const value = 'value' in d ? describe(d.value, depth + 1) : { t: 'accessor' };
    return [String(k), value];
  });
  return { t: 'object', kind, entries };
}

// Messages name the fixture by its path, which depends on the checkout:
// both runs see it as <fixture>.
const atFixture = (text) => (typeof text === 'string' ? text.split(fixture).join('<fixture>') : text);

function outcomeOf(c) {
  try {
    return { value: describe(c.run(ffi, h)) };
  } catch (e) {
    if (e === null || typeof e !== 'object') return { thrown: describe(e) };
    return { error: { class: e.constructor && e.constructor.name, code: e.code, message: atFixture(e.message) } };
  }
}

const args = process.argv.slice(2);
const only = args[0] === '--only' ? args[1] : null;
const from = args[0] === '--from' ? Number(args[1]) : 0;
// Lines go to the file named by JITFFI_CONFORMANCE_OUT (or stdout) with
// synchronous writes: a case that crashes the process must not take the
// lines before it along, as buffered pipe writes would.
const fd = process.env.JITFFI_CONFORMANCE_OUT ? fs.openSync(process.env.JITFFI_CONFORMANCE_OUT, 'a') : 1;
const write = (o) => fs.writeSync(fd, `${JSON.stringify(o)}\n`);

if (only !== null) {
  const c = cases.find((x) => x.id === only);
  if (!c) throw new Error(`no case ${only}`);
  write({ start: c.id });
  write({ id: c.id, outcome: outcomeOf(c) });
} else {
  for (let i = from; i < cases.length; i++) {
    const c = cases[i];
    if (c.process) continue;
    write({ start: c.id });
    write({ id: c.id, outcome: outcomeOf(c) });
  }
}
