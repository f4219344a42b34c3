'use strict';
// Probe: misuse that must throw rather than succeed silently. Run with
// --expose-gc. Prints one JSON object: for each case, { code, name,
// message } of what was thrown, or { ok: <result> } when nothing was.
//  - refCallback/unrefCallback of a pointer whose (unref'd) function has
//    been garbage-collected, then unregisterCallback of it;
//  - `new` on a function wrapper (which must not call C), and the
//    wrapper's name, length and prototype.

const ffi = process.env.JITFFI_PROBE_REFERENCE === '1' ? require('node:ffi') : require('../..');

const fixture = process.env.JITFFI_FIXTURE;

function outcome(fn) {
  try {
    const r = fn();
    return { ok: typeof r === 'bigint' ? `${r}n` : r === undefined ? 'undefined' : r };
  } catch (err) {
    return { code: err.code, name: err.name, message: err.message };
  }
}

async function main() {
  const lib = new ffi.DynamicLibrary(fixture);
  const out = {};
  let collected = false;
  const watch = new FinalizationRegistry(() => { collected = true; });
  const pointer = (() => {
    const fn = () => 1;
    watch.register(fn, 'fn');
    const p = lib.registerCallback({ return: 'i32', arguments: [] }, fn);
    lib.unrefCallback(p);
    return p;
  })();
  for (let i = 0; i < 20 && !collected; i++) {
    global.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  out.collected = collected;
  out.refGone = outcome(() => lib.refCallback(pointer));
  out.unrefGone = outcome(() => lib.unrefCallback(pointer));
  out.unregisterGone = outcome(() => lib.unregisterCallback(pointer));

  const add = lib.getFunction('add_i32', { return: 'i32', arguments: ['i32', 'i32'] });
  const setFlag = lib.getFunction('set_flag', { return: 'void', arguments: ['i32'] });
  const getFlag = lib.getFunction('get_flag', { return: 'i32', arguments: [] });
  setFlag(0);
  out.construct = outcome(() => new setFlag(7));
  out.flagAfterNew = getFlag();
  out.constructAdd = outcome(() => new add(1, 2));
  out.name = add.name;
  out.length = add.length;
  out.hasPrototype = Object.prototype.hasOwnProperty.call(add, 'prototype');
  console.log(JSON.stringify(out));
}

main();
