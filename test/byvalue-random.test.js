'use strict';
// Random structs and unions passed and returned by value, to functions and
// from callbacks. For each shape
// (small ones built here, most of which travel in registers, and the
// layout tests' random ones, most of which are MEMORY), a generated C
// library has
//   int32_t take_i(int32_t x0.., double y0.., T v, int32_t z)
//       0 when v holds the value bit for bit (every scalar of it, the
//       active member of each union) and every scalar argument is right,
//       else which one is not;
//   T make_i(int32_t x0..)     the value, built by C from literals;
//   T echo_i(T v, int32_t z)   v itself;
//   int32_t call_i(cb, int32_t x0.., double y0..)
//       calls cb(x0.., y0.., v, z) with the value built by C from
//       literals and checks the struct cb returns the same way as take_i,
//       so a callback (a JS function that checks its arguments against the
//       generator's values and returns the value) takes and returns T.
// The number of integer and double arguments before the aggregate varies,
// so that registers run out before, inside and after it. A shape of at
// most 16 bytes with a misaligned (packed) scalar must be refused instead.
// The run is compared with the values the generator expects, in the mode
// of the process: compiled and interpreted each meet the same oracle.
// JITFFI_BYVALUE_SEED and JITFFI_BYVALUE_COUNT override seed and count.

const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ffi, buildDir, assertThrowsCode } = require('./helpers');
const gen = require('./gen/aggregates');
const sig = require('./gen/signatures');
const aggregate = require('../lib/aggregate');

const mode = ffi[Symbol.for('jitffi.internals')].stats().mode;
const seed = process.env.JITFFI_BYVALUE_SEED ? sig.parseSeed(process.env.JITFFI_BYVALUE_SEED) : 0xb1a1;
const count = process.env.JITFFI_BYVALUE_COUNT ? Number(process.env.JITFFI_BYVALUE_COUNT) : 300;

const SMALL_SCALARS = ['i8', 'u8', 'char', 'bool', 'i16', 'u16', 'i32', 'u32', 'f32', 'float', 'f64', 'double', 'i64', 'u64', 'pointer'];

// A small struct or union: 1 to 4 fields, some nested or arrays, sometimes
// packed.
function smallShape(rng, depth = 0) {
  const n = rng.int(1, 4);
  const fields = Array.from({ length: n }, (_, i) => {
    let shape = rng.pick(SMALL_SCALARS);
    if (depth === 0 && rng.chance(0.2)) shape = smallShape(rng, 1);
    else if (rng.chance(0.15)) shape = { t: 'array', element: shape, length: rng.int(1, 3) };
    return { name: `f${i}`, shape };
  });
  const packed = rng.chance(0.1) ? rng.pick([true, 1, 2, 4]) : false;
  return { t: rng.chance(0.75) ? 'struct' : 'union', fields, packed, name: undefined };
}

function shapeOf(i) {
  if (i % 3 !== 2) return smallShape(sig.makeRng(seed, i));
  for (let k = 0; ; k++) {
    const s = gen.generateShape(seed, 100000 + i * 16 + k);
    if (s.t !== 'array') return s;
  }
}

// Refused by the rule of docs/structs.md: at most 16 bytes and a scalar
// not at a multiple of its size.
function refused(d) {
  const flat = aggregate.flatten(d);
  return flat.size <= 16 && flat.leaves.some((l) => l.offset % ffi.sizeof(l.type) !== 0);
}

function cases() {
  return Array.from({ length: count }, (_, i) => {
    const shape = shapeOf(i);
    const rng = sig.makeRng(seed ^ 0x5a5a, i);
    return {
      shape,
      value: gen.generateValue(shape, seed, i),
      ints: rng.int(0, 7),
      doubles: rng.int(0, 9),
      scalars: Array.from({ length: 20 }, () => rng.int(-1000000, 1000000)),
    };
  });
}

