// Module customization hooks (module.register) that serve `node:ffi` from
// jitffi. Registered by lib/register.mjs, which passes, as `data`, the
// file URL of jitffi's CommonJS entry.
//
// `resolve` maps the id `node:ffi` to a URL of its own; `load` answers that
// URL with an ES module that takes jitffi from the CommonJS cache (so
// `import` and `require` share one instance) and re-exports it as the
// default export and as named exports.

import { fileURLToPath } from 'node:url';

const URL_FFI = 'jitffi:node-ffi';

// The file URL of jitffi's CommonJS entry (overridable through `data`).
let entryUrl = new URL('./index.js', import.meta.url).href;

// The names of jitffi's exports, kept here so that registering the hooks
// does not load the native addon (test/register.test.js checks that this
// list matches the CommonJS exports).
export const exportNames = [
  'suffix', 'types', 'dlopen', 'dlclose', 'dlsym', 'DynamicLibrary',
  'getInt8', 'setInt8', 'getUint8', 'setUint8', 'getInt16', 'setInt16',
  'getUint16', 'setUint16', 'getInt32', 'setInt32', 'getUint32', 'setUint32',
  'getInt64', 'setInt64', 'getUint64', 'setUint64', 'getFloat32', 'setFloat32',
  'getFloat64', 'setFloat64', 'toString', 'toBuffer', 'toArrayBuffer',
  'exportString', 'exportBuffer', 'exportArrayBuffer', 'exportArrayBufferView',
  'getRawPointer', 'getCurrentEventLoop',
  'read', 'write', 'alloc', 'struct', 'union', 'array', 'sizeof', 'alignof', 'offsetof',
  'errno',
];
let names = exportNames;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function initialize(data) {
  if (data && typeof data.entryUrl === 'string') entryUrl = data.entryUrl;
  if (data && Array.isArray(data.names)) names = data.names;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'node:ffi') {
    return { url: URL_FFI, format: 'module', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url === URL_FFI) return { format: 'module', source: moduleSource(), shortCircuit: true };
  return nextLoad(url, context);
}

function moduleSource() {
  const named = names.filter((n) => IDENTIFIER.test(n) && n !== 'default');
  return [
    "import { createRequire } from 'node:module';",
    `const ffi = createRequire(${JSON.stringify(entryUrl)})(${JSON.stringify(fileURLToPath(entryUrl))});`,
    'export default ffi;',
    `export const { ${named.join(', ')} } = ffi;`,
    '',
  ].join('\n');
}
