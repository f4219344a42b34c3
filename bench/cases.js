'use strict';
// The benchmark cases and, for each, how every mode calls it.
//
// A mode entry is { ctx, expr, check } or { skip: 'reason' }:
//  - `ctx` holds the values the call needs (the function, its arguments);
//  - `expr` is the JS expression of one call, over the names of `ctx` and
//    the loop counter `i`. bench/child.js compiles one loop per case and
//    mode from it with `new Function`, so every call site is monomorphic;
//  - `check(result)` validates one call made at setup, so a broken mode
//    fails loudly instead of being measured.
// A case may also have `prepare(ctx)` (run before each batch, not timed)
// and `iterations: 1` (one call per batch, e.g. a whole qsort). A case
// whose calls need the event loop (cross-thread callbacks) gives, instead of
// `ctx`/`expr`, `measure(n)` -> Promise of the total ns of n calls, and
// `calls` (the calls per batch).
//
// The 'jitffi' entry serves the "compiled" mode in the default process, the
// "interpreted" mode in the process started with JITFFI_MODE=interp, the
// "fasttier" mode in the one started with JITFFI_TIER=fast (only where the
// v8fast tier exists), and the "builtin" mode in the one where `ffi` is
// Node.js's own node:ffi (Node.js 26 and later); an entry that throws
// there (a jitffi extension) is skipped.

const MODES = ['compiled', 'fasttier', 'interpreted', 'builtin', 'napi', 'empty', 'js', 'koffi'];

const MODE_LABELS = {
  compiled: 'jitffi compiled',
  fasttier: 'jitffi fast tier',
  interpreted: 'jitffi interpreted',
  builtin: 'node:ffi built-in',
  napi: 'N-API by hand',
  empty: 'empty N-API call',
  js: 'plain JS',
  koffi: 'koffi',
};

const SWEEP_MAX = 16;

// Signatures of the C functions in bench/targets.c, for jitffi and koffi.
const SIGNATURES = {
  noop: [[], 'void', 'void noop(void)'],
  add_i32: [['i32', 'i32'], 'i32', 'int32_t add_i32(int32_t a, int32_t b)'],
  add_f64: [['f64', 'f64'], 'f64', 'double add_f64(double a, double b)'],
  add_i64: [['i64', 'i64'], 'i64', 'int64_t add_i64(int64_t a, int64_t b)'],
  identity_ptr: [['pointer'], 'pointer', 'void *identity_ptr(void *p)'],
  mix6: [['i32', 'f64', 'i32', 'f64', 'i32', 'f64'], 'f64',
    'double mix6(int32_t a0, double a1, int32_t a2, double a3, int32_t a4, double a5)'],
  mix16: [Array.from({ length: 16 }, (_, k) => (k % 2 ? 'f64' : 'i32')), 'f64',
    `double mix16(${Array.from({ length: 16 }, (_, k) => `${k % 2 ? 'double' : 'int32_t'} a${k}`).join(', ')})`],
  str_len: [['string'], 'u32', 'uint32_t str_len(const char *s)'],
  sum_buf: [['buffer', 'u32'], 'u32', 'uint32_t sum_buf(const uint8_t *p, uint32_t n)'],
  call_cb: [['function', 'i32'], 'i32', 'int32_t call_cb(IntCallback *cb, int32_t v)'],
  xthread_start: [['function', 'i32'], 'i32', 'int32_t xthread_start(XCallback *cb, int32_t n)'],
  xthread_join: [[], 'i64', 'int64_t xthread_join(void)'],
  record_init: [['i32', 'f64', 'f64', 'u8', 'i64'], 'pointer',
    'Record *record_init(int32_t id, double x, double y, uint8_t flag, int64_t stamp)'],
};
for (let n = 1; n <= SWEEP_MAX; n++) {
  const params = Array.from({ length: n }, (_, k) => `int32_t a${k}`).join(', ');
  SIGNATURES[`args${n}`] = [Array(n).fill('i32'), 'i32', `int32_t args${n}(${params})`];
}

const QSORT_SIGNATURE = { arguments: ['pointer', 'u64', 'u64', 'pointer'], return: 'void' };

