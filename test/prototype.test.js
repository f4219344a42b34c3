'use strict';
// C prototype strings (docs/api.md, "C prototypes"): lib.func() and the
// array form of dlopen parse a C declaration into the signature getFunction
// takes, and return the very wrapper getFunction returns for it. The C
// spellings come from the type table (typeTable().c). A fuzz test prints
// random signatures of test/gen/signatures.js as C and checks that both
// forms give one wrapper and the results the generator computes.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const gen = require('./gen/signatures');
const { ffi, fixturePath, assertThrowsCode } = require('./helpers');
const { types } = require('../lib/native');

const libc = process.platform === 'darwin' ? 'libc.dylib' : 'libc.so.6';
const libm = process.platform === 'darwin' ? 'libm.dylib' : 'libm.so.6';

// The error of an unparsable prototype: the message, then the prototype
// and a caret line under `bad` (its first occurrence).
function caretError(prototype, why, bad) {
  const at = prototype.indexOf(bad);
  return `Invalid C prototype: ${why}\n  ${prototype}\n  ${' '.repeat(at)}${'^'.repeat(bad.length)}`;
}

describe('C prototypes', () => {
  it('lib.func returns the wrapper getFunction returns', () => {
    const lib = new ffi.DynamicLibrary(libc);
    const abs = lib.func('int abs(int a)');
    assert.equal(abs, lib.getFunction('abs', { result: 'i32', parameters: ['i32'] }));
    assert.equal(abs(-42), 42);
    const getenv = lib.func('const char *getenv(const char *)');
    assert.equal(getenv, lib.getFunction('getenv', { result: 'string', parameters: ['string'] }));
    const qsort = lib.func('void qsort(void *, size_t, size_t, int (*)(const void *, const void *))');
    assert.equal(qsort, lib.getFunction('qsort', { result: 'void', parameters: ['pointer', 'u64', 'u64', 'function'] }));
    // Sort with a callback, to see the wrapper work.
    const buf = Buffer.from(new Int32Array([3, 1, 2]).buffer);
    const cmp = lib.registerCallback({ result: 'i32', parameters: ['pointer', 'pointer'] },
      (a, b) => ffi.getInt32(a) - ffi.getInt32(b));
    qsort(ffi.getRawPointer(buf), 3n, 4n, cmp);
    assert.deepEqual([...new Int32Array(buf.buffer, buf.byteOffset, 3)], [1, 2, 3]);
    // Qualifiers, spellings and names change nothing.
    assert.equal(lib.func('  signed int  abs ( const int value ) ; '), abs);
    assert.equal(lib.func('unsigned long int strtoul(const char *restrict s, char **end, int base)'),
      lib.getFunction('strtoul', { result: 'u64', parameters: ['string', 'pointer', 'i32'] }));
    assert.equal(lib.func('int printf(const char *, ...)'),
      lib.getFunction('printf', { result: 'i32', parameters: ['string'], variadic: true }));
    assert.equal(lib.func('int rand(void)'), lib.getFunction('rand', { result: 'i32', parameters: [] }));
    assert.equal(lib.func('int open(const char *, int, ...)', { errno: true }),
      lib.getFunction('open', { result: 'i32', parameters: ['string', 'i32'], variadic: true, errno: true }));
    lib.close();
  });

  it('dlopen takes an array of prototypes', () => {
    const { lib, functions } = ffi.dlopen(libm, ['int abs(int)', 'double cos(double)']);
    assert.deepEqual(Object.keys(functions).sort(), ['abs', 'cos']);
    assert.equal(functions.cos(0), 1);
    assert.equal(functions.abs(-3), 3);
    assert.equal(functions.cos, lib.getFunction('cos', { result: 'f64', parameters: ['f64'] }));
    lib.close();
    assertThrowsCode(() => ffi.dlopen(libm, [{ result: 'f64' }]), 'ERR_INVALID_ARG_TYPE');
  });

  it('structs and unions are known by their name', () => {
    const Point = ffi.struct({ x: 'f64', y: 'f64' }, { name: 'Point' });
    const lib = new ffi.DynamicLibrary(fixturePath('byvalue'));
    const add = lib.func('Point point_add(Point a, struct Point b)');
    assert.equal(add, lib.getFunction('point_add', { result: Point, parameters: [Point, Point] }));
    assert.deepEqual(add({ x: 1, y: 2 }, { x: 3, y: 4 }), { x: 4, y: 6 });
    assert.equal(lib.func('double point_cross(struct Point, Point)')({ x: 1, y: 0 }, { x: 0, y: 1 }), 1);
    const p = 'double point_cross(union Point a, Point b)';
    assertThrowsCode(() => lib.func(p), 'ERR_INVALID_ARG_VALUE',
      caretError(p, "unknown union 'Point' (name it with ffi.union(fields, { name: 'Point' }))", 'union Point'));
    lib.close();
  });

  it('bad prototypes show where, like a compiler', () => {
    const lib = new ffi.DynamicLibrary(libc);
    const cases = [
      ['int add(int a, flot b)', "unknown type 'flot'", 'flot'],
      ['int add(int a int b)', "expected ',' or ')'", 'int b'.slice(0, 3)],
      ['long double fabsl(long double)', "unknown type 'long double'", 'long double'],
      ['int add(int, void)', "a parameter cannot be 'void'", 'void'],
      ['int (int)', 'expected the function name', '('],
      ['int abs(int) extra', 'unexpected text after the prototype', 'extra'],
      ['int abs(int, ..., int)', "expected ')' after '...'", ','],
      ['int abs(int $)', "unexpected character '$'", '$'],
    ];
    for (const [p, why, bad] of cases) {
      const at = bad === ',' ? p.lastIndexOf(',') : bad === 'int' ? p.lastIndexOf('int') : p.indexOf(bad);
      const message = `Invalid C prototype: ${why}\n  ${p}\n  ${' '.repeat(at)}${'^'.repeat(bad.length)}`;
      assertThrowsCode(() => lib.func(p), 'ERR_INVALID_ARG_VALUE', message);
    }
    assertThrowsCode(() => lib.func('int abs('), 'ERR_INVALID_ARG_VALUE', /^Invalid C prototype: expected a type\n/);
    assertThrowsCode(() => lib.func(42), 'ERR_INVALID_ARG_TYPE');
    lib.close();
  });

  it('random signatures printed as C give the same wrappers and results (fuzz)', () => {
    const seed = gen.parseSeed(process.env.JITFFI_SEED);
    const cases = gen.generateCases(seed, 160, { random: 2 });
    const lib = gen.buildLibrary(gen.cSource(cases), path.join(__dirname, '.build'));
    const rng = gen.makeRng(seed, 9999);
    const rowOf = (name) => types.find((r) => r.aliases.includes(name));
    // A random C spelling of type `name`, with random qualifiers.
    const spell = (name) => {
      const row = rowOf(name);
      const c = rng.pick(row.c);
      if (c === '(*)()') return `${rng.pick(['void', 'int'])} (*${rng.chance(0.5) ? 'cb' : ''})(${rng.pick(['void', 'int', 'const char *, ...'])})`;
      if (c.endsWith(' *')) return `${rng.chance(0.5) ? 'const ' : ''}${c}`;
      return `${rng.chance(0.2) ? 'const ' : ''}${c}`;
    };
    const a = new ffi.DynamicLibrary(lib.path);
    const b = new ffi.DynamicLibrary(lib.path);
    const resetHash = a.getFunction('reset_last_hash', { result: 'void', parameters: [] });
    const getHash = a.getFunction('get_last_hash', { result: 'u64', parameters: [] });
    let checked = 0;
    for (const c of cases) {
      const result = c.sig.result ?? c.sig.return ?? c.sig.returns ?? 'void';
      const params = c.sig.parameters ?? c.sig.arguments ?? [];
      if (![result, ...params].every((t) => rowOf(t).c.length > 0)) continue; // buffer, arraybuffer
      const named = (t, i) => (rng.chance(0.5) || spell(t).includes('(') ? spell(t) : `${spell(t)} a${i}`);
      const list = params.map(named).join(', ') || rng.pick(['', 'void']);
      // A function returning a pointer to a function: `int (*f(params))(void)`.
      const prototype = rowOf(result).c[0] === '(*)()'
        ? `int (*${c.name}(${list}))(void)`
        : `${spell(result)} ${c.name}(${list})`;
      const fromC = a.func(prototype);
      assert.equal(a.getFunction(c.name, c.sig), fromC, prototype);
      const fromObject = b.getFunction(c.name, c.sig);
      for (const args of c.calls) {
        const run = (fn) => {
          try {
            if (c.result === 'void') resetHash();
            const r = gen.encode(fn(...args));
            return c.result === 'void' ? gen.encode(getHash()) : r;
          } catch (e) {
            return `throw:${e.code}:${e.message}`;
          }
        };
        const got = run(fromC);
        assert.equal(got, run(fromObject), prototype);
        const h = gen.checksum(c, args);
        assert.equal(got, gen.encode(c.result === 'void' ? h : gen.expectedResult(c.result, h)), prototype);
      }
      checked++;
    }
    assert.ok(checked >= 100, `only ${checked} signatures had C spellings`);
    a.close();
    b.close();
  });
});
