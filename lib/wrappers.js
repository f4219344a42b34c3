'use strict';
// Per-symbol JS function wrappers.
//
// The native side picks a call path per signature (native/src/call/mod.rs):
//  - fast: this file generates a JS function for the signature that checks
//    its arguments exactly as native code does, writes them into the
//    environment's argument slots through typed-array views, calls the
//    compiled zero-argument stub and reads the result slot. No N-API call
//    per argument. Short ASCII strings given to `string` parameters are
//    copied by JS into the environment's string area (see `encode`);
//    other pointer arguments that are not bigint/null/undefined (longer
//    strings, buffers) are handed to the compiled general-tier function.
//  - v8fast (V8 13 and 14): the fast tier's wrapper, which then calls a V8
//    fast API function instead of the stub: the signature's typed function
//    (`F`), or for float-only signatures the target itself (`D`), which
//    V8's optimised code calls directly; unoptimised calls run the stub as
//    their slow callback (see `typedCallCode`, docs/jit.md). A C function
//    that takes and returns floats is a bound function instead: a V8
//    function that optimised code calls without the wrapper, and that
//    forwards its other calls to it (native/src/exports/bound.rs).
//  - general / interp: the wrapper IS the native function (a compiled
//    napi_callback, or the interpreted libffi path); it validates natively.
//
// Slot layout (native/src/abi/slots.rs): 8-byte slots; slot 0 = target
// address, slot 1 = result, slot 2 + i = argument i.

const { addon, byName, canGenerateCode, slots } = require('./native');
const aggregate = require('./aggregate');
const { getRawPointer } = require('./memory');
const { errors } = require('./errors');
const { slotViews, slotIndex, badValue, scalarCheck } = require('./validate');
const { BoundedCache } = require('./cache');
const pool = require('./pool');

// Slot indices, as compiled code uses them (native/src/abi/slots.rs).
const SLOT_TARGET = slots.target;
const SLOT_RESULT = slots.result;
const SLOT_ARG0 = slots.arg0;

const views = slotViews(addon.slots());
const index = (view, slot) => slotIndex(views, view, slot);

// The address as a double with the same bits, so the wrapper can store it
// with a plain Float64Array write. null if the bits form a NaN (V8 may
// canonicalise NaNs), which never happens for user-space addresses.
const bitsU64 = new BigUint64Array(1);
const bitsF64 = new Float64Array(bitsU64.buffer);
function addressBits(address) {
  bitsU64[0] = address;
  const d = bitsF64[0];
  return Number.isNaN(d) ? null : d;
}

// The string area: native memory (so its address is fixed) where wrappers
// copy short string arguments, NUL-terminated. A call copies its strings
// from `top`: 0 when no callback is running (then no other foreign call can
// be in progress on this thread), else `STR.top`, which every call raises
// past its own strings for the length of its native call. So a callback's
// nested calls copy theirs above the outer call's, which the outer C
// function may still be using. Offsets stay in locals until the stub is
// called, so a throw or a termination before it leaves `STR.top` alone;
// one during the native call is forgotten at the next outermost call.
const area = new Uint8Array(addon.strings());
const running = new Uint32Array(addon.callbackDepth()); // callbacks running now
const STR = { top: 0 };
// Whether typed V8 fast calls count themselves as synchronous foreign
// calls (native/src/call/jit/v8fast.rs): only the deadlock check of
// blocking thread-safe callbacks needs the count, so it starts once this
// environment registers one (`countSyncCalls`) and stays on. A wrapper then
// passes its target's address bits negated (the sign bit set). V8's
// optimising compiler folds `W.on` into the code it makes, and drops that
// code when `on` changes.
const W = { on: false };
function countSyncCalls() {
  if (W.on) return;
  W.on = true;
  addon.countSyncCalls(); // the bound functions' flag
}
// Strings up to this length are copied by JS; a char-by-char copy beats
// N-API's UTF-8 conversion only for short strings.
const MAX_JS_STRING = 16;
const areaAddress = getRawPointer(area);
const AREA_LO = Number(areaAddress & 0xffffffffn);
const AREA_HI = Number(areaAddress >> 32n);
// Pointers into the area are written as two uint32 halves (little-endian,
// as the whole slot layout), which needs the area not to cross a 4 GiB
// boundary; otherwise every string goes to the general tier.
const areaUsable = AREA_LO + area.length <= 2 ** 32;
const stringProto = String.prototype;
const { charCodeAt } = stringProto;

