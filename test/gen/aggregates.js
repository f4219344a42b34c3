'use strict';
// Random aggregate types (structs, unions, fixed-length arrays) and values
// for the layout and memory tests (test/aggregate.test.js) and the
// aggregate fuzzer (`npm run fuzz -- --aggregates N`).
//
// A *shape* is plain data that describes one type both ways: the C
// declaration (the oracle: the C compiler lays it out) and the jitffi
// descriptor (built with ffi.struct / ffi.union / ffi.array). Shapes:
//   'i32', 'double', 'ptr', ...                a scalar: an FFI type spelling
//   { t: 'struct' | 'union', fields: [{ name, shape }], packed, name }
//   { t: 'array', element: shape, length }
// `packed` is false, true (C: __attribute__((packed))) or 1/2/4/8 (C:
// #pragma pack(n)). `name` is the descriptor's name option, or undefined.
//
// Everything is a pure function of (seed, index): `generateShape(seed, i)`
// regenerates shape i alone, `generateValue(shape, seed, i)` its value.
//
// Layout check:
//   const shapes = gen.generateShapes(seed, count);
//   const c = gen.runLayoutProgram(gen.layoutProgram(shapes), buildDir);
//   const { mismatches, counts } = gen.checkLayout(ffi, shapes, c);
// Memory round trip (C fills and checks, jitffi reads and writes):
//   const values = shapes.map((s, i) => gen.generateValue(s, seed, i));
//   const lib = buildLibrary(gen.roundTripSource(shapes, values), buildDir);
//   const { mismatches } = gen.checkRoundTrip(ffi, lib.path, shapes, values);

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const sig = require('./signatures');

// Plain C `char` signedness (as test/gen/signatures.js).
const CHAR_SIGNED = !(
  (process.platform === 'linux' || process.platform === 'android') &&
  ['arm', 'arm64', 'ppc64', 's390x', 'riscv64'].includes(process.arch));

// The scalars a field can have: kind -> [C type, typed array a decoded
// array of them is, the FFI spellings]. Pointer-like types are all `void *`.
const SCALARS = {
  i8: ['int8_t', 'Int8Array', ['i8', 'int8']],
  u8: ['uint8_t', 'Uint8Array', ['u8', 'uint8']],
  bool: ['_Bool', 'Uint8Array', ['bool']],
  char: ['char', CHAR_SIGNED ? 'Int8Array' : 'Uint8Array', ['char']],
  i16: ['int16_t', 'Int16Array', ['i16', 'int16']],
  u16: ['uint16_t', 'Uint16Array', ['u16', 'uint16']],
  i32: ['int32_t', 'Int32Array', ['i32', 'int32']],
  u32: ['uint32_t', 'Uint32Array', ['u32', 'uint32']],
  i64: ['int64_t', 'BigInt64Array', ['i64', 'int64']],
  u64: ['uint64_t', 'BigUint64Array', ['u64', 'uint64']],
  f32: ['float', 'Float32Array', ['f32', 'float', 'float32']],
  f64: ['double', 'Float64Array', ['f64', 'double', 'float64']],
  pointer: ['void *', 'BigUint64Array', ['pointer', 'ptr', 'string', 'str', 'buffer', 'arraybuffer', 'function']],
};
const SCALAR_KINDS = Object.keys(SCALARS);
const KIND_OF = new Map();
for (const [kind, [, , spellings]] of Object.entries(SCALARS)) for (const s of spellings) KIND_OF.set(s, kind);

const INT_RANGES = {
  i8: [-128, 127], u8: [0, 255], bool: [0, 1],
  char: CHAR_SIGNED ? [-128, 127] : [0, 255],
  i16: [-32768, 32767], u16: [0, 65535],
  i32: [-(2 ** 31), 2 ** 31 - 1], u32: [0, 2 ** 32 - 1],
};

// Field names: mostly C-style, some that are also names of
// Object.prototype's properties (a struct may have a field `toString`).
const NAMES = ['x', 'y', 'z', 'w', 'len', 'next', 'data', 'flags', 'id', 'toString', 'valueOf',
  'constructor', 'length', 'hasOwnProperty', 'isPrototypeOf', 'value', 'kind', '_pad', 'u'];

const isScalar = (shape) => typeof shape === 'string';
const kindOf = (spelling) => KIND_OF.get(spelling);

