// Type test (CommonJS consumer). Compiled with `tsc --noEmit -p test/types`
// by test/typescript.test.js; lines marked @ts-expect-error must fail.

import ffi = require('jitffi');
import { Equal, expectTrue } from './helpers';

const { dlopen, DynamicLibrary, types } = ffi;

// ---- signatures become function types ----------------------------------

const { lib, functions } = dlopen('libm.so.6', {
  cos: { parameters: ['f64'], result: 'f64' },
  pow: { arguments: ['double', 'double'], returns: 'double' },
  labs: { parameters: ['i64'], return: 'i64' },
  mix: { parameters: ['i32', 'f64'], result: 'i64' },
  strlen: { parameters: ['string'], result: 'u64' },
  getenv: { parameters: ['str'], result: 'pointer' },
  strdup: { parameters: ['pointer'], result: 'string' },
  noop: {},
  voidy: { result: 'void', parameters: [] },
  byConst: { parameters: [types.INT_32, types.POINTER], result: types.UINT_8 },
});

expectTrue<Equal<Parameters<typeof functions.mix>, [number, number]>>();
expectTrue<Equal<ReturnType<typeof functions.mix>, bigint>>();
expectTrue<Equal<typeof functions.mix.pointer, bigint>>();
expectTrue<Equal<Parameters<typeof functions.cos>, [number]>>();
expectTrue<Equal<ReturnType<typeof functions.cos>, number>>();
expectTrue<Equal<Parameters<typeof functions.pow>, [number, number]>>();
expectTrue<Equal<Parameters<typeof functions.labs>, [bigint]>>();
expectTrue<Equal<ReturnType<typeof functions.labs>, bigint>>();
expectTrue<Equal<ReturnType<typeof functions.strlen>, bigint>>();
expectTrue<Equal<ReturnType<typeof functions.getenv>, bigint>>();
expectTrue<Equal<ReturnType<typeof functions.strdup>, bigint>>(); // string results are addresses
expectTrue<Equal<Parameters<typeof functions.noop>, []>>();
expectTrue<Equal<ReturnType<typeof functions.noop>, void>>();
expectTrue<Equal<ReturnType<typeof functions.voidy>, void>>();
expectTrue<Equal<Parameters<typeof functions.byConst>, [number, ffi.PointerLike]>>();
expectTrue<Equal<ReturnType<typeof functions.byConst>, number>>();
expectTrue<Equal<typeof functions.cos.pointer, bigint>>();
expectTrue<Equal<keyof typeof functions, 'cos' | 'pow' | 'labs' | 'mix' | 'strlen' | 'getenv' | 'strdup' | 'noop' | 'voidy' | 'byConst'>>();
expectTrue<Equal<typeof lib, ffi.DynamicLibrary>>();

// ---- asynchronous calls ------------------------------------------------------

expectTrue<Equal<ReturnType<typeof functions.cos.async>, Promise<number>>>();
expectTrue<Equal<Parameters<typeof functions.pow.async>, [number, number]>>();
expectTrue<Equal<ReturnType<typeof functions.noop.async>, Promise<void>>>();
const nb = dlopen('libc.so.6', {
  usleep: { parameters: ['u32'], result: 'i32', nonblocking: true },
  abs: { parameters: ['i32'], result: 'i32', nonblocking: false },
}).functions;
expectTrue<Equal<ReturnType<typeof nb.usleep>, Promise<number>>>();
expectTrue<Equal<Parameters<typeof nb.usleep>, [number]>>();
expectTrue<Equal<ReturnType<typeof nb.abs>, number>>();
expectTrue<Equal<ReturnType<typeof nb.abs.async>, Promise<number>>>();
// @ts-expect-error nonblocking is a boolean
dlopen('libc.so.6', { abs: { parameters: ['i32'], result: 'i32', nonblocking: 1 } });
// @ts-expect-error the arguments of .async are checked as the call's
void functions.cos.async('1');

// Pointer-like parameters take every pointer-like value.
functions.strlen('text');
functions.strlen(Buffer.from('text\0'));
functions.strlen(new Uint8Array(4));
functions.strlen(new DataView(new ArrayBuffer(4)));
functions.strlen(new ArrayBuffer(4));
functions.strlen(0x1000n);
functions.strlen(null);
functions.strlen(undefined);
const cosValue: number = functions.cos(0);
const mixValue: bigint = functions.mix(1, 2.5);
void cosValue; void mixValue;

