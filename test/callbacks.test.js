'use strict';
// Callbacks: every type at its boundaries (checked on the C side), mixed and
// 16-argument signatures, qsort, re-entrancy and recursion on both call
// tiers, registry lifetime (unregister, ref/unref, GC, close) and the abort
// rules, each abort in its own child process.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { ffi, fixturePath, assertThrowsCode, gc } = require('./helpers');
const { footprint } = require('./stress/footprint');

const internals = ffi[Symbol.for('jitffi.internals')];
const interp = process.env.JITFFI_MODE === 'interp';
const lib = new ffi.DynamicLibrary(fixturePath());
const fn = (name, parameters, result) => lib.getFunction(name, { parameters, result });

// One row per scalar type: its name and the identity signature's bounds.
const BOUNDS = ['i8', 'u8', 'bool', 'char', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64', 'ptr'];

describe('callback types', () => {
  for (const t of BOUNDS) {
    it(`${t}: an identity callback returns min, max and 0 unchanged (checked in C)`, () => {
      const type = t === 'ptr' ? 'pointer' : t;
      const seen = [];
      const cb = lib.registerCallback({ parameters: [type], result: type }, (v) => {
        seen.push(v);
        return v;
      });
      try {
        assert.equal(fn(`cb_bounds_${t}`, ['function'], 'i32')(cb), 0);
        assert.equal(seen.length, 3);
        const big = ['i64', 'u64', 'ptr'].includes(t);
        for (const v of seen) assert.equal(typeof v, big ? 'bigint' : 'number');
        if (t === 'i8') assert.deepEqual(seen, [-128, 127, 0]);
        if (t === 'u16') assert.deepEqual(seen, [0, 65535, 0]);
        if (t === 'i32') assert.deepEqual(seen, [-2147483648, 2147483647, 0]);
        if (t === 'u32') assert.deepEqual(seen, [0, 4294967295, 0]);
        if (t === 'i64') assert.deepEqual(seen, [-(2n ** 63n), 2n ** 63n - 1n, 0n]);
        if (t === 'u64') assert.deepEqual(seen, [0n, 2n ** 64n - 1n, 0n]);
        if (t === 'ptr') assert.deepEqual(seen, [1n, 2n ** 64n - 1n, 0n]);
        if (t === 'f64') assert.deepEqual(seen, [-Number.MAX_VALUE, Number.MAX_VALUE, 0]);
      } finally {
        lib.unregisterCallback(cb);
      }
    });
  }

  it('receives one argument of every type', () => {
    let args;
    const cb = lib.registerCallback({
      parameters: ['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64', 'pointer'],
      result: 'f64',
    }, (...a) => {
      args = a;
      return 0.5;
    });
    assert.equal(fn('call_mixed_cb', ['function'], 'f64')(cb), 0.5);
    assert.deepEqual(args, [-8, 200, -1600, 60000, -320000, 4000000000,
      -(1n << 40n), 1n << 63n, 1.5, 2.25, 0x1234n]);
  });

  it('handles 16 mixed arguments, more than fit in registers', () => {
    const cb = lib.registerCallback({
      parameters: ['i32', 'f64', 'i64', 'f64', 'i32', 'f64', 'i64', 'f64',
        'i32', 'f64', 'i64', 'f64', 'i32', 'f64', 'i64', 'f64'],
      result: 'f64',
    }, (...a) => a.reduce((s, v, i) => s + Number(v) * (i + 1), 0));
    const expected = [1, 2.5, 3, 4.5, 5, 6.5, 7, 8.5, 9, 10.5, 11, 12.5, 13, 14.5, 15, 16.5]
      .reduce((s, v, i) => s + v * (i + 1), 0);
    assert.equal(fn('call_cb16', ['function'], 'f64')(cb), expected);
  });

  it('defaults to void () without a signature', () => {
    let calls = 0;
    const cb = lib.registerCallback(() => { calls++; });
    fn('call_void_cb', ['function'], 'void')(cb);
    fn('call_void_cb', ['function'], 'void')(cb);
    assert.equal(calls, 2);
  });

  it('passes 64-bit and pointer values both ways', () => {
    const i64 = lib.registerCallback({ parameters: ['i64'], result: 'i64' }, (v) => v * 2n);
    assert.equal(fn('call_i64_cb', ['function', 'i64'], 'i64')(i64, -(2n ** 61n)), -(2n ** 62n));
    const ptr = lib.registerCallback({ parameters: ['pointer'], result: 'pointer' }, (v) => v + 1n);
    assert.equal(fn('call_ptr_cb', ['function', 'pointer'], 'pointer')(ptr, 41n), 42n);
    const nul = lib.registerCallback({ parameters: ['pointer'], result: 'pointer' }, () => null);
    assert.equal(fn('call_ptr_cb', ['function', 'pointer'], 'pointer')(nul, 41n), 0n);
  });
});

describe('qsort with a JS comparator', () => {
  it('sorts 10,000 int32 like Int32Array.prototype.sort', () => {
    const { lib: libc, functions: c } = ffi.dlopen(null, {
      qsort: { parameters: ['pointer', 'u64', 'u64', 'function'], result: 'void' },
    });
    const data = new Int32Array(10000);
    for (let i = 0; i < data.length; i++) data[i] = ((i * 2654435761) ^ (i >> 3)) | 0;
    const expected = Int32Array.from(data).sort();
    const base = fn('ptr_to_u64', ['buffer'], 'u64')(data);
    let calls = 0;
    const cmp = libc.registerCallback({ parameters: ['pointer', 'pointer'], result: 'i32' }, (a, b) => {
      calls++;
      const x = data[Number(a - base) >> 2];
      const y = data[Number(b - base) >> 2];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    c.qsort(data, BigInt(data.length), 4n, cmp);
    assert.ok(calls > data.length, `comparator ran ${calls} times`);
    assert.deepEqual(data, expected);
    libc.close();
  });
});

// Each JS -> C -> JS level costs about 2.4 KB of native stack (3.4 KB on
// the interpreted path, with libffi's frames), most of it in V8 and N-API,
// so V8's default 984 KiB stack limit alone stops recursion after about 400
// levels (about 290 interpreted). Once callbacks nest 32 deep on the main
// thread, jitffi moves V8's limit down to the middle of the thread's real
// stack (native/src/host/stack.rs): with the usual 8 MiB RLIMIT_STACK that is
// about 1,350-1,750 levels compiled and 1,180 interpreted. These tests go 1,000
// deep in this process; a child with JITFFI_KEEP_STACK_LIMIT=1 shows that
// the raise is what makes it work, and a worker (4 MiB stack, whose limit
// jitffi leaves to Node) goes 1,000 deep too.
const DEPTH = 1000;
const childScript = (body) => `
  const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
  const lib = new ffi.DynamicLibrary(${JSON.stringify(fixturePath())});
  ${body}
`;
function spawnChild(body, env = {}) {
  return spawnSync(process.execPath, ['-e', childScript(body)],
    { encoding: 'utf8', timeout: 60000, env: { ...process.env, ...env } });
}
function runChild(body) {
  const r = spawnChild(body);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  return r.stdout.trim();
}
// Both tiers DEPTH deep; `print` receives "DEPTH 5 DEPTH+1".
const deepBody = (print) => `
  const recurse = lib.getFunction('recurse_cb', { parameters: ['function', 'i32'], result: 'i32' });
  const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' },
    (n) => (n === 0 ? 0 : recurse(cb, n - 1) + 1));
  const after = lib.getFunction('strlen_after_cb', { parameters: ['string', 'function'], result: 'u64' });
  let depth = 0;
  const cb2 = lib.registerCallback(() => { if (depth++ < ${DEPTH}) after('abc', cb2); });
  ${print}([recurse(cb, ${DEPTH}), after('outer', cb2), depth].join(' '));
`;

describe('re-entrancy', () => {
  it(`recurses JS -> C -> JS ${DEPTH} deep on the fast tier`, () => {
    const recurse = fn('recurse_cb', ['function', 'i32'], 'i32');
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' },
      (n) => (n === 0 ? 0 : recurse(cb, n - 1) + 1));
    assert.equal(recurse(cb, DEPTH), DEPTH);
  });

  it(`recurses ${DEPTH} deep with short (JS-copied) and long (general-tier) strings that stay valid`, () => {
    const after = fn('strlen_after_cb', ['string', 'function'], 'u64');
    const lengths = [];
    let depth = 0;
    const cb = lib.registerCallback(() => {
      if (depth >= DEPTH) return;
      depth++;
      lengths.push(after('x'.repeat(depth % 290), cb));
    });
    const outer = 'outer string that must survive every nested call';
    assert.equal(after(outer, cb), BigInt(outer.length));
    assert.equal(lengths.length, DEPTH);
    // Innermost returns first: lengths[k] belongs to depth DEPTH - k.
    for (let k = 0; k < lengths.length; k++) assert.equal(lengths[k], BigInt((DEPTH - k) % 290));
  });

  it('nested calls fill the string area, then continue on the general tier', () => {
    // 14- and 15-character strings take 15.5 bytes of the 16 KiB area on
    // average: about 1,050 nested calls fit, the deeper ones are copied by
    // the general tier; every outer string must survive the inner calls.
    const after = fn('strlen_after_cb', ['string', 'function'], 'u64');
    const LEVELS = 1100;
    const lengths = [];
    let depth = 0;
    const cb = lib.registerCallback(() => {
      if (depth >= LEVELS) return;
      depth++;
      const s = String.fromCharCode(97 + (depth % 26)).repeat(14 + (depth % 2));
      lengths.push(after(s, cb));
    });
    assert.equal(after('o'.repeat(15), cb), 15n);
    assert.equal(lengths.length, LEVELS);
    for (let k = 0; k < LEVELS; k++) assert.equal(lengths[k], BigInt(14 + ((LEVELS - k) % 2)));
    // The area is empty again: a short string is copied by JS once more.
    assert.equal(after('abc', cb), 3n);
  });

  it(`two callbacks recurse into each other through both tiers, ${DEPTH} levels in all`, () => {
    const recurse = fn('recurse_cb', ['function', 'i32'], 'i32');
    const after = fn('strlen_after_cb', ['string', 'function'], 'u64');
    const trail = [];
    let level = 0;
    // odd levels: the i32 callback (fast tier) calls the general tier...
    const viaGeneral = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (n) => {
      level++;
      if (level < DEPTH) trail.push(after('y'.repeat(17 + (level % 100)), viaFast));
      return n + 1;
    });
    // ...even levels: the void callback (general tier) calls the fast tier.
    const viaFast = lib.registerCallback(() => {
      level++;
      if (level < DEPTH) trail.push(recurse(viaGeneral, level));
    });
    assert.equal(recurse(viaGeneral, 0), 1);
    assert.equal(level, DEPTH);
    assert.equal(trail.length, DEPTH - 1);
    // Innermost first: trail[k] was pushed at level DEPTH - 1 - k.
    for (let k = 0; k < trail.length; k++) {
      const at = DEPTH - 1 - k;
      assert.equal(trail[k], at % 2 === 1 ? BigInt(17 + (at % 100)) : at + 1);
    }
  });

  it(`JITFFI_KEEP_STACK_LIMIT=1 keeps V8's limit: ${DEPTH} levels then abort`, () => {
    // Control: the same child completes without the opt-out...
    assert.equal(runChild(deepBody('console.log')), `${DEPTH} 5 ${DEPTH + 1}`);
    // ...and with it, V8's default limit throws inside a callback.
    const r = spawnChild(deepBody('console.log'), { JITFFI_KEEP_STACK_LIMIT: '1' });
    assert.match(r.stderr, /Callbacks cannot throw an exception\n {2}\(the exception: Maximum call stack size exceeded\)/);
    assert.ok(r.status !== 0 || r.signal !== null, `exited cleanly: status ${r.status}`);
    assert.equal(r.stdout, '');
  });

  it('a --stack-size limit stays the user\'s, even after process.title changes', () => {
    // process.title overwrites the command line the OS shows; the decision
    // must come from process.execArgv. Measured with plain JS recursion
    // before and after a 40-deep callback chain.
    const body = `
      const jsDepth = () => { let n = 0; const f = () => { n++; f(); }; try { f(); } catch {} return n; };
      const before = jsDepth();
      process.title = 'renamed';
      const recurse = lib.getFunction('recurse_cb', { parameters: ['function', 'i32'], result: 'i32' });
      const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' },
        (n) => (n === 0 ? 0 : recurse(cb, n - 1) + 1));
      recurse(cb, 40);
      console.log(before, jsDepth());
    `;
    for (const size of [300, 3000]) {
      const r = spawnSync(process.execPath, [`--stack-size=${size}`, '-e', childScript(body)], { encoding: 'utf8', timeout: 60000 });
      assert.equal(r.stderr, '');
      const [before, after] = r.stdout.trim().split(' ').map(Number);
      assert.ok(before > 100 && Math.abs(after - before) < before * 0.1, `--stack-size=${size}: ${before} frames before, ${after} after`);
    }
    // Control: without the flag, the same chain raises the limit.
    const r = spawnSync(process.execPath, ['-e', childScript(body)], { encoding: 'utf8', timeout: 60000 });
    const [before, after] = r.stdout.trim().split(' ').map(Number);
    assert.ok(after > before * 2, `no raise without --stack-size: ${before} frames before, ${after} after`);
  });

  it('a vm timeout inside a callback ends it without aborting, and the string area recovers', () => {
    const vm = require('node:vm');
    const after = fn('strlen_after_cb', ['string', 'function'], 'u64');
    const spin = lib.registerCallback(() => { for (;;); });
    const ctx = vm.createContext({ after, spin });
    assert.throws(() => vm.runInContext('after("abcdef", spin)', ctx, { timeout: 100 }),
      { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' });
    // Compiled: the terminated call never gave its string's bytes back...
    if (!interp) assert.equal(internals.stringAreaTop(), 7);
    // ...the next outermost call starts from the bottom again.
    const noop = lib.registerCallback(() => {});
    assert.equal(after('xyz', noop), 3n);
    assert.equal(internals.stringAreaTop(), 0);
    lib.unregisterCallback(spin);
    lib.unregisterCallback(noop);
  });

  it('after process.exit(), a native exit handler\'s call of a callback runs no JS', () => {
    // libc's on_exit handlers run inside exit(), after Node has stopped JS
    // and freed the platform V8 needs; the callback must return without
    // running. 'exit' listeners still run before that, callbacks included.
    const body = (end) => `
      const libc = new ffi.DynamicLibrary(null);
      const onExit = libc.getFunction('on_exit', { parameters: ['function', 'pointer'], result: 'i32' });
      const apply = lib.getFunction('apply2_cb', { parameters: ['function', 'i32', 'i32'], result: 'i32' });
      const add = lib.registerCallback({ parameters: ['i32', 'i32'], result: 'i32' }, (a, b) => a + b);
      const late = lib.registerCallback({ parameters: ['i32', 'pointer'], result: 'void' }, () => {
        require('node:fs').writeSync(1, 'JS ran inside exit()\\n');
        const garbage = []; for (let i = 0; i < 1e6; i++) garbage.push({ i });
      });
      process.on('exit', () => require('node:fs').writeSync(1, 'exit listener ' + apply(add, 20, 22) + '\\n'));
      onExit(late, 0n);
      ${end}
    `;
    for (const [end, status] of [['process.exit(0);', 0], ['throw new Error("uncaught");', 1], ['', 0]]) {
      const r = spawnSync(process.execPath, ['-e', childScript(body(end))], { encoding: 'utf8', timeout: 60000 });
      assert.equal(r.stdout, 'exit listener 42\n', `${end || 'natural end'}: ${r.stderr}`);
      assert.equal(r.status, status, `${end || 'natural end'}: ${r.stderr}`);
    }
  });

  it(`recurses ${DEPTH} deep on both tiers in a worker`, () => {
    // Node gives a worker a 4 MiB stack and sets its V8 limit to match;
    // jitffi leaves that limit alone. Its own process, like the worker test.
    const out = runChild(`
      const { Worker } = require('node:worker_threads');
      const src = ${'`'}
        const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
        const lib = new ffi.DynamicLibrary(${JSON.stringify(fixturePath())});
        ${deepBody("require('node:worker_threads').parentPort.postMessage")}
      ${'`'};
      const w = new Worker(src, { eval: true });
      w.on('message', (m) => console.log(m));
      w.on('error', (e) => { console.error(e); process.exitCode = 1; });
    `);
    assert.equal(out, `${DEPTH} 5 ${DEPTH + 1}`);
  });

  it('a callback may unregister itself, and a new callback may reuse its entry, mid-call', () => {
    const apply = fn('apply2_cb', ['function', 'i32', 'i32'], 'i32');
    const sig = { parameters: ['i32', 'i32'], result: 'i32' };
    let replacement = null;
    const self = lib.registerCallback(sig, (a, b) => {
      lib.unregisterCallback(self);
      // Same signature: in compiled mode it takes over the freed entry.
      replacement = lib.registerCallback(sig, (x, y) => x * y);
      return a + b;
    });
    assert.equal(apply(self, 20, 22), 42);
    assert.equal(apply(replacement, 6, 7), 42);
    if (!interp) assert.equal(replacement, self, 'the freed entry was reused');
    lib.unregisterCallback(replacement);
  });

  it('a callback can call another foreign function', () => {
    const add = fn('add_i32', ['i32', 'i32'], 'i32');
    const strlen2 = fn('string_length', ['string'], 'u64');
    const cb = lib.registerCallback({ parameters: ['i32', 'i32'], result: 'i32' },
      (a, b) => add(a, b) + Number(strlen2('abc')));
    assert.equal(fn('apply2_cb', ['function', 'i32', 'i32'], 'i32')(cb, 20, 19), 42);
  });

  it('the outer fast-tier call keeps its arguments and result', () => {
    const add = fn('add_i32', ['i32', 'i32'], 'i32');
    const call = fn('call_i32_cb', ['function', 'i32'], 'i32');
    // The callback overwrites the shared slots with another call.
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (v) => add(v, 1000) - 1000 + 1);
    assert.equal(call(cb, 41), 42);
  });
});

describe('re-entrant closing', () => {
  it('a callback may close another library; its wrappers throw from then on', () => {
    const other = new ffi.DynamicLibrary(fixturePath());
    const add = other.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'i32' });
    const ids = other.getFunction('string_length', { parameters: ['string'], result: 'u64' });
    const call = fn('call_i32_cb', ['function', 'i32'], 'i32');
    let inside;
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (v) => {
      const before = add(v, 1);
      other.close();
      try { add(1, 1); } catch (e) { inside = e.code; }
      return before;
    });
    assert.equal(call(cb, 41), 42);
    assert.equal(inside, 'ERR_FFI_LIBRARY_CLOSED');
    assertThrowsCode(() => add(1, 2), 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed');
    assertThrowsCode(() => ids('x'), 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed');
    lib.unregisterCallback(cb);
  });

  it('closing the library whose function is running lets that call finish', () => {
    const other = new ffi.DynamicLibrary(fixturePath());
    const callOther = other.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' });
    // `lib` holds the same file open, so dlclose only drops a reference and
    // the running code stays mapped; what close() must guarantee is that
    // later calls are refused.
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (v) => {
      other.close();
      return v * 2;
    });
    assert.equal(callOther(cb, 21), 42);
    assertThrowsCode(() => callOther(cb, 1), 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed');
    lib.unregisterCallback(cb);
  });
});

describe('callback registry', () => {
  it('unregisterCallback releases; a second time throws Callback not found', () => {
    const cb = lib.registerCallback(() => {});
    lib.unregisterCallback(cb);
    assertThrowsCode(() => lib.unregisterCallback(cb), 'ERR_INVALID_ARG_VALUE', 'Callback not found');
    assertThrowsCode(() => lib.refCallback(cb), 'ERR_INVALID_ARG_VALUE', 'Callback not found');
    assertThrowsCode(() => lib.unrefCallback(cb), 'ERR_INVALID_ARG_VALUE', 'Callback not found');
    assertThrowsCode(() => lib.refCallback(12345n), 'ERR_INVALID_ARG_VALUE', 'Callback not found');
  });

  it('rejects bad arguments', () => {
    assertThrowsCode(() => lib.registerCallback({ parameters: ['i32'] }, 5), 'ERR_INVALID_ARG_TYPE');
    assertThrowsCode(() => lib.registerCallback(), 'ERR_INVALID_ARG_TYPE');
    assertThrowsCode(() => lib.registerCallback({ parameters: ['bogus'] }, () => {}),
      'ERR_INVALID_ARG_VALUE', 'Unsupported FFI type: bogus');
    assertThrowsCode(() => lib.unregisterCallback(1), 'ERR_INVALID_ARG_TYPE');
  });

  it('another library cannot release a callback it did not register', () => {
    const other = new ffi.DynamicLibrary(fixturePath());
    const cb = lib.registerCallback(() => {});
    assertThrowsCode(() => other.unregisterCallback(cb), 'ERR_INVALID_ARG_VALUE', 'Callback not found');
    lib.unregisterCallback(cb);
    other.close();
  });

  it('refCallback and unrefCallback keep the callback callable while referenced', () => {
    const call = fn('call_i32_cb', ['function', 'i32'], 'i32');
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (v) => v + 1);
    lib.unrefCallback(cb);
    lib.refCallback(cb);
    gc();
    assert.equal(call(cb, 1), 2);
    lib.unregisterCallback(cb);
  });

  it('after an unref\'d function is collected, native calls return zero', () => {
    const call = fn('call_i32_cb', ['function', 'i32'], 'i32');
    const callF = fn('call_f64_cb', ['function', 'f64'], 'f64');
    let ran = 0;
    const make = (sig) => {
      const cb = lib.registerCallback(sig, () => { ran++; return 7; });
      lib.unrefCallback(cb);
      return cb;
    };
    const a = make({ parameters: ['i32'], result: 'i32' });
    const b = make({ parameters: ['f64'], result: 'f64' });
    for (let i = 0; i < 5; i++) gc();
    assert.equal(call(a, 5), 0);
    assert.equal(callF(b, 5), 0);
    assert.equal(ran, 0);
  });

  it('close() invalidates the library\'s callbacks', () => {
    const l2 = new ffi.DynamicLibrary(fixturePath());
    const before = internals.stats().callbacks;
    const cb = l2.registerCallback(() => {});
    assert.equal(internals.stats().callbacks, before + 1);
    l2.close();
    assert.equal(internals.stats().callbacks, before);
    assertThrowsCode(() => l2.refCallback(cb), 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed');
    assertThrowsCode(() => l2.registerCallback(() => {}), 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed');
  });

  it('an unref\'d callback keeps working while its function is reachable', async () => {
    const call = fn('call_i32_cb', ['function', 'i32'], 'i32');
    const kept = (v) => v + 5;
    const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, kept);
    lib.unrefCallback(cb);
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(call(cb, 1), 6);
    assert.equal(kept(0), 5);
    lib.unregisterCallback(cb);
  });

  it('a library collected without close() keeps its callbacks registered and callable', async () => {
    const call = fn('call_i32_cb', ['function', 'i32'], 'i32');
    const before = internals.stats().callbacks;
    const collected = { n: 0 };
    const watch = new FinalizationRegistry(() => { collected.n++; });
    const pointers = (() => {
      const out = [];
      for (let i = 0; i < 20; i++) {
        const l = new ffi.DynamicLibrary(fixturePath());
        out.push(l.registerCallback({ parameters: ['i32'], result: 'i32' }, (v) => v + i));
        watch.register(l, i);
      }
      return out;
    })();
    assert.equal(internals.stats().callbacks, before + 20);
    for (let i = 0; i < 50 && collected.n === 0; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.ok(collected.n > 0, 'no library was collected');
    // C may still hold the pointers: only unregisterCallback, close() or
    // the environment's teardown release a callback.
    assert.equal(internals.stats().callbacks, before + 20);
    pointers.forEach((p, i) => assert.equal(call(p, 100), 100 + i));
  });

  it('a function wrapper keeps its library object alive', async () => {
    const collected = { n: 0 };
    const watch = new FinalizationRegistry(() => { collected.n++; });
    const keep = (() => {
      const l = new ffi.DynamicLibrary(fixturePath());
      watch.register(l, 0);
      l.registerCallback(() => {});
      return l.getFunction('add_i32', { parameters: ['i32', 'i32'], result: 'i32' });
    })();
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.equal(collected.n, 0);
    assert.equal(keep(1, 2), 3);
  });

  it('100,000 register/unregister cycles reuse trampolines and keep memory bounded', async () => {
    const call = fn('call_i32_cb', ['function', 'i32'], 'i32');
    const sig = { parameters: ['i32'], result: 'i32' };
    lib.unregisterCallback(lib.registerCallback(sig, (v) => v));
    // Memory in use (V8's heap and malloc's, test/stress/footprint.js):
    // this process's RSS also follows the young generation's adaptive size.
    // test/stress.test.js bounds RSS, in a process of its own.
    const before = await footprint();
    const compiled = internals.stats().compiled;
    for (let i = 0; i < 100000; i++) {
      const cb = lib.registerCallback(sig, (v) => v + i);
      if (i % 10000 === 0) assert.equal(call(cb, 1), 1 + i);
      lib.unregisterCallback(cb);
    }
    const grown = (await footprint()).live - before.live;
    assert.equal(internals.stats().compiled, compiled, 'no new code was compiled');
    // 8 MiB: 80 bytes a cycle; a registration holds more than that.
    assert.ok(grown < 8 * 1024 * 1024, `memory in use grew by ${grown} bytes`);
  });
});

describe('callbacks in workers', () => {
  it('a worker registers and calls callbacks and exits cleanly', () => {
    // Its own process: a crash at worker exit (native code unloaded under a
    // thread-exit destructor) must fail this test, not the whole file.
    const out = runChild(`
      const { Worker } = require('node:worker_threads');
      const src = \`
        const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
        const lib = new ffi.DynamicLibrary(${JSON.stringify(fixturePath())});
        const call = lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' });
        const kept = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (v) => v * 3);
        const dropped = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, (v) => v + 1);
        require('node:worker_threads').parentPort.postMessage(call(kept, 14) + call(dropped, 0));
        lib.unregisterCallback(dropped);
      \`;
      const results = [];
      let exits = 0;
      for (let i = 0; i < 2; i++) {
        const w = new Worker(src, { eval: true });
        w.on('message', (m) => results.push(m));
        w.on('exit', (code) => { if (++exits === 2) console.log(results.join(','), code); });
      }
    `);
    assert.equal(out, '43,43 0');
  });
});

describe('misuse aborts the process', () => {
  const script = (body) => `
    const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
    const lib = new ffi.DynamicLibrary(${JSON.stringify(fixturePath())});
    ${body}
    console.log('still alive');
  `;
  const cases = [
    ['a callback throws', `
      const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, () => { throw new Error('boom'); });
      lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' })(cb, 1);`,
    /Callbacks cannot throw an exception/],
    ['a callback throws null', `
      const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, () => { throw null; });
      lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' })(cb, 1);`,
    /Callbacks cannot throw an exception/],
    ['a callback returns a promise', `
      const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, async () => 1);
      lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' })(cb, 1);`,
    /Callbacks cannot return promises/],
    ['a callback returns a fraction for i32', `
      const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, () => 1.5);
      lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' })(cb, 1);`,
    /Callback returned invalid value for declared FFI type\n {2}\(expected an int32\)/],
    ['a callback returns an out-of-range value', `
      const cb = lib.registerCallback({ parameters: ['i32'], result: 'i32' }, () => 2 ** 31);
      lib.getFunction('call_i32_cb', { parameters: ['function', 'i32'], result: 'i32' })(cb, 1);`,
    /Callback returned invalid value for declared FFI type\n {2}\(expected an int32\)/],
    ['a callback returns the wrong JS type', `
      const cb = lib.registerCallback({ parameters: ['i64'], result: 'i64' }, () => 5);
      lib.getFunction('call_i64_cb', { parameters: ['function', 'i64'], result: 'i64' })(cb, 1n);`,
    /Callback returned invalid value for declared FFI type\n {2}\(expected an int64\)/],
    ['a pointer callback returns a string', `
      const cb = lib.registerCallback({ parameters: ['pointer'], result: 'pointer' }, () => 'abc');
      lib.getFunction('call_ptr_cb', { parameters: ['function', 'pointer'], result: 'pointer' })(cb, 1n);`,
    /Callback returned invalid value for declared FFI type\n {2}\(expected a bigint, null or undefined\)/],
    ['a callback is invoked from another thread', `
      const cb = lib.registerCallback(() => {});
      lib.getFunction('call_cb_on_thread', { parameters: ['function'] })(cb);`,
    /Callbacks can only be invoked on the system thread they were created on/],
  ];
  for (const [title, body, message] of cases) {
    it(title, () => {
      const r = spawnSync(process.execPath, ['-e', script(body)], { encoding: 'utf8', timeout: 30000 });
      assert.match(r.stderr, message);
      assert.ok(r.status !== 0 || r.signal !== null, `exited cleanly: status ${r.status}`);
      assert.doesNotMatch(r.stdout, /still alive/);
    });
  }
});

describe('long string arguments', () => {
  const len2 = fn('string_length2', ['string', 'string'], 'u64');
  const after = fn('strlen_after_cb', ['string', 'function'], 'u64');

  it('two long strings in one call, and strings past the per-thread arena', () => {
    assert.equal(len2('a'.repeat(300), 'b'.repeat(5000)), 5300n);
    assert.equal(len2('é'.repeat(40000), 'x'), 80001n); // 80 KB: past the 64 KiB arena
    assert.equal(len2('x'.repeat(1 << 20), 'y'.repeat(300)), BigInt((1 << 20) + 300));
  });

  it('nested calls keep their long strings while the arena fills up and empties', () => {
    const lengths = [];
    let depth = 0;
    const cb = lib.registerCallback(() => {
      if (depth >= 100) return;
      depth++;
      // 100 levels of 1-3 KB strings overflow the 64 KiB arena halfway.
      lengths.push(after('z'.repeat(1000 + depth * 20), cb));
    });
    assert.equal(after('outer'.repeat(100), cb), 500n);
    for (let k = 0; k < lengths.length; k++) assert.equal(lengths[k], BigInt(1000 + (100 - k) * 20));
    // A string near the arena's size after all that nesting.
    assert.equal(len2('q'.repeat(60000), 'r'.repeat(300)), 60300n);
  });
});
