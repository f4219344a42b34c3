'use strict';
// Compares jitffi's outcomes with the recorded reference ones. A case
// agrees when both outcomes are equal. Where the reference crashed (it has
// no check there), jitffi must throw an error with a code instead: that is
// one of the documented supersets. Every other difference must be on the
// allow-list (test/conformance/allow.js) with its reason.

const assert = require('node:assert/strict');
const { allowed } = require('./allow');

// `{ agree, superset, allowed, differ }`, each a list of case ids; `differ`
// entries are { id, reference, jitffi }.
function compare(reference, actual) {
  const out = { agree: [], superset: [], allowed: [], differ: [] };
  for (const [id, ref] of Object.entries(reference)) {
    const got = actual[id];
    let equal = true;
    try { assert.deepStrictEqual(got, ref); } catch { equal = false; }
    if (equal) out.agree.push(id);
    else if (ref.crash && got && got.error && typeof got.error.code === 'string') out.superset.push(id);
    else if (allowed(id, ref, got)) out.allowed.push(id);
    else out.differ.push({ id, reference: ref, jitffi: got });
  }
  for (const [id, got] of Object.entries(actual)) {
    if (!(id in reference)) out.differ.push({ id, reference: undefined, jitffi: got });
  }
  return out;
}

module.exports = { compare };