// Copies string `s` to the area at offset `o` and returns the offset just
// past its NUL, or -1 when `s` is too long, does not fit, or is not plain
// ASCII without NUL (the general tier then does the UTF-8 conversion, or
// throws for the NUL), or when String.prototype.charCodeAt was replaced.
function encode(s, o) {
  const n = s.length;
  if (!areaUsable || n > MAX_JS_STRING || o + n >= area.length) return -1;
  // A replaced String.prototype.charCodeAt must not decide what C receives.
  if (stringProto.charCodeAt !== charCodeAt) return -1;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c === 0 || c > 0x7f) return -1;
    area[o + k] = c;
  }
  area[o + n] = 0;
  return o + n + 1;
}

// The generated wrapper keeps its hot path small enough for V8 to inline
// it into callers: one combined condition covers the argument count and
// every argument check, and only when it fails does the cold `fail` run
// the checks one by one to throw the right error.
//
//   function fastCall(a0, a1) {
//     if (S.closed) throw E.libraryClosed();
//     if (arguments.length !== 2 || <a0 bad> || <a1 bad>) return fail(arguments.length, a0, a1);
//     <pointer arguments: null/undefined -> 0n; strings, buffers -> slow(a0, a1)>
//     <string parameters: short ASCII strings -> encode(); the rest as above>
//     V_Int32[4] = a0; V_Int32[6] = a1;   // argument slots
//     V_Float64[0] = T;                   // target address bits
//     STR.top = end;                      // with string parameters
//     stub();                             // or, with a typed function F:
//                                         //   const r = F(W.on ? -T : T, a0, a1);
//                                         //   if (r !== undefined) return r;
//     STR.top = top;                      // with string parameters
//     return V_Int32[2];                  // result slot
//   }

const isString = (row) => row.name === 'string';

function writeCode(row, i) {
  const write = `V_${row.view}[${index(row.view, SLOT_ARG0 + i)}] = a${i};`;
  if (!isString(row)) return write;
  const lo = index('Uint32', SLOT_ARG0 + i);
  return `if (s${i} >= 0) { V_Uint32[${lo}] = AREA_LO + s${i}; V_Uint32[${lo + 1}] = AREA_HI; } else ${write}`;
}

// bigint/null/undefined stay on the fast tier; anything else is unpacked
// (or rejected) by the native general-tier function. For `string`
// parameters, short ASCII strings are copied into the string area first.
function pointerCode(row, i, names) {
  if (!isString(row)) {
    return `if (typeof a${i} !== 'bigint') { if (a${i} == null) a${i} = 0n; else return slow(${names}); }`;
  }
  return `let s${i} = -1;
  if (typeof a${i} === 'string') { s${i} = end; end = encode(a${i}, end); if (end < 0) return slow(${names}); }
  else if (typeof a${i} !== 'bigint') { if (a${i} == null) a${i} = 0n; else return slow(${names}); }`;
}

function resultCode(row, strings) {
  const release = strings ? 'STR.top = top;\n  ' : '';
  if (row.kind === 'void') return `${release}return undefined;`;
  return `${release}return V_${row.view}[${index(row.view, SLOT_RESULT)}];`;
}

// One factory per signature key and form (typed or not, see
// `typedCallCode`), for the recently used keys:
// (V, E, S, T, stub, slow, STR, R, encode, AREA_LO, AREA_HI, F, W, TC, D)
// => wrapper.
const factories = new BoundedCache(256);

// V8 keeps what it compiled for each distinct source given to
// `new Function` (its eval cache; Node.js 26 keeps about 1 KiB per source
// for good), and the source of a fast-tier wrapper is specific to its
// signature. So at most MAX_GENERATED signature keys get one: the keys
// generated so far (made again from the same source after eviction from
// `factories`, which V8 then finds in its cache); the signatures beyond
// take the general tier, which generates no JS.
const MAX_GENERATED = 2048;
const generated = new Set();

