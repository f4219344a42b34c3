'use strict';
// Random structs and unions passed to and returned from C by value, for
// test/byvalue-random.test.js and the by-value fuzzer (`npm run fuzz --
// --byvalue N`). Types and values come from test/gen/aggregates.js (its
// random shapes, most of them MEMORY class) and from `smallShape` here
// (most of which travel in registers); with `hard: true` the first cases
// are the hand-picked shapes of HARD. For case i, whose type is T, the C
// library has
//   int32_t take_i(int32_t x0.., double y0.., T v, int32_t z)
//       0 when v holds the case's value bit for bit (every scalar of it,
//       the active member of each union) and every scalar argument is
//       right, else which one is not;
//   T make_i(int32_t x0..)   the value, built by C from literals;
//   T echo_i(T v, int32_t z) v itself;
//   T calc_i(int32_t x0.., double y0.., T v, int32_t z, double t)
//       a value computed from all its inputs: each scalar of v outside
//       unions transformed with k = z + x0 + .. (uint32 arithmetic) and
//       s = t + y0 + .. (double): integers plus a multiple of k, floats
//       with sign and significand bits flipped by k (and s), bools xor a
//       bit of k, pointers plus a constant; unions copied. `calcExpected`
//       computes the same in JS. Called with random values and scalars;
//   T nest_i(<calc_i's parameters>, void (*cb)(int32_t))
//   int32_t call_i(T (*cb)(<take_i's parameters>), x.., y..): C calls cb
//       with the value from literals and checks the struct it returns
//       calc_i's result, built (in the caller's result memory when T is
//       returned in memory) before it calls cb(z), during which JS makes
//       another by-value call: nested calls must not disturb the outer one.
// The number of integer and double arguments before the aggregate varies,
// so that registers run out before, inside and after it. A shape of at
// most 16 bytes with a misaligned (packed) scalar must be refused instead,
// with the documented error (docs/structs.md).
//
// Everything is a pure function of (seed, index): `generateCase(seed, i)`
// regenerates case i alone.
//
//   const cases = indices.map((i) => gen.generateCase(seed, i, { random: 4 }));
//   const lib = sig.buildLibrary(gen.cSource(cases), dir);
//   const run = gen.runCases(ffi, lib.path, cases);  // { mismatches, records, counts, paths }

const crypto = require('node:crypto');
const sig = require('./signatures');
const agg = require('./aggregates');

const { S, U, A, SCALARS, CHAR_SIGNED } = agg;

const SMALL_SCALARS = ['i8', 'u8', 'char', 'bool', 'i16', 'u16', 'i32', 'u32', 'f32', 'float', 'f64', 'double',
  'i64', 'u64', 'pointer'];

// A small struct or union: 1 to 4 fields, some of them arrays or nested
// aggregates (down to 3 levels below the top), sometimes packed.
function smallShape(rng, depth = 0) {
  const n = rng.int(1, 4);
  const fields = Array.from({ length: n }, (_, i) => {
    let shape = rng.pick(SMALL_SCALARS);
    if (depth < agg.MAX_DEPTH && rng.chance(depth === 0 ? 0.2 : 0.15)) shape = smallShape(rng, depth + 1);
    if (rng.chance(0.15)) shape = A(shape, rng.int(1, 3));
    return { name: `f${i}`, shape };
  });
  const packed = rng.chance(0.1) ? rng.pick([true, 1, 2, 4]) : false;
  return { t: rng.chance(0.75) ? 'struct' : 'union', fields, packed, name: undefined };
}

