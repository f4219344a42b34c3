'use strict';
// Relative links in README.md and docs/*.md point to files that exist and,
// with a #fragment, to a heading of that file (GitHub's anchor rules).

const { it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const pages = ['README.md', ...fs.readdirSync(path.join(root, 'docs'))
  .filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];

// GitHub's heading anchor: lower case, punctuation dropped, spaces to '-'.
function slug(heading) {
  return heading.trim().toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const seen = new Map();
  const out = new Set();
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) || 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

for (const page of pages) {
  it(`${page}: relative links resolve`, () => {
    const file = path.join(root, page);
    const text = fs.readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
    const broken = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
      const [rel, fragment] = target.split('#');
      const dest = rel ? path.resolve(path.dirname(file), rel) : file;
      if (!fs.existsSync(dest)) {
        broken.push(`${target}: no such file`);
      } else if (fragment && dest.endsWith('.md') && !anchors(dest).has(fragment)) {
        broken.push(`${target}: no such heading`);
      }
    }
    assert.deepEqual(broken, []);
  });
}