// ---------------------------------------------------------- shapes ----

const MAX_DEPTH = 3; // nesting levels below the top
const MAX_LEAVES = 256; // scalars in one shape, arrays expanded

function leafCount(shape) {
  if (isScalar(shape)) return 1;
  if (shape.t === 'array') return shape.length * leafCount(shape.element);
  return shape.fields.reduce((n, f) => n + leafCount(f.shape), 0);
}

function randomScalar(rng) {
  const kind = rng.pick(SCALAR_KINDS);
  return rng.pick(SCALARS[kind][2]);
}

function randomPacked(rng) {
  if (!rng.chance(0.25)) return false;
  return rng.pick([true, 1, 2, 4, 8]);
}

function randomArrayLength(rng) {
  if (rng.chance(0.1)) return rng.int(6, 24);
  return rng.int(1, 5);
}

// A random type `depth` levels below the top (0: the top).
function randomAggregate(rng, depth, t) {
  if (t === 'array') {
    const element = depth < MAX_DEPTH && rng.chance(0.35) ? randomAggregate(rng, depth + 1, randomKind(rng)) : randomScalar(rng);
    return { t: 'array', element, length: randomArrayLength(rng) };
  }
  const n = rng.chance(0.15) ? rng.int(7, 12) : rng.int(1, 6);
  const used = new Set();
  const fields = [];
  for (let i = 0; i < n; i++) {
    let name = rng.chance(0.3) ? rng.pick(NAMES) : `f${i}`;
    if (used.has(name)) name = `f${i}`;
    used.add(name);
    const nested = depth < MAX_DEPTH && rng.chance(depth === 0 ? 0.3 : 0.2);
    fields.push({ name, shape: nested ? randomAggregate(rng, depth + 1, randomKind(rng)) : randomScalar(rng) });
  }
  return { t, fields, packed: randomPacked(rng), name: rng.chance(0.5) ? `T${rng.u32() % 1000}` : undefined };
}

function randomKind(rng) {
  const r = rng.u32() % 10;
  return r < 6 ? 'struct' : r < 8 ? 'union' : 'array';
}

// Shape `index` of `seed`: a struct most of the time, else a union or an
// array, with at most MAX_LEAVES scalars.
function generateShape(seed, index) {
  const rng = sig.makeRng(seed, index);
  for (;;) {
    const shape = randomAggregate(rng, 0, randomKind(rng));
    if (leafCount(shape) <= MAX_LEAVES) return shape;
  }
}

function generateShapes(seed, count, first = 0) {
  return Array.from({ length: count }, (_, i) => generateShape(seed, first + i));
}

// Shape builders for hand-written cases: S({ x: 'f64' }, { packed: 1 }).
const S = (fields, opts = {}) => ({
  t: 'struct', fields: Object.entries(fields).map(([name, shape]) => ({ name, shape })),
  packed: opts.packed || false, name: opts.name,
});
const U = (fields, opts = {}) => ({ ...S(fields, opts), t: 'union' });
const A = (element, length) => ({ t: 'array', element, length });

// ---------------------------------------------------- descriptors ----

// The jitffi descriptor of `shape` (`ffi` is the module under test). Struct
// and union fields are given as an object or as [name, type] pairs,
// chosen by the shape's own hash, and so is the spelling of `packed: 1`.
function descriptorOf(ffi, shape, cache = new Map()) {
  if (isScalar(shape)) return shape;
  if (cache.has(shape)) return cache.get(shape);
  let d;
  if (shape.t === 'array') {
    d = ffi.array(descriptorOf(ffi, shape.element, cache), shape.length);
  } else {
    const pairs = shape.fields.map((f) => [f.name, descriptorOf(ffi, f.shape, cache)]);
    const asPairs = (hashOf(shape) & 1) === 1;
    const options = {};
    if (shape.name !== undefined) options.name = shape.name;
    if (shape.packed !== false) options.packed = shape.packed;
    d = ffi[shape.t](asPairs ? pairs : Object.fromEntries(pairs), options);
  }
  cache.set(shape, d);
  return d;
}

function hashOf(shape) {
  return crypto.createHash('sha1').update(JSON.stringify(shape)).digest().readUInt32LE(0);
}

// ---------------------------------------------------------- C code ----

