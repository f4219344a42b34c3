'use strict';
// Aggregate types: the descriptors of ffi.struct, ffi.union and ffi.array,
// their C layout, and the conversion of JS values to and from their bytes
// (docs/structs.md).
//
// A descriptor is a frozen plain object that only this module can make
// (a WeakMap holds the ones it made, so a copy is not one). Behind each
// descriptor, and behind each scalar type row, is a *node*: its size and
// alignment, its fields or element, and a pair of closures that encode a
// JS value into a DataView and decode one from it. Scalar nodes take
// everything from their type table row (lib/native.js): size, alignment,
// the typed-array view that gives the bytes their type, and the value rule
// (kind, min, max, signed). Nothing here switches over type names.
//
// Layout is the C compiler's for the platform: each field at the next
// multiple of its alignment, the aggregate's alignment the largest of its
// fields', its size a multiple of that; union members all at offset 0.
// `packed: n` caps every field's alignment at n, as `#pragma pack(n)` does;
// `packed: true` is `__attribute__((packed))`, the same as n = 1. Packing
// applies to the fields of the aggregate it is given to, not to the inside
// of a nested aggregate, which keeps the layout it was declared with.
//
// Encoding validates the whole value before any byte reaches its
// destination: it fills a zeroed buffer of its own (padding and the unused
// bytes of a union stay zero), reading each property of the value once, and
// only then is the buffer copied where it goes. A bad value throws
// ERR_INVALID_ARG_VALUE naming its path from a root the caller gives:
// `value.origin.x must be a double`, or `Argument 0.origin.x ...` for a call
// argument.

const { byName, canGenerateCode } = require('./native');
const { makeError, describe } = require('./errors');
const { badValueFn, badValue } = require('./validate');
const { BoundedCache } = require('./cache');

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const PACKINGS = [1, 2, 4, 8];
const ObjectPrototype = Object.prototype;
const hasOwn = (o, k) => ObjectPrototype.hasOwnProperty.call(o, k);

const valueError = (message) => makeError(TypeError, 'ERR_INVALID_ARG_VALUE', message);
const typeError = (message) => makeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);

// descriptor -> node, for the descriptors this module made.
const nodes = new WeakMap();
// type table row -> node.
const scalarNodes = new Map();

function isDescriptor(value) {
  return typeof value === 'object' && value !== null && nodes.has(value);
}

// ---- values: errors with a path -----------------------------------------

// Thrown inside an encoder; the levels it passes through add their segment
// (`.name`, `[i]`), and `encodeInto` turns it into the user's error.
class BadValue {
  constructor(tail) {
    this.tail = tail; // 'must be a double', 'is missing: expected ...'
    this.segments = [];
  }
}

function withSegment(e, segment) {
  if (e instanceof BadValue) e.segments.push(segment);
  return e;
}

function userError(e, root) {
  return valueError(`${root}${e.segments.reverse().join('')} ${e.tail}`);
}

// Gets the real type of a typed array ('Float64Array'), or undefined for
// anything else, without reading a property a user could have replaced.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

// ---- scalar nodes ----------------------------------------------------------

const INVALID = Symbol('invalid');

// The value rule of a memory field of `row`'s type: that of the memory
// setters (setInt32 ... setFloat64; -0 is 0 for every integer type, 64-bit
// integers also take safe-integer numbers). A pointer-like field holds an
// address: a bigint, or null for NULL. Returns v converted, or INVALID.
function scalarConvert(row) {
  if (row.kind === 'pointer') {
    const bad = badValueFn(row);
    return (v) => (v === null ? 0n : typeof v === 'bigint' && !bad(v) ? v : INVALID);
  }
  const bad = badValueFn(row, { acceptMinusZero: true });
  if (row.kind === 'bigint') {
    return (v) => {
      if (typeof v === 'number' && Number.isSafeInteger(v) && (row.signed || v >= 0)) return BigInt(v);
      return bad(v) ? INVALID : v;
    };
  }
  return (v) => (bad(v) ? INVALID : v);
}

function scalarNode(row) {
  let node = scalarNodes.get(row);
  if (node) return node;
  const get = DataView.prototype[`get${row.view}`];
  const set = DataView.prototype[`set${row.view}`];
  const convert = scalarConvert(row);
  const expect = row.kind === 'pointer' ? 'a bigint or null' : row.desc;
  node = {
    kind: 'scalar',
    type: row.name, // what a descriptor shows for it
    row,
    size: row.size,
    align: row.align,
    expect,
    encode(view, at, v) {
      const c = convert(v);
      if (c === INVALID) throw new BadValue(`must be ${expect}`);
      set.call(view, at, c, LITTLE_ENDIAN);
    },
    decode(view, at) {
      return get.call(view, at, LITTLE_ENDIAN);
    },
  };
  scalarNodes.set(row, node);
  return node;
}

// ---- resolving a type ------------------------------------------------------

// Spellings of `long double`, which no row has: refused with a reason.
const LONG_DOUBLE = /^(long ?double|f80|f128|float80|float128)$/i;

