'use strict';
// Loads the native addon. It tries each candidate path in order and, when
// none loads, throws one error that names every path tried, why each failed
// and the command that builds the addon.

const path = require('node:path');

function candidates() {
  const root = path.resolve(__dirname, '..');
  const list = [];
  if (process.env.JITFFI_ADDON) list.push(path.resolve(process.env.JITFFI_ADDON));
  list.push(path.join(__dirname, 'jitffi.node'));
  list.push(path.join(__dirname, `jitffi.${process.platform}-${process.arch}.node`));
  list.push(path.join(root, 'target', 'release', 'libjitffi.so'));
  return list;
}

function loadAddon(files = candidates()) {
  const tried = [];
  for (const file of files) {
    try {
      // A .so is loadable through process.dlopen whatever its extension.
      const mod = { exports: {} };
      process.dlopen(mod, file);
      return mod.exports;
    } catch (err) {
      // Addons are disabled (the permission model without --allow-addons):
      // no other path can succeed, and rebuilding would not help.
      if (err.code === 'ERR_DLOPEN_DISABLED') {
        const disabled = new Error(
          `jitffi: native addons are disabled in this process (${err.message.trim()}). ` +
          'jitffi needs them: run Node.js with --allow-addons, or without the permission model.');
        disabled.code = 'ERR_DLOPEN_DISABLED';
        throw disabled;
      }
      const reason = err.code === 'ERR_DLOPEN_FAILED' && /No such file|cannot open shared object/.test(err.message)
        ? 'not found' : err.message.split('\n')[0];
      tried.push({ file, reason });
    }
  }
  const lines = tried.map((t) => `  - ${t.file}: ${t.reason}`).join('\n');
  const err = new Error(
    `jitffi: the native addon is missing or was built for another platform (${process.platform}-${process.arch}, Node ${process.version}).\n` +
    `Paths tried:\n${lines}\n` +
    'Build it with `npm run build` (needs Rust and a C compiler), or reinstall with `npm install`.');
  err.code = 'ERR_JITFFI_ADDON_NOT_FOUND';
  err.tried = tried;
  throw err;
}

module.exports = { loadAddon, candidates };
