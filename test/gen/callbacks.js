'use strict';
// Random callback signatures for the differential fuzzer (scripts/fuzz.js).
//
// For a seed, this module deterministically produces, per index:
//  - a callback signature: 0..16 parameters over every scalar and
//    pointer-like type, any result type including void;
//  - value sets: the arguments C passes to the callback (boundary values of
//    every type, then random ones), known to both sides: JS generates them
//    and writes them into the C source as constants;
//  - a C driver `cb_<i>(f, j[, tag])` that calls the callback `f` with value
//    set j (or, for j == number of sets, with every set in turn) and folds
//    each result into a 64-bit hash, which it returns;
//  - the JS callback: it checks every argument it receives against the set
//    (strings and buffers are read back from native memory with toString /
//    toBuffer), hashes the values it received and returns a value of its
//    result type derived from that hash;
//  - the expected driver result, computed in JS from the sets alone.
//
// So a wrong argument (value, width, extension, register/stack
// assignment), a wrong result conversion or a lost invocation changes the
// driver's result, and the callback also reports what it received.
//
// On x86-64, `T:dirty` parameters (8/16/32-bit integers and floats passed
// in registers) are declared wider on the C side and passed with garbage in
// the bits above the declared width: the System V ABI leaves those bits
// unspecified, so the callee (jitffi's trampoline or libffi closure) must
// ignore them.
//
// Hashes: argument hash = gen.checksum over the received values (strings
// fold strlen and the first byte, buffers their first 8 bytes, pointers
// their address, numbers their bits), exactly as for forward calls. Driver
// hash: h = mix(CB_H0 ^ index, j), then mix(h, fold(result)) per callback
// invocation, where fold is the result's bits as C sees them (VOID_FOLD for
// void callbacks).

const gen = require('./signatures');

const { mix, H0, MASK64, INT_RANGES, f32Bits, f64Bits, pickSpelling } = gen;

const CB_H0 = H0 ^ 0xcb0000cb0000cbn;
const VOID_FOLD = 0x766f6964n; // 'void'
const MAX_PARAMS = 16;

// kind: [ffi type, C type of the parameter, checksum kind (test/gen/signatures.js)]
const CB_KINDS = {
  i8: ['i8', 'int8_t', 'i8'],
  u8: ['u8', 'uint8_t', 'u8'],
  bool: ['bool', '_Bool', 'bool'],
  char: ['char', 'char', 'char'],
  i16: ['i16', 'int16_t', 'i16'],
  u16: ['u16', 'uint16_t', 'u16'],
  i32: ['i32', 'int32_t', 'i32'],
  u32: ['u32', 'uint32_t', 'u32'],
  i64: ['i64', 'int64_t', 'i64'],
  u64: ['u64', 'uint64_t', 'u64'],
  f32: ['f32', 'float', 'f32'],
  f64: ['f64', 'double', 'f64'],
  pointer: ['pointer', 'void *', 'pointer'],
  function: ['function', 'void *', 'function'],
  string: ['string', 'const char *', 'string'],
  buffer: ['buffer', 'const void *', 'buffer'],
  arraybuffer: ['arraybuffer', 'const void *', 'buffer'],
};
const BASE_KINDS = Object.keys(CB_KINDS);

// `T:dirty`: [base kind, C type, declared width in bits].
const DIRTY_SUPPORTED = process.arch === 'x64';
const DIRTY = {
  'i8:dirty': ['i8', 'uint64_t', 8],
  'u8:dirty': ['u8', 'uint64_t', 8],
  'bool:dirty': ['bool', 'uint64_t', 8],
  'char:dirty': ['char', 'uint64_t', 8],
  'i16:dirty': ['i16', 'uint64_t', 16],
  'u16:dirty': ['u16', 'uint64_t', 16],
  'i32:dirty': ['i32', 'uint64_t', 32],
  'u32:dirty': ['u32', 'uint64_t', 32],
  'f32:dirty': ['f32', 'double', 32],
};
const INT_REGS = 6;
const FLOAT_REGS = 8;

const CB_RESULTS = ['void', 'i8', 'u8', 'bool', 'char', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64',
  'f32', 'f64', 'pointer', 'function', 'string', 'buffer', 'arraybuffer'];
