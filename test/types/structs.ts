// Type test of the aggregate types (docs/structs.md): descriptors carry
// their field types, so values read, written and passed are typed.
// Compiled with `tsc --noEmit -p test/types`; @ts-expect-error lines must fail.

import ffi = require('jitffi');
import { Equal, expectTrue } from './helpers';

const Point = ffi.struct({ x: 'f64', y: 'double' }, { name: 'Point' });
const Rect = ffi.struct([
  ['origin', Point],
  ['size', Point],
  ['flags', 'u8'],
  ['tag', ffi.array('char', 3)],
  ['count', 'i64'],
  ['next', 'pointer'],
], { packed: 8 });
const Num = ffi.union({ i: 'i32', f: 'float', bytes: ffi.array('u8', 4) });
const Points = ffi.array(Point, 4);

// ---- descriptors ---------------------------------------------------------

expectTrue<Equal<typeof Point.kind, 'struct'>>();
expectTrue<Equal<typeof Num.kind, 'union'>>();
expectTrue<Equal<typeof Points.kind, 'array'>>();
expectTrue<Equal<typeof Points.length, 4>>();
const size: number = ffi.sizeof(Rect) + ffi.alignof('i32') + ffi.sizeof(Points);
const offset: number = ffi.offsetof(Rect, 'flags') + ffi.offsetof(Num, 'f');
void size; void offset;
const f0: ffi.FieldInfo = Point.fields[0];
void f0;
// @ts-expect-error: Rect has no field z
ffi.offsetof(Rect, 'z');
// @ts-expect-error: offsetof needs a struct or union
ffi.offsetof(Points, 'x');
// @ts-expect-error: an unknown type name
ffi.struct({ x: 'int' });
// @ts-expect-error: void is not a field type
ffi.struct({ v: 'void' });
// @ts-expect-error: packed is a boolean or 1, 2, 4, 8
ffi.struct({ x: 'i8' }, { packed: 3 });
// @ts-expect-error: a field type is a name or a descriptor
ffi.union({ x: { kind: 'struct' } });
// @ts-expect-error: the length is a number
ffi.array('i8', '3');
// @ts-expect-error: descriptors are read-only
Point.size = 4;

// ---- values ---------------------------------------------------------------

const p = 0x1000n;
const rect = ffi.read(p, Rect);
expectTrue<Equal<typeof rect, {
  origin: { x: number; y: number };
  size: { x: number; y: number };
  flags: number;
  tag: Int8Array | Uint8Array;
  count: bigint;
  next: bigint;
}>>();
const num = ffi.read(p, Num, 8);
expectTrue<Equal<typeof num, { i: number; f: number; bytes: Uint8Array }>>();
expectTrue<Equal<ReturnType<typeof ffi.read<typeof Points>>, { x: number; y: number }[]>>();
expectTrue<Equal<ReturnType<typeof ffi.read<'u64'>>, bigint>>();
expectTrue<Equal<ReturnType<typeof ffi.read<'float'>>, number>>();
expectTrue<Equal<ffi.ValueOf<ffi.ArrayType<'double', 2>>, Float64Array>>();
expectTrue<Equal<ffi.ValueOf<ffi.ArrayType<'i64', 2>>, BigInt64Array>>();

ffi.write(p, Point, { x: 1, y: 2 });
ffi.write(p, Rect, {
  origin: { x: 0, y: 0 }, size: { x: 1, y: 1 }, flags: 1, tag: [1, 2, 3], count: 5, next: null,
}, 16);
ffi.write(p, Num, { f: 1.5 });
ffi.write(p, 'i32', 7);
const buffer: Buffer = ffi.alloc(Points, [{ x: 1, y: 2 }, { x: 3, y: 4 }, { x: 5, y: 6 }, { x: 7, y: 8 }]);
ffi.alloc(ffi.array('f64', 3), new Float64Array(3));
ffi.alloc(Rect);
void buffer;
// @ts-expect-error: y is missing
ffi.write(p, Point, { x: 1 });
// @ts-expect-error: x is a number
ffi.write(p, Point, { x: '1', y: 2 });
// @ts-expect-error: z is not a field
ffi.alloc(Point, { x: 1, y: 2, z: 3 });
// @ts-expect-error: a union value has one member
ffi.write(p, Num, { i: 1, f: 2 });
// @ts-expect-error: a pointer field holds a bigint or null
ffi.alloc(Rect, { origin: { x: 0, y: 0 }, size: { x: 0, y: 0 }, flags: 0, tag: [0, 0, 0], count: 0n, next: 'x' });
// @ts-expect-error: pointers are bigints
ffi.read(4096, Point);

// ---- signatures and callbacks --------------------------------------------

const { functions } = ffi.dlopen('libgeometry.so', {
  area: { parameters: [Rect], result: 'f64' },
  make_point: { parameters: ['f64', 'f64'], result: Point },
  parse: { arguments: ['string', Num], returns: Num },
});
expectTrue<Equal<ReturnType<typeof functions.make_point>, { x: number; y: number }>>();
expectTrue<Equal<ReturnType<typeof functions.parse>, { i: number; f: number; bytes: Uint8Array }>>();
functions.area({ origin: { x: 0, y: 0 }, size: { x: 2, y: 3 }, flags: 0, tag: new Int8Array(3), count: 0n, next: 0n });
functions.parse('1', { i: 1 });
// @ts-expect-error: a struct argument needs every field
functions.area({ origin: { x: 0, y: 0 } });
// @ts-expect-error: a struct is not a pointer
functions.area(null);
// @ts-expect-error: arrays are not passed by value
ffi.dlopen(null, { f: { parameters: [Points] } });

const lib = new ffi.DynamicLibrary(null);
const pf = lib.getFunction('f', { parameters: [Point], result: Point });
expectTrue<Equal<Parameters<typeof pf>, [{ readonly x: number; readonly y: number }]>>();
expectTrue<Equal<ReturnType<typeof pf>, { x: number; y: number }>>();
lib.registerCallback({ parameters: [Point, 'i32'], result: Point }, (pt, i) => {
  expectTrue<Equal<typeof pt, { x: number; y: number }>>();
  return { x: pt.x + i, y: pt.y };
});
// @ts-expect-error: the callback returns a Point
lib.registerCallback({ parameters: [Point], result: Point }, (pt) => pt.x);
