'use strict';
// Node-style errors for the JS side of jitffi: every error code and message
// text that lib/ throws is built here, so tests and the native side
// (native/src/errors.rs) can agree on one wording.

const { inspect } = require('node:util');

function makeError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, // a polluted Object.prototype.get must not turn this into an accessor
    value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

// A short description of a value for "Received ..." suffixes, as Node's
// internal/errors.js words it. Like Node, it reads `value.constructor`, so
// a Proxy trap or a getter that throws there propagates its error.
function describe(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean': return `type boolean (${value})`;
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return inspect(value, { depth: -1 });
    case 'string': {
      const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return shown.includes("'") ? `type string (${JSON.stringify(shown)})` : `type string ('${shown}')`;
    }
    default:
      return `type ${typeof value} (${inspect(value, { colors: false }).slice(0, 28)})`;
  }
}

// 1234567 -> '1_234_567', as Node's addNumericalSeparator.
function separated(digits) {
  let out = '';
  let i = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) out = `_${digits.slice(i - 3, i)}${out}`;
  return `${digits.slice(0, i)}${out}`;
}

// Node's validateInteger(value, name, min): the len argument of export*.
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw errors.outOfRange(name, `>= ${min} && <= ${max}`, value);
}

const errors = {
  // ERR_INVALID_ARG_TYPE: `name` must be of `expected` type(s).
  invalidArgType(name, expected, value) {
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be ${expected}. Received ${describe(value)}`);
  },
  // ERR_INVALID_ARG_VALUE with a free-form message (ffi call validation).
  invalidArgValue(message) {
    return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', message);
  },
  unsupportedType(name) {
    return errors.invalidArgValue(`Unsupported FFI type: ${String(name)}`);
  },
  argCount(expected, got) {
    return errors.invalidArgValue(
      `Invalid argument count: expected ${expected}, got ${got}`);
  },
  // "Argument 0 must be an int8" — `desc` comes from the native type table.
  argMustBe(index, desc) {
    return errors.invalidArgValue(`Argument ${index} must be ${desc}`);
  },
  // Worded as Node's ERR_OUT_OF_RANGE: large integers with underscores.
  outOfRange(name, range, value) {
    let received;
    if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) received = separated(String(value));
    else if (typeof value === 'bigint') {
      received = `${value > 2n ** 32n || value < -(2n ** 32n) ? separated(String(value)) : String(value)}n`;
    } else received = inspect(value);
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
  },
  libraryClosed() {
    return makeError(Error, 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed');
  },
  callFailed(message) {
    return makeError(Error, 'ERR_FFI_CALL_FAILED', message);
  },
  constructCallRequired(name) {
    return makeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
      `Class constructor ${name} cannot be invoked without 'new'`);
  },
  differentSignature(name) {
    return errors.invalidArgValue(
      `Function ${name} was already requested with a different signature`);
  },
  callbackNotFound() {
    return errors.invalidArgValue('Callback not found');
  },
};

module.exports = { errors, makeError, describe, validateInteger };
