'use strict';
// Raw memory helpers: get*/set*, toString, toBuffer, toArrayBuffer,
// exportString/Buffer/ArrayBuffer/ArrayBufferView and getRawPointer.
// Native memory comes from libc (malloc/free via dlopen(null)); libc's
// memset/memcpy/strlen/qsort/bsearch act as the "C side" that must see the
// helpers' writes, and whose writes the helpers must see. A DataView over a
// zero-copy ArrayBuffer is the independent oracle for byte layouts.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const os = require('node:os');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
const { ffi, assertThrowsCode } = require('./helpers');

const U64_MAX = 2n ** 64n - 1n;
const LE = os.endianness() === 'LE';

const SCALARS = [
  { name: 'Int8', size: 1, min: -128, max: 127, desc: 'an int8' },
  { name: 'Uint8', size: 1, min: 0, max: 255, desc: 'a uint8' },
  { name: 'Int16', size: 2, min: -32768, max: 32767, desc: 'an int16' },
  { name: 'Uint16', size: 2, min: 0, max: 65535, desc: 'a uint16' },
  { name: 'Int32', size: 4, min: -2147483648, max: 2147483647, desc: 'an int32' },
  { name: 'Uint32', size: 4, min: 0, max: 4294967295, desc: 'a uint32' },
  { name: 'Int64', size: 8, min: -(2n ** 63n), max: 2n ** 63n - 1n, desc: 'an int64', big: true },
  { name: 'Uint64', size: 8, min: 0n, max: U64_MAX, desc: 'a uint64', big: true },
  { name: 'Float32', size: 4, desc: 'a float', float: true },
  { name: 'Float64', size: 8, desc: 'a double', float: true },
];

// DataView accessor names for each helper type.
const DV = {
  Int8: 'Int8', Uint8: 'Uint8', Int16: 'Int16', Uint16: 'Uint16', Int32: 'Int32', Uint32: 'Uint32',
  Int64: 'BigInt64', Uint64: 'BigUint64', Float32: 'Float32', Float64: 'Float64',
};

let libc;
let heap; // every block malloc'd by a test, freed in after()

before(() => {
  libc = ffi.dlopen(null, {
    malloc: { parameters: ['u64'], result: 'pointer' },
    free: { parameters: ['pointer'] },
    memset: { parameters: ['pointer', 'i32', 'u64'], result: 'pointer' },
    memcpy: { parameters: ['pointer', 'pointer', 'u64'], result: 'pointer' },
    strlen: { parameters: ['pointer'], result: 'u64' },
    qsort: { parameters: ['pointer', 'u64', 'u64', 'function'] },
    bsearch: { parameters: ['pointer', 'pointer', 'u64', 'u64', 'function'], result: 'pointer' },
  });
  heap = [];
});

after(() => {
  for (const p of heap) libc.functions.free(p);
  libc.lib.close();
});

// `n` bytes of native memory filled with `fill`.
function alloc(n, fill = 0) {
  const p = libc.functions.malloc(BigInt(n));
  assert.notEqual(p, 0n);
  heap.push(p);
  libc.functions.memset(p, fill, BigInt(n));
  return p;
}

// A DataView over native memory (zero-copy), used as the oracle.
function dataView(p, n) {
  return new DataView(ffi.toArrayBuffer(p, n, false));
}

// Bytes at p, copied.
function bytes(p, n) {
  return [...ffi.toBuffer(p, n)];
}

function samples(t) {
  if (t.float) {
    return t.size === 4
      ? [0, -0, 1.5, -2.25, Math.fround(3.4028234663852886e38), Math.fround(1.401298464324817e-45), Infinity, -Infinity, NaN]
      : [0, -0, 1.1, -2.5e300, Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN];
  }
  if (t.big) return [t.min, t.min + 1n, 0n, 1n, t.max - 1n, t.max];
  return [t.min, t.min + 1, 0, 1, t.max - 1, t.max];
}

