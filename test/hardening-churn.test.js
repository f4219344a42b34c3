'use strict';
// Signature churn: code and caches kept per signature must not outlive the
// signature's use. On every tested Node.js major (test/hardening/harness.js),
// the probe test/hardening/churn-signatures.js creates distinct callback
// signatures (register, call once, unregister) and distinct forward
// signatures (getFunction, call once, drop), one after the other, and RSS
// must end within 96 MiB of where it started. Before jitffi freed the code
// of unused signatures, 60,000 callback signatures grew RSS by about
// 700 MiB. Seen at 60,000 forward signatures, compiled: +30.6 MiB on
// Node.js 20, +61.5 on 26 and +67.5 on 24, where about 1,750 signatures
// still have code mapped at the end (N-API runs the finalizers that
// release it after the collection) and each has a typed V8 fast function
// besides its stub (docs/jit.md#the-v8fast-tier).
//
// Counts: 60,000 of each on the Node.js running this test, and on every
// major with JITFFI_MODE=interp (a few seconds each); in compiled mode
// 10,000 on the other majors (compiling dominates: 60,000 forward
// signatures take two minutes on a loaded machine). JITFFI_CHURN=full runs
// 60,000 everywhere. The probes run with --expose-gc (RSS is read after gc()) and
// --max-semi-space-size=1 (so that RSS reflects retained memory rather than
// the young generation's adaptive sizing, as in test/stress.test.js).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { nodes, runProbe, describe: outcome } = require('./hardening/harness');

const MiB = 2 ** 20;
const MAX_GROWTH = 96 * MiB;
const FULL = 60000;
const REDUCED = 10000;
// Signatures whose code may stay mapped at the end (compiled mode): those
// still in use by wrappers the GC has not finalized yet, plus the idle
// ones a sweep keeps (native/src/call/jit/mod.rs). Far below the count.
const MAX_MAPPED = 4096;

const probe = path.join(__dirname, 'hardening', 'churn-signatures.js');
const full = process.env.JITFFI_CHURN === 'full' || process.env.JITFFI_MODE === 'interp';

const major = (version) => Number(/(\d+)\.\d+\.\d+/.exec(version)?.[1]);
const mb = (x) => (x / MiB).toFixed(1);

for (const { label, bin } of nodes()) {
  const count = full || major(label) === major(process.version) ? FULL : REDUCED;
  describe(`signature churn on ${label}`, () => {
    for (const kind of ['callbacks', 'forward']) {
      it(`${count} distinct ${kind} signatures, created and dropped, leave RSS within ${MAX_GROWTH / MiB} MiB of the start`, async () => {
        const r = await runProbe(bin, probe, {
          args: [kind, String(count)],
          nodeArgs: ['--expose-gc', '--max-semi-space-size=1'],
          timeoutMs: 15 * 60 * 1000,
        });
        assert.equal(r.status, 0, outcome(r));
        assert.ok(r.json, outcome(r));
        const { rss, mode, ms, detail } = r.json;
        console.log(`${label} ${kind} x${count} (${mode}): ${ms} ms; RSS MiB start ${mb(rss.start)}, ` +
          `mid ${mb(rss.mid)}, end ${mb(rss.end)} (+${mb(rss.end - rss.start)}); ` +
          `signatures with code mapped at the end: ${detail.end.signatures}`);
        assert.ok(rss.end - rss.start <= MAX_GROWTH,
          `RSS grew by ${mb(rss.end - rss.start)} MiB (limit ${MAX_GROWTH / MiB})`);
        assert.equal(r.json.callbacks, 0);
        if (mode === 'jit') {
          assert.ok(detail.end.signatures <= MAX_MAPPED,
            `${detail.end.signatures} signatures still have code mapped`);
        }
      });
    }
  });
}
