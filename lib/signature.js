'use strict';
// Parses node:ffi signature objects into a result row, parameter rows and a
// canonical key, with node:ffi's validation. Errors thrown by getters or
// Proxy traps on the signature object propagate unchanged.

const { byName } = require('./native');
const { errors, describe } = require('./errors');

function typeName(t) {
  if (typeof t === 'string') return t;
  if (typeof t === 'symbol') return t.toString();
  return describe(t);
}

function lookup(t, isParameter) {
  const row = typeof t === 'string' ? byName.get(t) : undefined;
  if (row === undefined || (isParameter && row.kind === 'void')) {
    throw errors.unsupportedType(typeName(t));
  }
  return row;
}

// Captured at load, so that later changes to Object.prototype can't reach it.
const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

// Reads whichever of `keys` are own properties of `sig` and not undefined;
// more than one throws. Inherited keys are ignored, so that a polluted
// Object.prototype can't change a signature.
function pick(sig, keys) {
  let found;
  let value;
  for (const key of keys) {
    if (!hasOwn(sig, key)) continue;
    const v = sig[key];
    if (v === undefined) continue;
    if (found !== undefined) {
      throw errors.invalidArgValue(
        `Signature must have only one of ${keys.map((k) => `'${k}'`).join(', ')}; got '${found}' and '${key}'`);
    }
    found = key;
    value = v;
  }
  return value;
}

// Returns { result, params, key, resultId, paramIds }.
// `argName` names the argument in type errors.
function parseSignature(sig, argName = 'signature') {
  if (sig === null || typeof sig !== 'object') {
    throw errors.invalidArgType(argName, 'of type object', sig);
  }
  const resultName = pick(sig, ['result', 'return', 'returns']);
  const paramList = pick(sig, ['parameters', 'arguments']);
  const result = resultName === undefined ? byName.get('void') : lookup(resultName, false);
  let params = [];
  if (paramList !== undefined) {
    if (!Array.isArray(paramList)) {
      throw errors.invalidArgType(`${argName}.parameters`, 'an instance of Array', paramList);
    }
    params = Array.from(paramList, (t) => lookup(t, true));
  }
  const key = `${result.name}(${params.map((p) => p.name).join(',')})`;
  return { result, params, key, resultId: result.id, paramIds: params.map((p) => p.id) };
}

module.exports = { parseSignature };
