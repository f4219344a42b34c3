'use strict';
// worker_threads: four workers at a time each load the
// fixture, make calls of every tier, register callbacks and call them, and
// are terminated (worker.terminate()) while calls are running; the main
// thread keeps calling the same library meanwhile. The scenario
// (test/workers/scenario.js) runs in a child process, so that a crash or an
// abort shows up as its exit status instead of killing the test runner.
// Results the workers reported before their termination must be correct.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { fixturePath, fastPath } = require('./helpers');

const SCENARIO = path.join(__dirname, 'workers', 'scenario.js');

function runScenario(kind) {
  const r = spawnSync(process.execPath, [SCENARIO, kind, fixturePath()], {
    encoding: 'utf8',
    timeout: 120000,
  });
  if (r.error) throw r.error;
  return r;
}

function check(kind) {
  const r = runScenario(kind);
  assert.equal(r.signal, null, `the scenario died of ${r.signal}:\n${r.stderr}`);
  assert.equal(r.status, 0, `the scenario exited with ${r.status}:\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /FATAL|Aborted|Segmentation/);
  const lines = r.stdout.trim().split('\n');
  const summary = JSON.parse(lines[lines.length - 1]);
  console.log(`workers (${kind}, ${summary.mode}): ${summary.workers} workers terminated mid-call, ` +
    `${summary.checked} checked every tier, ${summary.calls} busy-loop iterations verified, ` +
    `${summary.mainCalls} main-thread calls meanwhile`);
  assert.deepEqual(summary.errors, []);
  assert.deepEqual(summary.mismatches, []);
  assert.equal(summary.workers, 12);
  // terminate() ends a worker with exit code 1 once it runs its busy loop;
  // Node reports 0 for a worker terminated while it is still starting up,
  // which the random last round of 'callbacks' may do.
  assert.equal(summary.exitCodes.length, 12);
  for (const code of summary.exitCodes) assert.ok(code === 0 || code === 1, `worker exit code ${code}`);
  assert.deepEqual(summary.exitCodes.slice(0, 8), Array(8).fill(1));
  // Workers are terminated during the busy loop in every round but the
  // random last one of 'callbacks', so all of them (or 8) have reported
  // checked results, and most have made progress.
  assert.ok(summary.checked >= (kind === 'callbacks' ? 8 : 12), `only ${summary.checked} workers checked their results`);
  assert.ok(summary.progress >= 4, `only ${summary.progress} workers reported progress`);
  assert.ok(summary.mainCalls > 0);
  const mode = process.env.JITFFI_MODE === 'interp' ? 'interp' : null;
  for (const name of ['add_i32', 'string_length', 'sum_buffer', 'call_i32_cb']) {
    assert.ok(mode ? summary.tiers[name] === mode : summary.tiers[name] !== 'interp', `${name}: ${summary.tiers[name]}`);
  }
  if (!mode) {
    assert.equal(summary.tiers.add_i32, fastPath);
    assert.equal(summary.tiers.string_length, fastPath);
    assert.equal(summary.tiers.sum_buffer, 'general');
  }
}

test('four workers call fast- and general-tier functions and are terminated mid-call', () => {
  check('calls');
});

test('four workers call C functions that call JS callbacks and are terminated mid-callback', () => {
  check('callbacks');
});

// A callback unregisters itself while it runs, and a worker reuses and
// releases its cell (with 300 more) before it returns: the cell must not be
// freed under the running call (test/workers/reuse.js). Freed memory is
// usually still readable, so where valgrind is installed the scenario runs
// under memcheck too, which reports the reads of a freed cell.
const REUSE = path.join(__dirname, 'workers', 'reuse.js');

// memcheck's error reports in `stderr`, one string each (its lines from the
// kind of error to the blank line that ends it).
function memcheckErrors(stderr) {
  const blocks = stderr.split(/\n==\d+== \n/).map((b) => b.replace(/^==\d+== /gm, '').trim());
  return blocks.filter((b) => /^(Invalid (read|write|free)|Conditional jump|Use of uninitialised|Syscall param|Mismatched free|Source and destination overlap)/m.test(b));
}
const hasValgrind = spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0;

for (const mode of ['', 'interp']) {
  test(`a callback's cell outlives its call when the callback unregisters itself and another thread reuses it (${mode || 'compiled'})`, () => {
    const env = { ...process.env, JITFFI_MODE: mode };
    const plain = spawnSync(process.execPath, [REUSE, fixturePath(), '20'], { encoding: 'utf8', env, timeout: 60000 });
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(plain.stdout.trim(), Array(20).fill('42').join(' '));
    if (!hasValgrind) return;
    const checked = spawnSync('valgrind', ['--error-limit=no', process.execPath, REUSE, fixturePath(), '3'],
      { encoding: 'utf8', env, timeout: 300000 });
    assert.equal(checked.stdout.trim(), '42 42 42', checked.stderr.slice(-2000));
    assert.match(checked.stderr, /ERROR SUMMARY: \d+ errors/, 'memcheck did not finish');
    // Only errors with a frame in jitffi's addon count: some Node.js majors'
    // own code (V8's GC, TurboFan) shows memcheck errors of its own.
    const ours = memcheckErrors(checked.stderr).filter((e) => /jitffi\.node|jitffi::/.test(e));
    assert.deepEqual(ours, []);
  });
}
