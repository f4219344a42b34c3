'use strict';
// By-value calls and the memory their values travel in (lib/wrappers.js,
// the by-value area): calls nested in a callback of another by-value call,
// calls made by a getter while another call encodes its arguments, nesting
// deeper than the area holds, values larger than the area, and a throw in
// the middle of a call. Every result is checked against JS. Runs in the
// mode of the process and, from the compiled run, once more in a child
// without code generation from strings (the general tier).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const { ffi, openFixture, assertThrowsCode } = require('./helpers');

const internals = ffi[Symbol.for('jitffi.internals')];
const mode = internals.stats().mode;

const Quad = ffi.struct({ a: 'i64', b: 'i64', c: 'i64', d: 'i64' }, { name: 'Quad' });
const Point = ffi.struct({ x: 'f64', y: 'f64' }, { name: 'Point' });
const Huge = ffi.struct({ v: ffi.array('u8', 20000) }, { name: 'Huge' });
const Gappy = ffi.union({ a: ffi.struct({ x: 'u32', y: 'u16' }), b: 'u16' });

const quadAround = (q, depth) => ({ a: q.a + 1n, b: q.b * 2n, c: q.c - BigInt(depth), d: q.d ^ 0x5555n });
const quadOf = (k) => ({ a: BigInt(k), b: BigInt(-3 * k), c: 1000n + BigInt(k), d: BigInt(k) << 20n });

