'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const zlib = require('node:zlib');
const { ffi } = require('./helpers');

// A table-driven CRC-32 (IEEE 802.3), for Node versions without zlib.crc32.
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function jsCrc32(buf, crc = 0) {
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const crc32 = typeof zlib.crc32 === 'function' ? (b) => zlib.crc32(b) : (b) => jsCrc32(b);

describe('libc through dlopen(null)', () => {
  it('strlen, abs and getpid', () => {
    const { lib, functions } = ffi.dlopen(null, {
      strlen: { parameters: ['string'], result: 'u64' },
      abs: { parameters: ['i32'], result: 'i32' },
      getpid: { result: 'i32' },
    });
    assert.equal(functions.strlen('hello'), 5n);
    assert.equal(functions.strlen(''), 0n);
    assert.equal(functions.strlen('héllo wörld'), 13n);
    assert.equal(functions.abs(-5), 5);
    assert.equal(functions.abs(5), 5);
    assert.equal(functions.abs(-2147483647), 2147483647);
    assert.equal(functions.getpid(), process.pid);
    lib.close();
  });

  it('strlen over a Buffer and a pointer', () => {
    const { lib, functions } = ffi.dlopen(null, {
      strlen: { parameters: ['pointer'], result: 'u64' },
    });
    assert.equal(functions.strlen(Buffer.from('abc\0def')), 3n);
    assert.equal(functions.strlen(new Uint8Array([0x41, 0x42, 0])), 2n);
    lib.close();
  });

  it('memset and memcmp write and read JS memory', () => {
    const { lib, functions } = ffi.dlopen(null, {
      memset: { parameters: ['buffer', 'i32', 'u64'], result: 'pointer' },
      memcmp: { parameters: ['buffer', 'buffer', 'u64'], result: 'i32' },
    });
    const a = Buffer.alloc(16);
    const r = functions.memset(a, 0x5a, 10n);
    assert.equal(typeof r, 'bigint');
    assert.deepEqual([...a], [...Array(10).fill(0x5a), ...Array(6).fill(0)]);
    assert.equal(functions.memcmp(Buffer.from('abc'), Buffer.from('abc'), 3n), 0);
    assert.ok(functions.memcmp(Buffer.from('abc'), Buffer.from('abd'), 3n) < 0);
    lib.close();
  });
});

describe('libm', () => {
  it('cos and pow', () => {
    const { lib, functions } = ffi.dlopen(`libm.${ffi.suffix}.6`, {
      cos: { parameters: ['f64'], result: 'f64' },
      pow: { parameters: ['f64', 'f64'], result: 'f64' },
      sqrtf: { parameters: ['f32'], result: 'f32' },
    });
    assert.equal(functions.cos(0), 1);
    assert.equal(functions.cos(Math.PI), -1);
    assert.equal(functions.pow(2, 10), 1024);
    assert.equal(functions.pow(2, -1), 0.5);
    assert.equal(functions.sqrtf(2), Math.fround(Math.SQRT2));
    assert.ok(Number.isNaN(functions.pow(-1, 0.5)));
    lib.close();
  });

  it('runs the dlopen example of docs/api.md', () => {
    const { lib, functions } = ffi.dlopen('libm.so.6', { cos: { parameters: ['f64'], result: 'f64' } });
    assert.equal(functions.cos(0), 1);
    lib.close();
  });
});

describe('libz', () => {
  it('the JS CRC-32 reference is right', () => {
    assert.equal(jsCrc32(Buffer.from('123456789')), 0xcbf43926);
    assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
  });

  it('crc32 over a Buffer equals the reference', () => {
    const { lib, functions } = ffi.dlopen('libz.so.1', {
      crc32: { parameters: ['u64', 'buffer', 'u32'], result: 'u64' },
    });
    const inputs = [
      Buffer.from('123456789'),
      Buffer.from('The quick brown fox jumps over the lazy dog'),
      Buffer.alloc(0),
      Buffer.from(Array.from({ length: 100000 }, (_, i) => (i * 31 + 7) & 0xff)),
    ];
    for (const buf of inputs) {
      assert.equal(functions.crc32(0n, buf, buf.length), BigInt(crc32(buf)), `length ${buf.length}`);
    }
    assert.equal(functions.crc32(0n, inputs[0], 9), 0xcbf43926n);
    // Chaining: crc32(crc32(0, a), b) == crc32(a + b).
    const a = Buffer.from('hello ');
    const b = Buffer.from('world');
    const partial = functions.crc32(0n, a, a.length);
    assert.equal(functions.crc32(partial, b, b.length), BigInt(crc32(Buffer.concat([a, b]))));
    // A subarray passes its own offset.
    const big = Buffer.from('xxxx123456789yyyy');
    assert.equal(functions.crc32(0n, big.subarray(4, 13), 9), 0xcbf43926n);
    lib.close();
  });

  it('crc32 over a typed array and an ArrayBuffer', () => {
    const { lib, functions } = ffi.dlopen('libz.so.1', {
      crc32: { parameters: ['u64', 'pointer', 'u32'], result: 'u64' },
    });
    const bytes = new Uint8Array([...Buffer.from('123456789')]);
    assert.equal(functions.crc32(0n, bytes, 9), 0xcbf43926n);
    assert.equal(functions.crc32(0n, bytes.buffer, 9), 0xcbf43926n);
    assert.equal(functions.crc32(0n, new DataView(bytes.buffer), 9), 0xcbf43926n);
    lib.close();
  });
});
