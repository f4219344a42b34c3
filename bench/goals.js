'use strict';
// The performance goals for compiled calls, callbacks, the memory helpers
// and structs, checked against one run's results. A ratio goal compares two
// modes of one case measured in the same run (the median of per-batch
// ratios).

const { formatNs, formatRatio } = require('./format');

// { area, text, case, mode, ref, max } : ratio mode/ref of case <= max
// { area, text, case, mode, ref, min } : ratio ref/mode of case >= min (a speed-up)
// { area, text, compile: kind, maxNs }  : compile cost per signature <= maxNs
const GOALS = [
  { area: 'calls', text: 'add_i32 compiled ≤ 1.6× the empty N-API call', case: 'add_i32', mode: 'compiled', ref: 'empty', max: 1.6 },
  { area: 'calls', text: 'add_i32 compiled ≤ 0.6× N-API by hand', case: 'add_i32', mode: 'compiled', ref: 'napi', max: 0.6 },
  { area: 'calls', text: '6-argument mixed compiled ≤ 2× the empty N-API call', case: 'mix6', mode: 'compiled', ref: 'empty', max: 2 },
  { area: 'calls', text: 'strlen(short string) compiled ≤ 1.0× N-API by hand', case: 'strlen_short', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'calls', text: 'strlen(short string) on the general tier ≤ 1.0× N-API by hand', case: 'strlen_short_general', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'calls', text: 'strlen(1 KiB string) compiled ≤ 1.0× N-API by hand', case: 'strlen_1k', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'calls', text: 'sum(Buffer 64 B) compiled ≤ 1.0× N-API by hand', case: 'sum_64', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'calls', text: 'sum(Buffer 64 KiB) compiled ≤ 1.0× N-API by hand', case: 'sum_64k', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'calls', text: 'add_i32 compiled ≥ 4× faster than interpreted', case: 'add_i32', mode: 'compiled', ref: 'interpreted', min: 4 },
  { area: 'calls', text: 'compiling a fast-tier signature ≤ 0.5 ms', compile: 'fast', maxNs: 500e3 },
  { area: 'calls', text: 'compiling a general-tier signature ≤ 0.5 ms', compile: 'general', maxNs: 500e3 },
  { area: 'callbacks', text: 'call_cb (C calls JS once) compiled ≤ 1.0× N-API by hand', case: 'call_cb', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'callbacks', text: 'qsort with a JS comparator compiled ≤ 1.0× N-API by hand', case: 'qsort', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'callbacks', text: 'cross-thread callback calls/s compiled ≥ 1.5× koffi', case: 'xthread_cb', mode: 'compiled', ref: 'koffi', min: 1.5 },
  { area: 'memory helpers', text: 'getInt32 ≤ 1.5× the empty N-API call', case: 'getInt32', mode: 'compiled', ref: 'empty', max: 1.5 },
  { area: 'memory helpers', text: 'setInt32 ≤ 1.5× the empty N-API call', case: 'setInt32', mode: 'compiled', ref: 'empty', max: 1.5 },
  { area: 'memory helpers', text: 'toBuffer(ptr, 64) ≤ 1.2× Buffer.from(u8)', case: 'toBuffer64', mode: 'compiled', ref: 'js', max: 1.2 },
  { area: 'structs', text: 'struct_add (Point by value) compiled ≤ 0.7× koffi', case: 'struct_add', mode: 'compiled', ref: 'koffi', max: 0.7 },
  { area: 'structs', text: 'struct_add (Point by value) compiled ≤ 1.0× N-API by hand', case: 'struct_add', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'structs', text: 'struct_big (32-byte struct by value) compiled ≤ 0.7× koffi', case: 'struct_big', mode: 'compiled', ref: 'koffi', max: 0.7 },
  { area: 'structs', text: 'struct_big (32-byte struct by value) compiled ≤ 1.0× N-API by hand', case: 'struct_big', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'structs', text: 'struct_read (ffi.read of 5 fields) ≤ 0.7× koffi', case: 'struct_read', mode: 'compiled', ref: 'koffi', max: 0.7 },
  { area: 'structs', text: 'struct_read (ffi.read of 5 fields) ≤ 1.0× N-API by hand', case: 'struct_read', mode: 'compiled', ref: 'napi', max: 1 },
  { area: 'v8fast', text: 'noop compiled ≤ 1.2× the built-in node:ffi', case: 'noop', mode: 'compiled', ref: 'builtin', max: 1.2 },
  { area: 'v8fast', text: 'add_f64 compiled ≤ 1.2× the built-in node:ffi', case: 'add_f64', mode: 'compiled', ref: 'builtin', max: 1.2 },
  { area: 'v8fast', text: 'add_i32 compiled ≤ 0.5× the fast tier', case: 'add_i32', mode: 'compiled', ref: 'fasttier', max: 0.5 },
  { area: 'v8fast', text: 'add_i64 compiled ≤ 0.5× the fast tier', case: 'add_i64', mode: 'compiled', ref: 'fasttier', max: 0.5 },
  { area: 'v8fast', text: 'mix6 compiled ≤ 0.5× the fast tier', case: 'mix6', mode: 'compiled', ref: 'fasttier', max: 0.5 },
  { area: 'async', text: 'async round trip of add_i32 compiled ≤ 0.7× koffi', case: 'async_call', mode: 'compiled', ref: 'koffi', max: 0.7 },
];

function perBatchRatio(a, b) {
  const n = Math.min(a.batches.length, b.batches.length);
  const rs = [];
  for (let k = 0; k < n; k++) rs.push(a.batches[k] / b.batches[k]);
  rs.sort((x, y) => x - y);
  const m = rs.length >> 1;
  return rs.length % 2 ? rs[m] : (rs[m - 1] + rs[m]) / 2;
}

function evaluateGoals(results, goals = GOALS) {
  return goals.map((g) => {
    const out = { area: g.area, text: g.text, met: null, value: null, measured: null, note: null };
    if (g.compile) {
      const c = results.compile && results.compile[g.compile] && results.compile[g.compile].compiled;
      if (!c) return { ...out, note: 'not measured' };
      out.value = c.compileNs;
      out.met = c.compileNs <= g.maxNs;
      out.measured = `${formatNs(c.compileNs)} per signature`;
      return out;
    }
    const r = results.cases.find((x) => x.id === g.case);
    const a = r && r.figures[g.mode];
    const b = r && r.figures[g.ref];
    if (!a || !b) {
      // A mode the case skipped says why (e.g. a build of jitffi that
      // cannot pass structs by value): not met, not missed either.
      const skipped = r && r.skipped && [g.mode, g.ref].filter((m) => r.skipped[m]);
      const why = skipped && skipped.length ? skipped.map((m) => `${m} skipped: ${r.skipped[m]}`).join('; ') : null;
      return { ...out, note: why ? `not measured (${why})` : 'not measured' };
    }
    if (g.min != null) {
      out.value = perBatchRatio(b, a);
      out.met = out.value >= g.min;
      out.measured = `${formatNs(a.median)} vs ${formatNs(b.median)}: ${formatRatio(out.value)} faster`;
    } else {
      out.value = perBatchRatio(a, b);
      out.met = out.value <= g.max;
      out.measured = `${formatNs(a.median)} vs ${formatNs(b.median)}: ${formatRatio(out.value)}`;
    }
    return out;
  });
}

module.exports = { GOALS, evaluateGoals };
