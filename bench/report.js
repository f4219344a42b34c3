'use strict';
// `npm run bench -- --report`: writes docs/benchmarks.md and its two SVG
// charts (docs/benchmarks.svg, docs/benchmarks-args.svg) from one run's
// results (the object bench/run.js also saves as bench/results/latest.json).
// The charts are drawn here, as plain SVG, with no dependency.

const fs = require('node:fs');
const path = require('node:path');
const { formatNs, formatRatio } = require('./format');

const COLORS = {
  compiled: '#1f77b4',
  interpreted: '#ff7f0e',
  napi: '#2ca02c',
  empty: '#7f7f7f',
  js: '#9467bd',
  koffi: '#d62728',
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Tick labels of a log scale in ns.
function nsTick(v) {
  if (v < 1) return `${v} ns`;
  if (v < 1e3) return `${v} ns`;
  if (v < 1e6) return `${v / 1e3} µs`;
  if (v < 1e9) return `${v / 1e6} ms`;
  return `${v / 1e9} s`;
}

// ---- chart 1: ns/call per case and mode, horizontal bars, log scale ----

function barChart(results) {
  const cases = results.cases.filter((c) => c.group !== 'sweep');
  const modes = results.modes.filter((m) => cases.some((c) => c.figures[m]));
  const values = cases.flatMap((c) => modes.filter((m) => c.figures[m]).map((m) => c.figures[m]));
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values.map((f) => f.min))));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values.map((f) => f.max))));
  const left = 250;
  const plotW = 620;
  const right = 70;
  const top = 58;
  const barH = 9;
  const groupGap = 12;
  const x = (v) => left + (Math.log10(v / lo) / Math.log10(hi / lo)) * plotW;
  const groupH = (c) => modes.filter((m) => c.figures[m]).length * (barH + 1);
  const plotH = cases.reduce((s, c) => s + groupH(c) + groupGap, 0);
  const height = top + plotH + 30;
  const width = left + plotW + right;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`);
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${left}" y="16" font-size="13" font-weight="bold">ns per call (log scale; median, whiskers = min–max of the batches)</text>`);
  // legend
  let lx = left;
  for (const m of modes) {
    const label = results.modeLabels[m] + (m === 'koffi' && results.koffi ? ` ${results.koffi}` : '');
    out.push(`<rect x="${lx}" y="28" width="10" height="10" fill="${COLORS[m]}"/>`);
    out.push(`<text x="${lx + 14}" y="37">${esc(label)}</text>`);
    lx += 24 + label.length * 6;
  }
  // grid
  for (let v = lo; v <= hi * 1.0001; v *= 10) {
    const gx = x(v).toFixed(1);
    out.push(`<line x1="${gx}" y1="${top - 4}" x2="${gx}" y2="${top + plotH}" stroke="#ddd"/>`);
    out.push(`<text x="${gx}" y="${top + plotH + 14}" text-anchor="middle" fill="#555">${nsTick(v)}</text>`);
  }
  let y = top;
  for (const c of cases) {
    const h = groupH(c);
    out.push(`<text x="${left - 8}" y="${(y + h / 2 + 4).toFixed(1)}" text-anchor="end">${esc(shortTitle(c))}</text>`);
    for (const m of modes) {
      const f = c.figures[m];
      if (!f) continue;
      const w = Math.max(1, x(f.median) - left);
      out.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${COLORS[m]}"><title>${esc(`${c.title}: ${results.modeLabels[m]} ${formatNs(f.median)} (${formatNs(f.min)}–${formatNs(f.max)})`)}</title></rect>`);
      const my = y + barH / 2;
      out.push(`<line x1="${x(f.min).toFixed(1)}" y1="${my}" x2="${x(f.max).toFixed(1)}" y2="${my}" stroke="#333" stroke-width="0.8"/>`);
      out.push(`<text x="${(Math.max(x(f.max), left + w) + 4).toFixed(1)}" y="${y + barH - 1}" font-size="9" fill="#333">${formatNs(f.median)}</text>`);
      y += barH + 1;
    }
    y += groupGap;
  }
  out.push('</svg>');
  return out.join('\n');
}

