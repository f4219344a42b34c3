'use strict';
// Aggregate types (docs/structs.md): ffi.struct, ffi.union, ffi.array,
// sizeof/alignof/offsetof, and ffi.read/ffi.write/ffi.alloc.
//
// The C compiler is the oracle of every layout: random shapes
// (test/gen/aggregates.js) and the hard cases are declared in C, a
// generated program prints their sizeof, _Alignof and offsetof, and
// jitffi must agree. Values go both ways through C: C functions store a
// random value's scalars and jitffi reads them back; jitffi writes them and
// C compares each scalar bit for bit (test/fixtures/structs.c for
// hand-written ones). The seed differs between the compiled and the
// interpreted run; JITFFI_AGG_SEED and JITFFI_AGG_COUNT override seed and
// count.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { ffi, buildDir, fixturePath, openFixture, assertThrowsCode, assertThrowsSame } = require('./helpers');
const gen = require('./gen/aggregates');
const sig = require('./gen/signatures');
const aggregate = require('../lib/aggregate');

const mode = ffi[Symbol.for('jitffi.internals')].stats().mode;
const seed = process.env.JITFFI_AGG_SEED ? sig.parseSeed(process.env.JITFFI_AGG_SEED)
  : (mode === 'interp' ? 0xa9e2 : 0xa9e1);
const count = process.env.JITFFI_AGG_COUNT ? Number(process.env.JITFFI_AGG_COUNT) : 400;
const aggBuild = path.join(buildDir, 'aggregates');

// The address of `buffer`'s memory, which stays allocated until the
// process ends: a pointer outlives the Buffer it was taken from otherwise.
const alive = [];
function pointerTo(buffer) {
  alive.push(buffer);
  return ffi.getRawPointer(buffer);
}

const VALUE = 'ERR_INVALID_ARG_VALUE';
const TYPE = 'ERR_INVALID_ARG_TYPE';

// The hard cases of C layout, compared with C like the random ones.
const { S, U, A } = gen;
const HARD = [
  S({ a: 'float', b: 'float', c: 'float' }),
  S({ a: 'double', b: 'int32' }),
  S({ a: 'int32', b: 'double' }),
  S({ s: A('char', 3) }),
  S({ a: 'u64', b: 'u64' }), // 16 bytes
  S({ a: 'u64', b: 'u64', c: 'u8' }), // 17 bytes of data
  S({ a: 'u64', b: 'u64', c: 'u8' }, { packed: true }),
  S({ a: 'u64', b: 'u64', c: 'u8' }, { packed: 4 }),
  S({ s: A('char', 16) }),
  S({ s: A('char', 17) }),
  S({ a: 'f32', b: 'f32', c: 'f32', d: 'f32' }),
  S({ a: 'f32', b: 'f32', c: 'f32', d: 'f32', e: 'f32' }),
  S({ a: 'u8', b: 'u16', c: 'u8', d: 'u32', e: 'u8', f: 'u64', g: 'u8' }),
  S({ a: 'u8', b: 'u16', c: 'u8', d: 'u32', e: 'u8', f: 'u64', g: 'u8' }, { packed: 2 }),
  S({ a: 'u8', inner: S({ x: 'f64', y: 'u8' }), b: 'u8' }, { packed: 1 }),
  S({ a: 'u8', inner: S({ x: 'f64', y: 'u8' }, { packed: 1 }), b: 'u8' }),
  S({ a: 'u8', u: U({ d: 'double', c: A('char', 9) }), b: 'u8' }),
  U({ a: 'u8', b: A('u16', 3) }),
  U({ d: 'double', i: 'i64', s: S({ x: 'f32', y: 'f32' }) }, { packed: 4 }),
  S({ m: A(A('i16', 3), 2), p: 'pointer', b: 'bool' }),
  A(S({ c: 'char', d: 'double' }), 3),
  A(U({ c: 'char', s: 'i16' }), 5),
  S({ p: 'ptr', s: 'string', f: 'function', b: 'buffer', ab: 'arraybuffer', c: 'char' }),
];

function layoutOf(shapes) {
  return gen.runLayoutProgram(gen.layoutProgram(shapes), aggBuild);
}

