'use strict';
// Loads the native addon. The places, in order:
//
//  1. $JITFFI_ADDON, when set: that file and nothing else, so that an
//     explicit choice is never silently replaced by another addon;
//  2. lib/jitffi.node, the addon `npm run build` (scripts/build.js) builds
//     from source: in this repository, or in an installed copy on a platform
//     without a prebuilt package;
//  3. the prebuilt platform package of this platform (jitffi-linux-x64-gnu
//     and the like, an optional dependency of jitffi), which must have
//     jitffi's own version and declare this platform.
//
// When none loads, it throws one error that names each place tried, why it
// failed and what to do.

const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

// The platform packages, by Node's platform-arch and, on Linux, the C
// library. Only linux-x64-gnu is built and tested today (docs/platforms.md);
// the others are named so that the error can point at the right package.
function platformKey(platform = process.platform, arch = process.arch, libc = linuxLibc(platform)) {
  if (platform === 'linux') return `linux-${arch}-${libc}`;
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

// "gnu" or "musl": Node's report names the glibc it runs on, and has no such
// field on musl.
function linuxLibc(platform = process.platform) {
  if (platform !== 'linux') return null;
  try {
    const report = process.report;
    const exclude = report.excludeNetwork;
    report.excludeNetwork = true;
    try {
      return report.getReport().header.glibcVersionRuntime ? 'gnu' : 'musl';
    } finally {
      report.excludeNetwork = exclude;
    }
  } catch {
    return 'gnu';
  }
}

function ownVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
}

// Why `file` cannot be dlopened, in one line: a dlopen message names the
// file first, which the error lists already.
function dlopenReason(err, file) {
  const first = String(err && err.message).split('\n')[0].trim();
  const rest = first.startsWith(`${file}: `) ? first.slice(file.length + 2) : first;
  return `cannot be loaded: ${rest}`;
}

// The architecture an ELF or Mach-O file was built for, in Node's names, or
// null when the header does not say. glibc reports an ELF of another
// machine as "No such file or directory", which would mislead.
const ELF_MACHINES = { 3: 'ia32', 8: 'mips', 20: 'ppc', 21: 'ppc64', 22: 's390x', 40: 'arm', 62: 'x64', 183: 'arm64', 243: 'riscv64', 258: 'loong64' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
function binaryArch(file) {
  try {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(20);
    try {
      fs.readSync(fd, head, 0, 20, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (head.readUInt32BE(0) === 0x7f454c46) {
      const machine = head[5] === 2 ? head.readUInt16BE(18) : head.readUInt16LE(18);
      return ELF_MACHINES[machine] || `ELF machine ${machine}`;
    }
    if (head.readUInt32LE(0) === 0xfeedfacf) {
      const cpu = head.readUInt32LE(4);
      return MACHO_CPUS[cpu] || `Mach-O CPU ${cpu}`;
    }
  } catch {
    // Unreadable: dlopen's own message says why.
  }
  return null;
}

class Skip extends Error {}

// The addon file of the platform package `name`, or a Skip saying why it
// cannot be used.
function platformPackageFile(name, from, key) {
  let manifestPath;
  try {
    manifestPath = require.resolve(`${name}/package.json`, { paths: [from] });
  } catch {
    throw new Skip('not installed');
  }
  const dir = path.dirname(manifestPath);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch (err) {
    throw new Skip(`${manifestPath} is unreadable (${err.message})`);
  }
  const version = ownVersion();
  if (manifest.version !== version) {
    throw new Skip(`version ${manifest.version} does not match jitffi ${version}; install ${name}@${version}`);
  }
  // Indexing, not destructuring, which would call a polluted
  // Object.prototype.return.
  const parts = key.split('-');
  const platform = parts[0];
  const arch = parts[1];
  const declares = (field, value) => !Array.isArray(manifest[field]) || manifest[field].includes(value);
  if (!declares('os', platform) || !declares('cpu', arch)) {
    throw new Skip(`it is built for os ${JSON.stringify(manifest.os)} cpu ${JSON.stringify(manifest.cpu)}, not ${platform}-${arch}`);
  }
  if (typeof manifest.main !== 'string') throw new Skip(`${manifestPath} names no addon ("main")`);
  return path.join(dir, manifest.main);
}

// Each place to try, as { where, file } or { where, skip } when the place
// can be ruled out without loading anything.
function candidates({ env = process.env, from = __dirname, key = platformKey() } = {}) {
  if (env.JITFFI_ADDON) {
    return [{ where: 'JITFFI_ADDON', file: path.resolve(env.JITFFI_ADDON) }];
  }
  const list = [{ where: 'source build (npm run build)', file: path.join(root, 'lib', 'jitffi.node') }];
  const name = `jitffi-${key}`;
  try {
    list.push({ where: `platform package ${name}`, file: platformPackageFile(name, from, key) });
  } catch (err) {
    if (!(err instanceof Skip)) throw err;
    list.push({ where: `platform package ${name}`, skip: err.message });
  }
  return list;
}

function loadAddon(list = candidates()) {
  const tried = [];
  for (const c of list) {
    if (c.skip) {
      tried.push({ where: c.where, file: null, reason: c.skip });
      continue;
    }
    if (!fs.existsSync(c.file)) {
      tried.push({ where: c.where, file: c.file, reason: 'no such file' });
      continue;
    }
    try {
      // Any shared object loads through process.dlopen, whatever its extension.
      const mod = { exports: {} };
      process.dlopen(mod, c.file);
      if (typeof mod.exports.typeTable !== 'function') {
        tried.push({ where: c.where, file: c.file, reason: 'loaded, but it is not the jitffi addon' });
        continue;
      }
      return mod.exports;
    } catch (err) {
      // Addons are disabled (the permission model without --allow-addons):
      // no other place can succeed, and rebuilding would not help.
      if (err.code === 'ERR_DLOPEN_DISABLED') {
        const disabled = new Error(
          `jitffi: native addons are disabled in this process (${err.message.trim()}). ` +
          'jitffi needs them: run Node.js with --allow-addons, or without the permission model.');
        disabled.code = 'ERR_DLOPEN_DISABLED';
        throw disabled;
      }
      const built = binaryArch(c.file);
      const reason = built && built !== process.arch
        ? `cannot be loaded: it is built for ${built}, this is ${process.arch}`
        : dlopenReason(err, c.file);
      tried.push({ where: c.where, file: c.file, reason });
    }
  }
  throw notFound(tried);
}

function notFound(tried) {
  const key = platformKey();
  const lines = tried.map((t) => `  - ${t.where}: ${t.file ? `${t.file}: ` : ''}${t.reason}`).join('\n');
  const todo = tried.length === 1 && tried[0].where === 'JITFFI_ADDON'
    ? 'Point JITFFI_ADDON at a jitffi addon built for this platform, or unset it to use the installed one.'
    : `Install the prebuilt addon, jitffi-${key}@${ownVersion()} (an optional dependency of jitffi: ` +
      'reinstall without --no-optional / --omit=optional), or build it from source with `npm run build` ' +
      'in the jitffi package (needs Rust, https://rustup.rs, and a C compiler).';
  const err = new Error(
    `jitffi: no native addon could be loaded for ${key} (Node.js ${process.version}).\n` +
    `Tried:\n${lines}\n${todo}`);
  err.code = 'ERR_JITFFI_ADDON_NOT_FOUND';
  err.tried = tried;
  // The stack starts at the code that required jitffi, not inside the loader.
  Error.captureStackTrace(err, loadAddon);
  return err;
}

module.exports = { loadAddon, platformKey };
