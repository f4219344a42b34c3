'use strict';
// `npm pack` ships what users need and nothing else, and the tarball installs
// into an empty project and works there. The install runs the package's
// install script (cargo build --release); CARGO_TARGET_DIR points at this
// checkout's target/ so that only the jitffi crate itself is recompiled.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const Module = require('node:module');

const root = path.join(__dirname, '..');
// A fixed directory per checkout: cargo keys the crate's build by its source
// path, so a fresh random path on every run would leave a new copy of the
// crate's artifacts in target/ each time.
const work = path.join(os.tmpdir(), `jitffi-pack-${crypto.createHash('sha1').update(root).digest('hex').slice(0, 10)}`);
const project = path.join(work, 'project');

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
  return r.stdout;
}

let tarball;
let packed;

describe('npm pack', { timeout: 600000 }, () => {
  before(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(project, { recursive: true });
    const out = run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, timeout: 120000 });
    const [info] = JSON.parse(out.slice(out.indexOf('[')));
    tarball = path.join(work, info.filename);
    packed = info.files.map((f) => f.path).sort();
  });

  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('ships the JS, the types, the Rust sources and the build script', () => {
    for (const file of [
      'package.json', 'README.md', 'LICENSE', 'Cargo.toml', 'Cargo.lock', 'native/Cargo.toml',
      'native/src/lib.rs', 'scripts/build.js', 'lib/index.js', 'lib/index.mjs', 'lib/index.d.ts',
      'lib/register.js', 'lib/register.mjs', 'lib/register.d.ts', 'lib/hooks.mjs', 'lib/loader.js',
    ]) {
      assert.ok(packed.includes(file), `${file} is missing from the tarball`);
    }
  });

  it('leaves out the build output, tests, benchmarks and examples', () => {
    const unwanted = packed.filter((f) => /\.node$|^target\/|^test\/|^bench\/|^examples\/|^node_modules\/|^\.ci\//.test(f));
    assert.deepEqual(unwanted, []);
  });

  it('installs into an empty project and works there', () => {
    fs.writeFileSync(path.join(project, 'package.json'),
      JSON.stringify({ name: 'jitffi-pack-test', version: '1.0.0', private: true }));
    run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--foreground-scripts'], {
      cwd: project,
      timeout: 540000,
      env: cleanEnv({ CARGO_TARGET_DIR: path.join(root, 'target') }),
    });
    const installed = path.join(project, 'node_modules', 'jitffi');
    assert.ok(!fs.lstatSync(installed).isSymbolicLink(), 'jitffi was linked, not installed');
    assert.ok(fs.existsSync(path.join(installed, 'lib', 'jitffi.node')), 'the install script built no addon');

    const cos = "console.log(require('jitffi').dlopen('libm.so.6', {cos:{parameters:['f64'],result:'f64'}}).functions.cos(0))";
    assert.equal(run(process.execPath, ['-e', cos], { cwd: project }).trim(), '1');
    // The addon that answered is the installed one.
    assert.equal(run(process.execPath, ['-p', "require.resolve('jitffi')"], { cwd: project }).trim(),
      path.join(fs.realpathSync(installed), 'lib', 'index.js'));
    // ESM entry and the register hook of the installed package.
    fs.writeFileSync(path.join(project, 'app.mjs'),
      "import { dlopen } from 'node:ffi';\n" +
      "console.log(dlopen('libm.so.6', { pow: { parameters: ['f64', 'f64'], result: 'f64' } }).functions.pow(2, 10));\n");
    if (typeof Module.register === 'function') {
      assert.equal(run(process.execPath, ['--import', 'jitffi/register', 'app.mjs'], {
        cwd: project, env: cleanEnv({ JITFFI_OVERRIDE: Module.isBuiltin('node:ffi') ? '1' : '' }),
      }).trim(), '1024');
    }
  });
});