// The node of `type`, a type name or a descriptor. `where` prefixes
// declaration errors ('struct Point, field "x"'); without it the errors are
// those of a "type" argument.
function resolve(type, where) {
  if (typeof type === 'string') {
    const row = byName.get(type);
    const prefix = where ? `${where}: ` : '';
    if (row === undefined) {
      if (LONG_DOUBLE.test(type)) throw valueError(`${prefix}long double is not supported`);
      throw valueError(`${prefix}Unsupported FFI type: ${type}`);
    }
    if (row.size === 0) throw valueError(`${prefix}void has no size and cannot be stored`);
    return scalarNode(row);
  }
  const node = typeof type === 'object' && type !== null ? nodes.get(type) : undefined;
  if (node !== undefined) return node;
  if (where) {
    throw valueError(`${where}: the type must be a type name or an ffi.struct, ffi.union or ffi.array descriptor. ` +
      `Received ${describe(type)}`);
  }
  throw typeError('The "type" argument must be a type name or an ffi.struct, ffi.union or ffi.array descriptor. ' +
    `Received ${describe(type)}`);
}

// What descriptors show as a field's or an element's type: the row's name
// for a scalar, the descriptor for an aggregate.
const shownType = (node) => (node.kind === 'scalar' ? node.type : node.descriptor);

const roundUp = (n, align) => Math.ceil(n / align) * align;

// ---- struct and union ------------------------------------------------------

// The [name, type] pairs of a fields argument, in order.
function fieldPairs(fields, label) {
  if (Array.isArray(fields)) {
    return fields.map((pair, i) => {
      if (!Array.isArray(pair) || pair.length !== 2) {
        throw valueError(`${label}, field ${i}: must be a [name, type] pair. Received ${describe(pair)}`);
      }
      return [pair[0], pair[1]];
    });
  }
  if (typeof fields !== 'object' || fields === null || isDescriptor(fields)) {
    throw typeError('The "fields" argument must be an object or an array of [name, type] pairs. ' +
      `Received ${describe(fields)}`);
  }
  return Object.keys(fields).map((name) => {
    // Keys that are array indexes come first in an object whatever their
    // place in the literal: their order would not be the declared one.
    if (String(Number(name) >>> 0) === name && name !== '4294967295') {
      throw valueError(`${label}, field "${name}": a name that is an array index loses its place in an object; ` +
        'use the [name, type] form');
    }
    return [name, fields[name]];
  });
}

