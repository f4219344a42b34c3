'use strict';
// Records what node:ffi, the reference (Node.js 26.12.1 with
// --experimental-ffi), does in the callback hardening probes, into
// cb-reference.json, which test/hardening-callbacks.test.js compares jitffi
// with. Re-record after changing a probe:
//   node test/hardening/cb-record-reference.js
//  - results: for every result type of cb-result.js, what C receives from
//    a callback returning each of its VALUES, or { abort: <stderr's first
//    line> } when the process aborts;
//  - closedSignature, misuse: the JSON lines of cb-closed-signature.js and
//    cb-misuse.js.

const fs = require('node:fs');
const path = require('node:path');
const { runProbe } = require('./harness');
const { VALUES, CALLERS } = require('./cb-result');

const FILE = path.join(__dirname, 'cb-reference.json');
const REFERENCE = { nodeArgs: ['--experimental-ffi'], env: { JITFFI_PROBE_REFERENCE: '1' } };

// The first line of stderr that is not Node's experimental-feature warning.
function firstLine(stderr) {
  const line = stderr.split('\n').find((l) => l.trim() !== '' && !/ExperimentalWarning|--trace-warnings/.test(l));
  return (line || '').trim();
}

// { value source: outcome } of cb-result.js for result type `type` and the
// values `indices` (default: all), running `bin`. A value that ends the
// process is recorded as { abort: first line } (SIGABRT) or { crash:
// '<signal or status>: first line' }; the probe then resumes after it.
async function outcomes(bin, type, { nodeArgs = [], env = {}, indices } = {}) {
  const wanted = indices || VALUES.map((_, i) => i);
  const out = {};
  let pending = wanted;
  while (pending.length > 0) {
    const r = await runProbe(bin, path.join(__dirname, 'cb-result.js'), {
      args: [type, pending.join(',')], nodeArgs, env,
    });
    const seen = new Set();
    let done = false;
    for (const line of r.stdout.split('\n')) {
      if (!line.startsWith('{')) continue;
      const row = JSON.parse(line);
      if (row.done) { done = true; break; }
      out[VALUES[row.i]] = row.c;
      seen.add(row.i);
    }
    if (done) break;
    const rest = pending.filter((i) => !seen.has(i));
    const stopped = rest[0];
    out[VALUES[stopped]] = r.signal === 'SIGABRT'
      ? { abort: firstLine(r.stderr) }
      : { crash: `${r.signal || r.status}${r.timedOut ? ' (timed out)' : ''}: ${firstLine(r.stderr)}` };
    pending = rest.slice(1);
  }
  return out;
}

async function main() {
  const { nodeFor } = require('../../scripts/node-versions');
  const { bin, version } = nodeFor('26');
  const results = {};
  for (const type of Object.keys(CALLERS)) results[type] = await outcomes(bin, type, REFERENCE);
  const json = async (probe, nodeArgs = []) => {
    const r = await runProbe(bin, path.join(__dirname, probe), { ...REFERENCE, nodeArgs: [...REFERENCE.nodeArgs, ...nodeArgs] });
    if (r.json === null) throw new Error(`${probe} printed no JSON on the reference: ${firstLine(r.stderr)}`);
    return r.json;
  };
  const closedSignature = await json('cb-closed-signature.js');
  const misuse = await json('cb-misuse.js', ['--expose-gc']);
  const record = { reference: `node ${version} node:ffi`, results, closedSignature, misuse };
  fs.writeFileSync(FILE, `${JSON.stringify(record, null, 1)}\n`);
  console.log(`wrote ${FILE}`);
}

if (require.main === module) main();

module.exports = { outcomes, FILE };
