// Drop-in `node:ffi` for ES modules: `node --import jitffi/register app.mjs`
// makes `import ffi from 'node:ffi'` and `import { dlopen } from 'node:ffi'`
// load jitffi, through module.register hooks (lib/hooks.mjs). It also
// installs the CommonJS hook of lib/register.js, so `require('node:ffi')`
// works in the same process.
//
// On a Node.js with a built-in `node:ffi` nothing is hooked, unless the
// environment sets JITFFI_OVERRIDE=1.

import * as nodeModule from 'node:module';
import { pathToFileURL } from 'node:url';

const require = nodeModule.createRequire(import.meta.url);
const registerCjs = require('./register.js');

export const { active, indexPath, hasBuiltinFfi, shouldOverride } = registerCjs;

if (active) {
  if (typeof nodeModule.register !== 'function') {
    throw new Error(
      `jitffi/register: this Node.js (${process.version}) has no module.register(), needed to serve ` +
      "`import ... from 'node:ffi'`. Use Node.js 18.19 / 20.6 or later, or `-r jitffi/register` with require().");
  }
  // jitffi itself (and its native addon) loads only when `node:ffi` is
  // first imported or required.
  nodeModule.register('./hooks.mjs', import.meta.url, {
    data: { entryUrl: pathToFileURL(indexPath).href },
  });
}
