'use strict';
// Builds what the benchmark runs besides jitffi, each only when missing or
// older than its sources, into bench/.build/ (git-ignored), through a
// private temporary file renamed into place so concurrent runs never see a
// half-written library:
//  - bench/targets.c, the C functions every mode calls, with cc, the way
//    test/helpers.js builds the test fixture: libbenchtargets.so;
//  - bench/refs, the hand-written N-API references ("N-API by hand", "empty
//    N-API call"), a crate of the cargo workspace that its default members
//    and scripts/build.js leave out: `cargo build --release -p
//    jitffi-bench-refs` into the workspace's target directory, copied to
//    jitffi-bench-refs.node.

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const buildDir = path.join(__dirname, '.build');
const suffix = process.platform === 'darwin' ? 'dylib' : 'so';

const source = path.join(__dirname, 'targets.c');
const library = path.join(buildDir, `libbenchtargets.${suffix}`);

const REFS_CRATE = 'jitffi-bench-refs';
const refsDir = path.join(__dirname, 'refs');
const refsAddon = path.join(buildDir, `${REFS_CRATE}.node`);

// Whether `target` is missing or older than any of `sources`.
function isStale(target, sources) {
  try {
    const built = fs.statSync(target).mtimeMs;
    return sources.some((src) => fs.statSync(src).mtimeMs > built);
  } catch {
    return true;
  }
}

function tmpName(base) {
  return path.join(buildDir, `${base}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`);
}

// Returns the absolute path of the built library.
function targetsPath() {
  if (isStale(library, [source])) {
    fs.mkdirSync(buildDir, { recursive: true });
    const tmp = `${tmpName('libbenchtargets')}.${suffix}`;
    const cc = process.env.CC || 'cc';
    try {
      execFileSync(cc, ['-shared', '-fPIC', '-O2', '-pthread', '-o', tmp, source],
        { stdio: ['ignore', 'inherit', 'inherit'] });
      fs.renameSync(tmp, library);
    } finally {
      try { fs.unlinkSync(tmp); } catch { /* already renamed */ }
    }
  }
  return library;
}

// Everything the references' build depends on: their crate, and the
// workspace manifest (release profile) and lock file.
function refsSources() {
  const files = [path.join(root, 'Cargo.toml'), path.join(root, 'Cargo.lock'), path.join(refsDir, 'Cargo.toml')];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(refsDir, 'src'));
  return files;
}

// Returns the absolute path of the references' addon, built if needed.
// Throws if cargo cannot be run or fails.
function benchRefsPath() {
  if (!isStale(refsAddon, refsSources())) return refsAddon;
  const args = ['build', '--release', '--manifest-path', path.join(root, 'Cargo.toml'), '-p', REFS_CRATE];
  const r = spawnSync('cargo', args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) {
    throw new Error(`could not run cargo to build the hand-written N-API references (bench/refs): ${r.error.message}. Install Rust from https://rustup.rs`);
  }
  if (r.status !== 0) throw new Error(`\`cargo ${args.join(' ')}\` failed (exit ${r.status ?? r.signal})`);
  // Where cargo puts it: the same rule as scripts/build.js.
  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(root, process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
  const names = { darwin: 'libjitffi_bench_refs.dylib', win32: 'jitffi_bench_refs.dll' };
  const built = path.join(targetDir, 'release', names[process.platform] || 'libjitffi_bench_refs.so');
  fs.mkdirSync(buildDir, { recursive: true });
  const tmp = `${tmpName(REFS_CRATE)}.node`;
  try {
    fs.copyFileSync(built, tmp);
    fs.renameSync(tmp, refsAddon);
  } finally {
    try { fs.unlinkSync(tmp); } catch { /* already renamed */ }
  }
  return refsAddon;
}

// The references' exports ({ setTargets, empty, add_i32, ... }), built if
// needed. Throws an error that says what to do if they cannot be loaded.
function loadBenchRefs() {
  const file = benchRefsPath();
  try {
    return require(file);
  } catch (err) {
    throw new Error(`could not load the hand-written N-API references from ${file}: ${err.message}\n` +
      `(built from bench/refs by \`cargo build --release -p ${REFS_CRATE}\`; delete the file to have the bench rebuild it)`,
      { cause: err });
  }
}

module.exports = { targetsPath, benchRefsPath, loadBenchRefs };
