'use strict';
// Probe: signatures must be read from own properties only. For each key a
// signature or a property descriptor could inherit, Object.prototype gets a
// hostile value, and every call, callback and memory helper must behave
// exactly as without it. Prints one JSON object: key -> list of differences
// (empty when the key changed nothing).

const ffi = require('../..');

const fixture = process.env.JITFFI_FIXTURE;

// Every observable result of one round of use, as a string.
function round() {
  const out = [];
  const attempt = (label, fn) => {
    try {
      const r = fn();
      out.push(`${label}=${typeof r === 'bigint' ? `${r}n` : String(r)}`);
    } catch (e) {
      out.push(`${label}!${e.constructor.name}:${e.code}`);
    }
  };
  const { lib, functions } = ffi.dlopen(fixture, {
    add_i32: { result: 'i32', parameters: ['i32', 'i32'] },
    add_f64: { returns: 'f64', arguments: ['f64', 'f64'] },
    string_length: { return: 'u64', parameters: ['string'] },
    noop: {},
    call_i32_cb: { result: 'i32', parameters: ['function', 'i32'] },
  });
  attempt('add_i32', () => functions.add_i32(2, 3));
  attempt('add_i32.length', () => functions.add_i32.length);
  attempt('add_f64', () => functions.add_f64(0.5, 0.25));
  attempt('string_length', () => functions.string_length('hello'));
  attempt('noop', () => functions.noop());
  attempt('noop.length', () => functions.noop.length);
  attempt('bad argument', () => functions.add_i32(2, 'x'));
  attempt('getFunction', () => lib.getFunction('id_i8', { result: 'i8', parameters: ['i8'] })(-5));
  attempt('callback', () => {
    const cb = lib.registerCallback({ result: 'i32', parameters: ['i32'] }, (x) => x * 3);
    const r = functions.call_i32_cb(cb, 7);
    lib.unregisterCallback(cb);
    return r;
  });
  const b = Buffer.alloc(8);
  const p = ffi.getRawPointer(b);
  attempt('setInt32/getInt32', () => { ffi.setInt32(p, 0, -9); return ffi.getInt32(p, 0); });
  attempt('toBuffer', () => ffi.toBuffer(p, 4).length);
  lib.close();
  attempt('closed', () => functions.add_i32(1, 1));
  return out;
}

const clean = round();
const seen = {};
const hostile = {
  result: 'f64', return: 'f64', returns: 'f64',
  parameters: ['f64', 'f64', 'f64'], arguments: ['f64', 'f64', 'f64'],
  get: () => 1, set: () => {}, value: 5, writable: false, enumerable: true, configurable: false,
  construct: () => ({}), has: () => false, ownKeys: () => [], getOwnPropertyDescriptor: () => undefined,
};
for (const [key, value] of Object.entries(hostile)) {
  Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false });
  let polluted;
  try {
    polluted = round();
  } catch (e) {
    polluted = [`round threw ${e.constructor.name}: ${e.message}`];
  }
  delete Object.prototype[key];
  seen[key] = polluted.filter((line, i) => line !== clean[i]);
}
console.log(JSON.stringify(seen));
