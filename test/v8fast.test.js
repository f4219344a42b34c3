'use strict';
// The v8fast tier (docs/jit.md#the-v8fast-tier): fast-tier stubs made V8
// fast API functions, on the V8 versions where jitffi uses the fast API.
// Runs in both modes; most checks need compiled mode on such a V8 and say
// so when they skip.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { spawnSync } = require('node:child_process');
const { ffi, fixturePath } = require('./helpers');

const internals = ffi[Symbol.for('jitffi.internals')];
const v8Major = Number(process.versions.v8.split('.')[0]);
const jit = internals.stats().mode === 'jit';
const forcedOff = process.env.JITFFI_TIER === 'fast';
const fastApi = internals.v8Api().fastApi;
const on = jit && fastApi === 'v8';
// Whether typed functions are made, and bound functions (not on Windows
// x64, where the target cannot be V8's fast C function).
const typed = on && internals.v8Api().fastApiTyped === 'v8';
const bound = typed && process.platform !== 'win32';
const root = path.join(__dirname, '..');

// A new JS function that calls `fn` with `n` arguments (by default its
// declared number), for V8 to optimise with code and feedback of its own
// (its source is unique, so V8 shares nothing with an earlier caller),
// defined in every child script.
const CALLER_OF = `let callerCount = 0;
const callerOf = (fn, n = fn.length) => {
  const names = Array.from({ length: n }, (_, i) => 'a' + i).join(', ');
  return new Function('fn', '// caller ' + callerCount++ + '\\nreturn (' + names + ') => fn(' + names + ')')(fn);
};`;

