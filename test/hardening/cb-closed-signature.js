'use strict';
// Probe: a signature whose getter (or Proxy trap) closes the library while
// registerCallback, getFunction or getFunctions reads it. The call must
// throw ERR_FFI_LIBRARY_CLOSED, as node:ffi does, rather than hand out a
// callback pointer or a function of a closed library. Prints { case:
// { code, message } | { ok } } and, on jitffi, how many callbacks stayed
// registered after 10,000 such registrations.

const reference = process.env.JITFFI_PROBE_REFERENCE === '1';
const ffi = reference ? require('node:ffi') : require('../..');

const fixture = process.env.JITFFI_FIXTURE;

function outcome(fn) {
  try {
    const r = fn();
    return { ok: typeof r === 'bigint' ? 'bigint' : typeof r };
  } catch (err) {
    return { code: err.code, message: err.message };
  }
}

// A signature `{ return: 'i32', arguments: params }` whose `key` getter
// closes `lib`.
function closing(lib, key, params = ['i32']) {
  const sig = { return: 'i32', arguments: params };
  const value = sig[key];
  delete sig[key];
  Object.defineProperty(sig, key, { enumerable: true, get() { lib.close(); return value; } });
  return sig;
}

const out = {};
for (const key of ['return', 'arguments']) {
  let lib = new ffi.DynamicLibrary(fixture);
  out[`registerCallback/${key}`] = outcome(() => lib.registerCallback(closing(lib, key), (x) => x));
  lib = new ffi.DynamicLibrary(fixture);
  out[`getFunction/${key}`] = outcome(() => lib.getFunction('add_i32', closing(lib, key, ['i32', 'i32'])));
  lib = new ffi.DynamicLibrary(fixture);
  // The wrapper already exists: the cached one must not be handed out.
  lib.getFunction('add_i32', { return: 'i32', arguments: ['i32', 'i32'] });
  out[`getFunction cached/${key}`] = outcome(() => lib.getFunction('add_i32', closing(lib, key, ['i32', 'i32'])));
  lib = new ffi.DynamicLibrary(fixture);
  out[`getFunctions/${key}`] = outcome(() => lib.getFunctions({ add_i32: closing(lib, key, ['i32', 'i32']) }));
}
{
  const lib = new ffi.DynamicLibrary(fixture);
  const definitions = { get add_i32() { lib.close(); return { return: 'i32', arguments: ['i32', 'i32'] }; } };
  out['getFunctions/definition getter'] = outcome(() => lib.getFunctions(definitions));
}
{
  const lib = new ffi.DynamicLibrary(fixture);
  const definitions = new Proxy({}, { ownKeys() { lib.close(); return []; } });
  out['getFunctions/ownKeys trap'] = outcome(() => lib.getFunctions(definitions));
}
{
  const lib = new ffi.DynamicLibrary(fixture);
  const sig = new Proxy({ return: 'i32', arguments: [] }, { get(target, key) { lib.close(); return target[key]; } });
  out['registerCallback/proxy'] = outcome(() => lib.registerCallback(sig, () => 0));
}
if (!reference) {
  const stats = ffi[Symbol.for('jitffi.internals')].stats;
  const before = stats().callbacks;
  let pointers = 0;
  for (let i = 0; i < 10000; i++) {
    const lib = new ffi.DynamicLibrary(fixture);
    try {
      lib.registerCallback(closing(lib, 'return'), (x) => x);
      pointers++;
    } catch { /* refused */ }
  }
  out.pointers = pointers;
  out.stayed = stats().callbacks - before;
}
console.log(JSON.stringify(out));
