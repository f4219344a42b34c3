'use strict';
// The bad-input matrix: ONE table of every public function and method of
// jitffi, its argument slots, which kinds of value each slot accepts, and
// valid defaults for the other positions. `buildCases()` turns the table
// into cases; test/matrix.test.js runs them in child processes
// (test/matrix/child.js) and checks each outcome against `expect`.
//
// This module is loaded by the parent (which only needs ids, batches and
// expectations) and by the child (which also runs `run(ctx)`). It must not
// load jitffi itself: everything native comes in through `ctx` (child.js).
//
// Expectations:
//   ok(repr?)          returns; when `repr` is given (string or RegExp), the
//                      child's rendering of the result must match it
//   err(code, msg?)    throws an Error whose `code` is `code` (a string, or
//                      a RegExp the code must match) and whose message
//                      matches `msg`, a RegExp, when given
//   trap()             throws the very error the throwing Proxy's trap threw
// Every throw must carry a Node-style code (`ERR_...`); a signal, an abort
// or a child that dies is always a failure.

// ---- the kinds of value every slot receives ----------------------------

// The error every trap of the throwing Proxy throws: the child recognises it
// by identity and reports `trap: true`.
const TRAP_MESSAGE = 'matrix: proxy trap called';

function detachedArrayBuffer() {
  const ab = new ArrayBuffer(16);
  structuredClone(ab, { transfer: [ab] });
  return ab;
}

// A Buffer (so also a Uint8Array view) whose ArrayBuffer was detached.
function detachedBuffer() {
  const ab = new ArrayBuffer(16);
  const view = Buffer.from(ab);
  structuredClone(ab, { transfer: [ab] });
  return view;
}

// name -> make(ctx). Values are made fresh for every case.
const KINDS = {
  undefined: () => undefined,
  null: () => null,
  true: () => true,
  false: () => false,
  zero: () => 0,
  one: () => 1,
  negative: () => -1,
  fraction: () => 0.5,
  huge: () => 2 ** 64,
  NaN: () => NaN,
  Infinity: () => Infinity,
  '-Infinity': () => -Infinity,
  '-0': () => -0,
  bigint: () => 1n, // a numeric address: never given to a slot that dereferences it
  bigint0: () => 0n,
  bigintNegative: () => -1n,
  bigintHuge: () => 2n ** 64n,
  string: () => 'x',
  emptyString: () => '',
  nulString: () => 'a\0b',
  symbol: () => Symbol('matrix'),
  object: () => ({}),
  array: () => [],
  function: () => function matrixFunction() { return undefined; },
  proxy: () => new Proxy({}, {}),
  throwingProxy: (ctx) => ctx.throwingProxy(),
  functionProxy: () => new Proxy(function matrixTarget() { return undefined; }, {}),
  detachedArrayBuffer,
  detachedBuffer,
  sharedArrayBuffer: () => new SharedArrayBuffer(16),
  sharedView: () => new Uint8Array(new SharedArrayBuffer(16)),
  buffer: () => Buffer.alloc(16), // zero-filled: a valid empty C string too
  arrayBuffer: () => new ArrayBuffer(16),
  // Objects that pass an `instanceof` test without being what it tests for.
  fakeBuffer: () => Object.create(Buffer.prototype),
  fakeLibrary: (ctx) => Object.create(ctx.ffi.DynamicLibrary.prototype),
};
const KIND_NAMES = Object.keys(KINDS);

// Numbers each number kind stands for (for the type rules below).
const NUMBER_OF = {
  zero: 0, one: 1, negative: -1, fraction: 0.5, huge: 2 ** 64, NaN: NaN,
  Infinity: Infinity, '-Infinity': -Infinity, '-0': -0,
};
const BIGINT_OF = { bigint: 1n, bigint0: 0n, bigintNegative: -1n, bigintHuge: 2n ** 64n };
// Kinds that are objects a pointer-like argument accepts (memory is passed).
const BUFFER_KINDS = ['buffer', 'arrayBuffer', 'sharedView'];

// ---- expectations ------------------------------------------------------

const ok = (repr) => ({ ok: true, repr });
const err = (code, message) => ({ code, message });
// The error of a Proxy trap propagates unchanged (signature and
// definitions objects: behaviour.md, "Signatures").
const trap = () => ({ trap: true });

const TYPE = 'ERR_INVALID_ARG_TYPE';
const VALUE = 'ERR_INVALID_ARG_VALUE';
const RANGE = 'ERR_OUT_OF_RANGE';
const FAILED = 'ERR_FFI_CALL_FAILED';
const CLOSED = 'ERR_FFI_LIBRARY_CLOSED';

const showNumber = (n) => (Object.is(n, -0) ? '-0' : String(n));
const ADDRESS = /^[1-9]\d*n$/; // a non-null address rendered as a bigint

// ---- slot types: kind -> expectation -------------------------------------

// A call argument of the FFI type `type` (docs/api.md "Types" and
// behaviour.md "Calls"), given to an identity-like C function whose result
// for a valid value `v` is `result(v)` (a repr). Returns a slot type.
const INT_RANGES = {
  i8: [-128, 127], u8: [0, 255], bool: [0, 1], char: [-128, 127],
  i16: [-32768, 32767], u16: [0, 65535],
  i32: [-(2 ** 31), 2 ** 31 - 1], u32: [0, 2 ** 32 - 1],
};

function argMustBe(index) {
  return err(VALUE, new RegExp(`^Argument ${index} must be `));
}

