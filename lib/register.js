'use strict';
// Drop-in `node:ffi` for CommonJS: `node -r jitffi/register app.js` makes
// `require('node:ffi')` (and `process.getBuiltinModule('node:ffi')`, where
// it exists) return jitffi. The ESM entry, lib/register.mjs, loads this file
// too, so `require('node:ffi')` also works under `--import jitffi/register`.
//
// On a Node.js with a built-in `node:ffi` nothing is hooked, unless the
// environment sets JITFFI_OVERRIDE=1.

const Module = require('node:module');
const path = require('node:path');

const ID = 'node:ffi';
const indexPath = path.join(__dirname, 'index.js');
const kInstalled = Symbol.for('jitffi.register.installed');

// Whether this Node.js ships its own node:ffi.
function hasBuiltinFfi() {
  if (typeof Module.isBuiltin === 'function') return Module.isBuiltin(ID);
  return Array.isArray(Module.builtinModules) && Module.builtinModules.includes('ffi');
}

// Whether the hooks should be installed: no built-in node:ffi, or the user
// asked to replace it.
function shouldOverride() {
  return process.env.JITFFI_OVERRIDE === '1' || !hasBuiltinFfi();
}

function isFfiId(request) {
  return request === ID;
}

function load() {
  return require(indexPath);
}

// Installs the CommonJS hooks once per process (idempotent: `-r` and
// `--import` may both load this file). Returns whether jitffi now serves
// `node:ffi`.
function install() {
  if (Module[kInstalled]) return true;
  if (!shouldOverride()) return false;

  const originalLoad = Module._load;
  // Each replacement keeps the parameter list (and so the length) of the
  // function it replaces, and passes every argument on.
  Module._load = function _load(request, _parent, _isMain) {
    // Module._load handles `node:` ids itself, before it resolves a
    // filename, so the id is caught here.
    if (isFfiId(request)) return load();
    return originalLoad.apply(this, arguments);
  };

  const originalResolve = Module._resolveFilename;
  Module._resolveFilename = function _resolveFilename(request, _parent, _isMain, _options) {
    // require.resolve('node:ffi') gives the file that serves it.
    if (isFfiId(request)) return indexPath;
    return originalResolve.apply(this, arguments);
  };

  // Node.js 22.3+: process.getBuiltinModule('node:ffi').
  if (typeof process.getBuiltinModule === 'function') {
    const originalGet = process.getBuiltinModule;
    process.getBuiltinModule = function getBuiltinModule(id) {
      if (id === ID) return load();
      return originalGet.apply(this, arguments);
    };
  }

  Object.defineProperty(Module, kInstalled, { value: true });
  return true;
}

const active = install();

module.exports = { active, indexPath, hasBuiltinFfi, shouldOverride };
