'use strict';
// Random FFI signature generator for property tests and fuzzing.
//
// For a seed, this module deterministically produces
//  - signatures of 0..16 parameters over every scalar and pointer-like type,
//  - one C function per signature that folds its arguments into a 64-bit
//    checksum and returns it converted to the declared result type,
//  - argument lists (boundary values of every type, then random values),
//  - the checksum and expected result computed in JS, independently of C.
//
// Everything is a pure function of (seed, index): `generateCase(seed, i)`
// regenerates signature i and its calls alone, so a failing case can be
// reproduced or minimised without the other ones.
//
// The checksum: h0 = H0 ^ index; for each argument h = (h * 1000003) ^ bits
// (mod 2^64), where bits is
//  - integers (i8 ... u64, char, bool): the value as a sign-/zero-extended
//    64-bit integer (for unsigned types both are the same);
//  - f32 / f64: the IEEE bit pattern (f32 after rounding to single);
//  - pointer / function: the address;
//  - strings (a `string` parameter, or a `pointer` the C side reads as a
//    string): NULL folds NULL_FOLD, else strlen and then the first byte;
//  - buffers (`buffer`, `arraybuffer`, or a `pointer` the C side reads as
//    a buffer): NULL folds NULL_FOLD, else the first 8 bytes little-endian.
// Results: integers are h truncated to the width; bool is h & 1; f32/f64
// reinterpret the low 32/64 bits of h, with the top exponent bit cleared
// when the exponent is all ones (so the value is finite and exact); pointer
// results are h; void results store h in `last_hash` (read it with
// `get_last_hash`). `T:wide` results return the whole uint64_t h from C
// for a narrow declared type; `T:x32` parameters (x64 only) are narrow
// declared types that C reads as 32-bit ints. Both check ABI extension
// rules (see RESULT_TYPES and X32).
//
// Usage by a fuzzing script:
//   const cases = gen.generateCases(seed, count);
//   const lib = gen.buildLibrary(gen.cSource(cases), buildDir);
//   const run = gen.runCases(require('jitffi'), lib.path, cases);
//   const mismatches = gen.checkRecords(cases, run);
// (scripts/fuzz.js does this in batches, in both modes, together with the
// callback cases of test/gen/callbacks.js.)

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const DEFAULT_SEED = 0x5eed2024;
const DEFAULT_COUNT = 320;
const MAX_PARAMS = 16;

const MASK64 = (1n << 64n) - 1n;
const H0 = 0xcbf29ce484222325n;
const MULT = 1000003n;
const NULL_FOLD = 0x9e3779b97f4a7c15n;

// Plain C `char` signedness, following jitffi's table (native/src/types.rs):
// unsigned on Linux/Android Arm, PowerPC, s390x and RISC-V; signed elsewhere.
const CHAR_SIGNED = !(
  (process.platform === 'linux' || process.platform === 'android') &&
  ['arm', 'arm64', 'ppc64', 's390x', 'riscv64'].includes(process.arch));

// ---------------------------------------------------------------- PRNG ----

function parseSeed(text) {
  if (text === undefined || text === '') return DEFAULT_SEED;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`bad seed ${JSON.stringify(text)}`);
  return n >>> 0;
}

