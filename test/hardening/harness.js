'use strict';
// Runs a probe script in a child process on every tested Node.js major
// (scripts/node-versions.js installs them from the registry into a cache
// outside the repo), in the current JITFFI_MODE, and returns how each ended.
// The hardening tests use it: each probe does one hostile thing and prints
// one JSON line of what it saw, so a crash, an abort or a hang shows up as
// the child's exit status instead of killing the test runner.
//
// JITFFI_TEST_MAJORS=current (or a comma-separated list such as "20,26")
// narrows the set; the default is every major of scripts/node-versions.js.

const { spawn } = require('node:child_process');
const path = require('node:path');
const { MAJORS, nodeFor } = require('../../scripts/node-versions');
const { fixturePath } = require('../helpers');

const root = path.join(__dirname, '..', '..');

// [{ label, bin }] of the Node.js builds to run probes on.
function nodes() {
  const wanted = process.env.JITFFI_TEST_MAJORS;
  if (wanted === 'current') return [{ label: `current (${process.version})`, bin: process.execPath }];
  const specs = wanted ? wanted.split(',').map((s) => s.trim()).filter(Boolean) : MAJORS;
  return specs.map((spec) => {
    const { version, bin } = nodeFor(spec);
    return { label: `node ${version}`, bin };
  });
}

// Runs `node [nodeArgs] probe [args]` with `bin`; resolves with
// { status, signal, stdout, stderr, json, timedOut }, where `json` is the
// last stdout line that parses as JSON (or null).
function runProbe(bin, probe, { args = [], nodeArgs = [], env = {}, timeoutMs = 60000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(bin, [...nodeArgs, probe, ...args], {
      cwd: root,
      env: { ...process.env, JITFFI_FIXTURE: fixturePath(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      let json = null;
      for (const line of stdout.trim().split('\n').reverse()) {
        try { json = JSON.parse(line); break; } catch { /* not a JSON line */ }
      }
      resolve({ status, signal, stdout, stderr, json, timedOut });
    });
  });
}

// Describes a probe outcome for assertion messages.
function describe(r) {
  return `status ${r.status}, signal ${r.signal}${r.timedOut ? ' (timed out)' : ''}\n` +
    `stdout: ${r.stdout.slice(-2000)}\nstderr: ${r.stderr.slice(-2000)}`;
}

module.exports = { nodes, runProbe, describe, root };