// Reads `options`: { name?: string, packed?: boolean | 1 | 2 | 4 | 8 }.
function aggregateOptions(kind, options) {
  if (options === undefined) return { name: null, packed: false, label: kind };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw typeError(`The "options" argument must be of type object. Received ${describe(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'name' && key !== 'packed') throw valueError(`${kind}: unknown option "${key}" (name, packed)`);
  }
  const { name, packed } = options;
  if (name !== undefined && typeof name !== 'string') {
    throw valueError(`${kind}: options.name must be a string. Received ${describe(name)}`);
  }
  const label = name ? `${kind} ${name}` : kind;
  let pack = false;
  if (packed === true) pack = 1;
  else if (PACKINGS.includes(packed)) pack = packed;
  else if (packed !== undefined && packed !== false) {
    throw valueError(`${label}: packed must be true, false, 1, 2, 4 or 8. Received ${describe(packed)}`);
  }
  return { name: name === undefined ? null : name, packed: pack, label };
}

// The struct or union last declared with each name (options.name), for C
// prototype strings (lib/prototype.js); held weakly, so a name keeps no
// descriptor alive.
const namedDescriptors = new Map();

// The struct or union last declared with `name` and still alive, or undefined.
function named(name) {
  return namedDescriptors.get(name)?.deref();
}

function declareAggregate(kind, fields, options) {
  const { name, packed, label } = aggregateOptions(kind, options);
  const pairs = fieldPairs(fields, label);
  if (pairs.length === 0) throw valueError(`${label} has no fields`);
  const seen = new Set();
  const members = pairs.map(([fieldName, type], i) => {
    if (typeof fieldName !== 'string' || fieldName === '') {
      throw valueError(`${label}, field ${i}: the name must be a non-empty string. Received ${describe(fieldName)}`);
    }
    const where = `${label}, field "${fieldName}"`;
    // Decoded values are plain objects: this key would set their prototype.
    if (fieldName === '__proto__') throw valueError(`${where}: __proto__ cannot be a field name`);
    if (seen.has(fieldName)) throw valueError(`${where} is declared twice`);
    seen.add(fieldName);
    return { name: fieldName, node: resolve(type, where), inherited: fieldName in ObjectPrototype };
  });

  // Layout.
  let end = 0;
  let align = 1;
  for (const m of members) {
    m.align = packed ? Math.min(m.node.align, packed) : m.node.align;
    align = Math.max(align, m.align);
    if (kind === 'struct') {
      m.offset = roundUp(end, m.align);
      end = m.offset + m.node.size;
    } else {
      m.offset = 0;
      end = Math.max(end, m.node.size);
    }
  }
  const size = roundUp(end, align);
  if (size > MAX_SAFE) throw valueError(`${label} is too large`);

  const descriptor = Object.freeze({
    kind,
    name,
    size,
    align,
    packed,
    fields: Object.freeze(members.map((m) => Object.freeze({
      name: m.name, type: shownType(m.node), offset: m.offset, size: m.node.size, align: m.align,
    }))),
  });
  const node = kind === 'struct'
    ? structNode(descriptor, members, label)
    : unionNode(descriptor, members, label);
  nodes.set(descriptor, node);
  if (name !== null) namedDescriptors.set(name, new WeakRef(descriptor));
  return descriptor;
}

// The value of field `m` in `v`, undefined when it has none. A value
// inherited from Object.prototype (`toString` for a field named toString)
// is not the field's.
function fieldOf(v, m) {
  const x = v[m.name];
  if (m.inherited && x === ObjectPrototype[m.name] && !hasOwn(v, m.name)) return undefined;
  return x;
}

const isPlainValue = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

// Throws for an own enumerable key of `v` that is not a field.
function checkKeys(v, names, label) {
  for (const key of Object.keys(v)) {
    if (!names.has(key)) throw withSegment(new BadValue(`is not a field of ${label}`), `.${key}`);
  }
}

function structNode(descriptor, members, label) {
  const n = members.length;
  const names = new Set(members.map((m) => m.name));
  const expect = `an object (${label})`;
  return {
    kind: 'struct', descriptor, size: descriptor.size, align: descriptor.align, members, label, expect,
    encode(view, at, v) {
      if (!isPlainValue(v)) throw new BadValue(`must be ${expect}`);
      let i = 0;
      try {
        for (; i < n; i++) {
          const m = members[i];
          const x = fieldOf(v, m);
          if (x === undefined) throw new BadValue(`is missing: expected ${m.node.expect}`);
          m.node.encode(view, at + m.offset, x);
        }
      } catch (e) {
        throw withSegment(e, `.${members[i].name}`);
      }
      checkKeys(v, names, label);
    },
    decode(view, at) {
      const out = {};
      for (let i = 0; i < n; i++) {
        const m = members[i];
        out[m.name] = m.node.decode(view, at + m.offset);
      }
      return out;
    },
  };
}

// A union value names one member: { member: value }. A decoded union has
// every member, each decoded from the same bytes.
function unionNode(descriptor, members, label) {
  const n = members.length;
  const names = new Set(members.map((m) => m.name));
  const list = members.map((m) => m.name).join(', ');
  const expect = `an object with one of the fields ${list} (${label})`;
  return {
    kind: 'union', descriptor, size: descriptor.size, align: descriptor.align, members, label, expect,
    encode(view, at, v) {
      if (!isPlainValue(v)) throw new BadValue(`must be ${expect}`);
      let chosen = -1;
      let value;
      const given = [];
      for (let i = 0; i < n; i++) {
        const x = fieldOf(v, members[i]);
        if (x === undefined) continue;
        given.push(members[i].name);
        chosen = i;
        value = x;
      }
      if (given.length !== 1) {
        throw new BadValue(given.length === 0
          ? `must have one of the fields ${list} (${label})`
          : `must have only one of the fields ${list} (${label}); it has ${given.join(' and ')}`);
      }
      checkKeys(v, names, label);
      const m = members[chosen];
      try {
        m.node.encode(view, at + m.offset, value);
      } catch (e) {
        throw withSegment(e, `.${m.name}`);
      }
    },
    decode(view, at) {
      const out = {};
      for (let i = 0; i < n; i++) out[members[i].name] = members[i].node.decode(view, at);
      return out;
    },
  };
}

function struct(fields, options) {
  return declareAggregate('struct', fields, options);
}

function union(fields, options) {
  return declareAggregate('union', fields, options);
}

// ---- arrays ----------------------------------------------------------------

// The typed array a row's values decode to: its view's ('Float64' ->
// Float64Array).
const typedArrayOf = (row) => globalThis[`${row.view}Array`];

function array(type, length) {
  const element = resolve(type, 'array element');
  if (!Number.isSafeInteger(length) || length <= 0) {
    throw valueError(`array length must be a positive safe integer. Received ${describe(length)}`);
  }
  const size = element.size * length;
  if (size > MAX_SAFE) throw valueError('array is too large');
  const descriptor = Object.freeze({
    kind: 'array', size, align: element.align, element: shownType(element), length,
  });
  nodes.set(descriptor, arrayNode(descriptor, element, length));
  return descriptor;
}

// Arrays of scalars from this many bytes on are copied whole between typed
// arrays and the bytes; smaller ones element by element, which is faster
// for them (reading `.buffer` moves a small typed array's memory out of
// V8's heap).
const BULK_BYTES = 256;

function arrayNode(descriptor, element, length) {
  const expect = `an array or typed array of length ${length}`;
  const stride = element.size;
  const size = descriptor.size;
  const Typed = element.kind === 'scalar' ? typedArrayOf(element.row) : null;
  const tag = Typed && Typed.name;
  // A typed array of the element's own view can be copied byte for byte
  // when every value of that view is valid for the row (`bool` takes any
  // uint8, `i8` any int8 ...).
  const copyable = Typed !== null && size >= BULK_BYTES && (element.row.kind !== 'int' ||
    (viewRange(Typed)[0] >= element.row.min && viewRange(Typed)[1] <= element.row.max));
  return {
    kind: 'array', descriptor, size, align: descriptor.align, element, length, expect, Typed, tag, copyable,
    encode(view, at, v) {
      const kindTag = typedArrayTag.call(v);
      if ((kindTag === undefined && !Array.isArray(v)) || v.length !== length) throw new BadValue(`must be ${expect}`);
      if (copyable && kindTag === tag) {
        new Uint8Array(view.buffer, view.byteOffset + at, size)
          .set(new Uint8Array(v.buffer, v.byteOffset, size));
        return;
      }
      let i = 0;
      try {
        for (; i < length; i++) element.encode(view, at + i * stride, v[i]);
      } catch (e) {
        throw withSegment(e, `[${i}]`);
      }
    },
    decode(view, at) {
      if (Typed !== null) {
        const out = new Typed(length);
        if (size >= BULK_BYTES) {
          new Uint8Array(out.buffer).set(new Uint8Array(view.buffer, view.byteOffset + at, size));
        } else {
          for (let i = 0; i < length; i++) out[i] = element.decode(view, at + i * stride);
        }
        return out;
      }
      const out = new Array(length);
      for (let i = 0; i < length; i++) out[i] = element.decode(view, at + i * stride);
      return out;
    },
  };
}

// The smallest and the largest value of an integer typed array's elements.
function viewRange(Typed) {
  const bits = Typed.BYTES_PER_ELEMENT * 8;
  const signed = new Typed([-1])[0] < 0;
  return signed ? [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1] : [0, 2 ** bits - 1];
}

// ---- layout queries --------------------------------------------------------

function sizeof(type) {
  return resolve(type).size;
}

function alignof(type) {
  return resolve(type).align;
}

function offsetof(type, field) {
  const node = resolve(type);
  if (node.kind !== 'struct' && node.kind !== 'union') {
    throw valueError(`offsetof needs a struct or union type. Received ${node.kind === 'array' ? 'an array descriptor' : node.type}`);
  }
  if (typeof field !== 'string') {
    throw typeError(`The "field" argument must be of type string. Received ${describe(field)}`);
  }
  const m = node.members.find((x) => x.name === field);
  if (m === undefined) throw valueError(`${node.label} has no field "${field}"`);
  return m.offset;
}

// The layout of `type` as native code needs it: `kind` ('struct', 'union',
// 'array' or 'scalar'), `size`, `align`, and `leaves`, every scalar inside
// it as `{ offset, type }` (`type` a type table row name) in declaration
// order, arrays expanded element by element; the members of a union all
// start at its offset, so their leaves overlap. `key` is a string that is
// equal for two types exactly when these facts are.
const flatCache = new WeakMap();

function flatten(type) {
  const node = resolve(type);
  let flat = flatCache.get(node);
  if (flat) return flat;
  const leaves = [];
  (function walk(n, base) {
    if (n.kind === 'scalar') leaves.push(Object.freeze({ offset: base, type: n.type }));
    else if (n.kind === 'array') for (let i = 0; i < n.length; i++) walk(n.element, base + i * n.element.size);
    else for (const m of n.members) walk(m.node, base + m.offset);
  })(node, 0);
  const key = `${node.kind}${node.size}/${node.align}{${leaves.map((l) => `${l.type}@${l.offset}`).join(',')}}`;
  flat = Object.freeze({ kind: node.kind, size: node.size, align: node.align, leaves: Object.freeze(leaves), key });
  flatCache.set(node, flat);
  return flat;
}

// ---- encode / decode -------------------------------------------------------

// A DataView of the bytes of `target` (ArrayBuffer or ArrayBufferView) from
// `offset`, checked to hold `size` bytes.
function viewOf(target, offset, size, name) {
  let buffer;
  let start;
  let length;
  if (ArrayBuffer.isView(target)) {
    buffer = target.buffer;
    start = target.byteOffset;
    length = target.byteLength;
  } else if (target instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && target instanceof SharedArrayBuffer)) {
    buffer = target;
    start = 0;
    length = target.byteLength;
  } else {
    throw typeError(`The "${name}" argument must be an ArrayBuffer or an ArrayBufferView. Received ${describe(target)}`);
  }
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw typeError(`The offset must be a non-negative integer. Received ${describe(offset)}`);
  }
  if (offset + size > length) {
    throw makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The ${name} holds ${length} bytes, ${offset + size} are needed (offset ${offset}, size ${size})`);
  }
  return new DataView(buffer, start + offset, size);
}