// Deterministic pseudo-random int32 values (xorshift32).
function randomInt32s(n, seed = 0x9e3779b9) {
  const out = new Int32Array(n);
  let x = seed | 0;
  for (let k = 0; k < n; k++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[k] = x;
  }
  return out;
}

function cmp(x, y) {
  return x < y ? -1 : (x > y ? 1 : 0);
}

function isSorted(a) {
  for (let k = 1; k < a.length; k++) if (a[k - 1] > a[k]) return false;
  return true;
}

// `args` is the argument list as JS source (shared by every mode, so each
// mode pays the same for building its arguments).
function argList(n) {
  return ['i', ...Array.from({ length: n - 1 }, (_, k) => String(k + 1))].join(', ');
}

// Builds the cases. `env` = { ffi, lib, libc, refs, koffi, klib, kc,
// options: { qsortSize } }; koffi/klib/kc are null when koffi is missing.
function makeCases(env) {
  const { ffi, lib, libc, refs, koffi, klib, kc } = env;
  const kfunc = (name) => klib.func(SIGNATURES[name][2]);
  // `return`/`arguments`, the keys the built-in node:ffi reads.
  const jfunc = (name) => lib.getFunction(name, { arguments: SIGNATURES[name][0], return: SIGNATURES[name][1] });
  const noKoffi = koffi ? null : { skip: 'koffi is not installed' };
  const hasMemory = typeof ffi.getInt32 === 'function' && typeof ffi.setInt32 === 'function' &&
    typeof ffi.toBuffer === 'function' && typeof ffi.getRawPointer === 'function';
  const noMemory = { skip: 'ffi.getInt32/setInt32/toBuffer are not available in this build' };

  // A simple case: every mode calls `name` with the same argument source.
  function simple(id, title, name, args, ctx, expected, extra = {}) {
    const check = (r) => expected(r);
    const mode = (f) => ({ ctx: { f, ...ctx }, expr: `f(${args})`, check });
    return {
      id,
      title,
      group: 'call',
      modes: {
        jitffi: () => mode(jfunc(name)),
        napi: () => mode(refs[name]),
        empty: () => ({ ctx: { f: refs.empty, ...ctx }, expr: `f(${args})`, check: () => true }),
        js: extra.js || (() => ({ skip: 'no plain-JS equivalent' })),
        koffi: () => noKoffi || mode(kfunc(name)),
      },
    };
  }

  const cases = [];
  cases.push(simple('noop', 'noop()', 'noop', '', {}, (r) => r === undefined, {
    js: () => ({ ctx: { f: function noop() {} }, expr: 'f()', check: (r) => r === undefined }),
  }));
  cases.push(simple('add_i32', 'add_i32(i32, i32)', 'add_i32', 'i, 7', {}, (r) => r === 7, {
    js: () => ({ ctx: { f: (a, b) => (a + b) | 0 }, expr: 'f(i, 7)', check: (r) => r === 7 }),
  }));
  cases.push(simple('add_f64', 'add_f64(f64, f64)', 'add_f64', 'i * 0.5, 0.25', {}, (r) => r === 0.25, {
    js: () => ({ ctx: { f: (a, b) => a + b }, expr: 'f(i * 0.5, 0.25)', check: (r) => r === 0.25 }),
  }));
  const A = 1n << 40n;
  cases.push(simple('add_i64', 'add_i64(i64, i64) with bigints', 'add_i64', 'A, B', { A, B: 3n },
    (r) => BigInt(r) === A + 3n, {
      js: () => ({ ctx: { f: (a, b) => BigInt.asIntN(64, a + b), A, B: 3n }, expr: 'f(A, B)', check: (r) => r === A + 3n }),
    }));
  const P = 0x7f0012345670n;
  cases.push(simple('identity_ptr', 'identity_ptr(pointer)', 'identity_ptr', 'P', { P }, (r) => BigInt(r) === P, {
    js: () => ({ ctx: { f: (p) => p, P }, expr: 'f(P)', check: (r) => r === P }),
  }));
  cases.push(simple('mix6', '6 mixed int32/double args', 'mix6', 'i, 1.5, 2, 2.5, 3, 3.5', {}, (r) => r === 12.5, {
    js: () => ({
      ctx: { f: (a0, a1, a2, a3, a4, a5) => a0 + a1 + a2 + a3 + a4 + a5 },
      expr: 'f(i, 1.5, 2, 2.5, 3, 3.5)',
      check: (r) => r === 12.5,
    }),
  }));
  const args16 = Array.from({ length: 16 }, (_, k) => (k === 0 ? 'i' : k % 2 ? `${(k + 1) / 2}.5` : String(k / 2 + 1))).join(', ');
  const sum16 = Array.from({ length: 16 }, (_, k) => (k === 0 ? 0 : k % 2 ? (k + 1) / 2 + 0.5 : k / 2 + 1)).reduce((s, x) => s + x, 0);
  cases.push(simple('mix16', '16 mixed int32/double args', 'mix16', args16, {}, (r) => r === sum16, {
    js: () => ({ ctx: { f: (...a) => { let s = 0; for (let k = 0; k < a.length; k++) s += a[k]; return s; } }, expr: `f(${args16})`, check: (r) => r === sum16 }),
  }));

  // str_len on the default path (short ASCII strings are copied by the
  // fast-tier wrapper; longer ones go to the general tier through it), and
  // strlen_short_general calling the general-tier function directly.
  const short = 'hello, world';
  const long = 'abcdefghijklmnop'.repeat(64); // 1 KiB, one-byte
  const strlenCases = [
    ['strlen_short', short, ''],
    ['strlen_short_general', short, ', general tier'],
    ['strlen_40', 'x'.repeat(40), ''],
    ['strlen_1k', long, ''],
  ];
  for (const [id, S, label] of strlenCases) {
    const c = simple(id, `str_len(string), ${S.length} chars${label}`, 'str_len', 'S', { S }, (r) => r === S.length, {
      js: () => ({ ctx: { f: (s) => Buffer.byteLength(s, 'utf8'), S }, expr: 'f(S)', check: (r) => r === S.length }),
    });
    if (label) {
      const internals = ffi[Symbol.for('jitffi.internals')];
      const { jitffi } = c.modes;
      c.modes.jitffi = () => {
        const m = jitffi();
        const general = internals && internals.generalOf(m.ctx.f);
        return general ? { ...m, ctx: { ...m.ctx, f: general } } : m;
      };
    }
    cases.push(c);
  }

  for (const [id, n, label] of [['sum_64', 64, '64 B'], ['sum_64k', 65536, '64 KiB']]) {
    const B = Buffer.alloc(n);
    for (let k = 0; k < n; k++) B[k] = k & 0xff;
    const total = B.reduce((s, x) => s + x, 0);
    cases.push(simple(id, `sum_buf(Buffer) over ${label}`, 'sum_buf', 'B, N', { B, N: n }, (r) => r === total, {
      js: () => ({
        ctx: { f: (b, len) => { let s = 0; for (let k = 0; k < len; k++) s += b[k]; return s; }, B, N: n },
        expr: 'f(B, N)',
        check: (r) => r === total,
      }),
    }));
  }

  // C calls a JS callback once.
  const plusOne = (x) => x + 1;
  cases.push({
    id: 'call_cb',
    title: 'call_cb: C calls a JS callback once',
    group: 'call',
    modes: {
      jitffi: () => {
        const C = lib.registerCallback({ arguments: ['i32'], return: 'i32' }, plusOne);
        return { ctx: { f: jfunc('call_cb'), C }, expr: 'f(C, i)', check: (r) => r === 1 };
      },
      napi: () => ({ ctx: { f: refs.call_cb, C: plusOne }, expr: 'f(C, i)', check: (r) => r === 1 }),
      empty: () => ({ ctx: { f: refs.empty, C: plusOne }, expr: 'f(C, i)', check: () => true }),
      js: () => ({ ctx: { C: plusOne }, expr: 'C(i)', check: (r) => r === 1 }),
      koffi: () => noKoffi || {
        ctx: { f: kfunc('call_cb'), C: koffi.register(plusOne, koffi.pointer(kc.IntCallback)) },
        expr: 'f(C, i)',
        check: (r) => r === 1,
      },
    },
  });

  // A C thread calls a blocking JS callback (thread-safe in jitffi, a
  // registered callback in koffi, which relays calls from other threads to
  // the JS thread too) n times, checking each result, while the JS thread
  // waits in its event loop: the time from the start to the last call's
  // return, per call.
  //
  // The callback is registered at the first measurement, not before: in
  // jitffi a blocking thread-safe callback turns on the count of
  // synchronous calls in typed V8 fast calls for the rest of the process
  // (docs/jit.md), and this case is measured after every other one.
  const crossThread = (register, start, join) => {
    let last = -1;
    let done = null;
    let C;
    return {
      measure: async (n) => {
        C ??= register((v) => {
          if (v === last) done();
          return v + 1;
        });
        last = n - 1;
        const finished = new Promise((resolve) => { done = resolve; });
        const t0 = process.hrtime.bigint();
        if (start(C, n) !== 0) throw new Error('xthread_start failed');
        await finished;
        const ns = Number(process.hrtime.bigint() - t0);
        const bad = join();
        if (Number(bad) !== 0) throw new Error(`${bad} wrong results in the C thread`);
        return ns;
      },
    };
  };
  const xthread = {
    id: 'xthread_cb',
    title: 'xthread_cb: a C thread calls a JS callback (blocking)',
    group: 'call',
    calls: 20000,
    modes: {
      // Only jitffi has thread-safe callbacks: node:ffi would abort.
      jitffi: () => (ffi[Symbol.for('jitffi.internals')] === undefined
        ? { skip: 'no thread-safe callbacks in this ffi' }
        : crossThread(
          (fn) => lib.registerCallback({ parameters: ['i32'], result: 'i32', threadsafe: true }, fn),
          jfunc('xthread_start'), jfunc('xthread_join'))),
      koffi: () => noKoffi || crossThread(
        (fn) => koffi.register(fn, koffi.pointer(kc.XCallback)), kfunc('xthread_start'), kfunc('xthread_join')),
      napi: () => ({ skip: 'no hand-written reference' }),
      empty: () => ({ skip: 'not a single call' }),
      js: () => ({ skip: 'no plain-JS equivalent' }),
    },
  };

  // Memory helpers, over a Buffer's memory (kept alive by ctx).
  const M = Buffer.alloc(64);
  M.writeInt32LE(42, 4);
  const MP = hasMemory ? ffi.getRawPointer(M) : 0n;
  const DV = new DataView(M.buffer, M.byteOffset, M.length);
  const memo = (make) => () => (hasMemory ? make() : noMemory);
  cases.push({
    id: 'getInt32',
    title: 'getInt32(pointer, offset)',
    group: 'call',
    modes: {
      jitffi: memo(() => ({ ctx: { f: ffi.getInt32, P: MP, M }, expr: 'f(P, 4)', check: (r) => r === 42 })),
      napi: memo(() => ({ ctx: { f: refs.getInt32, P: MP, M }, expr: 'f(P, 4)', check: (r) => r === 42 })),
      empty: memo(() => ({ ctx: { f: refs.empty, P: MP, M }, expr: 'f(P, 4)', check: () => true })),
      js: () => ({ ctx: { D: DV }, expr: 'D.getInt32(4, true)', check: (r) => r === 42 }),
      koffi: memo(() => noKoffi || {
        ctx: { k: koffi, P: MP, T: koffi.type('int32_t'), M }, expr: 'k.decode(P, 4, T)', check: (r) => r === 42,
      }),
    },
  });
  cases.push({
    id: 'setInt32',
    title: 'setInt32(pointer, offset, value)',
    group: 'call',
    modes: {
      jitffi: memo(() => ({ ctx: { f: ffi.setInt32, P: MP, M }, expr: 'f(P, 8, i)', check: () => M.readInt32LE(8) === 0 })),
      napi: memo(() => ({ ctx: { f: refs.setInt32, P: MP, M }, expr: 'f(P, 8, i)', check: () => M.readInt32LE(8) === 0 })),
      empty: memo(() => ({ ctx: { f: refs.empty, P: MP, M }, expr: 'f(P, 8, i)', check: () => true })),
      js: () => ({ ctx: { D: DV }, expr: 'D.setInt32(8, i, true)', check: () => M.readInt32LE(8) === 0 }),
      koffi: memo(() => noKoffi || {
        ctx: { k: koffi, P: MP, T: koffi.type('int32_t'), M }, expr: 'k.encode(P, 8, T, i)', check: () => M.readInt32LE(8) === 0,
      }),
    },
  });
  // toBuffer copies 64 bytes out of its own Buffer's memory.
  const U8 = new Uint8Array(64).map((_, k) => k);
  const M2 = Buffer.from(U8);
  const MP2 = hasMemory ? ffi.getRawPointer(M2) : 0n;
  const sameBytes = (r) => Buffer.isBuffer(r) && r.length === 64 && r.equals(M2);
  cases.push({
    id: 'toBuffer64',
    title: 'toBuffer(pointer, 64) (copy); plain JS = Buffer.from(u8)',
    group: 'call',
    modes: {
      jitffi: memo(() => ({ ctx: { f: ffi.toBuffer, P: MP2, M2 }, expr: 'f(P, 64)', check: sameBytes })),
      napi: memo(() => ({ ctx: { f: refs.toBuffer, P: MP2, M2 }, expr: 'f(P, 64)', check: sameBytes })),
      empty: memo(() => ({ ctx: { f: refs.empty, P: MP2, M2 }, expr: 'f(P, 64)', check: () => true })),
      js: () => ({ ctx: { U: U8 }, expr: 'Buffer.from(U)', check: sameBytes }),
      koffi: () => ({ skip: 'koffi has no copying toBuffer (koffi.view is zero-copy)' }),
    },
  });

  // Structs (docs/structs.md). Every mode gets the same JS objects and
  // returns a plain object with the fields of the C struct; koffi declares
  // the same structs with koffi.struct.
  //
  // struct_add and struct_big pass and return structs by value: Point (two
  // doubles) travels in xmm registers, Big32 (32 bytes) is MEMORY class, on
  // the stack and returned through a hidden pointer. A jitffi build that
  // cannot pass structs by value refuses a descriptor in a signature: the
  // first by-value getFunction (add_point) is the probe, and if it throws,
  // both jitffi modes are skipped. Once it works, any other failure is a
  // bug and stops the run.
  const hasStructs = typeof ffi.struct === 'function';
  const struct = (fields, name) => (hasStructs ? ffi.struct(fields, { name }) : null);
  const Point = struct({ x: 'f64', y: 'f64' }, 'Point');
  const Big32 = struct({ a: 'f64', b: 'f64', c: 'f64', d: 'f64' }, 'Big32');
  const kstruct = (def) => koffi.struct(def); // anonymous: koffi's type names are process-wide
  const noByValue = { skip: 'this build of jitffi cannot pass structs by value' };
  let byValue; // { ok: true, add_point } or { ok: false, error }
  const byValueProbe = () => {
    if (byValue === undefined) {
      if (!hasStructs) return { ok: false, error: new Error('no ffi.struct') };
      try {
        byValue = { ok: true, add_point: lib.getFunction('add_point', { parameters: [Point, Point], result: Point }) };
      } catch (error) {
        byValue = { ok: false, error };
      }
    }
    return byValue;
  };
  // The jitffi function `name` taking `params` and returning `result`, or
  // null when this build cannot pass structs by value.
  const jstructFunc = (name, params, result) => {
    const probe = byValueProbe();
    if (!probe.ok) return null;
    if (name === 'add_point') return probe.add_point;
    try {
      return lib.getFunction(name, { arguments: params, return: result });
    } catch (err) {
      throw new Error(`${name}: this build of jitffi passes Point by value, but not this signature: ${err.message}`, { cause: err });
    }
  };
  const sameFields = (r, expected) => r !== null && typeof r === 'object' &&
    Object.keys(r).join() === Object.keys(expected).join() &&
    Object.keys(expected).every((k) => Object.is(r[k], expected[k]));
  function byValueCase(id, title, name, T, KT, A, B, js) {
    const sum = Object.fromEntries(Object.keys(A).map((k) => [k, A[k] + B[k]]));
    const check = (r) => sameFields(r, sum);
    const mode = (f) => ({ ctx: { f, A, B }, expr: 'f(A, B)', check });
    return {
      id,
      title,
      group: 'call',
      modes: {
        jitffi: () => {
          const f = jstructFunc(name, [T, T], T);
          return f ? mode(f) : noByValue;
        },
        napi: () => mode(refs[name]),
        empty: () => ({ ctx: { f: refs.empty, A, B }, expr: 'f(A, B)', check: () => true }),
        js: () => mode(js),
        koffi: () => {
          if (noKoffi) return noKoffi;
          const K = kstruct(KT);
          return mode(klib.func(name, K, [K, K]));
        },
      },
    };
  }
  cases.push(byValueCase('struct_add', 'add_point(Point, Point): 16-byte structs by value, in registers', 'add_point',
    Point, { x: 'double', y: 'double' }, { x: 1.5, y: -2.25 }, { x: 0.25, y: 8 },
    (a, b) => ({ x: a.x + b.x, y: a.y + b.y })));
  cases.push(byValueCase('struct_big', 'big_add(Big32, Big32): 32-byte structs by value, in memory', 'big_add',
    Big32, { a: 'double', b: 'double', c: 'double', d: 'double' },
    { a: 1.5, b: -2.25, c: 1e6, d: 0.125 }, { a: 0.25, b: 8, c: -3.5, d: 2 ** 40 },
    (p, q) => ({ a: p.a + q.a, b: p.b + q.b, c: p.c + q.c, d: p.d + q.d })));

  // struct_read: a 5-field struct in static C memory, decoded through its
  // address. record_init (a scalar call) fills it with values chosen here,
  // so the C compiler's layout is what every mode must read; the stamp is
  // past 2^53, so that koffi, like the others, returns a bigint.
  const hasRead = hasStructs && typeof ffi.read === 'function';
  const RECORD = { id: -123456, x: 0.1, y: -1e300, flag: 0xa5, stamp: -0x123456789abcdefn };
  const Record = struct({ id: 'i32', x: 'f64', y: 'f64', flag: 'u8', stamp: 'i64' }, 'Record');
  let recordAddress;
  const recordPointer = () => {
    if (recordAddress === undefined) {
      const { id, x, y, flag, stamp } = RECORD;
      recordAddress = jfunc('record_init')(id, x, y, flag, stamp);
    }
    return recordAddress;
  };
  const readCheck = (r) => sameFields(r, RECORD);
  // Plain JS: the same fields from a DataView over a copy of the same bytes,
  // at the offsets of the C layout.
  const readRecordJs = (d) => ({
    id: d.getInt32(0, true),
    x: d.getFloat64(8, true),
    y: d.getFloat64(16, true),
    flag: d.getUint8(24),
    stamp: d.getBigInt64(32, true),
  });
  cases.push({
    id: 'struct_read',
    title: 'read a 5-field struct (i32, f64, f64, u8, i64) through a pointer',
    group: 'call',
    modes: {
      jitffi: () => (hasRead
        ? { ctx: { f: ffi.read, P: recordPointer(), T: Record }, expr: 'f(P, T)', check: readCheck }
        : { skip: 'ffi.read is not available in this build' }),
      napi: () => ({ ctx: { f: refs.read_record, P: recordPointer() }, expr: 'f(P)', check: readCheck }),
      empty: () => ({ ctx: { f: refs.empty, P: recordPointer() }, expr: 'f(P)', check: () => true }),
      js: memo(() => {
        const bytes = ffi.toBuffer(recordPointer(), 40);
        const D = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
        return { ctx: { f: readRecordJs, D }, expr: 'f(D)', check: readCheck };
      }),
      koffi: () => noKoffi || {
        ctx: { k: koffi, P: recordPointer(), T: kstruct({ id: 'int32_t', x: 'double', y: 'double', flag: 'uint8_t', stamp: 'int64_t' }) },
        expr: 'k.decode(P, T)',
        check: readCheck,
      },
    },
  });

  // An asynchronous round trip of a trivial function: the call runs on
  // libuv's pool and each is awaited before the next. koffi's `.async`
  // takes a Node-style callback, which a promise wraps here, as a user
  // awaiting it would.
  const asyncMode = (make) => () => ({ ...make(), async: true, check: (r) => r === 7 });
  cases.push({
    id: 'async_call',
    title: 'add_i32 asynchronously (fn.async), awaited',
    group: 'async',
    modes: {
      jitffi: () => {
        const f = jfunc('add_i32');
        if (typeof f.async !== 'function') return { skip: 'no asynchronous calls in this ffi' };
        return asyncMode(() => ({ ctx: { f }, expr: 'f.async(i, 7)' }))();
      },
      koffi: () => noKoffi || asyncMode(() => {
        const k = kfunc('add_i32');
        const f = (a, b) => new Promise((resolve, reject) => k.async(a, b, (e, r) => (e ? reject(e) : resolve(r))));
        return { ctx: { f }, expr: 'f(i, 7)' };
      })(),
      napi: () => ({ skip: 'no hand-written asynchronous reference' }),
      empty: () => ({ skip: 'not a synchronous call' }),
      js: () => ({ skip: 'no plain-JS equivalent' }),
    },
  });

  // libc qsort of qsortSize int32 with a JS comparator: one sort per batch.
  const N = env.options.qsortSize;
  const SOURCE = randomInt32s(N);
  const expectedSorted = SOURCE.slice().sort();
  const sortedOk = (arr) => () => arr.length === N && isSorted(arr) && arr[0] === expectedSorted[0];
  const qsortMode = (make) => () => {
    const arr = new Int32Array(N);
    const m = make(arr);
    return { ...m, prepare: () => arr.set(SOURCE), check: sortedOk(arr) };
  };
  cases.push({
    id: 'qsort',
    title: `libc qsort of ${N} int32 with a JS comparator`,
    group: 'qsort',
    iterations: 1,
    modes: {
      jitffi: qsortMode((arr) => {
        const { getInt32 } = ffi;
        const comparator = hasMemory
          ? (a, b) => cmp(getInt32(a), getInt32(b))
          : null;
        if (!comparator) return noMemory;
        const C = lib.registerCallback({ arguments: ['pointer', 'pointer'], return: 'i32' }, comparator);
        const q = libc.getFunction('qsort', QSORT_SIGNATURE);
        return { ctx: { q, A: arr, P: ffi.getRawPointer(arr), N: BigInt(N), C }, expr: 'q(P, N, 4n, C)' };
      }),
      napi: qsortMode((arr) => ({ ctx: { q: refs.qsort, A: arr, C: cmp }, expr: 'q(A, C)' })),
      js: qsortMode((arr) => ({ ctx: { A: arr, C: cmp }, expr: 'A.sort(C)' })),
      koffi: qsortMode((arr) => {
        if (noKoffi) return noKoffi;
        const T = koffi.type('int32_t');
        const C = koffi.register((a, b) => cmp(koffi.decode(a, T), koffi.decode(b, T)), koffi.pointer(kc.SortCallback));
        return { ctx: { q: kc.qsort, A: arr, N, C }, expr: 'q(A, N, 4, C)' };
      }),
      empty: () => ({ skip: 'not a single call' }),
    },
  });

  // The argument-count sweep: argsN(i32 × N) for N = 1..16.
  for (let n = 1; n <= SWEEP_MAX; n++) {
    const name = `args${n}`;
    const args = argList(n);
    const expected = (n * (n - 1)) / 2;
    cases.push({
      id: `sweep${n}`,
      title: `args${n}: ${n} int32 argument${n > 1 ? 's' : ''}`,
      group: 'sweep',
      argc: n,
      modes: {
        jitffi: () => ({ ctx: { f: jfunc(name) }, expr: `f(${args})`, check: (r) => r === expected }),
        napi: () => ({ ctx: { f: refs.args }, expr: `f(${args})`, check: (r) => r === expected }),
        empty: () => ({ ctx: { f: refs.empty }, expr: `f(${args})`, check: () => true }),
        js: () => ({ skip: 'not measured in the sweep' }),
        koffi: () => ({ skip: 'not measured in the sweep' }),
      },
    });
  }
  cases.push(xthread); // last: see crossThread
  return cases;
}

module.exports = { makeCases, MODES, MODE_LABELS, SIGNATURES };
