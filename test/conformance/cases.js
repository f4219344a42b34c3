'use strict';
// The conformance corpus: small cases, each run once on the built-in
// node:ffi of the reference release (test/conformance/record.js records
// what it gives) and once on jitffi (test/conformance.test.js compares).
// A case is `{ id, run(ffi, h) }`: `run` returns a value or throws, and the
// runner (test/conformance/runner.js) describes either one. Cases marked
// `process: true` end the process (aborts); the runner runs each alone in a
// child and the outcome is how it ended and what it printed.
//
// Signatures are written with `return` and `arguments`, the keys every
// node:ffi release reads (jitffi reads the other spellings too).

const NUMBER_PROBES = [
  ['0', 0], ['-0', -0], ['1', 1], ['-1', -1], ['0.5', 0.5], ['-0.5', -0.5], ['NaN', NaN],
  ['Infinity', Infinity], ['-Infinity', -Infinity], ['2', 2], ['127', 127], ['128', 128], ['-128', -128],
  ['-129', -129], ['255', 255], ['256', 256], ['32767', 32767], ['32768', 32768], ['-32768', -32768],
  ['-32769', -32769], ['65535', 65535], ['65536', 65536], ['2^31-1', 2 ** 31 - 1], ['2^31', 2 ** 31],
  ['-2^31', -(2 ** 31)], ['-2^31-1', -(2 ** 31) - 1], ['2^32-1', 2 ** 32 - 1], ['2^32', 2 ** 32],
  ['2^53-1', 2 ** 53 - 1], ['2^53', 2 ** 53], ['-(2^53-1)', -(2 ** 53 - 1)], ['-2^53', -(2 ** 53)],
  ['1e300', 1e300], ['3.4e38', 3.4e38], ['1e-45', 1e-45], ['MIN_VALUE', Number.MIN_VALUE],
];
const BIGINT_PROBES = [
  ['0n', 0n], ['1n', 1n], ['-1n', -1n], ['127n', 127n], ['255n', 255n], ['2^31n', 2n ** 31n],
  ['2^32n', 2n ** 32n], ['2^63-1n', 2n ** 63n - 1n], ['2^63n', 2n ** 63n], ['-2^63n', -(2n ** 63n)],
  ['-2^63-1n', -(2n ** 63n) - 1n], ['2^64-1n', 2n ** 64n - 1n], ['2^64n', 2n ** 64n], ['-2^64n', -(2n ** 64n)],
];
// Other JS values; the functions make a fresh value per run.
const OTHER_PROBES = [
  ['true', () => true], ['false', () => false], ['null', () => null], ['undefined', () => undefined],
  ['"1"', () => '1'], ['""', () => ''], ['"abc"', () => 'abc'], ['"a\\0b"', () => 'a\0b'], ['"héllo"', () => 'héllo'],
  ['{}', () => ({})], ['[]', () => []], ['[1]', () => [1]], ['symbol', () => Symbol('s')], ['() => 1', () => () => 1],
  ['new Number(1)', () => new Number(1)], ['Object(1n)', () => Object(1n)],
  ['{ valueOf }', () => ({ valueOf() { return 1; } })],
  ['throwing Proxy', () => new Proxy({}, { get() { throw new Error('trap'); }, getPrototypeOf() { throw new Error('trap'); } })],
  ['Buffer(4)', () => Buffer.alloc(4)], ['Uint8Array(4)', () => new Uint8Array(4)], ['ArrayBuffer(4)', () => new ArrayBuffer(4)],
  ['DataView(4)', () => new DataView(new ArrayBuffer(4))], ['SharedArrayBuffer(4)', () => new SharedArrayBuffer(4)],
  ['detached ArrayBuffer', () => { const ab = new ArrayBuffer(4); structuredClone(ab, { transfer: [ab] }); return ab; }],
  ['Float64Array(1)', () => new Float64Array(1)], ['Date', () => new Date(0)],
];
const PROBES = [
  ...NUMBER_PROBES.map(([label, v]) => [label, () => v]),
  ...BIGINT_PROBES.map(([label, v]) => [label, () => v]),
  ...OTHER_PROBES,
];