function callArg(type, index, result) {
  return (kind) => {
    const fail = argMustBe(index);
    if (type in INT_RANGES) {
      const [min, max] = INT_RANGES[type];
      if (!(kind in NUMBER_OF)) return fail;
      const v = NUMBER_OF[kind];
      if (!Number.isInteger(v) || v < min || v > max) return fail;
      if (type === 'i32' && Object.is(v, -0)) return fail; // -0 only for i32
      return ok(result(v + 0)); // C sees -0 as 0
    }
    if (type === 'f32' || type === 'f64') {
      if (!(kind in NUMBER_OF)) return fail;
      const v = NUMBER_OF[kind];
      return ok(result(type === 'f32' ? Math.fround(v) : v));
    }
    if (type === 'i64' || type === 'u64') {
      if (!(kind in BIGINT_OF)) return fail;
      const v = BIGINT_OF[kind];
      if ((type === 'i64' ? BigInt.asIntN(64, v) : BigInt.asUintN(64, v)) !== v) return fail;
      return ok(result(v));
    }
    // pointer-like: pointer, string, buffer, arraybuffer, function
    if (kind === 'null' || kind === 'undefined') return ok(result(null));
    if (kind in BIGINT_OF) {
      const v = BIGINT_OF[kind];
      return BigInt.asUintN(64, v) === v ? ok(result(v)) : fail;
    }
    if (kind === 'string' || kind === 'emptyString') return ok(result(kind === 'string' ? 'x' : ''));
    if (kind === 'nulString') return err(VALUE, new RegExp(`^Argument ${index} must be a string without null bytes`));
    if (BUFFER_KINDS.includes(kind)) return ok(result(kind));
    if (kind === 'detachedArrayBuffer' || kind === 'detachedBuffer') {
      return err(VALUE, new RegExp(`^Argument ${index} is a detached ArrayBuffer$`));
    }
    return fail;
  };
}

// Results of the identity functions id_T for a valid argument.
const identity = (type) => (v) => {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return showNumber(v);
  if (v === null) return '0n'; // a null pointer comes back as 0n
  return ADDRESS; // a string copy or a buffer's memory
};

// The pointer of a memory helper. `nullResult` is what 0n gives.
// Non-zero numeric addresses (1n) would be dereferenced: excluded.
function memPointer(nullResult = err(VALUE, /^Cannot dereference a null pointer$/)) {
  return (kind) => {
    if (kind === 'bigint') return undefined; // excluded: invalid pointers crash by design
    if (kind === 'bigint0') return nullResult;
    if (kind === 'bigintNegative' || kind === 'bigintHuge') return err(RANGE, /^The value of "pointer" is out of range/);
    return err(TYPE, /^The "pointer" argument must be of type bigint/);
  };
}

// A byte offset, byte count or length: a non-negative integer number.
// `valid(n)` is the expectation of a valid number, `absent` that of
// undefined (an omitted optional argument).
function size(name, valid, absent = err(TYPE)) {
  return (kind) => {
    if (kind === 'undefined') return absent;
    if (!(kind in NUMBER_OF)) return err(TYPE, new RegExp(`^The "${name}" argument must be of type number`));
    const v = NUMBER_OF[kind];
    if (v === Infinity || v === 2 ** 64) return err(RANGE, new RegExp(`^The value of "${name}" is out of range`));
    if (!(v >= 0) || !Number.isInteger(v)) {
      return err(VALUE, new RegExp(`^The argument '${name}' must be a non-negative integer`));
    }
    return valid(v);
  };
}

// A setter's value (argument 2): like a call argument, plus safe-integer
// numbers for the 64-bit types.
function setValue(type) {
  const asArg = callArg(type, 2, () => 'undefined');
  return (kind) => {
    if ((type === 'i64' || type === 'u64') && kind in NUMBER_OF) {
      const v = NUMBER_OF[kind];
      if (Number.isSafeInteger(v) && (type === 'i64' || v >= 0)) return ok('undefined');
      return argMustBe(2);
    }
    return asArg(kind);
  };
}

// A library path: a string or null.
function libPath(kind) {
  if (kind === 'null' || kind === 'emptyString') return ok(); // the running program
  if (kind === 'string') return err(FAILED, /^dlopen failed: /);
  if (kind === 'nulString') return err(VALUE, /must be a string without null bytes/);
  return err(TYPE, /^The "path" argument must be of type string/);
}

// A symbol name.
function symbolName(argName) {
  return (kind) => {
    if (kind === 'string' || kind === 'emptyString') return err(FAILED, /^dlsym failed: /);
    if (kind === 'nulString') return err(VALUE, /must be a string without null bytes/);
    return err(TYPE, new RegExp(`^The "${argName}" argument must be of type string`));
  };
}

// The definitions object of dlopen/getFunctions: its own enumerable keys
// are symbol names, their values signatures. Objects without own keys
// resolve nothing; a typed array's index keys '0'… are resolved with the
// element (a number) as signature, which is not an object.
function definitions(absent) {
  return (kind) => {
    if (kind === 'undefined') return absent;
    if (kind === 'throwingProxy') return trap(); // ownKeys trap: propagates (a definitions/signature object)
    if (['object', 'array', 'proxy', 'arrayBuffer', 'sharedArrayBuffer', 'detachedArrayBuffer',
      'detachedBuffer', 'fakeBuffer', 'fakeLibrary'].includes(kind)) return ok();
    if (kind === 'buffer' || kind === 'sharedView') return err(TYPE, /^The "signature" argument must be of type object/);
    return err(TYPE, /^The "definitions" argument must be of type object/);
  };
}