// @ts-expect-error: i64 takes a bigint
functions.labs(1);
// @ts-expect-error: f64 takes a number
functions.cos(1n);
// @ts-expect-error: wrong number of arguments
functions.pow(2);
// @ts-expect-error: too many arguments
functions.cos(1, 2);
// @ts-expect-error: a pointer is not a number
functions.strlen(42);
// @ts-expect-error: a pointer is not a plain object
functions.strlen({});
// @ts-expect-error: bool takes 0 or 1, not a boolean
functions.byConst(true, null);
// @ts-expect-error: an f64 result is not a bigint
const wrongResult: bigint = functions.cos(0);
void wrongResult;
// @ts-expect-error: functions has only the names in the definitions
functions.sin(0);

// ---- wrong signatures do not compile -----------------------------------

// @ts-expect-error: unknown type name
dlopen(null, { abs: { parameters: ['int'], result: 'i32' } });
// @ts-expect-error: unknown result type
dlopen(null, { abs: { parameters: ['i32'], result: 'integer' } });
// @ts-expect-error: void is not a parameter type
dlopen(null, { abs: { parameters: ['void'], result: 'i32' } });
// @ts-expect-error: two result fields
dlopen(null, { abs: { parameters: ['i32'], result: 'i32', returns: 'i32' } });
// @ts-expect-error: two parameter fields
dlopen(null, { abs: { parameters: ['i32'], arguments: ['i32'], result: 'i32' } });
// @ts-expect-error: a misspelt key
dlopen(null, { abs: { params: ['i32'], result: 'i32' } });
// @ts-expect-error: the path is a string or null
dlopen(42);

// dlopen without definitions: no functions.
const bare = dlopen('libm.so.6');
expectTrue<Equal<keyof typeof bare.functions, never>>();
bare[Symbol.dispose]();

// ---- DynamicLibrary ----------------------------------------------------

const libc = new DynamicLibrary(null);
const abs = libc.getFunction('abs', { parameters: ['i32'], result: 'i32' });
expectTrue<Equal<Parameters<typeof abs>, [number]>>();
expectTrue<Equal<ReturnType<typeof abs>, number>>();
// @ts-expect-error: an i32 parameter takes a number
abs('1');
// @ts-expect-error: a misspelt key
libc.getFunction('abs', { parameters: ['i32'], reslt: 'i32' });

const more = libc.getFunctions({
  labs: { parameters: ['i64'], result: 'i64' },
  puts: { parameters: ['string'], result: 'i32' },
});
expectTrue<Equal<Parameters<typeof more.labs>, [bigint]>>();
expectTrue<Equal<Parameters<typeof more.puts>, [ffi.PointerLike]>>();
const all = libc.getFunctions();
const any = all.anything; // resolved earlier, signature unknown
if (any) any(1, 2n, 'x', null);

const path: string | null = libc.path;
const address: bigint = libc.getSymbol('malloc');
const symbols: { [name: string]: bigint } = libc.getSymbols();
const s2: bigint | undefined = libc.symbols.malloc;
void path; void address; void symbols; void s2;
expectTrue<Equal<ReturnType<typeof ffi.dlsym>, bigint>>();
ffi.dlclose(libc);
// @ts-expect-error: dlclose takes a DynamicLibrary
ffi.dlclose('libc');
// @ts-expect-error: DynamicLibrary needs new
DynamicLibrary(null);

// ---- callbacks: parameter types come from the signature -----------------

const cmp = libc.registerCallback(
  { parameters: ['pointer', 'pointer'], result: 'i32' },
  (a, b) => {
    expectTrue<Equal<typeof a, bigint>>();
    expectTrue<Equal<typeof b, bigint>>();
    return ffi.getInt32(a) - ffi.getInt32(b);
  },
);
expectTrue<Equal<typeof cmp, bigint>>();

