'use strict';
// Variadic functions (docs/api.md, "Variadic functions"): `variadic: true`
// with the fixed parameters listed, and each call's extra arguments given
// as type/value pairs, promoted as C's default argument promotions say and
// passed through libffi's ffi_prep_cif_var. Runs in both modes (npm test
// runs every file compiled and interpreted).
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ffi, fixturePath, assertThrowsCode } = require('./helpers');

const internals = ffi[Symbol.for('jitffi.internals')];
const libc = process.platform === 'darwin' ? 'libc.dylib' : 'libc.so.6';

function openLibc() {
  return ffi.dlopen(libc, {
    snprintf: { result: 'i32', parameters: ['buffer', 'u64', 'string'], variadic: true },
    open: { result: 'i32', parameters: ['string', 'i32'], variadic: true, errno: true },
    close: { result: 'i32', parameters: ['i32'] },
  });
}

function cString(buf) {
  const end = buf.indexOf(0);
  return buf.toString('latin1', 0, end < 0 ? buf.length : end);
}

describe('variadic functions', () => {
  it('snprintf formats ints, strings, doubles, promoted floats and small ints', () => {
    const { lib, functions: f } = openLibc();
    const buf = Buffer.alloc(128);
    const n = f.snprintf(buf, 128n, '%d|%s|%.3f|%.2f|%d|%u|%c|%lld|%p',
      'i32', -5, 'string', 'xyz', 'f64', 1.5, 'f32', 0.25, 'i8', -7, 'u16', 65535, 'char', 65, 'i64', -(2n ** 40n), 'pointer', 0x1234n);
    const expected = `-5|xyz|${(1.5).toFixed(3)}|${(0.25).toFixed(2)}|-7|65535|A|${-(2 ** 40)}|0x1234`;
    assert.equal(cString(buf), expected);
    assert.equal(n, expected.length);
    assert.equal(internals.pathOf(f.snprintf), 'variadic');
    // No extra argument at all.
    assert.equal(f.snprintf(buf, 128n, 'plain'), 5);
    assert.equal(cString(buf), 'plain');
    lib.close();
  });

  it('open(path, flags, mode) creates a file with that mode', () => {
    const { lib, functions: f } = openLibc();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-variadic-'));
    const file = path.join(dir, 'made');
    const { O_CREAT, O_WRONLY, O_EXCL } = fs.constants;
    const mode = 0o640;
    const fd = f.open(file, O_CREAT | O_WRONLY | O_EXCL, 'u32', mode);
    assert.ok(fd >= 0, `open failed: errno ${ffi.errno()}`);
    assert.equal(f.close(fd), 0);
    assert.equal(fs.statSync(file).mode & 0o777, mode & ~process.umask());
    // The same function with errno capture: creating it again fails.
    assert.equal(f.open(file, O_CREAT | O_WRONLY | O_EXCL, 'u32', mode), -1);
    assert.equal(ffi.errno(), os.constants.errno.EEXIST);
    fs.rmSync(dir, { recursive: true });
    lib.close();
  });

  it('a fixture sums a variable count of mixed ints and doubles (va_arg)', () => {
    const { lib, functions: f } = ffi.dlopen(fixturePath('variadic'), {
      sum_mixed: { result: 'f64', parameters: ['string'], variadic: true },
      count_doubles: { result: 'i32', parameters: ['i32', 'string'], variadic: true },
    });
    // Each JS type, the fixture's spec letter and a value maker.
    const kinds = [
      ['i32', 'i', (k) => -1000 * k - 7],
      ['u32', 'u', (k) => 4000000000 - k],
      ['i64', 'L', (k) => BigInt(k) * 1000000007n],
      ['f64', 'd', (k) => k + 0.125],
      ['f32', 'd', (k) => k + 0.5], // promoted to double; exact in single
      ['i8', 'i', (k) => -k % 128],
      ['u8', 'i', (k) => (k * 37) % 256],
      ['i16', 'i', (k) => -300 * (k % 100)],
      ['u16', 'i', (k) => (k * 977) % 65536],
      ['bool', 'i', (k) => k % 2],
    ];
    let seed = 12345;
    const rand = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const count = rand(24);
      const args = [];
      let spec = '';
      let sum = 0;
      for (let k = 0; k < count; k++) {
        const [type, letter, make] = kinds[rand(kinds.length)];
        const value = make(k + round);
        args.push(type, value);
        spec += letter;
        sum += Number(value);
      }
      assert.equal(f.sum_mixed(spec, ...args), sum, `round ${round}: ${spec}`);
    }
    // Doubles after many ints still arrive exactly (registers, then stack).
    const spec = 'iiiiiiiidddddddddddiiid';
    const args = [...spec].flatMap((c, i) => (c === 'd' ? ['f64', i + 0.5] : ['i32', i]));
    assert.equal(f.count_doubles(spec.length, spec, ...args), [...spec].filter((c) => c === 'd').length);
    lib.close();
  });

  it('bad pairs throw as bad arguments do, naming the argument', () => {
    const { lib, functions: f } = openLibc();
    const buf = Buffer.alloc(16);
    assertThrowsCode(() => f.snprintf(buf, 16n, '%d', 'flot', 1), 'ERR_INVALID_ARG_VALUE',
      "Argument 3 must be the type of argument 4, a type name other than 'void'");
    assertThrowsCode(() => f.snprintf(buf, 16n, '%d', 'void', 1), 'ERR_INVALID_ARG_VALUE',
      "Argument 3 must be the type of argument 4, a type name other than 'void'");
    assertThrowsCode(() => f.snprintf(buf, 16n, '%d', 'i32', 1, 'i32'), 'ERR_INVALID_ARG_VALUE',
      "Argument 6 is missing: type 'i32' must be followed by a value");
    // A value that does not fit: the same error as a fixed i8 argument.
    const fixed = lib.getFunction('abs', { result: 'i32', parameters: ['i8'] });
    let expected;
    try {
      fixed(300);
    } catch (e) {
      expected = e.message.replace('Argument 0', 'Argument 4');
    }
    assertThrowsCode(() => f.snprintf(buf, 16n, '%d', 'i8', 300), 'ERR_INVALID_ARG_VALUE', expected);
    assertThrowsCode(() => f.snprintf(buf, 16n, '%d', 'i32', 1, 'f64', 'x'), 'ERR_INVALID_ARG_VALUE', 'Argument 6 must be a double');
    assertThrowsCode(() => f.snprintf(buf, 16n, '%d', 'string', 5), 'ERR_INVALID_ARG_VALUE', /^Argument 4 must be /);
    assertThrowsCode(() => f.snprintf(buf, 16n), 'ERR_INVALID_ARG_VALUE', 'Invalid argument count: expected at least 3, got 2');
    assertThrowsCode(() => f.snprintf(5, 16n, '%d', 'i32', 1), 'ERR_INVALID_ARG_VALUE', /^Argument 0 must be /);
    assertThrowsCode(() => f.snprintf.async(buf, 16n, 'x'), 'ERR_INVALID_ARG_VALUE',
      'Variadic function snprintf cannot be called asynchronously');
    lib.close();
    assertThrowsCode(() => f.snprintf(buf, 16n, 'x'), 'ERR_FFI_LIBRARY_CLOSED');
  });

  it('variadic is part of the signature; nonblocking and by-value ones are refused', () => {
    const { lib, functions: f } = openLibc();
    const sig = { result: 'i32', parameters: ['buffer', 'u64', 'string'], variadic: true };
    assert.equal(lib.getFunction('snprintf', sig), f.snprintf);
    assertThrowsCode(() => lib.getFunction('snprintf', { ...sig, variadic: false }), 'ERR_INVALID_ARG_VALUE');
    assertThrowsCode(() => lib.getFunction('printf', { ...sig, nonblocking: true }), 'ERR_INVALID_ARG_VALUE',
      'Variadic function printf cannot be nonblocking');
    const Point = ffi.struct({ x: 'f64', y: 'f64' });
    assertThrowsCode(() => lib.getFunction('printf', { result: 'i32', parameters: [Point], variadic: true }),
      'ERR_INVALID_ARG_VALUE', 'Variadic function printf cannot pass a struct or union by value');
    assertThrowsCode(() => lib.registerCallback({ result: 'void', variadic: true }, () => {}),
      'ERR_INVALID_ARG_VALUE', 'A callback signature cannot be variadic');
    lib.close();
  });

  it('many distinct lists of extra types keep working past the cache', () => {
    const { lib, functions: f } = ffi.dlopen(fixturePath('variadic'), {
      sum_mixed: { result: 'f64', parameters: ['string'], variadic: true },
    });
    for (let round = 0; round < 3; round++) {
      for (let n = 0; n < 40; n++) {
        const args = Array.from({ length: n }, (_, k) => (k === n - 1 ? ['f64', 0.5] : ['i32', k])).flat();
        const spec = Array.from({ length: n }, (_, k) => (k === n - 1 ? 'd' : 'i')).join('');
        const want = n === 0 ? 0 : ((n - 1) * (n - 2)) / 2 + 0.5;
        assert.equal(f.sum_mixed(spec, ...args), want);
      }
    }
    lib.close();
  });
});