function shortTitle(c) {
  const t = {
    noop: 'noop()',
    add_i32: 'add_i32(i32, i32)',
    add_f64: 'add_f64(f64, f64)',
    add_i64: 'add_i64(i64, i64) bigint',
    identity_ptr: 'identity_ptr(pointer)',
    mix6: '6 mixed args',
    mix16: '16 mixed args',
    strlen_short: 'strlen(12-char string)',
    strlen_short_general: 'strlen(12 chars), general tier',
    strlen_40: 'strlen(40-char string)',
    strlen_1k: 'strlen(1 KiB string)',
    sum_64: 'sum(Buffer 64 B)',
    sum_64k: 'sum(Buffer 64 KiB)',
    call_cb: 'call_cb (C → JS once)',
    getInt32: 'getInt32(ptr, off)',
    setInt32: 'setInt32(ptr, off, v)',
    toBuffer64: 'toBuffer(ptr, 64)',
    struct_add: 'add_point(Point, Point) by value',
    struct_big: 'big_add(Big32, Big32) by value',
    struct_read: 'read 5-field struct via ptr',
    qsort: 'qsort 100k int32, JS cmp',
    async_call: 'add_i32.async(), awaited',
  }[c.id];
  return t || c.id;
}

// ---- chart 2: ns/call against the number of int32 arguments ----