// Every type spelling the reference accepts, with the fixture identity
// function of its C type. Pointer-like types go through ptr_to_u64.
const SCALAR_TYPES = [
  ['i8', 'id_i8'], ['int8', 'id_i8'], ['u8', 'id_u8'], ['uint8', 'id_u8'], ['bool', 'id_bool'], ['char', 'id_char'],
  ['i16', 'id_i16'], ['int16', 'id_i16'], ['u16', 'id_u16'], ['uint16', 'id_u16'], ['i32', 'id_i32'], ['int32', 'id_i32'],
  ['u32', 'id_u32'], ['uint32', 'id_u32'], ['i64', 'id_i64'], ['int64', 'id_i64'], ['u64', 'id_u64'], ['uint64', 'id_u64'],
  ['f32', 'id_f32'], ['float', 'id_f32'], ['float32', 'id_f32'], ['f64', 'id_f64'], ['double', 'id_f64'], ['float64', 'id_f64'],
];
const POINTER_TYPES = ['pointer', 'ptr', 'string', 'str', 'buffer', 'arraybuffer', 'function'];

const cases = [];
const add = (id, run, extra = {}) => cases.push({ id, run, ...extra });

// ---- arguments: every type and spelling x every probe value -------------
for (const [type, symbol] of SCALAR_TYPES) {
  for (const [label, make] of PROBES) {
    add(`arg ${type} <- ${label}`, (ffi, h) => h.fn(symbol, type, [type])(make()));
  }
}
for (const type of POINTER_TYPES) {
  for (const [label, make] of PROBES) {
    // What C received: null or not (addresses differ between runs).
    add(`arg ${type} <- ${label}`, (ffi, h) => {
      const r = h.fn('ptr_to_u64', 'u64', [type])(make());
      return typeof r === 'bigint' && r !== 0n && !h.exactAddress(make) ? 'non-null address' : r;
    });
  }
}

// ---- results: each result type given what a C identity returns ----------
for (const [type, symbol] of SCALAR_TYPES) {
  add(`result ${type} type`, (ffi, h) => typeof h.fn(symbol, type, [type === 'bool' || type === 'char' ? 'u8' : type])(
    /64/.test(type) && !/f/.test(type) ? 1n : 1));
}
for (const type of POINTER_TYPES) {
  add(`result ${type} of 4096n`, (ffi, h) => h.fn('ptr_to_u64', type, ['u64'])(4096n));
  add(`result ${type} of 0n`, (ffi, h) => h.fn('ptr_to_u64', type, ['u64'])(0n));
}
add('result void', (ffi, h) => h.fn('noop', 'void', [])());
add('result u64 of a pointer', (ffi, h) => h.fn('ptr_to_u64', 'u64', ['pointer'])(12345n));