// Values are encoded into a scratch area of this module's own and copied
// from there. A value whose getters encode another value meanwhile (the
// area is in use) is encoded into fresh memory instead.
const SCRATCH_BYTES = 4096;
const scratch = new ArrayBuffer(SCRATCH_BYTES);
const scratchBytes = new Uint8Array(scratch);
let scratchTarget = null; // made on first use: codecTarget is defined below
let scratchInUse = false;

// Encodes `value` as `node` (checked in full; `root` names it in errors)
// and returns `use(bytes)`, where `bytes` is a Uint8Array of the node's size
// that is valid only during the call: the value's bytes, padding and the
// unused bytes of unions zero. With `onBad`, a value that does not fit
// calls `onBad(message)` (a callback's result aborts the process) before
// the error is thrown.
function withEncoded(node, value, root, use, onBad) {
  const size = node.size;
  if (size <= SCRATCH_BYTES && !scratchInUse) {
    scratchInUse = true;
    try {
      scratchBytes.fill(0, 0, size);
      if (scratchTarget === null) scratchTarget = codecTarget(scratch);
      if (onBad === undefined) encoderFor(node, scratchTarget)(0, value, root);
      else encodeInto(node, value, scratchTarget.view, 0, root, onBad); // a callback's result: the checked closures
      return use(new Uint8Array(scratch, 0, size));
    } finally {
      scratchInUse = false;
    }
  }
  const bytes = allocate(size, Uint8Array);
  encodeInto(node, value, new DataView(bytes.buffer, bytes.byteOffset, size), 0, root, onBad);
  return use(bytes);
}

