'use strict';
// `npm run pack:all` (scripts/pack.js) writes jitffi's tarball and this
// platform's prebuilt package; both ship what users need and nothing else,
// and a user's install of the two tarballs into an empty project takes
// seconds, runs no script, needs no Rust and works on every tested Node.js
// major (scripts/node-versions.js; JITFFI_TEST_MAJORS narrows the set as in
// test/hardening/harness.js). The addon is built once, by the pack script
// (cargo reuses this checkout's build), and every major installs it.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const Module = require('node:module');
const { MAJORS, nodeFor } = require('../scripts/node-versions');
const { platformKey } = require('../lib/loader');

const root = path.join(__dirname, '..');
const main = require('../package.json');
const key = platformKey();
const platformName = `jitffi-${key}`;
const addonName = `jitffi.${key}.node`;

// The environment of a child npm: none of the npm_* variables of an
// enclosing `npm test`, which could point npm at this checkout.
function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: cleanEnv(), ...options });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

function tarList(tarball) {
  return run('tar', ['-tzf', tarball]).stdout.split('\n').filter(Boolean)
    .map((f) => f.replace(/^package\//, '')).sort();
}

function tarFile(tarball, file) {
  return run('tar', ['-xzOf', tarball, `package/${file}`], { encoding: null, maxBuffer: 1 << 28 }).stdout;
}

// The Node.js builds to install with: [{ label, bin }].
function nodes() {
  const wanted = process.env.JITFFI_TEST_MAJORS;
  if (wanted === 'current') return [{ label: process.version, bin: process.execPath }];
  const specs = wanted ? wanted.split(',').map((s) => s.trim()).filter(Boolean) : MAJORS;
  return specs.map((spec) => {
    const { version, bin } = nodeFor(spec);
    return { label: `v${version}`, bin };
  });
}

// This PATH without any directory that holds cargo or rustc, after a
// directory whose `node` is `bin`: the user's machine without Rust.
function pathWithoutRust(binDir) {
  const dirs = (process.env.PATH || '').split(path.delimiter).filter((d) => d &&
    !['cargo', 'rustc'].some((tool) => fs.existsSync(path.join(d, tool))));
  return [binDir, ...dirs].join(path.delimiter);
}

// npm's own script (run by the Node.js under test).
function npmCli() {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const npm = path.join(dir, 'npm');
    if (fs.existsSync(npm)) return fs.realpathSync(npm);
  }
  throw new Error('npm is not on PATH');
}

let work;
let dist;
let mainTarball;
let platformTarball;

// Linux only: the Node.js builds of scripts/node-versions.js, readelf and
// /proc/self/maps are.
describe('npm run pack:all', { timeout: 900000, skip: process.platform !== 'linux' && 'Linux only' }, () => {
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-pack-'));
    dist = path.join(work, 'dist');
    run(process.execPath, [path.join(root, 'scripts', 'pack.js'), '--dest', dist], { cwd: root, timeout: 600000 });
    mainTarball = path.join(dist, `jitffi-${main.version}.tgz`);
    platformTarball = path.join(dist, `${platformName}-${main.version}.tgz`);
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('ships the JS, the types, and the Rust sources and build script for `npm run build`', () => {
    const packed = tarList(mainTarball);
    for (const file of [
      'package.json', 'README.md', 'LICENSE', 'Cargo.toml', 'Cargo.lock', 'native/Cargo.toml',
      'native/src/lib.rs', 'scripts/build.js', 'lib/index.js', 'lib/index.mjs', 'lib/index.d.ts',
      'lib/register.js', 'lib/register.mjs', 'lib/register.d.ts', 'lib/hooks.mjs', 'lib/loader.js',
    ]) {
      assert.ok(packed.includes(file), `${file} is missing from the tarball`);
    }
    const unwanted = packed.filter((f) => /\.node$|^target\/|^test\/|^bench\/|^examples\/|^node_modules\/|^\.ci\/|^npm\/|^dist\//.test(f));
    assert.deepEqual(unwanted, []);
  });

  it('ships a cargo workspace of native/ alone, consistent with its Cargo.lock', () => {
    // bench/refs, a workspace member in this repository, is not shipped:
    // cargo would refuse to build a workspace whose member is missing.
    const cargoToml = tarFile(mainTarball, 'Cargo.toml').toString();
    const cargoLock = tarFile(mainTarball, 'Cargo.lock').toString();
    assert.match(cargoToml, /^members = \["native"\]$/m);
    assert.doesNotMatch(cargoLock, /jitffi-bench-refs/);
    const dir = path.join(work, 'shipped-workspace');
    fs.mkdirSync(path.join(dir, 'native'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'Cargo.toml'), cargoToml);
    fs.writeFileSync(path.join(dir, 'Cargo.lock'), cargoLock);
    fs.writeFileSync(path.join(dir, 'native', 'Cargo.toml'), tarFile(mainTarball, 'native/Cargo.toml'));
    fs.mkdirSync(path.join(dir, 'native', 'src'));
    fs.writeFileSync(path.join(dir, 'native', 'src', 'lib.rs'), '');
    // --locked: the shipped lock file needs no change; this machine's
    // platform only, whose crates are the ones this checkout has fetched.
    const host = run('rustc', ['-vV']).stdout.match(/^host: (.+)$/m)[1];
    const meta = JSON.parse(run('cargo', ['metadata', '--locked', '--offline', '--format-version', '1', '--filter-platform', host],
      { cwd: dir, maxBuffer: 1 << 26 }).stdout);
    assert.deepEqual(meta.workspace_members.map((id) => meta.packages.find((p) => p.id === id).name), ['jitffi']);
  });

  it('gives jitffi no lifecycle script and the platform packages as optional dependencies', () => {
    const manifest = JSON.parse(tarFile(mainTarball, 'package.json'));
    assert.deepEqual(Object.keys(manifest.scripts), ['build']);
    const platforms = fs.readdirSync(path.join(root, 'npm')).sort();
    assert.deepEqual(manifest.optionalDependencies,
      Object.fromEntries(platforms.map((p) => [`jitffi-${p}`, main.version])));
    // Only what is tested (docs/platforms.md).
    assert.deepEqual(manifest.os, ['linux']);
    assert.deepEqual(manifest.cpu, ['x64']);
  });

  it('ships the stripped addon and nothing else in the platform package', () => {
    assert.deepEqual(tarList(platformTarball), [addonName, 'package.json'].sort());
    const manifest = JSON.parse(tarFile(platformTarball, 'package.json'));
    assert.equal(manifest.name, platformName);
    assert.equal(manifest.version, main.version);
    assert.equal(manifest.main, addonName);
    assert.deepEqual([manifest.os, manifest.cpu, manifest.libc], [['linux'], ['x64'], ['glibc']]);
    const addon = tarFile(platformTarball, addonName);
    const symtab = run('readelf', ['-S', path.join(root, 'npm', key, addonName)]).stdout;
    assert.doesNotMatch(symtab, /\.symtab/, 'the addon keeps its symbol table');
    assert.ok(addon.length < fs.statSync(path.join(root, 'lib', 'jitffi.node')).size);
  });

  for (const { label, bin } of nodes()) {
    it(`installs from the tarballs in seconds with no Rust on PATH, and works, on Node.js ${label}`, (t) => {
      const project = path.join(work, `project-${label}`);
      const binDir = path.join(work, `bin-${label}`);
      fs.mkdirSync(project, { recursive: true });
      fs.mkdirSync(binDir, { recursive: true });
      fs.symlinkSync(bin, path.join(binDir, 'node'));
      const env = cleanEnv({ PATH: pathWithoutRust(binDir) });
      for (const tool of ['cargo', 'rustc']) {
        assert.notEqual(spawnSync('sh', ['-c', `command -v ${tool}`], { env }).status, 0, `${tool} is on PATH`);
      }
      fs.writeFileSync(path.join(project, 'package.json'),
        JSON.stringify({ name: 'jitffi-pack-test', version: '1.0.0', private: true }));

      const start = process.hrtime.bigint();
      const install = run(bin, [npmCli(), 'install', mainTarball, platformTarball,
        '--offline', '--no-audit', '--no-fund', '--foreground-scripts'], { cwd: project, env, timeout: 120000 });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      t.diagnostic(`npm install took ${seconds.toFixed(2)} s`);
      assert.ok(seconds < 60, `the install took ${seconds} s`);
      assert.doesNotMatch(install.stdout + install.stderr, /install-scripts|cargo|Compiling/);

      const installed = path.join(project, 'node_modules', 'jitffi');
      assert.ok(!fs.lstatSync(installed).isSymbolicLink(), 'jitffi was linked, not installed');
      assert.ok(!fs.existsSync(path.join(installed, 'lib', 'jitffi.node')), 'something built an addon');

      const script = `
        const { dlopen } = require('jitffi');
        const { functions: c } = dlopen(null, { getpid: { parameters: [], result: 'i32' } });
        const { functions: m } = dlopen('libm.so.6', { cos: { parameters: ['f64'], result: 'f64' } });
        const maps = require('fs').readFileSync('/proc/self/maps', 'utf8');
        const addons = [...new Set(maps.split('\\n').map((l) => l.trim().split(/\\s+/)[5]).filter((f) => f && f.endsWith('.node')))];
        console.log(JSON.stringify({ pid: c.getpid() === process.pid, cos: m.cos(0), addons }));`;
      const out = JSON.parse(run(bin, ['-e', script], { cwd: project, env }).stdout);
      assert.deepEqual(out, {
        pid: true, cos: 1, addons: [fs.realpathSync(path.join(project, 'node_modules', platformName, addonName))],
      });
    });
  }

  it('serves the ESM entry and the register hook of the installed package', { skip: typeof Module.register !== 'function' && 'no module.register' }, () => {
    const project = fs.readdirSync(work).filter((d) => d.startsWith('project-')).map((d) => path.join(work, d))
      .find((d) => fs.existsSync(path.join(d, 'node_modules', 'jitffi')));
    assert.ok(project, 'no installed project');
    fs.writeFileSync(path.join(project, 'app.mjs'),
      "import { dlopen } from 'node:ffi';\n" +
      "console.log(dlopen('libm.so.6', { pow: { parameters: ['f64', 'f64'], result: 'f64' } }).functions.pow(2, 10));\n");
    const env = cleanEnv({ JITFFI_OVERRIDE: Module.isBuiltin('node:ffi') ? '1' : '' });
    assert.equal(run(process.execPath, ['--import', 'jitffi/register', 'app.mjs'], { cwd: project, env }).stdout.trim(), '1024');
  });
});
