'use strict';
// The process's own symbols through dlopen(null): libc is already loaded, so
// getpid, getppid and getenv resolve without naming a library file.
//
//   node examples/getpid.js

const { dlopen, toString } = require('jitffi');

const { lib, functions } = dlopen(null, {
  getpid: { result: 'i32' },
  getppid: { result: 'i32' },
  getenv: { parameters: ['string'], result: 'pointer' },
});

const pid = functions.getpid();
const ppid = functions.getppid();
process.env.JITFFI_EXAMPLE = 'hello from the environment';
// process.env writes go through to the C environment.
const value = toString(functions.getenv('JITFFI_EXAMPLE'));

console.log(`getpid() = ${pid}, process.pid = ${process.pid}`);
console.log(`getppid() = ${ppid}, process.ppid = ${process.ppid}`);
console.log(`getenv('JITFFI_EXAMPLE') = ${JSON.stringify(value)}`);
lib.close();

if (pid !== process.pid || ppid !== process.ppid || value !== process.env.JITFFI_EXAMPLE) {
  console.error('mismatch');
  process.exit(1);
}
console.log('ok');