describe('get*/set*: every type at its boundaries', () => {
  for (const t of SCALARS) {
    const get = `get${t.name}`;
    const set = `set${t.name}`;
    describe(t.name, () => {
      it(`${get} and ${set} exist`, () => {
        assert.equal(typeof ffi[get], 'function');
        assert.equal(typeof ffi[set], 'function');
      });

      it('round-trips min, max and values in between, at aligned and unaligned offsets', () => {
        const p = alloc(32, 0xee);
        const dv = dataView(p, 32);
        for (const offset of [0, 1, 3, 8, 13, 32 - t.size]) {
          for (const v of samples(t)) {
            ffi[set](p, offset, v);
            const got = ffi[get](p, offset);
            assert.equal(typeof got, t.big ? 'bigint' : 'number');
            assert.ok(Object.is(got, v), `${get}(p, ${offset}) = ${String(got)}, expected ${String(v)}`);
            // The bytes in memory are exactly the native representation.
            const seen = dv[`get${DV[t.name]}`](offset, LE);
            assert.ok(Object.is(seen, v), `memory holds ${String(seen)}, expected ${String(v)}`);
          }
        }
      });

      it('reads what other code wrote, and writes only its own bytes', () => {
        const p = alloc(24, 0);
        const dv = dataView(p, 24);
        const v = samples(t)[1];
        dv[`set${DV[t.name]}`](5, v, LE);
        assert.ok(Object.is(ffi[get](p, 5), v));
        libc.functions.memset(p, 0xab, 24n);
        ffi[set](p, 7, t.big ? 0n : 0);
        const b = bytes(p, 24);
        for (let i = 0; i < 24; i++) {
          assert.equal(b[i], i >= 7 && i < 7 + t.size ? 0 : 0xab, `byte ${i}`);
        }
      });

      it('the offset defaults to 0 for getters', () => {
        const p = alloc(8);
        ffi[set](p, 0, t.big ? 5n : 5);
        assert.equal(ffi[get](p), t.big ? 5n : 5);
        assert.equal(ffi[get](p, undefined), t.big ? 5n : 5);
      });

      it('the pointer plus a large offset addresses the same memory', () => {
        const p = alloc(1 << 20); // large enough for malloc to mmap it, at a high address
        ffi[set](p, 0, t.big ? 7n : 7);
        const off = 2 ** 32 + 3;
        assert.ok(p > BigInt(off), 'malloc returned a low address');
        assert.equal(ffi[get](p - BigInt(off), off), t.big ? 7n : 7);
        ffi[set](p - BigInt(off), off, t.big ? 9n : 9);
        assert.equal(ffi[get](p, 0), t.big ? 9n : 9);
      });

      if (t.float) {
        it('setters accept any number (f32 rounds) and reject other values', () => {
          const p = alloc(8);
          ffi[set](p, 0, 1.1);
          assert.equal(ffi[get](p, 0), t.size === 4 ? Math.fround(1.1) : 1.1);
          if (t.size === 4) {
            ffi[set](p, 0, 1e39);
            assert.equal(ffi[get](p, 0), Infinity);
          }
          for (const bad of ['1', 1n, null, true, {}, [1]]) {
            assertThrowsCode(() => ffi[set](p, 0, bad), 'ERR_INVALID_ARG_VALUE', `Value must be ${t.desc}`, TypeError);
          }
          assertThrowsCode(() => ffi[set](p, 0, undefined), 'ERR_INVALID_ARG_VALUE', 'Expected a value argument', TypeError);
        });
      } else if (t.big) {
        it('setters accept bigints in range and safe-integer numbers', () => {
          const p = alloc(8);
          const lo = t.min === 0n ? 0 : -Number.MAX_SAFE_INTEGER;
          for (const n of [lo, 0, -0, 1, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
            ffi[set](p, 0, n);
            assert.equal(ffi[get](p, 0), BigInt(n));
          }
          const bad = [t.min - 1n, t.max + 1n, 2n ** 100n, 2 ** 53, -(2 ** 53), 1.5, NaN, Infinity];
          if (t.min === 0n) bad.push(-1, -(2 ** 40));
          ffi[set](p, 0, 42n);
          for (const v of bad) {
            assertThrowsCode(() => ffi[set](p, 0, v), 'ERR_INVALID_ARG_VALUE', `Value must be ${t.desc}`, TypeError);
          }
          for (const v of ['1', null, true]) {
            assertThrowsCode(() => ffi[set](p, 0, v), 'ERR_INVALID_ARG_VALUE', 'Value must be a bigint or a number', TypeError);
          }
          assert.equal(ffi[get](p, 0), 42n, 'a rejected value wrote nothing');
        });
      } else {
        it('setters reject values just outside the range, fractions and non-numbers', () => {
          const p = alloc(8);
          ffi[set](p, 0, 42);
          const bad = [t.min - 1, t.max + 1, 0.5, t.max - 0.5, NaN, Infinity, -Infinity, '1', 1n, null, true, {}];
          for (const v of bad) {
            assertThrowsCode(() => ffi[set](p, 0, v), 'ERR_INVALID_ARG_VALUE', `Value must be ${t.desc}`, TypeError);
          }
          assert.equal(ffi[get](p, 0), 42, 'a rejected value wrote nothing');
        });

        it('-0 is stored as 0 (setters take it for every type)', () => {
          const p = alloc(8, 0xff);
          ffi[set](p, 0, -0);
          assert.ok(Object.is(ffi[get](p, 0), 0));
        });
      }
    });
  }

  it('values are stored in native byte order', () => {
    const p = alloc(8);
    ffi.setUint32(p, 0, 0x11223344);
    assert.deepEqual(bytes(p, 4), LE ? [0x44, 0x33, 0x22, 0x11] : [0x11, 0x22, 0x33, 0x44]);
    ffi.setInt16(p, 1, -2);
    assert.equal(ffi.getUint16(p, 1), 0xfffe);
    assert.equal(ffi.getInt8(p, 1), -2);
  });
});

describe('get*/set*: bad pointers and offsets', () => {
  let p;
  before(() => { p = alloc(16); });

  const calls = [];
  for (const t of SCALARS) {
    const v = t.big ? 1n : 1;
    calls.push([`get${t.name}`, (ptr, off) => ffi[`get${t.name}`](ptr, off), t]);
    calls.push([`set${t.name}`, (ptr, off) => ffi[`set${t.name}`](ptr, off, v), t]);
  }

  for (const [name, call] of calls) {
    it(`${name}: a pointer that is not a bigint is ERR_INVALID_ARG_TYPE`, () => {
      for (const ptr of [1, '0x10', null, undefined, {}]) {
        assertThrowsCode(() => call(ptr, 0), 'ERR_INVALID_ARG_TYPE', 'The pointer must be a bigint', TypeError);
      }
    });

    it(`${name}: a bigint pointer outside [0, 2^64) is ERR_INVALID_ARG_VALUE`, () => {
      for (const ptr of [-1n, -(2n ** 63n), 2n ** 64n, 2n ** 70n]) {
        assertThrowsCode(() => call(ptr, 0), 'ERR_INVALID_ARG_VALUE', 'The pointer must be a non-negative bigint', TypeError);
      }
    });

    it(`${name}: an offset that is not a number is ERR_INVALID_ARG_TYPE`, () => {
      for (const off of ['4', 4n, null, true]) {
        assertThrowsCode(() => call(p, off), 'ERR_INVALID_ARG_TYPE', 'The offset must be a number', TypeError);
      }
      if (name.startsWith('set')) {
        assertThrowsCode(() => call(p, undefined), 'ERR_INVALID_ARG_VALUE', 'Expected an offset argument', TypeError);
      }
    });

    it(`${name}: a negative, fractional or infinite offset is ERR_INVALID_ARG_VALUE`, () => {
      for (const off of [-1, -8, 0.5, 1.25, NaN, Infinity, -Infinity, 2 ** 40 + 0.5]) {
        assertThrowsCode(() => call(p, off), 'ERR_INVALID_ARG_VALUE', 'The offset must be a non-negative integer', TypeError);
      }
    });

    it(`${name}: an offset above Number.MAX_SAFE_INTEGER is ERR_OUT_OF_RANGE`, () => {
      for (const off of [2 ** 53, 2 ** 64]) {
        assertThrowsCode(() => call(p, off), 'ERR_OUT_OF_RANGE', 'The offset is too large', RangeError);
      }
    });

    it(`${name}: a null pointer throws ERR_FFI_INVALID_POINTER, whatever the offset`, () => {
      for (const off of [0, 8, 4096, -1, 'x']) {
        assertThrowsCode(() => call(0n, off), 'ERR_FFI_INVALID_POINTER', 'Cannot dereference a null pointer', Error);
      }
    });
  }

  for (const t of SCALARS) {
    it(`get${t.name}/set${t.name}: address arithmetic beyond 2^64 throws instead of wrapping`, () => {
      const limit = 2n ** 64n - BigInt(t.size);
      const cases = [[U64_MAX, 0], [limit + 1n, 0], [limit, 1], [2n ** 64n - 2n ** 53n, Number.MAX_SAFE_INTEGER], [1n, Number.MAX_SAFE_INTEGER]];
      for (const [ptr, off] of cases) {
        if (ptr > U64_MAX || ptr + BigInt(off) <= limit) continue;
        const msg = ptr + BigInt(off) > U64_MAX
          ? 'The pointer and offset exceed the platform address range'
          : 'The accessed range exceeds the platform address range';
        assertThrowsCode(() => ffi[`get${t.name}`](ptr, off), 'ERR_INVALID_ARG_VALUE', msg, TypeError);
        assertThrowsCode(() => ffi[`set${t.name}`](ptr, off, t.big ? 0n : 0), 'ERR_INVALID_ARG_VALUE', msg, TypeError);
      }
    });
  }

  it('the pointer is checked first, then a null pointer, then the offset, then the value', () => {
    assertThrowsCode(() => ffi.setInt32(1, -1, 'x'), 'ERR_INVALID_ARG_TYPE', 'The pointer must be a bigint');
    assertThrowsCode(() => ffi.setInt32(0n, -1, 'x'), 'ERR_FFI_INVALID_POINTER', 'Cannot dereference a null pointer');
    assertThrowsCode(() => ffi.setInt32(p, -1, 'x'), 'ERR_INVALID_ARG_VALUE', 'The offset must be a non-negative integer');
    assertThrowsCode(() => ffi.setInt32(0n, 0, 'x'), 'ERR_FFI_INVALID_POINTER', 'Cannot dereference a null pointer');
    assertThrowsCode(() => ffi.setInt32(p, 0, 'x'), 'ERR_INVALID_ARG_VALUE', 'Value must be an int32');
  });
});

describe('toString', () => {
  it('returns null for 0n', () => {
    assert.equal(ffi.toString(0n), null);
  });

  it('reads NUL-terminated UTF-8, multi-byte characters included', () => {
    for (const s of ['', 'hello', 'héllo wörld', '中文字符', 'emoji 🎉🚀 mix é中', 'x'.repeat(10000)]) {
      const n = Buffer.byteLength(s) + 1;
      const p = alloc(n, 0x7f);
      ffi.exportString(s, p, n);
      assert.equal(libc.functions.strlen(p), BigInt(n - 1));
      assert.equal(ffi.toString(p), s);
    }
  });

  it('stops at the first NUL and decodes bytes written by C', () => {
    const p = alloc(8, 0);
    libc.functions.memset(p, 0x41, 3n);
    assert.equal(ffi.toString(p), 'AAA');
    for (const [i, b] of [0xe2, 0x82, 0xac, 0x00, 0x42].entries()) ffi.setUint8(p, i, b);
    assert.equal(ffi.toString(p), '€');
  });

  it('replaces invalid UTF-8 with U+FFFD', () => {
    const p = alloc(4, 0);
    ffi.setUint8(p, 0, 0xff);
    ffi.setUint8(p, 1, 0x41);
    assert.equal(ffi.toString(p), '\ufffdA');
  });

  it('rejects a pointer that is not a bigint in [0, 2^64)', () => {
    for (const v of [1, 'abc', undefined]) {
      assertThrowsCode(() => ffi.toString(v), 'ERR_INVALID_ARG_TYPE', 'The first argument must be a bigint');
    }
    assertThrowsCode(() => ffi.toString(-1n), 'ERR_INVALID_ARG_VALUE', 'The first argument must be a non-negative bigint');
  });
});

for (const kind of ['toBuffer', 'toArrayBuffer']) {
  const isBuffer = kind === 'toBuffer';
  const u8 = (x) => (isBuffer ? x : new Uint8Array(x));

  describe(kind, () => {
    it(`returns ${isBuffer ? 'a Buffer' : 'an ArrayBuffer'} with a copy by default`, () => {
      const p = alloc(16, 0);
      for (let i = 0; i < 16; i++) ffi.setUint8(p, i, i * 3);
      for (const copy of [[], [undefined], [true]]) {
        const out = ffi[kind](p, 16, ...copy);
        if (isBuffer) assert.ok(Buffer.isBuffer(out));
        else assert.ok(out instanceof ArrayBuffer);
        assert.equal(isBuffer ? out.length : out.byteLength, 16);
        assert.deepEqual([...u8(out)], Array.from({ length: 16 }, (_, i) => i * 3));
        libc.functions.memset(p, 0xaa, 16n);
        assert.deepEqual([...u8(out)], Array.from({ length: 16 }, (_, i) => i * 3), 'the copy is independent of C memory');
        u8(out)[0] = 0x55;
        assert.equal(ffi.getUint8(p, 0), 0xaa, 'writes to the copy do not reach C memory');
        for (let i = 0; i < 16; i++) ffi.setUint8(p, i, i * 3);
      }
    });

    it('copy: false gives a zero-copy view: it sees C writes, and C sees its writes', () => {
      const p = alloc(32, 0);
      const view = u8(ffi[kind](p, 32, false));
      assert.equal(view.length, 32);
      libc.functions.memset(p, 0x5a, 32n);
      assert.ok(view.every((b) => b === 0x5a));
      view.fill(0x41, 0, 10);
      view[10] = 0;
      assert.equal(libc.functions.strlen(p), 10n);
      assert.equal(ffi.toString(p), 'A'.repeat(10));
      const q = alloc(32, 0);
      libc.functions.memcpy(q, p, 32n);
      assert.equal(ffi.getUint8(q, 9), 0x41);
      assert.equal(ffi.getUint8(q, 11), 0x5a);
      if (!isBuffer) assert.equal(ffi.getRawPointer(ffi[kind](p, 32, false)), p);
      else assert.equal(ffi.getRawPointer(view), p);
    });

    it('copies small and large ranges correctly, many times over', () => {
      const size = 5000;
      const p = alloc(size, 0);
      for (let i = 0; i < size; i++) ffi.setUint8(p, i, (i * 7) & 0xff);
      const big = u8(ffi[kind](p, size));
      assert.equal(big.length, size);
      for (let i = 0; i < size; i++) assert.equal(big[i], (i * 7) & 0xff);
      // Many small copies, each of which must keep its own bytes.
      const copies = [];
      for (let i = 0; i < 3000; i++) {
        libc.functions.memset(p, i & 0xff, 61n);
        copies.push(ffi[kind](p, 1 + (i % 61)));
      }
      copies.forEach((c, i) => {
        const view = u8(c);
        assert.equal(view.length, 1 + (i % 61));
        assert.ok(view.every((b) => b === (i & 0xff)), `copy ${i} was overwritten`);
      });
    });

    it('a zero length is allowed, even at 0n', () => {
      for (const copy of [true, false]) {
        for (const ptr of [0n, alloc(1)]) {
          const out = ffi[kind](ptr, 0, copy);
          assert.equal(isBuffer ? out.length : out.byteLength, 0);
          if (isBuffer) assert.ok(Buffer.isBuffer(out));
          else assert.ok(out instanceof ArrayBuffer);
        }
      }
    });

    it('a null pointer with a non-zero length throws', () => {
      for (const copy of [true, false]) {
        for (const len of [1, 64, 5000]) {
          assertThrowsCode(() => ffi[kind](0n, len, copy), 'ERR_FFI_INVALID_POINTER',
            `Cannot create ${isBuffer ? 'a buffer' : 'an ArrayBuffer'} from a null pointer`);
        }
      }
    });

    it('pointer + length beyond 2^64 throws instead of wrapping', () => {
      for (const copy of [true, false]) {
        for (const [ptr, len] of [[U64_MAX, 2], [2n ** 64n - 4n, 8], [2n ** 64n - 16n, 5000]]) {
          assertThrowsCode(() => ffi[kind](ptr, len, copy), 'ERR_INVALID_ARG_VALUE',
            'The pointer and length exceed the platform address range', TypeError);
        }
      }
    });

    it('validates pointer, length and copy', () => {
      const p = alloc(8);
      assertThrowsCode(() => ffi[kind](8, 8), 'ERR_INVALID_ARG_TYPE', 'The first argument must be a bigint');
      assertThrowsCode(() => ffi[kind](-8n, 8), 'ERR_INVALID_ARG_VALUE', 'The first argument must be a non-negative bigint');
      for (const len of ['8', 8n, undefined, null]) {
        assertThrowsCode(() => ffi[kind](p, len), 'ERR_INVALID_ARG_TYPE', 'The length must be a number', TypeError);
      }
      for (const len of [-1, 1.5, NaN, Infinity]) {
        assertThrowsCode(() => ffi[kind](p, len), 'ERR_INVALID_ARG_VALUE', 'The length must be a non-negative integer', TypeError);
      }
      assertThrowsCode(() => ffi[kind](p, 2 ** 53), 'ERR_OUT_OF_RANGE', 'The length is too large', RangeError);
      // A copy that cannot be allocated throws before any byte is read.
      assertThrowsCode(() => ffi[kind](p, Number.MAX_SAFE_INTEGER), 'ERR_MEMORY_ALLOCATION_FAILED', 'Failed to allocate memory', RangeError);
      for (const copy of [0, 'false', null, {}]) {
        assertThrowsCode(() => ffi[kind](p, 8, copy), 'ERR_INVALID_ARG_TYPE', 'The copy argument must be a boolean', TypeError);
      }
    });
  });
}

describe('exportString', () => {
  const text = 'héllo wörld 中文 🎉';
  const cases = [
    ['utf8', text], ['utf-8', text], ['UTF8', text],
    ['utf16le', text], ['utf-16le', text], ['ucs2', text], ['ucs-2', text], ['UCS2', text],
    ['latin1', 'héllo wörld'], ['binary', 'héllo wörld'], ['ascii', 'hello world'],
    ['base64', 'aGVsbG8gd29ybGQ='], ['base64url', 'aGVsbG8_d29ybGQ-'], ['hex', 'deadbeef00ff'],
  ];

  for (const [encoding, s] of cases) {
    const wide = ['utf16le', 'utf-16le', 'ucs2', 'ucs-2'].includes(encoding.toLowerCase());
    it(`${encoding}: writes the encoded string and a ${wide ? '2-byte' : '1-byte'} NUL terminator`, () => {
      const encoded = Buffer.from(s, encoding);
      const need = encoded.length + (wide ? 2 : 1);
      const p = alloc(need + 8, 0xff);
      ffi.exportString(s, p, need, encoding);
      const expected = [...encoded, ...(wide ? [0, 0] : [0]), ...Array(8).fill(0xff)];
      assert.deepEqual(bytes(p, need + 8), expected);
      if (encoding.toLowerCase().startsWith('utf8') || encoding.toLowerCase() === 'utf-8') {
        assert.equal(ffi.toString(p), s);
      }
    });

    it(`${encoding}: a length one byte too small is ERR_OUT_OF_RANGE and writes nothing`, () => {
      const need = Buffer.from(s, encoding).length + (wide ? 2 : 1);
      const p = alloc(need, 0xff);
      assertThrowsCode(() => ffi.exportString(s, p, need - 1, encoding), 'ERR_OUT_OF_RANGE',
        `The value of "len" is out of range. It must be >= ${need}. Received ${need - 1}`, RangeError);
      assert.ok(bytes(p, need).every((b) => b === 0xff));
    });
  }

  it('the encoding defaults to utf8 and C sees the string', () => {
    const p = alloc(64, 0xff);
    ffi.exportString(text, p, 64);
    assert.equal(libc.functions.strlen(p), BigInt(Buffer.byteLength(text)));
    assert.equal(ffi.toString(p), text);
    ffi.exportString('', p, 1);
    assert.equal(libc.functions.strlen(p), 0n);
  });

  it('validates its arguments', () => {
    const p = alloc(16);
    for (const [v, received] of [[123, 'type number (123)'], [null, 'null'], [Buffer.from('a'), 'an instance of Buffer']]) {
      assertThrowsCode(() => ffi.exportString(v, p, 16), 'ERR_INVALID_ARG_TYPE',
        `The "string" argument must be of type string. Received ${received}`, TypeError);
    }
    assertThrowsCode(() => ffi.exportString('a', 16, 16), 'ERR_INVALID_ARG_TYPE', 'The pointer must be a bigint');
    assertThrowsCode(() => ffi.exportString('a', p, '16'), 'ERR_INVALID_ARG_TYPE', /^The "len" argument must be of type number/);
    assertThrowsCode(() => ffi.exportString('a', p, -1), 'ERR_OUT_OF_RANGE', /^The value of "len" is out of range/);
    assertThrowsCode(() => ffi.exportString('a', p, 16, 8), 'ERR_INVALID_ARG_TYPE',
      'The "encoding" argument must be of type string. Received type number (8)');
    assertThrowsCode(() => ffi.exportString('a', p, 16, 'bogus'), 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: bogus', TypeError);
    assertThrowsCode(() => ffi.exportString('a', 0n, 16), 'ERR_FFI_INVALID_POINTER', 'Cannot create a buffer from a null pointer');
    assertThrowsCode(() => ffi.exportString('a', U64_MAX, 2), 'ERR_INVALID_ARG_VALUE',
      'The pointer and length exceed the platform address range');
  });
});

describe('exportBuffer, exportArrayBuffer, exportArrayBufferView', () => {
  const sources = {
    exportBuffer: () => Buffer.from([1, 2, 3, 4, 5]),
    exportArrayBuffer: () => new Uint8Array([1, 2, 3, 4, 5]).buffer,
    exportArrayBufferView: () => new Uint8Array([9, 1, 2, 3, 4, 5, 9]).subarray(1, 6),
  };
  const argName = { exportBuffer: 'buffer', exportArrayBuffer: 'arrayBuffer', exportArrayBufferView: 'arrayBufferView' };
  const expected = {
    exportBuffer: 'an instance of Buffer',
    exportArrayBuffer: 'an instance of ArrayBuffer',
    exportArrayBufferView: 'an instance of ArrayBufferView',
  };
  const wrongKinds = {
    exportBuffer: [[new Uint8Array(4), 'an instance of Uint8Array'], [new ArrayBuffer(4), 'an instance of ArrayBuffer'], ['abc', "type string ('abc')"]],
    exportArrayBuffer: [[Buffer.alloc(4), 'an instance of Buffer'], [new SharedArrayBuffer(4), 'an instance of SharedArrayBuffer'], [null, 'null']],
    exportArrayBufferView: [[new ArrayBuffer(4), 'an instance of ArrayBuffer'], [[1, 2], 'an instance of Array'], [7, 'type number (7)']],
  };

  for (const name of Object.keys(sources)) {
    describe(name, () => {
      it('copies the bytes, and only them, into native memory that C then sees', () => {
        const p = alloc(16, 0xff);
        ffi[name](sources[name](), p, 16);
        assert.deepEqual(bytes(p, 8), [1, 2, 3, 4, 5, 0xff, 0xff, 0xff]);
        const q = alloc(16, 0);
        libc.functions.memcpy(q, p, 5n);
        assert.deepEqual(bytes(q, 6), [1, 2, 3, 4, 5, 0]);
      });

      it('accepts a length equal to the source size and rejects a smaller one', () => {
        const p = alloc(8, 0xff);
        ffi[name](sources[name](), p, 5);
        assert.deepEqual(bytes(p, 6), [1, 2, 3, 4, 5, 0xff]);
        libc.functions.memset(p, 0xff, 8n);
        assertThrowsCode(() => ffi[name](sources[name](), p, 4), 'ERR_OUT_OF_RANGE',
          'The value of "len" is out of range. It must be >= 5. Received 4', RangeError);
        assert.ok(bytes(p, 8).every((b) => b === 0xff), 'nothing was written');
      });

      it('rejects sources of another kind with ERR_INVALID_ARG_TYPE', () => {
        const p = alloc(8);
        for (const [v, received] of wrongKinds[name]) {
          assertThrowsCode(() => ffi[name](v, p, 8), 'ERR_INVALID_ARG_TYPE',
            `The "${argName[name]}" argument must be ${expected[name]}. Received ${received}`, TypeError);
        }
      });

      it('validates pointer and length; null and overflowing destinations throw', () => {
        const p = alloc(8);
        assertThrowsCode(() => ffi[name](sources[name](), 8, 8), 'ERR_INVALID_ARG_TYPE', 'The pointer must be a bigint');
        assertThrowsCode(() => ffi[name](sources[name](), p, '8'), 'ERR_INVALID_ARG_TYPE', /^The "len" argument must be of type number/);
        assertThrowsCode(() => ffi[name](sources[name](), p, 5.5), 'ERR_OUT_OF_RANGE', /^The value of "len" is out of range. It must be an integer/);
        assertThrowsCode(() => ffi[name](sources[name](), 0n, 8), 'ERR_FFI_INVALID_POINTER', 'Cannot create a buffer from a null pointer');
        assertThrowsCode(() => ffi[name](sources[name](), 2n ** 64n - 4n, 8), 'ERR_INVALID_ARG_VALUE',
          'The pointer and length exceed the platform address range');
      });
    });
  }

  it('exportArrayBufferView copies exactly the view: typed arrays with an offset, DataViews, Buffers', () => {
    const ab = new ArrayBuffer(16);
    new Uint8Array(ab).forEach((_, i, a) => { a[i] = i; });
    const p = alloc(16, 0xff);
    ffi.exportArrayBufferView(new Uint16Array(ab, 4, 3), p, 16);
    assert.deepEqual(bytes(p, 8), [4, 5, 6, 7, 8, 9, 0xff, 0xff]);
    libc.functions.memset(p, 0xff, 16n);
    ffi.exportArrayBufferView(new DataView(ab, 10, 2), p, 2);
    assert.deepEqual(bytes(p, 3), [10, 11, 0xff]);
    ffi.exportArrayBufferView(Buffer.from('hi\0'), p, 3);
    assert.equal(ffi.toString(p), 'hi');
    assertThrowsCode(() => ffi.exportArrayBufferView(new Float64Array(2), p, 15), 'ERR_OUT_OF_RANGE', /It must be >= 16\./);
  });

  it('a zero-copy view of the destination may be the source (overlapping copy)', () => {
    const p = alloc(16, 0);
    for (let i = 0; i < 16; i++) ffi.setUint8(p, i, i);
    const view = ffi.toBuffer(p, 16, false);
    ffi.exportArrayBufferView(view.subarray(0, 8), p + 4n, 12);
    assert.deepEqual(bytes(p, 16), [0, 1, 2, 3, 0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15]);
  });

  it('an empty source with a zero length is a no-op, even at 0n', () => {
    ffi.exportBuffer(Buffer.alloc(0), 0n, 0);
    ffi.exportArrayBuffer(new ArrayBuffer(0), 0n, 0);
    ffi.exportArrayBufferView(new Uint8Array(0), 0n, 0);
  });

  it('a detached source throws', () => {
    const ab = new ArrayBuffer(8);
    const view = new Uint8Array(ab);
    structuredClone(ab, { transfer: [ab] });
    const p = alloc(8);
    assertThrowsCode(() => ffi.exportArrayBuffer(ab, p, 8), 'ERR_INVALID_ARG_VALUE', 'ArrayBuffer is detached');
    assertThrowsCode(() => ffi.exportArrayBufferView(view, p, 8), 'ERR_INVALID_ARG_VALUE', 'ArrayBuffer is detached');
  });
});

describe('getRawPointer', () => {
  it('returns the address of a Buffer, including its byte offset', () => {
    const buf = Buffer.from('pooled\0');
    const ptr = ffi.getRawPointer(buf);
    assert.equal(typeof ptr, 'bigint');
    assert.equal(ffi.toString(ptr), 'pooled');
    assert.equal(libc.functions.strlen(ptr), 6n);
    const sub = buf.subarray(2);
    assert.equal(ffi.getRawPointer(sub), ptr + 2n);
    libc.functions.memset(ptr, 0x61, 3n);
    assert.equal(buf.toString('latin1', 0, 6), 'aaaled');
  });

  it('returns the address of typed arrays, DataViews and ArrayBuffers', () => {
    const ab = new ArrayBuffer(32);
    const base = ffi.getRawPointer(ab);
    assert.notEqual(base, 0n);
    assert.equal(ffi.getRawPointer(new Uint8Array(ab)), base);
    assert.equal(ffi.getRawPointer(new Uint16Array(ab, 4, 2)), base + 4n);
    assert.equal(ffi.getRawPointer(new Float64Array(ab, 8)), base + 8n);
    assert.equal(ffi.getRawPointer(new BigInt64Array(ab, 16, 1)), base + 16n);
    assert.equal(ffi.getRawPointer(new DataView(ab, 12, 4)), base + 12n);
    ffi.setUint32(base, 12, 0xdeadbeef);
    assert.equal(new DataView(ab).getUint32(12, LE), 0xdeadbeef);
  });

  it('works for small typed arrays created in JS, whose address then stays valid', () => {
    const small = new Int32Array(4);
    const ptr = ffi.getRawPointer(small);
    ffi.setInt32(ptr, 8, -42);
    assert.equal(small[2], -42);
    small[3] = 77;
    assert.equal(ffi.getInt32(ptr, 12), 77);
    assert.equal(ffi.getRawPointer(small), ptr);
  });

  it('works for a bare SharedArrayBuffer, as the built-in module does', () => {
    const sab = new SharedArrayBuffer(8);
    const ptr = ffi.getRawPointer(sab);
    ffi.setUint8(ptr, 2, 99);
    assert.equal(new Uint8Array(sab)[2], 99);
    assert.equal(ptr, ffi.getRawPointer(new Uint8Array(sab)));
  });

  it('works for views over a SharedArrayBuffer', () => {
    const sab = new SharedArrayBuffer(8);
    const view = new Uint8Array(sab);
    const ptr = ffi.getRawPointer(view);
    ffi.setUint8(ptr, 3, 200);
    assert.equal(view[3], 200);
  });

  it('throws for detached buffers', () => {
    const ab = new ArrayBuffer(8);
    const view = new Uint8Array(ab);
    const dv = new DataView(ab);
    structuredClone(ab, { transfer: [ab] });
    assertThrowsCode(() => ffi.getRawPointer(ab), 'ERR_INVALID_ARG_VALUE', 'ArrayBuffer is detached');
    for (const v of [view, dv]) {
      assertThrowsCode(() => ffi.getRawPointer(v), 'ERR_INVALID_ARG_VALUE', 'ArrayBufferView is backed by a detached ArrayBuffer');
    }
  });

  it('rejects other kinds of value with ERR_INVALID_ARG_TYPE', () => {
    for (const v of [1n, 'abc', null, undefined, {}, [1]]) {
      assertThrowsCode(() => ffi.getRawPointer(v), 'ERR_INVALID_ARG_TYPE',
        'The first argument must be a Buffer, ArrayBuffer, SharedArrayBuffer, or ArrayBufferView', TypeError);
    }
  });
});

describe('memory helpers inside callbacks and threads', () => {
  it('get*/set*/toBuffer in a callback during an FFI call do not disturb the call (qsort, bsearch)', () => {
    const { lib, functions: c } = libc;
    const n = 200;
    const base = alloc(n * 4);
    const values = Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) - 500);
    values.forEach((v, i) => ffi.setInt32(base, i * 4, v));
    const scratch = alloc(8);
    let calls = 0;
    const cmp = lib.registerCallback({ parameters: ['pointer', 'pointer'], result: 'i32' }, (a, b) => {
      calls++;
      ffi.setFloat64(scratch, 0, calls);
      ffi.toBuffer(a, 4);
      const x = ffi.getInt32(a);
      const y = ffi.getInt32(b, 0);
      return x < y ? -1 : x > y ? 1 : 0;
    });
    try {
      c.qsort(base, BigInt(n), 4n, cmp);
      assert.ok(calls > 0);
      const sorted = Array.from({ length: n }, (_, i) => ffi.getInt32(base, i * 4));
      assert.deepEqual(sorted, [...values].sort((x, y) => x - y));
      const key = alloc(4);
      ffi.setInt32(key, 0, sorted[123]);
      const found = c.bsearch(key, base, BigInt(n), 4n, cmp);
      assert.notEqual(found, 0n);
      assert.equal(ffi.getInt32(found), sorted[123]);
      assert.equal((found - base) % 4n, 0n);
    } finally {
      lib.unregisterCallback(cmp);
    }
  });

  it('worker threads use their own helper state concurrently with the main thread', async () => {
    const root = path.join(__dirname, '..');
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const ffi = require(workerData.root);
      const { functions: c, lib } = ffi.dlopen(null, { malloc: { parameters: ['u64'], result: 'pointer' }, free: { parameters: ['pointer'] } });
      const p = c.malloc(16n);
      let bad = 0;
      for (let i = 0; i < 200000; i++) {
        const v = (workerData.id * 1000003 + i) | 0;
        ffi.setInt32(p, 4, v);
        ffi.setFloat64(p, 8, i + 0.5);
        if (ffi.getInt32(p, 4) !== v || ffi.getFloat64(p, 8) !== i + 0.5) bad++;
      }
      c.free(p);
      lib.close();
      parentPort.postMessage(bad);
    `;
    const workers = [1, 2].map((id) => new Promise((resolve, reject) => {
      const w = new Worker(source, { eval: true, workerData: { root, id } });
      w.once('message', resolve);
      w.once('error', reject);
    }));
    const p = alloc(16);
    let bad = 0;
    for (let i = 0; i < 200000; i++) {
      ffi.setInt32(p, 4, i);
      ffi.setFloat64(p, 8, -i);
      if (ffi.getInt32(p, 4) !== i || ffi.getFloat64(p, 8) !== -i) bad++;
      if (i % 20000 === 0) await new Promise(setImmediate);
    }
    assert.equal(bad, 0);
    assert.deepEqual(await Promise.all(workers), [0, 0]);
  });
});
