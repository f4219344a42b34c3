'use strict';
// Probe: a bare SharedArrayBuffer given to each pointer-like parameter type,
// views of one, and getRawPointer/export* with them. Prints one JSON object:
// case -> 'address' (the call went through and C saw a non-null pointer),
// 'null', or '<error class> <code>' for a throw. Runs on jitffi, or on the
// built-in module with JITFFI_REFERENCE=1 (test/hardening/record.js).

const ffi = require(process.env.JITFFI_REFERENCE ? 'node:ffi' : '../..');

const fixture = process.env.JITFFI_FIXTURE;
const outcome = (fn) => {
  try {
    const r = fn();
    if (typeof r === 'bigint') return r === 0n ? 'null' : 'address';
    return r === undefined ? 'undefined' : typeof r;
  } catch (e) {
    return `${e.constructor.name} ${e.code}`;
  }
};

const sab = new SharedArrayBuffer(16);
const seen = {};
for (const type of ['pointer', 'buffer', 'arraybuffer', 'string', 'function']) {
  // `return`/`arguments`: the keys every node:ffi release reads.
  const { functions } = ffi.dlopen(fixture, { ptr_to_u64: { return: 'u64', arguments: [type] } });
  for (const [label, value] of [['SharedArrayBuffer', sab], ['Uint8Array', new Uint8Array(sab)], ['DataView', new DataView(sab)]]) {
    seen[`${type} <- ${label}`] = outcome(() => functions.ptr_to_u64(value));
  }
}
// The Buffer stays referenced to the end: the export* cases write into it.
const targetMemory = Buffer.alloc(32);
const target = ffi.getRawPointer(targetMemory);
seen['getRawPointer(SharedArrayBuffer)'] = outcome(() => ffi.getRawPointer(sab));
seen['getRawPointer(Uint8Array over it)'] = outcome(() => ffi.getRawPointer(new Uint8Array(sab)));
seen['getRawPointer(empty SharedArrayBuffer)'] = outcome(() => ffi.getRawPointer(new SharedArrayBuffer(0)));
seen['exportArrayBuffer(SharedArrayBuffer)'] = outcome(() => ffi.exportArrayBuffer(sab, target, 32));
seen['exportArrayBufferView(Uint8Array over it)'] = outcome(() => ffi.exportArrayBufferView(new Uint8Array(sab), target, 32));
seen['exportBuffer(Buffer over it)'] = outcome(() => ffi.exportBuffer(Buffer.from(sab), target, 32));
// The memory really is the SharedArrayBuffer's.
const p = ffi.getRawPointer(sab);
ffi.setUint8(p, 5, 77);
seen['write through getRawPointer(SharedArrayBuffer)'] = new Uint8Array(sab)[5] === 77 ? 'seen' : 'lost';
if (targetMemory.length !== 32) throw new Error('unreachable');
console.log(JSON.stringify(seen));
