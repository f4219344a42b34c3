'use strict';
// The bad-input matrix: every public function and method of jitffi
// receives every kind of wrong argument in every position, wrong argument
// counts, closed libraries and unregistered callbacks. The cases come from
// one table (test/matrix/table.js) and run in child processes
// (test/matrix/child.js), one child per batch; a child that dies is re-run
// one case per child to pinpoint the case that crashed. No case may take
// the process down or throw anything but an Error. Which error each gives
// is the built-in module's: the conformance corpus (test/conformance/)
// checks that against outcomes recorded from it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const { ffi, fixturePath, disposeSymbol } = require('./helpers');
const { APIS, buildCases } = require('./matrix/table');

const CHILD = path.join(__dirname, 'matrix', 'child.js');
const PARALLEL = Math.max(2, Math.min(4, (os.availableParallelism ? os.availableParallelism() : os.cpus().length)));
const TIMEOUT_MS = 120000;
const MODE = process.env.JITFFI_MODE || 'compiled';

// Runs the child with `args`; resolves with the lines it printed (by case
// id) and how it ended.
function runChild(args, fixture, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CHILD, ...args], {
      env: { ...process.env, ...extraEnv, MATRIX_FIXTURE: fixture },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const lines = new Map();
      for (const text of stdout.split('\n')) {
        if (!text) continue;
        try {
          const line = JSON.parse(text);
          lines.set(line.id, line);
        } catch {
          stderr += `\n(unparsable stdout line: ${text})`;
        }
      }
      resolve({ lines, status, signal, stderr });
    });
  });
}

// Runs `jobs` (functions returning promises) PARALLEL at a time.
async function pool(jobs) {
  const results = new Array(jobs.length);
  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, jobs.length) }, worker));
  return results;
}

function ended(r) {
  return r.signal ? `signal ${r.signal}` : `exit status ${r.status}`;
}

// Why `line` is not an acceptable outcome of hostile input, or null: a
// case may return or throw, but what it throws must be an Error object
// (or the Proxy trap's own error). Which error, with which code and
// message, is what the built-in module gives: test/conformance.test.js
// compares that case by case with outcomes recorded from it.
function mismatch(line) {
  if (line.outcome === 'returned') return null;
  if (line.trap || line.isError) return null;
  return `threw something that is not an Error: ${line.name} ${line.message}`;
}

test('every public function and method is in the matrix table', () => {
  const names = new Set(APIS.map((a) => a.name));
  const exported = Object.keys(ffi).filter((k) => typeof ffi[k] === 'function');
  const missing = exported.filter((k) => !names.has(k) && !names.has(`new ${k}`));
  const proto = ffi.DynamicLibrary.prototype;
  for (const key of Reflect.ownKeys(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (key === 'constructor' || typeof d.value !== 'function') continue; // getters are properties
    const name = key === disposeSymbol ? 'lib.[Symbol.dispose]' : `lib.${String(key)}`;
    if (!names.has(name)) missing.push(name);
  }
  assert.deepEqual(missing, [], 'APIs missing from test/matrix/table.js');
  assert.ok(exported.length >= 32, `only ${exported.length} function exports`);
});

test('a child that crashes is detected, and its cases are pinpointed', async () => {
  const fixture = fixturePath();
  const env = { MATRIX_SELFTEST_CRASH: '1' };
  const batch = await runChild(['--batch', 'selftest: crash'], fixture, env);
  assert.equal(batch.signal, 'SIGSEGV', `the child should die of SIGSEGV (${ended(batch)})`);
  assert.deepEqual([...batch.lines.keys()], ['selftest: before the crash']);
  const alone = await runChild(['--id', 'selftest: after the crash'], fixture, env);
  assert.equal(alone.status, 0);
  assert.equal(alone.lines.get('selftest: after the crash').repr, '2');
});

test('bad-input matrix: no crash, and only Error objects thrown', async () => {
  const started = Date.now();
  const fixture = fixturePath();
  const cases = buildCases();
  const byId = new Map(cases.map((c) => [c.id, c]));
  const batches = [...new Set(cases.map((c) => c.batch))];
  console.log(`matrix: ${cases.length} cases in ${batches.length} batches, ${APIS.length} APIs (mode: ${MODE})`);

  const lines = new Map();
  const problems = []; // [id, text]
  const runs = await pool(batches.map((batch) => () => runChild(['--batch', batch], fixture)));
  const pinpoint = []; // ids to re-run alone
  runs.forEach((r, i) => {
    for (const [id, line] of r.lines) lines.set(id, line);
    if (r.status === 0 && !r.signal) return;
    const missing = cases.filter((c) => c.batch === batches[i] && !r.lines.has(c.id)).map((c) => c.id);
    console.log(`batch "${batches[i]}" died (${ended(r)}) with ${missing.length} cases unreported; ` +
      `running them one per child. stderr:\n${r.stderr.split("\n").filter(Boolean).slice(0, 5).map((l) => `#   ${l}`).join('\n')}`);
    if (missing.length === 0) problems.push([`batch ${batches[i]}`, `child died (${ended(r)}) after all its cases`]);
    pinpoint.push({ batch: batches[i], missing });
  });
  for (const { batch, missing } of pinpoint) {
    const alone = await pool(missing.map((id) => () => runChild(['--id', id], fixture)));
    let crashed = 0;
    alone.forEach((r, i) => {
      const id = missing[i];
      if (r.status !== 0 || r.signal || !r.lines.has(id)) {
        crashed++;
        problems.push([id, `crashed (${ended(r)}): ${r.stderr.split('\n').find(Boolean) || ''}`]);
      } else {
        lines.set(id, r.lines.get(id));
      }
    });
    if (crashed === 0) {
      problems.push([`batch ${batch}`, `child died while running "${missing[0]}", which passes alone`]);
    }
  }

  for (const c of cases) {
    const line = lines.get(c.id);
    if (!line) {
      if (!problems.some(([id]) => id === c.id)) problems.push([c.id, 'no result reported']);
      continue;
    }
    const why = mismatch(line);
    if (why) problems.push([c.id, why]);
  }

  console.log(`matrix: ${cases.length} cases, ${cases.length - problems.length} as expected, ` +
    `${problems.length} unexpected, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [id, why] of problems.slice(0, process.env.MATRIX_VERBOSE ? Infinity : 40)) {
    console.log(`UNEXPECTED ${id}: ${why}`);
  }
  assert.ok(byId.size === cases.length);
  assert.deepEqual(problems.slice(0, 40).map(([id, why]) => `${id}: ${why}`), [],
    `${problems.length} matrix cases crashed or threw something that is not an Error`);
});
