'use strict';
// Structs and unions passed and returned by value (docs/structs.md):
// test/fixtures/byvalue.c computes every result from every field, and each
// expected value here is computed in JS from the same inputs. The suite
// runs in the mode of the process (compiled or JITFFI_MODE=interp) and,
// from the compiled run, once more in a child without code generation
// from strings, where every signature takes the general tier.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { ffi, openFixture, assertThrowsCode, runWithoutCodegen, fastPath } = require('./helpers');

const internals = ffi[Symbol.for('jitffi.internals')];
const mode = internals.stats().mode;
const f32 = Math.fround;

const Point = ffi.struct({ x: 'double', y: 'double' }, { name: 'Point' });
const F3 = ffi.struct({ a: 'float', b: 'float', c: 'float' });
const DI = ffi.struct({ d: 'double', i: 'i32' });
const FI = ffi.struct({ f: 'float', i: 'i32' });
const C3 = ffi.struct({ s: ffi.array('char', 3) });
const S16 = ffi.struct({ a: 'i64', b: 'i32', c: 'i16', d: 'i8', e: 'u8' });
const S17 = ffi.struct({ v: ffi.array('u8', 17) });
const U = ffi.union({ f: 'float', i: 'i32', b: ffi.array('u8', 4) });
const Nested = ffi.struct({ p: Point, tags: ffi.array('i16', 3), w: 'double' });
const Pair = ffi.struct({ a: 'i64', b: 'i64' });
const PF = ffi.struct({ p: 'pointer', f: 'float' });
const F1 = ffi.struct({ x: 'float' });

const I32x5 = ['i32', 'i32', 'i32', 'i32', 'i32'];
const definitions = {
  point_add: { parameters: [Point, Point], result: Point },
  point_cross: { parameters: [Point, Point], result: 'double' },
  f3_scale: { parameters: [F3, 'float'], result: F3 },
  f3_sum: { parameters: [F3], result: 'float' },
  di_mix: { parameters: [DI, 'i32'], result: DI },
  fi_swap: { parameters: [FI], result: FI },
  c3_rev: { parameters: [C3], result: C3 },
  c3_weigh: { parameters: [C3], result: 'i32' },
  s16_inc: { parameters: [S16], result: S16 },
  s16_sum: { parameters: [S16], result: 'i64' },
  s17_shift: { parameters: [S17, 'u8'], result: S17 },
  s17_weigh: { parameters: [S17], result: 'u32' },
  u_xor: { parameters: [U, 'u32'], result: U },
  u_bits: { parameters: [U], result: 'u32' },
  nested_twice: { parameters: [Nested], result: Nested },
  nested_sum: { parameters: [Nested], result: 'double' },
  after_six: { parameters: [...I32x5, 'i32', Pair, 'i32'], result: 'i64' },
  after_five: { parameters: [...I32x5, Pair, 'i64'], result: 'i64' },
  after_seven: { parameters: [...Array(7).fill('double'), Point, 'double'], result: Point },
  memory_result: { parameters: ['i32', 'i32', 'i32', 'i32', Pair, 'i32'], result: Nested },
  mixed: { parameters: ['i8', Point, 'float', DI, 'u64', FI], result: 'double' },
  pf_next: { parameters: [PF], result: PF },
  f1_neg: { parameters: [F1], result: F1 },
  pair_make: { parameters: ['i64', 'i64'], result: Pair },
};

const wrap16 = (n) => ((n + 0x8000) & 0xffff) - 0x8000;