// Every aggregate inside `shape` (itself included), inner ones first, each
// with the C name it gets: `${prefix}_${k}`.
function aggregates(shape, prefix) {
  const out = [];
  (function walk(s) {
    if (isScalar(s)) return;
    if (s.t === 'array') walk(s.element);
    else for (const f of s.fields) walk(f.shape);
    out.push({ shape: s, cname: `${prefix}_${out.length}` });
  })(shape);
  return out;
}

function cTypeName(shape, names) {
  return isScalar(shape) ? SCALARS[kindOf(shape)][0] : names.get(shape);
}

// C typedefs of every aggregate of `shape`, and the map shape -> C name.
function cTypedefs(shape, prefix) {
  const list = aggregates(shape, prefix);
  const names = new Map(list.map((a) => [a.shape, a.cname]));
  const lines = [];
  for (const { shape: s, cname } of list) {
    if (s.t === 'array') {
      lines.push(`typedef ${cTypeName(s.element, names)} ${cname}[${s.length}];`);
      continue;
    }
    const body = s.fields.map((f) => `${cTypeName(f.shape, names)} ${f.name};`).join(' ');
    const attr = s.packed === true ? ' __attribute__((packed))' : '';
    if (typeof s.packed === 'number') lines.push(`#pragma pack(push, ${s.packed})`);
    lines.push(`typedef ${s.t}${attr} ${cname} { ${body} } ${cname};`);
    if (typeof s.packed === 'number') lines.push('#pragma pack(pop)');
  }
  return { lines, list, names };
}

// Every scalar inside `shape` in declaration order, arrays expanded, all
// members of unions: { path (C member designator suffix), kind, spelling }.
// `active` (union shape -> member index) keeps only one member of each
// union instead.
function leaves(shape, active) {
  const out = [];
  (function walk(s, p) {
    if (isScalar(s)) {
      out.push({ path: p, kind: kindOf(s), spelling: s });
    } else if (s.t === 'array') {
      for (let i = 0; i < s.length; i++) walk(s.element, `${p}[${i}]`);
    } else {
      s.fields.forEach((f, i) => {
        if (active && s.t === 'union' && active(s, p) !== i) return;
        walk(f.shape, `${p}.${f.name}`);
      });
    }
  })(shape, '');
  return out;
}

const C_PRELUDE = `#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#define EXPORT __attribute__((visibility("default")))
`;

// A C program that prints the layout of every aggregate of every shape:
//   T <shape> <k> <sizeof> <alignof>         aggregate k of the shape
//   F <shape> <k> <field> <offsetof>         a field of a struct or union
//   L <shape> <leaf> <offset>                a scalar of the whole shape
//   S <kind> <sizeof> <alignof>              each scalar's C type
function layoutProgram(shapes) {
  const out = [C_PRELUDE];
  const body = SCALAR_KINDS.map((kind) =>
    `  printf("S ${kind} %zu %zu\\n", sizeof(${SCALARS[kind][0]}), _Alignof(${SCALARS[kind][0]}));`);
  shapes.forEach((shape, i) => {
    const { lines, list } = cTypedefs(shape, `T${i}`);
    out.push(...lines);
    const top = list[list.length - 1].cname;
    out.push(`typedef struct { ${top} v; } W${i};`);
    list.forEach(({ shape: s, cname }, k) => {
      body.push(`  printf("T ${i} ${k} %zu %zu\\n", sizeof(${cname}), _Alignof(${cname}));`);
      if (s.t !== 'array') {
        s.fields.forEach((f, j) => body.push(`  printf("F ${i} ${k} ${j} %zu\\n", offsetof(${cname}, ${f.name}));`));
      }
    });
    leaves(shape).forEach((leaf, j) => body.push(`  printf("L ${i} ${j} %zu\\n", offsetof(W${i}, v${leaf.path}));`));
  });
  out.push('int main(void) {', ...body, '  return 0;', '}', '');
  return out.join('\n');
}