describe('layout: equal to the C compiler\'s', () => {
  const shapes = gen.generateShapes(seed, count);

  it(`${count} random shapes: sizeof, alignof, offsetof and flattened leaves (seed 0x${seed.toString(16)})`, () => {
    const r = gen.checkLayout(ffi, shapes, layoutOf(shapes), aggregate.flatten);
    console.log(`${r.counts.shapes} shapes, ${r.counts.types} aggregate types, ${r.counts.fields} fields, ` +
      `${r.counts.leaves} leaves, ${r.counts.spellings} scalar spellings compared with C`);
    assert.deepEqual(r.mismatches.slice(0, 20), []);
    assert.equal(r.counts.shapes, count);
    assert.ok(r.counts.types > count * 2, `only ${r.counts.types} types`);
  });

  it('the random shapes cover every scalar, nesting, arrays, unions and every packing', () => {
    const seen = { kinds: new Set(), packed: new Set(), t: new Set(), depth: 0, fields: 0, arrayOf: new Set() };
    (function walkAll(list, depth) {
      for (const s of list) {
        if (typeof s === 'string') {
          seen.kinds.add(gen.kindOf(s));
          continue;
        }
        seen.t.add(s.t);
        seen.depth = Math.max(seen.depth, depth);
        if (s.t === 'array') {
          seen.arrayOf.add(typeof s.element === 'string' ? 'scalar' : s.element.t);
          walkAll([s.element], depth + 1);
        } else {
          seen.packed.add(s.packed);
          seen.fields = Math.max(seen.fields, s.fields.length);
          walkAll(s.fields.map((f) => f.shape), depth + 1);
        }
      }
    })(shapes, 0);
    assert.deepEqual([...seen.kinds].sort(), [...gen.SCALAR_KINDS].sort());
    assert.deepEqual([...seen.t].sort(), ['array', 'struct', 'union']);
    assert.deepEqual([...seen.packed].map(String).sort(), ['1', '2', '4', '8', 'false', 'true']);
    assert.deepEqual([...seen.arrayOf].sort(), ['array', 'scalar', 'struct', 'union']);
    assert.equal(seen.depth, gen.MAX_DEPTH, 'aggregates nested three levels below the top');
    assert.equal(seen.fields, 12);
  });

  it('the hard cases: {float,float,float}, {double,int}, {char[3]}, 16 and 17 bytes, packing, nesting', () => {
    const r = gen.checkLayout(ffi, HARD, layoutOf(HARD), aggregate.flatten);
    assert.deepEqual(r.mismatches, []);
    assert.equal(r.counts.shapes, HARD.length);
    // Both sides of the 16-byte line are there.
    const sizes = HARD.map((s) => ffi.sizeof(gen.descriptorOf(ffi, s)));
    assert.ok(sizes.includes(16) && sizes.includes(17) && sizes.includes(24));
  });

  it('the comparison fails when C disagrees', () => {
    const out = layoutOf(HARD);
    for (const kind of ['S', 'T', 'F', 'L']) {
      let done = false;
      const bent = out.split('\n').map((line) => {
        if (done || !line.startsWith(`${kind} `)) return line;
        done = true;
        return line.replace(/(\d+)$/, (n) => String(Number(n) + 1));
      }).join('\n');
      const r = gen.checkLayout(ffi, HARD, bent, aggregate.flatten);
      assert.ok(r.mismatches.length > 0, `a changed ${kind} line went unnoticed`);
    }
  });
});

