'use strict';
// Raw memory helpers of node:ffi (docs/api.md, "Memory helpers"):
// get*/set*, toString, toBuffer, toArrayBuffer, exportString/Buffer/
// ArrayBuffer/ArrayBufferView and getRawPointer.
//
// This file checks the JS shape of every argument (Node-style errors from
// lib/errors.js) and then hands over to native primitives
// (native/src/memory.rs), which make the checks that need 64-bit address
// arithmetic: a null pointer and `pointer + offset/length` overflowing.
//
// get*/set* and the copying toBuffer take the shared-slot route of the fast
// call tier (lib/wrappers.js): the helper writes the address, the offset and
// the value into a small block of native memory through typed-array views
// and calls a zero-argument native stub that only copies bytes. The block is
// this module's own (not the fast tier's slots), one per environment. The
// typed-array view of the type table row gives the bytes their type. Each
// accessor is generated from its row with `new Function`, so it is
// monomorphic and its constants are inlined.

const { Buffer, constants: { MAX_LENGTH } } = require('node:buffer');
const { isArrayBuffer, isSharedArrayBuffer } = require('node:util').types;
const { addon, types, canGenerateCode } = require('./native');
const { errors, makeError } = require('./errors');
const { slotViews, slotIndex, scalarCheck, badValueFn } = require('./validate');

const MAX_U64 = 0xffffffffffffffffn;
const {
  memory: slotBuffer, address: SLOT_ADDRESS, offset: SLOT_OFFSET, value: SLOT_VALUE,
  get: getStubs, set: setStubs, copyOut,
} = addon.memStubs;

// Views over the stubs' slots (native memory, so V8 never moves it).
const views = slotViews(slotBuffer);
const index = (view, slot) => slotIndex(views, view, slot);

// ---- argument errors (cold paths, shared by every helper) ----

function pointerError(pointer) {
  if (typeof pointer !== 'bigint') return errors.invalidArgType('pointer', 'of type bigint', pointer);
  return errors.outOfRange('pointer', `>= 0n and <= ${MAX_U64}n`, pointer);
}

function checkPointer(pointer) {
  if (typeof pointer !== 'bigint' || BigInt.asUintN(64, pointer) !== pointer) throw pointerError(pointer);
}

// `value` is not a number, or not an integer in [0, max].
function sizeError(name, value, max) {
  if (typeof value !== 'number') return errors.invalidArgType(name, 'of type number', value);
  if (!(value >= 0) || (Number.isFinite(value) && Math.trunc(value) !== value)) {
    return errors.invalidArgValue(`The argument '${name}' must be a non-negative integer. Received ${show(value)}`);
  }
  return errors.outOfRange(name, `<= ${max}`, value);
}

// The cold half of the offset check of get*/set*: the hot half accepts
// offsets in [0, 2^32) inline. Returns normally for larger valid offsets.
function checkOffset(offset) {
  checkSize('offset', offset, Number.MAX_SAFE_INTEGER);
}

function checkSize(name, value, max) {
  if (typeof value !== 'number' || !(value >= 0 && value <= max) || Math.trunc(value) !== value) {
    throw sizeError(name, value, max);
  }
}

function show(n) {
  return Object.is(n, -0) ? '-0' : String(n);
}

function checkCopy(copy) {
  if (typeof copy !== 'boolean') throw errors.invalidArgType('copy', 'of type boolean', copy);
}

// ---- get* / set* ----

// The rows that have helpers: one per typed-array view, the row whose name
// is the view's ("Int32" -> int32, "BigUint64" -> uint64, "Float32" ->
// float32). bool, char and the pointer types share views with these rows
// and have no helpers of their own.
function helperRows() {
  return types.filter((row) => (row.kind === 'int' || row.kind === 'float' || row.kind === 'bigint') &&
    row.aliases.includes(row.view.replace(/^Big/, '').toLowerCase()));
}

// Source of the check of a setter's `value` (argument 2), exactly as a call
// argument of the row's type is checked (lib/wrappers.js), plus safe-integer
// numbers for the 64-bit types.
function valueCheck(row) {
  return scalarCheck(row, 'value', 2, (fail) =>
    `if (typeof value === 'number' && Number.isSafeInteger(value)${row.signed ? '' : ' && value >= 0'}) value = BigInt(value);\n` +
    `  else ${fail}`);
}

