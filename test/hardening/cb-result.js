'use strict';
// Probe: what C receives from a callback of result type `argv[2]` that
// returns each value of VALUES whose index is in the comma-separated list
// `argv[3]` (default: all). Prints one JSON line per value as it goes,
// { i, c } with what C received, so that when a value aborts the process
// the caller knows which one it was and resumes after it. Runs on jitffi, or on node:ffi (the reference) when
// JITFFI_PROBE_REFERENCE=1.
//   node test/hardening/cb-result.js i32 0,1,5

const fs = require('node:fs');

const ffi = process.env.JITFFI_PROBE_REFERENCE === '1' ? require('node:ffi') : require('../..');

// Source texts of the returned values (evaluated here, recorded as text).
const VALUES = [
  '0', '-0', '1', '2', '-1', '2.5', '-2.5', 'NaN', 'Infinity', '-Infinity',
  '127', '128', '-129', '255', '256', '65536', '2 ** 31', '2 ** 32', '-(2 ** 31) - 1',
  '2 ** 53', '2 ** 64', '1e300', '5e-324',
  'true', 'false', 'null', 'undefined',
  '0n', '2n', '-1n', '2n ** 63n', '2n ** 64n', '-(2n ** 63n) - 1n',
  "'2'", "''", "'abc'", '({})', '[]', '[2]', '({ valueOf() { return 2; } })',
  'Symbol()', 'Buffer.from([1, 2])', 'new ArrayBuffer(8)', '(() => 2)', 'Promise.resolve(2)',
];

// The C function (test/fixtures/fixture.c) returning what C received from
// a `() => T` callback, widened, and the type of that widened value.
const CALLERS = {
  i8: ['call_ret_i8', 'i64'], u8: ['call_ret_u8', 'u64'],
  i16: ['call_ret_i16', 'i64'], u16: ['call_ret_u16', 'u64'],
  i32: ['call_ret_i32', 'i64'], u32: ['call_ret_u32', 'u64'],
  i64: ['call_ret_i64', 'i64'], u64: ['call_ret_u64', 'u64'],
  f32: ['call_ret_f32', 'f64'], f64: ['call_ret_f64', 'f64'],
  bool: ['call_ret_bool', 'u64'], char: ['call_ret_char', 'i64'],
  pointer: ['call_ret_ptr', 'u64'], string: ['call_ret_ptr', 'u64'],
  buffer: ['call_ret_ptr', 'u64'], arraybuffer: ['call_ret_ptr', 'u64'],
  function: ['call_ret_ptr', 'u64'],
};

// node:ffi of Node 26.12 names the types int8, uint8, ... and float/double.
const REFERENCE_NAMES = {
  i8: 'int8', u8: 'uint8', i16: 'int16', u16: 'uint16', i32: 'int32', u32: 'uint32',
  i64: 'int64', u64: 'uint64', f32: 'float', f64: 'double',
};

// What C received, as text: numbers and bigints as decimals (with the sign
// of zero), large addresses as 'address'.
function show(x, type) {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  if (CALLERS[type][0] === 'call_ret_ptr' && x > 0xffffn) return 'address';
  return `${x}n`;
}

if (require.main === module) {
  const type = process.argv[2];
  const indices = process.argv[3] ? process.argv[3].split(',').map(Number) : VALUES.map((_, i) => i);
  const lib = new ffi.DynamicLibrary(process.env.JITFFI_FIXTURE);
  const [name, wide] = CALLERS[type];
  const callRet = lib.getFunction(name, { return: wide, arguments: ['pointer'] });
  const rtype = REFERENCE_NAMES[type] || type;
  for (const i of indices) {
    const value = (0, eval)(VALUES[i]);
    const cb = lib.registerCallback({ return: rtype, arguments: [] }, () => value);
    const c = show(callRet(cb), type);
    lib.unregisterCallback(cb);
    fs.writeSync(1, `${JSON.stringify({ i, c })}\n`);
  }
  fs.writeSync(1, `${JSON.stringify({ done: true })}\n`);
}

module.exports = { VALUES, CALLERS };
