#!/usr/bin/env node
'use strict';
// `npm run bench`: ns per call of jitffi, compiled and interpreted, against
// the N-API floor (an empty N-API call), N-API written by hand, plain JS and
// koffi, over the cases of bench/cases.js; plus the cost of compiling a
// signature and a sweep over the number of arguments.
//
//   npm run bench                  full run (a few minutes)
//   npm run bench -- --quick       under a minute
//   npm run bench -- --report      also rewrite docs/benchmarks.md and its charts
//
// Other options: --batches N, --iterations N (fixed calls per batch, no
// calibration), --target-ms N (batch length), --qsort-size N,
// --compile-count N, --cases a,b (ids or prefixes), --out FILE (JSON; default
// bench/results/latest.json), --docs DIR (default docs/), --node-args "..."
// (extra node/V8 flags for the worker processes, for experiments), --from FILE
// (measure nothing: print and, with --report, render a saved JSON).
//
// Method: worker processes (bench/child.js), one per jitffi mode, since
// JITFFI_MODE is read when the addon loads: compiled (with the N-API, JS and
// koffi references), interpreted, and, where the v8fast tier exists, the
// fast tier (JITFFI_TIER=fast); on a Node.js with a built-in node:ffi, one
// more measures it. For each case, every mode is
// checked and warmed up, then measured in batches; batch b of every mode is
// taken before batch b + 1 of any, in a rotating order, so that drift on a
// shared machine hits all modes alike. Figures are the median ns/call over
// the batches with their min–max; ratios are medians of per-batch ratios.

const { fork, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { MODES, MODE_LABELS } = require('./cases');
const { GOALS, evaluateGoals } = require('./goals');
const { formatNs, formatRatio } = require('./format');
const { benchRefsPath } = require('./build');

const root = path.join(__dirname, '..');

function parseArgs(argv) {
  const o = {
    quick: false, report: false, batches: null, iterations: null, targetMs: null,
    qsortSize: 100000, compileCount: null, cases: null, nodeArgs: [], from: null,
    out: path.join(__dirname, 'results', 'latest.json'), docs: path.join(root, 'docs'),
  };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const next = () => {
      if (k + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++k];
    };
    const int = () => {
      const v = Number(next());
      if (!Number.isInteger(v) || v <= 0) throw new Error(`${a} needs a positive integer`);
      return v;
    };
    switch (a) {
      case '--quick': o.quick = true; break;
      case '--report': o.report = true; break;
      case '--batches': o.batches = int(); break;
      case '--iterations': o.iterations = int(); break;
      case '--target-ms': o.targetMs = int(); break;
      case '--qsort-size': o.qsortSize = int(); break;
      case '--compile-count': o.compileCount = int(); break;
      case '--cases': o.cases = next().split(',').filter(Boolean); break;
      case '--out': o.out = path.resolve(next()); break;
      case '--docs': o.docs = path.resolve(next()); break;
      case '--from': o.from = path.resolve(next()); break;
      case '--node-args': o.nodeArgs = next().split(/\s+/).filter(Boolean); break;
      case '-h': case '--help':
        console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(2, 17).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  o.batches ??= o.quick ? 5 : 15;
  o.targetMs ??= o.quick ? 8 : 40;
  o.qsortBatches = Math.min(o.batches, o.quick ? 3 : 7);
  o.compileCount ??= o.quick ? 40 : 150;
  o.compileBatches = o.quick ? 3 : 7;
  return o;
}

// ---- worker processes ----

class Worker {
  // `extraEnv`: JITFFI_TIER=fast for the fast-tier worker, BENCH_FFI=builtin
  // for the built-in node:ffi's.
  constructor(name, jitMode, execArgv, extraEnv = {}) {
    this.name = name;
    const env = { ...process.env, JITFFI_MODE: jitMode, ...extraEnv };
    delete env.JITFFI_DEBUG;
    delete env.NODE_OPTIONS;
    if (!('JITFFI_TIER' in extraEnv)) delete env.JITFFI_TIER;
    this.child = fork(path.join(__dirname, 'child.js'), [], {
      env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.pending = new Map();
    this.nextId = 1;
    this.child.on('message', (msg) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new Error(`${this.name} worker: ${msg.error}`));
    });
    this.child.on('exit', (code, signal) => {
      for (const p of this.pending.values()) {
        p.reject(new Error(`${this.name} worker exited (code ${code}, signal ${signal})`));
      }
      this.pending.clear();
    });
  }

  call(op, args = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, op, ...args });
    });
  }

  stop() {
    if (this.child.connected) this.child.send({ op: 'exit' });
  }
}