// ---- argument counts and the wrapper's shape ----------------------------
for (const [label, args] of [['none', []], ['one', [1]], ['two', [1, 2]], ['three', [1, 2, 3]],
  ['two and undefined', [1, 2, undefined]], ['undefined, undefined', [undefined, undefined]]]) {
  add(`count add_i32(${label})`, (ffi, h) => h.fn('add_i32', 'i32', ['i32', 'i32'])(...args));
}
add('count noop(1)', (ffi, h) => h.fn('noop', 'void', [])(1));
add('count noop(undefined)', (ffi, h) => h.fn('noop', 'void', [])(undefined));
add('shape name', (ffi, h) => h.fn('add_i32', 'i32', ['i32', 'i32']).name);
add('shape length', (ffi, h) => h.fn('add_i32', 'i32', ['i32', 'i32']).length);
add('shape pointer type', (ffi, h) => typeof h.fn('add_i32', 'i32', ['i32', 'i32']).pointer);
add('shape pointer equals getSymbol', (ffi, h) => {
  const lib = h.open();
  return lib.getFunction('add_i32', { return: 'i32', arguments: ['i32', 'i32'] }).pointer === lib.getSymbol('add_i32');
});
add('shape own keys', (ffi, h) => Reflect.ownKeys(h.fn('add_i32', 'i32', ['i32', 'i32'])).map(String));
add('shape prototype is Function.prototype', (ffi, h) => Object.getPrototypeOf(h.fn('noop', 'void', [])) === Function.prototype);
add('shape pointer enumerable', (ffi, h) => Object.getOwnPropertyDescriptor(h.fn('noop', 'void', []), 'pointer').enumerable);
add('shape pointer writable', (ffi, h) => Object.getOwnPropertyDescriptor(h.fn('noop', 'void', []), 'pointer').writable);
add('shape name descriptor', (ffi, h) => Object.getOwnPropertyDescriptor(h.fn('noop', 'void', []), 'name'));
add('shape length descriptor', (ffi, h) => Object.getOwnPropertyDescriptor(h.fn('noop', 'void', []), 'length'));
add('shape new fn()', (ffi, h) => { const F = h.fn('add_i32', 'i32', ['i32', 'i32']); return new F(1, 2); });
add('shape has prototype property', (ffi, h) => 'prototype' in h.fn('noop', 'void', []));
add('shape call with this', (ffi, h) => h.fn('add_i32', 'i32', ['i32', 'i32']).call({}, 2, 3));
add('shape apply', (ffi, h) => Reflect.apply(h.fn('add_i32', 'i32', ['i32', 'i32']), null, [4, 5]));
add('shape same wrapper twice', (ffi, h) => {
  const lib = h.open();
  const sig = { return: 'i32', arguments: ['i32', 'i32'] };
  return lib.getFunction('add_i32', sig) === lib.getFunction('add_i32', sig);
});

// ---- signature objects --------------------------------------------------
const SIGNATURES = [
  ['empty', () => ({})],
  ['return only', () => ({ return: 'i32' })],
  ['arguments only', () => ({ arguments: ['i32', 'i32'] })],
  ['result + parameters', () => ({ result: 'i32', parameters: ['i32', 'i32'] })],
  ['returns + arguments', () => ({ returns: 'i32', arguments: ['i32', 'i32'] })],
  ['return + result', () => ({ return: 'i32', result: 'i32', arguments: ['i32', 'i32'] })],
  ['arguments + parameters', () => ({ return: 'i32', arguments: ['i32', 'i32'], parameters: ['i32', 'i32'] })],
  ['arguments undefined', () => ({ return: 'i32', arguments: undefined })],
  ['arguments null', () => ({ return: 'i32', arguments: null })],
  ['arguments string', () => ({ return: 'i32', arguments: 'i32' })],
  ['arguments object', () => ({ return: 'i32', arguments: { 0: 'i32', length: 1 } })],
  ['return undefined', () => ({ return: undefined, arguments: ['i32', 'i32'] })],
  ['return null', () => ({ return: null, arguments: ['i32', 'i32'] })],
  ['return number', () => ({ return: 1, arguments: ['i32', 'i32'] })],
  ['return bogus', () => ({ return: 'bogus', arguments: ['i32', 'i32'] })],
  ['return with NUL', () => ({ return: 'i32\0', arguments: ['i32', 'i32'] })],
  ['return upper case', () => ({ return: 'I32', arguments: ['i32', 'i32'] })],
  ['void argument', () => ({ return: 'i32', arguments: ['void'] })],
  ['argument number', () => ({ return: 'i32', arguments: [1, 2] })],
  ['argument null', () => ({ return: 'i32', arguments: [null, 'i32'] })],
  ['sparse arguments', () => ({ return: 'i32', arguments: [, 'i32'] })], // eslint-disable-line no-sparse-arrays -- the hole is the case
  ['throwing getter', () => ({ get return() { throw new RangeError('getter'); }, arguments: [] })],
  ['throwing Proxy', () => new Proxy({}, { get() { throw new RangeError('trap'); }, has() { throw new RangeError('trap'); } })],
  ['null', () => null],
  ['string', () => 'i32'],
  ['number', () => 1],
  ['array', () => ['i32']],
  ['function', () => () => {}],
];
for (const [label, make] of SIGNATURES) {
  add(`signature ${label}: getFunction`, (ffi, h) => {
    const f = h.open().getFunction('add_i32', make());
    try { return [f.length, f(2, 3)]; } catch (e) { return [f.length, `${e.code}: ${e.message}`]; }
  });
  add(`signature ${label}: dlopen`, (ffi, h) => {
    const { functions } = ffi.dlopen(h.fixture, { add_i32: make() });
    return functions.add_i32.length;
  });
  add(`signature ${label}: registerCallback`, (ffi, h) => typeof h.open().registerCallback(make(), () => 0));
}
add('signature different signature again', (ffi, h) => {
  const lib = h.open();
  lib.getFunction('add_i32', { return: 'i32', arguments: ['i32', 'i32'] });
  return lib.getFunction('add_i32', { return: 'i64', arguments: ['i32', 'i32'] });
});

