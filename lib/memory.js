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

const { Buffer } = require('node:buffer');
const { isArrayBuffer, isSharedArrayBuffer } = require('node:util').types;
const { addon, types, canGenerateCode } = require('./native');
const { errors, makeError, validateInteger } = require('./errors');
const { slotViews, slotIndex, scalarCheck, badValueFn } = require('./validate');
const aggregate = require('./aggregate');

const {
  memory: slotBuffer, address: SLOT_ADDRESS, offset: SLOT_OFFSET, value: SLOT_VALUE,
  get: getStubs, set: setStubs, copyOut,
} = addon.memStubs;

// Views over the stubs' slots (native memory, so V8 never moves it).
const views = slotViews(slotBuffer);
const index = (view, slot) => slotIndex(views, view, slot);

// ---- argument errors (cold paths, shared by every helper) ----
// The wording and the order of the checks are those of the built-in
// module's native helpers, recorded in test/conformance/reference.json.

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const typeError = (code, message) => makeError(TypeError, code, message);

// The pointer argument of get*/set*/export* ("The pointer ...") or of
// toString/toBuffer/toArrayBuffer ("The first argument ...").
function pointerError(pointer, noun = 'The pointer') {
  if (typeof pointer !== 'bigint') return typeError('ERR_INVALID_ARG_TYPE', `${noun} must be a bigint`);
  return typeError('ERR_INVALID_ARG_VALUE', `${noun} must be a non-negative bigint`);
}
const firstArgumentError = (pointer) => pointerError(pointer, 'The first argument');

function checkPointer(pointer, error = pointerError) {
  if (typeof pointer !== 'bigint' || BigInt.asUintN(64, pointer) !== pointer) throw error(pointer);
}

const nullPointer = (what) => makeError(Error, 'ERR_FFI_INVALID_POINTER', `Cannot ${what} a null pointer`);

// `name` ('offset' or 'length') is not a non-negative safe integer.
function sizeError(name, value) {
  if (typeof value !== 'number') return typeError('ERR_INVALID_ARG_TYPE', `The ${name} must be a number`);
  if (!Number.isInteger(value) || value < 0) return typeError('ERR_INVALID_ARG_VALUE', `The ${name} must be a non-negative integer`);
  return makeError(RangeError, 'ERR_OUT_OF_RANGE', `The ${name} is too large`);
}

const isSize = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_SAFE;

// The cold half of the offset check of get*/set*: the hot half accepts
// offsets in [0, 2^32) inline. A null pointer is reported first, then a
// missing offset of a setter, then a bad one. Returns normally for larger
// valid offsets.
function checkOffset(offset, pointer, required) {
  if (pointer === 0n) throw nullPointer('dereference');
  if (offset === undefined && required) throw typeError('ERR_INVALID_ARG_VALUE', 'Expected an offset argument');
  if (!isSize(offset)) throw sizeError('offset', offset);
}

// The cold path of a setter whose value does not fit `row`.
function valueError(pointer, value, row) {
  if (pointer === 0n) return nullPointer('dereference');
  if (value === undefined) return typeError('ERR_INVALID_ARG_VALUE', 'Expected a value argument');
  if (row.kind === 'bigint' && typeof value !== 'bigint' && typeof value !== 'number') {
    return typeError('ERR_INVALID_ARG_VALUE', 'Value must be a bigint or a number');
  }
  return typeError('ERR_INVALID_ARG_VALUE', `Value must be ${row.desc}`);
}

function checkLength(length) {
  if (!isSize(length)) throw sizeError('length', length);
}

// Where a range of `length` bytes at `pointer` is refused before anything
// else is looked at: a null pointer, or an end beyond 2^64.
function rangeError(pointer, length, what) {
  if (length === 0) return null;
  if (pointer === 0n) return nullPointer(what);
  if (pointer + BigInt(length) > 2n ** 64n) {
    return typeError('ERR_INVALID_ARG_VALUE', 'The pointer and length exceed the platform address range');
  }
  return null;
}

