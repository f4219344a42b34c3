#!/usr/bin/env node
'use strict';
// Leak check: runs test/leak/workload.js under valgrind memcheck, once per
// mode (compiled, then JITFFI_MODE=interp), and reports
//  - the "definitely lost" total of the whole process (Node and V8 included),
//  - the part attributable to jitffi: loss records with a jitffi frame
//    (lib/jitffi.node, `jitffi::`) in the allocation stack, each printed and
//    classified,
//  - memcheck errors (invalid reads/writes, uninitialised values, bad frees)
//    with a jitffi frame in their stack.
// Exit status: 0 when no jitffi-attributable loss (other than the known
// Node.js one, see KNOWN) and no jitffi-attributable error was found, 1
// otherwise, 2 when valgrind is missing or the workload itself failed.
//
//   node test/leak/run.js [--rounds N] [--modes jit,interp] [--keep-logs]
//
// Logs go to test/.build/leak-<mode>.log. See test/leak/README.md.

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..', '..');
const buildDir = path.join(root, 'test', '.build');

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const rounds = Number(opt('--rounds', '2'));
const modes = opt('--modes', 'jit,interp').split(',');

const JITFFI_FRAME = /jitffi\.node|libjitffi|\bjitffi::/;

// Loss records with a jitffi frame that are understood. `owner` says whose
// memory it is: 'node' means Node.js itself leaks it (reproduced with a
// plain C addon, see README.md) and it does not count against jitffi.
const KNOWN = [
  {
    id: 'memory-block',
    match: /jitffi::memory::(take_block|MemoryState::new)/,
    owner: 'jitffi',
    what: 'the memory helpers\' slot block (32 bytes), leaked on purpose once per environment ' +
      '(native/src/memory.rs `take_block`/`retire_block`): one per main thread and per Worker',
  },
  {
    id: 'callback-ref-at-teardown',
    match: /napi_create_reference[\s\S]*jitffi::callbacks::Callbacks::register/,
    owner: 'jitffi',
    what: 'the napi_ref of a callback still registered when its environment is torn down ' +
      '(EnvState is dropped without `Callbacks::clear`, so napi_delete_reference never runs)',
  },
  {
    id: 'node-external-at-teardown',
    match: /napi_create_external/,
    owner: 'node',
    what: 'Node.js 20 frees the data of an external alive at environment teardown (its finalizer ' +
      'runs) but not its own 40-byte finalizer record; a plain C addon shows the same',
  },
  {
    id: 'node-tsfn-at-exit',
    match: /napi_create_threadsafe_function/,
    owner: 'node',
    what: 'Node.js 26 does not free a thread-safe function still alive when the process exits (its ' +
      '392-byte object and what it holds: jitffi keeps one per environment for asynchronous calls); ' +
      'a plain C addon that makes one, unrefs it and returns shows the same, Node.js 20 frees it',
  },
];

