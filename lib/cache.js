'use strict';
// A Map of at most `limit` entries that forgets the least recently used
// one when full: jitffi's per-signature JS caches (generated factories,
// fast-tier stubs) use it, so that a program that goes through many
// signatures keeps only the recent ones. Whatever is evicted is made again
// on demand; wrappers that still use an evicted value keep it alive
// themselves.

class BoundedCache {
  #map = new Map();
  #limit;

  constructor(limit) {
    this.#limit = limit;
  }

  get(key) {
    const map = this.#map;
    const value = map.get(key);
    if (value !== undefined) {
      // Re-insert: a Map iterates in insertion order, oldest first.
      map.delete(key);
      map.set(key, value);
    }
    return value;
  }

  set(key, value) {
    const map = this.#map;
    map.delete(key);
    map.set(key, value);
    if (map.size > this.#limit) map.delete(map.keys().next().value);
  }

  get size() {
    return this.#map.size;
  }
}

module.exports = { BoundedCache };
