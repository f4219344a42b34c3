'use strict';
// DynamicLibrary: a loaded library, its resolved functions and symbols, and
// close(). Native handles and the closed flag live in a private state object
// that function wrappers share, so a closed library is refused on every
// call path.

const { addon } = require('./native');
const { errors } = require('./errors');
const { parseSignature } = require('./signature');
const { makeWrapper } = require('./wrappers');
const { callbackTarget } = require('./callbacks');

// Thunks of the registered callbacks, by user function: a thunk must live
// as long as its function does, even while the native side holds it only
// weakly (unrefCallback), and no longer. A WeakMap entry holds its value
// only while its key is alive, although the thunk refers to the function.
const thunksOf = new WeakMap();
// The user function of each thunk (a lookup that runs no user code).
const functionOf = new WeakMap();

const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

function checkName(name, argName) {
  if (typeof name !== 'string') throw errors.invalidArgType(argName, 'of type string', name);
  if (name.includes('\0')) throw errors.nullBytes(argName, name);
}

function checkPath(path) {
  if (path === null) return;
  checkName(path, 'path');
}

// Unregisters `entry` natively; the native side hands back what it held
// (the function or its thunk, unless collected), so a thunk can be dropped.
function releaseCallback(entry) {
  const held = addon.unregisterCallback(entry);
  const fn = typeof held === 'function' ? functionOf.get(held) : undefined;
  if (fn !== undefined) thunksOf.get(fn)?.delete(held);
}

// The property through which a function wrapper keeps its library alive.
const kLibrary = Symbol('jitffi.library');

// Whether `value` is a library made by the class below.
let isLibrary;

function checkThis(self) {
  if (!isLibrary(self)) throw errors.invalidThis('DynamicLibrary');
}

class Library {
  #state;
  #functions = Object.create(null);
  #symbols = Object.create(null);
  #keys = new Map(); // symbol name -> signature key of its wrapper
  // Entry addresses registered through this library. A library that is
  // garbage-collected without close() leaves its callbacks registered: C
  // may still hold their pointers, so they stay callable until the
  // environment is torn down (which releases them natively).
  #callbacks = new Set();

  static {
    // A private brand check: runs no Proxy trap or getter.
    isLibrary = (value) => value !== null && typeof value === 'object' && #state in value;
  }

  constructor(path) {
    checkPath(path);
    let handle;
    try {
      handle = addon.open(path);
    } catch (err) {
      throw errors.callFailed(err.message);
    }
    this.#state = { closed: false, handle, path };
  }

  get path() {
    checkThis(this);
    return this.#state.path;
  }

  get functions() {
    checkThis(this);
    return this.#functions;
  }

  get symbols() {
    checkThis(this);
    return this.#symbols;
  }

  #checkOpen() {
    if (this.#state.closed) throw errors.libraryClosed();
  }

