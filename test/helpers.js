'use strict';
// Shared test setup: builds the C fixture library and provides assertion
// helpers. `node --test` runs each test file in its own process, possibly in
// parallel, so the build writes to a private temporary file and renames it
// into place atomically.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const buildDir = path.join(__dirname, '.build');

function isStale(target, source) {
  let t;
  try {
    t = fs.statSync(target);
  } catch {
    return true;
  }
  return t.mtimeMs < fs.statSync(source).mtimeMs;
}

// Returns the absolute path of the compiled fixture test/fixtures/<name>.c,
// building it if it is missing or older than its source.
function fixturePath(name = 'fixture') {
  const fixtureSource = path.join(__dirname, 'fixtures', `${name}.c`);
  const fixtureLib = path.join(buildDir, `lib${name}.so`);
  if (isStale(fixtureLib, fixtureSource)) {
    fs.mkdirSync(buildDir, { recursive: true });
    const tmp = path.join(buildDir,
      `lib${name}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp.so`);
    const cc = process.env.CC || 'cc';
    try {
      execFileSync(cc, ['-shared', '-fPIC', '-O1', '-pthread', '-o', tmp, fixtureSource],
        { stdio: ['ignore', 'inherit', 'inherit'] });
      fs.renameSync(tmp, fixtureLib);
    } finally {
      try { fs.unlinkSync(tmp); } catch { /* already renamed */ }
    }
  }
  return fixtureLib;
}

const ffi = require(root);

// The well-known symbol libraries use for explicit resource management.
// Node 20 has no Symbol.dispose unless something polyfills it.
const disposeSymbol = Symbol.dispose ?? Symbol.for('nodejs.dispose');

// Asserts that fn() throws an error with `code` and, when given, a message
// that is exactly `message` (string) or matches it (RegExp).
// Returns the error for further checks.
function assertThrowsCode(fn, code, message, ctor) {
  let caught;
  assert.throws(fn, (err) => {
    caught = err;
    return true;
  }, 'expected the function to throw');
  assert.ok(caught !== null && typeof caught === 'object',
    `expected an error object, got ${String(caught)}`);
  assert.equal(caught.code, code,
    `expected code ${code}, got ${caught.code} (message: ${caught.message})`);
  if (typeof message === 'string') {
    assert.equal(caught.message, message);
  } else if (message instanceof RegExp) {
    assert.match(caught.message, message);
  }
  if (ctor) assert.ok(caught instanceof ctor, `expected a ${ctor.name}, got ${caught.constructor?.name}`);
  return caught;
}

// Asserts fn() throws exactly the object `expected` (identity, not equality).
function assertThrowsSame(fn, expected) {
  let caught;
  assert.throws(fn, (err) => {
    caught = err;
    return true;
  });
  assert.ok(caught === expected,
    `expected the very same error object to propagate, got ${caught && caught.message}`);
}

// Opens the fixture with the given definitions; returns { lib, functions }.
function openFixture(definitions, name) {
  return ffi.dlopen(fixturePath(name), definitions);
}

// Calls gc() even when the process was not started with --expose-gc.
let gcFn;
function gc() {
  if (!gcFn) {
    if (typeof globalThis.gc === 'function') {
      gcFn = globalThis.gc;
    } else {
      require('node:v8').setFlagsFromString('--expose-gc');
      gcFn = require('node:vm').runInNewContext('gc');
    }
  }
  gcFn();
}

const POINTER_DESC = 'a buffer, an ArrayBuffer, a string, or a bigint';
const POINTER_TYPES = ['pointer', 'ptr', 'string', 'str', 'buffer', 'arraybuffer', 'function'];

// Runs test file `file` again in a child without code generation from
// strings (--disallow-code-generation-from-strings), with `flag` set in its
// environment so that it does not recurse; asserts that it exits 0 and
// reports no failure, and returns its stdout. The child prints TAP or,
// on Node.js 24 and later for a file run directly, the spec reporter.
function runWithoutCodegen(file, flag) {
  const env = { ...process.env, [flag]: '1' };
  delete env.NODE_TEST_CONTEXT; // the child runs its tests itself
  const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', file], { env, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^(# |ℹ )fail 0\b/m);
  return r.stdout;
}

// The path of a fast-tier function in compiled mode here: 'v8fast' where
// V8's fast API serves the fast tier (docs/jit.md#the-v8fast-tier), else
// 'fast'.
const fastPath = ffi[Symbol.for('jitffi.internals')].v8Api().fastApi === 'v8' ? 'v8fast' : 'fast';

module.exports = {
  ffi,
  fastPath,
  runWithoutCodegen,
  buildDir,
  fixturePath,
  openFixture,
  assertThrowsCode,
  assertThrowsSame,
  disposeSymbol,
  gc,
  POINTER_DESC,
  POINTER_TYPES,
};