// A signature object (getFunction / registerCallback): any object; its
// absent fields mean void (). Trap errors propagate unchanged (spec).
function signature(kind) {
  if (kind === 'throwingProxy') return trap();
  if (['object', 'array', 'proxy', 'arrayBuffer', 'sharedArrayBuffer', 'detachedArrayBuffer',
    'detachedBuffer', 'buffer', 'sharedView', 'fakeBuffer', 'fakeLibrary'].includes(kind)) return ok();
  return err(TYPE, /^The "signature" argument must be of type object/);
}

// signature.parameters: undefined (no parameters) or an array.
function sigParameters(kind) {
  if (kind === 'undefined' || kind === 'array') return ok();
  return err(TYPE, /^The "signature.parameters" argument must be an instance of Array/);
}

// signature.result (undefined: void) and signature.parameters[0]: a type name.
function sigType(isParameter) {
  return (kind) => {
    if (kind === 'undefined' && !isParameter) return ok();
    return err(VALUE, /^Unsupported FFI type: /);
  };
}

// A callback function.
function callbackFn(kind) {
  if (kind === 'function' || kind === 'functionProxy') return ok(/^[1-9]\d*n$/);
  return err(TYPE, /^The "callback" argument must be of type function/);
}

// A registered callback pointer.
function callbackPointer(kind) {
  if (kind in BIGINT_OF) return err(VALUE, /^Callback not found$/);
  return err(TYPE, /^The "pointer" argument must be of type bigint/);
}

// A DynamicLibrary handle (dlclose, dlsym).
function handle() {
  return err(TYPE, /^The "handle" argument must be an instance of DynamicLibrary/);
}

// A string to export.
function exportedString(kind) {
  if (kind === 'string' || kind === 'emptyString' || kind === 'nulString') return ok('undefined');
  return err(TYPE, /^The "string" argument must be of type string/);
}

function encoding(kind) {
  if (kind === 'undefined') return ok('undefined');
  if (kind === 'string' || kind === 'emptyString' || kind === 'nulString') return err('ERR_UNKNOWN_ENCODING');
  return err(TYPE, /^The "encoding" argument must be of type string/);
}

function copyFlag(kind) {
  if (kind === 'undefined' || kind === 'true' || kind === 'false') return ok();
  return err(TYPE, /^The "copy" argument must be of type boolean/);
}

// Sources of exportBuffer / exportArrayBuffer / exportArrayBufferView and
// the argument of getRawPointer: `accepts` lists the valid kinds.
function bufferSource(argName, accepts, detached, result) {
  return (kind) => {
    if (accepts.includes(kind)) return ok(result);
    if (detached.includes(kind)) return err(VALUE, /^Argument 0 is a detached ArrayBuffer$/);
    return err(TYPE, new RegExp(`^The "${argName}" argument must be `));
  };
}

// ---- the table -----------------------------------------------------------
//
// Each API is an object:
//   name, batch      case-id prefix; the child process that runs its cases
//   slots            [{ name, type: kind -> expectation (undefined: kind
//                    excluded), valid(ctx, env): a valid value }]
//   call(ctx, args, env)  makes the call
//   env(ctx, own)    optional per-case state (a fresh library, a wrapper);
//                    with `own`, it has a `close()` for the closed-library case
//   min, max         the valid argument counts; `countChecked` (a RegExp of
//                    the message) when a wrong count throws, `fewer(k)` the
//                    expectation of k < min arguments when it is not that of
//                    `undefined` in slot k, `noCount` for no count cases
//   closedLib        also call it on a closed library (its own, from `env`);
//                    `closed` is the expectation (default ERR_FFI_LIBRARY_CLOSED)
//   closedArg        the expectation when slot 0 is a closed library
//   receiver(ctx, self, args)  methods: calls it with `this` = self
//   validExpect      the expectation with every argument valid (default: ok)

