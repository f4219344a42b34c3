'use strict';
// What a test process holds in memory, for the bounded-memory tests. Two
// readings, taken once the heap has settled (several gc() calls and event
// loop turns, so that finalizers have run):
//
//  - `rss`: resident pages, whoever holds them. It includes memory that is
//    no longer used but kept for reuse: V8 keeps freed heap pages in a pool
//    and sizes its young generation to the allocation rate (up to 64 MiB on
//    Node.js 26), and malloc keeps freed chunks in its arenas. So RSS moves
//    by tens of MiB between runs of the same code and only shows gross
//    leaks.
//  - `live`: bytes in use: V8's `heapUsed` (live JS objects after a full
//    collection) plus the bytes malloc has handed out and not been given
//    back (glibc's mallinfo2: `uordblks` + `hblkhd`). Every native
//    allocation of the addon, of N-API (references, wrappers) and of libffi
//    goes through malloc, so a leak of JS objects or native state grows it
//    by its own size, whatever the allocators keep.
//
// JIT code lives in mappings of its own, outside both; the tests count it
// through internals.stats() (signatures with code mapped).

const ffi = require('../..');
const { gc } = require('../helpers');

const tick = () => new Promise((resolve) => setImmediate(resolve));

async function settle() {
  for (let i = 0; i < 6; i++) {
    gc();
    await tick();
  }
}

// mallinfo2 (glibc 2.33 and later) counts in size_t; mallinfo, its older
// form, in int, which wraps at 2 GiB (a test process stays far below).
const MALLINFO_FIELDS = ['arena', 'ordblks', 'smblks', 'hblks', 'hblkhd', 'usmblks', 'fsmblks', 'uordblks', 'fordblks', 'keepcost'];
let mallinfo;
function mallocInUse() {
  if (mallinfo === undefined) {
    const { lib } = ffi.dlopen('libc.so.6', {});
    const has = (name) => { try { lib.getSymbol(name); return true; } catch { return false; } };
    const [name, type] = has('mallinfo2') ? ['mallinfo2', 'u64'] : ['mallinfo', 'i32'];
    const result = ffi.struct(Object.fromEntries(MALLINFO_FIELDS.map((f) => [f, type])));
    mallinfo = lib.getFunction(name, { parameters: [], result });
  }
  const m = mallinfo();
  return Number(m.uordblks) + Number(m.hblkhd);
}

// The readings now, without settling the heap first.
function now() {
  return { rss: process.memoryUsage().rss, live: process.memoryUsage().heapUsed + mallocInUse() };
}

// The readings once the heap has settled.
async function footprint() {
  await settle();
  return now();
}

// { start: {rss, live}, before: {...}, ... } -> { rss: {start, before, ...}, live: {...} }
function byReading(points) {
  const out = { rss: {}, live: {} };
  for (const [at, p] of Object.entries(points)) {
    out.rss[at] = p.rss;
    out.live[at] = p.live;
  }
  return out;
}

module.exports = { tick, settle, footprint, now, byReading, mallocInUse };