  getSymbol(name) {
    checkThis(this);
    this.#checkOpen();
    checkName(name, 'name');
    let address = this.#symbols[name];
    if (address === undefined) {
      address = addon.symbol(this.#state.handle, name);
      this.#symbols[name] = address;
    }
    return address;
  }

  getSymbols() {
    checkThis(this);
    this.#checkOpen();
    return Object.assign(Object.create(null), this.#symbols);
  }

  getFunction(name, signature) {
    checkThis(this);
    this.#checkOpen();
    checkName(name, 'name');
    const sig = parseSignature(signature);
    // Reading the signature runs user code (getters, Proxy traps), which
    // may have closed the library.
    this.#checkOpen();
    const known = this.#keys.get(name);
    if (known !== undefined) {
      if (known !== sig.key) throw errors.differentSignature(name);
      return this.#functions[name];
    }
    const address = this.getSymbol(name);
    const fn = makeWrapper(this.#state, name, address, sig);
    Object.defineProperty(fn, kLibrary, { __proto__: null, value: this });
    this.#keys.set(name, sig.key);
    this.#functions[name] = fn;
    return fn;
  }

  getFunctions(definitions) {
    checkThis(this);
    this.#checkOpen();
    const out = Object.create(null);
    if (definitions === undefined) return Object.assign(out, this.#functions);
    if (definitions === null || typeof definitions !== 'object') {
      throw errors.invalidArgType('definitions', 'of type object', definitions);
    }
    for (const name of Object.keys(definitions)) {
      out[name] = this.getFunction(name, definitions[name]);
    }
    return out;
  }

  registerCallback(signature, callback) {
    checkThis(this);
    this.#checkOpen();
    let sig;
    if (arguments.length < 2) {
      callback = signature;
      sig = parseSignature({}, 'signature');
    } else {
      sig = parseSignature(signature, 'signature');
    }
    if (typeof callback !== 'function') {
      throw errors.invalidArgType('callback', 'of type function', callback);
    }
    // Reading the signature runs user code, which may have closed the
    // library: a callback registered now could never be released.
    this.#checkOpen();
    const { target, isThunk } = callbackTarget(sig, callback);
    const entry = addon.registerCallback(sig.resultId, sig.paramIds, target, isThunk);
    if (isThunk) {
      let thunks = thunksOf.get(callback);
      if (thunks === undefined) thunksOf.set(callback, (thunks = new Set()));
      thunks.add(target);
      functionOf.set(target, callback);
    }
    this.#callbacks.add(entry);
    return entry;
  }

  #callback(pointer) {
    this.#checkOpen();
    if (typeof pointer !== 'bigint') {
      throw errors.invalidArgType('pointer', 'of type bigint', pointer);
    }
    if (!this.#callbacks.has(pointer)) throw errors.callbackNotFound();
    return pointer;
  }

  unregisterCallback(pointer) {
    checkThis(this);
    this.#callback(pointer);
    this.#callbacks.delete(pointer);
    releaseCallback(pointer);
  }

  // False natively when the function has been collected (after
  // unrefCallback): there is nothing left to reference.
  refCallback(pointer) {
    checkThis(this);
    if (!addon.setCallbackStrong(this.#callback(pointer), true)) throw errors.callbackNotFound();
  }

  unrefCallback(pointer) {
    checkThis(this);
    if (!addon.setCallbackStrong(this.#callback(pointer), false)) throw errors.callbackNotFound();
  }

  close() {
    checkThis(this);
    if (this.#state.closed) return;
    this.#state.closed = true;
    for (const entry of this.#callbacks) releaseCallback(entry);
    this.#callbacks.clear();
    addon.close(this.#state.handle);
  }

  [kDispose]() {
    checkThis(this);
    this.close();
  }
}

Object.defineProperty(Library, 'name', { value: 'DynamicLibrary' });
Object.defineProperty(Library.prototype, Symbol.toStringTag, {
  value: 'DynamicLibrary', configurable: true,
});

// V8 throws its own TypeError (without a `code`) when a class is called
// without `new`; the proxy turns that into ERR_CONSTRUCT_CALL_REQUIRED.
// A null-prototype handler: traps inherited from a polluted Object.prototype
// must not become traps of this Proxy.
const DynamicLibrary = new Proxy(Library, {
  __proto__: null,
  apply() {
    throw errors.constructCallRequired('DynamicLibrary');
  },
});

function dlopen(path, definitions) {
  const lib = new DynamicLibrary(path);
  let functions;
  try {
    functions = definitions === undefined ? Object.create(null) : lib.getFunctions(definitions);
  } catch (err) {
    lib.close();
    throw err;
  }
  return { lib, functions, [kDispose]() { lib.close(); } };
}

function checkLibrary(handle) {
  if (!isLibrary(handle)) {
    throw errors.invalidArgType('handle', 'an instance of DynamicLibrary', handle);
  }
}

function dlclose(handle) {
  checkLibrary(handle);
  handle.close();
}

function dlsym(handle, symbol) {
  checkLibrary(handle);
  return handle.getSymbol(symbol);
}

module.exports = { DynamicLibrary, dlopen, dlclose, dlsym, kDispose };