function sweepChart(results) {
  const sweep = results.cases.filter((c) => c.group === 'sweep').sort((a, b) => a.argc - b.argc);
  const modes = ['compiled', 'interpreted', 'napi', 'empty'].filter((m) => sweep.some((c) => c.figures[m]));
  const all = sweep.flatMap((c) => modes.filter((m) => c.figures[m]).map((m) => c.figures[m].median));
  const lo = 10 ** Math.floor(Math.log10(Math.min(...all)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...all)));
  const left = 70;
  const top = 50;
  const plotW = 600;
  const plotH = 320;
  const width = left + plotW + 170;
  const height = top + plotH + 50;
  const maxN = Math.max(...sweep.map((c) => c.argc));
  const x = (n) => left + ((n - 1) / Math.max(1, maxN - 1)) * plotW;
  const y = (v) => top + plotH - (Math.log10(v / lo) / Math.log10(hi / lo)) * plotH;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`);
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${left}" y="18" font-size="13" font-weight="bold">ns per call of int32 argsN(int32 × N) against N (log scale)</text>`);
  for (let v = lo; v <= hi * 1.0001; v *= 10) {
    for (const k of [1, 2, 5]) {
      const t = v * k;
      if (t > hi * 1.0001) continue;
      const gy = y(t).toFixed(1);
      out.push(`<line x1="${left}" y1="${gy}" x2="${left + plotW}" y2="${gy}" stroke="${k === 1 ? '#ccc' : '#eee'}"/>`);
      out.push(`<text x="${left - 6}" y="${(Number(gy) + 4).toFixed(1)}" text-anchor="end" fill="#555">${nsTick(t)}</text>`);
    }
  }
  for (const c of sweep) {
    const gx = x(c.argc).toFixed(1);
    out.push(`<line x1="${gx}" y1="${top}" x2="${gx}" y2="${top + plotH}" stroke="#f2f2f2"/>`);
    out.push(`<text x="${gx}" y="${top + plotH + 16}" text-anchor="middle" fill="#555">${c.argc}</text>`);
  }
  out.push(`<text x="${left + plotW / 2}" y="${top + plotH + 36}" text-anchor="middle">number of int32 arguments</text>`);
  modes.forEach((m, k) => {
    const pts = sweep.filter((c) => c.figures[m]).map((c) => [x(c.argc), y(c.figures[m].median), c]);
    out.push(`<polyline fill="none" stroke="${COLORS[m]}" stroke-width="2" points="${pts.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' ')}"/>`);
    for (const [a, b, c] of pts) {
      out.push(`<circle cx="${a.toFixed(1)}" cy="${b.toFixed(1)}" r="3" fill="${COLORS[m]}"><title>${esc(`${c.argc} args: ${results.modeLabels[m]} ${formatNs(c.figures[m].median)}`)}</title></circle>`);
    }
    const ly = top + 10 + k * 18;
    out.push(`<line x1="${left + plotW + 16}" y1="${ly}" x2="${left + plotW + 36}" y2="${ly}" stroke="${COLORS[m]}" stroke-width="2"/>`);
    out.push(`<text x="${left + plotW + 42}" y="${ly + 4}">${esc(results.modeLabels[m])}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

// Least-squares slope and intercept of median ns against argc.
function fit(sweep, mode) {
  const pts = sweep.filter((c) => c.figures[mode]).map((c) => [c.argc, c.figures[mode].median]);
  if (pts.length < 2) return null;
  const n = pts.length;
  const sx = pts.reduce((s, p) => s + p[0], 0);
  const sy = pts.reduce((s, p) => s + p[1], 0);
  const sxx = pts.reduce((s, p) => s + p[0] * p[0], 0);
  const sxy = pts.reduce((s, p) => s + p[0] * p[1], 0);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  return { slope, intercept: (sy - slope * sx) / n };
}

// ---- markdown ----

function cell(f) {
  if (!f) return '–';
  return `${formatNs(f.median)}<br><sub>${formatNs(f.min)}–${formatNs(f.max)}</sub>`;
}

function fig(results, id, mode) {
  const c = results.cases.find((x) => x.id === id);
  return c && c.figures[mode] ? c.figures[mode].median : null;
}

function ratioOf(results, id, kind, mode) {
  const c = results.cases.find((x) => x.id === id);
  if (!c) return null;
  return kind === 'vsEmpty' || kind === 'vsNapi' ? c.ratios[kind][mode] : c.ratios[kind];
}

function markdown(results, files) {
  const m = results.machine;
  const o = results.options;
  const main = results.cases.filter((c) => c.group !== 'sweep');
  const sweep = results.cases.filter((c) => c.group === 'sweep').sort((a, b) => a.argc - b.argc);
  const modes = results.modes.filter((md) => main.some((c) => c.figures[md]));
  const label = (md) => results.modeLabels[md] + (md === 'koffi' && results.koffi ? ` ${results.koffi}` : '');
  const L = [];
  L.push('# Benchmarks');
  L.push('');
  L.push('<!-- Generated by `npm run bench -- --report` (bench/report.js). Do not edit by hand: re-run it. -->');
  L.push('');
  L.push('jitffi exists to make foreign calls cheap, so the benchmark is part of the product. Reproduce every figure on this page with one command:');
  L.push('');
  L.push('```sh');
  L.push('npm install          # builds the addon; koffi comes as a devDependency');
  L.push('npm run bench        # full run, a few minutes (--quick: under a minute)');
  L.push('npm run bench -- --report   # also rewrites this page and its charts');
  L.push('```');
  L.push('');
  L.push(`Measured ${results.date.slice(0, 10)} on ${m.cpu} (${m.cpus} CPUs${m.mhz ? `, ${m.mhz} MHz` : ''}, ${m.totalMemGiB} GiB), ${m.platform}/${m.arch} ${m.kernel}, Node.js ${m.node} (V8 ${m.v8}), jitffi ${m.jitffi}${m.commit ? ` at ${m.commit}` : ''}${results.koffi ? `, koffi ${results.koffi}` : ''}. ` +
    `${o.quick ? 'Quick' : 'Full'} run: ${o.batches} batches of ${o.iterations ? `${o.iterations} calls` : `about ${o.targetMs} ms`} per case and mode (qsort: ${o.qsortBatches} batches of one sort), ${results.durationS} s in all. ` +
    'The machine is a shared 2-CPU virtual machine, so single figures move by 10–30 % from run to run; the ratios, taken between modes measured side by side, move much less.');
  L.push('');
  L.push('## Method');
  L.push('');
  L.push('- Every mode of a case calls the same C function in `bench/targets.c` (qsort is libc\'s). The C functions do next to nothing, so the figures are the cost of crossing from JS to C and back.');
  L.push('- **jitffi compiled** is the default path: the fast tier for signatures of numbers, bigints and pointers given as bigints, the general tier for strings and Buffers (the tier is shown in brackets). **jitffi interpreted** is the same API with `JITFFI_MODE=interp` (a Rust loop plus libffi). The mode is fixed when the addon loads, so each mode runs in its own worker process.');
  L.push('- **N-API by hand** is what a hand-written addon reaches: `bench/refs` (an addon of its own, built by `npm run bench`, not part of jitffi) has one `napi_callback` per case that makes exactly the N-API calls such an addon makes (`napi_get_cb_info`, one `napi_get_value_*` per argument, the call through a pointer found once with dlsym, one `napi_create_*`). **Empty N-API call** is a `napi_callback` that does nothing, called with the same arguments: the floor for any addon.');
  L.push('- Each case and mode is checked once (a wrong result aborts the run), warmed up, and measured in batches; batch *b* of every mode runs before batch *b + 1* of any, in rotating order, alternating between the two worker processes, so drift hits all modes alike. Each loop is its own function, so every call site is monomorphic. Figures are the median ns per call over the batches with their min–max; ratios are medians of the per-batch ratios.');
  L.push('- Raw figures: `bench/results/latest.json` (machine, versions, every batch).');
  L.push('');

  // goals
  L.push('## Goals');
  L.push('');
  L.push('The performance goals for compiled calls, callbacks, the memory helpers and structs, checked against this run (n/a: a mode the goal compares was not measured, and the row says why):');
  L.push('');
  L.push('| area | goal | measured | met |');
  L.push('| --- | --- | --- | --- |');
  for (const g of results.goals) {
    L.push(`| ${g.area} | ${esc(g.text)} | ${esc(g.measured ?? g.note)} | ${g.met == null ? 'n/a' : g.met ? '✅ yes' : '❌ no'} |`);
  }
  L.push('');
  const missed = results.goals.filter((g) => g.met === false);
  if (missed.length) {
    L.push('Where the time goes in the goals not met is in [Where the time goes](#where-the-time-goes) below.');
    L.push('');
  }

  // chart + table
  L.push('## ns per call');
  L.push('');
  L.push(`![ns per call per case and mode, log scale](${files.bars})`);
  L.push('');
  L.push(`| case | ${modes.map((md) => esc(label(md))).join(' | ')} |`);
  L.push(`| --- | ${modes.map(() => '---:').join(' | ')} |`);
  for (const c of main) {
    const cells = modes.map((md) => {
      const f = c.figures[md];
      if (!f) return c.skipped && c.skipped[md] ? '–' : '–';
      return cell(f) + (md === 'compiled' && f.tier ? ` <sub>[${f.tier}]</sub>` : '');
    });
    L.push(`| ${esc(c.title)} | ${cells.join(' | ')} |`);
  }
  L.push('');
  L.push('Plain JS is the same work done in JS where that makes sense (`(a + b) | 0`, `Buffer.byteLength`, a byte loop, `DataView`, `Int32Array.prototype.sort`, `Buffer.from(u8)`, an object literal of the sums for the structs passed by value, five `DataView` reads into an object for `struct_read`); for `call_cb` it is a direct call of the callback. The struct cases take and return plain objects in every mode: by hand, one `napi_get_named_property` and one `napi_get_value_double` per field of each argument, then `napi_create_object` and one `napi_create_*` and `napi_set_named_property` per field of the result. A dash means the mode does not apply (for example a build of jitffi that cannot pass structs by value); `bench/results/latest.json` records why.');
  L.push('');

  // ratios
  L.push('## Ratios');
  L.push('');
  L.push('Each mode against the empty N-API call (the floor) and against N-API by hand, plus compiled against interpreted and against koffi. Below 1× means faster than the reference.');
  L.push('');
  const rmodes = modes.filter((md) => md !== 'empty');
  L.push(`| case | ${rmodes.map((md) => `${esc(label(md))} ÷ empty`).join(' | ')} | ${rmodes.filter((md) => md !== 'napi').map((md) => `${esc(label(md))} ÷ hand`).join(' | ')} | compiled ÷ interpreted | compiled ÷ koffi |`);
  L.push(`| --- | ${rmodes.map(() => '---:').join(' | ')} | ${rmodes.filter((md) => md !== 'napi').map(() => '---:').join(' | ')} | ---: | ---: |`);
  for (const c of main) {
    const a = rmodes.map((md) => formatRatio(c.ratios.vsEmpty[md]));
    const b = rmodes.filter((md) => md !== 'napi').map((md) => formatRatio(c.ratios.vsNapi[md]));
    L.push(`| ${esc(c.title)} | ${a.join(' | ')} | ${b.join(' | ')} | ${formatRatio(c.ratios.compiledVsInterpreted)} | ${formatRatio(c.ratios.compiledVsKoffi)} |`);
  }
  L.push('');

  // compile
  if (results.compile) {
    const k = results.compile;
    L.push('## The cost of compiling a signature');
    L.push('');
    L.push(`\`lib.getFunction()\` over ${k.count} signatures never seen before, ${k.batches} times, against the same number of \`getFunction()\` calls whose signature is already compiled (each on a fresh library, since a library binds a name to one signature). The difference is the cost of compiling: Cranelift IR, code generation and, for the fast tier, the generated JS wrapper. Fast-tier signatures have three scalar parameters; general-tier ones a string, Buffer or ArrayBuffer and three scalars.`);
    L.push('');
    L.push('| tier | mode | getFunction, new signature | getFunction, compiled signature | compiling, per signature |');
    L.push('| --- | --- | ---: | ---: | ---: |');
    for (const kind of ['fast', 'general']) {
      for (const mode of ['compiled', 'interpreted']) {
        const r = k[kind][mode];
        if (!r) continue;
        L.push(`| ${kind} | ${mode} | ${cell(r.getFunctionNew)} | ${cell(r.getFunctionCached)} | ${r.signaturesCompiled ? formatNs(r.compileNs) : 'nothing to compile'} |`);
      }
    }
    L.push('');
    L.push('The interpreted rows compile nothing: their getFunction cost includes preparing a libffi call interface instead.');
    L.push('');
  }

  // sweep
  if (sweep.length) {
    L.push('## Cost against the number of arguments');
    L.push('');
    L.push(`![ns per call against the number of int32 arguments](${files.sweep})`);
    L.push('');
    const smodes = ['compiled', 'interpreted', 'napi', 'empty'].filter((md) => sweep.some((c) => c.figures[md]));
    L.push(`| N | ${smodes.map((md) => esc(results.modeLabels[md])).join(' | ')} |`);
    L.push(`| ---: | ${smodes.map(() => '---:').join(' | ')} |`);
    for (const c of sweep) {
      L.push(`| ${c.argc} | ${smodes.map((md) => (c.figures[md] ? formatNs(c.figures[md].median) : '–')).join(' | ')} |`);
    }
    L.push('');
    const fits = smodes.map((md) => [md, fit(sweep, md)]).filter(([, f]) => f);
    L.push(`Least-squares fit over N = 1–16: ${fits.map(([md, f]) => `${results.modeLabels[md]} ≈ ${f.intercept.toFixed(1)} ns + ${f.slope.toFixed(1)} ns × N`).join('; ')}.`);
    L.push('');
  }

  L.push(...whereTimeGoes(results, sweep));
  return `${L.join('\n')}\n`;
}

function whereTimeGoes(results, sweep) {
  const L = [];
  const f = (id, md) => formatNs(fig(results, id, md));
  const r = (id, kind, md) => formatRatio(ratioOf(results, id, kind, md));
  const fits = Object.fromEntries(['compiled', 'interpreted', 'napi', 'empty'].map((md) => [md, fit(sweep, md)]));
  const slope = (md) => (fits[md] ? `${fits[md].slope.toFixed(1)} ns` : '–');
  L.push('## Where the time goes');
  L.push('');
  L.push(`**The floor.** Any addon function is a \`napi_callback\` behind a V8 API function: V8's \`CallApiCallback\` builtin, Node's \`FunctionCallbackWrapper::Invoke\` (which sets up the N-API call scope and checks for a pending exception afterwards) and the callback itself. Doing nothing at all costs ${f('noop', 'empty')} here (the empty N-API call). No addon can be cheaper than that for a call that crosses into native code.`);
  L.push('');
  L.push(`**Per-argument N-API costs.** A hand-written addon then pays one N-API call per argument and one per result: \`napi_get_cb_info\`, \`napi_get_value_int32\` (or \`_double\`, \`_bigint_int64\`, …) and \`napi_create_int32\`. Each is an out-of-line call into Node that wraps a V8 API call, a few ns apiece: \`add_i32\` by hand costs ${f('add_i32', 'napi')}, ${r('add_i32', 'vsEmpty', 'napi')} the floor, and every further int32 argument adds about ${slope('napi')} (the slope of the N-API line in the chart above). The interpreted path does the same conversions through a generic loop plus libffi's \`ffi_call\` and adds about ${slope('interpreted')} per argument.`);
  L.push('');
  L.push(`**Why the fast tier avoids them.** On the fast tier the JS wrapper that jitffi generates for the signature checks each argument in JS (the same rules and errors as native code) and writes it with a plain typed-array store into the environment's argument slots, which live in native memory. It then calls a compiled stub that takes no arguments, loads the target and the arguments from the slots, calls the target and stores the result into a slot, which the wrapper reads back with another typed-array load. V8 inlines the wrapper into its caller and compiles the checks and the stores to a few instructions each, so the only crossing is one argument-less API call: \`add_i32\` costs ${f('add_i32', 'compiled')}, ${r('add_i32', 'vsEmpty', 'compiled')} the floor and ${r('add_i32', 'vsNapi', 'compiled')} the hand-written addon, and each further argument adds about ${slope('compiled')} of JS work instead of an N-API call. koffi, which converts each argument through N-API, costs ${f('add_i32', 'koffi')} on \`add_i32\`.`);
  L.push('');
  L.push(`**Strings.** A \`string\` parameter stays on the fast tier: the wrapper copies a short ASCII string (up to 16 characters) into native memory with a JS loop, cheaper than N-API's UTF-8 conversion at that size (\`strlen\` of 12 characters: ${f('strlen_short', 'compiled')} against ${f('strlen_short', 'napi')} by hand). Longer or non-ASCII strings are handed to the signature's general-tier function, a few ns more than calling it directly (40 characters: ${f('strlen_40', 'compiled')} against ${f('strlen_40', 'napi')}).`);
  L.push('');
  L.push(`**General tier.** Buffers and ArrayBuffers can only be read through N-API, so their signatures take the general tier: the compiled function *is* the \`napi_callback\` and makes the one N-API call each argument needs, like a hand-written addon (\`sum\` over 64 bytes: ${f('sum_64', 'compiled')} against ${f('sum_64', 'napi')}; \`strlen\` of 12 characters called on the general tier: ${f('strlen_short_general', 'compiled')} against ${f('strlen_short_general', 'napi')}). Past a few hundred bytes the work itself dominates: copying a 1 KiB string to UTF-8 (${f('strlen_1k', 'compiled')}) or summing 64 KiB (${f('sum_64k', 'compiled')}).`);
  L.push('');
  L.push(`**Callbacks.** A call from C into JS is \`napi_call_function\` and the \`v8::Function::Call\` machinery behind it (entering JS from C++ through \`JSEntry\`), plus a handle scope, the argument values and the check of the result: ${f('call_cb', 'napi')} by hand for the whole JS → C → JS round trip of \`call_cb\`, against ${f('call_cb', 'compiled')} through jitffi's compiled reverse trampoline and shared dispatcher. qsort of 100,000 int32 makes about 1.7 million such calls: ${f('qsort', 'napi')} by hand, ${f('qsort', 'compiled')} with jitffi (whose comparator receives two pointers as bigints and reads them with \`getInt32\`), ${f('qsort', 'koffi')} with koffi (\`koffi.decode\`), and ${f('qsort', 'js')} for \`Int32Array.prototype.sort\` with the same comparator, which never leaves JS.`);
  L.push('');
  L.push(`**Memory helpers.** \`getInt32\` and \`setInt32\` use the shared-slot technique too: the address, offset and value go through typed-array views to a zero-argument native stub (${f('getInt32', 'compiled')} and ${f('setInt32', 'compiled')}, against ${f('getInt32', 'napi')} and ${f('setInt32', 'napi')} for the hand-written versions that unpack a bigint and numbers through N-API). \`toBuffer(ptr, 64)\` copies into memory that JS allocated (${f('toBuffer64', 'compiled')}), as cheap as \`Buffer.from(u8)\` (${f('toBuffer64', 'js')}), while the N-API way, \`napi_create_buffer_copy\`, costs ${f('toBuffer64', 'napi')}.`);
  L.push('');
  const missed = results.goals.filter((g) => g.met === false);
  if (missed.length) {
    L.push('### The goals not met');
    L.push('');
    for (const g of missed) {
      const why = WHY[goalKey(g)];
      L.push(`- **${esc(g.text)}** (${g.area}): ${esc(g.measured)}.${why ? ` ${why}` : ''}`);
    }
    L.push('');
  }
  return L;
}

function goalKey(g) {
  return g.text.split(' ')[0];
}

// Where the time goes in the path behind each goal, from profiles (perf
// record -g with node --perf-basic-prof); keyed by the goal text's first
// word. Shown only while a goal is missed.
const WHY = {
  add_i32: 'The stub call itself is the floor; the rest is the JS wrapper (argument checks, slot stores, the target-address store and the result load) and, on this noisy machine, the spread between batches. Ratios near the limit flip between runs.',
  '6-argument': 'V8 inlines the generated JS wrapper (`fastCall`) into the caller only while its bytecode is under V8\'s inlining limit (`--max-inlined-bytecode-size`, 460 bytes); six argument checks and six stores are past it. Not inlined, the wrapper is a separate JS call (arguments passed on the stack, the typed-array views reloaded from its context, each store with its own bounds and detach checks): profiles put about 60 % of the call in `fastCall`, while the native side (stub plus target) costs the floor plus a few ns. With the limit raised (`npm run bench -- --cases mix6 --node-args --max-inlined-bytecode-size=4000`) the same case measured about 12 ns, 1.4× the empty call, so a wrapper with less bytecode per argument (for example `(a | 0) === a` for int32) should meet the goal.',
  'strlen(short': 'On the default path the fast-tier wrapper copies a short ASCII string into native memory itself and calls a zero-argument stub. On the general tier the compiled function makes the same N-API calls as the hand-written addon (`napi_get_cb_info`, `napi_get_value_string_utf8`, `napi_create_uint32`) and adds node:ffi\'s check that the string holds no NUL byte (one 16-byte vector compare for a short string), which the hand-written addon skips. The two measure within about 1 % of each other (44.9 against 45.0 ns, best of six separate runs), so the ratio flips around 1.0 with the noise of this machine.',
  'strlen(1': 'The C function (a byte loop over 1 KiB) and V8\'s UTF-8 work (`Utf8Length`, `WriteUtf8`) dominate both. Strings too long for the frame\'s inline area are copied again by the Rust converter (into a per-thread arena), which also scans the copy for NUL bytes as node:ffi requires.',
  'sum(Buffer': 'Both make four N-API calls (`napi_get_typedarray_info` here, `napi_get_buffer_info` by hand, a number, the result); the general tier adds the argument-count and library-closed checks and the integer checks of the length in IR. At 64 KiB the C loop dominates and the two are within noise.',
  call_cb: 'The shared dispatcher (`jitffi_callback_dispatch`) checks the thread, opens a handle scope, fetches the function from its reference (`napi_get_reference_value`) and copies the arguments into the slots, and the JS thunk reads and checks them; the hand-written trampoline holds the function handle of the enclosing call and makes two conversions.',
  qsort: 'Per comparison the comparator reads the two values back with two `getInt32` calls, each a JS → native transition (about 15 % of the sort in profiles), because node:ffi passes pointer arguments as bigints; the hand-written comparator reads the int32 values in C and passes numbers. The pointer arguments are also boxed as bigints.',
  getInt32: 'The stub call is the floor; the rest is the JS side (pointer and offset checks, three slot stores and a load).',
  setInt32: 'The stub call is the floor; the rest is the JS side (pointer, offset and value checks, slot stores).',
  'toBuffer(ptr,': 'The copy goes to memory JS allocated (a Buffer from a pool) through a zero-argument stub; the remaining gap is the checks and the stub call.',
  compiling: 'Most of the cost is Cranelift code generation and the code-memory finalisation of one function per signature.',
  noop: 'Both are V8 fast calls, with the same call sequence in the optimised caller; in jitffi a void or float-only target is V8\'s fast C function itself, with nothing in between. jitffi adds its JS wrapper, inlined into the caller: its checks and the store of the target\'s address into the slots, which a call V8 does not make fast needs. In a process that has registered a blocking thread-safe callback the typed function is called instead, and counts the call: about 1 ns more.',
  add_f64: 'A bound function: users hold a V8 function whose fast C function checks the library\'s closed flag and the counting flag and calls the target, and V8 itself makes the fast call only with two numbers, which is node:ffi\'s check for double parameters. A JS wrapper in front would read `arguments.length` (node:ffi\'s argument-count check, which a JS function can make no other way) and have cold paths that throw; together they keep TurboFan from peeling the benchmark\'s loop, and the result was boxed on every call (6.1 ns before bound functions).',
  add_i64: 'Converting the bigint arguments and allocating the bigint result take most of the call in both tiers. TurboFan allocates the result on every call even when the typed function is called directly, with no wrapper and no checks, which is the floor of any call through V8\'s fast API; that floor sits just below the goal, so the ratio flips between runs (docs/jit.md, "Where a bigint call\'s time goes").',
  mix6: 'Six argument checks and six slot stores stay in the wrapper (a call V8 does not make fast reads them), and the argument-count check keeps the result boxed across the loop (see add_f64); the ratio sits near the limit and flips between runs.',
};

function writeReport(results, docsDir) {
  fs.mkdirSync(docsDir, { recursive: true });
  const files = { bars: 'benchmarks.svg', sweep: 'benchmarks-args.svg' };
  const written = [];
  const write = (name, text) => {
    const p = path.join(docsDir, name);
    fs.writeFileSync(p, text);
    written.push(p);
  };
  write(files.bars, `${barChart(results)}\n`);
  if (results.cases.some((c) => c.group === 'sweep')) write(files.sweep, `${sweepChart(results)}\n`);
  write('benchmarks.md', markdown(results, files));
  return written;
}

module.exports = { writeReport };