function fastFactory(sig, typed, direct) {
  const key = typed ? `${sig.key}#${direct ? 'direct' : 'typed'}` : sig.key;
  let factory = factories.get(key);
  if (factory) return factory;
  if (!generated.has(key)) {
    if (generated.size >= MAX_GENERATED) return undefined;
    generated.add(key);
  }
  const n = sig.params.length;
  const names = Array.from({ length: n }, (_, i) => `a${i}`).join(', ');
  const bad = [`arguments.length !== ${n}`, ...sig.params.map((row, i) => badValue(row, `a${i}`))];
  const strings = sig.params.some(isString);
  const pointers = sig.params.map((row, i) => (row.kind === 'pointer' ? pointerCode(row, i, names) : '')).filter(Boolean);
  if (strings) pointers.unshift('const top = R[0] === 0 ? 0 : STR.top;\n  let end = top;');
  // In order, so the first bad argument is the one reported. A pointer
  // argument that is not a bigint, null or undefined is one the native
  // general-tier function judges (strings, buffers, wrong objects): from
  // there on it validates the rest in order and throws, as it would have.
  const checks = sig.params.map((row, i) => (row.kind === 'pointer'
    ? `if (${badValue(row, `a${i}`)}) throw E.invalidArgValue('Argument ${i} must be a non-negative pointer bigint');\n  ` +
      `if (typeof a${i} !== 'bigint' && a${i} != null) return slow(${names});`
    : scalarCheck(row, `a${i}`, i)));
  // 64-bit integer parameters also take safe-integer numbers, as bigints.
  const widen = sig.params.map((row, i) => (row.kind === 'bigint'
    ? `if (typeof a${i} === 'number' && Number.isSafeInteger(a${i})${row.signed ? '' : ` && a${i} >= 0`}) a${i} = BigInt(a${i});`
    : '')).filter(Boolean);
  // The key makes the source, and so V8's compiled code and type
  // feedback, specific to the signature (two signatures may otherwise
  // generate the same text, such as u8 and bool).
  const source = `// ${key}
const { ${Object.keys(views).map((v) => `${v}: V_${v}`).join(', ')} } = V;
function fail(count${n ? `, ${names}` : ''}) {
  if (count !== ${n}) throw E.argCount(${n}, count);
  ${checks.join('\n  ')}
}
// A method: like node:ffi's functions, a wrapper is not a constructor.
return ({ fastCall(${names}) {
  if (S.closed) throw E.libraryClosed();
  ${widen.join('\n  ')}
  if (${bad.map((b) => `(${b})`).join(' || ')}) return fail(arguments.length${n ? `, ${names}` : ''});
  ${pointers.join('\n  ')}
  ${sig.params.map(writeCode).join('\n  ')}
  V_Float64[${SLOT_TARGET}] = T;
  ${strings ? 'STR.top = end;' : ''}
  ${typed ? typedCallCode(sig, names, direct) : 'stub();'}
  ${resultCode(sig.result, strings)}
} }).fastCall;`;
  // eslint-disable-next-line no-new-func -- fast tier only, which callPath() gives where canGenerateCode
  factory = new Function('V', 'E', 'S', 'T', 'stub', 'slow', 'STR', 'R', 'encode', 'AREA_LO', 'AREA_HI', 'F', 'W', 'TC', 'D', source);
  factories.set(key, factory);
  return factory;
}

// The v8fast tier's typed call (native/src/host/v8_fast.rs): `F` is a V8
// fast API function that optimised code calls with the validated arguments
// unboxed, after the target's address bits: `T`, or `TC` (the same
// negated) when calls are counted (see `W`); it returns the result (0 for a
// void function). Where the target itself can be V8's fast C function
// (float arguments only, native/src/call/jit/v8fast.rs `direct_signature`),
// `D` is the V8 function made of it, called without the address, except
// when calls are counted. A call V8 does not make fast (the interpreter,
// Maglev, a deopt) runs the slow callback instead, which is the stub: it
// makes the call through the slots, written just before, and leaves
// `undefined`, so the result is then read from its slot.
function typedCallCode(sig, names, direct) {
  const args = names ? `, ${names}` : '';
  const call = direct ? `(W.on ? F(TC${args}) : D(${names}))` : `F(W.on ? TC : T${args})`;
  if (sig.result.kind === 'void') return `${call};`;
  return `const r = ${call};\n  if (r !== undefined) return r;`;
}

