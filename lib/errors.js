'use strict';
// Node-style errors for the JS side of jitffi: every error code and message
// text that lib/ throws is built here, so tests and the native side
// (native/src/errors.rs) can agree on one wording.

function makeError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', {
    __proto__: null, // a polluted Object.prototype.get must not turn this into an accessor
    value: code, enumerable: true, writable: true, configurable: true,
  });
  return err;
}

// A short description of a value for "Received ..." suffixes, in the style of
// Node's internal/errors.js.
function describe(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name || '<anonymous>'}`;
  if (typeof value === 'object') {
    // A Proxy's traps or a getter may throw: the error being built must
    // not be replaced by theirs.
    try {
      if (value.constructor && value.constructor.name) {
        return `an instance of ${value.constructor.name}`;
      }
    } catch {
      // fall through
    }
    return 'an object';
  }
  let shown;
  if (typeof value === 'bigint') shown = `${value}n`;
  else if (typeof value === 'symbol') shown = String(value);
  else if (typeof value === 'string') {
    shown = value.length > 25 ? `'${value.slice(0, 25)}...'` : `'${value}'`;
  } else shown = Object.is(value, -0) ? '-0' : String(value);
  return `type ${typeof value} (${shown})`;
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
  nullBytes(name, value) {
    return errors.invalidArgValue(
      `The argument '${name}' must be a string without null bytes. Received ${describe(value)}`);
  },
  outOfRange(name, range, value) {
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${describe(value)}`);
  },
  libraryClosed() {
    return makeError(Error, 'ERR_FFI_LIBRARY_CLOSED', 'Library is closed');
  },
  callFailed(message) {
    return makeError(Error, 'ERR_FFI_CALL_FAILED', message);
  },
  invalidThis(type) {
    return makeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
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

module.exports = { errors, makeError, describe };
