'use strict';
// Every examples/NAME.js runs as `node examples/NAME.js`, exits 0 and prints
// what it should. (Each example also checks its own results and exits
// non-zero on a mismatch.)

const { it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');

function run(name) {
  const r = spawnSync(process.execPath, [path.join('examples', name)], { cwd: root, encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 0, `examples/${name} exited ${r.status}\n${r.stdout}${r.stderr}`);
  return r.stdout.trimEnd().split('\n');
}

function exists(lib) {
  return ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/lib/x86_64-linux-gnu',
    '/lib/aarch64-linux-gnu', '/usr/lib', '/lib', '/usr/lib64']
    .some((dir) => fs.existsSync(path.join(dir, lib)));
}

it('every file in examples/ has a test here', () => {
  const files = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.js')).sort();
  assert.deepEqual(files, ['getpid.js', 'qsort.js', 'sqlite.js', 'zlib.js']);
});

it('getpid.js: dlopen(null) finds the process\'s own symbols', () => {
  const out = run('getpid.js');
  assert.match(out[0], /^getpid\(\) = (\d+), process\.pid = \1$/);
  assert.match(out[1], /^getppid\(\) = (\d+), process\.ppid = \1$/);
  assert.equal(out[2], 'getenv(\'JITFFI_EXAMPLE\') = "hello from the environment"');
  assert.equal(out.at(-1), 'ok');
});

it('qsort.js: libc qsort with JS comparators', () => {
  assert.deepEqual(run('qsort.js'), [
    'ints: [-7,-7,0,5,13,42,99,1000]',
    'comparator calls: some',
    'doubles: [3.125,2,0.5,0.001,-2.25]',
    'strings: ["apple","banana","cherry","fig","pear"]',
    'ok',
  ]);
});

it('zlib.js: libz round-trips, checked against node:zlib', { skip: !exists('libz.so.1') && 'libz.so.1 is not installed' }, () => {
  const out = run('zlib.js');
  assert.match(out[0], /^zlib \d+\.\d+/);
  assert.match(out[1], /^input 9800 bytes, compressed \d+ bytes$/);
  assert.deepEqual(out.slice(2), [
    'uncompress(compress2(x)) equals x: true',
    'node:zlib inflates what compress2 made: true',
    'uncompress reads what node:zlib deflated: true',
    'ok',
  ]);
});

it('sqlite.js: an in-memory database queried through a callback', { skip: !exists('libsqlite3.so.0') && 'libsqlite3.so.0 is not installed' }, () => {
  const out = run('sqlite.js');
  assert.match(out[0], /^SQLite 3\.\d+/);
  assert.deepEqual(out.slice(1), [
    '{"id":"3","name":"cherry","price":"4.75","note":"in season"}',
    '{"id":"1","name":"apple","price":"1.25","note":"crisp"}',
    '{"id":"2","name":"banana","price":"0.5","note":null}',
    'sqlite3_exec: no such table: no_such_table (1)',
    'ok',
  ]);
});