// ---- statistics ----

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function summary(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), batches: xs };
}

// Median of the per-batch ratios a[b] / c[b] (batches taken side by side).
function ratio(a, c) {
  if (!a || !c) return null;
  const n = Math.min(a.batches.length, c.batches.length);
  const rs = [];
  for (let b = 0; b < n; b++) rs.push(a.batches[b] / c.batches[b]);
  return median(rs);
}

// ---- the run ----

function machine() {
  const cpus = os.cpus();
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch { /* not a git checkout */ }
  return {
    cpu: cpus[0] ? cpus[0].model.trim() : 'unknown',
    cpus: cpus.length,
    mhz: cpus[0] ? cpus[0].speed : null,
    totalMemGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: process.platform,
    arch: process.arch,
    kernel: os.release(),
    node: process.version,
    v8: process.versions.v8,
    jitffi: require(path.join(root, 'package.json')).version,
    commit,
  };
}

// Whether this Node.js has a built-in node:ffi (behind --experimental-ffi).
function hasBuiltinFfi() {
  try {
    execFileSync(process.execPath, ['--experimental-ffi', '-e', "require('node:ffi')"], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function wanted(o, id) {
  return !o.cases || o.cases.some((c) => id === c || id.startsWith(c));
}

// The worker of each mode that has one of its own, and why one may be missing.
const OWN_WORKER = { interpreted: 'interp', fasttier: 'fasttier', builtin: 'builtin' };
const NO_WORKER = {
  fasttier: 'the fast tier is the compiled mode here (no v8fast tier)',
  builtin: 'this Node.js has no built-in node:ffi',
};

async function runCase(o, c, workers, infos, koffiVersion) {
  // Mode -> worker, for the modes this case has.
  const plan = [];
  const skipped = {};
  for (const mode of MODES) {
    const own = OWN_WORKER[mode];
    if (own && !workers[own]) {
      skipped[mode] = NO_WORKER[mode];
      continue;
    }
    const info = own ? infos[own] && infos[own].modes[mode] : c.modes[mode];
    if (!info) continue;
    if (info.skip) {
      skipped[mode] = info.skip;
      continue;
    }
    plan.push({ mode, worker: own ? workers[own] : workers.jit, tier: info.tier });
  }
  const group = c.group;
  const batches = group === 'qsort' ? o.qsortBatches : o.batches;
  const iterations = {};
  for (const p of plan) {
    const r = await p.worker.call('calibrate', {
      caseId: c.id, mode: p.mode, targetMs: o.targetMs, fixedIterations: o.iterations,
    });
    iterations[p.mode] = r.iterations;
  }
  const samples = Object.fromEntries(plan.map((p) => [p.mode, []]));
  for (let b = 0; b < batches; b++) {
    for (let k = 0; k < plan.length; k++) {
      const p = plan[(k + b) % plan.length];
      const r = await p.worker.call('batch', { caseId: c.id, mode: p.mode, iterations: iterations[p.mode] });
      samples[p.mode].push(r.ns);
    }
  }
  const figures = {};
  for (const p of plan) {
    figures[p.mode] = { ...summary(samples[p.mode]), iterations: iterations[p.mode] };
    if (p.tier) figures[p.mode].tier = p.tier;
  }
  const ratios = { vsEmpty: {}, vsNapi: {} };
  for (const p of plan) {
    if (figures.empty) ratios.vsEmpty[p.mode] = ratio(figures[p.mode], figures.empty);
    if (figures.napi) ratios.vsNapi[p.mode] = ratio(figures[p.mode], figures.napi);
  }
  ratios.compiledVsInterpreted = ratio(figures.compiled, figures.interpreted);
  ratios.compiledVsKoffi = ratio(figures.compiled, figures.koffi);
  ratios.compiledVsFastTier = ratio(figures.compiled, figures.fasttier);
  ratios.compiledVsBuiltin = ratio(figures.compiled, figures.builtin);
  ratios.compiledVsJs = ratio(figures.compiled, figures.js);
  return { id: c.id, title: c.title, group, argc: c.argc, figures, ratios, skipped, koffi: koffiVersion };
}

async function runCompile(o, workers) {
  const out = { count: o.compileCount, batches: o.compileBatches, fast: {}, general: {} };
  const runs = [];
  for (const kind of ['fast', 'general']) {
    for (const [mode, w] of [['compiled', workers.jit], ['interpreted', workers.interp]]) {
      runs.push({ kind, mode, w, news: [], cached: [], compiled: 0 });
    }
  }
  // One discarded round first: the first compilations pay one-time setup.
  for (const r of runs) await r.w.call('compile', { kind: r.kind, count: Math.min(o.compileCount, 10) });
  for (let b = 0; b < o.compileBatches; b++) {
    for (const r of runs) {
      const v = await r.w.call('compile', { kind: r.kind, count: o.compileCount });
      r.news.push(v.newNs);
      r.cached.push(v.cachedNs);
      r.compiled += v.compiled;
    }
  }
  for (const r of runs) {
    const newS = summary(r.news);
    const cachedS = summary(r.cached);
    out[r.kind][r.mode] = {
      getFunctionNew: newS,
      getFunctionCached: cachedS,
      compileNs: median(r.news.map((x, k) => x - r.cached[k])),
      signaturesCompiled: r.compiled,
      signaturesTimed: o.compileCount * o.compileBatches,
    };
  }
  return out;
}

function progress(k, total, r) {
  const parts = MODES.filter((m) => r.figures[m]).map((m) => {
    const f = r.figures[m];
    return `${m} ${formatNs(f.median)}${f.tier && m === 'compiled' ? ` [${f.tier}]` : ''}`;
  });
  const w = String(total).length;
  console.log(`[${String(k).padStart(w)}/${total}] ${r.id.padEnd(13)} ${parts.join(', ')}`);
}

function printTable(results) {
  const cols = ['mode', 'ns/call', 'min–max', '×empty', '×hand'];
  const widths = [20, 10, 20, 8, 8];
  const line = (cells) => cells.map((c, k) => (k === 0 ? String(c).padEnd(widths[k]) : String(c).padStart(widths[k]))).join('  ');
  console.log('');
  for (const r of results.cases) {
    if (r.group === 'sweep') continue;
    console.log(`${r.title}`);
    console.log(`  ${line(cols)}`);
    for (const m of MODES) {
      const f = r.figures[m];
      if (!f) continue;
      const label = MODE_LABELS[m] + (m === 'compiled' && f.tier ? ` (${f.tier})` : '');
      console.log(`  ${line([label, formatNs(f.median), `${formatNs(f.min)}–${formatNs(f.max)}`,
        formatRatio(r.ratios.vsEmpty[m]), formatRatio(r.ratios.vsNapi[m])])}`);
    }
    const extra = [];
    if (r.ratios.compiledVsInterpreted != null) extra.push(`compiled/interpreted ${formatRatio(r.ratios.compiledVsInterpreted)}`);
    if (r.ratios.compiledVsKoffi != null) extra.push(`compiled/koffi ${formatRatio(r.ratios.compiledVsKoffi)}`);
    if (r.ratios.compiledVsFastTier != null) extra.push(`compiled/fast tier ${formatRatio(r.ratios.compiledVsFastTier)}`);
    if (r.ratios.compiledVsBuiltin != null) extra.push(`compiled/node:ffi ${formatRatio(r.ratios.compiledVsBuiltin)}`);
    if (extra.length) console.log(`  ${extra.join(', ')}`);
    console.log('');
  }
  const sweep = results.cases.filter((r) => r.group === 'sweep');
  if (sweep.length) {
    console.log('Arguments sweep (int32 × N), ns/call');
    const modes = ['compiled', 'interpreted', 'napi', 'empty'].filter((m) => sweep.some((r) => r.figures[m]));
    console.log(`  ${'N'.padStart(3)}  ${modes.map((m) => m.padStart(12)).join('')}`);
    for (const r of sweep) {
      console.log(`  ${String(r.argc).padStart(3)}  ${modes.map((m) => (r.figures[m] ? formatNs(r.figures[m].median) : '-').padStart(12)).join('')}`);
    }
    console.log('');
  }
  if (results.compile) {
    console.log(`Compiling a signature (getFunction with a new signature minus getFunction with a compiled one; ${results.compile.count} signatures × ${results.compile.batches} batches)`);
    for (const kind of ['fast', 'general']) {
      for (const mode of ['compiled', 'interpreted']) {
        const c = results.compile[kind][mode];
        if (!c) continue;
        const cost = c.signaturesCompiled ? `=> ${formatNs(c.compileNs)} per signature` : '(nothing compiled)';
        console.log(`  ${kind.padEnd(8)} ${mode.padEnd(12)} new ${formatNs(c.getFunctionNew.median).padStart(9)}  cached ${formatNs(c.getFunctionCached.median).padStart(9)}  ${cost}`);
      }
    }
    console.log('');
  }
  console.log('Goals');
  for (const g of results.goals) {
    const mark = g.met == null ? ' n/a' : g.met ? '  ok' : 'MISS';
    console.log(`  [${mark}] ${g.text}: ${g.measured ?? g.note}`);
  }
}

function report(o, results) {
  const { writeReport } = require('./report');
  for (const f of writeReport(results, o.docs)) console.log(`wrote ${path.relative(process.cwd(), f)}`);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.from) {
    const results = JSON.parse(fs.readFileSync(o.from, 'utf8'));
    printTable(results);
    if (o.report) report(o, results);
    return;
  }
  // Build the hand-written N-API references (cargo) here, once, rather than
  // in both workers at the same time.
  benchRefsPath();
  const started = Date.now();
  console.log(`jitffi bench: ${o.quick ? 'quick' : 'full'} run, ${o.batches} batches${o.iterations ? ` of ${o.iterations} calls` : ` of ~${o.targetMs} ms`} per case and mode`);
  const workers = {
    jit: new Worker('compiled', '', o.nodeArgs),
    interp: new Worker('interpreted', 'interp', o.nodeArgs),
  };
  if (hasBuiltinFfi()) {
    workers.builtin = new Worker('builtin', '', ['--experimental-ffi', ...o.nodeArgs], { BENCH_FFI: 'builtin' });
  }
  const options = { qsortSize: o.qsortSize };
  try {
    const [jitInit, interpInit] = await Promise.all([
      workers.jit.call('init', { options }), workers.interp.call('init', { options })]);
    if (jitInit.jitMode !== 'jit') {
      console.warn(`warning: the default-mode worker runs in mode "${jitInit.jitMode}", not "jit": compiled figures are interpreted`);
    }
    // The fast tier as a contender of its own where the v8fast tier
    // replaces it by default.
    if (jitInit.fastApi === 'v8') {
      workers.fasttier = new Worker('fasttier', '', o.nodeArgs, { JITFFI_TIER: 'fast' });
    }
    const byId = (init) => new Map(init.cases.map((c) => [c.id, c]));
    const inits = { interp: byId(interpInit) };
    for (const name of ['fasttier', 'builtin']) {
      if (workers[name]) inits[name] = byId(await workers[name].call('init', { options }));
    }
    const todo = jitInit.cases.filter((c) => wanted(o, c.id));
    const total = todo.length + 1;
    const cases = [];
    for (let k = 0; k < todo.length; k++) {
      const infos = Object.fromEntries(Object.entries(inits).map(([name, m]) => [name, m.get(todo[k].id)]));
      const r = await runCase(o, todo[k], workers, infos, jitInit.koffi);
      cases.push(r);
      progress(k + 1, total, r);
    }
    let compile = null;
    if (wanted(o, 'compile')) {
      compile = await runCompile(o, workers);
      const f = compile.fast.compiled;
      const g = compile.general.compiled;
      console.log(`[${total}/${total}] compile       fast ${formatNs(f.compileNs)}/signature, general ${formatNs(g.compileNs)}/signature`);
    }
    const results = {
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
      machine: machine(),
      koffi: jitInit.koffi,
      options: {
        quick: o.quick, batches: o.batches, qsortBatches: o.qsortBatches, targetMs: o.targetMs,
        iterations: o.iterations, qsortSize: o.qsortSize, compileCount: o.compileCount, compileBatches: o.compileBatches,
        nodeArgs: o.nodeArgs,
      },
      modes: MODES,
      modeLabels: MODE_LABELS,
      cases,
      compile,
    };
    results.goals = evaluateGoals(results, GOALS);
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    fs.writeFileSync(o.out, `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    console.log(`wrote ${path.relative(process.cwd(), o.out)} (${results.durationS} s)`);
    if (o.report) report(o, results);
  } finally {
    for (const w of Object.values(workers)) w.stop();
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