function source(list) {
  const out = [gen.C_PRELUDE];
  list.forEach(({ shape, value, ints, doubles, scalars }, i) => {
    const { lines, list: aggs } = gen.cTypedefs(shape, `B${i}`);
    out.push(...lines);
    const T = aggs[aggs.length - 1].cname;
    const xs = Array.from({ length: ints }, (_, k) => `int32_t x${k}`);
    const ys = Array.from({ length: doubles }, (_, k) => `double y${k}`);
    const leaves = gen.valueLeaves(shape, value);
    out.push(`EXPORT int32_t take_${i}(${[...xs, ...ys, `${T} v`, 'int32_t z'].join(', ')}) {`);
    for (let k = 0; k < ints; k++) out.push(`  if (x${k} != ${scalars[k]}) return ${1000 + k};`);
    for (let k = 0; k < doubles; k++) out.push(`  if (y${k} != ${scalars[10 + k] + 0.5}) return ${2000 + k};`);
    leaves.forEach((l, j) => {
      out.push(`  { ${gen.SCALARS[l.kind][0]} w = ${gen.cLiteral(l.kind, l.value)}; if (memcmp(&v${l.path}, &w, sizeof w)) return ${j + 1}; }`);
    });
    out.push(`  if (z != ${scalars[19]}) return 3000;`, '  return 0;', '}');
    out.push(`EXPORT ${T} make_${i}(${xs.join(', ') || 'void'}) {`, `  ${T} v;`, '  memset(&v, 0, sizeof v);');
    for (let k = 0; k < ints; k++) out.push(`  if (x${k} != ${scalars[k]}) return v;`);
    for (const l of leaves) out.push(`  v${l.path} = ${gen.cLiteral(l.kind, l.value)};`);
    out.push('  return v;', '}');
    out.push(`EXPORT ${T} echo_${i}(${T} v, int32_t z) { if (z != ${scalars[19]}) memset(&v, 0, sizeof v); return v; }`);
    const cbParams = [...Array(ints).fill('int32_t'), ...Array(doubles).fill('double'), T, 'int32_t'];
    out.push(`EXPORT int32_t call_${i}(${[`${T} (*cb)(${cbParams.join(', ')})`, ...xs, ...ys].join(', ')}) {`,
      `  ${T} v;`, '  memset(&v, 0, sizeof v);');
    for (const l of leaves) out.push(`  v${l.path} = ${gen.cLiteral(l.kind, l.value)};`);
    const cbArgs = [...Array.from({ length: ints }, (_, k) => `x${k}`), ...Array.from({ length: doubles }, (_, k) => `y${k}`)];
    out.push(`  ${T} r = cb(${[...cbArgs, 'v', String(scalars[19])].join(', ')});`);
    leaves.forEach((l, j) => {
      out.push(`  { ${gen.SCALARS[l.kind][0]} w = ${gen.cLiteral(l.kind, l.value)}; if (memcmp(&r${l.path}, &w, sizeof w)) return ${j + 1}; }`);
    });
    out.push('  return 0;', '}');
  });
  return out.join('\n');
}