describe('memory: ffi.read, ffi.write and ffi.alloc against C', () => {
  const n = Math.max(1, Math.round(count / 2));
  const shapes = gen.generateShapes(seed, n);
  const values = shapes.map((s, i) => gen.generateValue(s, seed, i));
  const lib = () => sig.buildLibrary(gen.roundTripSource(shapes, values), aggBuild, { prefix: 'aggrt' }).path;

  it(`${n} random shapes: C stores, jitffi reads; jitffi writes and allocates, C checks (seed 0x${seed.toString(16)})`, () => {
    const r = gen.checkRoundTrip(ffi, lib(), shapes, values);
    console.log(`${r.counts.shapes} values, ${r.counts.scalars} scalars, ${r.counts.calls} C calls (${mode})`);
    assert.deepEqual(r.mismatches.slice(0, 20), []);
    assert.equal(r.counts.shapes, n);
  });

  it('the round trip fails when C holds other values', () => {
    const other = shapes.map((s, i) => gen.generateValue(s, seed + 1, i));
    const r = gen.checkRoundTrip(ffi, lib(), shapes, other);
    const failing = new Set(r.mismatches.map((m) => m.split(':')[0]));
    assert.ok(failing.size > n * 0.9, `only ${failing.size} of ${n} shapes noticed`);
  });

  describe('the C fixture (test/fixtures/structs.c)', () => {
    const Point = ffi.struct({ x: 'f64', y: 'f64' }, { name: 'Point' });
    const Rect = ffi.struct([
      ['origin', Point],
      ['size', Point],
      ['flags', 'u8'],
      ['tag', ffi.array('char', 3)],
      ['u', ffi.union({ i: 'i32', f: 'float' })],
      ['next', 'pointer'],
    ], { name: 'Rect' });
    const Packed = ffi.struct({ a: 'u8', b: 'u32', c: 'u16', d: 'i64' }, { packed: 1 });
    const RECT = {
      origin: { x: 1.5, y: -2.25 },
      size: { x: 1e300, y: -0 },
      flags: 0xa5,
      tag: [97, -128, 127],
      u: { f: Math.fround(0.1) },
      next: 0xdeadbeef0000n,
    };
    const open = () => openFixture({
      rect_sizeof: { result: 'u64' },
      rect_fill: { parameters: ['pointer'] },
      rect_check: { parameters: ['pointer'], result: 'i32' },
      packed_sizeof: { result: 'u64' },
      packed_fill: { parameters: ['pointer'] },
      packed_check: { parameters: ['pointer'], result: 'i32' },
      points_sum: { parameters: ['pointer', 'u64'], result: 'f64' },
      points_scale: { parameters: ['pointer', 'u64', 'f64'] },
    }, 'structs');

    it('sizeof equals C\'s', () => {
      const { lib, functions: f } = open();
      assert.equal(BigInt(ffi.sizeof(Rect)), f.rect_sizeof());
      assert.equal(BigInt(ffi.sizeof(Packed)), f.packed_sizeof());
      lib.close();
    });

    it('ffi.read decodes what C stored', () => {
      const { lib, functions: f } = open();
      const mem = ffi.alloc(Rect);
      f.rect_fill(mem);
      const r = ffi.read(pointerTo(mem), Rect);
      assert.deepEqual({ ...r, tag: Array.from(r.tag), u: { f: r.u.f } }, RECT);
      assert.ok(r.tag instanceof Int8Array);
      assert.ok(Object.is(r.size.y, -0));
      assert.equal(r.u.i, new Int32Array(new Float32Array([0.1]).buffer)[0]);
      const p = ffi.alloc(Packed);
      f.packed_fill(p);
      assert.deepEqual(ffi.read(pointerTo(p), Packed), { a: 200, b: 4000000000, c: 65535, d: -(2n ** 63n) });
      lib.close();
    });

    it('C finds what ffi.write and ffi.alloc stored', () => {
      const { lib, functions: f } = open();
      assert.equal(f.rect_check(ffi.alloc(Rect, RECT)), 0);
      const mem = Buffer.alloc(ffi.sizeof(Rect) + 5, 0xee);
      ffi.write(pointerTo(mem), Rect, { ...RECT, tag: new Int8Array(RECT.tag) }, 5);
      assert.equal(f.rect_check(mem.subarray(5)), 0);
      assert.equal(f.packed_check(ffi.alloc(Packed, { a: 200, b: 4000000000, c: 65535, d: -(2n ** 63n) })), 0);
      // Each wrong field is the one C reports.
      const wrong = [
        ['origin', { x: 1, y: -2.25 }], ['origin', { x: 1.5, y: 2 }], ['size', { x: 1, y: -0 }],
        ['size', { x: 1e300, y: 0 }], ['flags', 0xa4], ['tag', [97, -128, 126]], ['u', { f: 0.2 }], ['next', null],
      ];
      wrong.forEach(([field, v], i) => assert.equal(f.rect_check(ffi.alloc(Rect, { ...RECT, [field]: v })), i + 1, field));
      lib.close();
    });

    it('an array of structs is passed to C and read back after C changed it', () => {
      const { lib, functions: f } = open();
      const Points = ffi.array(Point, 3);
      const pts = [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 5, y: 6.5 }];
      const mem = ffi.alloc(Points, pts);
      assert.equal(f.points_sum(mem, 3n), pts.reduce((s, p) => s + p.x + 2 * p.y, 0));
      f.points_scale(mem, 3n, 2);
      assert.deepEqual(ffi.read(pointerTo(mem), Points), pts.map((p) => ({ x: p.x * 2, y: p.y * 2 })));
      lib.close();
    });
  });
});

