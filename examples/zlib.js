'use strict';
// libz's compress2/uncompress round-trip a buffer, checked against node:zlib
// both ways: node:zlib inflates what libz compressed, and libz uncompresses
// what node:zlib deflated.
//
//   node examples/zlib.js

const zlib = require('node:zlib');
const { dlopen, toString, suffix } = require('jitffi');

const { lib, functions: z } = dlopen(process.platform === 'darwin' ? `libz.${suffix}` : 'libz.so.1', {
  // const char *zlibVersion(void);
  zlibVersion: { result: 'pointer' },
  // uLong compressBound(uLong sourceLen);   (uLong is 64-bit on LP64)
  compressBound: { parameters: ['u64'], result: 'u64' },
  // int compress2(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen, int level);
  compress2: { parameters: ['buffer', 'buffer', 'buffer', 'u64', 'i32'], result: 'i32' },
  // int uncompress(Bytef *dest, uLongf *destLen, const Bytef *source, uLong sourceLen);
  uncompress: { parameters: ['buffer', 'buffer', 'buffer', 'u64'], result: 'i32' },
});

const Z_OK = 0;

function compress(input, level) {
  const dest = Buffer.alloc(Number(z.compressBound(BigInt(input.length))));
  const destLen = new BigUint64Array([BigInt(dest.length)]); // in: capacity, out: size
  const rc = z.compress2(dest, destLen, input, BigInt(input.length), level);
  if (rc !== Z_OK) throw new Error(`compress2 failed: ${rc}`);
  return dest.subarray(0, Number(destLen[0]));
}

function uncompress(input, size) {
  const dest = Buffer.alloc(size);
  const destLen = new BigUint64Array([BigInt(size)]);
  const rc = z.uncompress(dest, destLen, input, BigInt(input.length));
  if (rc !== Z_OK) throw new Error(`uncompress failed: ${rc}`);
  return dest.subarray(0, Number(destLen[0]));
}

const input = Buffer.from('jitffi calls libz through a compiled trampoline. '.repeat(200));
const packed = compress(input, 9);
const unpacked = uncompress(packed, input.length);
const inflatedByNode = zlib.inflateSync(packed);
const unpackedFromNode = uncompress(zlib.deflateSync(input), input.length);

console.log(`zlib ${toString(z.zlibVersion())}`);
console.log(`input ${input.length} bytes, compressed ${packed.length} bytes`);
const checks = {
  'uncompress(compress2(x)) equals x': unpacked.equals(input),
  'node:zlib inflates what compress2 made': inflatedByNode.equals(input),
  'uncompress reads what node:zlib deflated': unpackedFromNode.equals(input),
};
for (const [what, ok] of Object.entries(checks)) console.log(`${what}: ${ok}`);
lib.close();

if (!Object.values(checks).every(Boolean)) process.exit(1);
console.log('ok');