describe(`random structs and unions by value (seed 0x${seed.toString(16)}, ${mode})`, () => {
  let list;
  let libPath;
  before(() => {
    list = cases();
    libPath = sig.buildLibrary(source(list), path.join(buildDir, 'byvalue'), { prefix: 'byvalue' }).path;
  });

  it('every shape is passed and returned exactly, or refused by the rule', () => {
    const lib = new ffi.DynamicLibrary(libPath);
    const failures = [];
    const counts = { passed: 0, refused: 0, memory: 0, registers: 0 };
    try {
      list.forEach(({ shape, value, ints, doubles, scalars }, i) => {
        const d = gen.descriptorOf(ffi, shape);
        const label = `shape ${i} (${gen.describeShape(shape)}; ${ints} ints, ${doubles} doubles before)`;
        const xs = scalars.slice(0, ints);
        const ys = scalars.slice(10, 10 + doubles).map((y) => y + 0.5);
        const params = [...Array(ints).fill('i32'), ...Array(doubles).fill('f64'), d, 'i32'];
        if (refused(d)) {
          assertThrowsCode(() => lib.getFunction(`take_${i}`, { parameters: params, result: 'i32' }),
            'ERR_INVALID_ARG_VALUE', /cannot be passed by value: .*packed/);
          assertThrowsCode(() => lib.getFunction(`make_${i}`, { parameters: Array(ints).fill('i32'), result: d }),
            'ERR_INVALID_ARG_VALUE', /cannot be passed by value: .*packed/);
          counts.refused++;
          return;
        }
        counts[ffi.sizeof(d) > 16 ? 'memory' : 'registers']++;
        const take = lib.getFunction(`take_${i}`, { parameters: params, result: 'i32' });
        const make = lib.getFunction(`make_${i}`, { parameters: Array(ints).fill('i32'), result: d });
        const echo = lib.getFunction(`echo_${i}`, { parameters: [d, 'i32'], result: d });
        const r = take(...xs, ...ys, value.input, scalars[19]);
        if (r !== 0) failures.push(`${label}: take_${i} returned ${r}`);
        for (const diff of gen.compareValue(shape, value, make(...xs))) failures.push(`${label}: make_${i}: ${diff}`);
        for (const diff of gen.compareValue(shape, value, echo(value.input, scalars[19]))) failures.push(`${label}: echo_${i}: ${diff}`);
        counts.passed++;
      });
    } finally {
      lib.close();
    }
    console.log(`${list.length} shapes: ${counts.registers} in registers, ${counts.memory} in memory, ${counts.refused} refused`);
    assert.deepEqual(failures.slice(0, 10), []);
    assert.ok(counts.registers >= count / 3, `only ${counts.registers} shapes in registers`);
    assert.ok(counts.memory >= count / 10, `only ${counts.memory} shapes in memory`);
  });

  it('callbacks take and return every shape exactly, or refuse it by the rule', () => {
    const lib = new ffi.DynamicLibrary(libPath);
    const failures = [];
    let passed = 0;
    try {
      list.forEach(({ shape, value, ints, doubles, scalars }, i) => {
        const d = gen.descriptorOf(ffi, shape);
        const label = `shape ${i} (${gen.describeShape(shape)}; ${ints} ints, ${doubles} doubles before)`;
        const xs = scalars.slice(0, ints);
        const ys = scalars.slice(10, 10 + doubles).map((y) => y + 0.5);
        const params = [...Array(ints).fill('i32'), ...Array(doubles).fill('f64'), d, 'i32'];
        if (refused(d)) {
          assertThrowsCode(() => lib.registerCallback({ parameters: params, result: 'i32' }, () => 0),
            'ERR_INVALID_ARG_VALUE', /cannot be passed by value: .*packed/);
          assertThrowsCode(() => lib.registerCallback({ parameters: [], result: d }, () => value.input),
            'ERR_INVALID_ARG_VALUE', /cannot be passed by value: .*packed/);
          return;
        }
        let calls = 0;
        const cb = lib.registerCallback({ parameters: params, result: d }, (...args) => {
          calls++;
          const want = [...xs, ...ys];
          want.forEach((x, k) => { if (args[k] !== x) failures.push(`${label}: argument ${k} is ${args[k]}, expected ${x}`); });
          for (const diff of gen.compareValue(shape, value, args[ints + doubles])) failures.push(`${label}: callback argument: ${diff}`);
          if (args[ints + doubles + 1] !== scalars[19]) failures.push(`${label}: last argument is ${args[ints + doubles + 1]}`);
          return value.input;
        });
        try {
          const call = lib.getFunction(`call_${i}`, {
            parameters: ['function', ...Array(ints).fill('i32'), ...Array(doubles).fill('f64')], result: 'i32',
          });
          const r = call(cb, ...xs, ...ys);
          if (r !== 0) failures.push(`${label}: call_${i} returned ${r} (the callback's result differs)`);
          if (calls !== 1) failures.push(`${label}: the callback ran ${calls} times`);
          passed++;
        } finally {
          lib.unregisterCallback(cb);
        }
      });
    } finally {
      lib.close();
    }
    assert.deepEqual(failures.slice(0, 10), []);
    assert.ok(passed >= count / 2, `only ${passed} shapes passed`);
  });
});