// Hand-picked shapes, the first cases of a run with `hard: true`: the
// classification's corners (docs/structs.md).
const HARD = [
  ['three floats: an SSE pair and a float alone', S({ a: 'float', b: 'float', c: 'float' })],
  ['a double and an int: SSE then INTEGER', S({ d: 'double', i: 'i32' })],
  ['char[3]: one 3-byte INTEGER eightbyte', S({ s: A('char', 3) })],
  ['16 bytes of integers: two INTEGER registers', S({ a: 'i64', b: 'i32', c: 'i16', d: 'i8', e: 'u8' })],
  ['17 bytes: MEMORY', S({ v: A('u8', 17) })],
  ['two doubles, 16 bytes: two SSE registers', S({ x: 'f64', y: 'f64' })],
  ['two doubles and a byte, packed to 17 bytes, aligned: MEMORY', S({ x: 'f64', y: 'f64', z: 'u8' }, { packed: 1 })],
  ['a float and an int: one INTEGER eightbyte', S({ f: 'float', i: 'i32' })],
  ['packed { u8, u32 }, 5 bytes, misaligned: refused', S({ tag: 'u8', value: 'u32' }, { packed: true })],
  ['packed, 16 bytes, misaligned: refused', S({ a: 'u8', b: 'i64', c: A('u8', 7) }, { packed: 1 })],
  ['packed, 17 bytes, misaligned: MEMORY', S({ a: 'u8', b: 'i64', c: A('u8', 8) }, { packed: 1 })],
  ['a union of a float, an int and bytes', U({ f: 'float', i: 'i32', b: A('u8', 4) })],
  ['a nested float pair and a double', S({ p: S({ x: 'float', y: 'float' }), d: 'double' })],
  ['float[3] and an int: SSE, then a mixed INTEGER eightbyte', S({ a: A('f32', 3), b: 'i32' })],
  ['a union between floats', S({ a: 'f32', u: U({ i: 'i32', f: 'f32' }), d: 'f64' })],
  ['nested 3 levels deep', S({ a: S({ b: S({ c: S({ d: 'i16' }) }) }), e: 'u8' })],
  ['a pointer and a float', S({ p: 'pointer', f: 'float' })],
  ['a float alone', S({ x: 'float' })],
];

// The shape of case `i`: a hard one first (with `hard`), else two small
// shapes in three, and the aggregate generator's (not an array) in three.
function shapeOf(seed, i, { hard = false } = {}) {
  if (hard && i < HARD.length) return HARD[i][1];
  if (i % 3 !== 2) return smallShape(sig.makeRng(seed, i));
  for (let k = 0; ; k++) {
    const s = agg.generateShape(seed, 100000 + i * 16 + k);
    if (s.t !== 'array') return s;
  }
}

// A random double of the scalar arguments: finite, often an integer plus a
// half, sometimes an extreme or -0.
function randomDouble(rng) {
  const r = rng.u32() % 8;
  if (r === 0) return rng.pick([0, -0, 1e308, -1e-308, 5e-324, 0.1]);
  if (r < 4) {
    for (;;) {
      const v = sig.f64FromBits(rng.u64());
      if (Number.isFinite(v)) return v;
    }
  }
  return rng.int(-1000000, 1000000) + 0.5;
}

const randomInt32 = (rng) => (rng.chance(0.5) ? rng.u32() | 0 : rng.int(-1000, 1000));

// Case `i` of `seed`: { index, name, shape, label, value, ints, doubles,
// scalars, calls } where `scalars` are take_i's scalar arguments (x0.. the
// first `ints`, y0.. from 10, z the last) and `calls` are `random` sets of
// calc_i's inputs, each { value, xs, ys, z, t }.
function generateCase(seed, i, { random = 4, hard = false } = {}) {
  const shape = shapeOf(seed, i, { hard });
  const rng = sig.makeRng(seed ^ 0x5a5a, i);
  const ints = rng.int(0, 7);
  const doubles = rng.int(0, 9);
  const scalars = Array.from({ length: 20 }, () => rng.int(-1000000, 1000000));
  const value = agg.generateValue(shape, seed, i);
  const calls = Array.from({ length: Math.max(1, random) }, (_, c) => ({
    // The first set is the case's own value, the others random ones.
    value: c === 0 ? value : agg.generateValue(shape, (seed + Math.imul(c, 0x9e3779b1)) >>> 0, i),
    xs: Array.from({ length: ints }, () => randomInt32(rng)),
    ys: Array.from({ length: doubles }, () => randomDouble(rng)),
    z: randomInt32(rng),
    t: randomDouble(rng),
  }));
  const label = hard && i < HARD.length ? `${HARD[i][0]}: ` : '';
  return {
    index: i,
    name: `bv_${i}`,
    shape,
    label: `bv_${i} (${label}${agg.describeShape(shape)}; ${ints} ints, ${doubles} doubles before)`,
    value,
    ints,
    doubles,
    scalars,
    calls,
  };
}

