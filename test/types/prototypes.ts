// Types of errno capture, variadic functions and C prototype strings
// (docs/api.md): compiled by test/typescript.test.js.
import ffi = require('jitffi');
import { Equal, expectTrue } from './helpers';

const { lib, functions } = ffi.dlopen('libc.so.6', {
  open: { result: 'i32', parameters: ['string', 'i32'], errno: true },
  snprintf: { result: 'i32', parameters: ['buffer', 'u64', 'string'], variadic: true },
});

// errno capture.
const fd = functions.open('/nope', 0);
expectTrue<Equal<typeof fd, number>>();
const e = ffi.errno();
expectTrue<Equal<typeof e, number>>();
ffi.errno(0);
// @ts-expect-error errno takes a number
ffi.errno('2');
// @ts-expect-error errno is a boolean
ffi.dlopen('libc.so.6', { abs: { result: 'i32', parameters: ['i32'], errno: 1 } });
void e;

// Variadic functions: the fixed arguments, then type/value pairs.
const n = functions.snprintf(Buffer.alloc(8), 8n, '%d %s', 'i32', 5, 'string', 'x');
expectTrue<Equal<typeof n, number>>();
// @ts-expect-error the fixed arguments still come first
functions.snprintf('%d', 'i32', 5);
// @ts-expect-error variadic is a boolean
ffi.dlopen('libc.so.6', { printf: { result: 'i32', parameters: ['string'], variadic: 'yes' } });

// C prototype strings: a generic wrapper.
const abs = lib.func('int abs(int)');
const r = abs(-1);
void r;
void abs.pointer;
lib.func('int open(const char *, int, ...)', { errno: true, nonblocking: false });
// @ts-expect-error a prototype is a string
lib.func({ result: 'i32' });
// @ts-expect-error unknown option
lib.func('int abs(int)', { variadic: true });
const { functions: m } = ffi.dlopen('libm.so.6', ['double cos(double)', 'int abs(int)']);
m.cos(0);
const more = lib.getFunctions(['int rand(void)']);
more.rand();
// @ts-expect-error an array holds prototype strings
ffi.dlopen('libm.so.6', [1, 2]);
