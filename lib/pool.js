'use strict';
// The JS side of asynchronous calls (docs/async.md; the native side is
// native/src/async_calls.rs): which path they take, and the event loop's
// brief watch after each one starts.
//
// A finished call wakes the event loop through a thread-safe function. A
// loop asleep in the kernel takes several microseconds to wake, longer than
// a short C call, so for `WATCH_MS` after a call starts the loop is kept
// polling without sleeping (a chain of immediates, the way setImmediate
// keeps it awake) and takes a call that finishes meanwhile at once. A call
// that runs longer lets the loop sleep until it finishes.

const { addon } = require('./native');

const WATCH_MS = 0.2;
let last = 0;
let watching = false;

function watch() {
  if (performance.now() - last < WATCH_MS) setImmediate(watch);
  else watching = false;
}

// An asynchronous call is starting.
function started() {
  last = performance.now();
  if (!watching) {
    watching = true;
    setImmediate(watch);
  }
}

// The path of asynchronous calls, for internals.pathOf: the compiled pool
// trampoline, or libffi without a JIT.
const path = addon.stats().mode === 'jit' ? 'pool' : 'interp';

module.exports = { started, path };