const C_RESULT = {
  void: 'void', i8: 'int8_t', u8: 'uint8_t', bool: '_Bool', char: 'char', i16: 'int16_t',
  u16: 'uint16_t', i32: 'int32_t', u32: 'uint32_t', i64: 'int64_t', u64: 'uint64_t',
  f32: 'float', f64: 'double', pointer: 'void *', function: 'void *', string: 'char *',
  buffer: 'void *', arraybuffer: 'void *',
};
const SIGNED_RESULTS = new Set(['i8', 'i16', 'i32', 'i64', 'char']);
const POINTER_TYPES = new Set(['pointer', 'function', 'string', 'buffer', 'arraybuffer']);

function baseKind(kind) {
  return DIRTY[kind] ? DIRTY[kind][0] : kind;
}

function ffiType(kind) {
  return CB_KINDS[baseKind(kind)][0];
}

function checksumKind(kind) {
  return CB_KINDS[baseKind(kind)][2];
}

// -------------------------------------------------------------- values ----

// Valid UTF-8 only: the callback reads strings back with toString, and the
// checksum re-encodes them.
const CB_STRINGS = [null, '', 'a', 'hello, world', '\u00e9', '\u65e5\u672c\u8a9e', '\u{1F600}',
  'x'.repeat(255), 'w'.repeat(256), 'a'.repeat(250) + '\u{1F600}', '\u00e9'.repeat(130)];

function patternBytes(n, start) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (start + i * 37) & 0xff;
  return b;
}

const CB_BUFFERS = [null, Buffer.alloc(8), Buffer.alloc(8, 0xff), patternBytes(16, 1), patternBytes(64, 0x80)];

const CB_POINTERS = [0n, MASK64, 1n, 1n << 63n, 0x7fffffffffffn, 0xdeadbeefn, 0x1000n];

