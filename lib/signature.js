'use strict';
// Parses node:ffi signature objects into a result row, parameter rows and a
// canonical key, with the built-in module's validation and wording. Errors
// thrown by getters or Proxy traps on the signature object propagate
// unchanged.

const { addon, byName } = require('./native');
const { errors, makeError } = require('./errors');
const aggregate = require('./aggregate');

// Captured at load, so that later changes to Object.prototype can't reach it.
const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

const typeError = (message) => makeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);

// Whether `value` may be a signature object: an object or a function (the
// built-in module takes both), not an array.
function isSignatureObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && !Array.isArray(value);
}

// Reads whichever of `keys` `sig` has as own properties; more than one
// throws. Each key is read first (running getters and Proxy traps as the
// built-in module's reads do), but an inherited value is ignored, so that a
// polluted Object.prototype can't change a signature.
function pick(sig, keys) {
  let found;
  let value;
  for (const key of keys) {
    const v = sig[key];
    if (!hasOwn(sig, key)) continue;
    if (found !== undefined) {
      throw errors.invalidArgValue(
        `Signature must have only one of ${keys.map((k) => `'${k}'`).join(', ')}; got '${found}' and '${key}'`);
    }
    found = key;
    value = v;
  }
  return { found, value };
}

// Structs and unions passed by value (docs/structs.md): each is described
// to native code by its layout, `{ size, align, leaves: [[offset, typeId],
// ...] }`, in place of a type id; native code lowers it to a pointer to
// the value's bytes (native/src/types.rs, Signature::lower) and passes
// it as the C ABI wants (native/src/abi/aggregate.rs). A type that is
// passed by value gets a row of its own: { byValue: true, descriptor,
// name (the layout's key, for signature keys), id (the layout), size }.
const byValueRows = new WeakMap(); // flatten(descriptor) -> row or reason

function byValueRow(t, what) {
  if (t.kind === 'array') {
    throw errors.invalidArgValue(`${what} is an array type, which C cannot pass by value; ` +
      "pass a pointer ('pointer' or 'buffer'), or wrap the array in a struct");
  }
  const flat = aggregate.flatten(t);
  let row = byValueRows.get(flat);
  if (row === undefined) {
    const layout = Object.freeze({
      size: flat.size,
      align: flat.align,
      leaves: Object.freeze(flat.leaves.map((l) => Object.freeze([l.offset, byName.get(l.type).id]))),
    });
    const reason = addon.byValueUnsupported(layout);
    row = reason === null
      ? Object.freeze({ byValue: true, descriptor: t, name: flat.key, id: layout, size: flat.size })
      : reason;
    byValueRows.set(flat, row);
  }
  if (typeof row === 'string') throw errors.invalidArgValue(`${what} cannot be passed by value: ${row}`);
  // Two descriptors of one layout share the row's key, not its descriptor.
  return row.descriptor === t ? row : Object.freeze({ ...row, descriptor: t });
}

// The row of type name `t`, the result type when `index` is -1, else
// parameter `index` of function `fn`.
function lookup(t, fn, index) {
  const what = index < 0 ? `Return value type of function ${fn}` : `Argument ${index} of function ${fn}`;
  if (aggregate.isDescriptor(t)) return byValueRow(t, what);
  if (typeof t !== 'string') throw typeError(`${what} must be a string`);
  if (t.includes('\0')) throw errors.invalidArgValue(`${what} must not contain null bytes`);
  const row = byName.get(t);
  if (row === undefined) throw errors.unsupportedType(t);
  if (index >= 0 && row.kind === 'void') {
    throw errors.invalidArgValue(`${what} must not be 'void'; use an empty array for no-argument functions`);
  }
  return row;
}

// jitffi's boolean options (`nonblocking`, `errno`, `variadic`): own
// properties, read after the keys node:ffi reads, so that node:ffi
// signatures see no other reads.
function readOption(sig, fn, option) {
  if (!hasOwn(sig, option)) return false;
  const value = sig[option];
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw typeError(`The ${option} option of function ${fn} must be a boolean`);
  return value;
}

// Bits of the `flags` number native code receives after a signature
// (native/src/exports/args.rs, FLAG_ERRNO).
const FLAG_ERRNO = 1;

// Returns { result, params, key, resultId, paramIds, byValue, nonblocking,
// errno, variadic, flags } of signature `sig` of function `fn` (its name,
// or '<callback>'); `byValue` is true when a struct or union is passed or
// returned by value, `nonblocking` when the signature asks for
// asynchronous calls (docs/async.md), `errno` when calls keep `errno`
// (ffi.errno()), `variadic` when `params` are the fixed parameters of a
// variadic function; the last three are part of `key`, and `flags` carries
// `errno` to native code. The caller has checked that `sig` is a signature
// object (isSignatureObject).
function parseSignature(sig, fn) {
  const result = pick(sig, ['result', 'return', 'returns']);
  const list = pick(sig, ['parameters', 'arguments']);
  const resultRow = result.found === undefined ? byName.get('void') : lookup(result.value, fn, -1);
  let params = [];
  if (list.found !== undefined) {
    if (!Array.isArray(list.value)) throw typeError(`Arguments list of function ${fn} must be an array`);
    params = Array.from(list.value, (t, i) => lookup(t, fn, i));
  }
  const nonblocking = readOption(sig, fn, 'nonblocking');
  const errno = readOption(sig, fn, 'errno');
  const variadic = readOption(sig, fn, 'variadic');
  const names = params.map((p) => p.name);
  if (variadic) names.push('...');
  const key = `${resultRow.name}(${names.join(',')})${nonblocking ? ' nonblocking' : ''}${errno ? ' errno' : ''}`;
  const byValue = resultRow.byValue === true || params.some((p) => p.byValue === true);
  if (variadic && (byValue || nonblocking)) {
    throw errors.invalidArgValue(`Variadic function ${fn} cannot ${nonblocking ? 'be nonblocking' : 'pass a struct or union by value'}`);
  }
  const flags = errno ? FLAG_ERRNO : 0;
  return {
    result: resultRow, params, key, resultId: resultRow.id, paramIds: params.map((p) => p.id),
    byValue, nonblocking, errno, variadic, flags,
  };
}

module.exports = { parseSignature, isSignatureObject };
