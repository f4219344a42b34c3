'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { ffi, fixturePath, assertThrowsCode } = require('./helpers');

// Small integer types: [symbol, type names, min, max, desc, widen symbol]
const INT_TYPES = [
  ['id_i8', ['i8', 'int8'], -128, 127, 'an int8', 'widen_i8'],
  ['id_u8', ['u8', 'uint8'], 0, 255, 'a uint8', 'widen_u8'],
  ['id_i16', ['i16', 'int16'], -32768, 32767, 'an int16', 'widen_i16'],
  ['id_u16', ['u16', 'uint16'], 0, 65535, 'a uint16', 'widen_u16'],
  ['id_i32', ['i32', 'int32'], -2147483648, 2147483647, 'an int32', 'widen_i32'],
  ['id_u32', ['u32', 'uint32'], 0, 4294967295, 'a uint32', 'widen_u32'],
  // bool is a uint8 to node:ffi: 0-255 pass unchanged.
  ['id_bool', ['bool'], 0, 255, 'a uint8', null],
];
// char is signed on x86_64 (and on Apple/Windows arm64), unsigned on Linux arm.
const CHAR_SIGNED = !(process.platform === 'linux' && /^(arm|arm64|ppc64|s390x|riscv64)$/.test(process.arch));
INT_TYPES.push(CHAR_SIGNED
  ? ['id_char', ['char'], -128, 127, 'an int8', null]
  : ['id_char', ['char'], 0, 255, 'a uint8', null]);

const NOT_A_NUMBER = [
  ['a string', '1'],
  ['an empty string', ''],
  ['a bigint', 1n],
  ['a zero bigint', 0n],
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  ['an object', {}],
  ['an array', [1]],
  ['a Number object', Object(1)],
  ['a symbol', Symbol('x')],
];

function fmt(v) {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'symbol') return v.toString();
  if (Object.is(v, -0)) return '-0';
  try { return JSON.stringify(v) ?? String(v); } catch { return String(v); }
}

