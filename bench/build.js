'use strict';
// Builds bench/targets.c into bench/.build/libbenchtargets.so (git-ignored)
// when it is missing or older than its source, the way test/helpers.js
// builds the test fixture: into a private temporary file renamed into place,
// so concurrent runs never see a half-written library.

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const source = path.join(__dirname, 'targets.c');
const buildDir = path.join(__dirname, '.build');
const suffix = process.platform === 'darwin' ? 'dylib' : 'so';
const library = path.join(buildDir, `libbenchtargets.${suffix}`);

function isStale(target, src) {
  try {
    return fs.statSync(target).mtimeMs < fs.statSync(src).mtimeMs;
  } catch {
    return true;
  }
}

// Returns the absolute path of the built library.
function targetsPath() {
  if (isStale(library, source)) {
    fs.mkdirSync(buildDir, { recursive: true });
    const tmp = path.join(buildDir,
      `libbenchtargets.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp.${suffix}`);
    const cc = process.env.CC || 'cc';
    try {
      execFileSync(cc, ['-shared', '-fPIC', '-O2', '-o', tmp, source],
        { stdio: ['ignore', 'inherit', 'inherit'] });
      fs.renameSync(tmp, library);
    } finally {
      try { fs.unlinkSync(tmp); } catch { /* already renamed */ }
    }
  }
  return library;
}

module.exports = { targetsPath };