// Compiles and runs a layout program (cached by its hash in `buildDir`);
// returns its output.
function runLayoutProgram(source, buildDir, { cc = process.env.CC || 'cc' } = {}) {
  const hash = crypto.createHash('sha256').update(source).update(cc).digest('hex').slice(0, 16);
  const exe = path.join(buildDir, `layout-${hash}`);
  if (!fs.existsSync(exe)) {
    fs.mkdirSync(buildDir, { recursive: true });
    const tag = `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}`;
    const csrc = path.join(buildDir, `layout-${hash}.${tag}.tmp.c`);
    const tmp = path.join(buildDir, `layout-${hash}.${tag}.tmp`);
    try {
      fs.writeFileSync(csrc, source);
      execFileSync(cc, ['-O0', '-w', '-o', tmp, csrc], { stdio: ['ignore', 'inherit', 'inherit'] });
      fs.renameSync(tmp, exe);
      fs.renameSync(csrc, path.join(buildDir, `layout-${hash}.c`)); // kept for debugging
    } finally {
      for (const f of [tmp, csrc]) {
        try { fs.unlinkSync(f); } catch { /* renamed */ }
      }
    }
  }
  return execFileSync(exe, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

// Compares jitffi's layout of every shape with the C program's output:
// sizeof, alignof and offsetof of every aggregate inside it (and the same
// facts on the descriptors), and, with `flatten` (lib/aggregate.js's), the
// offset and type of every scalar leaf native code will be given.
// Returns { mismatches: [text], counts: { shapes, types, fields, leaves } }.
function checkLayout(ffi, shapes, output, flatten = null, labels = shapes.map((_, i) => `shape ${i}`)) {
  const c = { T: new Map(), F: new Map(), L: new Map(), S: new Map() };
  for (const line of output.split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    c[parts[0]].set(parts.slice(1, -1).join(' '), Number(parts[parts.length - 1]));
  }
  // The T and S lines carry two numbers: size and alignment.
  for (const map of [c.T, c.S]) {
    for (const [key, align] of [...map]) {
      const parts = key.split(' ');
      map.delete(key);
      map.set(parts.slice(0, -1).join(' '), [Number(parts[parts.length - 1]), align]);
    }
  }
  const mismatches = [];
  const counts = { shapes: 0, types: 0, fields: 0, leaves: 0, spellings: 0 };
  const expect = (what, got, want) => {
    if (got !== want) mismatches.push(`${what}: jitffi ${got}, C ${want}`);
  };
  // sizeof and alignof of every spelling of every scalar.
  for (const [kind, [ctype, , spellings]] of Object.entries(SCALARS)) {
    const [size, align] = c.S.get(kind) || [];
    for (const spelling of spellings) {
      counts.spellings++;
      expect(`sizeof('${spelling}') (${ctype})`, ffi.sizeof(spelling), size);
      expect(`alignof('${spelling}') (${ctype})`, ffi.alignof(spelling), align);
    }
  }
  shapes.forEach((shape, i) => {
    counts.shapes++;
    const cache = new Map();
    aggregates(shape, `T${i}`).forEach(({ shape: s }, k) => {
      const d = descriptorOf(ffi, s, cache);
      const what = `${labels[i]}, type ${k} (${describeShape(s)})`;
      const [size, align] = c.T.get(`${i} ${k}`) || [];
      counts.types++;
      expect(`${what}: sizeof`, ffi.sizeof(d), size);
      expect(`${what}: alignof`, ffi.alignof(d), align);
      expect(`${what}: descriptor size`, d.size, size);
      expect(`${what}: descriptor align`, d.align, align);
      if (s.t === 'array') return;
      s.fields.forEach((f, j) => {
        counts.fields++;
        const offset = c.F.get(`${i} ${k} ${j}`);
        expect(`${what}: offsetof ${f.name}`, ffi.offsetof(d, f.name), offset);
        expect(`${what}: descriptor field ${f.name} offset`, d.fields[j].offset, offset);
      });
    });
    if (flatten) {
      const flat = flatten(descriptorOf(ffi, shape, cache));
      const all = leaves(shape);
      expect(`${labels[i]}: leaf count`, flat.leaves.length, all.length);
      all.forEach((leaf, j) => {
        counts.leaves++;
        const got = flat.leaves[j] || {};
        expect(`${labels[i]}: leaf ${j} (${leaf.path}) offset`, got.offset, c.L.get(`${i} ${j}`));
        expect(`${labels[i]}: leaf ${j} (${leaf.path}) kind`, kindOf(got.type), leaf.kind);
      });
    }
  });
  return { mismatches, counts };
}

// ---------------------------------------------------------- values ----

const conv = new DataView(new ArrayBuffer(8));

function randomFloat(rng, kind) {
  const special = [0, -0, Infinity, -Infinity, 1, -1.5];
  if (rng.chance(0.1)) return rng.pick(special);
  for (;;) {
    const v = kind === 'f32' ? sig.f32FromBits(rng.u32()) : sig.f64FromBits(rng.u64());
    if (!Number.isNaN(v)) return v;
  }
}

function randomInt(rng, kind) {
  const [min, max] = INT_RANGES[kind];
  if (rng.chance(0.25)) return rng.pick([min, max, 0, min + 1, max - 1].filter((v) => v >= min && v <= max));
  return min + Math.floor(rng.float() * (max - min + 1));
}

function randomBig(rng, kind) {
  const signed = kind === 'i64';
  if (rng.chance(0.25)) {
    const edges = signed ? [-(2n ** 63n), 2n ** 63n - 1n, 0n, -1n] : [0n, 2n ** 64n - 1n, 1n];
    return rng.pick(edges);
  }
  if (rng.chance(0.2)) return BigInt(rng.int(0, 2 ** 20)) * (signed && rng.chance(0.5) ? -1n : 1n);
  const u = rng.u64();
  return signed ? BigInt.asIntN(64, u) : u;
}

// A scalar of `kind`: { input (what jitffi is given), expected (what it
// reads back) }.
function scalarValue(rng, kind) {
  if (kind in INT_RANGES) {
    const v = randomInt(rng, kind);
    return { input: v, expected: v };
  }
  if (kind === 'f32' || kind === 'f64') {
    const v = randomFloat(rng, kind);
    return { input: v, expected: v };
  }
  const v = kind === 'pointer' ? (rng.chance(0.2) ? 0n : rng.u64()) : randomBig(rng, kind);
  // 64-bit integers also take safe-integer numbers, a pointer field null.
  if (kind === 'pointer' && v === 0n && rng.chance(0.5)) return { input: null, expected: 0n };
  if (kind !== 'pointer' && v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n && rng.chance(0.3)) {
    return { input: Number(v), expected: v };
  }
  return { input: v, expected: v };
}

// A random value of shape `index` of `seed`: { input, expected, active }
// where `active` maps the C path of each union to its member's index.
function generateValue(shape, seed, index) {
  const rng = sig.makeRng(seed ^ 0x5a5a5a5a, index);
  const active = new Map();
  function walk(s, p) {
    if (isScalar(s)) return scalarValue(rng, kindOf(s));
    if (s.t === 'array') {
      const items = Array.from({ length: s.length }, (_, i) => walk(s.element, `${p}[${i}]`));
      const expected = items.map((x) => x.expected);
      let input = items.map((x) => x.input);
      if (isScalar(s.element) && rng.chance(0.5)) {
        const kind = kindOf(s.element);
        // The element's own typed array, or a Float64Array of integers
        // that fit one.
        const wide = kind in INT_RANGES && rng.chance(0.3);
        input = wide ? new Float64Array(expected) : new globalThis[SCALARS[kind][1]](expected);
      }
      return { input, expected };
    }
    if (s.t === 'union') {
      const i = rng.int(0, s.fields.length - 1);
      active.set(p, i);
      const f = s.fields[i];
      const v = walk(f.shape, `${p}.${f.name}`);
      return { input: { [f.name]: v.input }, expected: { [f.name]: v.expected } };
    }
    const entries = s.fields.map((f) => [f.name, walk(f.shape, `${p}.${f.name}`)]);
    const expected = Object.fromEntries(entries.map(([n, v]) => [n, v.expected]));
    // The input's keys in another order now and then: order does not matter.
    const order = rng.chance(0.3) ? [...entries].reverse() : entries;
    return { input: Object.fromEntries(order.map(([n, v]) => [n, v.input])), expected };
  }
  const v = walk(shape, '');
  return { input: v.input, expected: v.expected, active };
}

// A C expression of the exact value `v` of `kind`.
function cLiteral(kind, v) {
  const ctype = SCALARS[kind][0];
  if (kind === 'f32' || kind === 'f64') return `(${ctype})${hexFloat(v)}`;
  return `(${ctype})0x${BigInt.asUintN(64, BigInt(v)).toString(16)}ULL`;
}

// A C hexadecimal floating literal of the double `x` (exact).
function hexFloat(x) {
  if (x === Infinity) return '__builtin_inf()';
  if (x === -Infinity) return '(-__builtin_inf())';
  conv.setFloat64(0, x);
  const bits = conv.getBigUint64(0);
  const sign = bits >> 63n ? '-' : '';
  const exp = Number((bits >> 52n) & 0x7ffn);
  const mantissa = (bits & ((1n << 52n) - 1n)).toString(16).padStart(13, '0');
  if (exp === 0) return `(${sign}0x0.${mantissa}p-1022)`;
  return `(${sign}0x1.${mantissa}p${exp - 1023})`;
}

// The C library of the round trip: for shape i,
//   void fill_i(void *p)           zeroes sizeof bytes at p, then stores
//                                  the value's scalars (C's own stores)
//   int32_t check_i(const void *p) 0 if every scalar of the value is at
//                                  p, bit for bit; else 1 + the index of
//                                  the first one that is not
function roundTripSource(shapes, values) {
  const out = [C_PRELUDE];
  shapes.forEach((shape, i) => {
    const { lines, list } = cTypedefs(shape, `R${i}`);
    out.push(...lines);
    out.push(`typedef struct { ${list[list.length - 1].cname} v; } RW${i};`);
    const scalars = valueLeaves(shape, values[i]);
    out.push(`EXPORT void fill_${i}(void *q) {`, `  RW${i} *p = q;`, '  memset(p, 0, sizeof *p);');
    for (const l of scalars) out.push(`  p->v${l.path} = ${cLiteral(l.kind, l.value)};`);
    out.push('}');
    out.push(`EXPORT int32_t check_${i}(const void *q) {`, `  const RW${i} *p = q;`);
    scalars.forEach((l, j) => {
      out.push(`  { ${SCALARS[l.kind][0]} v = ${cLiteral(l.kind, l.value)}; if (memcmp(&p->v${l.path}, &v, sizeof v)) return ${j + 1}; }`);
    });
    out.push('  return 0;', '}');
  });
  return out.join('\n');
}

// The scalars a value sets (the active member of each union), each with
// its expected value: { path, kind, value }.
function valueLeaves(shape, value) {
  const list = leaves(shape, (s, p) => value.active.get(p));
  return list.map((l) => ({ ...l, value: at(value.expected, l.path) }));
}

// The part of `expected` at the C path `p` ('.a[2].b').
function at(expected, p) {
  let v = expected;
  for (const [, name, index] of p.matchAll(/\.([^.[]+)|\[(\d+)\]/g)) v = name !== undefined ? v[name] : v[Number(index)];
  return v;
}

const tagOf = (v) => Object.prototype.toString.call(v).slice(8, -1);

// Differences between a value jitffi decoded (`got`) and the expected one:
// texts naming the path. Only the active member of a union is compared;
// the decoded union must have all of them.
function compareValue(shape, value, got) {
  const diffs = [];
  (function walk(s, exp, g, p) {
    if (isScalar(s)) {
      if (!Object.is(exp, g)) diffs.push(`${p || 'value'}: expected ${show(exp)}, got ${show(g)}`);
      return;
    }
    if (s.t === 'array') {
      if (isScalar(s.element)) {
        const want = SCALARS[kindOf(s.element)][1];
        if (tagOf(g) !== want) {
          diffs.push(`${p || 'value'}: expected a ${want}, got ${tagOf(g)}`);
          return;
        }
      } else if (!Array.isArray(g)) {
        diffs.push(`${p || 'value'}: expected an Array, got ${tagOf(g)}`);
        return;
      }
      if (g.length !== s.length) diffs.push(`${p}: length ${g.length}, expected ${s.length}`);
      for (let i = 0; i < s.length; i++) walk(s.element, exp[i], g[i], `${p}[${i}]`);
      return;
    }
    if (tagOf(g) !== 'Object' || Object.getPrototypeOf(g) !== Object.prototype) {
      diffs.push(`${p || 'value'}: expected a plain object, got ${tagOf(g)}`);
      return;
    }
    const names = s.fields.map((f) => f.name);
    if (Object.keys(g).join() !== names.join()) diffs.push(`${p || 'value'}: keys ${Object.keys(g).join()}, expected ${names.join()}`);
    s.fields.forEach((f, i) => {
      if (s.t === 'union' && value.active.get(p) !== i) return;
      walk(f.shape, exp[f.name], g[f.name], `${p}.${f.name}`);
    });
  })(shape, value.expected, got, '');
  return diffs;
}

function show(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

// Runs the round trip of every shape against the compiled library:
//  1. C fills memory, ffi.read decodes it (at an offset);
//  2. ffi.alloc(type, input) holds exactly the bytes C stored (padding and
//     unused union bytes zero in both);
//  3. ffi.write stores the input at an offset of memory full of 0xa5, C
//     checks every scalar, and no byte outside the type's changed;
//  4. C checks the Buffer of ffi.alloc, passed as a pointer argument;
//  5. ffi.read decodes what ffi.write wrote.
// Returns { mismatches: [text], counts: { shapes, scalars, calls } }.
function checkRoundTrip(ffi, libPath, shapes, values, labels = shapes.map((_, i) => `shape ${i}`)) {
  const lib = new ffi.DynamicLibrary(libPath);
  const mismatches = [];
  const counts = { shapes: 0, scalars: 0, calls: 0 };
  try {
    shapes.forEach((shape, i) => {
      const value = values[i];
      const fail = (text) => mismatches.push(`${labels[i]} (${describeShape(shape)}): ${text}`);
      const fill = lib.getFunction(`fill_${i}`, { parameters: ['pointer'], result: 'void' });
      const check = lib.getFunction(`check_${i}`, { parameters: ['pointer'], result: 'i32' });
      const d = descriptorOf(ffi, shape);
      const size = ffi.sizeof(d);
      const scalars = valueLeaves(shape, value);
      counts.shapes++;
      counts.scalars += scalars.length;
      const leafName = (r) => (r > 0 && r <= scalars.length ? `${scalars[r - 1].path} (${scalars[r - 1].kind})` : `#${r}`);

      const filled = Buffer.alloc(size + 16);
      const p1 = ffi.getRawPointer(filled);
      fill(p1 + 8n);
      counts.calls++;
      for (const diff of compareValue(shape, value, ffi.read(p1, d, 8))) fail(`read after C filled: ${diff}`);

      const allocated = ffi.alloc(d, value.input);
      const cBytes = filled.subarray(8, 8 + size);
      if (!allocated.equals(cBytes)) {
        let k = 0;
        while (allocated[k] === cBytes[k]) k++;
        fail(`alloc bytes differ from C's at byte ${k}: ${allocated[k]} vs ${cBytes[k]}`);
      }

      const target = Buffer.alloc(size + 16, 0xa5);
      const p2 = ffi.getRawPointer(target);
      ffi.write(p2, d, value.input, 8);
      const r = check(p2 + 8n);
      counts.calls++;
      if (r !== 0) fail(`C check after ffi.write: scalar ${leafName(r)} differs`);
      if (target.subarray(0, 8).some((b) => b !== 0xa5) || target.subarray(8 + size).some((b) => b !== 0xa5)) {
        fail('ffi.write wrote outside the type\'s bytes');
      }
      const r2 = check(allocated);
      counts.calls++;
      if (r2 !== 0) fail(`C check of ffi.alloc's Buffer: scalar ${leafName(r2)} differs`);
      for (const diff of compareValue(shape, value, ffi.read(p2, d, 8))) fail(`read after ffi.write: ${diff}`);
    });
  } finally {
    lib.close();
  }
  return { mismatches, counts };
}

// A short rendering of a shape for messages.
function describeShape(shape) {
  if (isScalar(shape)) return shape;
  if (shape.t === 'array') return `${describeShape(shape.element)}[${shape.length}]`;
  const packed = shape.packed === false ? '' : ` packed(${shape.packed})`;
  return `${shape.t}${packed} { ${shape.fields.map((f) => `${describeShape(f.shape)} ${f.name}`).join('; ')} }`;
}

module.exports = {
  SCALARS,
  SCALAR_KINDS,
  INT_RANGES,
  CHAR_SIGNED,
  MAX_DEPTH,
  kindOf,
  leafCount,
  generateShape,
  generateShapes,
  S,
  U,
  A,
  descriptorOf,
  aggregates,
  cTypedefs,
  leaves,
  layoutProgram,
  runLayoutProgram,
  checkLayout,
  describeShape,
  generateValue,
  roundTripSource,
  valueLeaves,
  compareValue,
  checkRoundTrip,
  hexFloat,
  cLiteral,
  C_PRELUDE,
};
