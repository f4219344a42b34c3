'use strict';
// The conformance cases where jitffi deliberately differs from the built-in
// node:ffi, each with its reason (docs/differences.md lists them for users).
// An entry matches case ids by RegExp and may check the two outcomes.

const ALLOWED = [
  {
    ids: /^signature (result \+ parameters|returns \+ arguments|return \+ result|arguments \+ parameters): /,
    reason: 'jitffi reads every signature key node:ffi documents (result/return/returns, parameters/arguments); ' +
      'the reference release reads only return and arguments',
  },
];

function allowed(id) {
  return ALLOWED.some((entry) => entry.ids.test(id));
}

module.exports = { ALLOWED, allowed };