describe('calls', () => {
  let lib;
  before(() => { lib = new ffi.DynamicLibrary(fixturePath()); });
  after(() => { lib.close(); });

  const fn = (name, parameters, result) => lib.getFunction(name, { parameters, result });

  describe('8/16/32-bit integers and bool/char', () => {
    for (const [sym, names, min, max, desc, widen] of INT_TYPES) {
      describe(`${sym} (${names.join('/')})`, () => {
        for (const t of names) {
          it(`${t}: min and max round-trip`, () => {
            const f = fn(sym, [t], t);
            assert.equal(f(min), min);
            assert.equal(f(max), max);
            assert.equal(f(0), 0);
            assert.equal(f(1), 1);
            if (min < 0) assert.equal(f(-1), -1);
            if (max > 1) assert.equal(f(max - 1), max - 1);
            if (min < 0) assert.equal(f(min + 1), min + 1);
          });
        }

        const f = () => fn(sym, [names[0]], names[0]);

        it('just outside the range throws', () => {
          assertThrowsCode(() => f()(min - 1), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${desc}`);
          assertThrowsCode(() => f()(max + 1), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${desc}`);
        });

        it('far outside the range throws (no wrapping)', () => {
          for (const v of [max * 2 + 2, 2 ** 32, 2 ** 53, -(2 ** 53), 1e300, -1e300, Number.MAX_VALUE]) {
            if (v >= min && v <= max) continue;
            assertThrowsCode(() => f()(v), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${desc}`);
          }
        });

        it('fractions, NaN and infinities throw', () => {
          for (const v of [0.5, -0.5, 1.5, max - 0.5, min + 0.5, Number.EPSILON, NaN, Infinity, -Infinity]) {
            assertThrowsCode(() => f()(v), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${desc}`);
          }
        });

        for (const [label, v] of NOT_A_NUMBER) {
          it(`${label} throws (nothing is coerced)`, () => {
            assertThrowsCode(() => f()(v), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${desc}`);
          });
        }

        if (widen) {
          it('C receives the exact value (checked by C-side widening)', () => {
            const w = fn(widen, [names[0]], 'i64');
            assert.equal(w(min), BigInt(min));
            assert.equal(w(max), BigInt(max));
            if (min < 0) assert.equal(w(-1), -1n);
            assert.equal(w(0), 0n);
          });
        }
      });
    }
  });

  describe('-0', () => {
    it('is rejected for int32 and uint32', () => {
      assertThrowsCode(() => fn('id_i32', ['i32'], 'i32')(-0), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int32');
      assertThrowsCode(() => fn('add_i32', ['i32', 'i32'], 'i32')(1, -0), 'ERR_INVALID_ARG_VALUE',
        'Argument 1 must be an int32');
      assertThrowsCode(() => fn('id_u32', ['u32'], 'u32')(-0), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be a uint32');
    });

    for (const [sym, names] of INT_TYPES) {
      if (sym === 'id_i32' || sym === 'id_u32') continue;
      it(`is accepted as 0 for ${names[0]}`, () => {
        const r = fn(sym, [names[0]], names[0])(-0);
        assert.equal(r, 0);
        assert.ok(Object.is(r, 0), 'an integer result is +0');
      });
    }

    it('round-trips as -0 through f64 and f32', () => {
      assert.ok(Object.is(fn('id_f64', ['f64'], 'f64')(-0), -0));
      assert.ok(Object.is(fn('id_f32', ['f32'], 'f32')(-0), -0));
    });
  });

  describe('bool', () => {
    it('takes every uint8 and returns it unchanged, but not booleans', () => {
      const f = fn('id_bool', ['bool'], 'bool');
      for (const v of [0, 1, 2, 127, 255]) assert.equal(f(v), v);
      for (const v of [true, false, -1, 256, 0.5]) {
        assertThrowsCode(() => f(v), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be a uint8');
      }
    });

    it('results are numbers', () => {
      const f = fn('id_bool', ['bool'], 'bool');
      assert.equal(typeof f(1), 'number');
    });
  });

  describe('char', () => {
    it(`behaves as ${CHAR_SIGNED ? 'int8' : 'uint8'} on this platform (${process.arch})`, () => {
      const f = fn('id_char', ['char'], 'char');
      if (CHAR_SIGNED) {
        assert.equal(f(-128), -128);
        assert.equal(f(-1), -1);
        assertThrowsCode(() => f(128), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int8');
      } else {
        assert.equal(f(255), 255);
        assertThrowsCode(() => f(-1), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be a uint8');
      }
    });

    it('char is int8 on x86_64 Linux', { skip: !(process.arch === 'x64' && process.platform === 'linux') }, () => {
      assert.equal(CHAR_SIGNED, true);
      const f = fn('id_char', ['char'], 'char');
      assert.equal(f(-100), -100);
      assertThrowsCode(() => f(-129), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int8');
      assertThrowsCode(() => f(200), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int8');
    });
  });

  describe('small integer results are extended correctly', () => {
    it('signed results are sign-extended, unsigned zero-extended', () => {
      // A separate library: these signatures differ from the ones above.
      const other = new ffi.DynamicLibrary(fixturePath());
      const fn = (name, parameters, result) => other.getFunction(name, { parameters, result });
      // Return a u8/u16/u32 function's value reinterpreted as the signed type.
      assert.equal(fn('id_u8', ['u8'], 'i8')(255), -1);
      assert.equal(fn('id_i8', ['i8'], 'u8')(-1), 255);
      assert.equal(fn('id_u16', ['u16'], 'i16')(65535), -1);
      assert.equal(fn('id_i16', ['i16'], 'u16')(-2), 65534);
      assert.equal(fn('id_u32', ['u32'], 'i32')(4294967295), -1);
      assert.equal(fn('id_i32', ['i32'], 'u32')(-1), 4294967295);
      assert.equal(fn('add_i32', ['i32', 'i32'], 'i32')(2147483647, 1), -2147483648);
      other.close();
    });
  });

  describe('floats', () => {
    for (const [sym, names, desc] of [['id_f32', ['f32', 'float', 'float32'], 'a float'],
      ['id_f64', ['f64', 'double', 'float64'], 'a double']]) {
      describe(sym, () => {
        const f = () => fn(sym, [names[0]], names[0]);

        it('accepts every spelling', () => {
          for (const t of names) assert.equal(fn(sym, [t], t)(1.5), 1.5);
        });

        it('NaN and infinities round-trip', () => {
          assert.ok(Number.isNaN(f()(NaN)));
          assert.equal(f()(Infinity), Infinity);
          assert.equal(f()(-Infinity), -Infinity);
        });

        it('integers and fractions round-trip', () => {
          assert.equal(f()(0), 0);
          assert.equal(f()(-3), -3);
          assert.equal(f()(0.25), 0.25);
          assert.equal(f()(16777216), 16777216);
        });

        for (const [label, v] of NOT_A_NUMBER) {
          it(`${label} throws`, () => {
            assertThrowsCode(() => f()(v), 'ERR_INVALID_ARG_VALUE', `Argument 0 must be ${desc}`);
          });
        }
      });
    }

    it('f32 rounds to single precision', () => {
      const f = fn('id_f32', ['f32'], 'f32');
      assert.equal(f(0.1), Math.fround(0.1));
      assert.notEqual(f(0.1), 0.1);
      assert.equal(f(1 / 3), Math.fround(1 / 3));
      assert.equal(f(16777217), 16777216);
      assert.equal(f(3.4028234663852886e38), 3.4028234663852886e38);
      assert.equal(f(1e39), Infinity);
      assert.equal(f(-1e39), -Infinity);
      assert.equal(f(1e-46), 0);
    });

    it('f64 is exact', () => {
      const f = fn('id_f64', ['f64'], 'f64');
      for (const v of [0.1, Math.PI, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 2 ** 53 + 2, 5e-324]) {
        assert.equal(f(v), v, fmt(v));
      }
    });

    it('add_f64 adds', () => {
      assert.equal(fn('add_f64', ['f64', 'f64'], 'f64')(0.1, 0.2), 0.1 + 0.2);
    });
  });

  describe('64-bit integers', () => {
    const I64_MIN = -(2n ** 63n);
    const I64_MAX = 2n ** 63n - 1n;
    const U64_MAX = 2n ** 64n - 1n;

    it('i64: exact bounds round-trip as bigints', () => {
      for (const t of ['i64', 'int64']) {
        const f = fn('id_i64', [t], t);
        for (const v of [I64_MIN, I64_MIN + 1n, -1n, 0n, 1n, 2n ** 53n + 1n, I64_MAX - 1n, I64_MAX]) {
          const r = f(v);
          assert.equal(typeof r, 'bigint');
          assert.equal(r, v);
        }
      }
    });

    it('u64: exact bounds round-trip as bigints', () => {
      for (const t of ['u64', 'uint64']) {
        const f = fn('id_u64', [t], t);
        for (const v of [0n, 1n, 2n ** 53n + 1n, 2n ** 63n, U64_MAX - 1n, U64_MAX]) {
          const r = f(v);
          assert.equal(typeof r, 'bigint');
          assert.equal(r, v);
        }
      }
    });

    it('i64: just outside throws', () => {
      const f = fn('id_i64', ['i64'], 'i64');
      for (const v of [I64_MIN - 1n, I64_MAX + 1n, U64_MAX, -(2n ** 64n), 2n ** 100n]) {
        assertThrowsCode(() => f(v), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int64');
      }
    });

    it('u64: just outside throws', () => {
      const f = fn('id_u64', ['u64'], 'u64');
      for (const v of [-1n, U64_MAX + 1n, I64_MIN, 2n ** 100n]) {
        assertThrowsCode(() => f(v), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be a uint64');
      }
    });

    it('safe-integer numbers are taken as bigints; other numbers are rejected', () => {
      const i = fn('id_i64', ['i64'], 'i64');
      const u = fn('id_u64', ['u64'], 'u64');
      for (const v of [0, -0, 1, 2 ** 53 - 1]) {
        assert.equal(i(v), BigInt(v));
        assert.equal(u(v), BigInt(v));
      }
      assert.equal(i(-(2 ** 53 - 1)), -(2n ** 53n - 1n));
      for (const v of [1.5, NaN, Infinity, 2 ** 53, -(2 ** 53)]) {
        assertThrowsCode(() => i(v), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int64');
        assertThrowsCode(() => u(v), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be a uint64');
      }
      assertThrowsCode(() => u(-1), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be a uint64');
    });

    it('other non-bigints are rejected', () => {
      const i = fn('id_i64', ['i64'], 'i64');
      const u = fn('id_u64', ['u64'], 'u64');
      for (const v of ['1', '1n', true, null, undefined, {}, Object(1n)]) {
        assertThrowsCode(() => i(v), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int64');
        assertThrowsCode(() => u(v), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be a uint64');
      }
    });

    it('results reinterpret the bits for the declared type', () => {
      const other = new ffi.DynamicLibrary(fixturePath());
      const fn = (name, parameters, result) => other.getFunction(name, { parameters, result });
      assert.equal(fn('id_u64', ['u64'], 'i64')(U64_MAX), -1n);
      assert.equal(fn('id_i64', ['i64'], 'u64')(-1n), U64_MAX);
      assert.equal(fn('add_i64', ['i64', 'i64'], 'i64')(I64_MAX, 1n), I64_MIN);
      other.close();
    });

    it('add_i64 adds beyond 2^53', () => {
      const add = fn('add_i64', ['i64', 'i64'], 'i64');
      assert.equal(add(2n ** 60n, 2n ** 60n + 1n), 2n ** 61n + 1n);
      assert.equal(add(-(2n ** 62n), -(2n ** 62n)), I64_MIN);
    });
  });

  describe('argument count and index', () => {
    it('too few arguments throw', () => {
      const add = fn('add_i32', ['i32', 'i32'], 'i32');
      assertThrowsCode(() => add(1), 'ERR_INVALID_ARG_VALUE', 'Invalid argument count: expected 2, got 1');
      assertThrowsCode(() => add(), 'ERR_INVALID_ARG_VALUE', 'Invalid argument count: expected 2, got 0');
    });

    it('too many arguments throw', () => {
      const add = fn('add_i32', ['i32', 'i32'], 'i32');
      assertThrowsCode(() => add(1, 2, 3), 'ERR_INVALID_ARG_VALUE', 'Invalid argument count: expected 2, got 3');
      const noop = lib.getFunction('noop', {});
      assertThrowsCode(() => noop(undefined), 'ERR_INVALID_ARG_VALUE', 'Invalid argument count: expected 0, got 1');
    });

    it('explicit undefined counts as an argument, and is a bad int', () => {
      const add = fn('add_i32', ['i32', 'i32'], 'i32');
      assertThrowsCode(() => add(1, undefined), 'ERR_INVALID_ARG_VALUE', 'Argument 1 must be an int32');
    });

    it('the message names the failing argument index', () => {
      const add = fn('add_i32', ['i32', 'i32'], 'i32');
      assertThrowsCode(() => add('x', 1), 'ERR_INVALID_ARG_VALUE', 'Argument 0 must be an int32');
      assertThrowsCode(() => add(1, 'x'), 'ERR_INVALID_ARG_VALUE', 'Argument 1 must be an int32');
      const m6 = fn('mixed6', ['i32', 'f64', 'i32', 'f64', 'i64', 'f32'], 'f64');
      assertThrowsCode(() => m6(1, 2, 3, 4, 5.5, 6), 'ERR_INVALID_ARG_VALUE', 'Argument 4 must be an int64');
      assertThrowsCode(() => m6(1, 2, 3, 4n, 5n, 6), 'ERR_INVALID_ARG_VALUE', 'Argument 3 must be a double');
      assertThrowsCode(() => m6(1, 2, 3, 4, 5n, '6'), 'ERR_INVALID_ARG_VALUE', 'Argument 5 must be a float');
      const s16 = fn('sum16_i64', Array(16).fill('i64'), 'i64');
      const args = Array.from({ length: 16 }, (_, i) => BigInt(i));
      args[15] = 15.5;
      assertThrowsCode(() => s16(...args), 'ERR_INVALID_ARG_VALUE', 'Argument 15 must be an int64');
    });

    it('a failed validation does not call the function', () => {
      const setFlag = fn('set_flag', ['i32'], 'void');
      const getFlag = lib.getFunction('get_flag', { result: 'i32' });
      setFlag(11);
      assert.throws(() => setFlag(1.5));
      assert.throws(() => setFlag());
      assert.equal(getFlag(), 11);
    });
  });

  describe('void', () => {
    it('void functions return undefined and run', () => {
      const setFlag = fn('set_flag', ['i32'], 'void');
      const getFlag = lib.getFunction('get_flag', { result: 'i32' });
      assert.equal(setFlag(77), undefined);
      assert.equal(getFlag(), 77);
      assert.equal(setFlag(-2147483648), undefined);
      assert.equal(getFlag(), -2147483648);
    });

    it('void () runs', () => {
      const noop = lib.getFunction('noop', {});
      const count = lib.getFunction('noop_count', { result: 'i32' });
      const before = count();
      for (let i = 0; i < 10; i++) assert.equal(noop(), undefined);
      assert.equal(count(), before + 10);
    });
  });

  describe('many arguments', () => {
    const I64 = Array(16).fill('i64');
    const F64 = Array(16).fill('f64');
    const MIXED = ['i32', 'f64', 'i64', 'f32', 'i32', 'f64', 'i64', 'f64',
      'i32', 'f64', 'f32', 'i64', 'f64', 'i32', 'f32', 'f64'];
    const mixedArgs = (vals) => vals.map((v, i) => (MIXED[i] === 'i64' ? BigInt(v) : v));

    it('sum16_i64 sums 16 int64 (10 on the stack on x86_64)', () => {
      const f = fn('sum16_i64', I64, 'i64');
      const args = Array.from({ length: 16 }, (_, i) => BigInt(i + 1) * 1000000000000n);
      assert.equal(f(...args), 136000000000000n);
      const neg = Array.from({ length: 16 }, (_, i) => (i % 2 ? -(2n ** 40n) : 2n ** 41n));
      assert.equal(f(...neg), 8n * 2n ** 41n - 8n * 2n ** 40n);
    });

    it('weighted16_i64 sees every argument in its place', () => {
      const f = fn('weighted16_i64', I64, 'i64');
      const args = Array.from({ length: 16 }, (_, i) => BigInt(100 + i));
      let expected = 0n;
      args.forEach((v, i) => { expected += BigInt(i + 1) * v; });
      assert.equal(f(...args), expected);
      for (let k = 0; k < 16; k++) {
        const one = Array(16).fill(0n);
        one[k] = 1n;
        assert.equal(f(...one), BigInt(k + 1), `argument ${k}`);
      }
    });

    it('sum16_f64 sums 16 doubles (8 on the stack on x86_64)', () => {
      const f = fn('sum16_f64', F64, 'f64');
      const args = Array.from({ length: 16 }, (_, i) => i + 0.5);
      assert.equal(f(...args), 128);
    });

    it('weighted16_f64 sees every argument in its place', () => {
      const f = fn('weighted16_f64', F64, 'f64');
      for (let k = 0; k < 16; k++) {
        const one = Array(16).fill(0);
        one[k] = 1.5;
        assert.equal(f(...one), 1.5 * (k + 1), `argument ${k}`);
      }
    });

    it('mixed16 sums 7 integer and 9 floating-point arguments', () => {
      const f = fn('mixed16', MIXED, 'f64');
      const vals = [1, 2.5, 3, 4.25, 5, 6.5, 7, 8.5, 9, 10.5, 11.75, 12, 13.5, 14, 15.25, 16.5];
      const expected = vals.reduce((a, b) => a + b, 0);
      assert.equal(f(...mixedArgs(vals)), expected);
      const negs = vals.map((v) => -v);
      assert.equal(f(...mixedArgs(negs)), -expected);
    });

    it('weighted_mixed16 sees every argument in its place', () => {
      const f = fn('weighted_mixed16', MIXED, 'f64');
      for (let k = 0; k < 16; k++) {
        const one = Array(16).fill(0);
        one[k] = 3;
        assert.equal(f(...mixedArgs(one)), 3 * (k + 1), `argument ${k} (${MIXED[k]})`);
      }
      const vals = Array.from({ length: 16 }, (_, i) => i - 7);
      const expected = vals.reduce((a, v, i) => a + v * (i + 1), 0);
      assert.equal(f(...mixedArgs(vals)), expected);
    });

    it('mixed6 weights its arguments', () => {
      const f = fn('mixed6', ['i32', 'f64', 'i32', 'f64', 'i64', 'f32'], 'f64');
      assert.equal(f(1, 2, 3, 4, 5n, 6), 1 + 4 + 9 + 16 + 25 + 36);
      assert.equal(f(-1, 0.5, 0, 0, -(2n ** 40n), 0.25), -1 + 1 + 5 * -(2 ** 40) + 1.5);
    });

    it('small integer types on the stack are extended by C correctly', () => {
      const f = fn('stack_small', [...Array(8).fill('i64'), 'i8', 'u8', 'i16', 'u16', 'i32', 'u32'], 'i64');
      const base = Array(8).fill(0n);
      assert.equal(f(...base, -1, 255, -1, 65535, -1, 4294967295), -1n + 255n - 1n + 65535n - 1n + 4294967295n);
      assert.equal(f(...base, -128, 0, -32768, 0, -2147483648, 0), -128n - 32768n - 2147483648n);
      assert.equal(f(1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 1, 1, 1, 1, 1, 1), 42n);
    });
  });
});
