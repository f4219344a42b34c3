'use strict';
// Lifetime stress. Each scenario of test/stress/scenarios.js
// runs in its own process, started with --expose-gc, and reports its memory
// after a warm-up ("before"), half-way ("mid") and at the end ("after"),
// each read after several gc() calls, in two readings
// (test/stress/footprint.js): `live`, the bytes in use by V8's heap and by
// malloc, and `rss`, resident pages. A leak grows `live` by its own size;
// RSS also holds what V8 and malloc keep for reuse, which varies between
// runs of the same code by tens of MiB, so it bounds only gross leaks
// (memory mapped outside malloc, threads).
//
// Memory must stay bounded:
//  - live growth before -> after at most 16 MiB (the first half absorbs
//    one-off costs: caches, tables sized to their peak);
//  - live growth mid -> after at most 8 MiB: each half runs at least 10,000
//    cycles (50,000 at the full counts), so a leak of 800 bytes per cycle
//    (160 at the full counts) fails; every cycle creates a wrapper,
//    library, callback or call whose native state is larger than that;
//  - RSS growth before -> after at most 128 MiB, mid -> after at most
//    32 MiB. Seen here (reduced counts, Node.js 18 to 26, both modes): up
//    to 15.5 MiB and 1.9 MiB (churn-forward, compiled); live growth up to
//    6.8 MiB and 0.5 MiB. The scenarios collect garbage every 1000 steps
//    (test/stress/scenarios.js, `loop`); before they did, V8's heap pages
//    made RSS jump by about 48 MiB at a point that varied between runs.
// The children run with --max-semi-space-size=1 so that the young
// generation's adaptive size does not dominate RSS.
//
// Counts: `npm test` runs reduced counts; JITFFI_STRESS=full runs the full
// counts (100,000 dlopen/getFunction/close cycles, 100,000 callback
// register/unregister cycles, 10,000 distinct signatures, 100,000
// drop-while-in-use cycles, 60,000 distinct callback signatures and 60,000
// distinct forward signatures created and dropped, 1,000,000 blocking and as
// many nonblocking cross-thread callback calls; 100,000 of each reduced);
// both run 100,000 asynchronous calls.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ffi, fixturePath } = require('./helpers');

const mode = ffi[Symbol.for('jitffi.internals')].stats().mode;
const full = process.env.JITFFI_STRESS === 'full';
const COUNTS = full
  ? {
    dlopen: 100000, callbacks: 100000, signatures: 10000, drop: 100000, transfer: 100000, churnCallbacks: 60000,
    churnForward: 60000, crossThread: 1000000, async: 100000,
  }
  : {
    dlopen: 20000, callbacks: 100000, signatures: 2000, drop: 20000, transfer: 20000, churnCallbacks: 20000,
    churnForward: 6000, crossThread: 100000, async: 100000,
  };

const MiB = 2 ** 20;
const MAX_LIVE_GROWTH = 16 * MiB;
const MAX_LIVE_SECOND_HALF_GROWTH = 8 * MiB;
const MAX_RSS_GROWTH = 128 * MiB;
const MAX_RSS_SECOND_HALF_GROWTH = 32 * MiB;

fixturePath(); // build it once, before the children race to

