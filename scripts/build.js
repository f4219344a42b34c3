#!/usr/bin/env node
'use strict';
// Builds the native addon in release mode with cargo and copies it to
// lib/jitffi.node, where lib/loader.js looks before the platform package.
// Run by `npm install` in this repository (the "prepare" script, which npm
// does not run for users installing the published package: they get the
// prebuilt platform package) and by `npm run build`, which also works in an
// installed copy of jitffi on a platform without a prebuilt package.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const profile = process.argv.includes('--debug') ? 'debug' : 'release';
const args = ['build', '--manifest-path', path.join(root, 'Cargo.toml'), '-p', 'jitffi'];
if (profile === 'release') args.push('--release');

const r = spawnSync('cargo', args, { cwd: root, stdio: 'inherit' });
if (r.error) {
  console.error(`jitffi: could not run cargo (${r.error.message}). Install Rust from https://rustup.rs and run \`npm run build\`.`);
  process.exit(1);
}
if (r.status !== 0) process.exit(r.status ?? 1);

const targetDir = process.env.CARGO_TARGET_DIR
  ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
const names = { darwin: 'libjitffi.dylib', win32: 'jitffi.dll' };
const built = path.join(targetDir, profile, names[process.platform] || 'libjitffi.so');
const dest = path.join(root, 'lib', 'jitffi.node');
// Copy to a temporary name and rename, so a running process never sees a
// half-written addon.
fs.copyFileSync(built, `${dest}.tmp`);
fs.renameSync(`${dest}.tmp`, dest);
console.log(`jitffi: built ${path.relative(root, dest)} (${profile})`);