// Compiled zero-argument stubs, one per signature key in this environment,
// for the recently used keys. A stub keeps its signature's compiled code
// mapped until it is collected (native/src/call/jit/mod.rs, `CodeLease`), so
// this cache must not hold every stub ever made: the wrappers hold theirs.
const stubs = new BoundedCache(256);

function fastStub(sig) {
  let stub = stubs.get(sig.key);
  if (stub === undefined) {
    stub = addon.fastStub(sig.resultId, sig.paramIds, sig.flags);
    if (stub !== undefined) stubs.set(sig.key, stub);
  }
  return stub;
}

// Typed V8 fast API functions (see `typedCallCode`), one per signature key
// on the v8fast tier, for the recently used keys; null for a key that has
// none (a string parameter, or V8's type information did not check out).
// Each keeps its signature's code mapped, as a stub does.
const typedFunctions = new BoundedCache(256);

function typedFunction(sig) {
  let f = typedFunctions.get(sig.key);
  if (f === undefined) {
    f = addon.v8FastFunction(sig.resultId, sig.paramIds, sig.flags) ?? null;
    typedFunctions.set(sig.key, f);
  }
  return f ?? undefined;
}

// Native functions (general tier, interpreted) are constructors, as every
// N-API function is: `new` would call C. The wrapper handed out is a JS
// method around it, which is not, with one factory per parameter count.
// It passes exactly its arguments on, so the native argument-count check
// still sees a wrong count.
const methodFactories = new Map();

function nonConstructor(native, n) {
  if (!canGenerateCode) {
    // Without code generation: one method taking any arguments.
    return ({ call(...args) { return Reflect.apply(native, undefined, args); } }).call;
  }
  let factory = methodFactories.get(n);
  if (factory === undefined) {
    const names = Array.from({ length: n }, (_, i) => `a${i}`).join(', ');
    // eslint-disable-next-line no-new-func -- after the !canGenerateCode branch above
    factory = new Function('f', 'apply', `'use strict';
return ({ call(${names}) {
  return arguments.length === ${n} ? f(${names}) : apply(f, undefined, arguments);
} }).call;`);
    methodFactories.set(n, factory);
  }
  return factory(native, Reflect.apply);
}

const paths = new WeakMap();
const generals = new WeakMap(); // fast wrapper -> its general-tier function

function define(fn, name, length, address) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  // A plain data property, as on the built-in module's wrappers.
  Object.defineProperty(fn, 'pointer', { __proto__: null, value: address, writable: true, enumerable: true, configurable: true });
  return fn;
}

// Asynchronous calls (docs/async.md). `fn.async(...args)` validates and
// converts its arguments at once, as `fn(...args)` does (so bad arguments
// throw before any promise exists), runs the call on libuv's thread pool
// (native/src/async_calls.rs) and returns a promise of its result. The
// native function that does so is made on its first call. The wrapper of a
// `nonblocking` signature is that function itself.
function asyncCaller(state, name, address, sig) {
  if (sig.byValue) return byValueAsync(state, name, address, sig);
  let native;
  return ({ async(...args) {
    if (native === undefined) native = addon.asyncFunction(state.handle, name, address, sig.resultId, sig.paramIds, sig.flags);
    pool.started();
    return Reflect.apply(native, undefined, args);
  } }).async;
}

// `async` is an own method of every wrapper, not enumerable (so
// Object.keys, JSON and for-in see what they see on node:ffi's wrappers).
function defineAsync(fn, caller) {
  Object.defineProperty(fn, 'async', { __proto__: null, value: caller, writable: true, configurable: true });
  return fn;
}

// Makes the callable wrapper of symbol `name` at `address` in the library
// whose JS-side state is `state` ({ closed, handle }).
function makeWrapper(state, name, address, sig) {
  if (sig.variadic) return variadicWrapper(state, name, address, sig);
  if (sig.nonblocking) {
    const fn = asyncCaller(state, name, address, sig);
    paths.set(fn, pool.path);
    return defineAsync(define(fn, name, sig.params.length, address), fn);
  }
  const fn = makeSyncWrapper(state, name, address, sig);
  return defineAsync(fn, asyncCaller(state, name, address, sig));
}