function parseLog(text) {
  const lines = text.split('\n').filter((l) => /^==\d+==/.test(l)).map((l) => l.replace(/^==\d+== ?/, ''));
  const blocks = [];
  let cur = [];
  for (const l of lines) {
    if (l.trim() === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else {
      cur.push(l);
    }
  }
  if (cur.length) blocks.push(cur);
  const losses = [];
  const errors = [];
  let summary = null;
  let errorSummary = null;
  for (const b of blocks) {
    const head = b[0];
    const loss = /^([\d,]+)(?: \(([\d,]+) direct, ([\d,]+) indirect\))? bytes in ([\d,]+) blocks are (definitely|indirectly|possibly) lost/.exec(head);
    if (loss) {
      const n = (s) => Number(String(s).replace(/,/g, ''));
      losses.push({ kind: loss[5], bytes: n(loss[1]), blocks: n(loss[4]), stack: b.slice(1), head });
      continue;
    }
    if (head.startsWith('LEAK SUMMARY')) {
      summary = {};
      for (const l of b.slice(1)) {
        const m = /^\s*(definitely lost|indirectly lost|possibly lost|still reachable|suppressed): ([\d,]+) bytes in ([\d,]+) blocks/.exec(l);
        if (m) summary[m[1]] = { bytes: Number(m[2].replace(/,/g, '')), blocks: Number(m[3].replace(/,/g, '')) };
      }
      continue;
    }
    const es = /^ERROR SUMMARY: ([\d,]+) errors from ([\d,]+) contexts/.exec(head);
    if (es) {
      errorSummary = { errors: Number(es[1].replace(/,/g, '')), contexts: Number(es[2].replace(/,/g, '')) };
      continue;
    }
    if (/^(Invalid|Conditional jump|Use of uninitialised|Syscall param|Mismatched free|Source and destination overlap|Argument|Jump to)/.test(head)) {
      errors.push({ head, stack: b.slice(1) });
    }
  }
  return { losses, errors, summary, errorSummary };
}

function shortStack(stack, n = 8) {
  return stack.slice(0, n).map((l) => `      ${l.trim().slice(0, 160)}`).join('\n');
}

function runMode(mode) {
  const log = path.join(buildDir, `leak-${mode}.log`);
  const env = { ...process.env, JITFFI_MODE: mode === 'interp' ? 'interp' : '' };
  delete env.NODE_OPTIONS;
  delete env.NODE_TEST_CONTEXT;
  const t0 = Date.now();
  const r = spawnSync('valgrind', [
    '--leak-check=full', '--error-limit=no', '--show-leak-kinds=definite,possible',
    '--num-callers=40', `--log-file=${log}`,
    process.execPath, '--expose-gc', path.join(__dirname, 'workload.js'), String(rounds),
  ], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (Date.now() - t0) / 1000;
  if (r.error) {
    console.error(`leak check: cannot run valgrind (${r.error.message})`);
    process.exit(2);
  }
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    console.error(`leak check (${mode}): the workload failed under valgrind (exit ${r.status}):\n${r.stderr}\nsee ${log}`);
    process.exit(2);
  }
  const text = fs.readFileSync(log, 'utf8');
  const parsed = parseLog(text);
  const es = /ERROR SUMMARY: ([\d,]+) errors from ([\d,]+) contexts/.exec(text);
  if (es) parsed.errorSummary = { errors: Number(es[1].replace(/,/g, '')), contexts: Number(es[2].replace(/,/g, '')) };
  return { mode, log, seconds, ...parsed };
}

function main() {
  fs.mkdirSync(buildDir, { recursive: true });
  require(path.join(root, 'test', 'helpers.js')).fixturePath(); // build outside valgrind
  let bad = false;
  const rows = [];
  for (const mode of modes) {
    console.log(`\n# ${mode}: valgrind memcheck, ${rounds} round(s) of test/leak/workload.js`);
    const res = runMode(mode);
    const definite = res.losses.filter((l) => l.kind === 'definitely');
    const ours = definite.filter((l) => l.stack.some((f) => JITFFI_FRAME.test(f)));
    const total = res.summary ? res.summary['definitely lost'] : { bytes: NaN, blocks: NaN };
    const attributable = ours.reduce((n, l) => n + l.bytes, 0);
    let jitffiOwned = 0;
    let nodeOwned = 0;
    console.log(`definitely lost (whole process): ${total.bytes} bytes in ${total.blocks} blocks; ` +
      `with a jitffi frame in the allocation stack: ${attributable} bytes in ${ours.reduce((n, l) => n + l.blocks, 0)} blocks`);
    for (const l of ours) {
      const stackText = l.stack.join('\n');
      const known = KNOWN.find((k) => k.match.test(stackText));
      if (!known || known.owner === 'jitffi') jitffiOwned += l.bytes;
      else nodeOwned += l.bytes;
      console.log(`  ${l.head}\n    [${known ? `${known.id}, owner ${known.owner}: ${known.what}` : 'UNKNOWN'}]\n${shortStack(l.stack)}`);
    }
    const ourErrors = res.errors.filter((e) => e.stack.some((f) => JITFFI_FRAME.test(f)));
    console.log(`memcheck errors (whole process): ${res.errorSummary ? `${res.errorSummary.errors} from ${res.errorSummary.contexts} contexts` : '?'}; ` +
      `contexts with a jitffi frame: ${ourErrors.length}`);
    for (const e of ourErrors) console.log(`  ${e.head}\n${shortStack(e.stack, 12)}`);
    console.log(`jitffi-owned definitely lost: ${jitffiOwned} bytes; Node.js-owned (allocated by N-API for jitffi): ${nodeOwned} bytes; ` +
      `${res.seconds.toFixed(0)} s; log ${path.relative(root, res.log)}`);
    rows.push({ mode, total: total.bytes, attributable, jitffiOwned, nodeOwned, errors: ourErrors.length });
    if (jitffiOwned > 0 || ourErrors.length > 0) bad = true;
  }
  console.log('\nsummary (bytes definitely lost):');
  for (const r of rows) {
    console.log(`  ${r.mode}: whole process ${r.total}, jitffi frame ${r.attributable} ` +
      `(jitffi-owned ${r.jitffiOwned}, Node-owned ${r.nodeOwned}); jitffi error contexts ${r.errors}`);
  }
  console.log(bad ? 'LEAK CHECK: FAIL' : 'LEAK CHECK: OK (0 bytes definitely lost owned by jitffi)');
  process.exitCode = bad ? 1 : 0;
}

main();
