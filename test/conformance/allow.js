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
  {
    ids: /^library getFunctions\(\) after two$/,
    reason: 'the reference lists the functions of getFunctions() in the order of its native hash table; jitffi in the order they were requested',
  },
  {
    ids: /^signature function: registerCallback$/,
    reason: 'a function given as a signature object: the reference reads its inherited "arguments" accessor (which throws for ' +
      'strict functions) in getFunction but not in registerCallback; jitffi reads every signature the same way',
  },
];

function allowed(id) {
  return ALLOWED.some((entry) => entry.ids.test(id));
}

module.exports = { allowed };
