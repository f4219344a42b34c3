'use strict';
// The generated encoders and decoders of lib/aggregate.js (encoderFor,
// decoderFor) against the nodes' closures, which they replace where code
// generation is allowed: for random shapes (test/gen/aggregates.js), packed
// ones included, and random values, the same bytes and the same decoded
// values; for values spoiled in random places, the same error (code and
// message) or the same exception, after the same property reads and key
// listings in the same order (recorded through proxies). JITFFI_CODEC_SEED
// and JITFFI_CODEC_COUNT override seed and count. A child without code
// generation checks that the closures then do the work.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ffi, assertThrowsCode } = require('./helpers');
const gen = require('./gen/aggregates');
const bvgen = require('./gen/byvalue');
const sig = require('./gen/signatures');
const aggregate = require('../lib/aggregate');

const seed = process.env.JITFFI_CODEC_SEED ? sig.parseSeed(process.env.JITFFI_CODEC_SEED) : 0xc0dec;
const count = process.env.JITFFI_CODEC_COUNT ? Number(process.env.JITFFI_CODEC_COUNT) : 300;

const SIZE = 64 * 1024;
const generatedTarget = aggregate.codecTarget(new ArrayBuffer(SIZE));
const closureBuffer = new ArrayBuffer(SIZE);
const closureView = new DataView(closureBuffer);

// Every shape of the run: the aggregate generator's, the by-value
// generator's small ones and hard ones.
function shapes() {
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push(i % 2 === 0 ? gen.generateShape(seed, i) : bvgen.shapeOf(seed, i, { hard: true }));
  }
  return list;
}

// Runs `attempt` and returns what it threw (code and message, or the
// object itself when it is not an Error) or 'ok'.
function outcome(attempt) {
  try {
    attempt();
    return 'ok';
  } catch (e) {
    return e instanceof Error ? `${e.code}: ${e.message}` : e;
  }
}