const INT_TYPES = ['i8', 'u8', 'bool', 'char', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64'];
const VALID_OF = {
  i8: -5, u8: 200, bool: 1, char: 65, i16: -300, u16: 60000, i32: -70000, u32: 4e9,
  i64: -(2n ** 40n), u64: 2n ** 63n, f32: 1.5, f64: 0.1,
  pointer: null, string: null, buffer: null, arraybuffer: null, function: null,
};

const WRAPPERS = [];
// Fast tier (numbers, bigints, pointers): one identity function per type.
for (const t of [...INT_TYPES, 'pointer']) {
  const symbol = t === 'pointer' ? 'id_ptr' : `id_${t}`;
  WRAPPERS.push({ symbol, params: [t], result: t === 'pointer' ? 'pointer' : t, results: [identity(t)] });
}
// id_ptr declared with each other pointer-like type (the general tier for
// string/buffer/arraybuffer; the same C function).
for (const t of ['string', 'buffer', 'arraybuffer', 'function']) {
  WRAPPERS.push({ symbol: 'id_ptr', variant: t, params: [t], result: 'pointer', results: [identity('pointer')] });
}
WRAPPERS.push({
  symbol: 'add_i32', params: ['i32', 'i32'], result: 'i32',
  defaults: [1, 2],
  results: [(v) => showNumber((v + 2) | 0), (v) => showNumber((1 + v) | 0)],
});
// string_length: NULL -> (size_t)-1. Non-zero numeric addresses would be read.
WRAPPERS.push({
  symbol: 'string_length', params: ['string'], result: 'u64', exclude: ['bigint'],
  results: [(v) => {
    if (v === null || v === 0n) return `${2n ** 64n - 1n}n`;
    if (v === 'x') return '1n';
    return '0n'; // '' and zero-filled memory
  }],
});
// sum_buffer(p, n): with n = 0n, p is never read, so any address is safe.
WRAPPERS.push({
  symbol: 'sum_buffer', params: ['buffer', 'u64'], result: 'u64',
  defaults: [(ctx) => Buffer.alloc(16, 1), 0n],
  results: [() => '0n', (v) => `${v}n`], // the default buffer holds sixteen 1s
});

function wrapperApi(w) {
  const label = w.variant ? `${w.symbol}(${w.variant})` : w.symbol;
  const valid = (ctx) => w.params.map((t, i) => {
    const d = w.defaults ? w.defaults[i] : VALID_OF[t];
    return typeof d === 'function' ? d(ctx) : d;
  });
  return {
    name: label,
    batch: `wrapper ${label}`,
    slots: w.params.map((t, i) => ({
      name: `a${i}`,
      type: (kind) => (w.exclude && w.exclude.includes(kind) ? undefined : callArg(t, i, w.results[i])(kind)),
      valid: (ctx) => valid(ctx)[i],
    })),
    validExpect: w.defaults ? undefined : ok(w.results[0](VALID_OF[w.params[0]])),
    min: w.params.length,
    max: w.params.length,
    countChecked: /^Invalid argument count: expected \d+, got \d+$/,
    closedLib: true,
    call: (ctx, args, env) => env.fn(...args),
    // The shared wrapper of this child, or (`own`) one on a library of its
    // own with a `close()` for the closed-library case. Each is first
    // called many times with valid arguments, so that the bad ones reach
    // optimized call sites too.
    env: (ctx, own) => ctx.wrapper(w.symbol, w.params, w.result, own, valid(ctx)),
  };
}

// Memory helpers. `T` is the helper's type name (Int8 … Float64).
const MEM_TYPES = {
  Int8: 'i8', Uint8: 'u8', Int16: 'i16', Uint16: 'u16', Int32: 'i32', Uint32: 'u32',
  Int64: 'i64', Uint64: 'u64', Float32: 'f32', Float64: 'f64',
};
const MEM_VALID = {
  Int8: -5, Uint8: 200, Int16: -300, Uint16: 60000, Int32: -70000, Uint32: 4e9,
  Int64: -5n, Uint64: 5n, Float32: 1.5, Float64: 0.1,
};

function memoryApis() {
  const apis = [];
  const pointerSlot = (nullResult) => ({ name: 'pointer', type: memPointer(nullResult), valid: (ctx) => ctx.ptr });
  const lengthSlot = (valid, absent) => ({ name: 'length', type: size('length', valid, absent), valid: () => 64 });
  for (const [T, t] of Object.entries(MEM_TYPES)) {
    const big = t === 'i64' || t === 'u64';
    const num = big ? /^-?\d+n$/ : /^-?[\d.e+]+$|^NaN$/;
    apis.push({
      name: `get${T}`,
      batch: 'memory get*',
      slots: [
        pointerSlot(),
        { name: 'offset', type: size('offset', () => ok(num), ok(num)), valid: () => 0 },
      ],
      min: 1,
      max: 2,
      call: (ctx, args) => ctx.ffi[`get${T}`](...args),
    });
    apis.push({
      name: `set${T}`,
      batch: 'memory set*',
      slots: [
        pointerSlot(),
        { name: 'offset', type: size('offset', () => ok('undefined')), valid: () => 0 },
        { name: 'value', type: setValue(t), valid: () => MEM_VALID[T] },
      ],
      min: 3,
      max: 3,
      call: (ctx, args) => ctx.ffi[`set${T}`](...args),
    });
  }
  apis.push({
    name: 'getCurrentEventLoop',
    batch: 'memory toString/toBuffer/toArrayBuffer',
    slots: [],
    min: 0,
    max: 0,
    validExpect: ok(/^[1-9]\d*n$/),
    call: (ctx, args) => ctx.ffi.getCurrentEventLoop(...args),
  });
  apis.push({
    name: 'toString',
    batch: 'memory toString/toBuffer/toArrayBuffer',
    slots: [pointerSlot(ok('null'))],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.ffi.toString(...args),
  });
  for (const [name, what] of [['toBuffer', 'Buffer'], ['toArrayBuffer', 'ArrayBuffer']]) {
    apis.push({
      name,
      batch: 'memory toString/toBuffer/toArrayBuffer',
      slots: [
        pointerSlot(),
        lengthSlot((n) => ok(`${what}(${n})`)),
        { name: 'copy', type: copyFlag, valid: () => true },
      ],
      min: 2,
      max: 3,
      call: (ctx, args) => ctx.ffi[name](...args),
    });
  }
  // export*: the source is small (≤ 16 bytes), the room 64 bytes; a length
  // below what the source needs is ERR_OUT_OF_RANGE.
  const exportLength = (needed) => lengthSlot((n) => (n >= needed ? ok('undefined') : err(RANGE, /^The value of "length" is out of range/)));
  apis.push({
    name: 'exportString',
    batch: 'memory export*/getRawPointer',
    slots: [
      { name: 'string', type: exportedString, valid: () => 'hi' },
      pointerSlot(),
      exportLength(3),
      { name: 'encoding', type: encoding, valid: () => 'utf8' },
    ],
    min: 3,
    max: 4,
    call: (ctx, args) => ctx.ffi.exportString(...args),
  });
  const sources = {
    exportBuffer: ['buffer', ['buffer'], ['detachedBuffer']],
    exportArrayBuffer: ['arrayBuffer', ['arrayBuffer'], ['detachedArrayBuffer']],
    exportArrayBufferView: ['view', ['buffer', 'sharedView'], ['detachedBuffer']],
  };
  for (const [name, [argName, accepts, detached]] of Object.entries(sources)) {
    apis.push({
      name,
      batch: 'memory export*/getRawPointer',
      slots: [
        { name: argName, type: bufferSource(argName, accepts, detached, 'undefined'), valid: () => Buffer.alloc(16, 7) },
        pointerSlot(),
        exportLength(16),
      ],
      min: 3,
      max: 3,
      call: (ctx, args) => ctx.ffi[name](...args),
    });
    if (name === 'exportArrayBuffer') apis[apis.length - 1].slots[0].valid = () => new ArrayBuffer(16);
  }
  apis.push({
    name: 'getRawPointer',
    batch: 'memory export*/getRawPointer',
    slots: [{
      name: 'bufferLike',
      type: bufferSource('bufferLike', ['buffer', 'arrayBuffer', 'sharedView'],
        ['detachedBuffer', 'detachedArrayBuffer'], ADDRESS),
      valid: () => Buffer.alloc(8),
    }],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.ffi.getRawPointer(...args),
  });
  return apis;
}

// Aggregate types (docs/structs.md). `ctx.pair()` is a struct of 16 bytes
// that read/write use at ctx.ptr.
const PAIR_FIELDS = () => ({ a: 'i32', b: 'f64' });
const pairType = (ctx) => ctx.ffi.struct(PAIR_FIELDS(), { name: 'Pair' });

// A type argument: a type name or a descriptor; other strings are unknown
// type names, other values the wrong type.
function typeArg(kind) {
  if (kind === 'string' || kind === 'emptyString' || kind === 'nulString') return err(VALUE, /^Unsupported FFI type: /);
  return err(TYPE, /^The "type" argument must be a type name or /);
}

// The fields of a struct or union: an object of name -> type, or an array
// of [name, type] pairs. Objects without own keys and empty arrays declare
// no fields.
function fieldsArg(kind) {
  if (kind === 'throwingProxy') return trap();
  if (['object', 'array', 'proxy', 'arrayBuffer', 'sharedArrayBuffer', 'detachedArrayBuffer', 'fakeLibrary'].includes(kind)) {
    return err(VALUE, / has no fields$/);
  }
  if (['buffer', 'sharedView', 'detachedBuffer', 'fakeBuffer'].includes(kind)) return err(VALUE);
  return err(TYPE, /^The "fields" argument must be an object or an array/);
}

// The options of a struct or union: undefined or an object whose keys are
// name and packed.
function optionsArg(kind) {
  if (kind === 'undefined') return ok();
  if (kind === 'throwingProxy') return trap();
  if (['object', 'proxy', 'arrayBuffer', 'sharedArrayBuffer', 'detachedArrayBuffer', 'fakeBuffer', 'fakeLibrary'].includes(kind)) return ok();
  if (['buffer', 'sharedView', 'detachedBuffer'].includes(kind)) return err(VALUE, /unknown option/);
  return err(TYPE, /^The "options" argument must be of type object/);
}

// The value of a Pair: an object with the fields a (i32) and b (f64).
function pairValue(kind) {
  if (kind === 'undefined') return err(VALUE, /^Expected a value argument$/);
  if (kind === 'throwingProxy') return trap();
  return err(VALUE, /^value/);
}

function aggregateApis() {
  const apis = [];
  const batch = 'aggregates';
  for (const name of ['struct', 'union']) {
    apis.push({
      name,
      batch,
      slots: [
        { name: 'fields', type: fieldsArg, valid: () => PAIR_FIELDS() },
        { name: 'options', type: optionsArg, valid: () => ({ name: 'Pair', packed: 4 }) },
      ],
      min: 1,
      max: 2,
      validExpect: ok(),
      fewer: () => err(TYPE, /^The "fields" argument/),
      call: (ctx, args) => ctx.ffi[name](...args),
    });
  }
  apis.push({
    name: 'array',
    batch,
    slots: [
      // Every kind but a type name or a descriptor: a declaration error.
      { name: 'type', type: () => err(VALUE, /^array element: /), valid: () => 'i32' },
      {
        name: 'length',
        type: (kind) => (kind === 'one' ? ok() : err(VALUE, /^array length must be a positive safe integer/)),
        valid: () => 3,
      },
    ],
    min: 2,
    max: 2,
    call: (ctx, args) => ctx.ffi.array(...args),
  });
  for (const name of ['sizeof', 'alignof']) {
    apis.push({
      name,
      batch,
      slots: [{ name: 'type', type: typeArg, valid: (ctx) => pairType(ctx) }],
      min: 1,
      max: 1,
      validExpect: ok(name === 'sizeof' ? '16' : '8'),
      call: (ctx, args) => ctx.ffi[name](...args),
    });
  }
  apis.push({
    name: 'offsetof',
    batch,
    slots: [
      { name: 'type', type: typeArg, valid: (ctx) => pairType(ctx) },
      { name: 'field', type: (kind) => (kind.endsWith('tring') ? err(VALUE, /has no field/) : err(TYPE, /^The "field" argument/)), valid: () => 'b' },
    ],
    min: 2,
    max: 2,
    validExpect: ok('8'),
    call: (ctx, args) => ctx.ffi.offsetof(...args),
  });
  const pointerSlot = { name: 'pointer', type: memPointer(), valid: (ctx) => ctx.ptr };
  const offsetSlot = { name: 'offset', type: size('offset', () => ok(), ok()), valid: () => 0 };
  apis.push({
    name: 'read',
    batch,
    slots: [pointerSlot, { name: 'type', type: typeArg, valid: (ctx) => pairType(ctx) }, offsetSlot],
    min: 2,
    max: 3,
    call: (ctx, args) => ctx.ffi.read(...args),
  });
  apis.push({
    name: 'write',
    batch,
    slots: [
      pointerSlot,
      { name: 'type', type: typeArg, valid: (ctx) => pairType(ctx) },
      { name: 'value', type: pairValue, valid: () => ({ a: -1, b: 0.5 }) },
      offsetSlot,
    ],
    min: 3,
    max: 4,
    validExpect: ok('undefined'),
    call: (ctx, args) => ctx.ffi.write(...args),
  });
  apis.push({
    name: 'alloc',
    batch,
    slots: [
      { name: 'type', type: typeArg, valid: (ctx) => pairType(ctx) },
      { name: 'value', type: (kind) => (kind === 'undefined' ? ok() : pairValue(kind)), valid: () => ({ a: -1, b: 0.5 }) },
    ],
    min: 1,
    max: 2,
    call: (ctx, args) => ctx.ffi.alloc(...args),
  });
  return apis;
}

// A valid signature of add_i32 and a second signature for registerCallback.
const ADD_SIG = () => ({ parameters: ['i32', 'i32'], result: 'i32' });
const CB_SIG = () => ({ parameters: ['i32'], result: 'i32' });

function libraryApis() {
  const apis = [];
  // Top-level functions.
  apis.push({
    name: 'dlopen',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [
      // The running program (null, '') has no add_i32 to resolve.
      {
        name: 'path',
        type: (kind) => (kind === 'null' || kind === 'emptyString' ? err(FAILED, /^dlsym failed: /) : libPath(kind)),
        valid: (ctx) => ctx.fixture,
      },
      { name: 'definitions', type: definitions(ok()), valid: () => ({ add_i32: ADD_SIG() }) },
    ],
    min: 1,
    max: 2,
    call: (ctx, args) => ctx.own(ctx.ffi.dlopen(...args)),
  });
  apis.push({
    name: 'dlopen(definitions.add_i32)',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [{ name: 'signature', type: signature, valid: () => ADD_SIG() }],
    min: 1,
    max: 1,
    call: (ctx, [sig]) => ctx.own(ctx.ffi.dlopen(ctx.fixture, { add_i32: sig })),
    noCount: true, // one value inside an object, not an argument list
  });
  apis.push({
    name: 'new DynamicLibrary',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [{ name: 'path', type: libPath, valid: (ctx) => ctx.fixture }],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.own(new ctx.ffi.DynamicLibrary(...args)),
  });
  apis.push({
    name: 'dlclose',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [{ name: 'handle', type: handle, valid: (ctx) => ctx.freshLib() }],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.ffi.dlclose(...args),
    closedArg: ok(), // dlclose of a closed library: idempotent
  });
  apis.push({
    name: 'dlsym',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [
      { name: 'handle', type: handle, valid: (ctx) => ctx.freshLib() },
      { name: 'symbol', type: symbolName('name'), valid: () => 'add_i32' },
    ],
    min: 2,
    max: 2,
    call: (ctx, args) => ctx.ffi.dlsym(...args),
    closedArg: err(CLOSED, /^Library is closed$/),
  });

  // DynamicLibrary methods, each on a fresh library (`env.lib`).
  const method = (name, slots, extra = {}) => ({
    name: `lib.${name}`,
    // The method called on `self` instead of a library (a wrong `this`).
    receiver(ctx, self, args) {
      const proto = ctx.ffi.DynamicLibrary.prototype;
      return (name === '[Symbol.dispose]' ? proto[ctx.dispose] : proto[name]).apply(self, args);
    },
    batch: `DynamicLibrary methods`,
    slots,
    min: slots.filter((s) => !s.optional).length,
    max: slots.length,
    closedLib: true,
    env: (ctx) => {
      const lib = ctx.freshLib();
      return { lib, close: () => lib.close() };
    },
    call: (ctx, args, env) => env.lib[name](...args),
    ...extra,
  });
  apis.push(method('getFunction', [
    { name: 'name', type: symbolName('name'), valid: () => 'add_i32' },
    { name: 'signature', type: signature, valid: () => ADD_SIG() },
  ]));
  for (const api of sigFieldApis('getFunction', (env, sig) => env.lib.getFunction('add_i32', sig))) apis.push(api);
  apis.push(method('getFunctions', [
    { name: 'definitions', type: definitions(ok()), valid: () => ({ add_i32: ADD_SIG() }), optional: true },
  ]));
  apis.push(method('getSymbol', [{ name: 'name', type: symbolName('name'), valid: () => 'add_i32' }]));
  apis.push(method('getSymbols', []));
  apis.push(method('registerCallback', [
    { name: 'signature', type: signature, valid: () => CB_SIG() },
    { name: 'callback', type: callbackFn, valid: () => (x) => x },
  ], {
    // registerCallback() has no callback; registerCallback(x) is the
    // one-argument form, where x must be the callback.
    min: 2,
    fewer: (k) => err(TYPE, /^The "callback" argument must be of type function/),
  }));
  apis.push(method('registerCallback', [
    { name: 'callback', type: callbackFn, valid: () => (x) => x },
  ], { name: 'lib.registerCallback(callback)', noCount: true })); // a second argument makes the first the signature
  for (const api of sigFieldApis('registerCallback', (env, sig) => env.lib.registerCallback(sig, () => 0))) apis.push(api);
  for (const name of ['unregisterCallback', 'refCallback', 'unrefCallback']) {
    apis.push(method(name, [
      { name: 'pointer', type: callbackPointer, valid: (ctx, env) => env.lib.registerCallback(() => {}) },
    ]));
  }
  apis.push(method('close', [], { closed: ok('undefined') }));
  apis.push(method('[Symbol.dispose]', [], {
    call: (ctx, args, env) => env.lib[ctx.dispose](...args),
    closed: ok('undefined'),
  }));
  apis.push({
    name: 'dlopen()[Symbol.dispose]',
    batch: 'DynamicLibrary methods',
    slots: [],
    min: 0,
    max: 0,
    env: (ctx) => ({ result: ctx.ffi.dlopen(ctx.fixture) }),
    call: (ctx, args, env) => env.result[ctx.dispose](...args),
  });
  return apis;
}

// The fields of a signature object given to `method`, each as a slot:
// signature.result, signature.parameters and signature.parameters[0].
function sigFieldApis(method, use) {
  const base = {
    batch: 'DynamicLibrary methods',
    min: 1,
    max: 1,
    noCount: true, // values inside an object, not argument lists
    env: (ctx) => ({ lib: ctx.freshLib() }),
  };
  return [
    {
      ...base,
      name: `lib.${method}(signature.result)`,
      slots: [{ name: 'result', type: sigType(false), valid: () => 'i32' }],
      call: (ctx, [v], env) => use(env, { result: v, parameters: ['i32'] }),
    },
    {
      ...base,
      name: `lib.${method}(signature.parameters)`,
      slots: [{ name: 'parameters', type: sigParameters, valid: () => ['i32'] }],
      call: (ctx, [v], env) => use(env, { result: 'i32', parameters: v }),
    },
    {
      ...base,
      name: `lib.${method}(signature.parameters[0])`,
      slots: [{ name: 'parameters[0]', type: sigType(true), valid: () => 'i32' }],
      call: (ctx, [v], env) => use(env, { result: 'i32', parameters: [v] }),
    },
  ];
}

const APIS = [...WRAPPERS.map(wrapperApi), ...memoryApis(), ...aggregateApis(), ...libraryApis()];

// Extra cases that are not "kind in slot": unregistered callbacks, pointers
// of another library, and calling the constructor without `new`.
function extraCases() {
  const batch = 'DynamicLibrary methods';
  const cases = [];
  for (const name of ['unregisterCallback', 'refCallback', 'unrefCallback']) {
    cases.push({
      id: `lib.${name}: an unregistered callback`,
      batch,
      expect: err(VALUE, /^Callback not found$/),
      run(ctx) {
        const lib = ctx.freshLib();
        const p = lib.registerCallback(() => {});
        lib.unregisterCallback(p);
        return lib[name](p);
      },
    });
    cases.push({
      id: `lib.${name}: a callback of another library`,
      batch,
      expect: err(VALUE, /^Callback not found$/),
      run(ctx) {
        const p = ctx.freshLib().registerCallback(() => {});
        return ctx.freshLib()[name](p);
      },
    });
    cases.push({
      id: `lib.${name}: a callback released by close()`,
      batch,
      expect: err(CLOSED, /^Library is closed$/),
      run(ctx) {
        const lib = ctx.freshLib();
        const p = lib.registerCallback(() => {});
        lib.close();
        return lib[name](p);
      },
    });
  }
  // Address arithmetic that overflows 64 bits throws instead of touching
  // memory (the last byte of the address space plus an offset or length).
  const top = 2n ** 64n - 1n;
  const overflow = err(RANGE, /^The value of "pointer \+ (offset|length)" is out of range/);
  const memory = {
    getInt8: (f) => f.getInt8(top, 1),
    getFloat64: (f) => f.getFloat64(top - 4n, 0),
    getUint64: (f) => f.getUint64(2n ** 64n - 8n, 1),
    setInt8: (f) => f.setInt8(top, 1, 0),
    setUint32: (f) => f.setUint32(top - 2n, 0, 0),
    setFloat64: (f) => f.setFloat64(2n ** 64n - 8n, 1, 0),
    toBuffer: (f) => f.toBuffer(top, 2),
    'toBuffer (view)': (f) => f.toBuffer(top, 2, false),
    toArrayBuffer: (f) => f.toArrayBuffer(top - 7n, 9),
    exportString: (f) => f.exportString('hi', top, 64),
    exportBuffer: (f) => f.exportBuffer(Buffer.alloc(16), top - 8n, 16),
    exportArrayBuffer: (f) => f.exportArrayBuffer(new ArrayBuffer(4), top, 4),
    exportArrayBufferView: (f) => f.exportArrayBufferView(new Uint16Array(2), top, 4),
  };
  for (const [name, call] of Object.entries(memory)) {
    cases.push({
      id: `${name}: pointer + offset/length above 2^64`,
      batch: 'memory export*/getRawPointer',
      expect: overflow,
      run: (ctx) => call(ctx.ffi),
    });
  }
  // Type names that are strings but not types, in a signature.
  for (const [what, sig] of [
    ['void parameter', { parameters: ['void'], result: 'i32' }],
    ['unknown result type', { parameters: [], result: 'int' }],
    ['unknown parameter type', { parameters: ['i32', 'bogus'] }],
    ['two result fields', { result: 'i32', returns: 'i32' }],
    ['two parameter fields', { parameters: [], arguments: [] }],
  ]) {
    cases.push({
      id: `lib.getFunction: ${what}`,
      batch,
      expect: err(VALUE),
      run: (ctx) => ctx.freshLib().getFunction('add_i32', sig),
    });
    cases.push({
      id: `lib.registerCallback: ${what}`,
      batch,
      expect: err(VALUE),
      run: (ctx) => ctx.freshLib().registerCallback(sig, () => 0),
    });
  }
  cases.push({
    id: 'DynamicLibrary without new',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    expect: err('ERR_CONSTRUCT_CALL_REQUIRED'),
    run: (ctx) => ctx.ffi.DynamicLibrary(ctx.fixture),
  });
  cases.push({
    id: 'lib.getFunction: the same symbol with another signature',
    batch,
    expect: err(VALUE, /already requested with a different signature/),
    run(ctx) {
      const lib = ctx.freshLib();
      lib.getFunction('add_i32', ADD_SIG());
      return lib.getFunction('add_i32', { parameters: ['i32'], result: 'i32' });
    },
  });
  return cases;
}

function buildCases() {
  const cases = [];
  for (const api of APIS) {
    const apiCases = [];
    // Every kind in every slot, the other slots valid.
    api.slots.forEach((slot, i) => {
      for (const kind of KIND_NAMES) {
        const expect = slot.type(kind);
        if (expect === undefined) continue; // excluded (would crash by design)
        apiCases.push({
          id: `${api.name}: ${slot.name}=${kind}`,
          expect,
          run(ctx) {
            const env = api.env ? api.env(ctx) : {};
            const args = api.slots.map((s, j) => (j === i ? KINDS[kind](ctx) : s.valid(ctx, env)));
            return api.call(ctx, args, env);
          },
        });
      }
    });
    // Methods called with a wrong `this`: any kind of value but a library.
    if (api.receiver) {
      for (const kind of KIND_NAMES) {
        apiCases.push({
          id: `${api.name}: this=${kind}`,
          expect: err(/^ERR_/),
          run(ctx) {
            const env = api.env ? api.env(ctx) : {};
            const args = api.slots.map((s) => s.valid(ctx, env));
            return api.receiver(ctx, KINDS[kind](ctx), args);
          },
        });
      }
    }
    // All arguments valid.
    apiCases.push({
      id: `${api.name} valid`,
      expect: api.validExpect || ok(),
      run(ctx) {
        const env = api.env ? api.env(ctx) : {};
        return api.call(ctx, api.slots.map((s) => s.valid(ctx, env)), env);
      },
    });
    // Wrong argument counts: each shorter list, and one or two extra.
    if (!api.noCount) {
      const counts = [];
      for (let k = 0; k < api.min; k++) counts.push(k);
      counts.push(api.max + 1, api.max + 2);
      for (const k of counts) {
        let expect;
        if (api.countChecked) expect = err(VALUE, api.countChecked);
        else if (k < api.min) expect = api.fewer ? api.fewer(k) : api.slots[k].type('undefined');
        else expect = ok();
        apiCases.push({
          id: `${api.name} with ${k} argument${k === 1 ? '' : 's'}`,
          expect,
          run(ctx) {
            const env = api.env ? api.env(ctx) : {};
            const valid = api.slots.map((s) => s.valid(ctx, env));
            const args = Array.from({ length: k }, (_, j) => (j < valid.length ? valid[j] : 1));
            return api.call(ctx, args, env);
          },
        });
      }
    }
    // On a closed library (methods and wrappers: the object's own library;
    // dlsym/dlclose: the handle argument).
    if (api.closedLib || api.closedArg) {
      apiCases.push({
        id: `${api.name} on a closed library`,
        expect: api.closedArg || api.closed || err(CLOSED, /^Library is closed$/),
        run(ctx) {
          if (api.closedLib) {
            const env = api.env(ctx, true);
            const args = api.slots.map((s) => s.valid(ctx, env));
            env.close();
            return api.call(ctx, args, env);
          }
          const lib = ctx.freshLib(true);
          const args = api.slots.map((s, j) => (j === 0 ? lib : s.valid(ctx, {})));
          return api.call(ctx, args, {});
        },
      });
    }
    for (const c of apiCases) {
      c.batch = api.batch;
      cases.push(c);
    }
  }
  cases.push(...extraCases());
  // A deliberately crashing batch, only when asked for: the test of the
  // crash detection (test/matrix.test.js) runs it.
  if (process.env.MATRIX_SELFTEST_CRASH === '1') {
    const batch = 'selftest: crash';
    cases.push(
      { id: 'selftest: before the crash', batch, expect: ok('1'), run: () => 1 },
      { id: 'selftest: getInt32(8n) crashes', batch, expect: ok(), run: (ctx) => ctx.ffi.getInt32(8n) },
      { id: 'selftest: after the crash', batch, expect: ok('2'), run: () => 2 },
    );
  }
  const seen = new Set();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`matrix: duplicate case id ${c.id}`);
    seen.add(c.id);
  }
  return cases;
}

// Cases that fail because of known jitffi bugs (reported to the lead with
// a reproducer; issue 8). Each entry: [RegExp over case ids, RegExp over the
// failure text, description]. The test prints the cases that fail this way
// as known failures and fails on any other failing case.
const KNOWN_FAILURES = [];

module.exports = { KINDS, KIND_NAMES, TRAP_MESSAGE, APIS, buildCases, KNOWN_FAILURES };
