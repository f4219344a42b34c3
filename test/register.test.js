'use strict';
// jitffi/register: code written for `node:ffi` runs unchanged under
// `node -r jitffi/register` (CommonJS) and `node --import jitffi/register`
// (ES modules). Each case runs a script in a child process, from a scratch
// project whose node_modules/jitffi links to this checkout.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const Module = require('node:module');

const root = path.join(__dirname, '..');
const hasBuiltin = Module.isBuiltin('node:ffi');
const hasRegister = typeof Module.register === 'function';

let project;

before(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-register-'));
  fs.mkdirSync(path.join(project, 'node_modules'));
  fs.symlinkSync(root, path.join(project, 'node_modules', 'jitffi'), 'dir');
  const files = {
    // CommonJS code written for node:ffi.
    'app.cjs': `
      const ffi = require('node:ffi');
      const { dlopen } = require('node:ffi');
      const { lib, functions } = dlopen('libm.so.6', {
        cos: { parameters: ['f64'], result: 'f64' },
        pow: { parameters: ['f64', 'f64'], result: 'f64' },
      });
      console.log(functions.cos(0), functions.pow(2, 10));
      console.log(require.resolve('node:ffi') === require.resolve('jitffi'));
      console.log(typeof ffi.getInt32, ffi === require('jitffi'));
      lib.close();
    `,
    // ES module code written for node:ffi: default and named imports, and
    // require() in the same process.
    'app.mjs': `
      import ffi from 'node:ffi';
      import { dlopen, suffix, types, getInt32, DynamicLibrary } from 'node:ffi';
      import * as ns from 'node:ffi';
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const { lib, functions } = dlopen('libm.so.6', {
        cos: { parameters: ['f64'], result: 'f64' },
      });
      console.log(functions.cos(0), ffi.dlopen === dlopen, suffix, types.INT_32);
      console.log(require('node:ffi') === ffi, ns.default === ffi, typeof getInt32);
      const dynamic = await import('node:ffi');
      console.log(dynamic.default === ffi, new DynamicLibrary(null).getFunction('abs', { parameters: ['i32'], result: 'i32' })(-7));
      const names = Object.keys(ns).filter((n) => n !== 'default').sort();
      console.log(JSON.stringify(names) === JSON.stringify(Object.keys(ffi).sort()));
      lib.close();
    `,
    // Makes this Node.js look as if it had a built-in node:ffi.
    'fake-builtin.cjs': `
      const Module = require('node:module');
      const fake = { fake: true };
      const isBuiltin = Module.isBuiltin;
      Module.isBuiltin = (id) => id === 'node:ffi' || isBuiltin(id);
      const load = Module._load;
      Module._load = function (request) {
        if (request === 'node:ffi') return fake;
        return load.apply(this, arguments);
      };
    `,
    'which.cjs': `
      const ffi = require('node:ffi');
      console.log(ffi.fake === true ? 'builtin' : typeof ffi.dlopen === 'function' ? 'jitffi' : 'other');
    `,
    // On a Node.js with a real node:ffi: which module node:ffi is, told by
    // a property only jitffi has, and that both work side by side.
    'real.cjs': `
      const ffi = require('node:ffi');
      const jitffi = require('jitffi');
      const isJitffi = ffi === jitffi;
      const sig = { return: 'f64', arguments: ['f64'] };
      const a = ffi.dlopen('libm.so.6', { cos: sig });
      const b = jitffi.dlopen('libm.so.6', { cos: sig });
      console.log(isJitffi ? 'jitffi' : 'builtin', a.functions.cos(0), b.functions.cos(0));
      a.lib.close();
      b.lib.close();
    `,
    'which.mjs': `
      try {
        const ffi = await import('node:ffi');
        console.log(typeof ffi.dlopen === 'function' ? 'jitffi' : 'other');
      } catch (err) {
        console.log(err.code);
      }
    `,
  };
  for (const [name, text] of Object.entries(files)) {
    fs.writeFileSync(path.join(project, name), text.replace(/^ {6}/gm, '').trimStart());
  }
});

after(() => fs.rmSync(project, { recursive: true, force: true }));