libc.registerCallback({ arguments: ['i32', 'f64', 'u64', 'string'], returns: 'i64' }, (i, d, u, s) => {
  expectTrue<Equal<[typeof i, typeof d, typeof u, typeof s], [number, number, bigint, bigint]>>();
  return BigInt(i) + u + s;
});
libc.registerCallback({ parameters: ['i32'], result: 'pointer' }, (x) => (x ? BigInt(x) : null));
libc.registerCallback({ parameters: ['i32'] }, (x) => { void x; });
libc.registerCallback(() => {});
libc.registerCallback({ result: 'f32' }, () => 1.5);
// @ts-expect-error: an i32 callback returns a number
libc.registerCallback({ parameters: ['i32'], result: 'i32' }, (x) => String(x));
// @ts-expect-error: an i64 callback returns a bigint
libc.registerCallback({ result: 'i64' }, () => 1);
// @ts-expect-error: a callback receives a number for i32, not a string
libc.registerCallback({ parameters: ['i32'], result: 'i32' }, (x: string) => x.length);
// @ts-expect-error: a callback needs a function
libc.registerCallback({ parameters: ['i32'] }, 42);
// Thread-safe callbacks.
libc.registerCallback({ parameters: ['i32'], result: 'i32', threadsafe: true }, (x) => x + 1);
libc.registerCallback({ parameters: ['i32'], threadsafe: 'nonblocking' }, (x) => { void x; });
libc.registerCallback({ parameters: ['i32'], result: 'void', threadsafe: false }, () => {});
// @ts-expect-error: threadsafe is a boolean or 'nonblocking'
libc.registerCallback({ parameters: ['i32'], threadsafe: 'yes' }, () => {});
// @ts-expect-error: a nonblocking callback returns void
libc.registerCallback({ parameters: ['i32'], result: 'i32', threadsafe: 'nonblocking' }, (x) => x);
// @ts-expect-error: threadsafe belongs to callback signatures, not to functions
libc.getFunction('abs', { parameters: ['i32'], result: 'i32', threadsafe: true });

libc.refCallback(cmp);
libc.unrefCallback(cmp);
libc.unregisterCallback(cmp);
// @ts-expect-error: callback pointers are bigints
libc.unregisterCallback(1);
libc.close();
libc[Symbol.dispose]();

// ---- constants ---------------------------------------------------------

expectTrue<Equal<typeof types.INT_32, 'int32'>>();
expectTrue<Equal<typeof types.ARRAY_BUFFER, 'arraybuffer'>>();
expectTrue<Equal<typeof ffi.suffix, 'so' | 'dylib' | 'dll'>>();
// @ts-expect-error: types is read-only
types.INT_32 = 'int64';
// @ts-expect-error: no such constant
void types.INT_128;

const t: ffi.TypeName = 'float64';
// @ts-expect-error: not a type name
const badName: ffi.TypeName = 'long';
void t; void badName;

// ---- memory helpers ----------------------------------------------------

const p = 0x1000n;
expectTrue<Equal<ReturnType<typeof ffi.getInt8>, number>>();
expectTrue<Equal<ReturnType<typeof ffi.getUint32>, number>>();
expectTrue<Equal<ReturnType<typeof ffi.getInt64>, bigint>>();
expectTrue<Equal<ReturnType<typeof ffi.getUint64>, bigint>>();
expectTrue<Equal<ReturnType<typeof ffi.getFloat64>, number>>();
ffi.getInt32(p);
ffi.getInt32(p, 4);
ffi.setInt32(p, 0, 1);
ffi.setInt64(p, 0, 1n);
ffi.setInt64(p, 0, 1);
ffi.setUint64(p, 8, 2n ** 64n - 1n);
ffi.setFloat32(p, 0, 0.5);
// @ts-expect-error: pointers are bigints
ffi.getInt32(4096);
// @ts-expect-error: set* need an offset
ffi.setInt32(p, 1);
// @ts-expect-error: setInt32 takes a number
ffi.setInt32(p, 0, 1n);
const str: string | null = ffi.toString(p);
const buf: Buffer = ffi.toBuffer(p, 4);
const view: Buffer = ffi.toBuffer(p, 4, false);
const ab: ArrayBuffer = ffi.toArrayBuffer(p, 4, true);
void str; void buf; void view; void ab;
// @ts-expect-error: toString may return null
const notNull: string = ffi.toString(p);
void notNull;
ffi.exportString('hi', p, 3);
ffi.exportString('hi', p, 6, 'utf16le');
// @ts-expect-error: not an encoding
ffi.exportString('hi', p, 6, 'utf-7');
ffi.exportBuffer(Buffer.from('x'), p, 1);
ffi.exportArrayBuffer(new ArrayBuffer(1), p, 1);
ffi.exportArrayBufferView(new Uint16Array(1), p, 2);
// @ts-expect-error: exportArrayBuffer takes an ArrayBuffer
ffi.exportArrayBuffer(new Uint8Array(1), p, 1);
const raw: bigint = ffi.getRawPointer(new Float64Array(2));
ffi.getRawPointer(new ArrayBuffer(2));
void raw;
// @ts-expect-error: getRawPointer takes buffer memory
ffi.getRawPointer('text');

// ---- wide signatures still type-check ----------------------------------

function resolve(signature: ffi.Signature) {
  const f = new DynamicLibrary(null).getFunction('f', signature);
  const r = f(1, 2n, null);
  // A struct or union result (docs/structs.md) is an object.
  expectTrue<Equal<typeof r, void | number | bigint | { [field: string]: unknown }>>();
}
void resolve;
