'use strict';
// Which call path serves which signature, that the compiled path really is
// used outside JITFFI_MODE=interp (so a silent fallback fails the suite),
// calls from worker threads, and the addon loader's error.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
const { ffi, fixturePath, fastPath } = require('./helpers');

const internals = ffi[Symbol.for('jitffi.internals')];
const interp = process.env.JITFFI_MODE === 'interp';

describe('call paths', () => {
  const { lib, functions: f } = ffi.dlopen(fixturePath(), {
    add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
    id_ptr: { parameters: ['pointer'], result: 'pointer' },
    string_length: { parameters: ['string'], result: 'u64' },
    sum_buffer: { parameters: ['buffer', 'u64'], result: 'u64' },
    ptr_to_u64: { parameters: ['buffer'], result: 'u64' },
  });

  it('uses the mode the environment asks for', () => {
    assert.equal(internals.stats().mode, interp ? 'interp' : 'jit');
  });

  it('compiles scalar and string signatures to the fast tier and others to the general tier', () => {
    assert.equal(internals.pathOf(f.add_i32), interp ? 'interp' : fastPath);
    assert.equal(internals.pathOf(f.id_ptr), interp ? 'interp' : fastPath);
    assert.equal(internals.pathOf(f.string_length), interp ? 'interp' : fastPath);
    assert.equal(internals.pathOf(f.sum_buffer), interp ? 'interp' : 'general');
    assert.equal(f.add_i32(40, 2), 42);
    assert.equal(f.string_length('abc'), 3n);
  });

  it('compiles each signature once, however many functions share it', () => {
    const before = internals.stats().compiled;
    const { lib: lib2, functions: g } = ffi.dlopen(fixturePath(), {
      add_i32: { parameters: ['int32', 'int32'], result: 'int32' },
    });
    assert.equal(g.add_i32(1, 2), 3);
    assert.equal(internals.stats().compiled, before);
    lib2.close();
    // The other library's wrapper of the same signature still works.
    assert.equal(f.add_i32(2, 3), 5);
    if (!interp) assert.ok(before >= 3, `expected compiled code, stats say ${before}`);
  });

  it('string parameters: short ASCII strings are copied by JS, the rest by the general tier', () => {
    const byteAt = lib.getFunction('string_byte_at', { parameters: ['string', 'u64'], result: 'i32' });
    const two = lib.getFunction('string_length2', { parameters: ['string', 'string'], result: 'u64' });
    // Around the JS copy's length limit (16), empty, non-ASCII (UTF-8 by
    // the general tier), a lone surrogate (U+FFFD), NUL, null.
    for (const s of ['', 'a', 'x'.repeat(15), 'y'.repeat(16), 'z'.repeat(17), 'w'.repeat(300)]) {
      assert.equal(f.string_length(s), BigInt(s.length));
      assert.equal(byteAt(s, BigInt(s.length)), 0, 'NUL-terminated');
    }
    assert.equal(f.string_length('héllo'), 6n);
    assert.deepEqual([0, 1, 2].map((i) => byteAt('é', BigInt(i))), [0xc3, 0xa9, 0]);
    assert.deepEqual([0, 1, 2].map((i) => byteAt('\ud800', BigInt(i))), [0xef, 0xbf, 0xbd]);
    assert.equal(byteAt('\x7f', 0n), 0x7f);
    assert.equal(byteAt('\x80', 0n), 0xc2, 'U+0080 is two UTF-8 bytes');
    assert.throws(() => f.string_length('a\0b'), { code: 'ERR_INVALID_ARG_VALUE', message: 'Argument 0 must not contain null bytes' });
    // A NUL in any 16-byte chunk of the general tier's scan, and at the end.
    for (const at of [0, 15, 16, 17, 31, 32, 100, 119]) {
      const s = 'n'.repeat(at) + '\0' + 'n'.repeat(119 - at);
      assert.throws(() => f.string_length(s), { message: 'Argument 0 must not contain null bytes' }, `NUL at ${at}`);
    }
    assert.equal(f.string_length(null), 2n ** 64n - 1n, 'null is a NULL pointer');
    // Two strings of one call both stay valid, whichever path copies each.
    assert.equal(two('abc', 'defg'), 7n);
    assert.equal(two('abc', 'é'.repeat(40)), 83n);
    assert.equal(two('q'.repeat(20), 'r'), 21n);
    // A later argument sent to the general tier after an earlier string
    // was copied by JS: the copy is released (the area is not left used).
    for (let i = 0; i < 20000; i++) assert.equal(two('abcdefgh', 'ü'), 10n);
    assert.throws(() => two('abc', 42), { code: 'ERR_INVALID_ARG_VALUE', message: /^Argument 1 must be a buffer, an ArrayBuffer/ });
    assert.equal(two('0123456789abcde', '0123456789abcde'), 30n);
    // A replaced String.prototype.charCodeAt does not change what C gets.
    const { charCodeAt } = String.prototype;
    try {
      String.prototype.charCodeAt = () => 66;
      assert.deepEqual([0, 1, 2].map((i) => byteAt('az', BigInt(i))), [97, 122, 0]);
    } finally {
      String.prototype.charCodeAt = charCodeAt;
    }
  });

  it('reports the first bad argument when a pointer argument comes before a bad scalar', () => {
    const byteAt = lib.getFunction('string_byte_at', { parameters: ['string', 'u64'], result: 'i32' });
    const pointer = 'Argument 0 must be a buffer, an ArrayBuffer, a string, or a bigint';
    assert.throws(() => byteAt({}, -1n), { code: 'ERR_INVALID_ARG_VALUE', message: pointer });
    assert.throws(() => byteAt(42, 1.5), { code: 'ERR_INVALID_ARG_VALUE', message: pointer });
    assert.throws(() => byteAt('a\0', -1n), { code: 'ERR_INVALID_ARG_VALUE', message: 'Argument 0 must not contain null bytes' });
    assert.throws(() => byteAt(-1n, -1n), { code: 'ERR_INVALID_ARG_VALUE', message: 'Argument 0 must be a non-negative pointer bigint' });
    // Valid pointer-likes of every kind before a bad scalar: the scalar.
    for (const p of ['ok', 'é'.repeat(30), Buffer.alloc(2), null, 5n]) {
      assert.throws(() => byteAt(p, -1n), { code: 'ERR_INVALID_ARG_VALUE', message: 'Argument 1 must be a uint64' });
    }
    assert.throws(() => byteAt('ok'), { code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid argument count: expected 2, got 1' });
  });

  it('a fast-tier pointer parameter also takes strings and buffers', () => {
    const buf = Buffer.alloc(4);
    assert.equal(f.id_ptr(buf), f.ptr_to_u64(buf));
    assert.notEqual(f.id_ptr(buf), 0n);
    assert.equal(typeof f.id_ptr('x'), 'bigint');
    assert.notEqual(f.id_ptr('x'), 0n);
    assert.equal(f.id_ptr(null), 0n);
    assert.equal(f.id_ptr(undefined), 0n);
    assert.equal(f.id_ptr(0xdeadbeefn), 0xdeadbeefn);
  });
});

describe('generated fast-tier wrappers', () => {
  // V8 keeps what it compiled for every distinct new Function source, so
  // lib/wrappers.js generates wrappers for at most 2048 signature keys per
  // thread; later signatures take the general tier. In a worker, so that
  // this file's other tests keep their budget.
  it('beyond 2048 signatures, new ones take the general tier and work; earlier ones stay fast', { skip: interp && 'no fast tier in interpreted mode' }, async () => {
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const ffi = require(workerData.root);
      const { pathOf } = ffi[Symbol.for('jitffi.internals')];
      const T = ['i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64'];
      const sig = (i) => {
        const more = [];
        do { more.push(T[i % 10]); i = Math.floor(i / 10); } while (i > 0);
        return { parameters: ['i32', 'i32', ...more], result: 'i32' };
      };
      const call = (i) => {
        const s = sig(i);
        const f = new ffi.DynamicLibrary(workerData.fixture).getFunction('add_i32', s);
        const args = s.parameters.slice(2).map((t) => (t.endsWith('64') && t[0] !== 'f' ? 0n : 0));
        if (f(40, 2, ...args) !== 42) throw new Error('wrong result for signature ' + i);
        return pathOf(f);
      };
      const paths = Array.from({ length: 2100 }, (_, i) => call(i));
      parentPort.postMessage({ paths, again: call(0) });
    `;
    const w = new Worker(source, { eval: true, workerData: { root: path.join(__dirname, '..'), fixture: fixturePath() } });
    const { paths, again } = await new Promise((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
    await w.terminate();
    assert.deepEqual(paths.slice(0, 2048), Array(2048).fill(fastPath));
    assert.deepEqual(paths.slice(2048), Array(2100 - 2048).fill('general'));
    assert.equal(again, fastPath);
  });
});

describe('worker threads', () => {
  it('two workers call at once and get correct results', async () => {
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
      const { functions: f } = ffi.dlopen(workerData.lib, {
        add_i32: { parameters: ['i32', 'i32'], result: 'i32' },
        add_f64: { parameters: ['f64', 'f64'], result: 'f64' },
        string_length: { parameters: ['string'], result: 'u64' },
      });
      let bad = 0;
      for (let i = 0; i < 200000; i++) {
        if (f.add_i32(i, workerData.k) !== i + workerData.k) bad++;
        if (f.add_f64(i, 0.5) !== i + 0.5) bad++;
        if (i % 100 === 0 && f.string_length('w'.repeat(workerData.k)) !== BigInt(workerData.k)) bad++;
      }
      parentPort.postMessage({ bad, mode: ffi[Symbol.for('jitffi.internals')].stats().mode });
    `;
    const run = (k) => new Promise((resolve, reject) => {
      const w = new Worker(source, { eval: true, workerData: { lib: fixturePath(), k } });
      w.once('message', resolve);
      w.once('error', reject);
    });
    const results = await Promise.all([run(7), run(300)]);
    for (const r of results) {
      assert.equal(r.bad, 0);
      assert.equal(r.mode, interp ? 'interp' : 'jit');
    }
  });
});

describe('addon loader', () => {
  const permission = process.allowedNodeEnvironmentFlags.has('--experimental-permission');
  it('says that addons are disabled under the permission model', { skip: !permission && 'no permission model in this Node.js' }, () => {
    const { spawnSync } = require('node:child_process');
    const r = spawnSync(process.execPath, ['--experimental-permission', '--allow-fs-read=*', '-e',
      `try { require(${JSON.stringify(path.join(__dirname, '..'))}); } catch (e) { console.log(e.code, e.message); }`],
    { encoding: 'utf8' });
    assert.match(r.stdout, /^ERR_DLOPEN_DISABLED jitffi: native addons are disabled .*--allow-addons/);
  });

  it('names every path it tried and the command to run', () => {
    const { loadAddon } = require('../lib/loader');
    const missing = path.join(__dirname, 'no-such-addon.node');
    const wrong = __filename; // exists but is not a shared object
    const list = [{ where: 'a', file: missing }, { where: 'b', file: wrong }];
    assert.throws(() => loadAddon(list), (err) => {
      assert.equal(err.code, 'ERR_JITFFI_ADDON_NOT_FOUND');
      assert.match(err.message, /npm run build/);
      assert.ok(err.message.includes(missing));
      assert.ok(err.message.includes(wrong));
      assert.deepEqual(err.tried.map((t) => t.file), [missing, wrong]);
      assert.equal(err.tried[0].reason, 'no such file');
      assert.match(err.tried[1].reason, /^cannot be loaded: /);
      return true;
    });
  });
});