const POINTER_CHECK = 'if (typeof pointer !== \'bigint\' || BigInt.asUintN(64, pointer) !== pointer) throw P(pointer);';
const OFFSET_CHECK = 'if (typeof offset !== \'number\' || (offset >>> 0) !== offset) O(offset);';
const WRITE_ADDRESS = `V_BigUint64[${index('BigUint64', SLOT_ADDRESS)}] = pointer;\n` +
  `  V_Float64[${index('Float64', SLOT_OFFSET)}] = offset;`;

function makeGetter(row) {
  const name = `get${row.view.replace(/^Big/, '')}`;
  const source = `
const { BigUint64: V_BigUint64, Float64: V_Float64, ${row.view}: V_value } = V;
return function ${name}(pointer, offset) {
  ${POINTER_CHECK}
  if (offset === undefined) offset = 0;
  else ${OFFSET_CHECK}
  ${WRITE_ADDRESS}
  stub();
  return V_value[${index(row.view, SLOT_VALUE)}];
};`;
  // eslint-disable-next-line no-new-func
  return [name, new Function('V', 'P', 'O', 'stub', source)(views, pointerError, checkOffset, getStubs[row.size])];
}

function makeSetter(row) {
  const name = `set${row.view.replace(/^Big/, '')}`;
  const source = `
const { BigUint64: V_BigUint64, Float64: V_Float64, ${row.view}: V_value } = V;
return function ${name}(pointer, offset, value) {
  ${POINTER_CHECK}
  ${OFFSET_CHECK}
  ${valueCheck(row)}
  ${WRITE_ADDRESS}
  V_value[${index(row.view, SLOT_VALUE)}] = value;
  stub();
};`;
  // eslint-disable-next-line no-new-func
  return [name, new Function('V', 'P', 'O', 'E', 'stub', source)(views, pointerError, checkOffset, errors, setStubs[row.size])];
}

// The accessors of `row` as plain closures, for contexts that cannot
// generate code: the same checks and slot writes, through the row's rules
// as functions (validate.js) instead of inlined source.
function makeClosureAccessors(row) {
  const name = row.view.replace(/^Big/, '');
  const value = views[row.view];
  const at = index(row.view, SLOT_VALUE);
  const addressAt = index('BigUint64', SLOT_ADDRESS);
  const offsetAt = index('Float64', SLOT_OFFSET);
  const getStub = getStubs[row.size];
  const setStub = setStubs[row.size];
  const bad = badValueFn(row);
  const writeAddress = (pointer, offset) => {
    if (typeof pointer !== 'bigint' || BigInt.asUintN(64, pointer) !== pointer) throw pointerError(pointer);
    if (typeof offset !== 'number' || (offset >>> 0) !== offset) checkOffset(offset);
    views.BigUint64[addressAt] = pointer;
    views.Float64[offsetAt] = offset;
  };
  const checkValue = (v) => {
    if (row.kind === 'bigint' && typeof v === 'number' && Number.isSafeInteger(v) && (row.signed || v >= 0)) return BigInt(v);
    if (bad(v)) throw errors.argMustBe(2, row.desc);
    return v;
  };
  const get = {
    [`get${name}`](pointer, offset) {
      writeAddress(pointer, offset === undefined ? 0 : offset);
      getStub();
      return value[at];
    },
  }[`get${name}`];
  const set = {
    [`set${name}`](pointer, offset, v) {
      if (typeof pointer !== 'bigint' || BigInt.asUintN(64, pointer) !== pointer) throw pointerError(pointer);
      if (typeof offset !== 'number' || (offset >>> 0) !== offset) checkOffset(offset);
      v = checkValue(v);
      writeAddress(pointer, offset);
      value[at] = v;
      setStub();
    },
  }[`set${name}`];
  return [[`get${name}`, get], [`set${name}`, set]];
}

const accessors = {};
for (const row of helperRows()) {
  const [[getName, get], [setName, set]] = canGenerateCode
    ? [makeGetter(row), makeSetter(row)] : makeClosureAccessors(row);
  accessors[getName] = get;
  accessors[setName] = set;
}

// ---- toString / toBuffer / toArrayBuffer ----

function toString(pointer) {
  checkPointer(pointer);
  if (pointer === 0n) return null;
  return addon.memToString(pointer);
}