// `value` with every object and array behind a proxy that logs its `get`,
// `has`, `ownKeys` and `getOwnPropertyDescriptor` traps into `log`.
function logged(value, log, path = 'v') {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  const target = Array.isArray(value) ? value.map((x, i) => logged(x, log, `${path}[${i}]`))
    : Object.fromEntries(Object.entries(value).map(([k, x]) => [k, logged(x, log, `${path}.${k}`)]));
  return new Proxy(target, {
    get(t, key, receiver) {
      log.push(`get ${path} ${String(key)}`);
      return Reflect.get(t, key, receiver);
    },
    has(t, key) {
      log.push(`has ${path} ${String(key)}`);
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      log.push(`ownKeys ${path}`);
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      log.push(`gopd ${path} ${String(key)}`);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
}

const BAD = [
  'x', 1.5, -1, 2 ** 40, 1e300, NaN, -0, 2n ** 64n, -(2n ** 63n) - 1n, null, undefined, {}, [], true, 7n, 2 ** 53,
];

// `input` (a fresh copy) spoiled at a random place: a scalar replaced, a
// field deleted, a key added, a union given a second member, an array
// shortened, a value replaced by a non-object, a getter that throws.
function spoil(shape, input, rng) {
  // Typed arrays become arrays, which take any value.
  const plain = (v) => (ArrayBuffer.isView(v) ? Array.from(v) : v);
  const copy = plain(structuredClone(input));
  const sites = [];
  (function walk(s, v, set) {
    sites.push({ s, v, set });
    if (typeof s === 'string' || v === null || typeof v !== 'object') return;
    if (s.t === 'array') {
      for (let i = 0; i < s.length; i++) {
        v[i] = plain(v[i]);
        walk(s.element, v[i], (x) => { v[i] = x; });
      }
    } else {
      for (const f of s.fields) {
        if (!(f.name in v)) continue;
        v[f.name] = plain(v[f.name]);
        walk(f.shape, v[f.name], (x) => { v[f.name] = x; });
      }
    }
  })(shape, copy, null);
  const site = sites[rng.int(0, sites.length - 1)];
  const r = rng.int(0, 5);
  if (site.set === null || (r === 0 && typeof site.s !== 'string')) {
    const v = site.v;
    if (site.s.t === 'array' && Array.isArray(v)) v.pop();
    else if (site.s.t === 'array') return site.set ? (site.set([]), copy) : [];
    else if (site.s.t === 'union') v[site.s.fields[rng.int(0, site.s.fields.length - 1)].name] = rng.pick(BAD);
    else delete v[site.s.fields[rng.int(0, site.s.fields.length - 1)].name];
    return copy;
  }
  if (r === 1 && typeof site.v === 'object' && site.v !== null && !ArrayBuffer.isView(site.v)) {
    site.v[rng.pick(['extra', 'toString', '0', 'x'])] = 1;
    return copy;
  }
  if (r === 2) {
    site.set(Object.defineProperty({}, 'boom', { enumerable: true, get() { throw new Error('getter'); } }));
    return copy;
  }
  site.set(rng.pick(BAD));
  return copy;
}

describe(`generated encoders and decoders agree with the closures (seed 0x${seed.toString(16)})`, () => {
  const list = shapes();

  it('the same bytes and the same decoded values for random shapes and values', () => {
    let generated = 0;
    list.forEach((shape, i) => {
      const node = aggregate.resolve(gen.descriptorOf(ffi, shape));
      const value = gen.generateValue(shape, seed, i);
      const encode = aggregate.encoderFor(node, generatedTarget);
      const decode = aggregate.decoderFor(node, generatedTarget);
      if (encode.name === 'encode' && decode.name === 'decode') generated++;
      for (const at of [0, 8, 64]) {
        const a = new Uint8Array(generatedTarget.buffer, 0, node.size + 72);
        const b = new Uint8Array(closureBuffer, 0, node.size + 72);
        a.fill(0);
        b.fill(0);
        encode(at, value.input, 'value');
        aggregate.encodeInto(node, value.input, closureView, at, 'value');
        assert.deepEqual(a, b, `shape ${i} (${gen.describeShape(shape)}) at ${at}: bytes`);
        const got = decode(at);
        assert.equal(bvgen.serialize(got), bvgen.serialize(node.decode(closureView, at)),
          `shape ${i} (${gen.describeShape(shape)}) at ${at}: decoded`);
        assert.deepEqual(gen.compareValue(shape, value, got), []);
      }
    });
    assert.ok(generated >= list.length * 0.9, `only ${generated} of ${list.length} shapes have generated code`);
  });

  it('the same errors, after the same reads, for spoiled values', () => {
    const rng = sig.makeRng(seed, 0xbad);
    let errors = 0;
    list.forEach((shape, i) => {
      const node = aggregate.resolve(gen.descriptorOf(ffi, shape));
      const value = gen.generateValue(shape, seed, i);
      const encode = aggregate.encoderFor(node, generatedTarget);
      for (let k = 0; k < 6; k++) {
        const bad = spoil(shape, value.input, rng);
        const logA = [];
        const logB = [];
        const a = outcome(() => encode(8, logged(bad, logA), 'Argument 2'));
        const b = outcome(() => aggregate.encodeInto(node, logged(bad, logB), closureView, 8, 'Argument 2'));
        assert.deepEqual(a, b, `shape ${i} (${gen.describeShape(shape)}), spoiled ${k}`);
        assert.deepEqual(logA, logB, `shape ${i} (${gen.describeShape(shape)}), spoiled ${k}: reads`);
        if (a !== 'ok') errors++;
      }
    });
    assert.ok(errors >= list.length * 3, `only ${errors} spoiled values were refused`);
  });

  it('ffi.alloc and ffi.read use them; without code generation the closures do the same', () => {
    const script = `
      const ffi = require(${JSON.stringify(path.join(__dirname, '..'))});
      const aggregate = require(${JSON.stringify(path.join(__dirname, '..', 'lib', 'aggregate.js'))});
      const P = ffi.struct({ x: 'f64', tag: 'u8', v: ffi.array('i16', 2) }, { packed: 1 });
      const buf = ffi.alloc(P, { x: 2.5, tag: 7, v: [-1, 2] });
      const node = aggregate.resolve(P);
      const target = aggregate.codecTarget(new ArrayBuffer(64));
      console.log(JSON.stringify({
        bytes: [...buf],
        read: ffi.read(ffi.getRawPointer(buf), P),
        names: [aggregate.encoderFor(node, target).name, aggregate.decoderFor(node, target).name],
      }, (k, v) => (ArrayBuffer.isView(v) ? [...v] : v)));`;
    for (const flags of [[], ['--disallow-code-generation-from-strings']]) {
      const r = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(out.bytes, [0, 0, 0, 0, 0, 0, 4, 64, 7, 255, 255, 2, 0]);
      assert.deepEqual(out.read, { x: 2.5, tag: 7, v: [-1, 2] });
      if (flags.length) assert.ok(out.names.every((name) => name !== 'encode' && name !== 'decode'), out.names.join());
      else assert.deepEqual(out.names, ['encode', 'decode']);
    }
  });

  it('a type whose code would be too long keeps the closures', () => {
    const Wide = ffi.struct(Array.from({ length: 450 }, (_, i) => [`f${i}`, i % 2 ? 'i16' : 'f32']));
    const node = aggregate.resolve(Wide);
    const encode = aggregate.encoderFor(node, generatedTarget);
    const decode = aggregate.decoderFor(node, generatedTarget);
    assert.notEqual(encode.name, 'encode');
    assert.notEqual(decode.name, 'decode');
    const value = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`f${i}`, i % 2 ? -i : i / 4]));
    new Uint8Array(generatedTarget.buffer).fill(0);
    encode(16, value, 'value');
    assert.deepEqual(decode(16), value);
    assert.deepEqual(ffi.read(ffi.getRawPointer(ffi.alloc(Wide, value)), Wide), value);
    assertThrowsCode(() => encode(16, { ...value, f3: 'x' }, 'value'), 'ERR_INVALID_ARG_VALUE', 'value.f3 must be an int16');
  });
});
