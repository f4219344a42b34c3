'use strict';
// Every ```js example in docs/*.md runs, and what it prints matches the
// `// output` comments on its console.log lines, in order.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const docsDir = path.join(root, 'docs');

// A scratch project where require('jitffi') resolves to this checkout.
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'jitffi-docs-'));
fs.mkdirSync(path.join(project, 'node_modules'));
fs.symlinkSync(root, path.join(project, 'node_modules', 'jitffi'), 'dir');
process.on('exit', () => fs.rmSync(project, { recursive: true, force: true }));

function examples(file) {
  const text = fs.readFileSync(file, 'utf8');
  const out = [];
  const re = /```js\n([\s\S]*?)```/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ line, code: m[1] });
  }
  return out;
}

// Expected output lines: the trailing comment of each console.log line.
function expectedOutput(code) {
  return code.split('\n')
    .filter((l) => /console\.log\(/.test(l) && /\/\/ /.test(l))
    .map((l) => l.slice(l.lastIndexOf('// ') + 3).trim());
}

for (const name of fs.readdirSync(docsDir).filter((f) => f.endsWith('.md'))) {
  const blocks = examples(path.join(docsDir, name));
  describe(`docs/${name}`, () => {
    for (const { line, code } of blocks) {
      // ESM snippets (import ...) and fragments marked `// not runnable` are skipped.
      if (/^import /m.test(code) || /not runnable/.test(code)) continue;
      it(`example at line ${line} runs`, () => {
        const file = path.join(project, `example-${name}-${line}.js`);
        fs.writeFileSync(file, code);
        // The examples of jitffi/register show it taking node:ffi over, which
        // a Node.js with a built-in node:ffi (26) allows with JITFFI_OVERRIDE=1.
        const r = spawnSync(process.execPath, [file], {
          cwd: project, encoding: 'utf8', timeout: 30000, env: { ...process.env, JITFFI_OVERRIDE: '1' },
        });
        assert.equal(r.status, 0, `exit ${r.status}\n${r.stderr}`);
        const expected = expectedOutput(code);
        const printed = r.stdout.trimEnd().split('\n').filter(Boolean);
        assert.deepEqual(printed.slice(0, expected.length).map((s) => s.trim()), expected);
      });
    }
  });
}