// The copying toBuffer of a small range lets the copyOut stub copy the bytes
// into this environment's copy area (native memory that only this module
// views), then copies them into a new unpooled Buffer: no N-API value is
// unpacked or created. Each Buffer owns its ArrayBuffer, exactly `length` bytes long,
// as with the built-in module, so transferring or detaching one copy's
// memory never touches another, and native code never writes into memory a
// JS ArrayBuffer owns. Larger ranges are copied natively.
const allocUnsafeSlow = Buffer.allocUnsafeSlow;
const Uint8ArrayCtor = Uint8Array;
const SCRATCH = addon.memStubs.scratch.byteLength; // ranges up to this size go through it
const scratch = addon.memStubs.scratch;
const V_BigUint64 = views.BigUint64;
const V_Float64 = views.Float64;
const I_ADDRESS = index('BigUint64', SLOT_ADDRESS);
const I_OFFSET = index('Float64', SLOT_OFFSET);

function toBuffer(pointer, length, copy = true) {
  checkPointer(pointer);
  checkSize('length', length, MAX_LENGTH);
  if (copy !== true) checkCopy(copy);
  else if (length <= SCRATCH) {
    if (length === 0) return Buffer.alloc(0);
    V_BigUint64[I_ADDRESS] = pointer;
    V_Float64[I_OFFSET] = length;
    copyOut();
    // allocUnsafeSlow: never from Node's shared pool.
    const buffer = allocUnsafeSlow(length);
    buffer.set(new Uint8ArrayCtor(scratch, 0, length));
    return buffer;
  }
  return addon.memToBuffer(pointer, length, copy, false);
}

function toArrayBuffer(pointer, length, copy = true) {
  checkPointer(pointer);
  checkSize('length', length, MAX_LENGTH);
  if (copy !== true) checkCopy(copy);
  return addon.memToBuffer(pointer, length, copy, true);
}

// ---- export* ----

// Encodings whose NUL terminator is two bytes wide.
const WIDE = new Set(['utf16le', 'utf-16le', 'ucs2', 'ucs-2']);

function exportString(string, pointer, length, encoding = 'utf8') {
  if (typeof string !== 'string') throw errors.invalidArgType('string', 'of type string', string);
  checkPointer(pointer);
  checkSize('length', length, Number.MAX_SAFE_INTEGER);
  if (typeof encoding !== 'string') throw errors.invalidArgType('encoding', 'of type string', encoding);
  if (!Buffer.isEncoding(encoding)) {
    throw makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
  const bytes = Buffer.from(string, encoding);
  const terminator = WIDE.has(encoding.toLowerCase()) ? 2 : 1;
  exportBytes(bytes, bytes.length + terminator, pointer, length, terminator);
}

function exportBytes(source, needed, pointer, length, terminator) {
  if (length < needed) throw errors.outOfRange('length', `>= ${needed}`, length);
  addon.memCopyIn(source, pointer, length, terminator);
}

function checkTarget(pointer, length) {
  checkPointer(pointer);
  checkSize('length', length, Number.MAX_SAFE_INTEGER);
}

function exportBuffer(buffer, pointer, length) {
  // ArrayBuffer.isView first: it sees through no Proxy and runs no traps.
  if (!ArrayBuffer.isView(buffer) || !Buffer.isBuffer(buffer)) {
    throw errors.invalidArgType('buffer', 'an instance of Buffer', buffer);
  }
  checkTarget(pointer, length);
  exportBytes(buffer, buffer.length, pointer, length, 0);
}

function exportArrayBuffer(arrayBuffer, pointer, length) {
  if (!isArrayBuffer(arrayBuffer)) throw errors.invalidArgType('arrayBuffer', 'an instance of ArrayBuffer', arrayBuffer);
  checkTarget(pointer, length);
  exportBytes(arrayBuffer, arrayBuffer.byteLength, pointer, length, 0);
}

function exportArrayBufferView(view, pointer, length) {
  if (!ArrayBuffer.isView(view)) {
    throw errors.invalidArgType('view', 'an instance of Buffer, TypedArray, or DataView', view);
  }
  checkTarget(pointer, length);
  exportBytes(view, view.byteLength, pointer, length, 0);
}

// ---- getRawPointer ----

function getRawPointer(bufferLike) {
  if (isSharedArrayBuffer(bufferLike)) {
    // N-API gives a bare SharedArrayBuffer's memory only on Node.js 22 and
    // later; a view of it works on every major.
    return addon.memAddress(new Uint8Array(bufferLike));
  }
  if (!isArrayBuffer(bufferLike) && !ArrayBuffer.isView(bufferLike)) {
    throw errors.invalidArgType('bufferLike', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', bufferLike);
  }
  return addon.memAddress(bufferLike);
}

module.exports = {
  ...accessors,
  toString,
  toBuffer,
  toArrayBuffer,
  exportString,
  exportBuffer,
  exportArrayBuffer,
  exportArrayBufferView,
  getRawPointer,
};