function run(scenario, count) {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath,
    ['--expose-gc', '--max-semi-space-size=1', path.join(__dirname, 'stress', 'scenarios.js'), scenario, String(count)],
    { env, encoding: 'utf8', timeout: 300000 });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${scenario}: exit ${r.status}${r.signal ? ` (signal ${r.signal})` : ''}\n${r.stderr}`);
  const result = JSON.parse(r.stdout.trim().split('\n').pop());
  const mb = (x) => (x / MiB).toFixed(1);
  const show = (m) => `start ${mb(m.start)}, before ${mb(m.before)}, mid ${mb(m.mid)}, after ${mb(m.after)}` +
    `${m.again !== undefined ? `, again ${mb(m.again)}` : ''}`;
  console.log(`${scenario} x${count} (${result.mode}): ${result.ms} ms; MiB live ${show(result.live)}; RSS ${show(result.rss)}`);
  assert.equal(result.mode, mode);
  return result;
}

function assertGrowth(reading, from, to, limit, what) {
  const grown = reading[to] - reading[from];
  assert.ok(grown <= limit, `${what} grew by ${(grown / MiB).toFixed(1)} MiB from ${from} to ${to} (limit ${limit / MiB})`);
}

function assertBounded({ live, rss }) {
  assertGrowth(live, 'before', 'after', MAX_LIVE_GROWTH, 'memory in use');
  assertGrowth(live, 'mid', 'after', MAX_LIVE_SECOND_HALF_GROWTH, 'memory in use');
  assertGrowth(rss, 'before', 'after', MAX_RSS_GROWTH, 'RSS');
  assertGrowth(rss, 'mid', 'after', MAX_RSS_SECOND_HALF_GROWTH, 'RSS');
}

describe(`lifetime stress (${mode}${full ? ', full counts' : ''})`, () => {
  it(`${COUNTS.dlopen} dlopen/getFunction/close cycles stay bounded`, () => {
    const r = run('dlopen', COUNTS.dlopen);
    assertBounded(r);
    assert.equal(r.callbacksLeft, 0, 'close() releases the callbacks of the library');
  });

  it(`${COUNTS.async} asynchronous calls stay bounded and all settle`, () => {
    const r = run('async', COUNTS.async);
    assertBounded(r);
    assert.equal(r.pending, 0);
  });

  it(`${COUNTS.callbacks} callback register/unregister cycles stay bounded`, () => {
    const r = run('callbacks', COUNTS.callbacks);
    assertBounded(r);
    assert.equal(r.callbacksLeft, 0);
  });

  it(`${COUNTS.signatures} distinct signatures: memory per signature is bounded, and requesting them again costs nothing`, () => {
    const r = run('signatures', COUNTS.signatures);
    const { rss } = r;
    const perSignature = (rss.after - rss.before) / COUNTS.signatures;
    console.log(`  ${(perSignature / 1024).toFixed(1)} KiB per signature; ${r.compiledFirstPass} trampolines compiled, ` +
      `${r.compiledSecondPass} on the second pass (${r.msAgain} ms)`);
    // The wrappers of every signature are alive until the end of the first
    // pass, so is their code (one trampoline per signature and tier);
    // 24 KiB per signature bounds it.
    assert.ok(perSignature <= 24 * 1024, `${(perSignature / 1024).toFixed(1)} KiB per signature`);
    // The second pass, with new libraries and wrappers, hits the caches
    // (the code of the first pass's signatures, idle once their wrappers
    // are collected, is freed only when new signatures need room), and the
    // dropped wrappers of the first pass are collected.
    assert.equal(r.compiledSecondPass, 0);
    assertGrowth(r.live, 'after', 'again', MAX_LIVE_SECOND_HALF_GROWTH, 'memory in use');
    assertGrowth(rss, 'after', 'again', MAX_RSS_SECOND_HALF_GROWTH, 'RSS');
    if (mode === 'jit') assert.ok(r.compiledFirstPass >= COUNTS.signatures, `only ${r.compiledFirstPass} compiled`);
    else assert.equal(r.compiledFirstPass, 0);
  });

  it(`${COUNTS.transfer} toBuffer copies with one copy's memory transferred away stay bounded and intact`, () => {
    const r = run('transfer', COUNTS.transfer);
    assertBounded(r);
    const cycles = COUNTS.transfer + Math.min(500, COUNTS.transfer);
    assert.equal(r.transferred, cycles, 'every transferred copy kept its bytes');
  });

  it(`${COUNTS.drop} libraries and wrappers dropped and collected while wrappers of the same signatures stay in use`, () => {
    const r = run('drop', COUNTS.drop);
    assertBounded(r);
    console.log(`  collected: ${r.collectedLibs} libraries, ${r.collectedFns} wrappers; ${r.closedThrows} closed ones threw`);
    const cycles = COUNTS.drop + Math.min(500, COUNTS.drop);
    assert.ok(r.collectedLibs >= cycles * 0.9, `only ${r.collectedLibs} of ${cycles} libraries collected`);
    assert.ok(r.collectedFns >= cycles * 2 * 0.9, `only ${r.collectedFns} of ${cycles * 2} wrappers collected`);
    assert.equal(r.mappedCopies, 0, 'the dropped copies of the fixture are unloaded');
    assert.equal(r.callbacksLeft, 0);
  });

  it(`${COUNTS.crossThread} blocking and ${COUNTS.crossThread} nonblocking callback calls from a C thread stay bounded`, () => {
    const r = run('cross-thread', COUNTS.crossThread);
    assertBounded(r);
    assert.equal(r.calls, 2 * COUNTS.crossThread);
    assert.equal(r.callbacksLeft, 2, 'the two thread-safe callbacks, until close()');
  });

  for (const [kind, count] of [['callbacks', COUNTS.churnCallbacks], ['forward', COUNTS.churnForward]]) {
    it(`${count} distinct ${kind} signatures created and dropped: their code is freed, memory stays bounded`, () => {
      const r = run(`churn-${kind}`, count);
      const { rss } = r;
      console.log(`  ${((rss.after - rss.start) / MiB).toFixed(1)} MiB above the start; ` +
        `${r.signaturesMapped} signatures with code mapped at the end`);
      assertBounded(r);
      // The code kept for reuse (at most 4096 signatures, below) and the
      // caches fit in 64 MiB.
      assertGrowth(rss, 'start', 'after', 64 * MiB, 'RSS');
      assert.equal(r.callbacksLeft, 0);
      if (mode === 'jit') assert.ok(r.signaturesMapped <= 4096, `${r.signaturesMapped} signatures mapped`);
    });
  }
});
