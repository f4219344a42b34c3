'use strict';
// The loaded native addon and the type table it exports. Every other file in
// lib/ reaches native code through this module.

const { loadAddon } = require('./loader');

const addon = loadAddon();
const table = addon.typeTable();

// With V8's --stack-size the stack limit is the user's choice: jitffi then
// never raises it for deep callback recursion (native/src/host/stack.rs).
if (process.execArgv.some((arg) => /^--stack[-_]size(=|$)/.test(arg))) addon.userStackLimit();

// Whether this context may compile JS from strings: the fast tier's
// wrappers, callback thunks and memory accessors are generated with
// `new Function`, which throws an EvalError under
// --disallow-code-generation-from-strings. Without it, calls take the
// compiled general tier and memory accessors are plain closures.
const canGenerateCode = (() => {
  try {
    // eslint-disable-next-line no-new-func -- the probe itself
    return new Function('return true')() === true;
  } catch {
    return false;
  }
})();
if (!canGenerateCode) addon.disallowJsCodegen();

// Every spelling of every type -> its table row.
const byName = new Map();
for (const row of table.types) {
  for (const alias of row.aliases) byName.set(alias, row);
}

// ffi.types: each constant -> its spelling, in the table's order, on a
// null-prototype object as in the built-in module.
const constants = { __proto__: null };
for (const [name, value] of table.constants) constants[name] = value;

module.exports = {
  addon,
  canGenerateCode,
  types: table.types,
  byName,
  constants: Object.freeze(constants),
  suffix: table.suffix,
  // The slot layout shared with compiled code (native/src/abi/slots.rs).
  slots: Object.freeze({ ...table.slots }),
  promiseMessage: table.promiseMessage,
};
