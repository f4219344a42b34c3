'use strict';
// The conformance cases where jitffi deliberately differs from the built-in
// node:ffi, each with its reason (docs/differences.md lists them for users).
// An entry matches case ids by RegExp and may check the two outcomes
// (`check(reference, jitffi)`).

// jitffi's exports beyond node:ffi: the aggregate types (docs/structs.md).
const EXTRA_EXPORTS = ['read', 'write', 'alloc', 'struct', 'union', 'array', 'sizeof', 'alignof', 'offsetof', 'errno'];

// The export names of a "module exports" outcome (a sorted array: entries
// [index, name] and a last ['length', n]), or the [name, typeof] pairs of a
// "module export kinds" outcome.
const exportsOf = (outcome, byKey) => outcome.value.entries
  .filter((e) => byKey || e[0] !== 'length')
  .map((e) => (byKey ? [e[0], e[1].v] : e[1].v));

// The jitffi outcome is the reference's plus every extra export, as a
// function.
function sameExceptExtras(byKey) {
  return (reference, jitffi) => {
    if (!jitffi || !jitffi.value || !Array.isArray(jitffi.value.entries)) return false;
    const name = (x) => (byKey ? x[0] : x);
    const got = exportsOf(jitffi, byKey);
    const extras = got.filter((x) => EXTRA_EXPORTS.includes(name(x)));
    return extras.length === EXTRA_EXPORTS.length && (!byKey || extras.every((x) => x[1] === 'function')) &&
      JSON.stringify(got.filter((x) => !EXTRA_EXPORTS.includes(name(x)))) === JSON.stringify(exportsOf(reference, byKey));
  };
}

const ALLOWED = [
  {
    ids: /^library prototype methods$/,
    reason: 'a jitffi library also has func, which resolves a C prototype string (docs/api.md); every method of the ' +
      'reference is there',
    check: (reference, jitffi) => {
      if (!jitffi || !jitffi.value || !Array.isArray(jitffi.value.entries)) return false;
      const got = exportsOf(jitffi, false);
      return got.includes('func') && JSON.stringify(got.filter((m) => m !== 'func')) === JSON.stringify(exportsOf(reference, false));
    },
  },
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
  {
    ids: /^module exports$/,
    reason: 'jitffi also exports the aggregate helpers struct, union, array, sizeof, alignof, offsetof, read, write ' +
      'and alloc (docs/structs.md), and errno (docs/api.md); every export of the reference is there',
    check: sameExceptExtras(false),
  },
  {
    ids: /^module export kinds$/,
    reason: 'the aggregate helpers and errno are functions; every other export has the kind it has in the reference',
    check: sameExceptExtras(true),
  },
  {
    ids: /^shape own keys$/,
    reason: 'every jitffi wrapper also has a non-enumerable own method, async (docs/async.md); its other own keys are the reference\'s, ' +
      'in its order',
    check: (reference, jitffi) => {
      const keys = (outcome) => outcome && outcome.value && Array.isArray(outcome.value.entries)
        ? outcome.value.entries.filter((e) => e[0] !== 'length').map((e) => e[1].v) : null;
      const got = keys(jitffi);
      const want = keys(reference);
      return got !== null && want !== null && JSON.stringify(got) === JSON.stringify([...want, 'async']);
    },
  },
];

function allowed(id, reference, jitffi) {
  return ALLOWED.some((entry) => entry.ids.test(id) && (!entry.check || entry.check(reference, jitffi)));
}

module.exports = { allowed };