function makeSyncWrapper(state, name, address, sig) {
  if (sig.byValue) return byValueWrapper(state, name, address, sig);
  let path = addon.callPath(sig.resultId, sig.paramIds, sig.flags);
  let fn;
  // 'v8fast' is the fast tier with functions V8 may call through its fast
  // API: a typed one, where the signature has one, else the stub.
  if (path === 'fast' || path === 'v8fast') {
    const typed = path === 'v8fast' ? typedFunction(sig) : undefined;
    const bits = addressBits(address);
    // `direct`: the target as V8's fast C function, if it can be one.
    const make = (direct) => {
      const factory = fastFactory(sig, typed !== undefined, direct !== undefined);
      // A typed function's slow callback is the stub's code itself, so its
      // wrapper needs no stub function of its own.
      const stub = factory && (typed === undefined ? fastStub(sig) : null);
      if (stub === undefined || bits === null) return undefined;
      const needsSlow = sig.params.some((p) => p.kind === 'pointer');
      const slow = needsSlow
        ? addon.nativeFunction(state.handle, name, address, sig.resultId, sig.paramIds, sig.flags)
        : undefined;
      const wrapper = factory(views, errors, state, bits, stub, slow, STR, running, encode, AREA_LO, AREA_HI, typed, W, -bits, direct);
      if (slow !== undefined) {
        generals.set(wrapper, slow);
        paths.set(slow, 'general');
      }
      return wrapper;
    };
    fn = make(undefined);
    // For a C function that takes and returns floats, users hold a V8
    // function whose optimised calls go straight to C, and whose other
    // calls run the wrapper (a bound function, native/src/exports/bound.rs).
    // Otherwise, where the target can be V8's fast C function, the wrapper
    // is made again to call it as a V8 function of its own (`D`).
    if (fn !== undefined && typed !== undefined) {
      const bound = addon.boundFunction(state.handle, name, address, sig.resultId, sig.paramIds, sig.flags, fn);
      const direct = bound === undefined ? addon.v8FastFunction(sig.resultId, sig.paramIds, sig.flags, address) : undefined;
      if (bound !== undefined) fn = bound;
      else if (direct !== undefined) fn = make(direct);
    }
    if (fn === undefined) {
      path = 'general';
    }
  }
  if (fn === undefined) {
    const native = addon.nativeFunction(state.handle, name, address, sig.resultId, sig.paramIds, sig.flags);
    fn = nonConstructor(native, sig.params.length);
  }
  paths.set(fn, path);
  return define(fn, name, sig.params.length, address);
}

// Structs and unions passed by value (docs/structs.md). Native code sees
// a signature of scalars (native/src/types.rs, Signature::lower): each
// aggregate argument is the address of its bytes, and an aggregate result
// is written through one more pointer argument, the last. The wrapper
// encodes each aggregate argument (validated in full, errors named from
// `Argument i`) and decodes the result; every value takes a multiple of
// 8 bytes, as the compiled code loads and stores whole eightbytes. The
// lowered function (fast tier, general tier or interpreted, chosen as for
// any signature) validates the other arguments.
//
// A call's aggregates (its *frame*: the arguments, then the result) live
// in the by-value area, an ArrayBuffer of this module's own (V8 never
// moves its memory) whose address is taken once, so a call allocates
// nothing and makes no N-API call for them. The
// area is a stack, as the string area is: a call starts at 0 when no
// callback is running and no other call is encoding its arguments (then no
// other call can be using the area on this thread), else at `BV.top`, and
// raises `BV.top` past its frame until the native call returns. So calls
// nested in a callback, or made by a getter of an argument being encoded,
// never touch the frame of the call they are nested in. A throw gives the
// frame back; a termination (which runs no `finally`) leaves `BV.top`
// raised, and the next outermost call starts at 0 again (one inside a
// getter leaves `BV.encoding` raised too: later calls then start at
// `BV.top`, which is correct, with less room). A frame that does not fit
// gets fresh memory of its own.
const pointerRow = byName.get('pointer');
const roundUp8 = (n) => Math.ceil(n / 8) * 8;

