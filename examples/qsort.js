'use strict';
// libc qsort with JS comparators: C calls back into JavaScript for every
// comparison. The comparator receives two bigint addresses inside the array
// being sorted and reads the elements with the memory helpers.
//
//   node examples/qsort.js

const { dlopen, getInt32, getFloat64, getUint64, toString, getRawPointer } = require('jitffi');

const { lib, functions: { qsort, strcmp } } = dlopen(null, {
  // void qsort(void *base, size_t nmemb, size_t size, int (*compar)(const void *, const void *));
  qsort: { parameters: ['pointer', 'u64', 'u64', 'function'], result: 'void' },
  strcmp: { parameters: ['pointer', 'pointer'], result: 'i32' },
});

let failed = false;
function check(label, actual, expected) {
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  console.log(`${label}: ${JSON.stringify(actual)}${ok ? '' : `  (expected ${JSON.stringify(expected)})`}`);
  if (!ok) failed = true;
}

// 1. Integers, ascending.
const ints = Int32Array.from([42, -7, 1000, 0, 13, -7, 99, 5]);
let calls = 0;
const byInt = lib.registerCallback({ parameters: ['pointer', 'pointer'], result: 'i32' }, (a, b) => {
  calls += 1;
  return Math.sign(getInt32(a) - getInt32(b));
});
qsort(ints, BigInt(ints.length), 4n, byInt);
check('ints', Array.from(ints), [-7, -7, 0, 5, 13, 42, 99, 1000]);
console.log(`comparator calls: ${calls > 0 ? 'some' : 'none'}`);

// 2. Doubles, descending.
const doubles = Float64Array.from([0.5, -2.25, 3.125, 1e-3, 2]);
const byDoubleDesc = lib.registerCallback({ parameters: ['pointer', 'pointer'], result: 'i32' },
  (a, b) => Math.sign(getFloat64(b) - getFloat64(a)));
qsort(doubles, BigInt(doubles.length), 8n, byDoubleDesc);
check('doubles', Array.from(doubles), [3.125, 2, 0.5, 1e-3, -2.25]);

// 3. An array of C strings (char *[]), compared by the C strcmp of each
//    element: the comparator gets pointers to the char * slots.
const words = ['pear', 'apple', 'fig', 'banana', 'cherry'].map((w) => Buffer.from(`${w}\0`));
const slots = BigUint64Array.from(words, (b) => getRawPointer(b));
const byString = lib.registerCallback({ parameters: ['pointer', 'pointer'], result: 'i32' },
  (a, b) => strcmp(getUint64(a), getUint64(b)));
qsort(slots, BigInt(slots.length), 8n, byString);
check('strings', Array.from(slots, (p) => toString(p)), ['apple', 'banana', 'cherry', 'fig', 'pear']);

lib.close(); // also unregisters the three callbacks
if (failed) process.exit(1);
console.log('ok');