// A zero-filled `Type` (Buffer or Uint8Array) of `size` bytes with an
// ArrayBuffer of its own.
function allocate(size, Type = Buffer) {
  try {
    return Type === Buffer ? Buffer.alloc(size) : new Type(size);
  } catch {
    throw makeError(RangeError, 'ERR_MEMORY_ALLOCATION_FAILED', 'Failed to allocate memory');
  }
}

// Encodes `value` (checked in full) into `view` from byte `at`; `root`
// names the value in errors. The bytes must be zero beforehand: padding
// is not written.
function encodeInto(node, value, view, at, root, onBad) {
  try {
    node.encode(view, at, value);
  } catch (e) {
    if (!(e instanceof BadValue)) throw e;
    const error = userError(e, root);
    if (onBad !== undefined) onBad(error.message);
    throw error;
  }
}

// A new Buffer of `node`'s size, with an ArrayBuffer of its own, holding
// `value`.
function bytesOf(node, value, root) {
  return withEncoded(node, value, root, (bytes) => {
    const out = allocate(node.size);
    out.set(bytes);
    return out;
  });
}

// A new Buffer of the type's size holding `value`: padding and the unused
// bytes of a union are zero. Nothing is returned unless the whole value is
// valid.
function encodeBytes(type, value, root = 'value') {
  return bytesOf(resolve(type), value, root);
}

// Writes `value` as `type` into `target` (an ArrayBuffer or a view) at byte
// `offset`, all `sizeof(type)` bytes of it, padding as zeros; validates
// the whole value before it writes anything.
function encode(type, value, target, offset = 0, root = 'value') {
  const node = resolve(type);
  const view = viewOf(target, offset, node.size, 'target');
  withEncoded(node, value, root, (bytes) => new Uint8Array(view.buffer, view.byteOffset, node.size).set(bytes));
}

// The value of `type` held by `source` (an ArrayBuffer or a view) at byte
// `offset`.
function decode(type, source, offset = 0) {
  const node = resolve(type);
  return node.decode(viewOf(source, offset, node.size, 'source'), 0);
}

// ---- generated encoders and decoders ---------------------------------------
// The encoder and the decoder of a type for one *target* (an ArrayBuffer of
// jitffi's own with a typed array of every element type over it: the
// by-value area of lib/wrappers.js, this module's scratch, ffi.read's copy
// area) are generated from its layout with `new Function` where code
// generation is allowed (lib/native.js): straight-line code with constant
// property names and offsets, scalars stored and loaded through the typed
// arrays, arrays as loops. They do what the closures of the nodes do, with
// the same checks in the same order, reading each property once, and the
// same errors; the closures remain for contexts without code generation
// and for types whose code would be long. `at` is a multiple of 8, so a
// scalar whose offset is a multiple of its size is aligned in the target;
// the others (packed) go through an 8-byte conversion buffer.
//
//   function encode(at, v, root) {        // struct { f64 x; i32 n }
//     try {
//       let x0 = v;
//       if (typeof x0 !== 'object' || x0 === null || isArray(x0) || isView(x0)) throw B('must be ...', []);
//       let x1 = x0["x"];
//       if (x1 === undefined) throw B('is missing: expected a double', [".x"]);
//       if (typeof x1 !== 'number') throw B('must be a double', [".x"]);
//       V_Float64[(at) >>> 3] = x1;
//       ...
//       const k3 = keys(x0);
//       if (k3.length !== 2 || k3[0] !== "x" || k3[1] !== "n") { <the key that is not a field> }
//     } catch (e) { throw U(e, root); }
//   }
//   function decode(at) { return { "x": V_Float64[(at) >>> 3], "n": V_Int32[(at + 8) >>> 2] }; }