const BV_AREA_BYTES = 16 * 1024;
const bvArea = new ArrayBuffer(BV_AREA_BYTES);
const bvTarget = aggregate.codecTarget(bvArea);
const bvBytes = bvTarget.views.Uint8;
const bvWords = bvTarget.views.Float64;
const fillBytes = Object.getPrototypeOf(Uint8Array.prototype).fill;
// `encoding`: calls encoding their arguments now (a getter may be making
// another call meanwhile).
const BV = { top: 0, encoding: 0 };
let bvAddress = null; // the area's address, a bigint, once a by-value wrapper exists
const bvAddresses = []; // bvAddress + 8 * k, made on first use

function bvAddressAt(offset) {
  const k = offset / 8;
  let p = bvAddresses[k];
  if (p === undefined) {
    p = bvAddress + BigInt(offset);
    bvAddresses[k] = p;
  }
  return p;
}

// Whether each byte of `node`, rounded up to 8, belongs to exactly one of
// its scalars: no padding, no union (whose members overlap, and whose
// value leaves some bytes unwritten), nothing left for a zero.
function isDense(node) {
  const flat = aggregate.flatten(node.descriptor);
  if (flat.size % 8 !== 0) return false;
  const owners = new Uint8Array(flat.size);
  for (const l of flat.leaves) {
    for (let k = 0; k < byName.get(l.type).size; k++) owners[l.offset + k]++;
  }
  return owners.every((n) => n === 1);
}

// Where each aggregate of `sig` goes in a frame: { args: [{ index, node,
// at, root, encode }], argBytes, zero (whether the arguments' bytes must
// be zeroed first: padding, unions), result (node or null), resultAt,
// decode, frame }. `encode` and `decode` are the node's for the area
// (lib/aggregate.js, encoderFor and decoderFor).
function byValuePlan(sig) {
  const args = [];
  let at = 0;
  sig.params.forEach((p, index) => {
    if (p.byValue !== true) return;
    const node = aggregate.resolve(p.descriptor);
    args.push({ index, node, at, root: `Argument ${index}`, encode: aggregate.encoderFor(node, bvTarget) });
    at += roundUp8(p.size);
  });
  const result = sig.result.byValue === true ? aggregate.resolve(sig.result.descriptor) : null;
  return {
    args,
    argBytes: at,
    zero: !args.every((a) => isDense(a.node)),
    result,
    resultAt: at,
    decode: result === null ? null : aggregate.decoderFor(result, bvTarget),
    frame: at + (result === null ? 0 : roundUp8(result.size)),
  };
}

// Calls `inner`, the lowered function, with `args` (the caller's
// arguments, replaced in place by the addresses of the aggregates).
function callByValue(plan, inner, args) {
  const base = running[0] !== 0 || BV.encoding !== 0 ? BV.top : 0;
  if (base + plan.frame > BV_AREA_BYTES) return callByValueAlone(plan, inner, args);
  BV.top = base + plan.frame;
  BV.encoding++;
  try {
    if (plan.zero) Reflect.apply(fillBytes, bvBytes, [0, base, base + plan.argBytes]);
    for (const a of plan.args) {
      a.encode(base + a.at, args[a.index], a.root);
      args[a.index] = bvAddressAt(base + a.at);
    }
  } catch (e) {
    BV.top = base;
    throw e;
  } finally {
    BV.encoding--;
  }
  if (plan.result !== null) args.push(bvAddressAt(base + plan.resultAt));
  let r;
  try {
    r = Reflect.apply(inner, undefined, args);
  } finally {
    BV.top = base;
  }
  return plan.result === null ? r : plan.decode(base + plan.resultAt);
}

// Encodes the aggregates of `args` into a frame of fresh memory and
// replaces them in `args` by their addresses (plus the result's, last);
// returns the frame and a view of it. The caller keeps `frame` referenced
// until the native call is done with it.
function freshFrame(plan, args) {
  const frame = aggregate.allocate(plan.frame);
  const view = new DataView(frame.buffer, frame.byteOffset, plan.frame);
  for (const a of plan.args) aggregate.encodeInto(a.node, args[a.index], view, a.at, a.root);
  const address = getRawPointer(frame);
  for (const a of plan.args) args[a.index] = address + BigInt(a.at);
  if (plan.result !== null) args.push(address + BigInt(plan.resultAt));
  return { frame, view };
}

// callByValue with a frame of fresh memory.
function callByValueAlone(plan, inner, args) {
  const { frame, view } = freshFrame(plan, args);
  const r = Reflect.apply(inner, undefined, args);
  // `frame` is read after the call (the comma below), so it stays alive
  // through the native call, optimised or not.
  return plan.result === null ? (frame, r) : plan.result.decode(view, plan.resultAt);
}

