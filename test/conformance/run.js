'use strict';
// Runs the whole corpus with one Node.js binary and collects an outcome per
// case id. Ordinary cases run in one child, restarted after the case that
// killed it (which is then recorded as a crash); process cases run one child
// each, and their outcome is how the child ended: its exit status or signal,
// the value the case returned if it got that far, and the message on
// stderr that a fatal error printed.

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { cases } = require('./cases');

const RUNNER = path.join(__dirname, 'runner.js');

let runs = 0;

function spawnRunner(bin, nodeArgs, args, env) {
  const out = path.join(os.tmpdir(), `jitffi-conformance-${process.pid}-${runs++}.jsonl`);
  return new Promise((resolve) => {
    const child = spawn(bin, [...nodeArgs, RUNNER, ...args], {
      env: { ...process.env, ...env, JITFFI_CONFORMANCE_OUT: out },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 120000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      let stdout = '';
      try { stdout = fs.readFileSync(out, 'utf8'); fs.rmSync(out); } catch { /* the child wrote nothing */ }
      const lines = stdout.split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter(Boolean);
      resolve({ lines, status, signal, stderr });
    });
  });
}

// The message of a fatal error: the first stderr line that is not a
// warning, without the "FATAL ERROR: " prefix that V8's fatal-error handler
// (and jitffi's own abort) may put before it.
function fatalMessage(stderr) {
  const line = stderr.split('\n').find((l) => l.trim() && !/^\(node:\d+\)|^\(Use `node/.test(l)) || '';
  return line.replace(/^\s*FATAL ERROR:\s*/, '').replace(/^jitffi callback\s*/, '').trim();
}

async function runAll({ bin, nodeArgs = [], env = {} }) {
  const outcomes = {};
  const ordinary = cases.map((c, i) => [c, i]).filter(([c]) => !c.process);
  let from = 0;
  const crashes = [];
  while (from < cases.length) {
    const r = await spawnRunner(bin, nodeArgs, ['--from', String(from)], env);
    let running = null; // the case started and not finished
    let done = null; // the last case finished
    for (const line of r.lines) {
      if (line.start) running = line.start;
      else if (line.id) { outcomes[line.id] = line.outcome; running = null; done = line.id; }
    }
    if (r.status === 0 && r.signal === null && running === null) break; // finished
    if (running !== null) {
      outcomes[running] = { crash: { status: r.status, signal: r.signal } };
      from = cases.findIndex((c) => c.id === running) + 1;
    } else {
      // Died between cases (a finalizer, say): note it, go on after the last.
      crashes.push({ after: done, status: r.status, signal: r.signal, stderr: r.stderr.slice(-2000) });
      from = done === null ? from + 1 : cases.findIndex((c) => c.id === done) + 1;
    }
  }
  if (crashes.length > 0) {
    outcomes['(between cases)'] = { crashes: crashes.map(({ after, status, signal }) => ({ after, status, signal })) };
  }
  for (const [c] of ordinary) if (!(c.id in outcomes)) outcomes[c.id] = { missing: true };
  const processCases = cases.filter((c) => c.process);
  const parallel = Math.max(1, Math.min(4, os.cpus().length));
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < processCases.length) {
      const c = processCases[next++];
      const r = await spawnRunner(bin, nodeArgs, ['--only', c.id], env);
      const done = r.lines.find((l) => l.id === c.id);
      outcomes[c.id] = {
        exit: { status: r.status, signal: r.signal },
        ...(done ? done.outcome : {}),
        ...(r.status === 0 ? {} : { fatal: fatalMessage(r.stderr) }),
      };
    }
  }));
  // In the corpus's order, whatever order the children finished in.
  const ordered = {};
  for (const c of cases) ordered[c.id] = outcomes[c.id];
  for (const [id, o] of Object.entries(outcomes)) if (!(id in ordered)) ordered[id] = o;
  return ordered;
}

module.exports = { runAll };
