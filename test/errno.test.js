'use strict';
// errno capture (docs/api.md, "errno"): a signature with `errno: true`
// keeps the errno its target left, per thread, before V8, N-API or a GC
// can change it; ffi.errno() reads it and ffi.errno(value) sets what the
// next such call starts with. The expected values are the OS's own
// (os.constants.errno). Runs in both modes (npm test runs every file
// compiled and interpreted).
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ffi, gc, assertThrowsCode, fastPath } = require('./helpers');

const { ENOENT, ERANGE, EBADF } = os.constants.errno;
const internals = ffi[Symbol.for('jitffi.internals')];
const libc = process.platform === 'darwin' ? 'libc.dylib' : 'libc.so.6';
const missing = path.join(os.tmpdir(), `jitffi-missing-${process.pid}`, 'nothing');

function open() {
  return ffi.dlopen(libc, {
    open: { result: 'i32', parameters: ['string', 'i32'], errno: true },
    strtol: { result: 'i64', parameters: ['string', 'pointer', 'i32'], errno: true },
    // Without errno capture: sets errno (EBADF) where nothing keeps it.
    close: { result: 'i32', parameters: ['i32'] },
  });
}

// Work that may change errno between the call and ffi.errno(): a GC,
// allocations, file system calls and a foreign call that fails.
function churn(fns) {
  gc();
  const keep = [];
  for (let i = 0; i < 20000; i++) keep.push({ i, s: `x${i}`, a: new Array(8).fill(i) });
  assert.equal(keep.length, 20000);
  keep.length = 0;
  gc();
  fs.existsSync(missing);
  assert.equal(fns.close(-1), -1);
}

describe('errno', () => {
  it('open() of a missing path keeps ENOENT through a GC and allocations', () => {
    const { lib, functions: f } = open();
    ffi.errno(0);
    assert.equal(f.open(missing, 0), -1);
    churn(f);
    assert.equal(ffi.errno(), ENOENT);
    lib.close();
  });

  it('strtol() out of range keeps ERANGE', () => {
    const { lib, functions: f } = open();
    ffi.errno(0);
    assert.equal(f.strtol('9'.repeat(30), null, 10), 2n ** 63n - 1n);
    churn(f);
    assert.equal(ffi.errno(), ERANGE);
    // A call that succeeds leaves errno alone, as C's does.
    assert.equal(f.strtol('42', null, 10), 42n);
    assert.equal(ffi.errno(), ERANGE);
    lib.close();
  });

  it('ffi.errno(value) is what the next call starts with', () => {
    const { lib, functions: f } = open();
    ffi.errno(77);
    churn(f); // the real errno is EBADF now
    assert.equal(f.strtol('5', null, 10), 5n);
    assert.equal(ffi.errno(), 77);
    ffi.errno(0);
    assert.equal(ffi.errno(), 0);
    lib.close();
  });

  it('the general tier keeps errno too (a path given as a Buffer)', () => {
    const { lib, functions: f } = open();
    ffi.errno(0);
    assert.equal(f.open(Buffer.from(`${missing}\0`), 0), -1);
    if (internals.pathOf(f.open) === fastPath) assert.equal(internals.pathOf(internals.generalOf(f.open)), 'general');
    churn(f);
    assert.equal(ffi.errno(), ENOENT);
    lib.close();
  });

  it('a call without errno capture leaves the kept value alone', () => {
    const { lib, functions: f } = open();
    ffi.errno(0);
    assert.equal(f.close(-1), -1);
    assert.equal(ffi.errno(), 0);
    f.open(missing, 0);
    assert.equal(f.close(-1), -1);
    assert.equal(ffi.errno(), ENOENT);
    assert.notEqual(ENOENT, EBADF);
    lib.close();
  });

  it('an asynchronous call keeps its errno on the JS thread when it settles', async () => {
    const { lib, functions: f } = open();
    ffi.errno(0);
    assert.equal(await f.open.async(missing, 0), -1);
    churn(f);
    assert.equal(ffi.errno(), ENOENT);
    ffi.errno(0);
    const nb = lib.getFunction('strtol', { result: 'i64', parameters: ['string', 'pointer', 'i32'], errno: true });
    assert.equal(await nb.async('9'.repeat(30), null, 10), 2n ** 63n - 1n);
    assert.equal(ffi.errno(), ERANGE);
    lib.close();
  });

  it('errno is part of the signature', () => {
    const { lib, functions: f } = open();
    assert.equal(lib.getFunction('open', { result: 'i32', parameters: ['string', 'i32'], errno: true }), f.open);
    assertThrowsCode(() => lib.getFunction('open', { result: 'i32', parameters: ['string', 'i32'] }),
      'ERR_INVALID_ARG_VALUE', 'Function open was already requested with a different signature');
    assertThrowsCode(() => lib.getFunction('abs', { result: 'i32', parameters: ['i32'], errno: 1 }),
      'ERR_INVALID_ARG_TYPE', 'The errno option of function abs must be a boolean');
    assertThrowsCode(() => lib.registerCallback({ result: 'void', errno: true }, () => {}),
      'ERR_INVALID_ARG_VALUE', 'A callback signature cannot be errno');
    lib.close();
  });

  it('ffi.errno(value) takes an int32', () => {
    assertThrowsCode(() => ffi.errno('2'), 'ERR_INVALID_ARG_TYPE');
    assertThrowsCode(() => ffi.errno(1.5), 'ERR_OUT_OF_RANGE');
    assertThrowsCode(() => ffi.errno(2 ** 31), 'ERR_OUT_OF_RANGE');
    ffi.errno(-(2 ** 31));
    assert.equal(ffi.errno(), -(2 ** 31));
    ffi.errno(0);
  });

  it('each thread keeps its own errno', async () => {
    const { Worker } = require('node:worker_threads');
    const { lib, functions: f } = open();
    f.open(missing, 0);
    const w = new Worker(`
      const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
      const { parentPort } = require('node:worker_threads');
      const before = ffi.errno();
      const { functions: f } = ffi.dlopen(${JSON.stringify(libc)}, {
        strtol: { result: 'i64', parameters: ['string', 'pointer', 'i32'], errno: true } });
      f.strtol('9'.repeat(30), null, 10);
      parentPort.postMessage([before, ffi.errno()]);
    `, { eval: true });
    const [before, after] = await new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
    assert.deepEqual([before, after], [0, ERANGE]);
    assert.equal(ffi.errno(), ENOENT);
    lib.close();
  });
});
