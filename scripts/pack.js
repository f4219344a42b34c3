#!/usr/bin/env node
'use strict';
// `npm run pack:all`: writes the tarball of jitffi and the tarball of this
// machine's platform package (npm/<platform>/, such as jitffi-linux-x64-gnu)
// to dist/, ready for `npm publish <tarball>`.
//
//   node scripts/pack.js [--dest DIR] [--no-build]
//
// It first checks that every platform package under npm/ has jitffi's
// version and is listed in jitffi's optionalDependencies at that version,
// then builds the addon (scripts/build.js; cargo only recompiles what
// changed) unless --no-build, strips its symbols into the platform package
// and packs both with scripts disabled. The packed jitffi has no lifecycle
// script at all (see packMain). Platform packages of other targets
// are built by the release workflow (docs/releasing.md).

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { platformKey } = require('../lib/loader');

const root = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
const destArg = argv.indexOf('--dest');
const dest = path.resolve(destArg >= 0 ? argv[destArg + 1] : path.join(root, 'dist'));

function fail(message) {
  console.error(`pack: ${message}`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
  if (r.error) fail(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return r.stdout;
}

const main = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
if (main.scripts && (main.scripts.install || main.scripts.preinstall || main.scripts.postinstall)) {
  fail('jitffi must have no install script: users get the prebuilt platform package');
}
// "prepare" is this repository's build on `npm install`; packMain leaves it out.

// Every platform package: same version as jitffi, listed in its
// optionalDependencies at that version, and nothing listed that is not here.
const platforms = fs.readdirSync(path.join(root, 'npm')).sort().map((dir) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'npm', dir, 'package.json'), 'utf8'));
  return { dir: path.join(root, 'npm', dir), key: dir, manifest };
});
const optional = { ...main.optionalDependencies };
for (const { key, manifest } of platforms) {
  if (manifest.name !== `jitffi-${key}`) fail(`npm/${key}/package.json is named ${manifest.name}, not jitffi-${key}`);
  if (manifest.version !== main.version) {
    fail(`${manifest.name} has version ${manifest.version} but jitffi has ${main.version}`);
  }
  if (optional[manifest.name] !== main.version) {
    fail(`jitffi's optionalDependencies must list ${manifest.name} at ${main.version} (found ${optional[manifest.name]})`);
  }
  delete optional[manifest.name];
}
if (Object.keys(optional).length > 0) {
  fail(`optionalDependencies lists packages with no npm/ directory: ${Object.keys(optional).join(', ')}`);
}

const key = platformKey();
const platform = platforms.find((p) => p.key === key);
if (!platform) fail(`no platform package for ${key} under npm/ (see docs/releasing.md)`);

if (!argv.includes('--no-build')) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}
const built = path.join(root, 'lib', 'jitffi.node');
if (!fs.existsSync(built)) fail(`${built} is missing: run \`npm run build\``);

// The platform package holds the stripped addon and nothing else: remove
// anything a previous pack left there.
const addon = path.join(platform.dir, platform.manifest.main);
for (const f of fs.readdirSync(platform.dir)) {
  if (f !== 'package.json') fs.rmSync(path.join(platform.dir, f), { recursive: true, force: true });
}
// MSVC keeps debug information in a separate .pdb: a Windows DLL has no
// symbols to strip.
if (process.platform === 'win32') fs.copyFileSync(built, addon);
else run('strip', process.platform === 'darwin' ? ['-x', '-o', addon, built] : ['--strip-unneeded', '-o', addon, built]);

fs.mkdirSync(dest, { recursive: true });
function pack(dir) {
  const out = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], { cwd: dir });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return path.join(dest, info.filename);
}

// The workspace member bench/refs (the benchmark's hand-written N-API addon)
// is not shipped, and cargo refuses to build a workspace with a member it
// cannot find: the staged Cargo.toml and Cargo.lock leave it out, which
// makes them exactly what cargo would write for a workspace of native/ alone.
const BENCH_MEMBER = 'bench/refs';
const BENCH_CRATE = 'jitffi-bench-refs';
function withoutBenchCrate(stage) {
  const edit = (file, pattern, what) => {
    const text = fs.readFileSync(path.join(stage, file), 'utf8');
    const out = text.replace(pattern, '');
    if (out === text) fail(`${file}: found no ${what} to leave out of the package (scripts/pack.js is out of date)`);
    fs.writeFileSync(path.join(stage, file), out);
  };
  edit('Cargo.toml', new RegExp(`,\\s*"${BENCH_MEMBER}"`), `"${BENCH_MEMBER}" workspace member`);
  edit('Cargo.lock', new RegExp(`\\[\\[package\\]\\]\\nname = "${BENCH_CRATE}"\\n[\\s\\S]*?\\n\\n`), `${BENCH_CRATE} package`);
}

// jitffi itself is packed from a staging copy of the files it ships, whose
// package.json keeps one script, "build" (the build from source on a
// platform without a prebuilt package). The others need files that are not
// shipped, and "prepare" builds the addon on `npm install` in this
// repository only: npm would list it as an install script to approve for
// users installing a tarball or a git URL.
function packMain() {
  const listed = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
  const [info] = JSON.parse(listed.slice(listed.indexOf('[')));
  const stage = fs.mkdtempSync(path.join(dest, '.stage-'));
  try {
    for (const { path: file } of info.files) {
      fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
      fs.copyFileSync(path.join(root, file), path.join(stage, file));
    }
    const manifest = { ...main, scripts: { build: main.scripts.build } };
    fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    withoutBenchCrate(stage);
    return pack(stage);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
const tarballs = [packMain(), pack(platform.dir)];
for (const t of tarballs) console.log(`${t}\t${fs.statSync(t).size} bytes`);
console.log(`${addon}\t${fs.statSync(addon).size} bytes (stripped; ${fs.statSync(built).size} before)`);
