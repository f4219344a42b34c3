'use strict';
// C prototype strings: `lib.func('int add(int a, int b)')` and the array
// form of dlopen. Parses one C function declaration into the signature
// object getFunction takes. The C spelling of each type comes from the
// type table (native/src/types.rs, each row's `c`); structs and unions
// are known by the name given to ffi.struct / ffi.union. Errors show the
// prototype with a caret line under the bad token, as a compiler does.

const { types } = require('./native');
const { errors } = require('./errors');
const aggregate = require('./aggregate');

// C spelling (canonical form, see `canonical`) -> type table row.
const byC = new Map();
for (const row of types) {
  for (const c of row.c) byC.set(c, row);
}
// The table's spellings of every pointer to a function and of any other
// pointer (native/src/types.rs).
const FUNCTION_POINTER = '(*)()';
const ANY_POINTER = 'void *';

// Words of C's declaration syntax: qualifiers, which change nothing in a
// call, and the words that combine into one integer type name.
const QUALIFIERS = new Set(['const', 'volatile', 'restrict', '__restrict', 'register', 'extern', 'static', 'inline']);
const INT_WORDS = new Set(['signed', 'unsigned', 'short', 'long', 'int', 'char']);
// Where each word of an integer type goes in the canonical order.
const RANK = { signed: 0, unsigned: 0, short: 1, long: 1, char: 2, int: 2 };

const TOKEN = /\s*(?:([A-Za-z_]\w*)|(\.\.\.)|(\d+)|([*(),;[\]]))/y;

function tokenize(text, fail) {
  const out = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (m === null) {
      const start = at + (text.slice(at).length - text.slice(at).trimStart().length);
      fail({ start, end: start + 1 }, `unexpected character '${text[start]}'`);
    }
    const value = m[1] ?? m[2] ?? m[3] ?? m[4];
    const end = TOKEN.lastIndex;
    out.push({ value, ident: m[1] !== undefined, start: end - value.length, end });
    at = end;
  }
  return out;
}

// `unsigned long int` -> 'unsigned long', `signed int` -> 'int',
// `long signed` -> 'long': the form the table's C spellings are written in.
function canonical(words) {
  let w = words.slice();
  if (w.includes('signed') && !w.includes('char')) w = w.filter((x) => x !== 'signed');
  if (w.length === 0) return 'int';
  if (w.includes('int') && w.length > 1) w = w.filter((x) => x !== 'int');
  return w.sort((a, b) => RANK[a] - RANK[b]).join(' ');
}

class Parser {
  constructor(text) {
    this.text = text;
    this.fail = (token, why) => {
      const at = token ?? { start: text.length, end: text.length + 1 };
      const caret = `${' '.repeat(at.start)}${'^'.repeat(Math.max(1, at.end - at.start))}`;
      throw errors.invalidArgValue(`Invalid C prototype: ${why}\n  ${text}\n  ${caret}`);
    };
    this.tokens = tokenize(text, this.fail);
    this.i = 0;
  }

  peek(k = 0) {
    return this.tokens[this.i + k];
  }

  next() {
    return this.tokens[this.i++];
  }

  expect(value, what = `'${value}'`) {
    const t = this.next();
    if (t === undefined || t.value !== value) this.fail(t, `expected ${what}`);
    return t;
  }

  // A type: specifiers and qualifiers, then `*`s. Returns { base, stars,
  // from, to } (`from`, `to`: the tokens it spans).
  type() {
    const from = this.peek();
    const words = [];
    let tag = null; // `struct X`, `union X`, or a typedef name
    for (;;) {
      const t = this.peek();
      if (t === undefined || !t.ident) break;
      if (QUALIFIERS.has(t.value)) {
        this.next();
      } else if (t.value === 'struct' || t.value === 'union' || t.value === 'enum') {
        if (tag !== null || words.length > 0) break;
        this.next();
        const name = this.next();
        if (name === undefined || !name.ident) this.fail(name, `expected the name of the ${t.value}`);
        tag = { kind: t.value, name: name.value };
      } else if (INT_WORDS.has(t.value) && tag === null) {
        words.push(this.next().value);
      } else if (words.length === 0 && tag === null) {
        tag = { kind: null, name: this.next().value };
      } else {
        break;
      }
    }
    if (words.length === 0 && tag === null) this.fail(from, 'expected a type');
    // `long double` and the like: a type word after the integer words.
    const after = this.peek();
    if (words.length > 0 && after?.ident && byC.has(after.value)) {
      this.fail({ start: from.start, end: after.end }, `unknown type '${[...words, after.value].join(' ')}'`);
    }
    let stars = 0;
    let to = this.tokens[this.i - 1];
    while (this.peek()?.value === '*' || (stars > 0 && QUALIFIERS.has(this.peek()?.value))) {
      if (this.next().value === '*') stars++;
      to = this.tokens[this.i - 1];
    }
    const base = tag === null ? canonical(words) : tag;
    return { base, stars, from, to, void: tag?.name === 'void' && stars === 0 };
  }

