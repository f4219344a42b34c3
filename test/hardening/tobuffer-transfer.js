'use strict';
// Probe: copies made by toBuffer(pointer, length, true) must each own their
// memory. Transfers one copy's ArrayBuffer away (structuredClone with
// transfer, and postMessage to a worker), then keeps copying: every later
// copy must succeed, and the transferred memory must keep its bytes.
// Prints one JSON line: what it saw.

const { Worker } = require('node:worker_threads');
const ffi = require(process.env.JITFFI_REFERENCE ? 'node:ffi' : '../..');

const source = Buffer.alloc(256);
for (let i = 0; i < source.length; i++) source[i] = (i * 7 + 1) & 0xff;
const pointer = ffi.getRawPointer(source);

const seen = { independent: true, errors: [], clobbered: 0, workerClobbered: 0 };

// Each copy has an ArrayBuffer of its own, exactly its length.
const a = ffi.toBuffer(pointer, 16, true);
const b = ffi.toBuffer(pointer, 16, true);
if (a.buffer === b.buffer || a.buffer.byteLength !== 16 || a.byteOffset !== 0) seen.independent = false;

// Transfer a copy's memory away, then keep copying.
const moved = structuredClone(a.buffer, { transfer: [a.buffer] });
const movedView = new Uint8Array(moved);
const before = Buffer.from(movedView);
for (let i = 0; i < 2000; i++) {
  try {
    const c = ffi.toBuffer(pointer, 100, true);
    if (c.length !== 100 || c[99] !== source[99]) seen.errors.push(`copy ${i}: wrong bytes`);
  } catch (e) {
    if (seen.errors.length < 3) seen.errors.push(`${e.code}: ${e.message}`);
  }
}
seen.clobbered = Buffer.compare(Buffer.from(movedView), before) === 0 ? 0 : 1;

// The same through a worker: its copy of the bytes must stay as sent.
const w = new Worker(`
  const { parentPort } = require('node:worker_threads');
  parentPort.once('message', (ab) => {
    const view = new Uint8Array(ab);
    const snapshot = Buffer.from(view);
    parentPort.postMessage('got');
    parentPort.once('message', () => parentPort.postMessage(Buffer.compare(Buffer.from(view), snapshot) === 0 ? 0 : 1));
  });`, { eval: true });
let d;
try {
  d = ffi.toBuffer(pointer, 48, true);
  w.postMessage(d.buffer, [d.buffer]);
} catch (e) {
  seen.errors.push(`${e.code}: ${e.message}`);
  console.log(JSON.stringify(seen));
  process.exit(0);
}
w.once('message', () => {
  for (let i = 0; i < 2000; i++) {
    try { ffi.toBuffer(pointer, 48, true); } catch (e) { if (seen.errors.length < 6) seen.errors.push(`${e.code}: ${e.message}`); }
  }
  w.postMessage('check');
  w.once('message', (clobbered) => {
    seen.workerClobbered = clobbered;
    // Churn the heap so that freed memory is reused, then copy once more.
    for (let i = 0; i < 50; i++) new ArrayBuffer(64 * 1024);
    if (global.gc) global.gc();
    const e = ffi.toBuffer(pointer, 200, true);
    seen.last = e[199] === source[199];
    console.log(JSON.stringify(seen));
    w.terminate();
  });
});