// ---- libraries ----------------------------------------------------------
const PATHS = [
  ['missing file', () => '/nonexistent/libnothing.so'], ['null', () => null], ['undefined', () => undefined],
  ['number', () => 1], ['empty string', () => ''], ['with NUL', () => 'libc.so.6\0x'], ['object', () => ({})],
  ['not a library', () => '/etc/hostname'], ['directory', () => '/tmp'],
];
for (const [label, make] of PATHS) {
  add(`library new DynamicLibrary(${label})`, (ffi) => typeof new ffi.DynamicLibrary(make()));
  add(`library dlopen(${label})`, (ffi) => Object.keys(ffi.dlopen(make())));
}
add('library DynamicLibrary without new', (ffi, h) => ffi.DynamicLibrary(h.fixture));
add('library no arguments', (ffi) => typeof new ffi.DynamicLibrary());
const NAMES = [['missing', () => 'no_such_symbol'], ['number', () => 1], ['with NUL', () => 'add_i32\0'],
  ['empty', () => ''], ['symbol', () => Symbol('s')], ['undefined', () => undefined]];
for (const [label, make] of NAMES) {
  add(`library getSymbol(${label})`, (ffi, h) => typeof h.open().getSymbol(make()));
  add(`library getFunction(${label})`, (ffi, h) => typeof h.open().getFunction(make(), {}));
  add(`library dlsym(${label})`, (ffi, h) => typeof ffi.dlsym(h.open(), make()));
}
add('library dlsym of a non-library', (ffi) => ffi.dlsym({}, 'abs'));
add('library dlclose of a non-library', (ffi) => ffi.dlclose({}));
add('library dlclose twice', (ffi, h) => { const lib = h.open(); ffi.dlclose(lib); return ffi.dlclose(lib); });
add('library close twice', (ffi, h) => { const lib = h.open(); lib.close(); return lib.close(); });
const AFTER_CLOSE = {
  call: (lib) => lib.getFunction('noop', {}),
  getFunction: (lib) => lib.getFunction('noop', {}),
  getFunctions: (lib) => lib.getFunctions(),
  getSymbol: (lib) => lib.getSymbol('noop'),
  getSymbols: (lib) => lib.getSymbols(),
  functions: (lib) => Object.keys(lib.functions),
  symbols: (lib) => Object.keys(lib.symbols),
  registerCallback: (lib) => lib.registerCallback(() => {}),
  dlsym: (lib, ffi) => ffi.dlsym(lib, 'noop'),
};
for (const [label, use] of Object.entries(AFTER_CLOSE)) {
  add(`library after close: ${label}`, (ffi, h) => {
    const lib = h.open();
    const f = lib.getFunction('noop', {});
    lib.close();
    if (label === 'call') return f();
    return use(lib, ffi);
  });
}
add('library functions prototype', (ffi, h) => Object.getPrototypeOf(ffi.dlopen(h.fixture, { noop: {} }).functions));
add('library symbols after getSymbol', (ffi, h) => { const lib = h.open(); lib.getSymbol('noop'); return Object.keys(lib.symbols); });
add('library getFunctions() after two', (ffi, h) => {
  const lib = h.open();
  lib.getFunction('noop', {});
  lib.getFunction('add_i32', { return: 'i32', arguments: ['i32', 'i32'] });
  return Object.keys(lib.getFunctions());
});
add('library getFunctions(null)', (ffi, h) => h.open().getFunctions(null));
add('library getFunctions(1)', (ffi, h) => h.open().getFunctions(1));
add('library dlopen result keys', (ffi, h) => Object.keys(ffi.dlopen(h.fixture, { noop: {} })));
add('library dlopen definitions null', (ffi, h) => Object.keys(ffi.dlopen(h.fixture, null)));
add('library dlopen definitions string', (ffi, h) => Object.keys(ffi.dlopen(h.fixture, 'x')));
add('library toStringTag', (ffi, h) => Object.prototype.toString.call(h.open()));
add('library constructor name', (ffi) => ffi.DynamicLibrary.name);
add('library constructor length', (ffi) => ffi.DynamicLibrary.length);
add('library prototype methods', (ffi) => Object.getOwnPropertyNames(ffi.DynamicLibrary.prototype).sort());
add('library method on a plain object', (ffi) => ffi.DynamicLibrary.prototype.getSymbol.call({}, 'abs'));
add('library path property', (ffi, h) => h.open().path === h.fixture);
add('library dispose', (ffi, h) => { const lib = h.open(); lib[Symbol.dispose](); try { lib.getSymbol('noop'); return 'open'; } catch (e) { return e.code; } });

