'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  ffi, fixturePath, openFixture, assertThrowsCode, disposeSymbol, gc,
} = require('./helpers');

const ADD = { parameters: ['i32', 'i32'], result: 'i32' };
const CLOSED = ['ERR_FFI_LIBRARY_CLOSED', 'Library is closed'];

describe('dlopen', () => {
  it('returns { lib, functions } with the requested wrappers', () => {
    const res = ffi.dlopen(fixturePath(), {
      add_i32: ADD,
      add_f64: { parameters: ['f64', 'f64'], result: 'f64' },
    });
    assert.ok(res.lib instanceof ffi.DynamicLibrary);
    assert.deepEqual(Object.keys(res.functions).sort(), ['add_f64', 'add_i32']);
    assert.equal(res.functions.add_i32(20, 22), 42);
    assert.equal(res.functions.add_f64(1.5, 2.25), 3.75);
    assert.equal(res.functions.add_i32, res.lib.functions.add_i32);
    res.lib.close();
  });

  it('without definitions returns an empty functions object', () => {
    const { lib, functions } = ffi.dlopen(fixturePath());
    assert.deepEqual(Object.keys(functions), []);
    assert.equal(typeof lib.getSymbol('add_i32'), 'bigint');
    lib.close();
  });

  it('with an empty definitions object returns no functions', () => {
    const { lib, functions } = ffi.dlopen(fixturePath(), {});
    assert.deepEqual(Object.keys(functions), []);
    lib.close();
  });

  it('dlopen(null) opens the running process', () => {
    const { lib, functions } = ffi.dlopen(null, {
      getpid: { result: 'i32' },
      strlen: { parameters: ['string'], result: 'u64' },
      abs: { parameters: ['i32'], result: 'i32' },
    });
    assert.equal(functions.getpid(), process.pid);
    assert.equal(functions.strlen('hello'), 5n);
    assert.equal(functions.abs(-5), 5);
    assert.equal(typeof lib.getSymbol('malloc'), 'bigint');
    assert.notEqual(lib.getSymbol('malloc'), 0n);
    lib.close();
  });

  it('failures throw ERR_FFI_CALL_FAILED starting "dlopen failed:"', () => {
    const missing = path.join(os.tmpdir(), `jitffi-does-not-exist-${process.pid}.so`);
    const err = assertThrowsCode(() => ffi.dlopen(missing), 'ERR_FFI_CALL_FAILED', /^dlopen failed:/);
    // The system's reason follows.
    assert.ok(err.message.length > 'dlopen failed:'.length + 1, err.message);
    assertThrowsCode(() => ffi.dlopen(missing, { add_i32: ADD }), 'ERR_FFI_CALL_FAILED', /^dlopen failed:/);
    assertThrowsCode(() => new ffi.DynamicLibrary(missing), 'ERR_FFI_CALL_FAILED', /^dlopen failed:/);
  });

  it('a file that is not a library fails with "dlopen failed:"', () => {
    assertThrowsCode(() => ffi.dlopen(__filename), 'ERR_FFI_CALL_FAILED', /^dlopen failed:/);
  });

  it('a missing symbol in definitions throws "dlsym failed:"', () => {
    assertThrowsCode(() => ffi.dlopen(fixturePath(), { no_such_function: ADD }),
      'ERR_FFI_CALL_FAILED', /^dlsym failed:/);
  });

  it('rejects a path containing a NUL byte', () => {
    assertThrowsCode(() => ffi.dlopen(`${fixturePath()}\0junk`), 'ERR_INVALID_ARG_VALUE');
    assertThrowsCode(() => new ffi.DynamicLibrary(`${fixturePath()}\0`), 'ERR_INVALID_ARG_VALUE');
  });

  it('rejects a non-string path', () => {
    assert.throws(() => ffi.dlopen(42), Error);
    assert.throws(() => ffi.dlopen({}), Error);
  });

  it('the result is disposable and disposing closes the library', () => {
    const res = ffi.dlopen(fixturePath(), { add_i32: ADD });
    assert.equal(typeof res[disposeSymbol], 'function');
    assert.equal(res.functions.add_i32(1, 1), 2);
    res[disposeSymbol]();
    assertThrowsCode(() => res.functions.add_i32(1, 1), ...CLOSED);
    assertThrowsCode(() => res.lib.getSymbol('add_i32'), ...CLOSED);
    // Disposing twice is fine.
    res[disposeSymbol]();
  });
});