function dedupe(list) {
  const seen = new Set();
  return list.filter((v) => {
    const k = gen.encode(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// The values C passes for a parameter of `kind`, as JS receives them
// (strings and buffers: their content, or null for NULL).
function cbBoundaries(kind) {
  kind = baseKind(kind);
  if (INT_RANGES[kind]) {
    const [min, max] = INT_RANGES[kind];
    return kind === 'bool' ? [0, 1] : gen.intBoundaries(min, max, false);
  }
  switch (kind) {
    case 'i64':
    case 'u64':
    case 'f64':
      return gen.boundaries(kind);
    case 'f32':
      return dedupe(gen.boundaries('f32').map(Math.fround));
    case 'pointer':
    case 'function':
      return CB_POINTERS;
    case 'string':
      return CB_STRINGS;
    case 'buffer':
    case 'arraybuffer':
      return CB_BUFFERS;
    default:
      throw new Error(`no callback boundaries for ${kind}`);
  }
}

function cbRandomValue(rng, kind) {
  kind = baseKind(kind);
  switch (kind) {
    case 'f32':
      return Math.fround(gen.randomValue(rng, 'f32'));
    case 'pointer':
    case 'function':
      return gen.randomValue(rng, 'pointer');
    case 'string':
      return rng.chance(0.1) ? null : gen.randomValue(rng, 'string');
    case 'buffer':
    case 'arraybuffer':
      return rng.chance(0.1) ? null : rng.bytes(rng.int(8, 64));
    default:
      return gen.randomValue(rng, kind);
  }
}

// ---------------------------------------------------------- signatures ----

// The signature object given to registerCallback, or null to call
// registerCallback(fn) without one (only for void()).
function callbackSignatureObject(rng, result, kinds) {
  if (result === 'void' && kinds.length === 0 && rng.chance(0.5)) return null;
  return gen.spelledSignature(rng, result, kinds.map((k) => ffiType(k)));
}

function dirtySomeParameters(rng, kinds) {
  let ints = 0;
  let floats = 0;
  return kinds.map((k) => {
    const isFloat = k === 'f32' || k === 'f64';
    const inRegister = isFloat ? floats < FLOAT_REGS : ints < INT_REGS;
    if (isFloat) floats++;
    else ints++;
    return inRegister && DIRTY[`${k}:dirty`] && rng.chance(0.3) ? `${k}:dirty` : k;
  });
}

// Callback signature `index`: the first indices cover every result type
// with no parameters, every parameter kind alone and 16-parameter
// signatures; the rest are random.
function generateCallbackSignature(rng, index) {
  let result;
  let kinds;
  const nR = CB_RESULTS.length;
  const nK = BASE_KINDS.length;
  if (index < nR) {
    result = CB_RESULTS[index];
    kinds = [];
  } else if (index < nR + nK) {
    kinds = [BASE_KINDS[index - nR]];
    result = rng.pick(CB_RESULTS);
  } else if (index < nR + nK + 3) {
    kinds = Array.from({ length: MAX_PARAMS }, () => rng.pick(BASE_KINDS));
    result = rng.pick(CB_RESULTS);
  } else {
    const n = rng.int(0, MAX_PARAMS);
    const pool = rng.chance(0.2)
      ? rng.pick([['f32', 'f64'], ['i8', 'u8', 'bool', 'char', 'i16', 'u16'], ['i64', 'u64', 'pointer', 'string'], ['f32', 'i8', 'buffer']])
      : BASE_KINDS;
    kinds = Array.from({ length: n }, () => rng.pick(pool));
    result = rng.pick(CB_RESULTS);
  }
  if (DIRTY_SUPPORTED) kinds = dirtySomeParameters(rng, kinds);
  const sig = callbackSignatureObject(rng, result, kinds);
  // How JS calls the driver: through the fast tier (function or pointer
  // parameter), or the general tier (an extra string parameter).
  const outer = rng.pick(['function', 'pointer', 'general']);
  const tag = outer === 'general' ? rng.pick(['', 't', 'tag \u00e9', 'x'.repeat(300)]) : undefined;
  const driverSig = {
    parameters: [outer === 'general' ? 'function' : pickSpelling(rng, outer), pickSpelling(rng, 'u32'),
      ...(outer === 'general' ? [pickSpelling(rng, 'string')] : [])],
    result: pickSpelling(rng, 'u64'),
  };
  const key = `${result}(${kinds.map(ffiType).join(',')})`;
  return {
    index, name: `cb_${index}`, result, kinds, sig, key, outer, tag, driverSig,
    owner: rng.chance(0.3) ? 'process' : 'library', // which library registers it
    toggleRef: rng.chance(0.2), // unrefCallback + refCallback before the calls
    // Re-entrancy: the callback calls a C function itself, through the fast
    // tier (whose argument slots the outer call also uses) or the general one.
    nested: rng.pick([null, null, 'fast', 'general']),
  };
}

// Value sets: boundary sets rotate every parameter through its boundary
// values, then `random` sets. `dirt` holds the garbage upper bits of
// `:dirty` parameters.
function generateSets(rng, signature, { random = 4 } = {}) {
  const lists = signature.kinds.map((k) => cbBoundaries(k));
  const nBoundary = Math.max(1, ...lists.map((l) => l.length));
  const sets = [];
  for (let j = 0; j < nBoundary; j++) sets.push(lists.map((l, p) => l[(j + p) % l.length]));
  for (let j = 0; j < random; j++) {
    sets.push(signature.kinds.map((k, p) => (rng.chance(0.2) ? rng.pick(lists[p]) : cbRandomValue(rng, k))));
  }
  const dirt = sets.map(() => signature.kinds.map((k) => (DIRTY[k] ? rng.u64() | (1n << 63n) : 0n)));
  return { sets, dirt };
}

function generateCallbackCase(seed, index, options) {
  const rng = gen.makeRng(seed, 0x40000000 + index);
  const signature = generateCallbackSignature(rng, index);
  return { ...signature, ...generateSets(rng, signature, options) };
}

function generateCallbackCases(seed, indices, options) {
  return indices.map((i) => generateCallbackCase(seed, i, options));
}

// ------------------------------------------------------------- hashing ----

// The hash of the values a callback received (or should receive).
function argHash(c, values) {
  return gen.checksum({ index: c.index, kinds: c.kinds.map(checksumKind) }, values);
}

// What the callback returns for argument hash h: a value of its result
// type, with some variety (-0, doubles that need rounding to float, null
// and undefined pointers).
function deriveResult(type, h) {
  switch (type) {
    case 'void':
      return undefined;
    case 'i64':
    case 'u64':
      return gen.expectedResult(type, h);
    case 'f32':
      switch (Number((h >> 8n) & 3n)) {
        case 0: return gen.expectedResult('f32', h);
        case 1: return gen.expectedResult('f64', h); // rounded (or overflows) to float
        case 2: return Number(h & 0xffffn) / 7;
        default: return (h & 1n) ? -0 : 0.1;
      }
    case 'f64':
      return (h & 0x30n) === 0n ? -0 : gen.expectedResult('f64', h);
    default:
      if (POINTER_TYPES.has(type)) {
        const low = h & 15n;
        if (low === 0n) return null;
        if (low === 1n) return undefined;
        return h;
      }
      {
        const v = gen.expectedResult(type, h);
        // A callback result of -0 is 0 for every integer type.
        return v === 0 && (h & 0x100n) ? -0 : v;
      }
  }
}

// The bits C folds for callback result `value` of `type`.
function resultFold(type, value) {
  if (type === 'void') return VOID_FOLD;
  if (POINTER_TYPES.has(type)) return value === null || value === undefined ? 0n : value;
  if (type === 'f32') return BigInt(f32Bits(value));
  if (type === 'f64') return f64Bits(value);
  return BigInt.asUintN(64, BigInt(value));
}

function invocationFold(c, k) {
  return resultFold(c.result, deriveResult(c.result, argHash(c, c.sets[k])));
}

// Expected result of driver call j (j == sets.length: every set in turn).
function expectedDriver(c, j) {
  let h = mix(CB_H0 ^ BigInt(c.index), BigInt(j));
  if (c.outer === 'general') h = gen.foldString(h, c.tag);
  if (j < c.sets.length) return mix(h, invocationFold(c, j));
  for (let k = 0; k < c.sets.length; k++) h = mix(h, expectedDriver(c, k));
  return h;
}

// ------------------------------------------------------------- C code ----

const C_CALLBACK_PRELUDE = `
/* Callback drivers, generated by test/gen/callbacks.js. */
#define CB_H0 0x${CB_H0.toString(16)}ULL
#define VOID_FOLD 0x${VOID_FOLD.toString(16)}ULL
static inline float cb_f32b(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
static inline double cb_f64b(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
EXPORT uint64_t cb_nested(uint64_t a, double b, int32_t c) {
  return mix(mix(mix(CB_H0, a), bf64(b)), (uint64_t)(int64_t)c);
}
EXPORT uint64_t cb_nested_str(uint64_t a, const char *s, int32_t c) {
  return mix(fstr(mix(CB_H0, a), s), (uint64_t)(int64_t)c);
}
`;

// Arguments of the nested call a callback makes for argument hash h, and
// the expected result.
function nestedCall(kind, h) {
  const c = Number(BigInt.asIntN(32, h >> 7n));
  if (kind === 'fast') {
    const b = gen.expectedResult('f64', h ^ 0x5555n);
    return { args: [h, b, c], want: mix(mix(mix(CB_H0, h), f64Bits(b)), BigInt.asUintN(64, BigInt(c))) };
  }
  const str = `nested ${h.toString(36)}`;
  return { args: [h, str, c], want: mix(gen.foldString(mix(CB_H0, h), str), BigInt.asUintN(64, BigInt(c))) };
}

function hex64(v) {
  return `UINT64_C(0x${BigInt.asUintN(64, v).toString(16)})`;
}

function byteLiteral(bytes) {
  let s = '"';
  for (const b of bytes) s += `\\${b.toString(8).padStart(3, '0')}`;
  return `${s}"`;
}

// Emits C sources for `cases`; static data (strings, buffers) is pooled.
function cCallbackSource(cases) {
  const pool = new Map();
  const data = [];
  function staticData(bytes, isString) {
    const k = `${isString ? 's' : 'b'}:${bytes.toString('hex')}`;
    let name = pool.get(k);
    if (!name) {
      name = `cbd_${pool.size}`;
      pool.set(k, name);
      // Buffers get an extra NUL from the literal; harmless.
      data.push(`static const char ${name}[] = ${byteLiteral(bytes)};`);
    }
    return name;
  }
  function literal(kind, value, dirt) {
    if (DIRTY[kind]) {
      const [base, , width] = DIRTY[kind];
      if (base === 'f32') return `cb_f64b(${hex64((dirt << 32n) | BigInt(f32Bits(value)))})`;
      const low = BigInt.asUintN(width, BigInt(value));
      return hex64((BigInt.asUintN(64 - width, dirt) << BigInt(width)) | low);
    }
    switch (kind) {
      case 'f32': return `cb_f32b(0x${f32Bits(value).toString(16)}u)`;
      case 'f64': return `cb_f64b(${hex64(f64Bits(value))})`;
      case 'pointer':
      case 'function': return `(void *)(uintptr_t)${hex64(value)}`;
      case 'string':
        return value === null ? 'NULL' : staticData(Buffer.from(value, 'utf8'), true);
      case 'buffer':
      case 'arraybuffer':
        return value === null ? 'NULL' : `(const void *)${staticData(value, false)}`;
      default:
        return `(${CB_KINDS[kind][1]})${hex64(BigInt(value))}`;
    }
  }
  function fold(result) {
    if (SIGNED_RESULTS.has(result)) return '(uint64_t)(int64_t)r';
    if (result === 'f32') return 'bf32(r)';
    if (result === 'f64') return 'bf64(r)';
    if (POINTER_TYPES.has(result)) return '(uint64_t)(uintptr_t)r';
    return '(uint64_t)r';
  }
  const fns = cases.map((c) => {
    const ptypes = c.kinds.map((k) => (DIRTY[k] ? DIRTY[k][1] : CB_KINDS[k][1]));
    const extra = c.outer === 'general' ? ', const char *tag' : '';
    const passTag = c.outer === 'general' ? ', tag' : '';
    const lines = [
      `/* ${c.key} [${c.kinds.join(', ')}] */`,
      `typedef ${C_RESULT[c.result]} (*${c.name}_t)(${ptypes.join(', ') || 'void'});`,
      `EXPORT uint64_t ${c.name}(${c.name}_t f, uint32_t j${extra}) {`,
      `  uint64_t h = mix(CB_H0 ^ ${c.index}ULL, j);`,
      ...(c.outer === 'general' ? ['  h = fstr(h, tag);'] : []),
      '  switch (j) {',
    ];
    c.sets.forEach((set, j) => {
      const args = set.map((v, p) => literal(c.kinds[p], v, c.dirt[j][p])).join(', ');
      lines.push(c.result === 'void'
        ? `  case ${j}: f(${args}); h = mix(h, VOID_FOLD); break;`
        : `  case ${j}: { ${C_RESULT[c.result]} r = f(${args}); h = mix(h, ${fold(c.result)}); break; }`);
    });
    lines.push(`  default: for (uint32_t k = 0; k < ${c.sets.length}; k++) h = mix(h, ${c.name}(f, k${passTag})); break;`);
    lines.push('  }', '  return h;', '}');
    return lines.join('\n');
  });
  return `${C_CALLBACK_PRELUDE}\n${data.join('\n')}\n\n${fns.join('\n\n')}\n`;
}

// ------------------------------------------------------------- running ----

function sameValue(a, b) {
  return gen.encode(a) === gen.encode(b);
}

// Reads received argument p of kind `kind` given the expected value; returns
// [value as used for hashing, error or null]. Memory is read only where C
// should have passed a non-NULL pointer.
function receive(ffi, kind, got, want) {
  const base = baseKind(kind);
  if (base === 'string' || base === 'buffer' || base === 'arraybuffer') {
    if (typeof got !== 'bigint') return [want, `expected a bigint address, got ${gen.describe(got)}`];
    if (want === null) return got === 0n ? [null, null] : [want, `expected NULL, got 0x${got.toString(16)}`];
    if (got === 0n) return [want, 'expected a non-NULL address, got 0n'];
    const value = base === 'string' ? ffi.toString(got) : ffi.toBuffer(got, want.length);
    const ok = base === 'string' ? value === want : value.equals(want);
    return [value, ok ? null : `expected ${gen.describe(want)}, read ${gen.describe(value)}`];
  }
  return [got, sameValue(got, want) ? null : `expected ${gen.describe(want)}, got ${gen.describe(got)}`];
}

// Registers each case's callback, calls its driver once per set and once
// for all sets, and returns records { index, call, ret, inv } plus the
// callback-side errors (wrong arguments) and the invocation total.
// `progress(name)` is told which case runs (for crash reports).
function runCallbackCases(ffi, libPath, cases, progress = () => {}) {
  const lib = new ffi.DynamicLibrary(libPath);
  const self = new ffi.DynamicLibrary(null);
  const nested = {
    fast: lib.getFunction('cb_nested', { parameters: ['u64', 'f64', 'i32'], result: 'u64' }),
    general: lib.getFunction('cb_nested_str', { parameters: ['u64', 'string', 'i32'], result: 'u64' }),
  };
  const records = [];
  const errors = [];
  let invocations = 0;
  for (const c of cases) {
    progress(c.name);
    let driver;
    try {
      driver = lib.getFunction(c.name, c.driverSig);
    } catch (e) {
      errors.push(`${c.name}: getFunction threw ${e.code}: ${e.message}`);
      continue;
    }
    let queue = [];
    let pos = 0;
    const cbErrors = [];
    const callback = (...args) => {
      invocations++;
      const k = queue[pos++];
      try {
        const want = c.sets[k];
        if (want === undefined) {
          cbErrors.push(`unexpected invocation #${pos}`);
          return deriveResult(c.result, 0n);
        }
        if (args.length !== c.kinds.length) cbErrors.push(`set ${k}: ${args.length} arguments, expected ${c.kinds.length}`);
        const values = c.kinds.map((kind, p) => {
          const [value, err] = receive(ffi, kind, args[p], want[p]);
          if (err) cbErrors.push(`set ${k} argument ${p} (${kind}): ${err}`);
          return value;
        });
        const h = argHash(c, values);
        if (c.nested) {
          const { args: nargs, want: nwant } = nestedCall(c.nested, h);
          const got = nested[c.nested](...nargs);
          if (got !== nwant) cbErrors.push(`set ${k}: nested ${c.nested} call returned ${got}, expected ${nwant}`);
        }
        return deriveResult(c.result, h);
      } catch (e) {
        // A callback must not throw (that aborts the process): report instead.
        cbErrors.push(`set ${k}: ${e && e.stack}`);
        return deriveResult(c.result, 0n);
      }
    };
    const owner = c.owner === 'process' ? self : lib;
    let pointer;
    try {
      pointer = c.sig === null ? owner.registerCallback(callback) : owner.registerCallback(c.sig, callback);
    } catch (e) {
      errors.push(`${c.name}: registerCallback threw ${e.code}: ${e.message}`);
      continue;
    }
    if (c.toggleRef) {
      owner.unrefCallback(pointer);
      owner.refCallback(pointer);
    }
    for (let j = 0; j <= c.sets.length; j++) {
      queue = j < c.sets.length ? [j] : c.sets.map((_, k) => k);
      pos = 0;
      let ret;
      try {
        ret = gen.encode(c.outer === 'general' ? driver(pointer, j, c.tag) : driver(pointer, j));
      } catch (e) {
        ret = `throw:${e.code}:${e.message}`;
      }
      records.push({ index: c.index, call: j, ret, inv: pos });
    }
    owner.unregisterCallback(pointer);
    for (const e of cbErrors) errors.push(`${c.name} ${c.key}: ${e}`);
  }
  self.close();
  lib.close();
  return { records, errors, invocations };
}

// Compares driver records against the JS expectation.
function checkCallbackRecords(cases, run) {
  const byIndex = new Map(cases.map((c) => [c.index, c]));
  const mismatches = [];
  for (const r of run.records) {
    const c = byIndex.get(r.index);
    const want = gen.encode(expectedDriver(c, r.call));
    const wantInv = r.call < c.sets.length ? 1 : c.sets.length;
    if (r.ret !== want || r.inv !== wantInv) {
      mismatches.push({
        name: c.name,
        key: c.key,
        kinds: `${c.result}(${c.kinds.join(', ')})`,
        sig: c.sig,
        call: r.call,
        args: r.call < c.sets.length ? c.sets[r.call].map(gen.describe) : ['<every set>'],
        expected: `${want} after ${wantInv} invocation(s)`,
        actual: `${r.ret} after ${r.inv} invocation(s)`,
      });
    }
  }
  return mismatches;
}

module.exports = {
  BASE_KINDS,
  CB_RESULTS,
  DIRTY_KINDS: DIRTY_SUPPORTED ? Object.keys(DIRTY) : [],
  MAX_PARAMS,
  generateCallbackCases,
  cCallbackSource,
  runCallbackCases,
  checkCallbackRecords,
};
