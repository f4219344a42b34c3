'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { ffi, fixturePath, assertThrowsCode, assertThrowsSame } = require('./helpers');

describe('signature objects', () => {
  let lib;
  before(() => { lib = new ffi.DynamicLibrary(fixturePath()); });
  after(() => { lib.close(); });

  // A fresh library for tests that resolve symbols, so the cache of one test
  // does not affect another.
  function fresh() { return new ffi.DynamicLibrary(fixturePath()); }

  it('accepts result + parameters', () => {
    const l = fresh();
    const add = l.getFunction('add_i32', { result: 'i32', parameters: ['i32', 'i32'] });
    assert.equal(add(20, 22), 42);
    l.close();
  });

  it('accepts return + arguments', () => {
    const l = fresh();
    const add = l.getFunction('add_i32', { return: 'int32', arguments: ['int32', 'int32'] });
    assert.equal(add(-20, 22), 2);
    l.close();
  });

  it('accepts returns + parameters', () => {
    const l = fresh();
    const add = l.getFunction('add_f64', { returns: 'double', parameters: ['f64', 'float64'] });
    assert.equal(add(0.5, 0.25), 0.75);
    l.close();
  });

  for (const [a, b] of [['result', 'return'], ['result', 'returns'], ['return', 'returns']]) {
    it(`rejects both ${a} and ${b}`, () => {
      const l = fresh();
      assertThrowsCode(() => l.getFunction('add_i32', { [a]: 'i32', [b]: 'i32', parameters: ['i32', 'i32'] }),
        'ERR_INVALID_ARG_VALUE');
      l.close();
    });
  }

  it('rejects both parameters and arguments', () => {
    const l = fresh();
    assertThrowsCode(() => l.getFunction('add_i32', {
      result: 'i32', parameters: ['i32', 'i32'], arguments: ['i32', 'i32'],
    }), 'ERR_INVALID_ARG_VALUE');
    l.close();
  });

  it('rejects two fields in dlopen definitions too', () => {
    assertThrowsCode(() => ffi.dlopen(fixturePath(), {
      add_i32: { result: 'i32', returns: 'i32', parameters: ['i32', 'i32'] },
    }), 'ERR_INVALID_ARG_VALUE');
  });

  it('a missing parameter list means ()', () => {
    const l = fresh();
    const getFlag = l.getFunction('get_flag', { result: 'i32' });
    assert.equal(getFlag.length, 0);
    assert.equal(typeof getFlag(), 'number');
    assertThrowsCode(() => getFlag(1), 'ERR_INVALID_ARG_VALUE',
      'Invalid argument count: expected 0, got 1');
    l.close();
  });

  it('a missing result means void', () => {
    const l = fresh();
    const setFlag = l.getFunction('set_flag', { parameters: ['i32'] });
    const getFlag = l.getFunction('get_flag', { result: 'i32' });
    assert.equal(setFlag.length, 1);
    assert.equal(setFlag(1234), undefined);
    assert.equal(getFlag(), 1234);
    assert.equal(setFlag(-5), undefined);
    assert.equal(getFlag(), -5);
    l.close();
  });

  it('an empty signature object means void ()', () => {
    const l = fresh();
    const noop = l.getFunction('noop', {});
    const count = l.getFunction('noop_count', { result: 'i32' });
    const before = count();
    assert.equal(noop.length, 0);
    assert.equal(noop(), undefined);
    assert.equal(count(), before + 1);
    l.close();
  });

  it('an explicit void result returns undefined', () => {
    const l = fresh();
    const setFlag = l.getFunction('set_flag', { parameters: ['i32'], result: 'void' });
    assert.equal(setFlag(3), undefined);
    l.close();
  });

  it('rejects an unknown result type', () => {
    assertThrowsCode(() => lib.getFunction('id_i32', { result: 'bogus', parameters: ['i32'] }),
      'ERR_INVALID_ARG_VALUE', 'Unsupported FFI type: bogus');
  });

  it('rejects an unknown parameter type', () => {
    assertThrowsCode(() => lib.getFunction('id_i32', { result: 'i32', parameters: ['int128'] }),
      'ERR_INVALID_ARG_VALUE', 'Unsupported FFI type: int128');
  });

  it('rejects type names in the wrong case', () => {
    assertThrowsCode(() => lib.getFunction('id_i32', { result: 'I32', parameters: ['i32'] }),
      'ERR_INVALID_ARG_VALUE', 'Unsupported FFI type: I32');
    assertThrowsCode(() => lib.getFunction('id_i32', { result: 'i32', parameters: ['INT_32'] }),
      'ERR_INVALID_ARG_VALUE', 'Unsupported FFI type: INT_32');
  });

  it('rejects void as a parameter type', () => {
    assertThrowsCode(() => lib.getFunction('noop', { parameters: ['void'] }),
      'ERR_INVALID_ARG_VALUE', "Argument 0 of function noop must not be 'void'; use an empty array for no-argument functions");
    assertThrowsCode(() => lib.getFunction('add_i32', { result: 'i32', parameters: ['i32', 'void'] }),
      'ERR_INVALID_ARG_VALUE', "Argument 1 of function add_i32 must not be 'void'; use an empty array for no-argument functions");
  });

  it('rejects a type name containing a NUL byte', () => {
    assertThrowsCode(() => lib.getFunction('id_i32', { result: 'i32', parameters: ['i32\0'] }),
      'ERR_INVALID_ARG_VALUE');
    assertThrowsCode(() => lib.getFunction('id_i32', { result: 'i32\0x', parameters: ['i32'] }),
      'ERR_INVALID_ARG_VALUE');
  });

  it('rejects non-string type names', () => {
    assert.throws(() => lib.getFunction('id_i32', { result: 'i32', parameters: [32] }), Error);
    assert.throws(() => lib.getFunction('id_i32', { result: {}, parameters: ['i32'] }), Error);
  });

  it('rejects a parameter list that is not an array', () => {
    assert.throws(() => lib.getFunction('id_i32', { result: 'i32', parameters: 'i32' }), Error);
  });

  it('accepts every spelling of every type', () => {
    const l = fresh();
    const spellings = {
      id_i8: ['i8', 'int8'],
      id_u8: ['u8', 'uint8'],
      id_i16: ['i16', 'int16'],
      id_u16: ['u16', 'uint16'],
      id_i32: ['i32', 'int32'],
      id_u32: ['u32', 'uint32'],
      id_f32: ['f32', 'float', 'float32'],
      id_f64: ['f64', 'double', 'float64'],
    };
    for (const [name, names] of Object.entries(spellings)) {
      const first = l.getFunction(name, { parameters: [names[0]], result: names[0] });
      assert.equal(first(1), 1, name);
      for (const n of names) {
        assert.equal(l.getFunction(name, { parameters: [n], result: n }), first, `${name} as ${n}`);
      }
    }
    const i64 = l.getFunction('id_i64', { parameters: ['i64'], result: 'int64' });
    assert.equal(i64(-7n), -7n);
    const u64 = l.getFunction('id_u64', { parameters: ['uint64'], result: 'u64' });
    assert.equal(u64(7n), 7n);
    const p = l.getFunction('id_ptr', { parameters: ['ptr'], result: 'pointer' });
    assert.equal(p(9n), 9n);
    l.close();
  });

  it('uses the ffi.types constants as type names', () => {
    const l = fresh();
    const t = ffi.types;
    const add = l.getFunction('add_i32', { parameters: [t.INT_32, t.INT_32], result: t.INT_32 });
    assert.equal(add(1, 2), 3);
    const f = l.getFunction('id_f32', { parameters: [t.FLOAT_32], result: t.FLOAT });
    assert.equal(f(0.5), 0.5);
    const d = l.getFunction('id_f64', { parameters: [t.DOUBLE], result: t.FLOAT_64 });
    assert.equal(d(0.1), 0.1);
    const len = l.getFunction('string_length', { parameters: [t.STRING], result: t.UINT_64 });
    assert.equal(len('abc'), 3n);
    const noop = l.getFunction('noop', { result: t.VOID });
    assert.equal(noop(), undefined);
    l.close();
  });

  describe('errors from getters and proxies propagate unchanged', () => {
    const boom = new Error('boom from a getter');

    for (const key of ['result', 'return', 'returns', 'parameters', 'arguments']) {
      it(`getter on ${key}`, () => {
        const sig = { get [key]() { throw boom; } };
        assertThrowsSame(() => lib.getFunction('add_i32', sig), boom);
      });
    }

    it('getter on a parameter list element', () => {
      const params = ['i32', 'i32'];
      Object.defineProperty(params, 1, { get() { throw boom; } });
      assertThrowsSame(() => lib.getFunction('add_i32', { result: 'i32', parameters: params }), boom);
    });

    it('getter on the parameter list length', () => {
      const params = new Proxy(['i32', 'i32'], {
        get(target, prop, recv) {
          if (prop === 'length') throw boom;
          return Reflect.get(target, prop, recv);
        },
      });
      assertThrowsSame(() => lib.getFunction('add_i32', { result: 'i32', parameters: params }), boom);
    });

    it('Proxy signature whose get trap throws', () => {
      const sig = new Proxy({ result: 'i32', parameters: ['i32', 'i32'] }, {
        get() { throw boom; },
      });
      assertThrowsSame(() => lib.getFunction('add_i32', sig), boom);
    });

    it('Proxy signature whose every trap throws', () => {
      const handler = {};
      for (const trap of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf']) {
        handler[trap] = () => { throw boom; };
      }
      const sig = new Proxy({ result: 'i32', parameters: ['i32', 'i32'] }, handler);
      assertThrowsSame(() => lib.getFunction('add_i32', sig), boom);
    });

    it('getter in dlopen definitions', () => {
      const defs = { add_i32: { get result() { throw boom; } } };
      assertThrowsSame(() => ffi.dlopen(fixturePath(), defs), boom);
    });

    it('getter on a dlopen definitions entry', () => {
      const defs = { get add_i32() { throw boom; } };
      assertThrowsSame(() => ffi.dlopen(fixturePath(), defs), boom);
    });

    it('getter in getFunctions definitions', () => {
      const l = fresh();
      const defs = { add_i32: { result: 'i32', get parameters() { throw boom; } } };
      assertThrowsSame(() => l.getFunctions(defs), boom);
      l.close();
    });
  });

  describe('canonical signatures', () => {
    it('aliases give the same wrapper', () => {
      const l = fresh();
      const a = l.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'i32' });
      const b = l.getFunction('add_i32', { parameters: ['int32', 'int32'], result: 'int32' });
      const c = l.getFunction('add_i32', { arguments: ['int32', 'i32'], returns: 'i32' });
      assert.equal(typeof a, 'function');
      assert.equal(a, b);
      assert.equal(a, c);
      assert.equal(l.functions.add_i32, a);
      l.close();
    });

    it('void spelled or omitted is the same signature', () => {
      const l = fresh();
      const a = l.getFunction('noop', {});
      const b = l.getFunction('noop', { result: 'void', parameters: [] });
      assert.equal(a, b);
      l.close();
    });

    it('pointer aliases give the same wrapper', () => {
      const l = fresh();
      const a = l.getFunction('id_ptr', { parameters: ['pointer'], result: 'pointer' });
      const b = l.getFunction('id_ptr', { parameters: ['ptr'], result: 'ptr' });
      assert.equal(a, b);
      l.close();
    });

    it('a different signature throws', () => {
      const l = fresh();
      const a = l.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'i32' });
      assertThrowsCode(() => l.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'u32' }),
        'ERR_INVALID_ARG_VALUE', /already requested with a different signature/);
      assertThrowsCode(() => l.getFunction('add_i32', { parameters: ['i32'], result: 'i32' }),
        'ERR_INVALID_ARG_VALUE', /already requested with a different signature/);
      assertThrowsCode(() => l.getFunction('add_i32', { parameters: ['i32', 'i64'], result: 'i32' }),
        'ERR_INVALID_ARG_VALUE', /already requested with a different signature/);
      // The first wrapper is still there and still works.
      assert.equal(l.functions.add_i32, a);
      assert.equal(a(2, 3), 5);
      l.close();
    });

    it('different pointer-like types are different signatures', () => {
      const l = fresh();
      l.getFunction('string_length', { parameters: ['string'], result: 'u64' });
      assertThrowsCode(() => l.getFunction('string_length', { parameters: ['pointer'], result: 'u64' }),
        'ERR_INVALID_ARG_VALUE', /already requested with a different signature/);
      l.close();
    });

    it('a different signature through getFunctions and dlopen definitions throws', () => {
      const { lib: l, functions } = ffi.dlopen(fixturePath(), {
        add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
      });
      assert.equal(l.getFunctions({ add_i32: { parameters: ['int32', 'int32'], result: 'int32' } }).add_i32,
        functions.add_i32);
      assertThrowsCode(() => l.getFunctions({ add_i32: { parameters: ['f64', 'f64'], result: 'f64' } }),
        'ERR_INVALID_ARG_VALUE', /already requested with a different signature/);
      l.close();
    });

    it('the same symbol in two libraries is independent', () => {
      const l1 = fresh();
      const l2 = fresh();
      const a = l1.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'i32' });
      const b = l2.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'u32' });
      assert.notEqual(a, b);
      assert.equal(a(-1, 0), -1);
      assert.equal(b(-1, 0), 4294967295);
      l1.close();
      l2.close();
    });
  });
});
