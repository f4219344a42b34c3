'use strict';
// The argument rules of lib/validate.js exist twice: as source for generated
// wrappers (badValue) and as functions for contexts that cannot generate
// code (badValueFn). Both must agree on every type row and probe value.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { types } = require('../lib/native');
const { badValue, badValueFn } = require('../lib/validate');

const PROBES = [
  0, -0, 1, -1, 0.5, -0.5, NaN, Infinity, -Infinity, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769,
  65535, 65536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, 2 ** 53, -(2 ** 53),
  0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n,
  '1', '', true, false, null, undefined, {}, [], Symbol('s'), () => 1,
];

test('badValue and badValueFn agree on every row and probe value', () => {
  let rows = 0;
  for (const row of types) {
    if (!['int', 'float', 'bigint', 'pointer'].includes(row.kind)) continue;
    rows++;
    for (const options of [{}, { acceptMinusZero: true }]) {
      const generated = new Function('a', `return ${badValue(row, 'a', options)};`);
      const closure = badValueFn(row, options);
      for (const v of PROBES) {
        assert.equal(Boolean(closure(v)), Boolean(generated(v)),
          `${row.name} ${JSON.stringify(options)} ${typeof v === 'bigint' ? `${v}n` : String(v)}`);
      }
    }
  }
  assert.ok(rows >= 10, `only ${rows} value rows`);
});