  // The type name or struct/union descriptor of type `t`.
  resolve(t) {
    const span = { start: t.from.start, end: t.to.end };
    const { base, stars } = t;
    if (stars > 0) {
      const row = stars === 1 && typeof base === 'string' ? byC.get(`${base} *`) : undefined;
      return (row ?? byC.get(ANY_POINTER)).name;
    }
    if (typeof base === 'string') {
      const row = byC.get(base);
      if (row === undefined) this.fail(span, `unknown type '${base}'`);
      return row.name;
    }
    if (base.kind === 'enum') return byC.get('int').name;
    if (base.kind === null) {
      const row = byC.get(base.name);
      if (row !== undefined) return row.name;
    }
    const descriptor = aggregate.named(base.name);
    if (descriptor === undefined || (base.kind !== null && descriptor.kind !== base.kind)) {
      const what = base.kind === null ? 'type' : base.kind;
      this.fail(span, `unknown ${what} '${base.name}'${base.kind === null ? '' : ` (name it with ffi.${base.kind}(fields, { name: '${base.name}' }))`}`);
    }
    return descriptor;
  }

  // One parameter: a type and an optional name, an array (a pointer), or
  // a pointer to a function.
  parameter() {
    const t = this.type();
    if (this.peek()?.value === '(') {
      this.next();
      this.expect('*', "'*' (a pointer to a function)");
      if (this.peek()?.ident) this.next();
      this.expect(')');
      this.expect('(');
      this.parameters();
      return byC.get(FUNCTION_POINTER).name;
    }
    if (this.peek()?.ident) this.next();
    if (this.peek()?.value === '[') {
      this.next();
      if (/^\d+$/.test(this.peek()?.value ?? '')) this.next();
      this.expect(']');
      return this.resolve({ ...t, stars: t.stars + 1 });
    }
    if (t.void) this.fail({ start: t.from.start, end: t.to.end }, "a parameter cannot be 'void'");
    return this.resolve(t);
  }

  // The parameter list after '(' up to and including ')':
  // { parameters, variadic }.
  parameters() {
    const parameters = [];
    let variadic = false;
    if (this.peek()?.value === ')') {
      this.next();
      return { parameters, variadic };
    }
    if (this.peek()?.value === 'void' && this.peek(1)?.value === ')') {
      this.i += 2;
      return { parameters, variadic };
    }
    for (;;) {
      if (this.peek()?.value === '...') {
        this.next();
        variadic = true;
        this.expect(')', "')' after '...'");
        return { parameters, variadic };
      }
      parameters.push(this.parameter());
      const t = this.next();
      if (t?.value === ')') return { parameters, variadic };
      if (t?.value !== ',') this.fail(t, "expected ',' or ')'");
    }
  }

  // `R name(params)`, or `R (*name(params))(params)` for a function that
  // returns a pointer to a function.
  prototype() {
    const result = this.type();
    const returnsFunction = this.peek()?.value === '(' && this.peek(1)?.value === '*';
    if (returnsFunction) this.i += 2;
    const name = this.next();
    if (name === undefined || !name.ident) this.fail(name, 'expected the function name');
    this.expect('(');
    const { parameters, variadic } = this.parameters();
    if (returnsFunction) {
      this.expect(')');
      this.expect('(');
      this.parameters();
    }
    if (this.peek()?.value === ';') this.next();
    if (this.peek() !== undefined) this.fail(this.peek(), 'unexpected text after the prototype');
    let resultType = result.void ? 'void' : undefined;
    if (returnsFunction) resultType = byC.get(FUNCTION_POINTER).name;
    const signature = { result: resultType ?? this.resolve(result), parameters };
    if (variadic) signature.variadic = true;
    return { name: name.value, signature };
  }
}

// Parses C prototype `text` into { name, signature }, where `signature`
// is the object getFunction takes for it.
function parsePrototype(text) {
  return new Parser(text).prototype();
}

module.exports = { parsePrototype };
