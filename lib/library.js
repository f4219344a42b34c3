'use strict';
// DynamicLibrary: a loaded library, its resolved functions and symbols, and
// close(). Native handles and the closed flag live in a private state object
// that function wrappers share, so a closed library is refused on every
// call path.

const { addon } = require('./native');
const { errors, makeError } = require('./errors');
const { parseSignature, isSignatureObject } = require('./signature');
const { parsePrototype } = require('./prototype');
const { makeWrapper, countSyncCalls } = require('./wrappers');
const { callbackTarget, threadsafeMode } = require('./callbacks');

// Thunks of the registered callbacks, by user function: a thunk must live
// as long as its function does, even while the native side holds it only
// weakly (unrefCallback), and no longer. A WeakMap entry holds its value
// only while its key is alive, although the thunk refers to the function.
const thunksOf = new WeakMap();
// The user function of each thunk (a lookup that runs no user code).
const functionOf = new WeakMap();

const kDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);

const typeError = (message) => makeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);

// A library path, symbol name or function name (`what` names it in the
// built-in module's wording).
function checkName(name, what, typeText = 'a string') {
  if (typeof name !== 'string') throw typeError(`${what} must be ${typeText}`);
  if (name.includes('\0')) throw errors.invalidArgValue(`${what} must not contain null bytes`);
}

function checkPath(path) {
  if (path === null) return;
  checkName(path, 'Library path', 'a string or null');
}

// A callback pointer given to unregister/ref/unrefCallback.
function checkPointer(pointer) {
  if (typeof pointer !== 'bigint') throw typeError('The first argument must be a bigint');
  if (BigInt.asUintN(64, pointer) !== pointer) throw errors.invalidArgValue('The first argument must be a non-negative bigint');
}

// Methods called on something that is not a library: V8's own wording for
// the built-in module's native methods.
function illegalInvocation() {
  return new TypeError('Illegal invocation');
}

// Unregisters `entry` natively; the native side hands back what it held
// (the function or its thunk, unless collected), so a thunk can be dropped.
// Its entries leave both maps now rather than when the GC finds the
// function dead: a WeakMap's table keeps the size it once needed until
// entries are deleted, so register/unregister loops would leave it as large
// as the number of callbacks made between two full collections.
function releaseCallback(entry) {
  const held = addon.unregisterCallback(entry);
  const fn = typeof held === 'function' ? functionOf.get(held) : undefined;
  if (fn === undefined) return;
  functionOf.delete(held);
  const thunks = thunksOf.get(fn);
  thunks.delete(held);
  if (thunks.size === 0) thunksOf.delete(fn);
}

// Function wrapper -> its library: a wrapper keeps its library alive, with
// no property of its own for it.
const libraryOf = new WeakMap();

// Whether `value` is a library made by the class below.
let isLibrary;

function checkThis(self) {
  if (!isLibrary(self)) throw illegalInvocation();
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
    // Own accessors, as on the built-in module's libraries.
    const state = this.#state;
    const symbols = this.#symbols;
    Object.defineProperties(this, {
      path: { __proto__: null, get: () => state.path, enumerable: true },
      symbols: {
        __proto__: null,
        enumerable: true,
        get: () => {
          if (state.closed) throw errors.libraryClosed();
          return symbols;
        },
      },
    });
  }

  get functions() {
    checkThis(this);
    this.#checkOpen();
    return this.#functions;
  }


  #checkOpen() {
    if (this.#state.closed) throw errors.libraryClosed();
  }

  getSymbol(name) {
    checkThis(this);
    this.#checkOpen();
    checkName(name, 'Symbol name');
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
    checkName(name, 'Function name');
    if (!isSignatureObject(signature)) throw typeError('Function signature must be an object');
    const sig = parseSignature(signature, name);
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
    libraryOf.set(fn, this);
    this.#keys.set(name, sig.key);
    this.#functions[name] = fn;
    return fn;
  }

  // A C prototype string: the wrapper getFunction returns for the same
  // signature. `options` adds jitffi's `errno` and `nonblocking`.
  func(prototype, options) {
    checkThis(this);
    this.#checkOpen();
    if (typeof prototype !== 'string') throw typeError('The prototype must be a string');
    const { name, signature } = parsePrototype(prototype);
    if (options !== undefined) {
      if (!isSignatureObject(options)) throw typeError('The options must be an object');
      for (const key of ['errno', 'nonblocking']) {
        if (hasOwn(options, key)) signature[key] = options[key];
      }
    }
    return this.getFunction(name, signature);
  }

  getFunctions(definitions) {
    checkThis(this);
    this.#checkOpen();
    const out = Object.create(null);
    if (definitions === undefined) return Object.assign(out, this.#functions);
    // An array of C prototype strings.
    if (Array.isArray(definitions)) {
      for (const prototype of definitions) {
        if (typeof prototype !== 'string') throw typeError('Each function of an array must be a C prototype string');
        const { name, signature } = parsePrototype(prototype);
        out[name] = this.getFunction(name, signature);
      }
      return out;
    }
    if (!isSignatureObject(definitions)) throw typeError('Functions signatures must be an object');
    for (const name of Object.keys(definitions)) {
      const signature = definitions[name];
      if (!isSignatureObject(signature)) throw typeError(`Signature of function ${name} must be an object`);
      out[name] = this.getFunction(name, signature);
    }
    return out;
  }

  registerCallback(signature, callback) {
    checkThis(this);
    this.#checkOpen();
    let sig;
    let threadsafe = 0;
    if (arguments.length < 2 && typeof signature === 'function') {
      callback = signature;
      sig = parseSignature({}, '<callback>');
    } else {
      if (!isSignatureObject(signature)) throw typeError('First argument must be a function or a signature object');
      if (typeof callback !== 'function') throw typeError('Second argument must be a function');
      sig = parseSignature(signature, '<callback>');
      threadsafe = threadsafeMode(signature, sig);
    }
    if (sig.errno || sig.variadic) {
      throw errors.invalidArgValue(`A callback signature cannot be ${sig.errno ? 'errno' : 'variadic'}`);
    }
    // Reading the signature runs user code, which may have closed the
    // library: a callback registered now could never be released.
    this.#checkOpen();
    const { target, isThunk } = callbackTarget(sig, callback);
    // A blocking thread-safe callback needs synchronous calls counted.
    if (threadsafe === 1) countSyncCalls();
    const entry = addon.registerCallback(sig.resultId, sig.paramIds, target, isThunk, threadsafe);
    // A thunk, or the by-value adapter around the function, lives as long
    // as the function does.
    if (target !== callback) {
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
    checkPointer(pointer);
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
    functions = definitions === undefined ? Object.freeze(Object.create(null)) : lib.getFunctions(definitions);
  } catch (err) {
    lib.close();
    throw err;
  }
  return { lib, functions, [kDispose]() { lib.close(); } };
}

// As in the built-in module, these only call the method: anything with a
// close or getSymbol method will do, and anything else fails as a call of a
// missing method does.
function dlclose(handle) {
  handle.close();
}

function dlsym(handle, symbol) {
  return handle.getSymbol(symbol);
}

module.exports = { DynamicLibrary, dlopen, dlclose, dlsym };
