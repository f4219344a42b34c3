'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const {
  ffi, fixturePath, assertThrowsCode, POINTER_DESC, POINTER_TYPES,
} = require('./helpers');

const U64_MAX = 2n ** 64n - 1n;
const NULL_LENGTH = U64_MAX; // string_length(NULL) returns (size_t)-1

const TYPED_ARRAYS = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
];

function detachedArrayBuffer(size = 16) {
  const ab = new ArrayBuffer(size);
  structuredClone(ab, { transfer: [ab] });
  assert.equal(ab.byteLength, 0);
  return ab;
}

for (const T of POINTER_TYPES) {
  describe(`pointer-like parameter type '${T}'`, () => {
    let lib;
    let addr; // ptr_to_u64
    let len; // string_length
    let sum; // sum_buffer
    let fill; // fill_buffer
    let byteAt; // string_byte_at
    before(() => {
      lib = new ffi.DynamicLibrary(fixturePath());
      addr = lib.getFunction('ptr_to_u64', { parameters: [T], result: 'u64' });
      len = lib.getFunction('string_length', { parameters: [T], result: 'u64' });
      sum = lib.getFunction('sum_buffer', { parameters: [T, 'u64'], result: 'u64' });
      fill = lib.getFunction('fill_buffer', { parameters: [T, 'u64', 'u8'], result: 'void' });
      byteAt = lib.getFunction('string_byte_at', { parameters: [T, 'u64'], result: 'i32' });
    });
    after(() => { lib.close(); });

    it('null and undefined pass NULL', () => {
      assert.equal(addr(null), 0n);
      assert.equal(addr(undefined), 0n);
      assert.equal(len(null), NULL_LENGTH);
      assert.equal(len(undefined), NULL_LENGTH);
      assert.equal(byteAt(null, 0n), -1);
    });

    it('a bigint in [0, 2^64-1] passes that address', () => {
      assert.equal(addr(0n), 0n);
      assert.equal(addr(123n), 123n);
      assert.equal(addr(2n ** 63n), 2n ** 63n);
      assert.equal(addr(U64_MAX), U64_MAX);
      assert.equal(len(0n), NULL_LENGTH);
    });

    it('a negative bigint or one >= 2^64 is rejected', () => {
      for (const v of [-1n, -(2n ** 63n), 2n ** 64n, 2n ** 100n]) {
        assertThrowsCode(() => addr(v), 'ERR_INVALID_ARG_VALUE', /^Argument 0 /);
      }
    });

    it('numbers are rejected', () => {
      for (const v of [0, 123, -1, 1.5, NaN]) {
        assertThrowsCode(() => addr(v), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${POINTER_DESC}`);
      }
    });

    it('other values are rejected', () => {
      for (const v of [true, false, {}, [], Symbol('p'), () => {}, Object('str'), new Map()]) {
        assertThrowsCode(() => addr(v), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${POINTER_DESC}`);
      }
    });

    it('the error names the argument index', () => {
      assertThrowsCode(() => sum(Buffer.alloc(1), 'x'), 'ERR_INVALID_ARG_VALUE', 'Argument 1 must be a uint64');
      assertThrowsCode(() => fill(1, 0n, 0), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${POINTER_DESC}`);
    });

    it('strings pass NUL-terminated UTF-8', () => {
      assert.equal(len('hello'), 5n);
      assert.equal(len(''), 0n);
      assert.equal(len('héllo'), 6n);
      assert.equal(len('€'), 3n);
      assert.equal(len('😀'), 4n);
      assert.equal(len('x'.repeat(100000)), 100000n);
      const s = 'aé😀';
      const bytes = [...Buffer.from(s, 'utf8')];
      assert.deepEqual(bytes.map((_, i) => byteAt(s, BigInt(i))), bytes);
      assert.equal(byteAt(s, BigInt(bytes.length)), 0);
      assert.notEqual(addr('abc'), 0n);
    });

    it('a lone surrogate becomes U+FFFD', () => {
      assert.equal(len('\ud800'), 3n);
      assert.equal(byteAt('\ud800', 0n), 0xef);
    });

    it('a string with an embedded NUL is rejected', () => {
      assertThrowsCode(() => len('ab\0cd'), 'ERR_INVALID_ARG_VALUE');
      assertThrowsCode(() => len('\0'), 'ERR_INVALID_ARG_VALUE');
      assertThrowsCode(() => len('abc\0'), 'ERR_INVALID_ARG_VALUE');
    });

    it('Buffer passes its memory, including its byte offset', () => {
      const buf = Buffer.from([1, 2, 3, 4, 250]);
      assert.equal(sum(buf, 5n), 260n);
      assert.equal(addr(buf) - addr(buf.buffer), BigInt(buf.byteOffset));
      const sub = buf.subarray(2);
      assert.equal(addr(sub) - addr(buf), 2n);
      assert.equal(sum(sub, 3n), 257n);
      fill(sub, 2n, 9);
      assert.deepEqual([...buf], [1, 2, 9, 9, 250]);
      const big = Buffer.alloc(4096, 1);
      assert.equal(sum(big, 4096n), 4096n);
      fill(big, 4096n, 0xff);
      assert.ok(big.every((b) => b === 0xff));
    });

    it('a Buffer holding a C string is read as a string', () => {
      assert.equal(len(Buffer.from('abcdef\0ghi')), 6n);
    });

    for (const TA of TYPED_ARRAYS) {
      it(`${TA.name} passes its memory, including its byte offset`, () => {
        const ab = new ArrayBuffer(128);
        const off = 8 * TA.BYTES_PER_ELEMENT;
        const view = new TA(ab, off, 2);
        assert.equal(addr(view) - addr(ab), BigInt(off));
        assert.equal(addr(new TA(ab)), addr(ab));
        fill(view, BigInt(view.byteLength), 7);
        const bytes = new Uint8Array(ab);
        for (let i = 0; i < ab.byteLength; i++) {
          const inside = i >= off && i < off + 2 * TA.BYTES_PER_ELEMENT;
          assert.equal(bytes[i], inside ? 7 : 0, `byte ${i}`);
        }
        assert.equal(sum(view, BigInt(view.byteLength)), BigInt(7 * view.byteLength));
      });
    }

    it('DataView passes its memory, including its byte offset', () => {
      const ab = new ArrayBuffer(16);
      const dv = new DataView(ab, 3);
      assert.equal(addr(dv) - addr(ab), 3n);
      assert.equal(addr(new DataView(ab)), addr(ab));
      fill(new DataView(ab, 3, 4), 4n, 5);
      assert.deepEqual([...new Uint8Array(ab)], [0, 0, 0, 5, 5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
      assert.equal(sum(dv, 13n), 20n);
    });

    it('ArrayBuffer passes its memory', () => {
      const ab = new ArrayBuffer(8);
      assert.notEqual(addr(ab), 0n);
      fill(ab, 8n, 3);
      assert.deepEqual([...new Uint8Array(ab)], [3, 3, 3, 3, 3, 3, 3, 3]);
      new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
      assert.equal(sum(ab, 8n), 36n);
    });

    it('an ArrayBuffer keeps its address across calls', () => {
      const ab = new ArrayBuffer(32);
      assert.equal(addr(ab), addr(ab));
      assert.equal(addr(new Uint8Array(ab)), addr(ab));
    });

    it('a detached ArrayBuffer is rejected', () => {
      const ab = detachedArrayBuffer();
      assertThrowsCode(() => addr(ab), 'ERR_INVALID_ARG_VALUE', 'Argument 0 is a detached ArrayBuffer');
      assertThrowsCode(() => sum(detachedArrayBuffer(), 0n), 'ERR_INVALID_ARG_VALUE',
        'Argument 0 is a detached ArrayBuffer');
    });

    it('a view of a detached ArrayBuffer is rejected', () => {
      const ab = new ArrayBuffer(16);
      const view = new Uint8Array(ab, 4);
      const dv = new DataView(ab, 2);
      structuredClone(ab, { transfer: [ab] });
      assertThrowsCode(() => addr(view), 'ERR_INVALID_ARG_VALUE', /detached/);
      assertThrowsCode(() => addr(dv), 'ERR_INVALID_ARG_VALUE', /detached/);
    });

    it('a bare SharedArrayBuffer is rejected', () => {
      assertThrowsCode(() => addr(new SharedArrayBuffer(16)), 'ERR_INVALID_ARG_VALUE', /^Argument 0 /);
    });

    it('a rejected argument does not call the function', () => {
      const buf = Buffer.alloc(4);
      assert.throws(() => fill(buf, 4n, 256));
      assert.throws(() => fill(buf, 4.5, 1));
      assert.deepEqual([...buf], [0, 0, 0, 0]);
    });
  });
}

describe('pointer-like results', () => {
  let lib;
  before(() => { lib = new ffi.DynamicLibrary(fixturePath()); });
  after(() => { lib.close(); });

  it('pointer results are bigints', () => {
    const hello = lib.getFunction('hello', { result: 'pointer' });
    const p = hello();
    assert.equal(typeof p, 'bigint');
    assert.notEqual(p, 0n);
    assert.equal(hello(), p);
    const len = lib.getFunction('string_length', { parameters: ['pointer'], result: 'u64' });
    assert.equal(len(p), 5n);
    const byteAt = lib.getFunction('string_byte_at', { parameters: ['pointer', 'u64'], result: 'i32' });
    assert.deepEqual([0n, 1n, 2n, 3n, 4n, 5n].map((i) => byteAt(p, i)), [...Buffer.from('hello\0')]);
  });

  it('id_ptr returns the address it was given', () => {
    const id = lib.getFunction('id_ptr', { parameters: ['pointer'], result: 'pointer' });
    assert.equal(id(0n), 0n);
    assert.equal(id(null), 0n);
    assert.equal(id(undefined), 0n);
    assert.equal(id(0xdeadbeefn), 0xdeadbeefn);
    assert.equal(id(U64_MAX), U64_MAX);
    const buf = Buffer.alloc(8);
    const ptrToU64 = lib.getFunction('ptr_to_u64', { parameters: ['pointer'], result: 'u64' });
    assert.equal(id(buf), ptrToU64(buf));
  });

  for (const T of ['string', 'str', 'buffer', 'arraybuffer', 'function', 'ptr']) {
    it(`'${T}' results are bigint addresses too`, () => {
      const l = new ffi.DynamicLibrary(fixturePath());
      const hello = l.getFunction('hello', { result: T });
      const p = hello();
      assert.equal(typeof p, 'bigint');
      assert.equal(p, lib.getFunction('hello', { result: 'pointer' })());
      const id = l.getFunction('id_ptr', { parameters: ['pointer'], result: T });
      assert.equal(id(42n), 42n);
      assert.equal(id(null), 0n);
      l.close();
    });
  }

  it('the address of a static string matches its symbol', () => {
    // hello() returns hello_text, which is not exported: just check it is in
    // the same neighbourhood as the library's functions (same mapping).
    const p = lib.getFunction('hello', { result: 'pointer' })();
    const f = lib.getSymbol('hello');
    const diff = p > f ? p - f : f - p;
    assert.ok(diff < 2n ** 32n, `hello() = ${p}, &hello = ${f}`);
  });
});

describe('two string arguments live for the whole call', () => {
  it('string_length2 sees both strings', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    const f = lib.getFunction('string_length2', { parameters: ['string', 'string'], result: 'u64' });
    assert.equal(f('abc', 'de'), 5n);
    assert.equal(f('x'.repeat(1000), 'é'.repeat(1000)), 3000n);
    // (size_t)-1 + 2 wraps around to 1.
    assert.equal(f(null, 'ab'), 1n);
    lib.close();
  });
});