describe('DynamicLibrary', () => {
  it('new DynamicLibrary(path) loads the library', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assert.ok(lib instanceof ffi.DynamicLibrary);
    assert.equal(lib.path, fixturePath());
    const add = lib.getFunction('add_i32', ADD);
    assert.equal(add(2, 3), 5);
    lib.close();
  });

  it('dlopen(path).lib.path is the path', () => {
    const { lib } = ffi.dlopen(fixturePath());
    assert.equal(lib.path, fixturePath());
    lib.close();
  });

  it('calling DynamicLibrary without new throws ERR_CONSTRUCT_CALL_REQUIRED', () => {
    const { DynamicLibrary } = ffi;
    assertThrowsCode(() => DynamicLibrary(fixturePath()), 'ERR_CONSTRUCT_CALL_REQUIRED',
      "Class constructor DynamicLibrary cannot be invoked without 'new'", TypeError);
    assertThrowsCode(() => DynamicLibrary.call({}, fixturePath()), 'ERR_CONSTRUCT_CALL_REQUIRED',
      undefined, TypeError);
  });

  it('functions and symbols are null-prototype objects', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assert.equal(Object.getPrototypeOf(lib.functions), null);
    assert.equal(Object.getPrototypeOf(lib.symbols), null);
    assert.deepEqual(Object.keys(lib.functions), []);
    assert.deepEqual(Object.keys(lib.symbols), []);
    const add = lib.getFunction('add_i32', ADD);
    lib.getSymbol('hello');
    assert.equal(Object.getPrototypeOf(lib.functions), null);
    assert.equal(Object.getPrototypeOf(lib.symbols), null);
    assert.equal(lib.functions.add_i32, add);
    assert.equal(typeof lib.symbols.hello, 'bigint');
    // No inherited junk like "constructor" or "toString".
    assert.equal(lib.functions.toString, undefined);
    assert.equal(lib.symbols.constructor, undefined);
    lib.close();
  });

  it('getFunction returns a wrapper with name, length and pointer', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    const add = lib.getFunction('add_i32', ADD);
    assert.equal(typeof add, 'function');
    assert.equal(add.name, 'add_i32');
    assert.equal(add.length, 2);
    assert.equal(typeof add.pointer, 'bigint');
    assert.notEqual(add.pointer, 0n);
    assert.equal(add.pointer, lib.getSymbol('add_i32'));
    const noop = lib.getFunction('noop', {});
    assert.equal(noop.name, 'noop');
    assert.equal(noop.length, 0);
    assert.equal(noop.pointer, lib.getSymbol('noop'));
    const sum16 = lib.getFunction('sum16_i64', { parameters: Array(16).fill('i64'), result: 'i64' });
    assert.equal(sum16.name, 'sum16_i64');
    assert.equal(sum16.length, 16);
    assert.notEqual(sum16.pointer, add.pointer);
    lib.close();
  });

  it('the wrapper pointer equals the address from dlopen(null) of the same symbol', () => {
    const { lib, functions } = ffi.dlopen(null, { getpid: { result: 'i32' } });
    assert.equal(functions.getpid.pointer, lib.getSymbol('getpid'));
    lib.close();
  });

  it('getFunctions(defs) resolves each definition', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    const fns = lib.getFunctions({
      add_i32: ADD,
      id_u8: { parameters: ['u8'], result: 'u8' },
    });
    assert.deepEqual(Object.keys(fns).sort(), ['add_i32', 'id_u8']);
    assert.equal(fns.add_i32(40, 2), 42);
    assert.equal(fns.id_u8(255), 255);
    assert.equal(lib.functions.id_u8, fns.id_u8);
    lib.close();
  });

  it('getFunctions() returns the already-resolved wrappers', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assert.deepEqual(Object.keys(lib.getFunctions()), []);
    const add = lib.getFunction('add_i32', ADD);
    const fns1 = lib.getFunctions({ id_i8: { parameters: ['i8'], result: 'i8' } });
    const all = lib.getFunctions();
    assert.deepEqual(Object.keys(all).sort(), ['add_i32', 'id_i8']);
    assert.equal(all.add_i32, add);
    assert.equal(all.id_i8, fns1.id_i8);
    lib.close();
  });

  it('getFunction with a missing symbol throws "dlsym failed:"', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assertThrowsCode(() => lib.getFunction('no_such_function', ADD), 'ERR_FFI_CALL_FAILED', /^dlsym failed:/);
    assertThrowsCode(() => lib.getFunctions({ no_such_function: ADD }), 'ERR_FFI_CALL_FAILED', /^dlsym failed:/);
    assert.equal(lib.functions.no_such_function, undefined);
    lib.close();
  });

  it('getSymbol returns a bigint address', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    const a = lib.getSymbol('add_i32');
    const b = lib.getSymbol('hello');
    assert.equal(typeof a, 'bigint');
    assert.notEqual(a, 0n);
    assert.notEqual(a, b);
    assert.equal(lib.getSymbol('add_i32'), a);
    assert.equal(lib.symbols.add_i32, a);
    lib.close();
  });

  it('getSymbol with a missing symbol throws "dlsym failed:"', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    const err = assertThrowsCode(() => lib.getSymbol('no_such_symbol'), 'ERR_FFI_CALL_FAILED', /^dlsym failed:/);
    assert.ok(err.message.length > 'dlsym failed:'.length + 1, err.message);
    assert.equal(lib.symbols.no_such_symbol, undefined);
    lib.close();
  });

  it('rejects a symbol name containing a NUL byte', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assertThrowsCode(() => lib.getSymbol('add_i32\0'), 'ERR_INVALID_ARG_VALUE');
    assertThrowsCode(() => lib.getFunction('add_i32\0x', ADD), 'ERR_INVALID_ARG_VALUE');
    assertThrowsCode(() => ffi.dlsym(lib, 'add\0_i32'), 'ERR_INVALID_ARG_VALUE');
    lib.close();
  });

  it('rejects a non-string symbol name', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assert.throws(() => lib.getSymbol(42), Error);
    assert.throws(() => lib.getFunction(Symbol('add_i32'), ADD), Error);
    lib.close();
  });

  it('getSymbols() returns the resolved symbols', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    const a = lib.getSymbol('add_i32');
    const h = lib.getSymbol('hello');
    const syms = lib.getSymbols();
    assert.equal(syms.add_i32, a);
    assert.equal(syms.hello, h);
    assert.ok(Object.keys(syms).includes('add_i32'));
    assert.ok(Object.keys(syms).includes('hello'));
    for (const v of Object.values(syms)) assert.equal(typeof v, 'bigint');
    lib.close();
  });

  it('dlsym(lib, name) equals lib.getSymbol(name)', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assert.equal(ffi.dlsym(lib, 'add_i32'), lib.getSymbol('add_i32'));
    assertThrowsCode(() => ffi.dlsym(lib, 'no_such_symbol'), 'ERR_FFI_CALL_FAILED', /^dlsym failed:/);
    lib.close();
  });

  it('dlclose(lib) closes the library', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    const add = lib.getFunction('add_i32', ADD);
    assert.equal(add(1, 2), 3);
    ffi.dlclose(lib);
    assertThrowsCode(() => add(1, 2), ...CLOSED);
    assertThrowsCode(() => ffi.dlsym(lib, 'add_i32'), ...CLOSED);
    ffi.dlclose(lib); // idempotent
  });
});

