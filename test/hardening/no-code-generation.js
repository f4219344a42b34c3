'use strict';
// Probe, run with --disallow-code-generation-from-strings: jitffi must load
// and work without `new Function`. Prints one JSON object of results and
// the call paths taken.

const ffi = require('../..');

const internals = ffi[Symbol.for('jitffi.internals')];
const seen = { errors: [] };
const attempt = (label, fn) => {
  try { seen[label] = fn(); } catch (e) { seen.errors.push(`${label}: ${e.constructor.name} ${e.code} ${e.message}`); }
};
let codegen = true;
try { new Function('return 1')(); } catch { codegen = false; }
seen.codegen = codegen;
const { lib, functions } = ffi.dlopen(process.env.JITFFI_FIXTURE, {
  add_i32: { result: 'i32', parameters: ['i32', 'i32'] },
  string_length: { result: 'u64', parameters: ['string'] },
  call_i32_cb: { result: 'i32', parameters: ['function', 'i32'] },
});
attempt('add_i32', () => functions.add_i32(20, 22));
attempt('path', () => internals.pathOf(functions.add_i32));
attempt('string_length', () => Number(functions.string_length('hello')));
attempt('callback', () => {
  const cb = lib.registerCallback({ result: 'i32', parameters: ['i32'] }, (x) => x * 2);
  return functions.call_i32_cb(cb, 21);
});
const b = Buffer.alloc(16);
const p = ffi.getRawPointer(b);
attempt('setInt32/getInt32', () => { ffi.setInt32(p, 4, -7); return ffi.getInt32(p, 4); });
attempt('setUint64 from a number', () => { ffi.setUint64(p, 8, 5); return Number(ffi.getUint64(p, 8)); });
attempt('setInt8 out of range', () => { try { ffi.setInt8(p, 0, 300); return 'no throw'; } catch (e) { return e.code; } });
attempt('getInt32 at null', () => { try { ffi.getInt32(0n, 0); return 'no throw'; } catch (e) { return e.code; } });
attempt('toBuffer', () => ffi.toBuffer(p, 8).readInt32LE(4));
console.log(JSON.stringify(seen));
