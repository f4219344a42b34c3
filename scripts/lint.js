#!/usr/bin/env node
'use strict';
// `npm run lint`: the static checks, each a step { name, command, args }
// run from the repository root, in order; the first that fails stops the
// run. `node scripts/test.js lint` runs the same, first in `npm test`.
//
//   node scripts/lint.js

const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

// ESLint runs on the Node.js that runs this script: ESLint 10 needs Node.js
// 20.19 or later (its package.json, "engines").
const eslint = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');
const [major, minor] = process.versions.node.split('.').map(Number);
const eslintRuns = major > 20 || (major === 20 && minor >= 19);

const cargo = process.env.CARGO || 'cargo';

const STEPS = [
  {
    name: 'eslint',
    skip: eslintRuns ? null : `ESLint needs Node.js 20.19 or later, this is ${process.version}`,
    command: process.execPath,
    args: [eslint, 'lib', 'bench', 'scripts', 'test', 'examples', 'eslint.config.js'],
  },
  // The native crate's layers: no import cycle, no use of a higher layer.
  { name: 'layers', command: process.execPath, args: [path.join(__dirname, 'check-layers.js')] },
  // rustfmt.toml at the root; every crate of the workspace.
  { name: 'rustfmt', command: cargo, args: ['fmt', '--all', '--check'] },
  // The crate root denies unsafe operations outside documented unsafe blocks
  // (unsafe_op_in_unsafe_fn, clippy::undocumented_unsafe_blocks).
  { name: 'clippy', command: cargo, args: ['clippy', '--workspace', '--all-targets', '--locked', '--', '-D', 'warnings'] },
];

function commandLine({ command, args }) {
  return [command, ...args].map((word) => (/^[\w./=@:+-]+$/.test(word) ? word : JSON.stringify(word))).join(' ');
}

// cargo fmt and cargo clippy are rustup components that a minimal Rust
// install may lack: add them once if so (rustup needs the network then).
function ensureComponent(subcommand, component) {
  if (spawnSync(cargo, [subcommand, '--version'], { stdio: 'ignore' }).status === 0) return;
  console.log(`# lint: cargo ${subcommand} is missing; running rustup component add ${component}`);
  spawnSync('rustup', ['component', 'add', component], { stdio: 'inherit' });
}
ensureComponent('fmt', 'rustfmt');
ensureComponent('clippy', 'clippy');

for (const step of STEPS) {
  if (step.skip) {
    console.log(`# lint: ${step.name} skipped (${step.skip})`);
    continue;
  }
  console.log(`# lint: ${step.name}`);
  const r = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit' });
  let why = null;
  if (r.error) why = `could not start: ${r.error.message}`;
  else if (r.signal) why = `killed by signal ${r.signal}`;
  else if (r.status !== 0) why = `exit status ${r.status}`;
  if (why) {
    console.error(`\nlint: step "${step.name}" failed (${why})\n  command: ${commandLine(step)}`);
    process.exit(r.status || 1);
  }
}
console.log(`lint: ${STEPS.length} step${STEPS.length === 1 ? '' : 's'} passed`);