// With code generation, a by-value wrapper is generated per frame layout:
// callByValue with the arguments named, the offsets constant and the
// encoders and the decoder called directly. At most MAX_GENERATED layouts
// (see fastFactory).
//
//   function call(a0, a1) {               // Point add(Point, Point)
//     if (S.closed) throw E.libraryClosed();
//     if (arguments.length !== 2) throw E.argCount(2, arguments.length);
//     const base = R[0] !== 0 || BV.encoding !== 0 ? BV.top : 0;
//     if (base > 16336) return alone([a0, a1]);
//     BV.top = base + 48;
//     BV.encoding++;
//     try { X0(base, a0, 'Argument 0'); X1(base + 16, a1, 'Argument 1'); }
//     catch (e) { BV.top = base; throw e; } finally { BV.encoding--; }
//     try { inner(A(base), A(base + 16), A(base + 32)); } finally { BV.top = base; }
//     return X2(base + 32);
//   }
const bvFactories = new BoundedCache(256);
const bvGenerated = new Set(); // aggregate.sourceId of each source generated

function byValueFactory(plan, n) {
  const names = Array.from({ length: n }, (_, i) => `a${i}`);
  const consts = [];
  const konst = (value) => `X${consts.push(value) - 1}`;
  const plus = (k) => (k === 0 ? 'base' : `base + ${k}`);
  const lowered = names.slice();
  const encode = plan.args.map((a) => {
    lowered[a.index] = `A(${plus(a.at)})`;
    return `${konst(a.encode)}(${plus(a.at)}, a${a.index}, ${JSON.stringify(a.root)});`;
  });
  if (plan.result !== null) lowered.push(`A(${plus(plan.resultAt)})`);
  let zero = '';
  if (plan.zero) {
    zero = plan.argBytes <= 64
      ? Array.from({ length: plan.argBytes / 8 }, (_, k) => `W[(base >>> 3) + ${k}] = 0;`).join(' ')
      : `FILL.call(U8, 0, base, ${plus(plan.argBytes)});`;
  }
  const result = plan.result === null ? 'return r;' : `return ${konst(plan.decode)}(${plus(plan.resultAt)});`;
  const source = `'use strict';
${consts.map((_, i) => `const X${i} = X[${i}];`).join('\n')}
return ({ call(${names.join(', ')}) {
  if (S.closed) throw E.libraryClosed();
  if (arguments.length !== ${n}) throw E.argCount(${n}, arguments.length);
  const base = R[0] !== 0 || BV.encoding !== 0 ? BV.top : 0;
  if (base > ${BV_AREA_BYTES - plan.frame}) return alone([${names.join(', ')}]);
  BV.top = base + ${plan.frame};
  BV.encoding++;
  try {
    ${zero}
    ${encode.join('\n    ')}
  } catch (e) {
    BV.top = base;
    throw e;
  } finally {
    BV.encoding--;
  }
  let r;
  try {
    r = inner(${lowered.join(', ')});
  } finally {
    BV.top = base;
  }
  ${result}
} }).call;`;
  let factory = bvFactories.get(source);
  if (factory === undefined) {
    const id = aggregate.sourceId(source);
    if (!bvGenerated.has(id)) {
      if (bvGenerated.size >= MAX_GENERATED) return null;
      bvGenerated.add(id);
    }
    // eslint-disable-next-line no-new-func -- only where canGenerateCode (byValueWrapper)
    factory = new Function('S', 'E', 'R', 'BV', 'inner', 'A', 'alone', 'W', 'U8', 'FILL', 'X', source);
    bvFactories.set(source, factory);
  }
  return (state, inner, alone) => factory(state, errors, running, BV, inner, bvAddressAt, alone, bvWords, bvBytes, fillBytes, consts);
}

// The signature native code sees for a by-value signature: each aggregate
// a pointer to its bytes, an aggregate result one more pointer, last.
function loweredSignature(sig) {
  const resultByValue = sig.result.byValue === true;
  const lowered = {
    result: resultByValue ? byName.get('void') : sig.result,
    params: sig.params.map((p) => (p.byValue === true ? pointerRow : p)),
    key: sig.key,
    resultId: sig.resultId,
    paramIds: sig.paramIds,
    flags: sig.flags,
  };
  if (resultByValue) lowered.params.push(pointerRow);
  return lowered;
}