const VIEW_NAMES = ['Int8', 'Uint8', 'Int16', 'Uint16', 'Int32', 'Uint32', 'Float32', 'Float64', 'BigInt64', 'BigUint64'];
const TYPED = Object.fromEntries(VIEW_NAMES.map((name) => [name, globalThis[`${name}Array`]]));

function viewsOver(buffer) {
  const views = {};
  for (const name of VIEW_NAMES) {
    const Typed = TYPED[name];
    views[name] = new Typed(buffer, 0, Math.floor(buffer.byteLength / Typed.BYTES_PER_ELEMENT));
  }
  return views;
}

let targets = 0;

// A target over `buffer`, for encoderFor and decoderFor.
function codecTarget(buffer) {
  return { id: targets++, buffer, view: new DataView(buffer), views: viewsOver(buffer) };
}

// Generated code longer than this many parts (each field, element or
// scalar visited; a loop counts its body once) is not generated.
const MAX_PARTS = 400;
// V8 keeps what it compiled for each distinct source given to `new
// Function` (lib/wrappers.js, MAX_GENERATED): at most this many sources.
const MAX_SOURCES = 2048;
const sources = new Set(); // sourceId of each source generated
const factories = new BoundedCache(256);

// A short name of a generated source for the sets that count them: two
// 32-bit FNV-1a hashes and the length.
function sourceId(source) {
  let a = 0x811c9dc5;
  let b = 0x1b873593;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${source.length}`;
}
const TOO_LONG = Symbol('too long');

const lowbit = (n) => (n === 0 ? Infinity : n & -n);
const q = (text) => JSON.stringify(text);

// A position in the target: `base` (a variable, of known alignment
// `align`) plus the constant `off`.
const addr = (pos) => (pos.off === 0 ? pos.base : `${pos.base} + ${pos.off}`);
const alignOf = (pos) => Math.min(pos.align, lowbit(pos.off));
const at = (pos, offset) => ({ base: pos.base, align: pos.align, off: pos.off + offset });
// Segments (outermost first, as source) -> the array BadValue keeps
// (innermost first).
const segs = (list) => `[${[...list].reverse().join(', ')}]`;

class CodeGen {
  constructor() {
    this.consts = [];
    this.vars = 0;
    this.parts = 0;
    this.readers = new Set();
  }

  konst(value) {
    let i = this.consts.indexOf(value);
    if (i < 0) i = this.consts.push(value) - 1;
    return `K${i}`;
  }

  v(prefix) {
    return `${prefix}${this.vars++}`;
  }

  part() {
    if (++this.parts > MAX_PARTS) throw TOO_LONG;
  }

  store(row, pos, x) {
    const size = row.size;
    if (alignOf(pos) >= size) return `V_${row.view}[(${addr(pos)}) >>> ${Math.log2(size)}] = ${x};`;
    const bytes = Array.from({ length: size }, (_, k) => `V_Uint8[${addr(pos)} + ${k}] = C_Uint8[${k}];`);
    return `C_${row.view}[0] = ${x}; ${bytes.join(' ')}`;
  }

  load(row, pos) {
    const size = row.size;
    if (alignOf(pos) >= size) return `V_${row.view}[(${addr(pos)}) >>> ${Math.log2(size)}]`;
    this.readers.add(row);
    return `read${row.view}(${addr(pos)})`;
  }

  // Statements (into `out`) that check the value in variable `x` (a `let`)
  // as `node` and store it at `pos`; `path` is its segments.
  encode(node, pos, x, path, out) {
    this.part();
    const fail = (tail, list = path) => `throw B(${q(tail)}, ${segs(list)});`;
    if (node.kind === 'scalar') {
      const row = node.row;
      const bad = fail(`must be ${node.expect}`);
      if (row.kind === 'pointer') {
        out.push(`if (${x} === null) ${x} = 0n; else if (typeof ${x} !== 'bigint' || BigInt.asUintN(64, ${x}) !== ${x}) ${bad}`);
      } else if (row.kind === 'bigint') {
        out.push(`if (typeof ${x} === 'number' && Number.isSafeInteger(${x})${row.signed ? '' : ` && ${x} >= 0`}) ${x} = BigInt(${x});`,
          `else if (${badValue(row, x)}) ${bad}`);
      } else {
        out.push(`if (${badValue(row, x, { acceptMinusZero: true })}) ${bad}`);
      }
      out.push(this.store(row, pos, x));
      return;
    }
    if (node.kind === 'array') {
      const t = this.v('t');
      const i = this.v('i');
      const e = this.v('e');
      const stride = node.element.size;
      out.push(`const ${t} = tagOf.call(${x});`,
        `if ((${t} === undefined && !isArray(${x})) || ${x}.length !== ${node.length}) ${fail(`must be ${node.expect}`)}`);
      if (node.copyable) out.push(`if (${t} === ${q(node.tag)}) copyIn(V_Uint8, ${addr(pos)}, ${x}, ${node.size}); else {`);
      out.push(`for (let ${i} = 0; ${i} < ${node.length}; ${i}++) {`, `let ${e} = ${x}[${i}];`);
      const inner = { base: `${addr(pos)} + ${i} * ${stride}`, off: 0, align: Math.min(alignOf(pos), lowbit(stride)) };
      this.encode(node.element, inner, e, [...path, `'[' + ${i} + ']'`], out);
      out.push(node.copyable ? '} }' : '}');
      return;
    }
    out.push(`if (typeof ${x} !== 'object' || ${x} === null || isArray(${x}) || isView(${x})) ${fail(`must be ${node.expect}`)}`);
    // Reads member m into a new variable, as fieldOf does.
    const read = (m) => {
      const y = this.v('x');
      const name = q(m.name);
      out.push(`let ${y} = ${x}[${name}];`);
      if (m.inherited) out.push(`if (${y} === OP[${name}] && !hasOwn(${x}, ${name})) ${y} = undefined;`);
      return y;
    };
    const keysCheck = () => {
      const k = this.v('k');
      const names = node.members.map((m) => m.name);
      const same = names.length <= 8
        ? [`${k}.length !== ${names.length}`, ...names.map((name, j) => `${k}[${j}] !== ${q(name)}`)].join(' || ')
        : `!sameKeys(${k}, ${this.konst(names)})`;
      const extra = this.v('f');
      out.push(`const ${k} = keys(${x});`,
        `if (${same}) { const ${extra} = extraKey(${k}, ${this.konst(new Set(names))}); ` +
        `if (${extra} !== undefined) ${fail(`is not a field of ${node.label}`, [...path, `'.' + ${extra}`])} }`);
    };
    if (node.kind === 'struct') {
      // Each field is read and checked before the next is read.
      for (const m of node.members) {
        const y = read(m);
        const list = [...path, q(`.${m.name}`)];
        out.push(`if (${y} === undefined) ${fail(`is missing: expected ${m.node.expect}`, list)}`);
        this.encode(m.node, at(pos, m.offset), y, list, out);
      }
      keysCheck();
      return;
    }
    const values = node.members.map(read);
    // A union: every member is read, then exactly one must be given.
    const c = this.v('c');
    const n = this.v('n');
    const y = this.v('y');
    out.push(`let ${c} = -1, ${n} = 0, ${y};`);
    values.forEach((u, j) => out.push(`if (${u} !== undefined) { ${n}++; ${c} = ${j}; ${y} = ${u}; }`));
    out.push(`if (${n} !== 1) throw unionError(${n}, [${values.join(', ')}], ${this.konst(node.members.map((m) => m.name))}, ` +
      `${q(node.label)}, ${segs(path)});`);
    // A union value has one key, the member given, most of the time.
    const k = this.v('k');
    const extra = this.v('f');
    out.push(`const ${k} = keys(${x});`,
      `if (${k}.length !== 1 || ${k}[0] !== ${this.konst(node.members.map((m) => m.name))}[${c}]) { ` +
      `const ${extra} = extraKey(${k}, ${this.konst(new Set(node.members.map((m) => m.name)))}); ` +
      `if (${extra} !== undefined) ${fail(`is not a field of ${node.label}`, [...path, `'.' + ${extra}`])} }`);
    out.push(`switch (${c}) {`);
    node.members.forEach((m, j) => {
      out.push(`case ${j}: {`);
      this.encode(m.node, at(pos, m.offset), y, [...path, q(`.${m.name}`)], out);
      out.push('break; }');
    });
    out.push('}');
  }

  // An expression that decodes `node` at `pos`; `helpers` gets the
  // functions it calls.
  decode(node, pos, helpers) {
    this.part();
    if (node.kind === 'scalar') return this.load(node.row, pos);
    if (node.kind !== 'array') {
      return `{ ${node.members.map((m) => `${q(m.name)}: ${this.decode(m.node, at(pos, m.offset), helpers)}`).join(', ')} }`;
    }
    const f = this.v('array');
    const stride = node.element.size;
    const inner = { base: `p + i * ${stride}`, off: 0, align: Math.min(alignOf(pos), lowbit(stride)) };
    const lines = [`function ${f}(p) {`];
    if (node.Typed !== null) {
      lines.push(`const out = new ${this.konst(node.Typed)}(${node.length});`);
      if (node.size >= BULK_BYTES) {
        lines.push(`new U8(out.buffer).set(new U8(BUFFER, p, ${node.size}));`);
      } else {
        lines.push(`for (let i = 0; i < ${node.length}; i++) out[i] = ${this.decode(node.element, inner, helpers)};`);
      }
    } else {
      lines.push(`const out = new ArrayC(${node.length});`,
        `for (let i = 0; i < ${node.length}; i++) out[i] = ${this.decode(node.element, inner, helpers)};`);
    }
    lines.push('return out;', '}');
    helpers.push(lines.join('\n  '));
    return `${f}(${addr(pos)})`;
  }

  // The source of a factory (V, C, K, H) => the function made of `body`.
  source(body, helpers = []) {
    const views = (name, prefix) => `const { ${VIEW_NAMES.map((v) => `${v}: ${prefix}_${v}`).join(', ')} } = ${name};`;
    const readers = [...this.readers].map((row) => `function read${row.view}(p) { ` +
      `${Array.from({ length: row.size }, (_, k) => `C_Uint8[${k}] = V_Uint8[p + ${k}];`).join(' ')} return C_${row.view}[0]; }`);
    return `'use strict';
${views('V', 'V')}
${views('C', 'C')}
${this.consts.map((_, i) => `const K${i} = K[${i}];`).join('\n')}
const { B, U, BUFFER, U8, ArrayC, isArray, isView, keys, hasOwn, OP, tagOf, copyIn, extraKey, sameKeys, unionError } = H;
${[...readers, ...helpers].join('\n')}
${body}`;
  }
}

function makeBadValue(tail, segments) {
  const e = new BadValue(tail);
  e.segments = segments;
  return e;
}

const conversion = viewsOver(new ArrayBuffer(8));
const helpersOf = (target) => ({
  B: makeBadValue,
  U: (e, root) => (e instanceof BadValue ? userError(e, root) : e),
  BUFFER: target.buffer,
  U8: Uint8Array,
  ArrayC: Array,
  isArray: Array.isArray,
  isView: ArrayBuffer.isView,
  keys: Object.keys,
  hasOwn,
  OP: ObjectPrototype,
  tagOf: typedArrayTag,
  copyIn: (bytes, offset, v, size) => bytes.set(new Uint8Array(v.buffer, v.byteOffset, size), offset),
  extraKey: (list, names) => list.find((key) => !names.has(key)),
  sameKeys: (list, names) => list.length === names.length && list.every((key, i) => key === names[i]),
  unionError(count, values, names, label, path) {
    const list = names.join(', ');
    const given = names.filter((_, i) => values[i] !== undefined);
    return makeBadValue(count === 0
      ? `must have one of the fields ${list} (${label})`
      : `must have only one of the fields ${list} (${label}); it has ${given.join(' and ')}`, path);
  },
});

// The generated code of `node` (`which`: 'encode' or 'decode') as
// { source, consts }, or null when it is not generated.
const generatedCode = new WeakMap();

function codeOf(node, which) {
  let code = generatedCode.get(node);
  if (code === undefined) {
    code = {};
    generatedCode.set(node, code);
  }
  if (code[which] !== undefined) return code[which];
  let result = null;
  if (canGenerateCode) {
    const g = new CodeGen();
    try {
      let body;
      if (which === 'encode') {
        const out = ['let x0 = v;'];
        g.vars = 1;
        g.encode(node, { base: 'at', off: 0, align: 8 }, 'x0', [], out);
        body = `return function encode(at, v, root) {\n  try {\n    ${out.join('\n    ')}\n  } catch (e) {\n    throw U(e, root);\n  }\n};`;
        result = { source: g.source(body), consts: g.consts };
      } else {
        const helpers = [];
        const expr = g.decode(node, { base: 'at', off: 0, align: 8 }, helpers);
        result = { source: g.source(`return function decode(at) {\n  return ${expr};\n};`, helpers), consts: g.consts };
      }
    } catch (e) {
      if (e !== TOO_LONG) throw e;
    }
    if (result !== null && !sources.has(sourceId(result.source))) {
      if (sources.size >= MAX_SOURCES) result = null;
      else sources.add(sourceId(result.source));
    }
  }
  code[which] = result;
  return result;
}

function generate(node, which, target) {
  const code = codeOf(node, which);
  if (code === null) return null;
  let factory = factories.get(code.source);
  if (factory === undefined) {
    // eslint-disable-next-line no-new-func -- only where canGenerateCode (codeOf)
    factory = new Function('V', 'C', 'K', 'H', code.source);
    factories.set(code.source, factory);
  }
  return factory(target.views, conversion, code.consts, helpersOf(target));
}

// The encoder of `node` into `target`: (at, value, root) => undefined,
// which checks `value` in full (errors named from `root`) and writes it at
// byte `at`, a multiple of 8, of bytes that are zero beforehand.
function encoderFor(node, target) {
  const codecs = node.codecs || (node.codecs = []);
  let f = codecs[2 * target.id];
  if (f === undefined) {
    f = generate(node, 'encode', target) || ((offset, value, root) => encodeInto(node, value, target.view, offset, root));
    codecs[2 * target.id] = f;
  }
  return f;
}

// The decoder of `node` from `target`: (at) => the value at byte `at`, a
// multiple of 8.
function decoderFor(node, target) {
  const codecs = node.codecs || (node.codecs = []);
  let f = codecs[2 * target.id + 1];
  if (f === undefined) {
    f = generate(node, 'decode', target) || ((offset) => node.decode(target.view, offset));
    codecs[2 * target.id + 1] = f;
  }
  return f;
}

module.exports = {
  named,
  struct,
  union,
  array,
  sizeof,
  alignof,
  offsetof,
  isDescriptor,
  resolve,
  flatten,
  encode,
  encodeBytes,
  bytesOf,
  withEncoded,
  encodeInto,
  codecTarget,
  sourceId,
  encoderFor,
  decoderFor,
  allocate,
  decode,
  LITTLE_ENDIAN,
};