describe(`by-value calls inside by-value calls (${mode}${process.env.JITFFI_REENTRY_CHILD ? ', no JS code generation' : ''})`, () => {
  const { lib, functions: f } = openFixture({
    quad_around: { parameters: [Quad, 'i32', 'function'], result: Quad },
    point_around: { parameters: [Point, 'i32', 'function'], result: Point },
    quad_sum: { parameters: [Quad, Quad], result: Quad },
    huge_weigh: { parameters: [Huge, 'u32'], result: 'u32' },
    huge_fill: { parameters: ['u8'], result: Huge },
    gappy_bytes: { parameters: [Gappy], result: 'u64' },
  }, 'byvalue_reentry');

  it('a callback makes by-value calls during one, down to any depth', () => {
    const errors = [];
    let calls = 0;
    // Each level calls quad_around, whose result C writes before calling
    // back; the callback goes one level deeper with other values, and
    // point_around on the way. 400 levels of 64-byte frames do not fit the
    // area: the deepest ones get memory of their own.
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'void' }, (depth) => {
      if (depth === 0) return;
      const q = quadOf(depth);
      calls++;
      const r = f.quad_around(q, depth - 1, cb);
      if (JSON.stringify(r, (k, v) => (typeof v === 'bigint' ? `${v}` : v)) !==
        JSON.stringify(quadAround(q, depth - 1), (k, v) => (typeof v === 'bigint' ? `${v}` : v))) {
        errors.push(`depth ${depth}: ${JSON.stringify(r, (k, v) => `${v}`)}`);
      }
      const p = f.point_around({ x: depth, y: -depth }, 0, null);
      if (p.x !== depth || p.y !== -2 * depth) errors.push(`depth ${depth}: point ${p.x}, ${p.y}`);
    });
    try {
      for (const depth of [1, 5, 400]) {
        const q = quadOf(-7);
        assert.deepEqual(f.quad_around(q, depth, cb), quadAround(q, depth));
        assert.deepEqual(f.point_around({ x: 0.5, y: 4 }, depth, cb), { x: 0.5 + depth, y: 8 });
      }
    } finally {
      lib.unregisterCallback(cb);
    }
    assert.deepEqual(errors, []);
    assert.equal(calls, 2 * (1 + 5 + 400));
    assert.equal(internals.byValueAreaState().top, 0);
    assert.equal(internals.byValueAreaState().encoding, 0);
  });

  it('a getter makes a by-value call while the arguments of another are encoded', () => {
    let inner;
    const b = {
      a: 10n,
      get b() {
        inner = f.quad_sum(quadOf(100), quadOf(200));
        return 20n;
      },
      c: 30n,
      d: 40n,
    };
    const a = quadOf(3);
    assert.deepEqual(f.quad_sum(a, b), { a: a.a + 10n, b: a.b + 20n, c: a.c + 30n, d: a.d + 40n });
    assert.deepEqual(inner, { a: 300n, b: -900n, c: 2300n, d: 300n << 20n });
    // The getter of the first argument, before anything is encoded.
    const first = { get a() { inner = f.quad_around(quadOf(5), 1, null); return 1n; }, b: 2n, c: 3n, d: 4n };
    assert.deepEqual(f.quad_sum(first, quadOf(1)), { a: 2n, b: -1n, c: 1004n, d: 4n + (1n << 20n) });
    assert.deepEqual(inner, quadAround(quadOf(5), 1));
    assert.equal(internals.byValueAreaState().encoding, 0);
  });

  it('a throw while encoding or from a getter leaves the next call right', () => {
    assertThrowsCode(() => f.quad_sum(quadOf(1), { a: 1n, b: 2n, c: 3n, d: 'x' }), 'ERR_INVALID_ARG_VALUE',
      'Argument 1.d must be an int64');
    const boom = new Error('boom');
    assert.throws(() => f.quad_sum({ get a() { throw boom; }, b: 0n, c: 0n, d: 0n }, quadOf(1)), (e) => e === boom);
    assertThrowsCode(() => f.quad_around(quadOf(1), 'x', null), 'ERR_INVALID_ARG_VALUE', 'Argument 1 must be an int32');
    assert.deepEqual(internals.byValueAreaState(), { top: 0, encoding: 0, size: 16384 });
    // A callback's by-value call that throws gives its frame back at once.
    let top;
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'void' }, () => {
      assertThrowsCode(() => f.quad_around(quadOf(1), 2 ** 31, null), 'ERR_INVALID_ARG_VALUE', 'Argument 1 must be an int32');
      top = internals.byValueAreaState().top;
    });
    try {
      f.point_around({ x: 0, y: 0 }, 0, cb);
    } finally {
      lib.unregisterCallback(cb);
    }
    assert.equal(top, 16 + 16, 'the frame of point_around');
    assert.deepEqual(f.quad_sum(quadOf(1), quadOf(2)), { a: 3n, b: -9n, c: 2003n, d: 3n << 20n });
    assert.equal(internals.byValueAreaState().top, 0);
  });

  it('padding and the bytes a union member does not cover are zero, whatever the area held', () => {
    assert.equal(f.gappy_bytes({ a: { x: 0xffffffff, y: 0xffff } }), 0xffffffffffffn);
    assert.equal(f.gappy_bytes({ b: 0x1234 }), 0x1234n);
    assert.equal(f.gappy_bytes({ a: { x: 1, y: 2 } }), 0x200000001n);
  });

  it('values larger than the area travel in memory of their own', () => {
    assert.ok(ffi.sizeof(Huge) > internals.byValueAreaState().size);
    const v = Uint8Array.from({ length: 20000 }, (_, i) => (i * 13 + 5) & 0xff);
    let s = 77;
    for (const x of v) s = (Math.imul(s, 31) + x) >>> 0;
    assert.equal(f.huge_weigh({ v }, 77), s);
    const r = f.huge_fill(9);
    assert.equal(r.v.length, 20000);
    assert.ok(r.v.every((x, i) => x === ((9 + i * 7) & 0xff)));
    assertThrowsCode(() => f.huge_weigh({ v: v.subarray(1) }, 0), 'ERR_INVALID_ARG_VALUE',
      /^Argument 0\.v must be an array or typed array of length 20000/);
  });

  if (mode !== 'interp' && !process.env.JITFFI_REENTRY_CHILD) {
    it('the general tier passes the same tests (a child without JS code generation)', () => {
      const env = { ...process.env, JITFFI_REENTRY_CHILD: '1' };
      delete env.NODE_TEST_CONTEXT;
      const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', __filename], { env, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      // TAP (# pass) or the spec reporter (ℹ pass), which newer Node.js majors use here.
      assert.match(r.stdout, /[#ℹ] pass 5\b/);
      assert.match(r.stdout, /[#ℹ] fail 0\b/);
    });
  }
});
