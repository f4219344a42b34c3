'use strict';
// Argument checks that must match the native ones exactly
// (native/src/convert.rs), as JS source for the generated fast-tier
// wrappers (lib/wrappers.js) and memory setters (lib/memory.js), plus the
// typed-array views both use to write checked values into native slots.
// The rules come from the type table rows; there is no switch over type
// names.

// Typed-array views of every element type over one ArrayBuffer of native
// slot memory (native, so V8 never moves it).
function slotViews(buffer) {
  return {
    Int8: new Int8Array(buffer),
    Uint8: new Uint8Array(buffer),
    Int16: new Int16Array(buffer),
    Uint16: new Uint16Array(buffer),
    Int32: new Int32Array(buffer),
    Uint32: new Uint32Array(buffer),
    Float32: new Float32Array(buffer),
    Float64: new Float64Array(buffer),
    BigInt64: new BigInt64Array(buffer),
    BigUint64: new BigUint64Array(buffer),
  };
}

// Element index of byte 0 of 8-byte `slot` in the view named `view`.
function slotIndex(views, view, slot) {
  return (slot * 8) / views[view].BYTES_PER_ELEMENT;
}

// Source of an expression that is true when the number `a` is NOT an
// integer in [row.min, row.max]. Ranges of whole 8/16/32-bit integers use
// bit operations, which are correct for NaN, ±Infinity and fractions too and
// keep the generated wrappers small enough for V8 to inline.
function intOutOfRange(row, a) {
  const { min, max } = row;
  const bits = Math.log2(max - min + 1);
  if (min === -(2 ** 31) && max === 2 ** 31 - 1) return `(${a} | 0) !== ${a}`;
  if (min === 0 && max === 2 ** 32 - 1) return `(${a} >>> 0) !== ${a}`;
  if (Number.isInteger(bits) && bits < 32) {
    return min < 0
      ? `(${a} << ${32 - bits} >> ${32 - bits}) !== ${a}`
      : `(${a} & ${max}) !== ${a}`;
  }
  return `!(${a} >= ${min} && ${a} <= ${max}) || Math.trunc(${a}) !== ${a}`;
}

// Source of an expression that is true when `name` is NOT a valid argument
// of `row`'s type. For pointer-like rows only bigints are judged (out of
// range); other values are the caller's business.
// `options.acceptMinusZero`: memory setters take -0 for every integer type,
// where call arguments of some types reject it (row.rejectMinusZero).
function badValue(row, name, options = {}) {
  switch (row.kind) {
    case 'int': {
      const minusZero = row.rejectMinusZero && !options.acceptMinusZero ? ` || (${name} === 0 && 1 / ${name} < 0)` : '';
      return `typeof ${name} !== 'number' || ${intOutOfRange(row, name)}${minusZero}`;
    }
    case 'float':
      return `typeof ${name} !== 'number'`;
    case 'bigint':
      return `typeof ${name} !== 'bigint' || BigInt.${row.signed ? 'asIntN' : 'asUintN'}(64, ${name}) !== ${name}`;
    case 'pointer':
      return `typeof ${name} === 'bigint' && BigInt.asUintN(64, ${name}) !== ${name}`;
    default:
      throw new Error(`jitffi internal: ${row.name} is not a value type`);
  }
}

// Source of a statement that throws `E.argMustBe(index, desc)` unless the
// variable `name` is a valid number or bigint argument of `row`'s type.
// `onOther`, when given, is a statement run instead of throwing for values
// of another JS type (memory setters use it to accept safe integers for
// 64-bit types).
// `fail`, when given, is the statement run for a bad value instead.
function scalarCheck(row, name, index, onOther, fail = `throw E.argMustBe(${index}, ${JSON.stringify(row.desc)});`, options = {}) {
  if (row.kind === 'bigint' && onOther !== undefined) {
    const inRange = `BigInt.${row.signed ? 'asIntN' : 'asUintN'}(64, ${name}) !== ${name}`;
    return `if (typeof ${name} === 'bigint') { if (${inRange}) ${fail} }\n  else ${onOther(fail)}`;
  }
  return `if (${badValue(row, name, options)}) ${fail}`;
}

// The same rule as `badValue`, as a function of the value instead of
// source: for contexts that cannot generate code. test/validate.test.js
// checks that both agree on every row and probe value.
function badValueFn(row, options = {}) {
  const { min, max } = row;
  const rejectMinusZero = row.rejectMinusZero === true && !options.acceptMinusZero;
  switch (row.kind) {
    case 'int':
      return (v) => typeof v !== 'number' || !(v >= min && v <= max) || Math.trunc(v) !== v ||
        (rejectMinusZero && v === 0 && 1 / v < 0);
    case 'float':
      return (v) => typeof v !== 'number';
    case 'bigint':
      return row.signed
        ? (v) => typeof v !== 'bigint' || BigInt.asIntN(64, v) !== v
        : (v) => typeof v !== 'bigint' || BigInt.asUintN(64, v) !== v;
    case 'pointer':
      return (v) => typeof v === 'bigint' && BigInt.asUintN(64, v) !== v;
    default:
      throw new Error(`jitffi internal: ${row.name} is not a value type`);
  }
}

module.exports = { slotViews, slotIndex, badValue, badValueFn, scalarCheck };