describe('descriptors', () => {
  const Point = ffi.struct({ x: 'double', y: 'int32' }, { name: 'Point' });

  it('are frozen plain data: kind, name, size, align, packed and fields', () => {
    assert.ok(Object.isFrozen(Point));
    assert.ok(Object.isFrozen(Point.fields) && Point.fields.every(Object.isFrozen));
    assert.deepEqual(Object.keys(Point), ['kind', 'name', 'size', 'align', 'packed', 'fields']);
    assert.equal(Point.kind, 'struct');
    assert.equal(Point.name, 'Point');
    assert.equal(Point.packed, false);
    assert.deepEqual(Point.fields.map((f) => Object.keys(f)), [
      ['name', 'type', 'offset', 'size', 'align'], ['name', 'type', 'offset', 'size', 'align']]);
    // Field types are the rows' names, whatever the spelling.
    assert.deepEqual(Point.fields.map((f) => f.type), ['f64', 'i32']);
    assert.deepEqual(Point.fields.map((f) => [f.offset, f.size, f.align]),
      [[0, ffi.sizeof('f64'), ffi.alignof('f64')], [ffi.offsetof(Point, 'y'), ffi.sizeof('i32'), ffi.alignof('i32')]]);
    assert.equal(ffi.struct({ a: 'u8' }).name, null);
    assert.equal(ffi.struct({ a: 'u8' }, { packed: true }).packed, 1);
    assert.equal(ffi.union({ a: 'u8' }, { packed: 2 }).kind, 'union');
    const arr = ffi.array(Point, 4);
    assert.ok(Object.isFrozen(arr));
    assert.deepEqual(Object.keys(arr), ['kind', 'size', 'align', 'element', 'length']);
    assert.equal(arr.element, Point);
    assert.equal(ffi.array('float', 2).element, 'f32');
  });

  it('only descriptors made by ffi.struct/union/array are types: copies are not', () => {
    for (const fake of [{ ...Point }, JSON.parse(JSON.stringify(Point)), Object.create(Point), Point.fields]) {
      assertThrowsCode(() => ffi.sizeof(fake), TYPE, /^The "type" argument must be a type name or /);
      assertThrowsCode(() => ffi.struct({ p: fake }), VALUE, /^struct, field "p": the type must be/);
    }
  });

  it('the object form and the [name, type] form declare the same layout', () => {
    const a = ffi.struct({ a: 'u8', b: 'f64', c: ffi.array('u16', 3) });
    const b = ffi.struct([['a', 'uint8'], ['b', 'double'], ['c', ffi.array('uint16', 3)]]);
    assert.equal(aggregate.flatten(a).key, aggregate.flatten(b).key);
    assert.notEqual(aggregate.flatten(a).key, aggregate.flatten(ffi.struct({ a: 'u8', b: 'f64' })).key);
  });

  it('flatten: kind, size, align and the scalar leaves, frozen', () => {
    const U = ffi.union({ i: 'i32', f: 'f32' });
    const flat = aggregate.flatten(ffi.struct({ p: Point, u: U, a: ffi.array('u8', 2) }));
    assert.ok(Object.isFrozen(flat) && Object.isFrozen(flat.leaves) && flat.leaves.every(Object.isFrozen));
    assert.deepEqual(Object.keys(flat), ['kind', 'size', 'align', 'leaves', 'key']);
    const uAt = ffi.sizeof(Point);
    const aAt = uAt + ffi.sizeof(U);
    assert.deepEqual(flat.leaves, [
      { offset: 0, type: 'f64' }, { offset: ffi.offsetof(Point, 'y'), type: 'i32' },
      { offset: uAt, type: 'i32' }, { offset: uAt, type: 'f32' },
      { offset: aAt, type: 'u8' }, { offset: aAt + 1, type: 'u8' },
    ]);
    assert.deepEqual(aggregate.flatten('ptr'), { kind: 'scalar', size: 8, align: 8, leaves: [{ offset: 0, type: 'pointer' }], key: 'scalar8/8{pointer@0}' });
  });

  it('sizeof and alignof take every type name but void', () => {
    for (const row of require('../lib/native').types) {
      for (const name of row.aliases) {
        if (row.size === 0) {
          assertThrowsCode(() => ffi.sizeof(name), VALUE, /void has no size/);
          continue;
        }
        assert.equal(ffi.sizeof(name), row.size, name);
        assert.equal(ffi.alignof(name), row.align, name);
      }
    }
  });
});