// ------------------------------------------------------------ calc ----

const INT_KINDS = new Set(['i8', 'u8', 'char', 'i16', 'u16', 'i32', 'u32']);

// The scalars calc_i transforms: those outside unions, in declaration
// order, arrays expanded: { path, kind }.
function calcLeaves(shape) {
  const out = [];
  (function walk(s, p) {
    if (typeof s === 'string') out.push({ path: p, kind: agg.kindOf(s) });
    else if (s.t === 'array') for (let i = 0; i < s.length; i++) walk(s.element, `${p}[${i}]`);
    else if (s.t === 'struct') for (const f of s.fields) walk(f.shape, `${p}.${f.name}`);
  })(shape, '');
  return out;
}

// C statement: leaf j (at `path`, of `kind`) of r from v, given k and s.
function cTransform(j, { path, kind }) {
  const ctype = SCALARS[kind][0];
  const r = `r${path}`;
  const v = `v${path}`;
  if (INT_KINDS.has(kind)) return `${r} = (${ctype})((uint32_t)${v} + k * ${j + 1}u);`;
  if (kind === 'bool') return `${r} = ((uint32_t)${v} ^ (k >> ${j % 32})) & 1u;`;
  if (kind === 'i64' || kind === 'u64') return `${r} = (${ctype})((uint64_t)${v} + (uint64_t)k * ${j + 1}ull);`;
  if (kind === 'f32') return `${r} = flip32(${v}, (k * ${2 * j + 1}u) & 0x807fffffu);`;
  if (kind === 'f64') return `${r} = flip64(${v}, (bits64(s) ^ (uint64_t)k * ${2 * j + 1}ull) & 0x800fffffffffffffull);`;
  return `${r} = (void *)((uintptr_t)${v} + ${(j + 1) * 8}u);`;
}

const wrapInt = {
  i8: (u) => (u << 24) >> 24,
  u8: (u) => u & 0xff,
  char: CHAR_SIGNED ? (u) => (u << 24) >> 24 : (u) => u & 0xff,
  i16: (u) => (u << 16) >> 16,
  u16: (u) => u & 0xffff,
  i32: (u) => u | 0,
  u32: (u) => u >>> 0,
};

// The same transform in JS, on the expected (normalised) value x.
function jsTransform(j, kind, x, k, s) {
  if (INT_KINDS.has(kind)) return wrapInt[kind](((x >>> 0) + Math.imul(k, j + 1)) >>> 0);
  if (kind === 'bool') return (x ^ (k >>> (j % 32))) & 1;
  if (kind === 'i64') return BigInt.asIntN(64, x + BigInt(k) * BigInt(j + 1));
  if (kind === 'u64') return BigInt.asUintN(64, x + BigInt(k) * BigInt(j + 1));
  if (kind === 'f32') return flip32(x, (Math.imul(k, 2 * j + 1) & 0x807fffff) >>> 0);
  if (kind === 'f64') return flip64(x, (bits64(s) ^ BigInt.asUintN(64, BigInt(k) * BigInt(2 * j + 1))) & 0x800fffffffffffffn);
  return BigInt.asUintN(64, x + BigInt((j + 1) * 8));
}

