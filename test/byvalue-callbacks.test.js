'use strict';
// Callbacks whose parameters and results are structs and unions passed by
// value (docs/callbacks.md): each C function of test/fixtures/byvalue.c
// named cb_* calls its callback with the values it was given and returns
// what the callback returned (or a weight of it computed in C). Each test
// checks what the callback received against what JS passed, and what C
// returned against what the callback returned. The suite runs in the mode of
// the process (compiled or JITFFI_MODE=interp) and, from the compiled run,
// once more in a child without code generation from strings (callbacks
// without thunks).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const { ffi, openFixture, fixturePath, runWithoutCodegen } = require('./helpers');

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

const I32x6 = Array(6).fill('i32');
const F64x7 = Array(7).fill('f64');
// The callback signatures, and the C functions' (callback first).
const callbacks = {
  cb_point: { parameters: [Point, Point], result: Point },
  cb_with_point: { parameters: [Point], result: 'f64' },
  cb_make_point: { parameters: ['f64', 'f64'], result: Point },
  cb_point_weigh: { parameters: ['f64', 'f64'], result: Point },
  cb_f3: { parameters: [F3, 'float'], result: F3 },
  cb_di: { parameters: [DI, 'i32'], result: DI },
  cb_fi: { parameters: [FI], result: FI },
  cb_c3: { parameters: [C3], result: C3 },
  cb_s16: { parameters: [S16], result: S16 },
  cb_s17: { parameters: [S17, 'u8'], result: S17 },
  cb_s17_weigh: { parameters: [S17, 'u8'], result: S17 },
  cb_u: { parameters: [U, 'u32'], result: U },
  cb_nested: { parameters: [Nested], result: Nested },
  cb_nested_weigh: { parameters: [Nested], result: Nested },
  cb_pf: { parameters: [PF], result: PF },
  cb_f1: { parameters: [F1], result: F1 },
  cb_after_six: { parameters: [...I32x6, Pair, 'i32'], result: 'i64' },
  cb_after_seven: { parameters: [...F64x7, Point, 'f64'], result: Point },
  cb_memory_result: { parameters: ['i32', 'i32', 'i32', 'i32', Pair, 'i32'], result: Nested },
  cb_mixed: { parameters: ['i8', Point, 'float', DI, 'u64', FI], result: 'f64' },
};
const weighs = { cb_point_weigh: 'f64', cb_s17_weigh: 'u32', cb_nested_weigh: 'f64' };
const definitions = Object.fromEntries(Object.entries(callbacks).map(([name, s]) => [name, {
  parameters: ['function', ...s.parameters], result: weighs[name] ?? s.result,
}]));

const wrap16 = (n) => ((n + 0x8000) & 0xffff) - 0x8000;