describe('values', () => {
  it('arrays of scalars decode to the typed array of the element type', () => {
    for (const [kind, [, typed, spellings]] of Object.entries(gen.SCALARS)) {
      for (const spelling of spellings) {
        const t = ffi.array(spelling, 2);
        const v = ffi.read(pointerTo(ffi.alloc(t)), t);
        assert.equal(Object.prototype.toString.call(v), `[object ${typed}]`, `${spelling} (${kind})`);
        assert.equal(v.length, 2);
      }
    }
    const nested = ffi.array(ffi.array('u8', 2), 2);
    const v = ffi.read(pointerTo(ffi.alloc(nested, [[1, 2], new Uint8Array([3, 4])])), nested);
    assert.ok(Array.isArray(v) && v.every((x) => x instanceof Uint8Array));
    assert.deepEqual(v.map((x) => Array.from(x)), [[1, 2], [3, 4]]);
  });

  it('a decoded union has every member; a union value names exactly one', () => {
    const U = ffi.union({ f: 'f32', u: 'u32', b: ffi.array('u8', 4) }, { name: 'Bits' });
    const v = ffi.read(pointerTo(ffi.alloc(U, { f: 1 })), U);
    assert.deepEqual(Object.keys(v), ['f', 'u', 'b']);
    assert.equal(v.f, 1);
    assert.equal(v.u, new Uint32Array(new Float32Array([1]).buffer)[0]);
    assert.deepEqual(Array.from(v.b), Array.from(new Uint8Array(new Float32Array([1]).buffer)));
    assertThrowsCode(() => ffi.alloc(U, v), VALUE, 'value must have only one of the fields f, u, b (union Bits); it has f and u and b');
    assertThrowsCode(() => ffi.alloc(U, {}), VALUE, 'value must have one of the fields f, u, b (union Bits)');
    // Bytes a smaller member leaves are zero.
    const W = ffi.union({ a: 'u8', d: 'f64' });
    assert.deepEqual([...ffi.alloc(W, { a: 7 })], [7, 0, 0, 0, 0, 0, 0, 0]);
    assert.ok(ffi.alloc(W, { a: 7, d: undefined }).length === 8, 'an undefined member is absent');
  });

  it('scalar fields take what the memory setters take', () => {
    const T = ffi.struct({ i: 'i32', u: 'u32', l: 'i64', q: 'u64', b: 'bool', f: 'f32', p: 'pointer' });
    const base = { i: 0, u: 0, l: 0n, q: 0n, b: 0, f: 0, p: 0n };
    const ok = (field, v) => {
      const mem = ffi.alloc(T, { ...base, [field]: v });
      return ffi.read(pointerTo(mem), T)[field];
    };
    const bad = (field, v, desc) => assertThrowsCode(() => ffi.alloc(T, { ...base, [field]: v }), VALUE, `value.${field} must be ${desc}`);
    assert.ok(Object.is(ok('i', -0), 0));
    assert.equal(ok('l', -(2 ** 53) + 1), -(2n ** 53n) + 1n);
    assert.equal(ok('q', 2 ** 53 - 1), 2n ** 53n - 1n);
    assert.equal(ok('b', 255), 255);
    assert.equal(ok('f', 0.1), Math.fround(0.1));
    assert.equal(ok('p', null), 0n);
    assert.equal(ok('p', 2n ** 64n - 1n), 2n ** 64n - 1n);
    // Each wrong value is refused with the row's wording, as setInt32 & co.
    const setterMessage = (fn) => {
      try { fn(); } catch (e) { return e.message.replace(/^Value /, ''); }
      return 'no error';
    };
    const p = pointerTo(Buffer.alloc(8));
    for (const v of [1.5, 2 ** 31, '1', 1n, NaN, true]) bad('i', v, setterMessage(() => ffi.setInt32(p, 0, v)).replace('must be ', ''));
    for (const v of [-1, 2 ** 32]) bad('u', v, setterMessage(() => ffi.setUint32(p, 0, v)).replace('must be ', ''));
    for (const v of [2 ** 53, 0.5, 2n ** 63n]) bad('l', v, 'an int64');
    for (const v of [-1, -1n, 2n ** 64n]) bad('q', v, 'a uint64');
    for (const v of [256, -1, true]) bad('b', v, 'a uint8');
    for (const v of [1n, '1']) bad('f', v, 'a float');
    for (const v of [1, 'abc', Buffer.alloc(1), -1n, 2n ** 64n, {}]) bad('p', v, 'a bigint or null');
  });

  it('missing, undefined and extra fields are errors, not zeros', () => {
    const T = ffi.struct({ x: 'f64', y: 'f64' }, { name: 'P' });
    assertThrowsCode(() => ffi.alloc(T, { x: 1 }), VALUE, 'value.y is missing: expected a double');
    assertThrowsCode(() => ffi.alloc(T, { x: 1, y: undefined }), VALUE, 'value.y is missing: expected a double');
    assertThrowsCode(() => ffi.alloc(T, { x: 1, y: 2, z: 3 }), VALUE, 'value.z is not a field of struct P');
    // Inherited values count: a class instance with getters is a value.
    class Pt { get x() { return 1; } get y() { return 2; } }
    assert.deepEqual(ffi.read(pointerTo(ffi.alloc(T, new Pt())), T), { x: 1, y: 2 });
    // ... but not what every object inherits from Object.prototype.
    const O = ffi.struct({ toString: 'i32', constructor: 'i32' });
    assertThrowsCode(() => ffi.alloc(O, { constructor: 1 }), VALUE, 'value.toString is missing: expected an int32');
    assert.deepEqual(ffi.read(pointerTo(ffi.alloc(O, { toString: 1, constructor: 2 })), O), { toString: 1, constructor: 2 });
  });

  it('errors name the path, from the root a caller gives', () => {
    const Point = ffi.struct({ x: 'f64', y: 'f64' });
    const Shape = ffi.struct({ origin: Point, pts: ffi.array(Point, 2), tag: ffi.array('u8', 2) }, { name: 'Shape' });
    const good = { origin: { x: 1, y: 2 }, pts: [{ x: 0, y: 0 }, { x: 0, y: 0 }], tag: [1, 2] };
    const cases = [
      [{ ...good, origin: { x: 1, y: '2' } }, '.origin.y must be a double'],
      [{ ...good, pts: [{ x: 0, y: 0 }, { x: 0, y: 1n }] }, '.pts[1].y must be a double'],
      [{ ...good, pts: [{ x: 0, y: 0 }] }, '.pts must be an array or typed array of length 2'],
      [{ ...good, pts: [{ x: 0, y: 0 }, 5] }, '.pts[1] must be an object (struct)'],
      [{ ...good, tag: [1, 256] }, '.tag[1] must be a uint8'],
      [{ ...good, tag: 'ab' }, '.tag must be an array or typed array of length 2'],
      [{ ...good, origin: [1, 2] }, '.origin must be an object (struct)'],
      [{ ...good, origin: { x: 1, y: 2, z: 3 } }, '.origin.z is not a field of struct'],
      [null, ' must be an object (struct Shape)'],
    ];
    const p = pointerTo(Buffer.alloc(ffi.sizeof(Shape)));
    for (const [v, tail] of cases) {
      assertThrowsCode(() => ffi.alloc(Shape, v), VALUE, `value${tail}`);
      assertThrowsCode(() => ffi.write(p, Shape, v), VALUE, `value${tail}`);
      assertThrowsCode(() => aggregate.encodeBytes(Shape, v, 'Argument 0'), VALUE, `Argument 0${tail}`);
      assertThrowsCode(() => aggregate.encode(Shape, v, new ArrayBuffer(64), 0, 'Argument 3'), VALUE, `Argument 3${tail}`);
    }
    assertThrowsCode(() => ffi.alloc('i32', 1.5), VALUE, 'value must be an int32');
  });

  it('nothing is written unless the whole value is valid', () => {
    const T = ffi.struct({ a: 'u8', b: ffi.array(ffi.struct({ x: 'i32' }), 3), c: 'u8' });
    const mem = Buffer.alloc(ffi.sizeof(T) + 8, 0x5c);
    const p = pointerTo(mem);
    const before = Buffer.from(mem);
    assertThrowsCode(() => ffi.write(p, T, { a: 1, b: [{ x: 1 }, { x: 2 }, { x: 3 }], c: 256 }, 4), VALUE, 'value.c must be a uint8');
    assertThrowsCode(() => ffi.write(p, T, { a: 1, b: [{ x: 1 }, { x: 2 }, { x: 1.5 }], c: 0 }, 4), VALUE, 'value.b[2].x must be an int32');
    assertThrowsCode(() => ffi.write(p, T, { a: 1, b: [{ x: 1 }, { x: 2 }, { x: 3 }], c: 0, d: 0 }, 4), VALUE);
    const target = new Uint8Array(mem.length).fill(0x5c);
    assertThrowsCode(() => aggregate.encode(T, { a: 1, b: [{ x: 1 }, { x: 2 }, { x: 3 }] }, target, 4), VALUE);
    assert.deepEqual(mem, before);
    assert.deepEqual(Buffer.from(target), before);
    ffi.write(p, T, { a: 1, b: [{ x: 1 }, { x: 2 }, { x: 3 }], c: 0 }, 4);
    assert.notDeepEqual(mem, before);
    assert.deepEqual(mem.subarray(0, 4), before.subarray(0, 4));
    assert.deepEqual(mem.subarray(4 + ffi.sizeof(T)), before.subarray(4 + ffi.sizeof(T)));
  });

  it('each property is read once, and errors thrown by getters and traps propagate unchanged', () => {
    const T = ffi.struct({ x: 'f64', y: ffi.union({ a: 'u8', b: 'u16' }) });
    const reads = [];
    const logged = (o) => new Proxy(o, { get(t, k, r) { reads.push(k); return Reflect.get(t, k, r); } });
    ffi.alloc(T, logged({ x: 1, y: logged({ b: 2 }) }));
    assert.deepEqual(reads, ['x', 'y', 'a', 'b']);
    const boom = new Error('boom');
    assertThrowsSame(() => ffi.alloc(T, { get x() { throw boom; }, y: { a: 1 } }), boom);
    assertThrowsSame(() => ffi.alloc(T, new Proxy({}, { get() { throw boom; } })), boom);
  });

  it('a getter that encodes another value meanwhile does not disturb the outer one', () => {
    const Inner = ffi.struct({ a: 'u32', b: 'u32' });
    const Outer = ffi.struct({ p: 'u32', q: 'u32', r: 'u32' });
    let inner;
    const outer = ffi.alloc(Outer, {
      p: 1,
      get q() {
        inner = ffi.alloc(Inner, { a: 7, b: 8 });
        ffi.write(pointerTo(Buffer.alloc(8)), Inner, { a: 9, b: 10 });
        return 2;
      },
      r: 3,
    });
    assert.deepEqual(ffi.read(pointerTo(outer), Outer), { p: 1, q: 2, r: 3 });
    assert.deepEqual(ffi.read(pointerTo(inner), Inner), { a: 7, b: 8 });
  });

  it('alloc returns a zero-filled Buffer of exactly sizeof(type) bytes that owns its memory', () => {
    const T = ffi.struct({ a: 'u8', d: 'f64' });
    const b = ffi.alloc(T);
    assert.ok(Buffer.isBuffer(b));
    assert.equal(b.length, ffi.sizeof(T));
    assert.equal(b.byteOffset, 0);
    assert.equal(b.buffer.byteLength, ffi.sizeof(T));
    assert.ok(b.every((x) => x === 0));
    // Padding is zero in a Buffer holding a value too.
    assert.deepEqual([...ffi.alloc(T, { a: 0xff, d: 0 })], [0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual([...ffi.alloc('u16', 0x102)], [2, 1]);
  });

  it('encode and decode work on any ArrayBuffer or view at an offset, within its bounds', () => {
    const T = ffi.struct({ a: 'u16', b: 'u8' });
    const ab = new ArrayBuffer(16);
    aggregate.encode(T, { a: 0x0102, b: 3 }, new DataView(ab, 4), 2);
    assert.deepEqual([...new Uint8Array(ab, 6, 4)], [2, 1, 3, 0]);
    assert.deepEqual(aggregate.decode(T, new Uint8Array(ab, 2), 4), { a: 0x0102, b: 3 });
    assert.deepEqual(aggregate.decode(T, ab, 6), { a: 0x0102, b: 3 });
    assertThrowsCode(() => aggregate.decode(T, ab, 13), 'ERR_OUT_OF_RANGE');
    assertThrowsCode(() => aggregate.encode(T, { a: 1, b: 2 }, ab, 13), 'ERR_OUT_OF_RANGE');
    assertThrowsCode(() => aggregate.decode(T, [1, 2, 3, 4]), TYPE);
  });
});

describe('declaration errors: ERR_INVALID_ARG_VALUE naming the field', () => {
  const P = ffi.struct({ x: 'i32' });
  const cases = [
    ['an unknown type', () => ffi.struct({ a: 'i32', b: 'bogus' }, { name: 'T' }), 'struct T, field "b": Unsupported FFI type: bogus'],
    ['long double', () => ffi.struct({ ld: 'long double' }), 'struct, field "ld": long double is not supported'],
    ['void', () => ffi.union({ v: 'void' }), 'union, field "v": void has no size and cannot be stored'],
    ['a type that is not a type', () => ffi.struct({ n: 5 }), /^struct, field "n": the type must be a type name/],
    ['an empty struct', () => ffi.struct({}, { name: 'E' }), 'struct E has no fields'],
    ['an empty union', () => ffi.union([]), 'union has no fields'],
    ['a duplicate field name', () => ffi.struct([['a', 'i8'], ['b', 'i8'], ['a', 'i16']]), 'struct, field "a" is declared twice'],
    ['an empty field name', () => ffi.struct([['', 'i8']]), /^struct, field 0: the name must be a non-empty string/],
    ['a field name that is not a string', () => ffi.struct([['a', 'i8'], [1, 'i8']]), /^struct, field 1: the name must be a non-empty string/],
    ['__proto__', () => ffi.struct([['__proto__', 'i8']]), 'struct, field "__proto__": __proto__ cannot be a field name'],
    ['a pair that is not a pair', () => ffi.struct([['a', 'i8', 'x']]), /^struct, field 0: must be a \[name, type\] pair/],
    ['an array index as a name in object form', () => ffi.struct({ a: 'i8', 0: 'i8' }), /^struct, field "0": a name that is an array index/],
    ['an unknown array element type', () => ffi.array('bogus', 2), 'array element: Unsupported FFI type: bogus'],
    ['a nested unknown type', () => ffi.array(ffi.struct({ x: 'quad' }), 2), 'struct, field "x": Unsupported FFI type: quad'],
    ['packed 3', () => ffi.struct({ a: 'i8' }, { name: 'Q', packed: 3 }), /^struct Q: packed must be true, false, 1, 2, 4 or 8/],
    ['packed 16', () => ffi.union({ a: 'i8' }, { packed: 16 }), /^union: packed must be/],
    ['packed "1"', () => ffi.struct({ a: 'i8' }, { packed: '1' }), /^struct: packed must be/],
    ['an unknown option', () => ffi.struct({ a: 'i8' }, { pack: 1 }), 'struct: unknown option "pack" (name, packed)'],
    ['a name that is not a string', () => ffi.struct({ a: 'i8' }, { name: 1 }), /^struct: options.name must be a string/],
    ['a too large type', () => ffi.array(ffi.array('u64', 2 ** 40), 2 ** 20), 'array is too large'],
  ];
  for (const [what, fn, message] of cases) {
    it(what, () => assertThrowsCode(fn, VALUE, message, TypeError));
  }
  for (const length of [0, -1, 1.5, NaN, Infinity, 2 ** 53, '3', 3n, undefined]) {
    it(`an array length of ${typeof length === 'bigint' ? `${length}n` : typeof length === 'string' ? `'${length}'` : length}`, () => {
      assertThrowsCode(() => ffi.array(P, length), VALUE, /^array length must be a positive safe integer/);
    });
  }
  it('fields and options of the wrong type are ERR_INVALID_ARG_TYPE', () => {
    for (const v of [undefined, null, 5, 'x', P]) {
      assertThrowsCode(() => ffi.struct(v), TYPE, /^The "fields" argument must be an object or an array/);
    }
    for (const v of [null, 5, 'x', []]) {
      assertThrowsCode(() => ffi.union({ a: 'i8' }, v), TYPE, /^The "options" argument must be of type object/);
    }
  });
  it('offsetof: a struct or union, and one of its fields', () => {
    assertThrowsCode(() => ffi.offsetof(ffi.array('i8', 2), 'x'), VALUE, 'offsetof needs a struct or union type. Received an array descriptor');
    assertThrowsCode(() => ffi.offsetof('i32', 'x'), VALUE, 'offsetof needs a struct or union type. Received i32');
    assertThrowsCode(() => ffi.offsetof(P, 'y'), VALUE, 'struct has no field "y"');
    assertThrowsCode(() => ffi.offsetof(P, 0), TYPE, /^The "field" argument must be of type string/);
    assertThrowsCode(() => ffi.sizeof('bogus'), VALUE, 'Unsupported FFI type: bogus');
    assertThrowsCode(() => ffi.alignof(undefined), TYPE);
  });
});

describe('read and write: the pointer and offset rules of get*/set*', () => {
  const T = ffi.struct({ a: 'i32', b: 'f64' });
  const mem = Buffer.alloc(64);
  const p = pointerTo(mem);
  const same = (fn, reference) => {
    let want;
    try { reference(); } catch (e) { want = e; }
    assert.ok(want, 'the reference call must throw');
    assertThrowsCode(fn, want.code, want.message, want.constructor);
  };
  const inputs = [
    ['a number pointer', [1, 0]],
    ['a negative pointer', [-1n, 0]],
    ['a pointer above 2^64', [2n ** 64n, 0]],
    ['a null pointer', [0n, 0]],
    ['a null pointer and a bad offset', [0n, -1]],
    ['a negative offset', [p, -1]],
    ['a fractional offset', [p, 1.5]],
    ['a string offset', [p, '1']],
    ['an offset above 2^53', [p, 2 ** 53]],
    ['an address range beyond 2^64', [2n ** 64n - 2n, 0]],
  ];
  for (const [what, [pointer, offset]] of inputs) {
    it(`${what}: the error of getInt32 and setInt32`, () => {
      same(() => ffi.read(pointer, T, offset), () => ffi.getInt32(pointer, offset));
      same(() => ffi.write(pointer, T, { a: 1, b: 2 }, offset), () => ffi.setInt32(pointer, offset, 1));
    });
  }
  it('a null pointer is reported before a bad type and value; the type before the offset', () => {
    same(() => ffi.write(0n, T, 5), () => ffi.setInt32(0n, 0, 'x'));
    same(() => ffi.write(p, T, undefined), () => ffi.setInt32(p, 0));
    assertThrowsCode(() => ffi.read(p, 'bogus', -1), VALUE, 'Unsupported FFI type: bogus');
    assertThrowsCode(() => ffi.read(1, 'bogus'), TYPE, 'The pointer must be a bigint');
  });
  it('the offset is optional and addresses from the pointer', () => {
    ffi.write(p, T, { a: -7, b: 0.5 }, 8);
    assert.deepEqual(ffi.read(p + 8n, T), { a: -7, b: 0.5 });
    assert.deepEqual(ffi.read(p, T, 8), { a: -7, b: 0.5 });
    assert.equal(ffi.read(p, 'i32', 8), ffi.getInt32(p, 8));
    ffi.write(p + 8n, 'i32', 9);
    assert.equal(ffi.getInt32(p, 8), 9);
  });
  it('types larger than the copy area are read and written too', () => {
    const Big = ffi.array('u32', 3000);
    const values = Uint32Array.from({ length: 3000 }, (_, i) => i * 7919);
    const big = Buffer.alloc(ffi.sizeof(Big));
    ffi.write(pointerTo(big), Big, values);
    assert.deepEqual(ffi.read(pointerTo(big), Big), values);
    assert.deepEqual(new Uint32Array(big.buffer, big.byteOffset, 3000), values);
  });
});

it('the structs fixture is built into the ignored build directory', () => {
  assert.equal(path.dirname(fixturePath('structs')), buildDir);
});
