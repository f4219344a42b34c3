'use strict';
// Termination and stack hardening, on every tested Node.js major
// (test/hardening/harness.js), in the current JITFFI_MODE. Each probe in
// test/hardening/ (term-*, stack-*) runs in its own child process, so an
// abort, a crash or a hang fails the test instead of the runner.
//
//  - Which path each use of V8's C++ API takes on each major, and the
//    forced fallbacks (JITFFI_V8_API=0: N-API only; =isolate: the isolate's
//    functions only).
//  - A vm timeout inside a callback that C keeps calling: no abort, C gets
//    0, no later callback enters JS (Node 26 aborted).
//  - worker.terminate() while C keeps calling the worker's callback: the
//    worker ends at once, no later callback or JS runs (Node 22 and 24,
//    compiled mode, lost the termination).
//  - The stack C keeps after jitffi raised V8's limit for deep callback
//    nesting: at least half the thread's stack (it had about 2 MiB of 8).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { nodes, runProbe, describe: outcome } = require('./hardening/harness');

const probe = (name) => path.join(__dirname, 'hardening', name);

function clean(r) {
  assert.equal(r.timedOut, false, outcome(r));
  assert.equal(r.signal, null, outcome(r));
  assert.equal(r.status, 0, outcome(r));
  assert.doesNotMatch(r.stderr, /FATAL|Aborted|Segmentation/, outcome(r));
  assert.ok(r.json, outcome(r));
  return r.json;
}

const v8Major = (version) => Number(String(version).split('.')[0]);

for (const { label, bin } of nodes()) {
  describe(label, () => {
    it('uses V8\'s API where the running V8 matches the checked headers, N-API elsewhere', async () => {
      const api = clean(await runProbe(bin, probe('term-api-paths.js')));
      assert.equal(api.ran, '90');
      assert.equal(api.version, api.v8);
      assert.equal(api.terminating, 'v8');
      assert.equal(api.stackLimit, 'v8');
      assert.equal(api.call, 'v8');
      // V8 14 (Node 26) defines HandleScope inline: N-API scopes there.
      assert.equal(api.handleScope, v8Major(api.v8) >= 14 ? 'napi' : 'v8');
      if (v8Major(api.v8) < 14) assert.equal(api.notes, '');
    });

    it('JITFFI_V8_API=0 and =isolate force the N-API fallbacks', async () => {
      const none = clean(await runProbe(bin, probe('term-api-paths.js'), { env: { JITFFI_V8_API: '0' } }));
      assert.deepEqual([none.ran, none.terminating, none.stackLimit, none.handleScope, none.call, none.notes],
        ['90', 'napi', 'none', 'napi', 'napi', 'JITFFI_V8_API=0']);
      const isolate = clean(await runProbe(bin, probe('term-api-paths.js'), { env: { JITFFI_V8_API: 'isolate' } }));
      assert.deepEqual([isolate.ran, isolate.terminating, isolate.stackLimit, isolate.handleScope, isolate.call],
        ['90', 'v8', 'v8', 'napi', 'napi']);
    });

    for (const env of [{}, { JITFFI_V8_API: 'isolate' }]) {
      const how = env.JITFFI_V8_API ? ` (JITFFI_V8_API=${env.JITFFI_V8_API})` : '';
      it(`a vm timeout ends a callback that C keeps calling: C gets 0, no later callback runs${how}`, async () => {
        const r = clean(await runProbe(bin, probe('term-vm-timeout.js'), { args: ['loop'], env }));
        assert.equal(r.code, 'ERR_SCRIPT_EXECUTION_TIMEOUT');
        assert.equal(r.entered, 1, 'callbacks that entered JS');
        assert.equal(r.afterCall, false, 'the script after the foreign call ran');
        assert.equal(r.cReturned, '1000', 'C\'s loop did not run to its end');
        assert.equal(r.cSum, '0', 'C got non-zero results');
        assert.equal(r.again, '45', 'callbacks after the timeout');
        assert.ok(r.ms < 5000, `the timeout took ${r.ms} ms`);
      });

      it(`a vm timeout ends a callback with a string argument in flight${how}`, async () => {
        const r = clean(await runProbe(bin, probe('term-vm-timeout.js'), { args: ['string'], env }));
        assert.equal(r.code, 'ERR_SCRIPT_EXECUTION_TIMEOUT');
        assert.equal(r.entered, 1);
        assert.equal(r.afterCall, false);
        assert.equal(r.again, '45');
      });
    }

    it('without V8\'s API (JITFFI_V8_API=0) a vm timeout in a callback looks like `throw null` and aborts, as documented', async () => {
      const r = await runProbe(bin, probe('term-vm-timeout.js'), { args: ['loop'], env: { JITFFI_V8_API: '0' } });
      assert.equal(r.timedOut, false, outcome(r));
      assert.match(r.stderr, /FATAL ERROR: jitffi callback Callbacks cannot throw an exception/, outcome(r));
      assert.ok(r.signal !== null || r.status !== 0, outcome(r));
    });

    for (const env of [{}, { JITFFI_V8_API: 'isolate' }, { JITFFI_V8_API: '0' }]) {
      const how = env.JITFFI_V8_API ? ` (JITFFI_V8_API=${env.JITFFI_V8_API})` : '';
      for (const kind of ['spin', 'slow']) {
        it(`worker.terminate() while C keeps calling a ${kind} callback ends the worker at once${how}`, async () => {
          const r = clean(await runProbe(bin, probe('term-worker.js'), { args: [kind], env, timeoutMs: 30000 }));
          assert.notEqual(r.terminateMs, null, 'terminate() did not settle within 5 s');
          assert.ok(r.terminateMs < 2000, `terminate() took ${r.terminateMs} ms`);
          assert.equal(r.exitCode, 1);
          assert.ok(r.entered - r.enteredAtTerminate <= 1,
            `${r.entered - r.enteredAtTerminate} callbacks entered JS after terminate()`);
          assert.equal(r.afterCall, false, 'the worker\'s JS after the foreign call ran');
          assert.equal(r.cReturned, '1000', 'C\'s loop did not run to its end');
          // Only callbacks that returned before the termination give C 1
          // (slow: the first one may, when the termination lands after it
          // returned); every call refused without entering JS gives 0.
          assert.ok(Number(r.cSum) <= r.entered, `C got ${r.cSum} from ${r.entered} callbacks`);
          if (kind === 'spin') assert.equal(r.cSum, '0');
        });
      }
    }

    it('after the stack-limit raise, C called from JS near the new limit has half the thread\'s stack', async () => {
      // The probe uses half the stack less 512 KiB (3.5 MiB of 8 MiB): the
      // raise used to leave C about 2 MiB.
      const r = clean(await runProbe(bin, probe('stack-c-after-raise.js'), { args: ['half-'] }));
      assert.ok(r.after > r.before * 2, `no raise: ${r.before} JS frames before, ${r.after} after`);
      assert.ok(r.bytes >= r.stackBytes / 2 - (512 << 10));
      assert.ok(Number(r.sum) > 0);
    });

    it('the raise still gives 1,000-deep callback recursion on both tiers', async () => {
      const r = clean(await runProbe(bin, probe('stack-deep-callbacks.js')));
      assert.deepEqual([r.fast, r.general, r.levels], [1000, 1000, 1000]);
      // docs/callbacks.md: 1.7 to 3.5 KB per level on Node 18 to 26; the
      // JS half of an 8 MiB stack holds 1,000 levels up to about 3.9 KB.
      assert.ok(r.perLevel > 1000 && r.perLevel < 3900, `${r.perLevel} bytes per level`);
    });
  });
}