function checkCopy(copy, pointer, length, what) {
  if (typeof copy === 'boolean') return;
  const range = rangeError(pointer, length, what);
  throw range || typeError('ERR_INVALID_ARG_TYPE', 'The copy argument must be a boolean');
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
    `  else ${fail}`, 'throw F(pointer, value, ROW);', { acceptMinusZero: true });
}

const POINTER_CHECK = 'if (typeof pointer !== \'bigint\' || BigInt.asUintN(64, pointer) !== pointer) throw P(pointer);';
const offsetCheck = (required) =>
  `if (typeof offset !== 'number' || (offset >>> 0) !== offset) O(offset, pointer, ${required});`;
const WRITE_ADDRESS = `V_BigUint64[${index('BigUint64', SLOT_ADDRESS)}] = pointer;\n` +
  `  V_Float64[${index('Float64', SLOT_OFFSET)}] = offset;`;

function makeGetter(row) {
  const name = `get${row.view.replace(/^Big/, '')}`;
  const source = `
const { BigUint64: V_BigUint64, Float64: V_Float64, ${row.view}: V_value } = V;
return function ${name}(pointer, offset) {
  ${POINTER_CHECK}
  if (offset === undefined) offset = 0;
  else ${offsetCheck(false)}
  ${WRITE_ADDRESS}
  stub();
  return V_value[${index(row.view, SLOT_VALUE)}];
};`;
  // eslint-disable-next-line no-new-func -- used only where canGenerateCode (accessors below)
  return [name, new Function('V', 'P', 'O', 'stub', source)(views, pointerError, checkOffset, getStubs[row.size])];
}

