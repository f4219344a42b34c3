'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { ffi } = require('./helpers');

const EXPECTED_TYPES = {
  VOID: 'void',
  POINTER: 'pointer',
  BUFFER: 'buffer',
  ARRAY_BUFFER: 'arraybuffer',
  FUNCTION: 'function',
  BOOL: 'bool',
  CHAR: 'char',
  STRING: 'string',
  FLOAT: 'float',
  DOUBLE: 'double',
  INT_8: 'int8',
  UINT_8: 'uint8',
  INT_16: 'int16',
  UINT_16: 'uint16',
  INT_32: 'int32',
  UINT_32: 'uint32',
  INT_64: 'int64',
  UINT_64: 'uint64',
  FLOAT_32: 'float32',
  FLOAT_64: 'float64',
};

describe('ffi.types', () => {
  it('has exactly the 20 constants of the spec with their values', () => {
    assert.equal(Object.keys(EXPECTED_TYPES).length, 20);
    assert.deepEqual(Object.keys(ffi.types).sort(), Object.keys(EXPECTED_TYPES).sort());
    for (const [k, v] of Object.entries(EXPECTED_TYPES)) {
      assert.equal(ffi.types[k], v, `ffi.types.${k}`);
    }
    assert.deepEqual({ ...ffi.types }, EXPECTED_TYPES);
  });

  it('is frozen', () => {
    assert.ok(Object.isFrozen(ffi.types));
    assert.throws(() => { 'use strict'; ffi.types.VOID = 'x'; }, TypeError);
    assert.throws(() => { 'use strict'; ffi.types.EXTRA = 'x'; }, TypeError);
    assert.equal(ffi.types.VOID, 'void');
    assert.equal(ffi.types.EXTRA, undefined);
  });
});

describe('ffi.suffix', () => {
  it('is "so" on Linux', { skip: process.platform !== 'linux' }, () => {
    assert.equal(ffi.suffix, 'so');
  });
  it('matches the platform', () => {
    const expected = process.platform === 'darwin' ? 'dylib'
      : process.platform === 'win32' ? 'dll' : 'so';
    assert.equal(ffi.suffix, expected);
  });
});

describe('module exports', () => {
  it('exposes the library API', () => {
    for (const name of ['dlopen', 'dlclose', 'dlsym', 'DynamicLibrary']) {
      assert.equal(typeof ffi[name], 'function', name);
    }
  });
});