// A float or double with the bits of `mask` flipped: the sign and the
// significand, never the exponent, so a finite value stays finite and
// nothing of it is lost to rounding.
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function flip32(x, mask) {
  f32[0] = x;
  u32[0] ^= mask;
  return f32[0];
}
function flip64(x, mask) {
  f64[0] = x;
  u64[0] ^= mask;
  return f64[0];
}
function bits64(x) {
  f64[0] = x;
  return u64[0];
}
const C_HELPERS = `static float flip32(float v, uint32_t m) { uint32_t b; memcpy(&b, &v, 4); b ^= m; memcpy(&v, &b, 4); return v; }
static double flip64(double v, uint64_t m) { uint64_t b; memcpy(&b, &v, 8); b ^= m; memcpy(&v, &b, 8); return v; }
static uint64_t bits64(double v) { uint64_t b; memcpy(&b, &v, 8); return b; }
`;

// k and s of calc_i, from its scalar arguments.
function calcKeys({ xs, ys, z, t }) {
  let k = z >>> 0;
  for (const x of xs) k = (k + (x >>> 0)) >>> 0;
  let s = t;
  for (const y of ys) s += y;
  return { k, s };
}

function setAt(root, p, v) {
  const parts = [...p.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map(([, name, index]) => (name !== undefined ? name : Number(index)));
  let o = root;
  for (let i = 0; i < parts.length - 1; i++) o = o[parts[i]];
  o[parts[parts.length - 1]] = v;
}

function getAt(root, p) {
  let o = root;
  for (const [, name, index] of p.matchAll(/\.([^.[]+)|\[(\d+)\]/g)) o = o[name !== undefined ? name : Number(index)];
  return o;
}

// What calc_i returns for the inputs of `call`, as a value for
// agg.compareValue: { expected, active }.
function calcExpected(shape, call) {
  const { k, s } = calcKeys(call);
  const expected = structuredClone(call.value.expected);
  calcLeaves(shape).forEach((l, j) => setAt(expected, l.path, jsTransform(j, l.kind, getAt(expected, l.path), k, s)));
  return { expected, active: call.value.active };
}

// ---------------------------------------------------------- C code ----

// C source of every case.
function cSource(cases) {
  const out = [agg.C_PRELUDE, C_HELPERS];
  for (const c of cases) {
    const i = c.index;
    const { shape, value, ints, doubles, scalars } = c;
    const { lines, list } = agg.cTypedefs(shape, `B${i}`);
    out.push(...lines);
    const T = list[list.length - 1].cname;
    const xs = Array.from({ length: ints }, (_, k) => `int32_t x${k}`);
    const ys = Array.from({ length: doubles }, (_, k) => `double y${k}`);
    const leaves = agg.valueLeaves(shape, value);
    out.push(`EXPORT int32_t take_${i}(${[...xs, ...ys, `${T} v`, 'int32_t z'].join(', ')}) {`);
    for (let k = 0; k < ints; k++) out.push(`  if (x${k} != ${scalars[k]}) return ${1000 + k};`);
    for (let k = 0; k < doubles; k++) out.push(`  if (y${k} != ${scalars[10 + k] + 0.5}) return ${2000 + k};`);
    leaves.forEach((l, j) => {
      out.push(`  { ${SCALARS[l.kind][0]} w = ${agg.cLiteral(l.kind, l.value)}; if (memcmp(&v${l.path}, &w, sizeof w)) return ${j + 1}; }`);
    });
    out.push(`  if (z != ${scalars[19]}) return 3000;`, '  return 0;', '}');
    out.push(`EXPORT ${T} make_${i}(${xs.join(', ') || 'void'}) {`, `  ${T} v;`, '  memset(&v, 0, sizeof v);');
    for (let k = 0; k < ints; k++) out.push(`  if (x${k} != ${scalars[k]}) return v;`);
    for (const l of leaves) out.push(`  v${l.path} = ${agg.cLiteral(l.kind, l.value)};`);
    out.push('  return v;', '}');
    out.push(`EXPORT ${T} echo_${i}(${T} v, int32_t z) { if (z != ${scalars[19]}) memset(&v, 0, sizeof v); return v; }`);
    const calcParams = [...xs, ...ys, `${T} v`, 'int32_t z', 'double t'];
    const calcArgs = [...xs, ...ys, 'T v', 'int32_t z', 'double t'].map((p) => p.split(' ').pop());
    out.push(`EXPORT ${T} calc_${i}(${calcParams.join(', ')}) {`, '  uint32_t k = (uint32_t)z;', '  double s = t;');
    for (let k = 0; k < ints; k++) out.push(`  k += (uint32_t)x${k};`);
    for (let k = 0; k < doubles; k++) out.push(`  s += y${k};`);
    out.push(`  ${T} r = v;`, '  (void)s;');
    calcLeaves(shape).forEach((l, j) => out.push(`  ${cTransform(j, l)}`));
    out.push('  return r;', '}');
    out.push(`EXPORT ${T} nest_${i}(${[...calcParams, 'void (*cb)(int32_t)'].join(', ')}) {`,
      `  ${T} r = calc_${i}(${calcArgs.join(', ')});`, '  cb(z);', '  return r;', '}');
    // call_i: C calls a callback with the value built from literals and
    // checks the struct it returns the same way as take_i.
    const cbParams = [...Array(ints).fill('int32_t'), ...Array(doubles).fill('double'), T, 'int32_t'];
    out.push(`EXPORT int32_t call_${i}(${[`${T} (*cb)(${cbParams.join(', ')})`, ...xs, ...ys].join(', ')}) {`,
      `  ${T} v;`, '  memset(&v, 0, sizeof v);');
    for (const l of leaves) out.push(`  v${l.path} = ${agg.cLiteral(l.kind, l.value)};`);
    const cbArgs = [...Array.from({ length: ints }, (_, k) => `x${k}`), ...Array.from({ length: doubles }, (_, k) => `y${k}`)];
    out.push(`  ${T} r = cb(${[...cbArgs, 'v', String(scalars[19])].join(', ')});`);
    leaves.forEach((l, j) => {
      out.push(`  { ${SCALARS[l.kind][0]} w = ${agg.cLiteral(l.kind, l.value)}; if (memcmp(&r${l.path}, &w, sizeof w)) return ${j + 1}; }`);
    });
    out.push('  return 0;', '}');
  }
  return out.join('\n');
}

// ------------------------------------------------------------ running ----

const isScalar = (s) => typeof s === 'string';

// Offset and spelling of every scalar of `shape` (union members
// included), from jitffi's public layout queries.
function leafOffsets(ffi, shape, cache) {
  const out = [];
  (function walk(s, base) {
    if (isScalar(s)) {
      out.push({ offset: base, spelling: s });
    } else if (s.t === 'array') {
      const size = ffi.sizeof(agg.descriptorOf(ffi, s.element, cache));
      for (let i = 0; i < s.length; i++) walk(s.element, base + i * size);
    } else {
      const d = agg.descriptorOf(ffi, s, cache);
      for (const f of s.fields) walk(f.shape, base + ffi.offsetof(d, f.name));
    }
  })(shape, 0);
  return out;
}

// Whether a type is refused by the rule of docs/structs.md: at most 16
// bytes and a scalar not at a multiple of its alignment.
function isRefused(ffi, shape, cache = new Map()) {
  const d = agg.descriptorOf(ffi, shape, cache);
  return ffi.sizeof(d) <= 16 && leafOffsets(ffi, shape, cache).some((l) => l.offset % ffi.alignof(l.spelling) !== 0);
}

const REFUSED = /cannot be passed by value: .*packed/;

// A text that identifies a decoded value exactly (-0, bigints, typed array
// types, key order), for comparing the modes.
function serialize(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (ArrayBuffer.isView(v)) return `${Object.prototype.toString.call(v).slice(8, -1)}[${Array.from(v, serialize).join(',')}]`;
  if (Array.isArray(v)) return `[${v.map(serialize).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${serialize(v[k])}`).join(',')}}`;
  }
  return String(v);
}

const digest = (text) => crypto.createHash('sha1').update(text).digest('hex').slice(0, 16);

// Checks that `long double` is refused, in a field and in a signature,
// with a message that names it. Returns { mismatches, messages }.
function checkLongDouble(ffi) {
  const lib = new ffi.DynamicLibrary(null);
  const mismatches = [];
  const messages = [];
  const attempts = [
    ['a struct field', () => ffi.struct({ x: 'double', y: 'long double' })],
    ['a union member', () => ffi.union({ x: 'long double' })],
    ['a parameter', () => lib.getFunction('abs', { parameters: ['long double'], result: 'i32' })],
    ['a result', () => lib.getFunction('labs', { parameters: ['i64'], result: 'long double' })],
  ];
  try {
    for (const [what, attempt] of attempts) {
      try {
        attempt();
        mismatches.push(`long double as ${what} was accepted`);
      } catch (e) {
        messages.push(`${e.code}: ${e.message}`);
        if (e.code !== 'ERR_INVALID_ARG_VALUE' || !/long double/.test(e.message)) {
          mismatches.push(`long double as ${what}: ${e.code}: ${e.message}`);
        }
      }
    }
  } finally {
    lib.close();
  }
  return { mismatches, messages };
}

// Runs every case against the library at `libPath` in this process (in
// its mode). Returns
//   { mismatches: [text], records: [{ name, call, r }], paths: { path: n },
//     counts: { cases, refused, registers, memory, signatures, calls, nested } }
// where `records` identify each call's outcome (a digest of the decoded
// value, or the error) for comparing modes. `progress(name)` is told which
// case runs (for crash reports).
function runCases(ffi, libPath, cases, progress = () => {}) {
  const internals = ffi[Symbol.for('jitffi.internals')];
  const lib = new ffi.DynamicLibrary(libPath);
  const mismatches = [];
  const records = [];
  const paths = {};
  const counts = { cases: 0, refused: 0, registers: 0, memory: 0, signatures: 0, calls: 0, nested: 0 };
  let inner = null; // what the callback of nest_i does
  const cb = lib.registerCallback({ parameters: ['i32'], result: 'void' }, (z) => inner(z));
  try {
    for (const c of cases) {
      progress(c.name);
      counts.cases++;
      const fail = (text) => mismatches.push(`${c.label}: ${text}`);
      const record = (name, call, r) => records.push({ name: `${name}_${c.index}`, call, r });
      try {
        runCase(c, fail, record);
      } catch (e) {
        fail(`threw ${e.code || e.name}: ${e.message}`);
        record('case', 0, `threw ${e.message}`);
      }
    }
  } finally {
    lib.unregisterCallback(cb);
    lib.close();
  }
  return { mismatches, records, paths, counts };

  function runCase(c, fail, record) {
    const { shape, value, ints, doubles, scalars } = c;
    const cache = new Map();
    const d = agg.descriptorOf(ffi, shape, cache);
    const xs = scalars.slice(0, ints);
    const ys = scalars.slice(10, 10 + doubles).map((y) => y + 0.5);
    const I = Array(ints).fill('i32');
    const calcParams = [...I, ...Array(doubles).fill('f64'), d, 'i32', 'f64'];
    const sigs = {
      take: { parameters: [...I, ...Array(doubles).fill('f64'), d, 'i32'], result: 'i32' },
      make: { parameters: I, result: d },
      echo: { parameters: [d, 'i32'], result: d },
      calc: { parameters: calcParams, result: d },
      nest: { parameters: [...calcParams, 'function'], result: d },
      call: { parameters: ['function', ...I, ...Array(doubles).fill('f64')], result: 'i32' },
    };
    if (isRefused(ffi, shape, cache)) {
      counts.refused++;
      for (const name of ['take', 'make']) {
        counts.signatures++;
        try {
          lib.getFunction(`${name}_${c.index}`, sigs[name]);
          fail(`${name}_${c.index} was accepted; a packed, misaligned type of at most 16 bytes must be refused`);
          record(name, 0, 'accepted');
        } catch (e) {
          if (e.code !== 'ERR_INVALID_ARG_VALUE' || !REFUSED.test(e.message)) fail(`${name}_${c.index}: ${e.code}: ${e.message}`);
          record(name, 0, `${e.code}: ${e.message}`);
        }
      }
      return;
    }
    counts[ffi.sizeof(d) > 16 ? 'memory' : 'registers']++;
    const f = {};
    for (const name of Object.keys(sigs)) {
      f[name] = lib.getFunction(`${name}_${c.index}`, sigs[name]);
      counts.signatures++;
      const p = internals.pathOf(f[name]);
      paths[p] = (paths[p] || 0) + 1;
    }
    const compare = (name, call, want, got) => {
      counts.calls++;
      record(name, call, digest(serialize(got)));
      for (const diff of agg.compareValue(shape, want, got)) fail(`${name}_${c.index} call ${call}: ${diff}`);
    };
    counts.calls++;
    const r = f.take(...xs, ...ys, value.input, scalars[19]);
    record('take', 0, r);
    if (r !== 0) fail(`take_${c.index} returned ${r}`);
    compare('make', 0, value, f.make(...xs));
    compare('echo', 0, value, f.echo(value.input, scalars[19]));
    c.calls.forEach((call, k) => {
      compare('calc', k, calcExpected(shape, call), f.calc(...call.xs, ...call.ys, call.value.input, call.z, call.t));
      compare('echo', k + 1, call.value, f.echo(call.value.input, scalars[19]));
    });
    // nest_i with the first inputs; its callback calls calc_i with the
    // last ones, and echo_i.
    const outer = c.calls[0];
    const last = c.calls[c.calls.length - 1];
    let ran = 0;
    inner = (z) => {
      ran++;
      try {
        if (z !== outer.z) fail(`nest_${c.index}: the callback got ${z}, expected ${outer.z}`);
        compare('nested calc', 0, calcExpected(shape, last), f.calc(...last.xs, ...last.ys, last.value.input, last.z, last.t));
        compare('nested echo', 0, last.value, f.echo(last.value.input, scalars[19]));
      } catch (e) {
        fail(`nest_${c.index}: the callback threw ${e.code || e.name}: ${e.message}`);
      }
    };
    compare('nest', 0, calcExpected(shape, outer), f.nest(...outer.xs, ...outer.ys, outer.value.input, outer.z, outer.t, cb));
    counts.nested++;
    if (ran !== 1) fail(`nest_${c.index}: the callback ran ${ran} times`);
    // call_i: a callback takes the value (after the scalars) and returns it.
    let got = 0;
    const taker = lib.registerCallback({ parameters: [...I, ...Array(doubles).fill('f64'), d, 'i32'], result: d }, (...args) => {
      got++;
      [...xs, ...ys].forEach((x, k) => { if (args[k] !== x) fail(`call_${c.index}: argument ${k} is ${args[k]}, expected ${x}`); });
      for (const diff of agg.compareValue(shape, value, args[ints + doubles])) fail(`call_${c.index}: callback argument: ${diff}`);
      if (args[ints + doubles + 1] !== scalars[19]) fail(`call_${c.index}: last argument is ${args[ints + doubles + 1]}`);
      return value.input;
    });
    try {
      counts.calls++;
      const r = f.call(taker, ...xs, ...ys);
      record('call', 0, r);
      if (r !== 0) fail(`call_${c.index} returned ${r} (the callback's result differs)`);
      if (got !== 1) fail(`call_${c.index}: the callback ran ${got} times`);
    } finally {
      lib.unregisterCallback(taker);
    }
  }
}

module.exports = {
  HARD,
  SMALL_SCALARS,
  smallShape,
  shapeOf,
  generateCase,
  calcLeaves,
  calcExpected,
  cSource,
  isRefused,
  REFUSED,
  serialize,
  checkLongDouble,
  runCases,
};