describe(`structs and unions by value (${mode}${process.env.JITFFI_BYVALUE_CHILD ? ', no JS code generation' : ''})`, () => {
  const { lib, functions: f } = openFixture(definitions, 'byvalue');

  it('takes the path the rest of the signature allows', () => {
    const expected = mode === 'interp' ? 'interp' : (process.env.JITFFI_BYVALUE_CHILD ? 'general' : fastPath);
    assert.equal(internals.pathOf(f.point_add), expected);
    assert.equal(f.point_add.name, 'point_add');
    assert.equal(f.point_add.length, 2);
    assert.equal(typeof f.point_add.pointer, 'bigint');
  });

  it('two doubles (SSE, SSE) both ways', () => {
    for (const [a, b] of [[{ x: 1.5, y: -2 }, { x: 0.25, y: 1e300 }], [{ x: -0, y: NaN }, { x: 3, y: 4 }]]) {
      assert.deepEqual(f.point_add(a, b), { x: a.x + b.x, y: a.y + b.y });
      assert.equal(f.point_cross(a, b), a.x * b.y - a.y * b.x);
    }
  });

  it('three floats: a full SSE eightbyte and a float alone', () => {
    const v = { a: 1.1, b: -2.2, c: 3.3 };
    const k = 0.7;
    assert.deepEqual(f.f3_scale(v, k), { a: f32(f32(v.a) * f32(k)), b: f32(f32(v.b) * f32(k)), c: f32(f32(v.c) * f32(k)) });
    assert.equal(f.f3_sum(v), f32(f32(f32(v.a) + f32(v.b)) + f32(v.c)));
  });

  it('a double and an int (SSE, INTEGER); a float and an int (INTEGER)', () => {
    assert.deepEqual(f.di_mix({ d: 2.5, i: 100 }, -7), { d: 2.5 * 2 - 7, i: 107 });
    assert.deepEqual(f.fi_swap({ f: -12.75, i: 9 }), { f: 9, i: -12 });
  });

  it('three chars (a 3-byte INTEGER eightbyte)', () => {
    const s = [65, -128, 127];
    assert.deepEqual(f.c3_rev({ s }), { s: new Int8Array([127, -128, 65]) });
    assert.equal(f.c3_weigh({ s: new Int8Array(s) }), s[0] + 3 * s[1] + 9 * s[2]);
  });

  it('16 bytes of integers go in two registers, 17 bytes in memory', () => {
    const v = { a: -(2n ** 62n), b: 2147483646, c: -32768, d: 127, e: 255 };
    assert.deepEqual(f.s16_inc(v), { a: v.a + 1n, b: 2147483647, c: -32767, d: -128, e: 0 });
    assert.equal(f.s16_sum(v), v.a + BigInt(v.b + v.c + v.d + v.e));
    const bytes = Uint8Array.from({ length: 17 }, (_, i) => (i * 37 + 11) & 0xff);
    const k = 200;
    assert.deepEqual(f.s17_shift({ v: bytes }, k), { v: bytes.map((b, i) => (b + k + i) & 0xff) });
    let w = 0;
    for (const b of bytes) w = (Math.imul(w, 31) + b) >>> 0;
    assert.equal(f.s17_weigh({ v: bytes }), w);
  });

  it('a union of a float, an int and bytes (INTEGER), given any one member', () => {
    const bits = new Uint32Array(new Float32Array([1.5]).buffer)[0];
    assert.equal(f.u_bits({ f: 1.5 }), bits);
    assert.equal(f.u_bits({ i: -1 }), 0xffffffff);
    assert.equal(f.u_bits({ b: [1, 2, 3, 4] }), 0x04030201);
    const r = f.u_xor({ f: 1.5 }, 0x80000000);
    assert.equal(r.f, -1.5);
    assert.equal(r.i, (bits ^ 0x80000000) | 0);
    assert.deepEqual(r.b, new Uint8Array(new Int32Array([r.i]).buffer));
  });

  it('a nested struct with an array (32 bytes, MEMORY) both ways', () => {
    const v = { p: { x: 1.25, y: -3 }, tags: [7, -300, 32767], w: 0.5 };
    assert.deepEqual(f.nested_twice(v), {
      p: { x: 2.5, y: -6 }, tags: new Int16Array(v.tags.map((t) => wrap16(t * 2))), w: 1,
    });
    assert.equal(f.nested_sum(v), v.p.x + v.p.y + v.tags[0] + v.tags[1] * 10 + v.tags[2] * 100 + v.w);
  });

  it('a struct that does not fit the registers left goes wholly on the stack', () => {
    const n = [3, -5, 7, -11, 13, -17];
    const p = { a: 1n << 40n, b: -(1n << 33n) };
    const g = 1000;
    const sum6 = n.reduce((s, x, i) => s + BigInt((i + 1) * x), 0n);
    assert.equal(f.after_six(...n, p, g), sum6 + 7n * p.a + 11n * p.b + BigInt(13 * g));
    const sum5 = n.slice(0, 5).reduce((s, x, i) => s + BigInt((i + 1) * x), 0n);
    assert.equal(f.after_five(...n.slice(0, 5), p, -(2n ** 50n)), sum5 + 7n * p.a + 11n * p.b - 13n * 2n ** 50n);
    const d = [0.5, 1.5, -2, 4, 8.25, -16, 32];
    const q = { x: 0.125, y: 10 };
    const h = 2.5;
    const x = d.reduce((s, v, i) => s + (i + 1) * v, 0) + 8 * q.x;
    assert.deepEqual(f.after_seven(...d, q, h), { x, y: q.y - h });
    assert.deepEqual(f.memory_result(1, -2, 3, -4, { a: 10n, b: 3n }, 5),
      { p: { x: 1, y: -2 }, tags: new Int16Array([3, -4, 5]), w: 7 });
  });

  it('structs among scalars', () => {
    const a = -8;
    const p = { x: 1.5, y: 2.25 };
    const fl = 0.1;
    const d = { d: -3.5, i: 42 };
    const u = 2n ** 40n;
    const fi = { f: 0.75, i: -9 };
    const expected = a + p.x * 3 + p.y * 5 + f32(f32(fl) * 7) + d.d * 11 + d.i * 13 + Number(u) * 17 + f32(fi.f * 19) + fi.i * 23;
    assert.equal(f.mixed(a, p, fl, d, u, fi), expected);
  });

  it('a pointer and a float; a float alone; a result built from scalars', () => {
    assert.deepEqual(f.pf_next({ p: 0x1000n, f: 3 }), { p: 0x1008n, f: 1.5 });
    assert.deepEqual(f.pf_next({ p: null, f: -1 }), { p: 8n, f: -0.5 });
    assert.deepEqual(f.f1_neg({ x: 2.5 }), { x: -2.5 });
    assert.deepEqual(f.pair_make(6n, -7n), { a: -42n, b: 13n });
    assert.deepEqual(f.pair_make(2 ** 40, 3), { a: 3n * 2n ** 40n, b: 2n ** 40n - 3n });
  });

  it('a struct argument is checked in full before anything is called', () => {
    assertThrowsCode(() => f.point_add({ x: 1 }, { x: 0, y: 0 }), 'ERR_INVALID_ARG_VALUE',
      'Argument 0.y is missing: expected a double');
    assertThrowsCode(() => f.point_add({ x: 1, y: 2 }, { x: 0, y: '1' }), 'ERR_INVALID_ARG_VALUE',
      'Argument 1.y must be a double');
    assertThrowsCode(() => f.point_add({ x: 1, y: 2, z: 3 }, { x: 0, y: 0 }), 'ERR_INVALID_ARG_VALUE',
      'Argument 0.z is not a field of struct Point');
    assertThrowsCode(() => f.nested_sum({ p: { x: 0, y: 0 }, tags: [1, 2, 70000], w: 0 }), 'ERR_INVALID_ARG_VALUE',
      'Argument 0.tags[2] must be an int16');
    assertThrowsCode(() => f.u_bits({ f: 1, i: 2 }), 'ERR_INVALID_ARG_VALUE', /^Argument 0 must have only one of/);
    assertThrowsCode(() => f.point_add(null, { x: 0, y: 0 }), 'ERR_INVALID_ARG_VALUE', /^Argument 0 must be an object/);
    assertThrowsCode(() => f.di_mix({ d: 1, i: 2 }, 1.5), 'ERR_INVALID_ARG_VALUE', 'Argument 1 must be an int32');
    assertThrowsCode(() => f.point_add({ x: 1, y: 2 }), 'ERR_INVALID_ARG_VALUE', "Invalid argument count: expected 2, got 1");
    assertThrowsCode(() => f.pair_make(1n, 2n, 3n), 'ERR_INVALID_ARG_VALUE', "Invalid argument count: expected 2, got 3");
  });

  it('declarations that cannot be passed by value are refused', () => {
    const l = new ffi.DynamicLibrary(null);
    const Packed = ffi.struct({ tag: 'u8', value: 'u32' }, { packed: true, name: 'P' });
    assertThrowsCode(() => l.getFunction('abs', { parameters: [Packed], result: 'i32' }), 'ERR_INVALID_ARG_VALUE',
      /^Argument 0 of function abs cannot be passed by value: .*packed/);
    assertThrowsCode(() => l.getFunction('abs', { parameters: ['i32'], result: Packed }), 'ERR_INVALID_ARG_VALUE',
      /^Return value type of function abs cannot be passed by value/);
    assertThrowsCode(() => l.getFunction('abs', { parameters: [ffi.array('i32', 1)], result: 'i32' }),
      'ERR_INVALID_ARG_VALUE', /^Argument 0 of function abs is an array type/);
    assertThrowsCode(() => l.registerCallback({ parameters: ['i32', Packed] }, () => {}), 'ERR_INVALID_ARG_VALUE',
      /^Argument 1 of function <callback> cannot be passed by value: .*packed/);
    // A packed struct larger than 16 bytes is MEMORY, as in C: it works.
    const Big = ffi.struct({ tag: 'u8', v: ffi.array('u32', 4) }, { packed: true });
    assert.equal(typeof l.getFunction('labs', { parameters: [Big], result: 'i64' }), 'function');
    l.close();
  });

  it('the same symbol with another layout is another signature', () => {
    const Other = ffi.struct({ x: 'float', y: 'float', z: 'double' });
    assertThrowsCode(() => lib.getFunction('point_cross', { parameters: [Other, Point], result: 'double' }),
      'ERR_INVALID_ARG_VALUE', 'Function point_cross was already requested with a different signature');
    // Another descriptor of the same layout is the same signature.
    const Point2 = ffi.struct({ x: 'f64', y: 'f64' });
    assert.equal(lib.getFunction('point_cross', { parameters: [Point2, Point], result: 'f64' }), f.point_cross);
  });

  it('a closed library refuses the call', () => {
    const { lib: l, functions: g } = openFixture({ point_add: definitions.point_add }, 'byvalue');
    l.close();
    assertThrowsCode(() => g.point_add({ x: 0, y: 0 }, { x: 0, y: 0 }), 'ERR_FFI_LIBRARY_CLOSED');
  });

  if (mode !== 'interp' && !process.env.JITFFI_BYVALUE_CHILD) {
    it('the general tier passes the same tests (a child without JS code generation)', () => {
      const stdout = runWithoutCodegen(__filename, 'JITFFI_BYVALUE_CHILD');
      assert.match(stdout, /[#ℹ] pass 1[0-9]\b/);
      assert.match(stdout, /[#ℹ] fail 0\b/);
    });
  }
});
