'use strict';
// The native crate's layering check (scripts/check-layers.js): the real
// crate passes, and a crate with a cycle or an upward use fails.

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { check, expand } = require('../scripts/check-layers');

test('native/src has no import cycle and no upward use', () => {
  const { problems, files, edges } = check();
  assert.deepStrictEqual(problems, []);
  assert.ok(files > 20 && edges > 50, `${files} files, ${edges} uses`);
});

function crate(files) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-layers-'));
  const src = path.join(root, 'native', 'src');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    fs.writeFileSync(path.join(src, name), text);
  }
  return src;
}

test('a cycle between files of one layer is reported', () => {
  const src = crate({
    'lib.rs': 'mod call;\n',
    'call/mod.rs': 'mod a;\nmod b;\n',
    'call/a.rs': 'use super::b::B;\npub struct A;\n',
    'call/b.rs': 'use crate::call::{a::A, self};\npub struct B;\n',
  });
  const { problems } = check(src);
  assert.strictEqual(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^import cycle: native\/src\/call\/(a|b)\.rs -> native\/src\/call\/(a|b)\.rs$/);
});

test('a use of a higher layer is reported, inline paths and test modules included', () => {
  const src = crate({
    'lib.rs': 'mod host;\nmod env;\n',
    'env.rs': 'pub struct EnvState;\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n',
    'host/mod.rs': 'mod napi;\n',
    'host/napi.rs': 'fn f() { let _ = crate::env::EnvState; }\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n',
  });
  const { problems } = check(src);
  assert.deepStrictEqual(problems, ['native/src/host/napi.rs uses native/src/env.rs, a higher layer']);
});

test('a file in no layer is reported', () => {
  const src = crate({ 'lib.rs': 'mod stray;\n', 'stray.rs': '' });
  assert.deepStrictEqual(check(src).problems, ['native/src/stray.rs: in no layer (add it to LAYERS and docs/architecture.md)']);
});

test('use groups expand', () => {
  assert.deepStrictEqual(expand('crate::abi::{slots::{self, SLOT_ARG0}, scratch::X}'),
    ['crate::abi::slots', 'crate::abi::slots::SLOT_ARG0', 'crate::abi::scratch::X']);
});