function makeSetter(row) {
  const name = `set${row.view.replace(/^Big/, '')}`;
  const source = `
const { BigUint64: V_BigUint64, Float64: V_Float64, ${row.view}: V_value } = V;
return function ${name}(pointer, offset, value) {
  ${POINTER_CHECK}
  ${offsetCheck(true)}
  ${valueCheck(row)}
  ${WRITE_ADDRESS}
  V_value[${index(row.view, SLOT_VALUE)}] = value;
  stub();
};`;
  // eslint-disable-next-line no-new-func -- used only where canGenerateCode (accessors below)
  return [name, new Function('V', 'P', 'O', 'F', 'ROW', 'stub', source)(views, pointerError, checkOffset, valueError, row, setStubs[row.size])];
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
  const bad = badValueFn(row, { acceptMinusZero: true });
  const writeAddress = (pointer, offset, required) => {
    if (typeof pointer !== 'bigint' || BigInt.asUintN(64, pointer) !== pointer) throw pointerError(pointer);
    if (typeof offset !== 'number' || (offset >>> 0) !== offset) checkOffset(offset, pointer, required);
    views.BigUint64[addressAt] = pointer;
    views.Float64[offsetAt] = offset;
  };
  const checkValue = (pointer, v) => {
    if (row.kind === 'bigint' && typeof v === 'number' && Number.isSafeInteger(v) && (row.signed || v >= 0)) return BigInt(v);
    if (bad(v)) throw valueError(pointer, v, row);
    return v;
  };
  const get = {
    [`get${name}`](pointer, offset) {
      writeAddress(pointer, offset === undefined ? 0 : offset, false);
      getStub();
      return value[at];
    },
  }[`get${name}`];
  const set = {
    [`set${name}`](pointer, offset, v) {
      // Checks the pointer, then the offset; the value is checked after them,
      // and nothing runs the stub before it is.
      writeAddress(pointer, offset, true);
      value[at] = checkValue(pointer, v);
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
  Object.defineProperty(get, 'length', { __proto__: null, value: 0 });
  Object.defineProperty(set, 'length', { __proto__: null, value: 0 });
}

// ---- toString / toBuffer / toArrayBuffer ----

function toString(pointer) {
  checkPointer(pointer, firstArgumentError);
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

// A copy is allocated by JS, where a failed allocation throws instead of
// aborting the process, and filled natively; it is not visible to any other
// code in between. Returns the Buffer or the ArrayBuffer.
function copyOf(pointer, length, arrayBuffer) {
  let target;
  try {
    target = arrayBuffer ? new ArrayBuffer(length) : allocUnsafeSlow(length);
  } catch {
    throw makeError(RangeError, 'ERR_MEMORY_ALLOCATION_FAILED', 'Failed to allocate memory');
  }
  addon.memCopyOut(target, pointer, length);
  return target;
}

function toBuffer(pointer, length, copy = true) {
  checkPointer(pointer, firstArgumentError);
  checkLength(length);
  if (copy !== true) checkCopy(copy, pointer, length, 'create a buffer from');
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
  const range = rangeError(pointer, length, 'create a buffer from');
  if (range) throw range;
  return copy ? copyOf(pointer, length, false) : addon.memToBuffer(pointer, length, false, false);
}

function toArrayBuffer(pointer, length, copy = true) {
  checkPointer(pointer, firstArgumentError);
  checkLength(length);
  if (copy !== true) checkCopy(copy, pointer, length, 'create an ArrayBuffer from');
  const range = rangeError(pointer, length, 'create an ArrayBuffer from');
  if (range) throw range;
  return copy ? copyOf(pointer, length, true) : addon.memToBuffer(pointer, length, false, true);
}

// ---- export* ----
// The JS half follows the built-in module's own JS (argument checks, the
// terminator, the room check); `exportBytes` is the native half: the
// pointer, then a null or overflowing destination of a non-empty copy.

// Encodings whose NUL terminator is two bytes wide.
const WIDE = new Set(['utf16le', 'utf-16le', 'ucs2', 'ucs-2']);

function exportString(string, pointer, length, encoding = 'utf8') {
  if (typeof string !== 'string') throw errors.invalidArgType('string', 'of type string', string);
  if (typeof encoding !== 'string') throw errors.invalidArgType('encoding', 'of type string', encoding);
  validateInteger(length, 'len', 0);
  const terminator = WIDE.has(encoding.toLowerCase()) ? 2 : 1;
  const bytes = Buffer.from(string, encoding); // throws ERR_UNKNOWN_ENCODING
  const needed = bytes.length + terminator;
  if (length < needed) throw errors.outOfRange('len', `>= ${needed}`, length);
  exportBytes(bytes, pointer, needed, terminator, length);
}

// Copies `source` and then `zeros` zero bytes to `pointer`: `count` bytes
// in all, into a destination with room for `room`. As in the built-in
// module, a null destination is refused only for a non-empty copy, and the
// whole room must lie below 2^64.
function exportBytes(source, pointer, count, zeros, room) {
  checkPointer(pointer);
  if (count > 0 && pointer === 0n) throw nullPointer('create a buffer from');
  if (pointer + BigInt(room) > 2n ** 64n) throw rangeError(pointer, room, 'create a buffer from');
  addon.memCopyIn(source, pointer, count, zeros);
}

function exportBuffer(buffer, pointer, length) {
  // ArrayBuffer.isView first: it sees through no Proxy and runs no traps.
  if (!ArrayBuffer.isView(buffer) || !Buffer.isBuffer(buffer)) {
    throw errors.invalidArgType('buffer', 'an instance of Buffer', buffer);
  }
  validateInteger(length, 'len', 0);
  if (length < buffer.length) throw errors.outOfRange('len', `>= ${buffer.length}`, length);
  exportBytes(buffer, pointer, buffer.length, 0, length);
}

function exportArrayBuffer(arrayBuffer, pointer, length) {
  if (!isArrayBuffer(arrayBuffer)) throw errors.invalidArgType('arrayBuffer', 'an instance of ArrayBuffer', arrayBuffer);
  validateInteger(length, 'len', 0);
  if (length < arrayBuffer.byteLength) throw errors.outOfRange('len', `>= ${arrayBuffer.byteLength}`, length);
  exportBytes(arrayBuffer, pointer, arrayBuffer.byteLength, 0, length);
}

function exportArrayBufferView(view, pointer, length) {
  if (!ArrayBuffer.isView(view)) {
    throw errors.invalidArgType('arrayBufferView', 'an instance of ArrayBufferView', view);
  }
  validateInteger(length, 'len', 0);
  // A detached DataView throws on byteLength: the native half reports it.
  const size = addon.memByteLength(view);
  if (size >= 0 && length < size) throw errors.outOfRange('len', `>= ${size}`, length);
  exportBytes(view, pointer, Math.max(size, 0), 0, length);
}

// ---- read / write / alloc: typed values, aggregates included ----
// Values of any type (a type name, or a descriptor of ffi.struct, ffi.union
// or ffi.array: lib/aggregate.js). The pointer and offset rules, and their
// errors, are those of get*/set*.

const accessRangeError = () =>
  typeError('ERR_INVALID_ARG_VALUE', 'The accessed range exceeds the platform address range');

// The address `pointer + offset` of `size` bytes, after the checks of
// get*/set*: the pointer, then the offset (a null pointer first), then a
// null pointer; the range is checked by `checkRange` once the value is.
function addressOf(pointer, offset, required) {
  if (offset === undefined && !required) offset = 0;
  else if (!isSize(offset)) checkOffset(offset, pointer, required);
  if (pointer === 0n) throw nullPointer('dereference');
  return pointer + BigInt(offset);
}

function checkRange(address, size) {
  if (address + BigInt(size) > 2n ** 64n) throw accessRangeError();
}

const readTarget = aggregate.codecTarget(scratch);

// ffi.read(pointer, type[, offset]): the value of `type` at pointer + offset.
function read(pointer, type, offset) {
  checkPointer(pointer);
  const node = aggregate.resolve(type);
  const address = addressOf(pointer, offset, false);
  checkRange(address, node.size);
  if (node.size <= SCRATCH) {
    // Decoding runs no user code, so the copy area cannot change under it.
    V_BigUint64[I_ADDRESS] = address;
    V_Float64[I_OFFSET] = node.size;
    copyOut();
    return aggregate.decoderFor(node, readTarget)(0);
  }
  const copy = copyOf(address, node.size, true);
  return node.decode(new DataView(copy), 0);
}

// ffi.write(pointer, type, value[, offset]): writes the sizeof(type) bytes of
// `value` (padding as zeros) at pointer + offset, once all of it is valid.
function write(pointer, type, value, offset) {
  checkPointer(pointer);
  const node = aggregate.resolve(type);
  const address = addressOf(pointer, offset, false);
  if (value === undefined) throw typeError('ERR_INVALID_ARG_VALUE', 'Expected a value argument');
  aggregate.withEncoded(node, value, 'value', (bytes) => {
    checkRange(address, node.size);
    addon.memCopyIn(bytes, address, node.size, 0);
  });
}

// ffi.alloc(type[, value]): a zero-filled Buffer of sizeof(type) bytes,
// holding `value` when given. Its memory is its own (not from Buffer's
// pool), so it can be passed to any pointer parameter.
function alloc(type, value) {
  const node = aggregate.resolve(type);
  return value === undefined ? aggregate.allocate(node.size) : aggregate.bytesOf(node, value, 'value');
}

// ---- getRawPointer ----

function getRawPointer(bufferLike) {
  if (isSharedArrayBuffer(bufferLike)) {
    // N-API gives a bare SharedArrayBuffer's memory only on Node.js 22 and
    // later; a view of it works on every major.
    return addon.memAddress(new Uint8Array(bufferLike));
  }
  if (!isArrayBuffer(bufferLike) && !ArrayBuffer.isView(bufferLike)) {
    throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The first argument must be a Buffer, ArrayBuffer, SharedArrayBuffer, or ArrayBufferView');
  }
  return addon.memAddress(bufferLike);
}

// The helpers of the built-in module that are native functions declare no
// parameters: their `length` is 0.
for (const fn of [toString, toBuffer, toArrayBuffer, getRawPointer]) {
  Object.defineProperty(fn, 'length', { __proto__: null, value: 0 });
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
  read,
  write,
  alloc,
};
