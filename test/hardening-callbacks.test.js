'use strict';
// Hostile-input probes of callbacks (test/hardening/cb-*.js), each run in a
// child process on every tested Node.js major (test/hardening/harness.js),
// in the current JITFFI_MODE. Where node:ffi defines the behaviour, the
// expected outcome is what the reference did, recorded by
// test/hardening/cb-record-reference.js into cb-reference.json; elsewhere
// the test asserts the lifetime rules of docs/callbacks.md.
//
// JITFFI_HARDENING_FULL=1 checks every callback result that aborts the
// reference, instead of the first two of each result type.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { nodes, runProbe, describe: explain } = require('./hardening/harness');
const { outcomes } = require('./hardening/cb-record-reference');
const { VALUES } = require('./hardening/cb-result');
const reference = require('./hardening/cb-reference.json');

const mode = process.env.JITFFI_MODE === 'interp' ? 'interp' : 'compiled';
const full = process.env.JITFFI_HARDENING_FULL === '1';
const probe = (name) => path.join(__dirname, 'hardening', name);

// Asserts that the probe exited normally and returns what it printed.
function printed(r) {
  assert.equal(r.signal, null, explain(r));
  assert.equal(r.status, 0, explain(r));
  assert.ok(r.json !== null, explain(r));
  return r.json;
}

// Runs `jobs` (functions returning promises) two at a time.
async function twoAtATime(jobs) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

for (const { label, bin } of nodes()) {
  describe(`callback hardening, ${label}, ${mode}`, () => {
    it('a callback stays registered when its library object is garbage-collected', async () => {
      const r = await runProbe(bin, probe('cb-gc-release.js'), { nodeArgs: ['--expose-gc'] });
      const out = printed(r);
      assert.equal(out.collected, true, 'the library object was not collected; the probe proves nothing');
      assert.equal(out.first, 42, 'the callback no longer runs');
      assert.equal(out.second, 42, 'a new callback took over the pointer');
      assert.equal(out.third, -999);
    });

    for (const how of ['exit', 'terminate']) {
      it(`C calling a callback of a worker that has ended (${how}) gets 0`, async () => {
        const r = await runProbe(bin, probe('cb-dead-worker.js'), { args: [how] });
        assert.deepEqual(printed(r), { works: 42, result: 0 });
      });
    }

    const released = {
      unregister: { result: 1001, after: 0 },
      reuse: { result: 1001, fresh: 200 },
      close: { result: 1001, after: 0 },
    };
    for (const [how, expected] of Object.entries(released)) {
      it(`a running callback may release itself (${how})`, async () => {
        const r = await runProbe(bin, probe('cb-reentrant-release.js'), { args: [how] });
        assert.deepEqual(printed(r), expected);
      });
    }

    it('a signature getter that closes the library makes the call throw, as in node:ffi', async () => {
      const r = await runProbe(bin, probe('cb-closed-signature.js'));
      const { pointers, stayed, ...cases } = printed(r);
      assert.deepEqual(cases, reference.closedSignature);
      assert.equal(pointers, 0);
      assert.equal(stayed, 0);
    });

    it('misuse throws as in node:ffi: ref/unref of a collected callback, new on a function', async () => {
      const r = await runProbe(bin, probe('cb-misuse.js'), { nodeArgs: ['--expose-gc'] });
      const out = printed(r);
      assert.equal(out.collected, true, 'the function was not collected; the probe proves nothing');
      assert.deepEqual(out, reference.misuse);
    });

    it('callback results reach C as in node:ffi, or abort with its message', async () => {
      const jobs = [];
      for (const [type, want] of Object.entries(reference.results)) {
        const coerced = VALUES.flatMap((v, i) => (typeof want[v] === 'string' ? [i] : []));
        const aborting = VALUES.flatMap((v, i) => (typeof want[v] === 'object' ? [i] : []));
        const checked = [...coerced, ...(full ? aborting : aborting.slice(0, 2))];
        if (type === 'i32') checked.push(VALUES.indexOf('Promise.resolve(2)'));
        jobs.push(async () => [type, await outcomes(bin, type, { indices: [...new Set(checked)] })]);
      }
      const mismatches = [];
      for (const [type, got] of await twoAtATime(jobs)) {
        for (const [value, outcome] of Object.entries(got)) {
          const want = reference.results[type][value];
          const same = typeof want === 'string'
            ? outcome === want
            : outcome !== null && typeof outcome === 'object' && typeof outcome.abort === 'string' &&
              outcome.abort.startsWith('FATAL ERROR: jitffi callback ') && outcome.abort.includes(want.abort);
          if (!same) mismatches.push(`${type} <- ${value}: node:ffi ${JSON.stringify(want)}, jitffi ${JSON.stringify(outcome)}`);
        }
      }
      assert.deepEqual(mismatches, []);
    });
  });
}
