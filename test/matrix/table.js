'use strict';
// The bad-input matrix: ONE table of every public function and method of
// jitffi, its argument slots and a valid value for each. `buildCases()`
// puts every kind of value below in every slot (the other slots valid),
// and adds wrong argument counts, a wrong `this` and closed libraries;
// test/matrix.test.js runs the cases in child processes
// (test/matrix/child.js) and checks that none crashes and that only Error
// objects are thrown. Which error each gives is the conformance suite's
// to check (test/conformance/).
//
// This module is loaded by the parent (which only needs ids and batches)
// and by the child (which also runs `run(ctx)`). It must not load jitffi
// itself: everything native comes in through `ctx` (child.js).

// ---- the kinds of value every slot receives ----------------------------

// The error every trap of the throwing Proxy throws: the child recognises it
// by identity and reports `trap: true`.
const TRAP_MESSAGE = 'matrix: proxy trap called';

function detachedArrayBuffer() {
  const ab = new ArrayBuffer(16);
  structuredClone(ab, { transfer: [ab] });
  return ab;
}

// A Buffer (so also a Uint8Array view) whose ArrayBuffer was detached.
function detachedBuffer() {
  const ab = new ArrayBuffer(16);
  const view = Buffer.from(ab);
  structuredClone(ab, { transfer: [ab] });
  return view;
}

// name -> make(ctx). Values are made fresh for every case.
const KINDS = {
  undefined: () => undefined,
  null: () => null,
  true: () => true,
  false: () => false,
  zero: () => 0,
  one: () => 1,
  negative: () => -1,
  fraction: () => 0.5,
  huge: () => 2 ** 64,
  NaN: () => NaN,
  Infinity: () => Infinity,
  '-Infinity': () => -Infinity,
  '-0': () => -0,
  bigint: () => 1n, // a numeric address: never given to a slot that dereferences it
  bigint0: () => 0n,
  bigintNegative: () => -1n,
  bigintHuge: () => 2n ** 64n,
  string: () => 'x',
  emptyString: () => '',
  nulString: () => 'a\0b',
  symbol: () => Symbol('matrix'),
  object: () => ({}),
  array: () => [],
  function: () => function matrixFunction() { return undefined; },
  proxy: () => new Proxy({}, {}),
  throwingProxy: (ctx) => ctx.throwingProxy(),
  functionProxy: () => new Proxy(function matrixTarget() { return undefined; }, {}),
  detachedArrayBuffer,
  detachedBuffer,
  sharedArrayBuffer: () => new SharedArrayBuffer(16),
  sharedView: () => new Uint8Array(new SharedArrayBuffer(16)),
  buffer: () => Buffer.alloc(16), // zero-filled: a valid empty C string too
  arrayBuffer: () => new ArrayBuffer(16),
  // Objects that pass an `instanceof` test without being what it tests for.
  fakeBuffer: () => Object.create(Buffer.prototype),
  fakeLibrary: (ctx) => Object.create(ctx.ffi.DynamicLibrary.prototype),
};
const KIND_NAMES = Object.keys(KINDS);

// A non-zero numeric address that a slot dereferences crashes by design:
// slots that read or write memory at their argument exclude it.
const DEREFERENCED = ['bigint'];

// ---- the table -----------------------------------------------------------
//
// Each API is an object:
//   name, batch      case-id prefix; the child process that runs its cases
//   slots            [{ name, valid(ctx, env): a valid value, exclude: the
//                    kinds never put in this slot (optional) }]
//   call(ctx, args, env)  makes the call
//   env(ctx, own)    optional per-case state (a fresh library, a wrapper);
//                    with `own`, it has a `close()` for the closed-library case
//   min, max         the valid argument counts; `noCount` for no count cases
//   closedLib        also call it on a closed library (its own, from `env`)
//   closedArg        also call it with a closed library as slot 0
//   receiver(ctx, self, args)  methods: calls it with `this` = self