// ---- callbacks: registration and misuse ---------------------------------
const CB_POINTERS = [['-1n', () => -1n], ['0n', () => 0n], ['1n', () => 1n], ['2^64n', () => 2n ** 64n],
  ['number', () => 1], ['string', () => 'x'], ['undefined', () => undefined], ['unknown address', () => 0x1000n]];
for (const method of ['unregisterCallback', 'refCallback', 'unrefCallback']) {
  for (const [label, make] of CB_POINTERS) {
    add(`callback ${method}(${label})`, (ffi, h) => h.open()[method](make()));
  }
  add(`callback ${method} after unregister`, (ffi, h) => {
    const lib = h.open();
    const p = lib.registerCallback(() => {});
    lib.unregisterCallback(p);
    return lib[method](p);
  });
  add(`callback ${method} of another library`, (ffi, h) => {
    const p = h.open().registerCallback(() => {});
    return h.open()[method](p);
  });
  add(`callback ${method} twice`, (ffi, h) => {
    const lib = h.open();
    const p = lib.registerCallback(() => {});
    lib[method](p);
    return lib[method](p);
  });
}
for (const [label, make] of [['number', () => 1], ['object', () => ({})], ['null', () => null], ['undefined', () => undefined], ['string', () => 'f']]) {
  add(`callback registerCallback(${label})`, (ffi, h) => h.open().registerCallback(make()));
  add(`callback registerCallback(sig, ${label})`, (ffi, h) => h.open().registerCallback({}, make()));
}
add('callback registerCallback() no arguments', (ffi, h) => h.open().registerCallback());
add('callback pointer type', (ffi, h) => typeof h.open().registerCallback(() => {}));
add('callback unregister returns', (ffi, h) => { const lib = h.open(); return lib.unregisterCallback(lib.registerCallback(() => {})); });
add('callback ref returns', (ffi, h) => { const lib = h.open(); return lib.refCallback(lib.registerCallback(() => {})); });
add('callback unref returns', (ffi, h) => { const lib = h.open(); return lib.unrefCallback(lib.registerCallback(() => {})); });