function byValueWrapper(state, name, address, sig) {
  const n = sig.params.length;
  const lowered = loweredSignature(sig);
  const inner = makeSyncWrapper(state, name, address, lowered);
  if (bvAddress === null) bvAddress = getRawPointer(bvArea);
  const plan = byValuePlan(sig);
  const factory = canGenerateCode ? byValueFactory(plan, n) : null;
  const fn = factory !== null
    ? factory(state, inner, (args) => callByValueAlone(plan, inner, args))
    : ({ call(...args) {
      if (state.closed) throw errors.libraryClosed();
      if (args.length !== n) throw errors.argCount(n, args.length);
      return callByValue(plan, inner, args);
    } }).call;
  paths.set(fn, pathOf(inner));
  const general = generalOf(inner);
  if (general !== undefined) generals.set(fn, general);
  return define(fn, name, n, address);
}

// The asynchronous caller of a by-value signature: the lowered function's,
// with the call's aggregates in a frame of fresh memory that the promise's
// reaction keeps alive until the call has settled.
function byValueAsync(state, name, address, sig) {
  const n = sig.params.length;
  const plan = byValuePlan(sig);
  const inner = asyncCaller(state, name, address, loweredSignature(sig));
  return ({ async(...args) {
    if (state.closed) throw errors.libraryClosed();
    if (args.length !== n) throw errors.argCount(n, args.length);
    const { frame, view } = freshFrame(plan, args);
    const settled = Reflect.apply(inner, undefined, args);
    return settled.then((r) => (plan.result === null ? (frame, r) : plan.result.decode(view, plan.resultAt)));
  } }).async;
}

// Variadic functions (docs/api.md): `fn(fixed..., type, value, type,
// value, ...)`. The wrapper checks the count and the extra types and hands
// the call to one native function (native/src/call/variadic.rs), which
// converts each value with its type's rules, applies C's default argument
// promotions and calls through libffi, preparing each list of extra types
// once. Asynchronous calls of variadic functions are not supported.
function variadicWrapper(state, name, address, sig) {
  const n = sig.params.length;
  const native = addon.variadicFunction(state.handle, name, address, sig.resultId, sig.paramIds, sig.flags);
  const fn = ({ call(...args) {
    if (state.closed) throw errors.libraryClosed();
    if (args.length < n) throw errors.invalidArgValue(`Invalid argument count: expected at least ${n}, got ${args.length}`);
    const ids = [];
    for (let i = n; i < args.length; i += 2) {
      const t = args[i];
      const row = typeof t === 'string' ? byName.get(t) : undefined;
      if (row === undefined || row.kind === 'void') {
        throw errors.invalidArgValue(`Argument ${i} must be the type of argument ${i + 1}, a type name other than 'void'`);
      }
      if (i + 1 === args.length) throw errors.invalidArgValue(`Argument ${i + 1} is missing: type '${t}' must be followed by a value`);
      ids.push(row.id);
    }
    return Reflect.apply(native, undefined, [ids, ...args]);
  } }).call;
  paths.set(fn, 'variadic');
  define(fn, name, n, address);
  return defineAsync(fn, ({ async() {
    throw errors.invalidArgValue(`Variadic function ${name} cannot be called asynchronously`);
  } }).async);
}

// Where the next outermost by-value call would start in the by-value area,
// and how many calls are encoding their arguments, for tests.
function byValueAreaState() {
  return { top: BV.top, encoding: BV.encoding, size: BV_AREA_BYTES };
}

// The call path a wrapper uses ('fast', 'general' or 'interp'), for tests.
function pathOf(fn) {
  return paths.get(fn);
}

// The compiled general-tier function a fast wrapper hands the arguments
// it does not take itself (long strings, buffers), or undefined.
function generalOf(fn) {
  return generals.get(fn);
}

// Where the next outermost call would copy strings, for tests.
function stringAreaTop() {
  return STR.top;
}

module.exports = { makeWrapper, pathOf, generalOf, stringAreaTop, byValueAreaState, countSyncCalls };
