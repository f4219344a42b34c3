// ESM entry: re-exports the CommonJS API, with the whole module as default.
// test/register.test.js checks that the named exports match the CommonJS
// ones.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ffi = require('./index.js');

export default ffi;
export const {
  suffix, types, dlopen, dlclose, dlsym, DynamicLibrary,
  getInt8, setInt8, getUint8, setUint8, getInt16, setInt16,
  getUint16, setUint16, getInt32, setInt32, getUint32, setUint32,
  getInt64, setInt64, getUint64, setUint64, getFloat32, setFloat32,
  getFloat64, setFloat64, toString, toBuffer, toArrayBuffer,
  exportString, exportBuffer, exportArrayBuffer, exportArrayBufferView,
  getRawPointer, getCurrentEventLoop,
  read, write, alloc, struct, union, array, sizeof, alignof, offsetof,
  errno,
} = ffi;