// ---- callbacks from C: results -----------------------------------------
// C calls the callback through call_<kind>_cb and returns what it got.
const CB_CALLERS = {
  i32: ['call_i32_cb', 'i32', 7],
  i64: ['call_i64_cb', 'i64', 7n],
  f64: ['call_f64_cb', 'f64', 7],
  pointer: ['call_ptr_cb', 'pointer', 7n],
  void: ['call_void_cb', 'void', undefined],
};
const CB_RESULTS = [
  ['-0', () => -0], ['0', () => 0], ['1', () => 1], ['2.5', () => 2.5], ['NaN', () => NaN], ['2^31', () => 2 ** 31],
  ['2^53', () => 2 ** 53], ['1n', () => 1n], ['2^63n', () => 2n ** 63n], ['-1n', () => -1n], ['true', () => true],
  ['null', () => null], ['undefined', () => undefined], ['"1"', () => '1'], ['{}', () => ({})],
  ['a promise', () => Promise.resolve(1)], ['Buffer', () => Buffer.alloc(1)],
];
for (const [kind, [caller, type, arg]] of Object.entries(CB_CALLERS)) {
  for (const [label, make] of CB_RESULTS) {
    add(`callback result ${type} <- ${label}`, (ffi, h) => {
      const lib = h.open();
      const params = kind === 'void' ? [] : [type];
      const p = lib.registerCallback({ return: type, arguments: params }, () => make());
      const call = lib.getFunction(caller, { return: type, arguments: kind === 'void' ? ['function'] : ['function', type] });
      return kind === 'void' ? call(p) : call(p, arg);
    }, { process: true });
  }
  add(`callback result ${type} when the callback throws`, (ffi, h) => {
    const lib = h.open();
    const p = lib.registerCallback({ return: type, arguments: kind === 'void' ? [] : [type] }, () => { throw new Error('boom'); });
    const call = lib.getFunction(caller, { return: type, arguments: kind === 'void' ? ['function'] : ['function', type] });
    return kind === 'void' ? call(p) : call(p, arg);
  }, { process: true });
}
add('callback arguments from C', (ffi, h) => {
  const lib = h.open();
  const seen = [];
  const p = lib.registerCallback({ return: 'f64', arguments: ['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64', 'pointer'] },
    (...args) => { seen.push(...args); return 1.5; });
  const r = lib.getFunction('call_mixed_cb', { return: 'f64', arguments: ['function'] })(p);
  return [r, ...seen];
});
add('callback on another thread', (ffi, h) => {
  const lib = h.open();
  const p = lib.registerCallback(() => {});
  lib.getFunction('call_cb_on_thread', { return: 'void', arguments: ['function'] })(p);
  return 'returned';
}, { process: true });

// ---- memory helpers -----------------------------------------------------
const POINTERS = [['0n', () => 0n], ['-1n', () => -1n], ['2^64n', () => 2n ** 64n], ['1', () => 1], ['"1"', () => '1'],
  ['null', () => null], ['undefined', () => undefined], ['near 2^64', () => 2n ** 64n - 2n]];
const OFFSETS = [['omitted', undefined], ['-1', -1], ['0.5', 0.5], ['NaN', NaN], ['Infinity', Infinity], ['-0', -0],
  ['"0"', '0'], ['0n', 0n], ['null', null], ['2^32', 2 ** 32], ['2^53', 2 ** 53], ['true', true]];
const ACCESSORS = [['Int8', -5, 'i8'], ['Uint8', 250, 'u8'], ['Int16', -300, 'i16'], ['Uint16', 65000, 'u16'],
  ['Int32', -7, 'i32'], ['Uint32', 4e9, 'u32'], ['Int64', -5n, 'i64'], ['Uint64', 5n, 'u64'], ['Float32', 1.5, 'f32'], ['Float64', Math.PI, 'f64']];