describe('close()', () => {
  it('is idempotent', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assert.equal(lib.close(), undefined);
    assert.equal(lib.close(), undefined);
    lib.close();
  });

  it('makes every wrapper call throw ERR_FFI_LIBRARY_CLOSED', () => {
    const { lib, functions } = openFixture({
      add_i32: ADD,
      noop: {},
      id_i64: { parameters: ['i64'], result: 'i64' },
      string_length: { parameters: ['string'], result: 'u64' },
      sum_buffer: { parameters: ['buffer', 'u64'], result: 'u64' },
    });
    assert.equal(functions.add_i32(1, 2), 3);
    lib.close();
    assertThrowsCode(() => functions.add_i32(1, 2), ...CLOSED);
    assertThrowsCode(() => functions.noop(), ...CLOSED);
    assertThrowsCode(() => functions.id_i64(1n), ...CLOSED);
    assertThrowsCode(() => functions.string_length('abc'), ...CLOSED);
    assertThrowsCode(() => functions.sum_buffer(Buffer.from([1, 2]), 2n), ...CLOSED);
    // Again, after the first failures.
    assertThrowsCode(() => functions.add_i32(1, 2), ...CLOSED);
  });

  it('makes every look-up throw ERR_FFI_LIBRARY_CLOSED', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    lib.getFunction('add_i32', ADD);
    lib.getSymbol('hello');
    lib.close();
    assertThrowsCode(() => lib.getFunction('add_i32', ADD), ...CLOSED);
    assertThrowsCode(() => lib.getFunction('id_i8', { parameters: ['i8'], result: 'i8' }), ...CLOSED);
    assertThrowsCode(() => lib.getSymbol('hello'), ...CLOSED);
    assertThrowsCode(() => lib.getSymbol('add_i32'), ...CLOSED);
    assertThrowsCode(() => lib.getFunctions({ id_u8: { parameters: ['u8'], result: 'u8' } }), ...CLOSED);
    assertThrowsCode(() => ffi.dlsym(lib, 'hello'), ...CLOSED);
  });

  it('getFunctions() without definitions throws after close', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    lib.getFunction('add_i32', ADD);
    lib.close();
    assertThrowsCode(() => lib.getFunctions(), ...CLOSED);
  });

  it('a hot call site throws after close', () => {
    const { lib, functions } = openFixture({ add_i32: ADD });
    const add = functions.add_i32;
    function loop(n) {
      let acc = 0;
      for (let i = 0; i < n; i++) acc = add(acc, 1);
      return acc;
    }
    assert.equal(loop(100000), 100000);
    assert.equal(loop(100000), 100000);
    lib.close();
    assertThrowsCode(() => loop(1), ...CLOSED);
    assertThrowsCode(() => loop(1000), ...CLOSED);
  });

  it('a hot call site of a void () function throws after close', () => {
    const { lib, functions } = openFixture({ noop: {}, noop_count: { result: 'i32' } });
    const { noop, noop_count: count } = functions;
    const start = count();
    function loop(n) { for (let i = 0; i < n; i++) noop(); }
    loop(100000);
    assert.equal(count() - start, 100000);
    lib.close();
    assertThrowsCode(() => loop(1), ...CLOSED);
  });

  it('closing one library leaves another handle to the same file usable', () => {
    const a = openFixture({ add_i32: ADD });
    const b = openFixture({ add_i32: ADD });
    a.lib.close();
    assertThrowsCode(() => a.functions.add_i32(1, 2), ...CLOSED);
    assert.equal(b.functions.add_i32(1, 2), 3);
    b.lib.close();
  });

  it('lib[Symbol.dispose] closes the library', () => {
    const lib = new ffi.DynamicLibrary(fixturePath());
    assert.equal(typeof lib[disposeSymbol], 'function');
    const add = lib.getFunction('add_i32', ADD);
    lib[disposeSymbol]();
    assertThrowsCode(() => add(1, 2), ...CLOSED);
    assertThrowsCode(() => lib.getSymbol('add_i32'), ...CLOSED);
    lib[disposeSymbol](); // idempotent
    lib.close();
  });

  if (typeof Symbol.dispose === 'symbol') {
    it('the global Symbol.dispose is the one used', () => {
      const lib = new ffi.DynamicLibrary(fixturePath());
      assert.equal(typeof lib[Symbol.dispose], 'function');
      lib.close();
    });
  }
});

describe('lifetime', () => {
  it('a wrapper keeps its library alive', async () => {
    // Use a private copy of the fixture so that no other handle in this
    // process keeps the same file mapped.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-lifetime-'));
    const copy = path.join(dir, 'libfixture-copy.so');
    fs.copyFileSync(fixturePath(), copy);
    try {
      const make = () => ffi.dlopen(copy, { add_i32: ADD, hello: { result: 'pointer' } }).functions;
      let fns = make();
      const add = fns.add_i32;
      const hello = fns.hello;
      fns = null;
      for (let i = 0; i < 5; i++) {
        gc();
        await new Promise((r) => setImmediate(r));
      }
      assert.equal(add(40, 2), 42);
      const p = hello();
      assert.equal(typeof p, 'bigint');
      assert.notEqual(p, 0n);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
