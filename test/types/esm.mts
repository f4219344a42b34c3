// Type test (ES module consumer): default and named imports, and the
// register entry.

import ffi, { dlopen, DynamicLibrary, types, getRawPointer, type Signature, type ForeignFunction } from 'jitffi';
import { active } from 'jitffi/register';
import 'jitffi/register';
import { Equal, expectTrue } from './helpers.js';

const { lib, functions } = dlopen(`libm.${ffi.suffix}`, {
  cos: { parameters: ['f64'], result: 'f64' },
});
expectTrue<Equal<Parameters<typeof functions.cos>, [number]>>();
expectTrue<Equal<typeof ffi.dlopen, typeof dlopen>>();
expectTrue<Equal<typeof active, boolean>>();
expectTrue<Equal<typeof types.VOID, 'void'>>();
expectTrue<Equal<ReturnType<typeof getRawPointer>, bigint>>();

const sig = { parameters: ['i32', 'i32'], result: 'i32' } as const satisfies Signature;
const add: ForeignFunction<typeof sig> = new DynamicLibrary(null).getFunction('add', sig);
expectTrue<Equal<Parameters<typeof add>, [number, number]>>();

{
  using l = new DynamicLibrary(null);
  void l;
}
lib.close();
// @ts-expect-error: functions has only the names in the definitions
functions.sin(0);