for (const [name, good] of ACCESSORS) {
  for (const [label, make] of POINTERS) {
    add(`memory get${name}(${label}, 0)`, (ffi) => ffi[`get${name}`](make(), 0));
    add(`memory set${name}(${label}, 0, v)`, (ffi) => ffi[`set${name}`](make(), 0, good));
  }
  for (const [label, offset] of OFFSETS) {
    add(`memory get${name}(p, ${label})`, (ffi, h) => { const p = h.memory(16); return ffi[`get${name}`](p, offset); });
    add(`memory set${name}(p, ${label}, v)`, (ffi, h) => {
      const p = h.memory(16);
      return offset === undefined ? ffi[`set${name}`](p) : ffi[`set${name}`](p, offset, good);
    });
  }
  add(`memory set${name}(p) without offset`, (ffi, h) => ffi[`set${name}`](h.memory(16)));
  add(`memory set${name}(p, 0) without value`, (ffi, h) => ffi[`set${name}`](h.memory(16), 0));
  for (const [label, make] of PROBES) {
    add(`memory set${name} value ${label}`, (ffi, h) => {
      const p = h.memory(16);
      ffi[`set${name}`](p, 0, make());
      return ffi[`get${name}`](p, 0);
    });
  }
  add(`memory get${name} round trip`, (ffi, h) => { const p = h.memory(16); ffi[`set${name}`](p, 8, good); return ffi[`get${name}`](p, 8); });
  add(`memory get${name}.length`, (ffi) => ffi[`get${name}`].length);
  add(`memory set${name}.length`, (ffi) => ffi[`set${name}`].length);
}
const LENGTHS = [['0', 0], ['1', 1], ['-1', -1], ['0.5', 0.5], ['NaN', NaN], ['Infinity', Infinity], ['"4"', '4'],
  ['4n', 4n], ['null', null], ['undefined', undefined], ['2^53', 2 ** 53], ['MAX_LENGTH+1', 2 ** 53 - 1]];
for (const fn of ['toBuffer', 'toArrayBuffer']) {
  for (const [label, length] of LENGTHS) {
    add(`memory ${fn}(p, ${label})`, (ffi, h) => ffi[fn](h.memory(16, 7), length));
  }
  for (const [label, make] of POINTERS) add(`memory ${fn}(${label}, 4)`, (ffi) => ffi[fn](make(), 4));
  for (const [label, make] of POINTERS) add(`memory ${fn}(${label}, 0)`, (ffi) => ffi[fn](make(), 0));
  for (const [label, copy] of [['true', true], ['false', false], ['0', 0], ['1', 1], ['null', null], ['"yes"', 'yes'], ['undefined', undefined]]) {
    add(`memory ${fn}(p, 4, ${label})`, (ffi, h) => {
      const r = ffi[fn](h.memory(16, 9), 4, copy);
      return [r, r.byteLength, (r.buffer || r).byteLength];
    });
  }
  add(`memory ${fn}(p, 0, false)`, (ffi, h) => ffi[fn](h.memory(16), 0, false));
  add(`memory ${fn}() no arguments`, (ffi) => ffi[fn]());
  add(`memory ${fn}(p) no length`, (ffi, h) => ffi[fn](h.memory(16)));
}
for (const [label, make] of [...POINTERS, ['p', null]]) {
  add(`memory toString(${label})`, (ffi, h) => ffi.toString(make === null ? h.cstring('hi') : make()));
}
add('memory toString invalid UTF-8', (ffi, h) => ffi.toString(h.bytes([0x61, 0xff, 0xfe, 0x62, 0])));
add('memory toString() no arguments', (ffi) => ffi.toString());
const ENCODINGS = [['utf8', 'utf8'], ['utf-8', 'utf-8'], ['utf16le', 'utf16le'], ['ucs2', 'ucs2'], ['latin1', 'latin1'],
  ['ascii', 'ascii'], ['hex', 'hex'], ['base64', 'base64'], ['bogus', 'bogus'], ['UTF8', 'UTF8'], ['number', 1], ['null', null], ['undefined', undefined]];