// Runs `script` in a child with `flags`, the v8fast counting hook on, and
// returns its last stdout line as JSON.
function child(script, flags = [], env = {}) {
  const r = spawnSync(process.execPath, [...flags, '-e', `${CALLER_OF}\n${script}`], {
    encoding: 'utf8', timeout: 60000, env: { ...process.env, JITFFI_COUNT_V8FAST: '1', ...env },
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

describe('which V8 gets the v8fast tier', () => {
  it('V8 13 and 14 use the fast API unless JITFFI_TIER=fast; older ones say why not', () => {
    if (forcedOff) assert.equal(fastApi, 'JITFFI_TIER=fast');
    else if (v8Major === 13 || v8Major === 14) assert.equal(fastApi, 'v8');
    else if (v8Major < 13) assert.match(fastApi, /does not let a fast call re-enter JS/);
    else assert.match(fastApi, /newer than the versions/);
  });

  it('functions of fast-tier signatures take it, but not those that take a callback; callbacks and other tiers do not', () => {
    const { lib, functions: f } = ffi.dlopen(fixturePath(), {
      add_i32: { result: 'i32', parameters: ['i32', 'i32'] },
      add_i64: { result: 'i64', parameters: ['i64', 'i64'] },
      string_length: { result: 'u64', parameters: ['string'] },
      sum_buffer: { result: 'u64', parameters: ['buffer', 'u64'] },
      call_i32_cb: { result: 'i32', parameters: ['function', 'i32'] },
    });
    const fastPath = !jit ? 'interp' : on ? 'v8fast' : 'fast';
    assert.equal(internals.pathOf(f.add_i32), fastPath);
    assert.equal(internals.pathOf(f.add_i64), fastPath);
    assert.equal(internals.pathOf(f.string_length), fastPath);
    assert.equal(internals.pathOf(f.sum_buffer), jit ? 'general' : 'interp');
    // A callback run from a V8 fast call costs more than the whole fast-tier call.
    assert.equal(internals.pathOf(f.call_i32_cb), jit ? 'fast' : 'interp');
    lib.close();
  });
});

describe('the fast API is entered', () => {
  const script = (opt) => `
    const ffi = require(${JSON.stringify(root)});
    const internals = ffi[Symbol.for('jitffi.internals')];
    const { lib, functions: f } = ffi.dlopen(${JSON.stringify(fixturePath())}, {
      add_i32: { result: 'i32', parameters: ['i32', 'i32'] },
    });
    const add = f.add_i32;
    const errorOf = (args) => { try { add(...args); return null; } catch (e) { return [e.constructor.name, e.code, e.message]; } };
    const bad = [[1.5, 2], [-0, 2], [NaN, 2], [2 ** 31, 2], ['1', 2], [1], [1, 2, 3]];
    const before = bad.map(errorOf);
    const counted = () => internals.stats().v8fastCalls;
    ${opt ? '%PrepareFunctionForOptimization(add);' : ''}
    const r1 = add(1, 2) + add(3, 4);
    const slowCalls = counted();
    ${opt ? '%OptimizeFunctionOnNextCall(add);' : ''}
    const r2 = add(20, 22);
    const fastCalls = counted() - slowCalls;
    const after = bad.map(errorOf);
    const r3 = add(-7, 7);
    lib.close();
    const closed = errorOf([1, 2]);
    console.log(JSON.stringify({ path: internals.pathOf(add), r1, r2, r3, slowCalls, fastCalls, before, after, closed }));
  `;

  it('by optimised code (%OptimizeFunctionOnNextCall), not by unoptimised code', { skip: !on && 'no v8fast tier here' }, () => {
    const o = child(script(true), ['--allow-natives-syntax']);
    assert.equal(o.path, 'v8fast');
    assert.deepEqual([o.r1, o.r2, o.r3], [10, 42, 0]);
    assert.equal(o.slowCalls, 0, 'unoptimised calls go through the slow callback');
    assert.ok(o.fastCalls >= 1, 'the optimised call entered the fast C function');
  });

  it('after optimisation, bad arguments and a closed library throw what they threw before', { skip: !on && 'no v8fast tier here' }, () => {
    const o = child(script(true), ['--allow-natives-syntax']);
    assert.ok(o.before.every((e) => e !== null));
    assert.deepEqual(o.after, o.before);
    assert.deepEqual(o.closed, ['Error', 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed']);
  });

  const hotLoop = (flags) => child(`
    const ffi = require(${JSON.stringify(root)});
    const internals = ffi[Symbol.for('jitffi.internals')];
    const { functions: f } = ffi.dlopen(${JSON.stringify(fixturePath())}, { add_i32: { result: 'i32', parameters: ['i32', 'i32'] } });
    let s = 0;
    for (let i = 0; i < 2e6; i++) s = (s + f.add_i32(i, 1)) | 0;
    console.log(JSON.stringify({ s, calls: internals.stats().v8fastCalls }));
  `, flags);
  let hotSum = 0;
  for (let i = 0; i < 2e6; i++) hotSum = (hotSum + i + 1) | 0;

  it('a hot loop is optimised by V8 itself and enters it too', { skip: !on && 'no v8fast tier here' }, () => {
    const o = hotLoop([]);
    assert.equal(o.s, hotSum);
    assert.ok(o.calls > 1e6, `${o.calls} of 2e6 calls were fast calls`);
  });

  // docs/jit.md says that only TurboFan makes fast calls, and what a call
  // costs when it is not made fast.
  it('by TurboFan only: Maglev code runs the slow callback, with the same results', { skip: !on && 'no v8fast tier here' }, () => {
    const o = hotLoop(['--no-turbofan']);
    assert.equal(o.s, hotSum);
    assert.equal(o.calls, 0);
  });

  it('with JITFFI_TIER=fast, optimised code never enters it', { skip: !on && 'no v8fast tier here' }, () => {
    const o = child(script(true), ['--allow-natives-syntax'], { JITFFI_TIER: 'fast' });
    assert.equal(o.path, 'fast');
    assert.equal(o.r2, 42);
    assert.equal(o.fastCalls, 0);
    assert.deepEqual(o.after, o.before);
  });

  // A C function may call a callback it was given earlier (the ones that
  // take a callback keep the fast tier): it runs JS, which allocates and
  // collects, inside the fast call.
  it('a callback run by C during a fast call runs as during any call', { skip: !on && 'no v8fast tier here' }, () => {
    const o = child(`
      const ffi = require(${JSON.stringify(root)});
      const internals = ffi[Symbol.for('jitffi.internals')];
      const { lib, functions: f } = ffi.dlopen(${JSON.stringify(fixturePath())}, {
        store_i32_cb: { result: 'void', parameters: ['function'] },
        call_stored_i32_cb: { result: 'i32', parameters: ['i32'] },
      });
      const cb = lib.registerCallback({ result: 'i32', parameters: ['i32'] }, (x) => { const a = [x]; a.push({ y: x }); return a[1].y + 1; });
      f.store_i32_cb(cb);
      let s = 0;
      for (let i = 0; i < 3e5; i++) s = (s + f.call_stored_i32_cb(i)) | 0;
      if (typeof gc === 'function') gc();
      console.log(JSON.stringify({ s, path: internals.pathOf(f.call_stored_i32_cb), calls: internals.stats().v8fastCalls }));
    `, ['--expose-gc']);
    let s = 0;
    for (let i = 0; i < 3e5; i++) s = (s + i + 1) | 0;
    assert.equal(o.s, s);
    assert.equal(o.path, 'v8fast');
    assert.ok(o.calls > 1e5, `${o.calls} fast calls`);
  });
});

describe('typed functions', () => {

  it('are made where V8\'s type information checks out (V8 13 and 14)', { skip: !on && 'no v8fast tier here' }, () => {
    assert.equal(internals.v8Api().fastApiTyped, 'v8');
  });

  // For each value the wrapper is called once unoptimised (the slow
  // callback, then the slots: the oracle), then optimised, which must
  // enter the typed function exactly once and give the same result
  // (Object.is: -0 and NaN included).
  it('pass every scalar type and its edge values exactly, and enter the typed function', { skip: !typed && 'no typed functions here' }, () => {
    const o = child(`
      const ffi = require(${JSON.stringify(root)});
      const internals = ffi[Symbol.for('jitffi.internals')];
      const F32 = Math.fround;
      const cases = {
        id_i8: ['i8', 'i8', [0, -1, 127, -128, -0]],
        id_u8: ['u8', 'u8', [0, 1, 255]],
        id_bool: ['bool', 'bool', [0, 1, 255]],
        id_char: ['char', 'char', [0, 65, 127]],
        id_i16: ['i16', 'i16', [-32768, 32767, -2]],
        id_u16: ['u16', 'u16', [0, 65535]],
        id_i32: ['i32', 'i32', [0, -1, 2147483647, -2147483648]],
        id_u32: ['u32', 'u32', [0, 2147483648, 4294967295]],
        id_i64: ['i64', 'i64', [0n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 5]],
        id_u64: ['u64', 'u64', [0n, 2n ** 64n - 1n, 2n ** 63n, 7]],
        id_f32: ['f32', 'f32', [0, -0, 0.1, F32(0.1), 1e40, -1e-46, NaN, Infinity, 3.4028235677973366e38]],
        id_f64: ['f64', 'f64', [0, -0, 0.1, Number.MIN_VALUE, NaN, -Infinity, 1.7976931348623157e308]],
        id_ptr: ['pointer', 'pointer', [0n, 2n ** 64n - 1n, 0x1234n, null, undefined]],
        widen_i8: ['i8', 'i64', [-128, 127]],
        widen_u16: ['u16', 'i64', [65535]],
        widen_u32: ['u32', 'i64', [4294967295]],
      };
      const lib = new ffi.DynamicLibrary(${JSON.stringify(fixturePath())});
      const out = [];
      // How many typed functions were made of a target itself (direct),
      // and how many functions users hold are V8 functions (bound).
      const made = () => [internals.stats().v8fastDirect, internals.stats().v8fastBound];
      const get = (name, parameters, result) => {
        const [d, b] = made();
        const fn = lib.getFunction(name, { parameters, result });
        const [d2, b2] = made();
        return { fn, direct: d2 - d, bound: b2 - b };
      };
      for (const [name, [param, result, values]] of Object.entries(cases)) {
        const { fn, direct, bound } = get(name, [param], result);
        for (const v of values) {
          // A caller of its own, which V8 optimises: a bound function is a
          // V8 function, not JS (a JS wrapper is inlined into it).
          const call = callerOf(fn);
          %PrepareFunctionForOptimization(call);
          const slow = call(v);
          const before = internals.stats().v8fastCalls;
          %OptimizeFunctionOnNextCall(call);
          const fast = call(v);
          const entered = internals.stats().v8fastCalls - before;
          out.push({ name, v: String(v), slow: String(slow), same: Object.is(slow, fast), entered, path: internals.pathOf(fn), direct, bound });
        }
      }
      const { fn: noop, direct, bound } = get('noop', [], 'void');
      const count = lib.getFunction('noop_count', { parameters: [], result: 'i32' });
      const call = callerOf(noop);
      %PrepareFunctionForOptimization(call);
      const r1 = call();
      const before = internals.stats().v8fastCalls;
      %OptimizeFunctionOnNextCall(call);
      const r2 = call();
      out.push({ name: 'noop', v: '', slow: String(r1), same: r2 === undefined, entered: internals.stats().v8fastCalls - before, path: internals.pathOf(noop), calls: count(), direct, bound });
      console.log(JSON.stringify(out));
    `, ['--allow-natives-syntax', '--no-lazy-feedback-allocation']);
    // Targets of float arguments only (or none), whose results V8 reads as
    // C returns them, are V8's fast C functions themselves (not on Windows
    // x64, whose receiver would move the first float); those that return a
    // float are bound functions instead, whose wrappers call the typed
    // function (a direct function is made for them only past the limit of
    // bound functions, see below).
    const win = process.platform === 'win32';
    const boundNames = new Set(win ? [] : ['id_f32', 'id_f64']);
    const directNames = new Set(win ? [] : ['noop']);
    for (const r of o) {
      assert.equal(r.path, 'v8fast', r.name);
      assert.ok(r.same, `${r.name}(${r.v}): the optimised call gave another result than ${r.slow}`);
      assert.equal(r.entered, 1, `${r.name}(${r.v}) entered the fast C function ${r.entered} times`);
      assert.equal(r.bound, boundNames.has(r.name) ? 1 : 0, `${r.name}: a bound function`);
      assert.equal(r.direct, directNames.has(r.name) ? 1 : 0, `${r.name}: made of the target itself`);
    }
    const noop = o.pop();
    assert.equal(noop.slow, 'undefined');
    assert.equal(noop.calls, 2, 'each call of a void function ran it once');
  });

  it('of many parameters and mixed types agree with the slots', { skip: !typed && 'no typed functions here' }, () => {
    const o = child(`
      const ffi = require(${JSON.stringify(root)});
      const internals = ffi[Symbol.for('jitffi.internals')];
      const { functions: f } = ffi.dlopen(${JSON.stringify(fixturePath())}, {
        mixed6: { result: 'f64', parameters: ['i32', 'f64', 'i32', 'f64', 'i32', 'f64'] },
        mixed16: { result: 'f64', parameters: ['i32', 'f64', 'i64', 'f32', 'i32', 'f64', 'i64', 'f64', 'i32', 'f64', 'f32', 'i64', 'f64', 'i32', 'f32', 'f64'] },
        weighted16_i64: { result: 'i64', parameters: Array(16).fill('i64') },
      });
      const args = {
        mixed6: [1, 2.5, -3, 4.25, 5, -6.125],
        mixed16: [-1, 2.5, -3n, 0.75, 200, -300.5, 60000n, 4e9, -8, 9.5, 10.25, -11n, 12.125, 13, 14.5, 15.75],
        weighted16_i64: Array.from({ length: 16 }, (_, i) => BigInt(i * 1000 - 7000)),
      };
      const out = [];
      for (const [name, a] of Object.entries(args)) {
        const fn = f[name];
        %PrepareFunctionForOptimization(fn);
        const slow = fn(...a);
        const before = internals.stats().v8fastCalls;
        %OptimizeFunctionOnNextCall(fn);
        const fast = fn(...a);
        out.push({ name, slow: String(slow), same: Object.is(slow, fast), entered: internals.stats().v8fastCalls - before });
      }
      console.log(JSON.stringify(out));
    `, ['--allow-natives-syntax']);
    for (const r of o) {
      assert.ok(r.same, `${r.name}: the optimised call gave another result than ${r.slow}`);
      assert.equal(r.entered, 1, `${r.name} entered the typed function ${r.entered} times`);
    }
  });
});

// Where the target itself can be V8's fast C function, the function users
// hold is a V8 function (native/src/exports/bound.rs): optimised callers
// call C directly, and every other call is forwarded to the JS wrapper.
describe('bound functions', () => {

  it('throw what they threw before optimisation, and a closed library\'s error from the fast call itself', { skip: !bound && 'no bound functions here' }, () => {
    const o = child(`
      const ffi = require(${JSON.stringify(root)});
      const internals = ffi[Symbol.for('jitffi.internals')];
      const counted = () => internals.stats().v8fastCalls;
      const bound = internals.stats().v8fastBound;
      const { lib, functions: f } = ffi.dlopen(${JSON.stringify(fixturePath())}, {
        add_f64: { result: 'f64', parameters: ['f64', 'f64'] },
        id_f32: { result: 'f32', parameters: ['f32'] },
      });
      const made = internals.stats().v8fastBound - bound;
      const add = f.add_f64;
      const errorOf = (g, args) => { try { g(...args); return null; } catch (e) { return [e.constructor.name, e.code, e.message]; } };
      const optimised = (g, args) => {
        %PrepareFunctionForOptimization(g);
        errorOf(g, args);
        %OptimizeFunctionOnNextCall(g);
        return g;
      };
      // Wrong counts and types, each from an optimised caller of its own.
      const bad = [[], [1], [1, 2, 3], [1, 2, undefined], ['1', 2], [1, undefined], [1n, 2], [true, 2], [1, {}], [null, 2]];
      const before = bad.map((a) => errorOf(add, a));
      const after = bad.map((a) => errorOf(optimised(callerOf(add, a.length), a), a));
      // A caller optimised on numbers, then given other values.
      const call = optimised(callerOf(add), [1, 2]);
      let c = counted();
      const sum = call(1.5, 2.25);
      const entered = counted() - c;
      const edges = [[-0, -0], [NaN, 1], [Infinity, -Infinity], [Number.MIN_VALUE, 0]].map((a) => [call(...a), add(...a), a[0] + a[1]]);
      const changed = bad.filter((a) => a.length === 2).map((a) => errorOf(call, a));
      const id = optimised(callerOf(f.id_f32), [1]);
      id(0.5);
      // Optimised again, then the library closes.
      const again = optimised(callerOf(add), [1, 2]);
      again(3, 4);
      lib.close();
      c = counted();
      const closed = [errorOf(again, [1, 2]), errorOf(id, [1]), errorOf(add, [1, 2])];
      const closedEntered = counted() - c;
      console.log(JSON.stringify({
        made, path: internals.pathOf(add), sum, entered, edges: edges.map((e) => e.map(String)),
        same: edges.every(([x, y, z]) => Object.is(x, y) && Object.is(x, z)),
        before, after, changed, changedBefore: before.filter((_, i) => bad[i].length === 2), closed, closedEntered,
      }));
    `, ['--allow-natives-syntax', '--no-lazy-feedback-allocation']);
    assert.equal(o.made, 2, 'add_f64 and id_f32 are bound functions');
    assert.equal(o.path, 'v8fast');
    assert.equal(o.sum, 3.75);
    assert.equal(o.entered, 1, 'the optimised call entered the fast C function');
    assert.ok(o.same, `edge values: ${JSON.stringify(o.edges)}`);
    assert.ok(o.before.every((e) => e !== null && e[1] === 'ERR_INVALID_ARG_VALUE'), JSON.stringify(o.before));
    assert.deepEqual(o.after, o.before);
    assert.deepEqual(o.changed, o.changedBefore);
    const closedError = ['Error', 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed'];
    assert.deepEqual(o.closed, [closedError, closedError, closedError]);
    // The two optimised callers' calls entered the fast C function, which
    // threw; the direct call of the unoptimised script went the slow way.
    assert.equal(o.closedEntered, 2);
  });
});

describe('bound functions past the limit', () => {

  // V8 keeps every function a template made for the context's life, so an
  // environment makes at most 1024 functions per C function (bound or
  // direct, native/src/exports/bound.rs); past that, the wrapper is the
  // function users hold and calls the typed function, and calls give the
  // same results and errors.
  it('give way to wrappers, optimised or not', { skip: !bound && 'no bound functions here' }, () => {
    const o = child(`
      const ffi = require(${JSON.stringify(root)});
      const internals = ffi[Symbol.for('jitffi.internals')];
      const sig = { result: 'f64', parameters: ['f64', 'f64'] };
      const kinds = [];
      let last;
      for (let k = 0; k < 1030; k++) {
        const lib = new ffi.DynamicLibrary(${JSON.stringify(fixturePath())});
        last = lib.getFunction('add_f64', sig);
        kinds.push(Function.prototype.toString.call(last).includes('[native code]'));
      }
      const call = callerOf(last);
      %PrepareFunctionForOptimization(call);
      const slow = call(1.5, 2);
      %OptimizeFunctionOnNextCall(call);
      const before = internals.stats().v8fastCalls;
      const fast = call(2.5, 2);
      const entered = internals.stats().v8fastCalls - before;
      let error = null;
      try { last(1); } catch (e) { error = e.message; }
      const { v8fastBound, v8fastDirect } = internals.stats();
      console.log(JSON.stringify({ native: kinds.filter(Boolean).length, firstJs: kinds.indexOf(false), v8fastBound, v8fastDirect, slow, fast, entered, error, path: internals.pathOf(last) }));
    `, ['--allow-natives-syntax', '--no-lazy-feedback-allocation']);
    assert.deepEqual(o, {
      native: 1024, firstJs: 1024, v8fastBound: 1024, v8fastDirect: 0, slow: 3.5, fast: 4.5, entered: 1,
      error: 'Invalid argument count: expected 2, got 1', path: 'v8fast',
    });
  });
});

describe('the lifetime of bound functions', () => {

  // V8 keeps a bound function for the environment's life, and the function
  // keeps its library: a library dropped without close() stays loaded, and
  // close() unloads it (a private copy of the fixture shows which).
  it('keep a library dropped without close() loaded; close() unloads it', { skip: !bound && 'no bound functions here' }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-bound-'));
    try {
      const copies = ['dropped', 'closed'].map((name) => {
        const p = path.join(dir, `libfixture-${name}.so`);
        fs.copyFileSync(fixturePath(), p);
        return p;
      });
      const o = child(`
        const ffi = require(${JSON.stringify(root)});
        const fs = require('node:fs');
        const internals = ffi[Symbol.for('jitffi.internals')];
        const mapped = (p) => fs.readFileSync('/proc/self/maps', 'utf8').includes(p);
        let collected = 0;
        const registry = new FinalizationRegistry(() => { collected++; });
        const use = (p, close) => {
          const lib = new ffi.DynamicLibrary(p);
          const fn = lib.getFunction('add_f64', { parameters: ['f64', 'f64'], result: 'f64' });
          const r = fn(40, 2.5);
          registry.register(lib);
          registry.register(fn);
          if (close) lib.close();
          return r;
        };
        (async () => {
          const results = [use(${JSON.stringify(copies[0])}, false), use(${JSON.stringify(copies[1])}, true)];
          for (let i = 0; i < 10; i++) { gc(); await new Promise((r) => setTimeout(r, 10)); }
          console.log(JSON.stringify({
            results, collected, bound: internals.stats().v8fastBound,
            dropped: mapped(${JSON.stringify(copies[0])}), closed: mapped(${JSON.stringify(copies[1])}),
          }));
        })();
      `, ['--expose-gc']);
      // Nothing is collected: V8 keeps the bound functions, and a function
      // keeps its library object, as every wrapper does.
      assert.deepEqual(o, { results: [42.5, 42.5], collected: 0, bound: 2, dropped: true, closed: false });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The deadlock check of blocking thread-safe callbacks needs synchronous
// calls counted; typed fast calls count only once the environment has
// registered one (docs/jit.md). A callback run inside the call reads the
// count, in a child of its own (the switch stays on).
describe('the count of synchronous calls in typed fast calls', () => {

  it('starts when a blocking thread-safe callback is registered, in code optimised before', { skip: !typed && 'no typed functions here' }, () => {
    const o = child(`
      const ffi = require(${JSON.stringify(root)});
      const internals = ffi[Symbol.for('jitffi.internals')];
      const { lib, functions: f } = ffi.dlopen(${JSON.stringify(fixturePath())}, {
        store_i32_cb: { result: 'void', parameters: ['function'] },
        call_stored_i32_cb: { result: 'i32', parameters: ['i32'] },
        call_stored_i32_cb_f64: { result: 'f64', parameters: ['f64'] },
      });
      // The callback returns the count it sees.
      const cb = lib.registerCallback({ result: 'i32', parameters: ['i32'] }, () => internals.stats().syncCalls);
      f.store_i32_cb(cb);
      // A typed function, and a target that is V8's fast C function itself.
      const calls = { typed: f.call_stored_i32_cb, direct: f.call_stored_i32_cb_f64 };
      // Each is called from a caller of its own, which V8 optimises.
      const callers = Object.fromEntries(Object.entries(calls).map(([k, fn]) => [k, callerOf(fn)]));
      const run = (call) => {
        %PrepareFunctionForOptimization(call);
        const slow = call(1);
        %OptimizeFunctionOnNextCall(call);
        const before = internals.stats().v8fastCalls;
        const fast = call(2);
        return { slow, fast, entered: internals.stats().v8fastCalls - before };
      };
      const each = (f) => Object.fromEntries(Object.entries(callers).map(([k, call]) => [k, f(call)]));
      const out = { before: each(run) };
      lib.registerCallback({ result: 'void', parameters: ['i32'], threadsafe: 'nonblocking' }, () => {});
      out.nonblocking = each((call) => call(3));
      lib.registerCallback({ result: 'i32', parameters: ['i32'], threadsafe: true }, (x) => x);
      out.next = each((call) => call(4));
      out.after = each(run);
      out.outside = internals.stats().syncCalls;
      lib.close();
      console.log(JSON.stringify(out));
    `, ['--allow-natives-syntax', '--no-lazy-feedback-allocation']);
    // The slow callback (the stub) always counts; the fast C function only
    // after the blocking callback, from the next call on (code optimised
    // before is not run again as it was).
    const both = (v) => ({ typed: v, direct: v });
    assert.deepEqual(o.before, both({ slow: 1, fast: 0, entered: 1 }));
    assert.deepEqual(o.nonblocking, both(0));
    assert.deepEqual(o.next, both(1));
    assert.deepEqual(o.after, both({ slow: 1, fast: 1, entered: 1 }));
    assert.equal(o.outside, 0);
  });
});

describe('the suites with the tier forced off', () => {
  // The default run covers the tier on; these files run again without it.
  for (const file of ['calls.test.js', 'fuzz.test.js', 'random-signatures.test.js', 'conformance.test.js']) {
    it(`${file} with JITFFI_TIER=fast`, { skip: (!on || forcedOff) && 'no v8fast tier here', timeout: 600000 }, () => {
      const env = { ...process.env, JITFFI_TIER: 'fast' };
      delete env.NODE_TEST_CONTEXT;
      const r = spawnSync(process.execPath, ['--test', path.join(__dirname, file)], { env, encoding: 'utf8', timeout: 600000 });
      assert.equal(r.status, 0, r.stdout.slice(-4000) + r.stderr);
      assert.match(r.stdout, /^(# |ℹ )fail 0\b/m);
    });
  }
});