const INT_TYPES = ['i8', 'u8', 'bool', 'char', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64'];
const VALID_OF = {
  i8: -5, u8: 200, bool: 1, char: 65, i16: -300, u16: 60000, i32: -70000, u32: 4e9,
  i64: -(2n ** 40n), u64: 2n ** 63n, f32: 1.5, f64: 0.1,
  pointer: null, string: null, buffer: null, arraybuffer: null, function: null,
};

const WRAPPERS = [];
// Fast tier (numbers, bigints, pointers): one identity function per type.
for (const t of [...INT_TYPES, 'pointer']) {
  const symbol = t === 'pointer' ? 'id_ptr' : `id_${t}`;
  WRAPPERS.push({ symbol, params: [t], result: t === 'pointer' ? 'pointer' : t });
}
// id_ptr declared with each other pointer-like type (the general tier for
// string/buffer/arraybuffer; the same C function).
for (const t of ['string', 'buffer', 'arraybuffer', 'function']) {
  WRAPPERS.push({ symbol: 'id_ptr', variant: t, params: [t], result: 'pointer' });
}
WRAPPERS.push({ symbol: 'add_i32', params: ['i32', 'i32'], result: 'i32', defaults: [1, 2] });
// string_length reads the string at its argument.
WRAPPERS.push({ symbol: 'string_length', params: ['string'], result: 'u64', exclude: DEREFERENCED });
// sum_buffer(p, n): with n = 0n, p is never read, so any address is safe.
WRAPPERS.push({
  symbol: 'sum_buffer', params: ['buffer', 'u64'], result: 'u64',
  defaults: [() => Buffer.alloc(16, 1), 0n],
});

function wrapperApi(w) {
  const label = w.variant ? `${w.symbol}(${w.variant})` : w.symbol;
  const valid = (ctx) => w.params.map((t, i) => {
    const d = w.defaults ? w.defaults[i] : VALID_OF[t];
    return typeof d === 'function' ? d(ctx) : d;
  });
  return {
    name: label,
    batch: `wrapper ${label}`,
    slots: w.params.map((t, i) => ({ name: `a${i}`, exclude: w.exclude, valid: (ctx) => valid(ctx)[i] })),
    min: w.params.length,
    max: w.params.length,
    closedLib: true,
    call: (ctx, args, env) => env.fn(...args),
    // The shared wrapper of this child, or (`own`) one on a library of its
    // own with a `close()` for the closed-library case. Each is first
    // called many times with valid arguments, so that the bad ones reach
    // optimized call sites too.
    env: (ctx, own) => ctx.wrapper(w.symbol, w.params, w.result, own, valid(ctx)),
  };
}

// Memory helpers, by the helper's type name (Int8 … Float64): a valid value.
const MEM_VALID = {
  Int8: -5, Uint8: 200, Int16: -300, Uint16: 60000, Int32: -70000, Uint32: 4e9,
  Int64: -5n, Uint64: 5n, Float32: 1.5, Float64: 0.1,
};

function memoryApis() {
  const apis = [];
  const pointerSlot = () => ({ name: 'pointer', exclude: DEREFERENCED, valid: (ctx) => ctx.ptr });
  const lengthSlot = () => ({ name: 'length', valid: () => 64 });
  for (const [T, value] of Object.entries(MEM_VALID)) {
    apis.push({
      name: `get${T}`,
      batch: 'memory get*',
      slots: [pointerSlot(), { name: 'offset', valid: () => 0 }],
      min: 1,
      max: 2,
      call: (ctx, args) => ctx.ffi[`get${T}`](...args),
    });
    apis.push({
      name: `set${T}`,
      batch: 'memory set*',
      slots: [pointerSlot(), { name: 'offset', valid: () => 0 }, { name: 'value', valid: () => value }],
      min: 3,
      max: 3,
      call: (ctx, args) => ctx.ffi[`set${T}`](...args),
    });
  }
  apis.push({
    name: 'getCurrentEventLoop',
    batch: 'memory toString/toBuffer/toArrayBuffer',
    slots: [],
    min: 0,
    max: 0,
    call: (ctx, args) => ctx.ffi.getCurrentEventLoop(...args),
  });
  apis.push({
    name: 'toString',
    batch: 'memory toString/toBuffer/toArrayBuffer',
    slots: [pointerSlot()],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.ffi.toString(...args),
  });
  for (const name of ['toBuffer', 'toArrayBuffer']) {
    apis.push({
      name,
      batch: 'memory toString/toBuffer/toArrayBuffer',
      slots: [pointerSlot(), lengthSlot(), { name: 'copy', valid: () => true }],
      min: 2,
      max: 3,
      call: (ctx, args) => ctx.ffi[name](...args),
    });
  }
  // export*: the source is small (≤ 16 bytes), the room 64 bytes.
  apis.push({
    name: 'exportString',
    batch: 'memory export*/getRawPointer',
    slots: [
      { name: 'string', valid: () => 'hi' },
      pointerSlot(),
      lengthSlot(),
      { name: 'encoding', valid: () => 'utf8' },
    ],
    min: 3,
    max: 4,
    call: (ctx, args) => ctx.ffi.exportString(...args),
  });
  const sources = {
    exportBuffer: ['buffer', () => Buffer.alloc(16, 7)],
    exportArrayBuffer: ['arrayBuffer', () => new ArrayBuffer(16)],
    exportArrayBufferView: ['view', () => Buffer.alloc(16, 7)],
  };
  for (const [name, [argName, source]] of Object.entries(sources)) {
    apis.push({
      name,
      batch: 'memory export*/getRawPointer',
      slots: [{ name: argName, valid: source }, pointerSlot(), lengthSlot()],
      min: 3,
      max: 3,
      call: (ctx, args) => ctx.ffi[name](...args),
    });
  }
  apis.push({
    name: 'getRawPointer',
    batch: 'memory export*/getRawPointer',
    slots: [{ name: 'bufferLike', valid: () => Buffer.alloc(8) }],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.ffi.getRawPointer(...args),
  });
  apis.push({
    name: 'errno',
    batch: 'memory export*/getRawPointer',
    slots: [{ name: 'value', valid: () => 0, optional: true }],
    min: 0,
    max: 1,
    call: (ctx, args) => ctx.ffi.errno(...args),
  });
  return apis;
}

// Aggregate types (docs/structs.md). A Pair is a struct of 16 bytes that
// read/write use at ctx.ptr.
const PAIR_FIELDS = () => ({ a: 'i32', b: 'f64' });
const pairType = (ctx) => ctx.ffi.struct(PAIR_FIELDS(), { name: 'Pair' });
const PAIR_VALUE = () => ({ a: -1, b: 0.5 });

function aggregateApis() {
  const apis = [];
  const batch = 'aggregates';
  for (const name of ['struct', 'union']) {
    apis.push({
      name,
      batch,
      slots: [
        { name: 'fields', valid: () => PAIR_FIELDS() },
        { name: 'options', valid: () => ({ name: 'Pair', packed: 4 }) },
      ],
      min: 1,
      max: 2,
      call: (ctx, args) => ctx.ffi[name](...args),
    });
  }
  apis.push({
    name: 'array',
    batch,
    slots: [{ name: 'type', valid: () => 'i32' }, { name: 'length', valid: () => 3 }],
    min: 2,
    max: 2,
    call: (ctx, args) => ctx.ffi.array(...args),
  });
  for (const name of ['sizeof', 'alignof']) {
    apis.push({
      name,
      batch,
      slots: [{ name: 'type', valid: (ctx) => pairType(ctx) }],
      min: 1,
      max: 1,
      call: (ctx, args) => ctx.ffi[name](...args),
    });
  }
  apis.push({
    name: 'offsetof',
    batch,
    slots: [{ name: 'type', valid: (ctx) => pairType(ctx) }, { name: 'field', valid: () => 'b' }],
    min: 2,
    max: 2,
    call: (ctx, args) => ctx.ffi.offsetof(...args),
  });
  const pointerSlot = { name: 'pointer', exclude: DEREFERENCED, valid: (ctx) => ctx.ptr };
  const offsetSlot = { name: 'offset', valid: () => 0 };
  apis.push({
    name: 'read',
    batch,
    slots: [pointerSlot, { name: 'type', valid: (ctx) => pairType(ctx) }, offsetSlot],
    min: 2,
    max: 3,
    call: (ctx, args) => ctx.ffi.read(...args),
  });
  apis.push({
    name: 'write',
    batch,
    slots: [pointerSlot, { name: 'type', valid: (ctx) => pairType(ctx) }, { name: 'value', valid: PAIR_VALUE }, offsetSlot],
    min: 3,
    max: 4,
    call: (ctx, args) => ctx.ffi.write(...args),
  });
  apis.push({
    name: 'alloc',
    batch,
    slots: [{ name: 'type', valid: (ctx) => pairType(ctx) }, { name: 'value', valid: PAIR_VALUE }],
    min: 1,
    max: 2,
    call: (ctx, args) => ctx.ffi.alloc(...args),
  });
  return apis;
}

// A valid signature of add_i32 and a second signature for registerCallback.
const ADD_SIG = () => ({ parameters: ['i32', 'i32'], result: 'i32' });
const CB_SIG = () => ({ parameters: ['i32'], result: 'i32' });

function libraryApis() {
  const apis = [];
  // Top-level functions.
  apis.push({
    name: 'dlopen',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [
      { name: 'path', valid: (ctx) => ctx.fixture },
      { name: 'definitions', valid: () => ({ add_i32: ADD_SIG() }) },
    ],
    min: 1,
    max: 2,
    call: (ctx, args) => ctx.own(ctx.ffi.dlopen(...args)),
  });
  apis.push({
    name: 'dlopen(definitions.add_i32)',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [{ name: 'signature', valid: () => ADD_SIG() }],
    min: 1,
    max: 1,
    call: (ctx, [sig]) => ctx.own(ctx.ffi.dlopen(ctx.fixture, { add_i32: sig })),
    noCount: true, // one value inside an object, not an argument list
  });
  apis.push({
    name: 'new DynamicLibrary',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [{ name: 'path', valid: (ctx) => ctx.fixture }],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.own(new ctx.ffi.DynamicLibrary(...args)),
  });
  apis.push({
    name: 'dlclose',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [{ name: 'handle', valid: (ctx) => ctx.freshLib() }],
    min: 1,
    max: 1,
    call: (ctx, args) => ctx.ffi.dlclose(...args),
    closedArg: true,
  });
  apis.push({
    name: 'dlsym',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    slots: [
      { name: 'handle', valid: (ctx) => ctx.freshLib() },
      { name: 'symbol', valid: () => 'add_i32' },
    ],
    min: 2,
    max: 2,
    call: (ctx, args) => ctx.ffi.dlsym(...args),
    closedArg: true,
  });

  // DynamicLibrary methods, each on a fresh library (`env.lib`).
  const method = (name, slots, extra = {}) => ({
    name: `lib.${name}`,
    // The method called on `self` instead of a library (a wrong `this`).
    receiver(ctx, self, args) {
      const proto = ctx.ffi.DynamicLibrary.prototype;
      return (name === '[Symbol.dispose]' ? proto[ctx.dispose] : proto[name]).apply(self, args);
    },
    batch: `DynamicLibrary methods`,
    slots,
    min: slots.filter((s) => !s.optional).length,
    max: slots.length,
    closedLib: true,
    env: (ctx) => {
      const lib = ctx.freshLib();
      return { lib, close: () => lib.close() };
    },
    call: (ctx, args, env) => env.lib[name](...args),
    ...extra,
  });
  apis.push(method('getFunction', [
    { name: 'name', valid: () => 'add_i32' },
    { name: 'signature', valid: () => ADD_SIG() },
  ]));
  for (const api of sigFieldApis('getFunction', (env, sig) => env.lib.getFunction('add_i32', sig))) apis.push(api);
  apis.push(method('getFunctions', [
    { name: 'definitions', valid: () => ({ add_i32: ADD_SIG() }), optional: true },
  ]));
  apis.push(method('getSymbol', [{ name: 'name', valid: () => 'add_i32' }]));
  apis.push(method('getSymbols', []));
  apis.push(method('registerCallback', [
    { name: 'signature', valid: () => CB_SIG() },
    { name: 'callback', valid: () => (x) => x },
  ]));
  apis.push(method('registerCallback', [
    { name: 'callback', valid: () => (x) => x },
  ], { name: 'lib.registerCallback(callback)', noCount: true })); // a second argument makes the first the signature
  for (const api of sigFieldApis('registerCallback', (env, sig) => env.lib.registerCallback(sig, () => 0))) apis.push(api);
  apis.push(method('func', [
    { name: 'prototype', valid: () => 'int add_i32(int a, int b)' },
    { name: 'options', valid: () => ({ errno: true }), optional: true },
  ]));
  for (const name of ['unregisterCallback', 'refCallback', 'unrefCallback']) {
    apis.push(method(name, [
      { name: 'pointer', valid: (ctx, env) => env.lib.registerCallback(() => {}) },
    ]));
  }
  apis.push(method('close', []));
  apis.push(method('[Symbol.dispose]', [], {
    call: (ctx, args, env) => env.lib[ctx.dispose](...args),
  }));
  apis.push({
    name: 'dlopen()[Symbol.dispose]',
    batch: 'DynamicLibrary methods',
    slots: [],
    min: 0,
    max: 0,
    env: (ctx) => ({ result: ctx.ffi.dlopen(ctx.fixture) }),
    call: (ctx, args, env) => env.result[ctx.dispose](...args),
  });
  return apis;
}

// The fields of a signature object given to `method`, each as a slot:
// signature.result, signature.parameters and signature.parameters[0].
function sigFieldApis(method, use) {
  const base = {
    batch: 'DynamicLibrary methods',
    min: 1,
    max: 1,
    noCount: true, // values inside an object, not argument lists
    env: (ctx) => ({ lib: ctx.freshLib() }),
  };
  return [
    {
      ...base,
      name: `lib.${method}(signature.result)`,
      slots: [{ name: 'result', valid: () => 'i32' }],
      call: (ctx, [v], env) => use(env, { result: v, parameters: ['i32'] }),
    },
    {
      ...base,
      name: `lib.${method}(signature.parameters)`,
      slots: [{ name: 'parameters', valid: () => ['i32'] }],
      call: (ctx, [v], env) => use(env, { result: 'i32', parameters: v }),
    },
    {
      ...base,
      name: `lib.${method}(signature.parameters[0])`,
      slots: [{ name: 'parameters[0]', valid: () => 'i32' }],
      call: (ctx, [v], env) => use(env, { result: 'i32', parameters: [v] }),
    },
  ];
}

const APIS = [...WRAPPERS.map(wrapperApi), ...memoryApis(), ...aggregateApis(), ...libraryApis()];

// Extra cases that are not "kind in slot": unregistered callbacks, pointers
// of another library, and calling the constructor without `new`.
function extraCases() {
  const batch = 'DynamicLibrary methods';
  const cases = [];
  for (const name of ['unregisterCallback', 'refCallback', 'unrefCallback']) {
    cases.push({
      id: `lib.${name}: an unregistered callback`,
      batch,
      run(ctx) {
        const lib = ctx.freshLib();
        const p = lib.registerCallback(() => {});
        lib.unregisterCallback(p);
        return lib[name](p);
      },
    });
    cases.push({
      id: `lib.${name}: a callback of another library`,
      batch,
      run(ctx) {
        const p = ctx.freshLib().registerCallback(() => {});
        return ctx.freshLib()[name](p);
      },
    });
    cases.push({
      id: `lib.${name}: a callback released by close()`,
      batch,
      run(ctx) {
        const lib = ctx.freshLib();
        const p = lib.registerCallback(() => {});
        lib.close();
        return lib[name](p);
      },
    });
  }
  // Address arithmetic that overflows 64 bits throws instead of touching
  // memory (the last byte of the address space plus an offset or length).
  const top = 2n ** 64n - 1n;
  const memory = {
    getInt8: (f) => f.getInt8(top, 1),
    getFloat64: (f) => f.getFloat64(top - 4n, 0),
    getUint64: (f) => f.getUint64(2n ** 64n - 8n, 1),
    setInt8: (f) => f.setInt8(top, 1, 0),
    setUint32: (f) => f.setUint32(top - 2n, 0, 0),
    setFloat64: (f) => f.setFloat64(2n ** 64n - 8n, 1, 0),
    toBuffer: (f) => f.toBuffer(top, 2),
    'toBuffer (view)': (f) => f.toBuffer(top, 2, false),
    toArrayBuffer: (f) => f.toArrayBuffer(top - 7n, 9),
    exportString: (f) => f.exportString('hi', top, 64),
    exportBuffer: (f) => f.exportBuffer(Buffer.alloc(16), top - 8n, 16),
    exportArrayBuffer: (f) => f.exportArrayBuffer(new ArrayBuffer(4), top, 4),
    exportArrayBufferView: (f) => f.exportArrayBufferView(new Uint16Array(2), top, 4),
  };
  for (const [name, call] of Object.entries(memory)) {
    cases.push({
      id: `${name}: pointer + offset/length above 2^64`,
      batch: 'memory export*/getRawPointer',
      run: (ctx) => call(ctx.ffi),
    });
  }
  // Type names that are strings but not types, in a signature.
  for (const [what, sig] of [
    ['void parameter', { parameters: ['void'], result: 'i32' }],
    ['unknown result type', { parameters: [], result: 'int' }],
    ['unknown parameter type', { parameters: ['i32', 'bogus'] }],
    ['two result fields', { result: 'i32', returns: 'i32' }],
    ['two parameter fields', { parameters: [], arguments: [] }],
  ]) {
    cases.push({
      id: `lib.getFunction: ${what}`,
      batch,
      run: (ctx) => ctx.freshLib().getFunction('add_i32', sig),
    });
    cases.push({
      id: `lib.registerCallback: ${what}`,
      batch,
      run: (ctx) => ctx.freshLib().registerCallback(sig, () => 0),
    });
  }
  cases.push({
    id: 'DynamicLibrary without new',
    batch: 'dlopen/dlclose/dlsym/DynamicLibrary',
    run: (ctx) => ctx.ffi.DynamicLibrary(ctx.fixture),
  });
  cases.push({
    id: 'lib.getFunction: the same symbol with another signature',
    batch,
    run(ctx) {
      const lib = ctx.freshLib();
      lib.getFunction('add_i32', ADD_SIG());
      return lib.getFunction('add_i32', { parameters: ['i32'], result: 'i32' });
    },
  });
  return cases;
}

function buildCases() {
  const cases = [];
  for (const api of APIS) {
    const apiCases = [];
    // Every kind in every slot, the other slots valid.
    api.slots.forEach((slot, i) => {
      for (const kind of KIND_NAMES) {
        if (slot.exclude && slot.exclude.includes(kind)) continue;
        apiCases.push({
          id: `${api.name}: ${slot.name}=${kind}`,
          run(ctx) {
            const env = api.env ? api.env(ctx) : {};
            const args = api.slots.map((s, j) => (j === i ? KINDS[kind](ctx) : s.valid(ctx, env)));
            return api.call(ctx, args, env);
          },
        });
      }
    });
    // Methods called with a wrong `this`: any kind of value but a library.
    if (api.receiver) {
      for (const kind of KIND_NAMES) {
        apiCases.push({
          id: `${api.name}: this=${kind}`,
          run(ctx) {
            const env = api.env ? api.env(ctx) : {};
            const args = api.slots.map((s) => s.valid(ctx, env));
            return api.receiver(ctx, KINDS[kind](ctx), args);
          },
        });
      }
    }
    // All arguments valid.
    apiCases.push({
      id: `${api.name} valid`,
      run(ctx) {
        const env = api.env ? api.env(ctx) : {};
        return api.call(ctx, api.slots.map((s) => s.valid(ctx, env)), env);
      },
    });
    // Wrong argument counts: each shorter list, and one or two extra.
    if (!api.noCount) {
      const counts = [];
      for (let k = 0; k < api.min; k++) counts.push(k);
      counts.push(api.max + 1, api.max + 2);
      for (const k of counts) {
        apiCases.push({
          id: `${api.name} with ${k} argument${k === 1 ? '' : 's'}`,
          run(ctx) {
            const env = api.env ? api.env(ctx) : {};
            const valid = api.slots.map((s) => s.valid(ctx, env));
            const args = Array.from({ length: k }, (_, j) => (j < valid.length ? valid[j] : 1));
            return api.call(ctx, args, env);
          },
        });
      }
    }
    // On a closed library (methods and wrappers: the object's own library;
    // dlsym/dlclose: the handle argument).
    if (api.closedLib || api.closedArg) {
      apiCases.push({
        id: `${api.name} on a closed library`,
        run(ctx) {
          if (api.closedLib) {
            const env = api.env(ctx, true);
            const args = api.slots.map((s) => s.valid(ctx, env));
            env.close();
            return api.call(ctx, args, env);
          }
          const lib = ctx.freshLib(true);
          const args = api.slots.map((s, j) => (j === 0 ? lib : s.valid(ctx, {})));
          return api.call(ctx, args, {});
        },
      });
    }
    for (const c of apiCases) {
      c.batch = api.batch;
      cases.push(c);
    }
  }
  cases.push(...extraCases());
  // A deliberately crashing batch, only when asked for: the test of the
  // crash detection (test/matrix.test.js) runs it.
  if (process.env.MATRIX_SELFTEST_CRASH === '1') {
    const batch = 'selftest: crash';
    cases.push(
      { id: 'selftest: before the crash', batch, run: () => 1 },
      { id: 'selftest: getInt32(8n) crashes', batch, run: (ctx) => ctx.ffi.getInt32(8n) },
      { id: 'selftest: after the crash', batch, run: () => 2 },
    );
  }
  const seen = new Set();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`matrix: duplicate case id ${c.id}`);
    seen.add(c.id);
  }
  return cases;
}

module.exports = { TRAP_MESSAGE, APIS, buildCases };