// sfc32 seeded through splitmix32 from (seed, stream).
function makeRng(seed, stream = 0) {
  let s = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  function splitmix() {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  }
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  function u32() {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  for (let i = 0; i < 12; i++) u32();
  const rng = {
    u32,
    u64: () => (BigInt(u32()) << 32n) | BigInt(u32()),
    float: () => u32() / 2 ** 32,
    int: (lo, hi) => lo + (u32() % (hi - lo + 1)), // span <= 2^32
    chance: (p) => u32() / 2 ** 32 < p,
    pick: (arr) => arr[u32() % arr.length],
    bytes: (n) => {
      const out = Buffer.alloc(n);
      for (let i = 0; i < n; i++) out[i] = u32() & 0xff;
      return out;
    },
  };
  return rng;
}

// --------------------------------------------------------------- kinds ----
// A parameter "kind" is how the C side declares and folds the parameter;
// it decides the FFI type name. `pointer:str` and `pointer:buf` are FFI
// `pointer` parameters that C reads as a string / buffer: JS passes
// strings and buffers to them, which takes the fast tier's fallback.

const SPELLINGS = {
  void: ['void'],
  i8: ['i8', 'int8'],
  u8: ['u8', 'uint8'],
  bool: ['bool'],
  char: ['char'],
  i16: ['i16', 'int16'],
  u16: ['u16', 'uint16'],
  i32: ['i32', 'int32'],
  u32: ['u32', 'uint32'],
  i64: ['i64', 'int64'],
  u64: ['u64', 'uint64'],
  f32: ['f32', 'float', 'float32'],
  f64: ['f64', 'double', 'float64'],
  pointer: ['pointer', 'ptr'],
  function: ['function'],
  string: ['string', 'str'],
  buffer: ['buffer'],
  arraybuffer: ['arraybuffer'],
};

const KINDS = {
  // kind:        [ffi type, C type, fold]
  i8: ['i8', 'int8_t', 'sint'],
  u8: ['u8', 'uint8_t', 'uint'],
  bool: ['bool', '_Bool', 'uint'],
  char: ['char', 'char', 'sint'],
  i16: ['i16', 'int16_t', 'sint'],
  u16: ['u16', 'uint16_t', 'uint'],
  i32: ['i32', 'int32_t', 'sint'],
  u32: ['u32', 'uint32_t', 'uint'],
  i64: ['i64', 'int64_t', 'sint'],
  u64: ['u64', 'uint64_t', 'uint'],
  f32: ['f32', 'float', 'f32'],
  f64: ['f64', 'double', 'f64'],
  pointer: ['pointer', 'void *', 'ptr'],
  function: ['function', 'void *', 'ptr'],
  'pointer:str': ['pointer', 'const char *', 'str'],
  'pointer:buf': ['pointer', 'const void *', 'buf'],
  string: ['string', 'const char *', 'str'],
  buffer: ['buffer', 'const void *', 'buf'],
  arraybuffer: ['arraybuffer', 'const void *', 'buf'],
};

// `T:x32` kinds: a narrow integer parameter that C reads as a 32-bit int.
// x86-64 callers extend 8- and 16-bit arguments to 32 bits (clang-built
// callees rely on it; gcc's do not), so this checks that the compiled tiers
// extend. Only generated on x64, and only where the argument travels in a
// register: libffi (the interpreted path) does not extend arguments that
// are passed on the stack.
const EXT_SUPPORTED = process.arch === 'x64';
const X32 = {
  'i8:x32': ['i8', 'int32_t', 'sint'],
  'u8:x32': ['u8', 'uint32_t', 'uint'],
  'bool:x32': ['bool', 'uint32_t', 'uint'],
  'char:x32': ['char', CHAR_SIGNED ? 'int32_t' : 'uint32_t', 'sint'],
  'i16:x32': ['i16', 'int32_t', 'sint'],
  'u16:x32': ['u16', 'uint32_t', 'uint'],
};
if (EXT_SUPPORTED) Object.assign(KINDS, X32);
const INT_REGS = 6; // x86-64 System V integer argument registers

// The kind whose values a kind takes ('i8:x32' -> 'i8').
function valueKind(kind) {
  return kind.endsWith(':x32') ? kind.slice(0, -4) : kind;
}

// Kinds whose FFI type is eligible for the fast tier (jitffi's table).
const FAST_KINDS = ['i8', 'u8', 'bool', 'char', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64',
  'f32', 'f64', 'pointer', 'function', 'pointer:str', 'pointer:buf'];
const ALL_KINDS = Object.keys(KINDS).filter((k) => !k.endsWith(':x32'));

// Result kinds: the FFI result type, or `T:wide` for a narrow integer type
// whose C function returns the whole uint64_t h. The bits above the
// declared width are unspecified by the C ABIs, so a correct caller ignores
// them.
const RESULT_TYPES = ['void', 'i8', 'u8', 'bool', 'char', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64',
  'f32', 'f64', 'pointer', 'function', 'string', 'buffer', 'arraybuffer',
  'i8:wide', 'u8:wide', 'bool:wide', 'char:wide', 'i16:wide', 'u16:wide', 'i32:wide', 'u32:wide'];
const FAST_RESULT_TYPES = RESULT_TYPES.filter((t) => !['string', 'buffer', 'arraybuffer'].includes(t));

// FFI type of a result kind ('i8:wide' -> 'i8').
function resultType(kind) {
  return kind.endsWith(':wide') ? kind.slice(0, -5) : kind;
}

const C_RESULT = {
  void: 'void', i8: 'int8_t', u8: 'uint8_t', bool: '_Bool', char: 'char', i16: 'int16_t',
  u16: 'uint16_t', i32: 'int32_t', u32: 'uint32_t', i64: 'int64_t', u64: 'uint64_t',
  f32: 'float', f64: 'double', pointer: 'void *', function: 'void *', string: 'char *',
  buffer: 'void *', arraybuffer: 'void *',
};
const C_RETURN = {
  i8: 'return (int8_t)h;', u8: 'return (uint8_t)h;', bool: 'return (_Bool)(h & 1);',
  char: 'return (char)h;', i16: 'return (int16_t)h;', u16: 'return (uint16_t)h;',
  i32: 'return (int32_t)h;', u32: 'return (uint32_t)h;', i64: 'return (int64_t)h;',
  u64: 'return h;', f32: 'return rf32(h);', f64: 'return rf64(h);',
  pointer: 'return (void *)(uintptr_t)h;', function: 'return (void *)(uintptr_t)h;',
  string: 'return (char *)(uintptr_t)h;', buffer: 'return (void *)(uintptr_t)h;',
  arraybuffer: 'return (void *)(uintptr_t)h;', void: 'last_hash = h;',
};
for (const t of ['i8', 'u8', 'char', 'i16', 'u16', 'i32', 'u32']) {
  C_RESULT[`${t}:wide`] = 'uint64_t';
  C_RETURN[`${t}:wide`] = 'return h;';
}
C_RESULT['bool:wide'] = 'uint64_t';
C_RETURN['bool:wide'] = 'return (h & ~0xffULL) | (h & 1);'; // a valid bool byte, garbage above

// -------------------------------------------------------------- values ----

const F32_MAX = 3.4028234663852886e38;
const F32_MIN_NORMAL = 1.1754943508222875e-38;
const F32_MIN_SUB = 1.401298464324817e-45;

function intBoundaries(min, max, minusZero) {
  const v = [min, max, 0, 1, max - 1, min + 1];
  if (min < 0) v.push(-1);
  else v.push(Math.floor(max / 2) + 1); // top bit set
  if (minusZero) v.push(-0);
  return v;
}

const INT_RANGES = {
  i8: [-128, 127], u8: [0, 255], bool: [0, 1],
  char: CHAR_SIGNED ? [-128, 127] : [0, 255],
  i16: [-32768, 32767], u16: [0, 65535],
  i32: [-2147483648, 2147483647], u32: [0, 4294967295],
};

// Strings around the 256-byte inline copy limit of the native converter,
// multi-byte UTF-8, a lone surrogate (encoded as U+FFFD) and long strings.
const STRINGS = ['', 'a', 'hello, world', '\u00e9', '\u65e5\u672c\u8a9e', '\u{1F600}', '\ud800',
  'x'.repeat(251), 'x'.repeat(252), 'y'.repeat(253), 'z'.repeat(255), 'w'.repeat(256),
  'v'.repeat(257), 'a'.repeat(250) + '\u{1F600}', '\u00e9'.repeat(130), 'q'.repeat(5000)];

// Builds the boundary-value lists. Buffers are created afresh so that the
// caller owns them (they are never written to, but stay independent).
function boundaries(kind) {
  kind = valueKind(kind);
  if (INT_RANGES[kind]) {
    const [min, max] = INT_RANGES[kind];
    if (kind === 'bool') return [0, 1, -0];
    // node:ffi rejects -0 for the 32-bit integers only.
    return intBoundaries(min, max, kind !== 'i32' && kind !== 'u32');
  }
  switch (kind) {
    case 'i64': return [-(1n << 63n), (1n << 63n) - 1n, 0n, -1n, 1n, -(1n << 31n) - 1n, 1n << 32n];
    case 'u64': return [0n, MASK64, 1n << 63n, 1n, (1n << 63n) - 1n, 0xffffffffn, 1n << 32n];
    case 'f32': return [0, -0, NaN, Infinity, -Infinity, F32_MAX, -F32_MAX, F32_MIN_SUB, -F32_MIN_SUB,
      F32_MIN_NORMAL, 3.5e38 /* rounds to Infinity */, -Number.MAX_VALUE, Number.MIN_VALUE /* rounds to 0 */,
      0.1, 1 + 2 ** -24 /* tie, to even: 1 */, -(1 + 3 * 2 ** -24), 16777217, 7.1e-46 /* rounds up to min sub */];
    case 'f64': return [0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE,
      Number.MIN_VALUE, -Number.MIN_VALUE, 2 ** -1022, Number.EPSILON, 0.1, -1.5, 2 ** 53 + 2, -(2 ** 63)];
    case 'pointer':
    case 'function':
      return [0n, null, undefined, MASK64, 1n, 1n << 63n, 0x7fffffffffffn, 0xdeadbeefn];
    case 'string':
    case 'pointer:str':
      return [...STRINGS, null, Buffer.from('from a buffer\0'), undefined];
    case 'buffer':
    case 'pointer:buf':
    case 'arraybuffer':
      return bufferBoundaries(kind);
    default:
      throw new Error(`no boundaries for ${kind}`);
  }
}

function bufferBoundaries(kind) {
  const ones = Buffer.alloc(8, 0xff);
  const big = Buffer.alloc(4096);
  big.writeBigUInt64LE(0x0123456789abcdefn, 0);
  const ab = new ArrayBuffer(16);
  new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  const abOnes = new ArrayBuffer(8);
  new Uint8Array(abOnes).fill(0x80);
  const pooled = Buffer.from([0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9]); // in the pool: byteOffset != 0
  const views = [
    new Uint8Array(ab, 3, 10), // byteOffset 3
    new Int32Array(ab, 4, 2),
    new DataView(ab, 5, 8),
    new Float64Array([-0]),
    new BigUint64Array([MASK64 - 1n]),
  ];
  if (kind === 'arraybuffer') return [ab, null, abOnes, big.buffer.slice(0, 64), undefined, ...views, ones];
  return [Buffer.alloc(8), ones, null, big, pooled, ...views, undefined, ab];
}

// A value for `kind` that is not (necessarily) a boundary.
function randomValue(rng, kind) {
  kind = valueKind(kind);
  if (INT_RANGES[kind]) {
    const [min, max] = INT_RANGES[kind];
    if (kind === 'bool') return rng.int(0, 1);
    if (rng.chance(0.3)) return rng.int(-8, 8) + (min < 0 ? 0 : 8); // small values
    return min + (rng.u32() % (max - min + 1));
  }
  switch (kind) {
    case 'i64': return rng.chance(0.3) ? BigInt(rng.int(-1000, 1000)) : BigInt.asIntN(64, rng.u64());
    case 'u64': return rng.chance(0.3) ? BigInt(rng.int(0, 1000)) : rng.u64();
    case 'f32': {
      const r = rng.u32() % 3;
      if (r === 0) return f32FromBits(rng.u32());
      if (r === 1) return (rng.float() - 0.5) * 10 ** rng.int(-50, 50); // needs rounding
      return rng.int(-100000, 100000) / 8;
    }
    case 'f64': {
      const r = rng.u32() % 3;
      if (r === 0) return f64FromBits(rng.u64());
      if (r === 1) return (rng.float() - 0.5) * 10 ** rng.int(-300, 300);
      return rng.int(-100000, 100000) / 16;
    }
    case 'pointer':
    case 'function':
      return rng.chance(0.5) ? rng.u64() : rng.u64() & 0xffffffffffffn;
    case 'string':
    case 'pointer:str': {
      const n = rng.chance(0.8) ? rng.int(0, 40) : rng.int(240, 600);
      let s = '';
      for (let i = 0; i < n; i++) {
        const r = rng.u32() % 10;
        if (r < 7) s += String.fromCharCode(rng.int(0x20, 0x7e));
        else if (r < 9) s += String.fromCharCode(rng.int(0xa0, 0x7ff));
        else s += String.fromCodePoint(rng.int(0x1f300, 0x1f64f));
      }
      return s;
    }
    case 'buffer':
    case 'pointer:buf':
    case 'arraybuffer': {
      const n = rng.int(8, 64);
      const bytes = rng.bytes(n);
      const r = rng.u32() % 4;
      if (kind === 'arraybuffer' && r < 3) {
        const ab = new ArrayBuffer(n);
        new Uint8Array(ab).set(bytes);
        return ab;
      }
      if (r === 0) return bytes;
      if (r === 1) {
        const off = rng.int(0, n - 8);
        return new Uint8Array(bytes.buffer, bytes.byteOffset + off, n - off);
      }
      if (r === 2) return new DataView(bytes.buffer, bytes.byteOffset, n);
      return Buffer.from(bytes); // a copy, possibly in the pool
    }
    default:
      throw new Error(`no random values for ${kind}`);
  }
}

const conv = new DataView(new ArrayBuffer(8));

function f32FromBits(bits) {
  conv.setUint32(0, bits >>> 0);
  const v = conv.getFloat32(0);
  return Number.isNaN(v) ? NaN : v;
}

function f64FromBits(bits) {
  conv.setBigUint64(0, bits);
  const v = conv.getFloat64(0);
  return Number.isNaN(v) ? NaN : v; // canonical NaN: V8 may not keep payloads
}

// The bits of `v` as an f32 (a number) and as an f64 (a bigint).
function f32Bits(v) {
  conv.setFloat32(0, v);
  return conv.getUint32(0);
}

function f64Bits(v) {
  conv.setFloat64(0, v);
  return conv.getBigUint64(0);
}

// --------------------------------------------------------- signatures ----

function pickSpelling(rng, type) {
  return rng.pick(SPELLINGS[type]);
}

// A signature object of the FFI types `result` and `params`, with varied
// field names and type spellings.
function spelledSignature(rng, result, params) {
  const obj = {};
  if (result !== 'void' || rng.chance(0.7)) {
    obj[rng.pick(['result', 'return', 'returns'])] = pickSpelling(rng, result);
  }
  if (params.length > 0 || rng.chance(0.7)) {
    obj[rng.pick(['parameters', 'arguments'])] = params.map((t) => pickSpelling(rng, t));
  }
  return obj;
}

// The signature object passed to getFunction.
function signatureObject(rng, result, kinds) {
  return spelledSignature(rng, resultType(result), kinds.map((k) => KINDS[k][0]));
}

// Signature i. The first indices cover every result type with no
// parameters, every parameter kind alone, and 16-parameter signatures; the
// rest are random, half of them with fast-tier types only.
function generateSignature(rng, index) {
  let result;
  let kinds;
  const nKinds = ALL_KINDS.length;
  if (index < RESULT_TYPES.length) {
    result = RESULT_TYPES[index];
    kinds = [];
  } else if (index < RESULT_TYPES.length + nKinds) {
    kinds = [ALL_KINDS[index - RESULT_TYPES.length]];
    result = rng.pick(RESULT_TYPES);
  } else if (index < RESULT_TYPES.length + nKinds + 4) {
    const fastOnly = index % 2 === 0;
    kinds = Array.from({ length: MAX_PARAMS }, () => rng.pick(fastOnly ? FAST_KINDS : ALL_KINDS));
    result = rng.pick(fastOnly ? FAST_RESULT_TYPES : RESULT_TYPES);
  } else {
    const fastOnly = rng.chance(0.5);
    const n = rng.int(0, MAX_PARAMS);
    // Sometimes bias towards one class, to stress register/stack assignment.
    const pool = rng.chance(0.2)
      ? rng.pick([['f32', 'f64'], ['i8', 'u8', 'bool', 'char', 'i16', 'u16'], ['i64', 'u64', 'pointer'], ['f32', 'i8', 'u16']])
      : (fastOnly ? FAST_KINDS : ALL_KINDS);
    kinds = Array.from({ length: n }, () => rng.pick(pool));
    result = rng.pick(fastOnly ? FAST_RESULT_TYPES : RESULT_TYPES);
  }
  if (EXT_SUPPORTED) kinds = widenSomeParameters(rng, kinds);
  const name = `rs_${index}`;
  const sig = signatureObject(rng, result, kinds);
  const key = `${resultType(result)}(${kinds.map((k) => KINDS[k][0]).join(',')})`;
  return { index, name, result, kinds, sig, key };
}

// Turns some narrow integer parameters passed in registers into their
// `:x32` kind (see X32).
function widenSomeParameters(rng, kinds) {
  let intClass = 0;
  return kinds.map((k) => {
    const inRegister = intClass < INT_REGS;
    if (k !== 'f32' && k !== 'f64') intClass++;
    return inRegister && X32[`${k}:x32`] && rng.chance(0.3) ? `${k}:x32` : k;
  });
}

// Argument lists for a signature: `boundary` calls rotate every parameter
// through its type's boundary values (parameter p of call j takes value
// (j + p) mod len, so each value reaches each position), then `random` calls
// mix random values with boundary values.
function generateArgs(rng, signature, { random = 4 } = {}) {
  const lists = signature.kinds.map((k) => boundaries(k));
  const nBoundary = Math.max(1, ...lists.map((l) => l.length));
  const calls = [];
  for (let j = 0; j < nBoundary; j++) {
    calls.push(lists.map((l, p) => l[(j + p) % l.length]));
  }
  for (let j = 0; j < random; j++) {
    calls.push(signature.kinds.map((k, p) => (rng.chance(0.2) ? rng.pick(lists[p]) : randomValue(rng, k))));
  }
  return calls;
}

// Signature `index` of `seed` and its argument lists.
function generateCase(seed, index, options) {
  const rng = makeRng(seed, index);
  const signature = generateSignature(rng, index);
  return { ...signature, calls: generateArgs(rng, signature, options) };
}

function generateCases(seed, count = DEFAULT_COUNT, options) {
  return Array.from({ length: count }, (_, i) => generateCase(seed, i, options));
}

// ------------------------------------------------------------ checksum ----

function mix(h, bits) {
  return BigInt.asUintN(64, h * MULT) ^ bits;
}

function bytesOf(value) {
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new Error(`not a buffer: ${describe(value)}`);
}

function foldString(h, value) {
  if (value === null || value === undefined) return mix(h, NULL_FOLD);
  let bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : bytesOf(value);
  const nul = bytes.indexOf(0);
  if (nul >= 0) bytes = bytes.subarray(0, nul);
  else if (typeof value !== 'string') throw new Error('buffer passed as string lacks a NUL');
  return mix(mix(h, BigInt(bytes.length)), BigInt(bytes.length ? bytes[0] : 0));
}

function foldBuffer(h, value) {
  if (value === null || value === undefined) return mix(h, NULL_FOLD);
  const bytes = bytesOf(value);
  if (bytes.length < 8) throw new Error('buffers must have at least 8 bytes');
  let bits = 0n;
  for (let i = 7; i >= 0; i--) bits = (bits << 8n) | BigInt(bytes[i]);
  return mix(h, bits);
}

// The bits C folds for argument `value` of kind `kind`.
function argBits(kind, value) {
  switch (KINDS[kind][2]) {
    case 'sint':
    case 'uint':
      return BigInt.asUintN(64, typeof value === 'bigint' ? value : BigInt(value));
    case 'f32':
      return BigInt(f32Bits(value));
    case 'f64':
      return f64Bits(value);
    case 'ptr':
      return value === null || value === undefined ? 0n : BigInt.asUintN(64, value);
    default:
      throw new Error(`argBits: ${kind}`);
  }
}

function checksum(signature, args) {
  let h = H0 ^ BigInt(signature.index);
  signature.kinds.forEach((kind, i) => {
    const fold = KINDS[kind][2];
    if (fold === 'str') h = foldString(h, args[i]);
    else if (fold === 'buf') h = foldBuffer(h, args[i]);
    else h = mix(h, argBits(kind, args[i]));
  });
  return h;
}

// What the call returns, for checksum h.
function expectedResult(result, h) {
  switch (resultType(result)) {
    case 'void': return undefined;
    case 'i8': return Number(BigInt.asIntN(8, h));
    case 'u8': return Number(BigInt.asUintN(8, h));
    case 'bool': return Number(h & 1n);
    case 'char': return Number(CHAR_SIGNED ? BigInt.asIntN(8, h) : BigInt.asUintN(8, h));
    case 'i16': return Number(BigInt.asIntN(16, h));
    case 'u16': return Number(BigInt.asUintN(16, h));
    case 'i32': return Number(BigInt.asIntN(32, h));
    case 'u32': return Number(BigInt.asUintN(32, h));
    case 'i64': return BigInt.asIntN(64, h);
    case 'u64': return h;
    case 'f32': {
      let bits = Number(h & 0xffffffffn);
      if (((bits >>> 23) & 0xff) === 0xff) bits = (bits & ~(1 << 30)) >>> 0;
      conv.setUint32(0, bits);
      return conv.getFloat32(0);
    }
    case 'f64': {
      let bits = h;
      if (((bits >> 52n) & 0x7ffn) === 0x7ffn) bits &= ~(1n << 62n);
      conv.setBigUint64(0, bits);
      return conv.getFloat64(0);
    }
    default: // pointer-likes
      return h;
  }
}

// ------------------------------------------------------------- C code ----

const C_PRELUDE = `/* Generated by test/gen/signatures.js; do not edit. */
#include <stdint.h>
#include <string.h>
#include <limits.h>
#define EXPORT __attribute__((visibility("default")))
#define MULT 1000003ULL
#define NULL_FOLD 0x${NULL_FOLD.toString(16)}ULL
#define H0 0x${H0.toString(16)}ULL
static uint64_t last_hash;
EXPORT uint64_t get_last_hash(void) { return last_hash; }
EXPORT void reset_last_hash(void) { last_hash = 0; }
EXPORT int32_t char_is_signed(void) { return CHAR_MIN < 0; }
static inline uint64_t mix(uint64_t h, uint64_t bits) { return (h * MULT) ^ bits; }
static inline uint64_t bf32(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static inline uint64_t bf64(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }
static inline uint64_t fstr(uint64_t h, const char *p) {
  if (!p) return mix(h, NULL_FOLD);
  return mix(mix(h, (uint64_t)strlen(p)), (uint64_t)(unsigned char)p[0]);
}
static inline uint64_t fbuf(uint64_t h, const void *p) {
  if (!p) return mix(h, NULL_FOLD);
  const unsigned char *b = (const unsigned char *)p;
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | b[i];
  return mix(h, v);
}
static inline float rf32(uint64_t h) {
  uint32_t b = (uint32_t)h;
  if (((b >> 23) & 0xff) == 0xff) b &= ~(1u << 30);
  float f; memcpy(&f, &b, 4); return f;
}
static inline double rf64(uint64_t h) {
  uint64_t b = h;
  if (((b >> 52) & 0x7ff) == 0x7ff) b &= ~(1ULL << 62);
  double d; memcpy(&d, &b, 8); return d;
}
`;

function cFunction(signature) {
  const params = signature.kinds.map((k, i) => `${KINDS[k][1]} a${i}`);
  const body = signature.kinds.map((k, i) => {
    switch (KINDS[k][2]) {
      case 'sint': return `h = mix(h, (uint64_t)(int64_t)a${i});`;
      case 'uint': return `h = mix(h, (uint64_t)a${i});`;
      case 'f32': return `h = mix(h, bf32(a${i}));`;
      case 'f64': return `h = mix(h, bf64(a${i}));`;
      case 'ptr': return `h = mix(h, (uint64_t)(uintptr_t)a${i});`;
      case 'str': return `h = fstr(h, a${i});`;
      case 'buf': return `h = fbuf(h, a${i});`;
      default: throw new Error(k);
    }
  });
  return `/* ${signature.key} */\n` +
    `EXPORT ${C_RESULT[signature.result]} ${signature.name}(${params.join(', ') || 'void'}) {\n` +
    `  uint64_t h = H0 ^ ${signature.index}ULL;\n` +
    body.map((l) => `  ${l}\n`).join('') +
    `  ${C_RETURN[signature.result]}\n}\n`;
}

function cSource(signatures) {
  return C_PRELUDE + signatures.map(cFunction).join('\n');
}

// Compiles `source` into `buildDir`, cached by content hash. Concurrent
// builders write private temporary files and rename them into place.
function buildLibrary(source, buildDir, { cc = process.env.CC || 'cc', prefix = 'randsig' } = {}) {
  const hash = crypto.createHash('sha256').update(source).update(cc).digest('hex').slice(0, 16);
  const suffix = process.platform === 'darwin' ? 'dylib' : 'so';
  const lib = path.join(buildDir, `${prefix}-${hash}.${suffix}`);
  if (fs.existsSync(lib)) return { path: lib, cached: true };
  fs.mkdirSync(buildDir, { recursive: true });
  const tag = `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}`;
  const csrc = path.join(buildDir, `${prefix}-${hash}.${tag}.tmp.c`);
  const tmp = path.join(buildDir, `${prefix}-${hash}.${tag}.tmp.${suffix}`);
  try {
    fs.writeFileSync(csrc, source);
    execFileSync(cc, ['-shared', '-fPIC', '-O2', '-fvisibility=hidden', '-o', tmp, csrc],
      { stdio: ['ignore', 'inherit', 'inherit'] });
    fs.renameSync(tmp, lib);
    fs.renameSync(csrc, path.join(buildDir, `${prefix}-${hash}.c`)); // kept for debugging
  } finally {
    for (const f of [tmp, csrc]) {
      try { fs.unlinkSync(f); } catch { /* renamed */ }
    }
  }
  return { path: lib, cached: false };
}

// ------------------------------------------------------------- running ----

// A string that identifies a JS value exactly (-0, NaN, bigint, undefined).
function encode(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return `<${typeof value}>`;
}

// Human-readable argument, for failure reports.
function describe(value) {
  if (typeof value === 'string') {
    return value.length > 24 ? `${JSON.stringify(value.slice(0, 12))}...(${value.length} chars)` : JSON.stringify(value);
  }
  if (value instanceof ArrayBuffer) {
    return `ArrayBuffer(${value.byteLength})[${Buffer.from(value, 0, Math.min(8, value.byteLength)).toString('hex')}..]`;
  }
  if (ArrayBuffer.isView(value)) {
    const b = Buffer.from(value.buffer, value.byteOffset, Math.min(8, value.byteLength));
    return `${value.constructor.name}(len ${value.byteLength}, offset ${value.byteOffset})[${b.toString('hex')}..]`;
  }
  return encode(value);
}

// Resolves every case in `lib` and makes every call. Returns one record
// per call: { index, call, ret, hash } where ret/hash are encoded (hash is
// `get_last_hash()` after void calls) or ret is 'throw:<code>:<message>'.
// `progress(name)`, if given, is told which case runs (for crash reports).
function runCases(ffi, libPath, cases, progress = () => {}) {
  const lib = new ffi.DynamicLibrary(libPath);
  const internals = ffi[Symbol.for('jitffi.internals')];
  const getHash = lib.getFunction('get_last_hash', { result: 'u64', parameters: [] });
  const resetHash = lib.getFunction('reset_last_hash', { result: 'void', parameters: [] });
  const charSigned = lib.getFunction('char_is_signed', { result: 'i32', parameters: [] })();
  const records = [];
  const paths = [];
  const errors = [];
  for (const c of cases) {
    progress(c.name);
    let fn;
    try {
      fn = lib.getFunction(c.name, c.sig);
    } catch (e) {
      errors.push(`${c.name} ${c.key}: getFunction threw ${e.code}: ${e.message}`);
      paths.push(null);
      continue;
    }
    paths.push(internals.pathOf(fn));
    c.calls.forEach((args, j) => {
      let ret;
      let hash;
      try {
        if (c.result === 'void') resetHash();
        ret = encode(fn(...args));
        if (c.result === 'void') hash = encode(getHash());
      } catch (e) {
        ret = `throw:${e.code}:${e.message}`;
      }
      records.push({ index: c.index, call: j, ret, hash });
    });
  }
  lib.close();
  return { mode: internals.stats().mode, compiled: internals.stats().compiled, charSigned, paths, records, errors };
}

// Compares records against the JS checksum. Returns a list of mismatch
// descriptions (empty when everything agrees).
function checkRecords(cases, run) {
  const byIndex = new Map(cases.map((c) => [c.index, c]));
  const mismatches = [];
  for (const r of run.records) {
    const c = byIndex.get(r.index);
    const args = c.calls[r.call];
    const h = checksum(c, args);
    const want = encode(expectedResult(c.result, h));
    const wantHash = c.result === 'void' ? encode(h) : undefined;
    if (r.ret !== want || r.hash !== wantHash) {
      mismatches.push({
        name: c.name,
        key: c.key,
        kinds: `${c.result}(${c.kinds.join(', ')})`,
        sig: c.sig,
        path: run.paths[cases.indexOf(c)],
        call: r.call,
        args: args.map(describe),
        expected: c.result === 'void' ? `hash ${wantHash}` : want,
        actual: c.result === 'void' ? `hash ${r.hash} (ret ${r.ret})` : r.ret,
      });
    }
  }
  return mismatches;
}

module.exports = {
  DEFAULT_COUNT,
  MAX_PARAMS,
  CHAR_SIGNED,
  KINDS,
  ALL_KINDS,
  RESULT_TYPES,
  X32_KINDS: EXT_SUPPORTED ? Object.keys(X32) : [],
  parseSeed,
  makeRng,
  boundaries,
  randomValue,
  generateCase,
  generateCases,
  checksum,
  expectedResult,
  cSource,
  buildLibrary,
  encode,
  describe,
  runCases,
  checkRecords,
  // Building blocks for other generators (test/gen/callbacks.js).
  H0,
  MASK64,
  INT_RANGES,
  mix,
  f32Bits,
  f64Bits,
  f32FromBits,
  f64FromBits,
  pickSpelling,
  spelledSignature,
  intBoundaries,
  foldString,
};
