'use strict';
// ESLint (flat config). `npm run lint` (scripts/lint.js) runs it over
// lib/, bench/, scripts/, test/ and examples/.

const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  {
    // Generated or recorded files: build outputs, benchmark results and
    // the outcomes recorded from the built-in node:ffi (data, not code).
    ignores: [
      '**/.build/**',
      'bench/results/**',
      'test/conformance/reference.json',
      'test/hardening/reference.json',
      'test/hardening/cb-reference.json',
    ],
  },
  js.configs.recommended,
  {
    linterOptions: {
      // A disable comment that no longer suppresses anything fails, so
      // that none outlives the code it was written for.
      reportUnusedDisableDirectives: 'error',
    },
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'commonjs',
      globals: { ...globals.node },
    },
    rules: {
      // `_name`: a parameter kept only so that a function has the
      // parameter list (and length) of the one it stands in for.
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // The library runs in processes that may forbid code generation from
    // strings (--disallow-code-generation-from-strings): every place that
    // generates code must be marked, and have a path without it.
    files: ['lib/**'],
    rules: {
      'no-new-func': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
];