function node(args, env = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: project,
    encoding: 'utf8',
    timeout: 60000,
    // On a Node.js with its own node:ffi, these cases test jitffi all the same.
    env: { ...process.env, JITFFI_OVERRIDE: hasBuiltin ? '1' : '', ...env },
  });
  assert.equal(r.status, 0, `node ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  return r.stdout.trim().split('\n');
}

describe('CommonJS: node -r jitffi/register', () => {
  it('require("node:ffi") is jitffi', () => {
    assert.deepEqual(node(['-r', 'jitffi/register', 'app.cjs']), ['1 1024', 'true', 'function true']);
  });

  it('works with the path of lib/register.js', () => {
    assert.deepEqual(node(['-r', path.join(root, 'lib', 'register.js'), 'app.cjs']),
      ['1 1024', 'true', 'function true']);
  });

  it('loads jitffi only when node:ffi is first required', () => {
    const out = node(['-r', 'jitffi/register', '-e',
      "console.log(Object.keys(require.cache).some((f) => f.endsWith('index.js')));" +
      "require('node:ffi');" +
      "console.log(Object.keys(require.cache).some((f) => f.endsWith('index.js')));"]);
    assert.deepEqual(out, ['false', 'true']);
  });

  it('without the hook, node:ffi is not found (this Node.js has none)', { skip: hasBuiltin && 'this Node.js has a built-in node:ffi' }, () => {
    const r = spawnSync(process.execPath, ['app.cjs'], { cwd: project, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /ERR_UNKNOWN_BUILTIN_MODULE|node:ffi/);
  });
});

describe('ES modules: node --import jitffi/register', { skip: !hasRegister && 'module.register() needs Node.js 18.19 / 20.6+' }, () => {
  it('import ffi from "node:ffi" and named imports are jitffi', () => {
    assert.deepEqual(node(['--import', 'jitffi/register', 'app.mjs']), [
      '1 true so int32',
      'true true function',
      'true 7',
      'true',
    ]);
  });

  it('require("node:ffi") works under --import too', () => {
    assert.deepEqual(node(['--import', 'jitffi/register', 'app.cjs']), ['1 1024', 'true', 'function true']);
  });

  it('-r and --import together install the hooks once', () => {
    assert.deepEqual(node(['-r', 'jitffi/register', '--import', 'jitffi/register', 'app.mjs']).length, 4);
  });
});

describe('a Node.js with a built-in node:ffi', () => {
  it('is left alone by -r', () => {
    assert.deepEqual(node(['-r', './fake-builtin.cjs', '-r', 'jitffi/register', 'which.cjs'], { JITFFI_OVERRIDE: '' }),
      ['builtin']);
  });

  it('is replaced with JITFFI_OVERRIDE=1', () => {
    assert.deepEqual(node(['-r', './fake-builtin.cjs', '-r', 'jitffi/register', 'which.cjs'], { JITFFI_OVERRIDE: '1' }),
      ['jitffi']);
  });

  it('is left alone by --import, and replaced with JITFFI_OVERRIDE=1', { skip: (!hasRegister || hasBuiltin) && 'needs module.register() and no real built-in' }, () => {
    // The fake only answers require(); an import of node:ffi that reaches
    // Node.js's own resolver fails, which shows that no hook took it.
    assert.deepEqual(node(['-r', './fake-builtin.cjs', '--import', 'jitffi/register', 'which.mjs'], { JITFFI_OVERRIDE: '' }),
      ['ERR_UNKNOWN_BUILTIN_MODULE']);
    assert.deepEqual(node(['-r', './fake-builtin.cjs', '--import', 'jitffi/register', 'which.mjs'], { JITFFI_OVERRIDE: '1' }),
      ['jitffi']);
  });
});

describe('the real built-in node:ffi of the reference release', () => {
  const { referenceNode } = require('../scripts/node-versions');
  const run = (args, override) => {
    const r = spawnSync(referenceNode().bin, ['--experimental-ffi', '--no-warnings', ...args], {
      cwd: project, encoding: 'utf8', timeout: 60000, env: { ...process.env, JITFFI_OVERRIDE: override },
    });
    assert.equal(r.status, 0, `exited ${r.status}\n${r.stderr}`);
    return r.stdout.trim();
  };

  it('is left alone by -r jitffi/register, and both work side by side', () => {
    assert.equal(run(['-r', 'jitffi/register', 'real.cjs'], ''), 'builtin 1 1');
  });

  it('is replaced with JITFFI_OVERRIDE=1', () => {
    assert.equal(run(['-r', 'jitffi/register', 'real.cjs'], '1'), 'jitffi 1 1');
  });

  it('is left alone by --import jitffi/register too', () => {
    assert.equal(run(['--import', 'jitffi/register', 'real.cjs'], ''), 'builtin 1 1');
  });
});

describe('export lists', () => {
  it('the hooks and lib/index.mjs export every CommonJS export', async () => {
    const cjs = Object.keys(require(root)).sort();
    const { exportNames } = await import(path.join(root, 'lib', 'hooks.mjs'));
    assert.deepEqual([...exportNames].sort(), cjs);
    const esm = await import(path.join(root, 'lib', 'index.mjs'));
    assert.deepEqual(Object.keys(esm).filter((n) => n !== 'default').sort(), cjs);
    assert.equal(esm.default, require(root));
  });
});
