'use strict';
// lib/loader.js, every branch: JITFFI_ADDON, the source build, the platform
// package, and the one error when none loads. Each case lays out an
// installed jitffi (node_modules/jitffi with this checkout's lib/ and
// package.json, and node_modules/jitffi-<platform>) in a temporary project
// and requires it in a child process, which reports the addon it mapped.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { platformKey } = require('../lib/loader');

const root = path.join(__dirname, '..');
const built = path.join(root, 'lib', 'jitffi.node');
const version = require('../package.json').version;
const key = platformKey();
const platformName = `jitffi-${key}`;
const addonName = `jitffi.${key}.node`;
const [platform, arch] = key.split('-');

let work;
let count = 0;

// A project with node_modules/jitffi and, unless `pkg` is null, the platform
// package. `source`: bytes for the installed copy's lib/jitffi.node (a
// build from source), or none. `pkg.manifest` overrides fields of the
// platform package's package.json; `pkg.addon` is its addon's bytes.
function layout({ source = null, pkg = {} } = {}) {
  const project = path.join(work, `p${count++}`);
  const main = path.join(project, 'node_modules', 'jitffi');
  fs.mkdirSync(path.join(main, 'lib'), { recursive: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(main, 'package.json'));
  for (const f of fs.readdirSync(path.join(root, 'lib'))) {
    if (/\.(js|mjs)$/.test(f)) fs.copyFileSync(path.join(root, 'lib', f), path.join(main, 'lib', f));
  }
  if (source) fs.writeFileSync(path.join(main, 'lib', 'jitffi.node'), source);
  if (pkg) {
    const dir = path.join(project, 'node_modules', platformName);
    fs.mkdirSync(dir, { recursive: true });
    const manifest = {
      name: platformName, version, main: addonName, os: [platform], cpu: [arch], ...pkg.manifest,
    };
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
    fs.writeFileSync(path.join(dir, addonName), pkg.addon || fs.readFileSync(built));
  }
  return project;
}

// Requires the project's jitffi in a child process; returns what loaded
// (the .node files mapped into the process) and a real call's result, or
// the error.
function probe(project, env = {}) {
  const script = `
    const fs = require('fs');
    try {
      const { dlopen } = require('jitffi');
      const { functions } = dlopen(null, { getpid: { parameters: [], result: 'i32' } });
      const loaded = fs.readFileSync('/proc/self/maps', 'utf8').split('\\n')
        .map((l) => l.trim().split(/\\s+/)[5]).filter((f) => f && f.endsWith('.node'));
      console.log(JSON.stringify({ ok: functions.getpid() === process.pid, loaded: [...new Set(loaded)] }));
    } catch (e) {
      console.log(JSON.stringify({ error: { code: e.code, message: e.message, tried: e.tried, stack: e.stack } }));
    }`;
  const r = spawnSync(process.execPath, ['-e', script], {
    cwd: project, encoding: 'utf8', env: { ...process.env, JITFFI_ADDON: '', ...env },
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const real = (project, ...parts) => fs.realpathSync(path.join(project, 'node_modules', ...parts));

function assertError(result, { reasons }) {
  assert.ok(result.error, `expected an error, got ${JSON.stringify(result)}`);
  const { error } = result;
  assert.equal(error.code, 'ERR_JITFFI_ADDON_NOT_FOUND');
  assert.deepEqual(error.tried.map((t) => t.where), reasons.map(([where]) => where));
  for (const [i, [, reason]] of reasons.entries()) {
    assert.match(error.tried[i].reason, reason);
    assert.ok(error.message.includes(error.tried[i].reason), 'the message lists each reason');
  }
  assert.doesNotMatch(error.stack.split('\n').slice(1).join('\n'), /loader\.js/, 'the stack goes into the loader');
  return error;
}

const SOURCE = 'source build (npm run build)';
const PLATFORM = `platform package ${platformName}`;

describe('platform package names', () => {
  it('follow napi-rs: platform, arch and, on Linux, the C library', () => {
    assert.equal(platformKey('linux', 'x64', 'gnu'), 'linux-x64-gnu');
    assert.equal(platformKey('linux', 'arm64', 'musl'), 'linux-arm64-musl');
    assert.equal(platformKey('darwin', 'arm64'), 'darwin-arm64');
    assert.equal(platformKey('win32', 'x64'), 'win32-x64-msvc');
  });

  it('match a directory under npm/ for this machine', () => {
    assert.ok(fs.existsSync(path.join(root, 'npm', key, 'package.json')), `no npm/${key}`);
  });
});

describe('addon loader', { skip: process.platform !== 'linux' && 'the layouts use Linux addons' }, () => {
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-loader-'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('loads the platform package when there is no source build', () => {
    const project = layout();
    const r = probe(project);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(r.loaded, [real(project, platformName, addonName)]);
  });

  it('prefers the source build to the platform package', () => {
    const project = layout({ source: fs.readFileSync(built) });
    const r = probe(project);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(r.loaded, [real(project, 'jitffi', 'lib', 'jitffi.node')]);
  });

  it('loads JITFFI_ADDON before anything else', () => {
    const project = layout({ source: fs.readFileSync(built) });
    const r = probe(project, { JITFFI_ADDON: built });
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(r.loaded, [fs.realpathSync(built)]);
  });

  it('tries nothing else when JITFFI_ADDON names no loadable addon', () => {
    const project = layout({ source: fs.readFileSync(built) });
    const missing = path.join(project, 'missing.node');
    const error = assertError(probe(project, { JITFFI_ADDON: missing }), { reasons: [['JITFFI_ADDON', /^no such file$/]] });
    assert.ok(error.message.includes(missing));
    assert.match(error.message, /unset it/);
  });

  it('falls through a corrupt source build to the platform package', () => {
    const project = layout({ source: Buffer.from('not an ELF file') });
    const r = probe(project);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(r.loaded, [real(project, platformName, addonName)]);
  });

  it('names the platform package and `npm run build` when nothing is installed', () => {
    const error = assertError(probe(layout({ pkg: null })), {
      reasons: [[SOURCE, /^no such file$/], [PLATFORM, /^not installed$/]],
    });
    assert.ok(error.message.includes(`${platformName}@${version}`));
    assert.match(error.message, /npm run build/);
    assert.match(error.message, /Rust/);
  });

  it('reports a corrupt .node without a bare dlopen error', () => {
    const error = assertError(probe(layout({ pkg: { addon: Buffer.alloc(4096, 0x5a) } })), {
      reasons: [[SOURCE, /^no such file$/], [PLATFORM, /^cannot be loaded: .*(invalid ELF header|file too short)/]],
    });
    assert.ok(error.message.includes(addonName));
    assert.match(error.message, /^jitffi: no native addon could be loaded/);
  });

  it('reports a .node built for another architecture', { skip: arch !== 'x64' && 'patches an x64 addon' }, () => {
    // The real addon with its ELF machine changed to AArch64 (183).
    const elf = Buffer.from(fs.readFileSync(built));
    elf.writeUInt16LE(183, 18);
    assertError(probe(layout({ pkg: { addon: elf } })), {
      reasons: [[SOURCE, /^no such file$/], [PLATFORM, /^cannot be loaded: it is built for arm64, this is x64$/]],
    });
  });

  it('refuses a platform package that declares another architecture', () => {
    const other = arch === 'arm64' ? 'x64' : 'arm64';
    assertError(probe(layout({ pkg: { manifest: { cpu: [other] } } })), {
      reasons: [[SOURCE, /^no such file$/], [PLATFORM, new RegExp(`built for os .* cpu \\["${other}"\\], not ${platform}-${arch}`)]],
    });
  });

  it('refuses a platform package of another version, naming both versions', () => {
    const error = assertError(probe(layout({ pkg: { manifest: { version: '0.0.1-other' } } })), {
      reasons: [[SOURCE, /^no such file$/], [PLATFORM, /version 0\.0\.1-other does not match jitffi /]],
    });
    assert.ok(error.message.includes(`0.0.1-other does not match jitffi ${version}`));
  });

  const libm = ['/lib/x86_64-linux-gnu/libm.so.6', '/usr/lib/x86_64-linux-gnu/libm.so.6', '/lib64/libm.so.6'].find((f) => fs.existsSync(f));
  it('refuses a shared object that is not an addon', { skip: !libm && 'no libm.so.6 found' }, () => {
    assertError(probe(layout({ pkg: null }), { JITFFI_ADDON: libm }), {
      reasons: [['JITFFI_ADDON', /^cannot be loaded: /]],
    });
  });
});
