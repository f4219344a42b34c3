// ESM entry: re-exports the CommonJS API, with the whole module as default.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ffi = require('./index.js');

export default ffi;
export const {
  suffix, types, dlopen, dlclose, dlsym, DynamicLibrary,
} = ffi;