describe(`callbacks with structs and unions by value (${mode}${process.env.JITFFI_CBVALUE_CHILD ? ', no JS code generation' : ''})`, () => {
  const { lib, functions: f } = openFixture(definitions, 'byvalue');

  // Registers `impl` with the signature of `name`'s callback, calls `name`
  // with it and `args`, and returns [what C returned, what the callback
  // received].
  function run(name, impl, ...args) {
    const seen = [];
    const cb = lib.registerCallback(callbacks[name], (...a) => {
      seen.push(a);
      return impl(...a);
    });
    try {
      const r = f[name](cb, ...args);
      assert.equal(seen.length, 1);
      return [r, seen[0]];
    } finally {
      lib.unregisterCallback(cb);
    }
  }

  it('two doubles (SSE, SSE) in and out, and a struct made from scalars', () => {
    const a = { x: 1.5, y: -2 };
    const b = { x: 0.25, y: 1e300 };
    const [r, got] = run('cb_point', (p, q) => ({ x: p.x - q.y, y: p.y * q.x }), a, b);
    assert.deepEqual(got, [a, b]);
    assert.deepEqual(r, { x: a.x - b.y, y: a.y * b.x });
    const [d, [p]] = run('cb_with_point', (v) => v.x / v.y, { x: 3, y: -8 });
    assert.deepEqual(p, { x: 3, y: -8 });
    assert.equal(d, 3 / -8);
    const [m, xy] = run('cb_make_point', (x, y) => ({ x: y, y: x * 2 }), 0.5, -7.25);
    assert.deepEqual(xy, [0.5, -7.25]);
    assert.deepEqual(m, { x: -7.25, y: 1 });
    const [w] = run('cb_point_weigh', (x, y) => ({ x: x + 1, y: y - 1 }), 2.5, 10);
    assert.equal(w, (2.5 + 1) * 3 - (10 - 1));
  });

  it('three floats; a double and an int; a float and an int', () => {
    const v = { a: 1.1, b: -2.2, c: 3.3 };
    const k = 0.7;
    const [r, got] = run('cb_f3', (s, x) => ({ a: s.c * x, b: s.a, c: s.b + x }), v, k);
    const fv = { a: f32(v.a), b: f32(v.b), c: f32(v.c) };
    assert.deepEqual(got, [fv, f32(k)]);
    assert.deepEqual(r, { a: f32(fv.c * f32(k)), b: fv.a, c: f32(fv.b + f32(k)) });
    const [di, gotDi] = run('cb_di', (s, n) => ({ d: s.d * n, i: s.i - n }), { d: 2.5, i: 100 }, -7);
    assert.deepEqual(gotDi, [{ d: 2.5, i: 100 }, -7]);
    assert.deepEqual(di, { d: -17.5, i: 107 });
    const [fi, [gotFi]] = run('cb_fi', (s) => ({ f: s.i, i: Math.trunc(-s.f) }), { f: -12.5, i: 9 });
    assert.deepEqual(gotFi, { f: -12.5, i: 9 });
    assert.deepEqual(fi, { f: 9, i: 12 });
  });

  it('three chars, 16 bytes of integers, a union', () => {
    const [c3, [gotC3]] = run('cb_c3', (s) => ({ s: [s.s[2], s.s[0], -s.s[1]] }), { s: [65, -128 + 1, 127] });
    assert.deepEqual(gotC3, { s: new Int8Array([65, -127, 127]) });
    assert.deepEqual(c3, { s: new Int8Array([127, 65, 127]) });
    const v = { a: -(2n ** 62n), b: 2147483646, c: -32768, d: 127, e: 255 };
    const [s16, [gotS16]] = run('cb_s16', (s) => ({ a: s.a - 1n, b: s.c, c: s.d, d: -s.d, e: s.e - 1 }), v);
    assert.deepEqual(gotS16, v);
    assert.deepEqual(s16, { a: v.a - 1n, b: v.c, c: v.d, d: -v.d, e: v.e - 1 });
    const bits = new Uint32Array(new Float32Array([1.5]).buffer)[0];
    const [u, gotU] = run('cb_u', (s, m) => ({ i: (s.i ^ m) | 0 }), { f: 1.5 }, 0x80000000);
    assert.equal(gotU[0].i, bits);
    assert.equal(gotU[0].f, 1.5);
    assert.deepEqual(gotU[0].b, new Uint8Array(new Uint32Array([bits]).buffer));
    assert.equal(gotU[1], 0x80000000);
    assert.equal(u.f, -1.5);
  });

  it('17 and 32 bytes (MEMORY) both ways', () => {
    const bytes = Uint8Array.from({ length: 17 }, (_, i) => (i * 37 + 11) & 0xff);
    const shift = (s, k) => ({ v: s.v.map((b, i) => (b + k + i) & 0xff) });
    const [r, got] = run('cb_s17', shift, { v: bytes }, 200);
    assert.deepEqual(got, [{ v: bytes }, 200]);
    assert.deepEqual(r, shift({ v: bytes }, 200));
    const [w] = run('cb_s17_weigh', shift, { v: bytes }, 3);
    let expected = 0;
    for (const b of shift({ v: bytes }, 3).v) expected = (Math.imul(expected, 31) + b) >>> 0;
    assert.equal(w, expected);
    const v = { p: { x: 1.25, y: -3 }, tags: [7, -300, 32767], w: 0.5 };
    const twice = (s) => ({ p: { x: s.p.x * 2, y: s.p.y * 2 }, tags: s.tags.map((t) => wrap16(t * 2)), w: s.w * 2 });
    const [n, [gotN]] = run('cb_nested', twice, v);
    assert.deepEqual(gotN, { ...v, tags: new Int16Array(v.tags) });
    assert.deepEqual(n, { p: { x: 2.5, y: -6 }, tags: new Int16Array(v.tags.map((t) => wrap16(t * 2))), w: 1 });
    const [nw] = run('cb_nested_weigh', twice, v);
    const t = twice({ ...v, tags: new Int16Array(v.tags) });
    assert.equal(nw, t.p.x + t.p.y + t.tags[0] + t.tags[1] * 10 + t.tags[2] * 100 + t.w);
  });

  it('a pointer and a float; a float alone', () => {
    const [pf, [gotPf]] = run('cb_pf', (s) => ({ p: s.p + 8n, f: s.f / 2 }), { p: 0x1000n, f: 3 });
    assert.deepEqual(gotPf, { p: 0x1000n, f: 3 });
    assert.deepEqual(pf, { p: 0x1008n, f: 1.5 });
    const [f1, [gotF1]] = run('cb_f1', (s) => ({ x: -s.x }), { x: 2.5 });
    assert.deepEqual(gotF1, { x: 2.5 });
    assert.deepEqual(f1, { x: -2.5 });
  });

  it('a struct that does not fit the registers left arrives on the stack', () => {
    const n = [3, -5, 7, -11, 13, -17];
    const p = { a: 1n << 40n, b: -(1n << 33n) };
    const weigh = (...a) => a.slice(0, 6).reduce((s, x, i) => s + BigInt((i + 1) * x), 0n) + 7n * a[6].a + 11n * a[6].b + 13n * BigInt(a[7]);
    const [r, got] = run('cb_after_six', weigh, ...n, p, 1000);
    assert.deepEqual(got, [...n, p, 1000]);
    assert.equal(r, weigh(...n, p, 1000));
    const d = [0.5, 1.5, -2, 4, 8.25, -16, 32];
    const q = { x: 0.125, y: 10 };
    const seven = (...a) => ({ x: a.slice(0, 7).reduce((s, v, i) => s + (i + 1) * v, 0) + 8 * a[7].x, y: a[7].y - a[8] });
    const [r7, got7] = run('cb_after_seven', seven, ...d, q, 2.5);
    assert.deepEqual(got7, [...d, q, 2.5]);
    assert.deepEqual(r7, seven(...d, q, 2.5));
    const make = (a, b, c, e, pair, g) => ({ p: { x: a, y: b }, tags: [c, e, g], w: Number(pair.a - pair.b) });
    const [m, gotM] = run('cb_memory_result', make, 1, -2, 3, -4, { a: 10n, b: 3n }, 5);
    assert.deepEqual(gotM, [1, -2, 3, -4, { a: 10n, b: 3n }, 5]);
    assert.deepEqual(m, { p: { x: 1, y: -2 }, tags: new Int16Array([3, -4, 5]), w: 7 });
  });

  it('structs among scalars', () => {
    const args = [-8, { x: 1.5, y: 2.25 }, 0.1, { d: -3.5, i: 42 }, 2n ** 40n, { f: 0.75, i: -9 }];
    const weigh = (a, p, fl, d, u, fi) => a + p.x * 3 + p.y * 5 + fl * 7 + d.d * 11 + d.i * 13 + Number(u) * 17 + fi.f * 19 + fi.i * 23;
    const [r, got] = run('cb_mixed', weigh, ...args);
    assert.deepEqual(got, [-8, args[1], f32(0.1), args[3], 2n ** 40n, args[5]]);
    assert.equal(r, weigh(...got));
  });

  it('a struct argument is a fresh object on each call', () => {
    const seen = [];
    const cb = lib.registerCallback(callbacks.cb_with_point, (p) => { seen.push(p); p.x = 99; return p.y; });
    assert.equal(f.cb_with_point(cb, { x: 1, y: 2 }), 2);
    assert.equal(f.cb_with_point(cb, { x: 1, y: 3 }), 3);
    assert.notEqual(seen[0], seen[1]);
    assert.deepEqual(seen[1], { x: 99, y: 3 });
    lib.unregisterCallback(cb);
  });

  it('declarations that cannot be passed by value are refused', () => {
    const Packed = ffi.struct({ tag: 'u8', value: 'u32' }, { packed: true, name: 'P' });
    assert.throws(() => lib.registerCallback({ parameters: [Packed] }, () => {}),
      { code: 'ERR_INVALID_ARG_VALUE', message: /^Argument 0 of function <callback> cannot be passed by value: .*packed/ });
    assert.throws(() => lib.registerCallback({ result: ffi.array('i32', 2) }, () => {}),
      { code: 'ERR_INVALID_ARG_VALUE', message: /^Return value type of function <callback> is an array type/ });
  });

  // A result that does not fit, or a promise, aborts the process as for a
  // scalar result; so does a callback that throws.
  const aborts = [
    ['({ x: 1 })', '(result.y is missing: expected a double)'],
    ['({ x: 1, y: 2n })', '(result.y must be a double)'],
    ['({ x: 1, y: 2, z: 3 })', '(result.z is not a field of struct Point)'],
    ['7', '(result must be an object (struct Point))'],
    ['Promise.resolve({ x: 1, y: 2 })', null],
  ];
  for (const [value, detail] of aborts) {
    it(`a callback returning ${value} for a struct aborts`, () => {
      const r = spawnSync(process.execPath, ['-e', `
        const ffi = require(${JSON.stringify(require.resolve('..'))});
        const Point = ffi.struct({ x: 'f64', y: 'f64' }, { name: 'Point' });
        const { lib, functions: f } = ffi.dlopen(${JSON.stringify(fixturePath('byvalue'))}, {
          cb_make_point: { parameters: ['function', 'f64', 'f64'], result: Point },
        });
        const cb = lib.registerCallback({ parameters: ['f64', 'f64'], result: Point }, () => ${value});
        f.cb_make_point(cb, 1, 2);
        console.log('returned');
      `], { encoding: 'utf8' });
      assert.equal(r.signal, 'SIGABRT', r.stdout + r.stderr);
      assert.doesNotMatch(r.stdout, /returned/);
      const lines = r.stderr.split('\n');
      if (detail === null) {
        assert.equal(lines[0], 'FATAL ERROR: jitffi callback Callbacks cannot return promises');
      } else {
        assert.equal(lines[0], 'FATAL ERROR: jitffi callback Callback returned invalid value for declared FFI type');
        assert.equal(lines[1], `  ${detail}`);
      }
    });
  }

  it('a released callback returns a zero struct', () => {
    const cb = lib.registerCallback(callbacks.cb_nested, (s) => s);
    lib.unregisterCallback(cb);
    const v = { p: { x: 1, y: 2 }, tags: [1, 2, 3], w: 4 };
    assert.deepEqual(f.cb_nested(cb, v), { p: { x: 0, y: 0 }, tags: new Int16Array(3), w: 0 });
    const small = lib.registerCallback(callbacks.cb_point, (a) => a);
    lib.unregisterCallback(small);
    assert.deepEqual(f.cb_point(small, { x: 1, y: 2 }, { x: 3, y: 4 }), { x: 0, y: 0 });
  });

  if (mode !== 'interp' && !process.env.JITFFI_CBVALUE_CHILD) {
    it('callbacks without thunks pass the same tests (a child without JS code generation)', () => {
      runWithoutCodegen(__filename, 'JITFFI_CBVALUE_CHILD');
    });
  }
});