for (const [label, encoding] of ENCODINGS) {
  add(`memory exportString encoding ${label}`, (ffi, h) => {
    const p = h.memory(32);
    ffi.exportString('héllo', p, 32, encoding);
    return ffi.toBuffer(p, 16);
  });
}
for (const [label, length] of LENGTHS) {
  add(`memory exportString length ${label}`, (ffi, h) => { const p = h.memory(32); ffi.exportString('hello', p, length); return ffi.toBuffer(p, 8); });
  add(`memory exportBuffer length ${label}`, (ffi, h) => { const p = h.memory(32); ffi.exportBuffer(Buffer.from('hello'), p, length); return ffi.toBuffer(p, 8); });
}
for (const [label, make] of POINTERS) {
  add(`memory exportString at ${label}`, (ffi) => ffi.exportString('hi', make(), 8));
  add(`memory exportBuffer at ${label}`, (ffi) => ffi.exportBuffer(Buffer.from('hi'), make(), 8));
  add(`memory exportArrayBuffer at ${label}`, (ffi) => ffi.exportArrayBuffer(new ArrayBuffer(2), make(), 8));
  add(`memory exportArrayBufferView at ${label}`, (ffi) => ffi.exportArrayBufferView(new Uint8Array(2), make(), 8));
}
add('memory exportString exact room', (ffi, h) => { const p = h.memory(8); ffi.exportString('hello', p, 6); return ffi.toBuffer(p, 8); });
add('memory exportString one short', (ffi, h) => ffi.exportString('hello', h.memory(8), 5));
add('memory exportString utf16 one short', (ffi, h) => ffi.exportString('hi', h.memory(8), 5, 'utf16le'));
for (const [label, make] of OTHER_PROBES) {
  add(`memory exportString(${label})`, (ffi, h) => ffi.exportString(make(), h.memory(32), 32));
  add(`memory exportBuffer(${label})`, (ffi, h) => ffi.exportBuffer(make(), h.memory(32), 32));
  add(`memory exportArrayBuffer(${label})`, (ffi, h) => ffi.exportArrayBuffer(make(), h.memory(32), 32));
  add(`memory exportArrayBufferView(${label})`, (ffi, h) => ffi.exportArrayBufferView(make(), h.memory(32), 32));
  add(`memory getRawPointer(${label})`, (ffi) => { const r = ffi.getRawPointer(make()); return typeof r === 'bigint' ? (r === 0n ? 0n : 'address') : r; });
}
add('memory getRawPointer offset view', (ffi) => { const b = Buffer.alloc(16); return ffi.getRawPointer(b.subarray(4)) - ffi.getRawPointer(b); });
add('memory getRawPointer empty ArrayBuffer', (ffi) => ffi.getRawPointer(new ArrayBuffer(0)));
add('memory getRawPointer() no arguments', (ffi) => ffi.getRawPointer());
add('memory getCurrentEventLoop', (ffi) => typeof ffi.getCurrentEventLoop());

// ---- the module's own shape ---------------------------------------------
add('module types', (ffi) => ffi.types);
add('module types keys in order', (ffi) => Object.keys(ffi.types));
add('module types prototype', (ffi) => Object.getPrototypeOf(ffi.types));
add('module types frozen', (ffi) => Object.isFrozen(ffi.types));
add('module suffix', (ffi) => ffi.suffix);
add('module exports', (ffi) => Object.keys(ffi).sort());
add('module export kinds', (ffi) => Object.fromEntries(Object.keys(ffi).sort().map((k) => [k, typeof ffi[k]])));
for (const name of ['dlopen', 'dlclose', 'dlsym', 'toString', 'toBuffer', 'toArrayBuffer', 'exportString', 'exportBuffer',
  'exportArrayBuffer', 'exportArrayBufferView', 'getRawPointer', 'getCurrentEventLoop']) {
  add(`module ${name}.length`, (ffi) => ffi[name].length);
  add(`module ${name}.name`, (ffi) => ffi[name].name);
}

module.exports = { cases };
