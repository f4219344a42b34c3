'use strict';
// Checks the layering of the native crate (native/src): every file may use
// only files of its own layer or of the layers below it, and no files may
// use each other in a cycle. A "use" is any `crate::`, `super::` or
// `self::` path in a file (in `use` lines and inline alike); `mod` lines
// only declare children and do not count.
//
// The layers, lowest first, are the ones docs/architecture.md draws.
// Exits 1 with every offending edge or cycle listed.

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', 'native', 'src');

// Module paths (as `a::b`) by layer, lowest first. A file belongs to the
// first entry that is its module path or a prefix of it.
const LAYERS = [
  ['host'],
  ['types', 'errors'],
  ['abi'],
  ['convert'],
  ['call'],
  ['library', 'async_calls', 'callbacks', 'memory'],
  ['env'],
  ['exports'],
  ['testing'],
  [''], // lib.rs, the entry
];

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.name.endsWith('.rs')) out.push(full);
  }
  return out;
}

// `call/jit/mod.rs` -> `call::jit`; `call/jit/forward.rs` -> `call::jit::forward`;
// `lib.rs` -> ''.
function moduleOf(file, root = ROOT) {
  const parts = path.relative(root, file).replace(/\.rs$/, '').split(path.sep);
  if (parts[parts.length - 1] === 'mod' || (parts.length === 1 && parts[0] === 'lib')) parts.pop();
  return parts.join('::');
}

// Expands `a::{b, c::{d, e}}` into ['a::b', 'a::c::d', 'a::c::e'].
function expand(text) {
  const open = text.indexOf('{');
  if (open < 0) return [text.trim()];
  let depth = 0;
  let close = -1;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) { close = i; break; }
  }
  const prefix = text.slice(0, open);
  const inner = text.slice(open + 1, close);
  const items = [];
  depth = 0;
  let start = 0;
  for (let i = 0; i <= inner.length; i++) {
    const ch = inner[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if ((ch === ',' || i === inner.length) && depth === 0) {
      const item = inner.slice(start, i).trim();
      if (item) items.push(item);
      start = i + 1;
    }
  }
  return items.flatMap((item) => expand(prefix + (item === 'self' ? '' : item)).map((p) => p.replace(/::$/, '')));
}

// Every module path a file's text refers to, as written (relative ones
// still relative).
function referencedPaths(source) {
  const code = source
    .replace(/\/\/.*$/gm, '') // line comments, doc comments included
    .replace(/"(?:[^"\\]|\\.)*"/g, '""'); // string literals
  const paths = [];
  for (const m of code.matchAll(/\buse\s+((?:crate|super|self)\b[^;]*);/g)) paths.push(...expand(m[1].replace(/\s+/g, '')));
  const withoutUse = code.replace(/\buse\s+[^;]*;/g, '');
  for (const m of withoutUse.matchAll(/\b((?:crate|super|self)(?:::\w+)+)/g)) paths.push(m[1]);
  return paths;
}

// Resolves a path written in `module` to an absolute module path, then to
// the longest known module. `self` is the module itself and `super` its
// parent, whether the module is a file or a directory's mod.rs.
function resolve(written, module, modules) {
  const parts = written.split('::');
  let base;
  let rest;
  if (parts[0] === 'crate') {
    base = [];
    rest = parts.slice(1);
  } else if (parts[0] === 'self') {
    base = module ? module.split('::') : [];
    rest = parts.slice(1);
  } else {
    // `super::` from a mod.rs or a plain file: the parent of the module.
    base = module ? module.split('::').slice(0, -1) : [];
    rest = parts.slice(1);
    while (rest[0] === 'super') { base = base.slice(0, -1); rest = rest.slice(1); }
  }
  const full = [...base, ...rest];
  for (let n = full.length; n >= 0; n--) {
    const candidate = full.slice(0, n).join('::');
    if (modules.has(candidate)) return candidate;
  }
  return null;
}

// A file's text split into its own part and its inline modules (`mod
// tests { ... }`), each with the module path its relative paths start from.
function parts(source, module) {
  const out = [];
  const rest = source;
  const inline = /\bmod\s+(\w+)\s*\{/g;
  let m;
  let own = '';
  let from = 0;
  while ((m = inline.exec(rest)) !== null) {
    let depth = 0;
    let end = rest.length;
    for (let i = m.index + m[0].length - 1; i < rest.length; i++) {
      if (rest[i] === '{') depth++;
      else if (rest[i] === '}' && --depth === 0) { end = i + 1; break; }
    }
    own += rest.slice(from, m.index);
    out.push([rest.slice(m.index + m[0].length, end - 1), module ? `${module}::${m[1]}` : m[1]]);
    from = end;
    inline.lastIndex = end;
  }
  own += rest.slice(from);
  out.push([own, module]);
  return out;
}

function layerOf(module) {
  for (let i = 0; i < LAYERS.length; i++) {
    for (const prefix of LAYERS[i]) {
      if (module === prefix || (prefix && module.startsWith(prefix + '::'))) return i;
    }
  }
  return -1;
}

function check(root = ROOT) {
  const files = listFiles(root);
  const modules = new Map(files.map((f) => [moduleOf(f, root), f]));
  const edges = new Map();
  const problems = [];
  for (const [module, file] of modules) {
    if (layerOf(module) < 0) problems.push(`${rel(file, root)}: in no layer (add it to LAYERS and docs/architecture.md)`);
    const targets = new Set();
    for (const [text, inModule] of parts(fs.readFileSync(file, 'utf8'), module)) {
      for (const written of referencedPaths(text)) {
        const target = resolve(written, inModule, modules);
        if (target !== null && target !== module) targets.add(target);
      }
    }
    edges.set(module, targets);
    for (const target of targets) {
      if (layerOf(target) > layerOf(module)) {
        problems.push(`${rel(file, root)} uses ${rel(modules.get(target), root)}, a higher layer`);
      }
    }
  }
  for (const cycle of cycles(edges)) {
    problems.push(`import cycle: ${cycle.map((m) => rel(modules.get(m), root)).join(' -> ')}`);
  }
  return { problems, files: files.length, edges: [...edges.values()].reduce((n, s) => n + s.size, 0) };
}

function rel(file, root) {
  return path.relative(path.join(root, '..', '..'), file);
}

// Strongly connected components with more than one module (Tarjan).
function cycles(edges) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const found = [];
  const visit = (v) => {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of edges.get(v) || []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) {
        info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
      }
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.reverse());
    }
  };
  for (const v of edges.keys()) if (!info.has(v)) visit(v);
  return found;
}

module.exports = { check, expand, referencedPaths, resolve, moduleOf, parts };

if (require.main === module) {
  const { problems, files, edges } = check();
  if (problems.length > 0) {
    console.error(`native/src layering: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`native/src layering: ${files} files, ${edges} uses, no cycle, no upward use`);
}
