'use strict';
// SQLite through its C API: open an in-memory database, create a table,
// insert rows and query them with sqlite3_exec, which calls a JS callback
// once per result row.
//
//   node examples/sqlite.js

const { dlopen, suffix, toString, getUint64 } = require('jitffi');

const { lib, functions: sqlite } = dlopen(process.platform === 'darwin' ? `libsqlite3.${suffix}` : 'libsqlite3.so.0', {
  sqlite3_libversion: { result: 'pointer' },
  // int sqlite3_open(const char *filename, sqlite3 **ppDb);
  sqlite3_open: { parameters: ['string', 'buffer'], result: 'i32' },
  // int sqlite3_exec(sqlite3 *, const char *sql,
  //                  int (*callback)(void *, int, char **, char **), void *, char **errmsg);
  sqlite3_exec: { parameters: ['pointer', 'string', 'function', 'pointer', 'buffer'], result: 'i32' },
  sqlite3_free: { parameters: ['pointer'], result: 'void' },
  sqlite3_close: { parameters: ['pointer'], result: 'i32' },
});

const SQLITE_OK = 0;

// sqlite3 **: a pointer-sized out-parameter.
const dbOut = new BigUint64Array(1);
if (sqlite.sqlite3_open(':memory:', dbOut) !== SQLITE_OK) throw new Error('sqlite3_open failed');
const db = dbOut[0];

// The row callback: (void *user, int ncols, char **values, char **names).
// values[i] and names[i] are char * at byte offset 8 * i (64-bit pointers);
// a NULL column value is a null pointer, which toString turns into null.
let rows = [];
const onRow = lib.registerCallback(
  { parameters: ['pointer', 'i32', 'pointer', 'pointer'], result: 'i32' },
  (user, ncols, values, names) => {
    const row = {};
    for (let i = 0; i < ncols; i++) {
      row[toString(getUint64(names, i * 8))] = toString(getUint64(values, i * 8));
    }
    rows.push(row);
    return 0; // non-zero would abort the query
  },
);

// Runs `sql`; the callback collects the rows. Errors come back through the
// char **errmsg out-parameter and are freed with sqlite3_free.
function exec(sql, callback = null) {
  rows = [];
  const errOut = new BigUint64Array(1);
  const rc = sqlite.sqlite3_exec(db, sql, callback, null, errOut);
  if (rc !== SQLITE_OK) {
    const message = toString(errOut[0]);
    sqlite.sqlite3_free(errOut[0]);
    throw new Error(`sqlite3_exec: ${message} (${rc})`);
  }
  return rows;
}

exec('CREATE TABLE fruit (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL, note TEXT)');
exec(`INSERT INTO fruit (name, price, note) VALUES
  ('apple', 1.25, 'crisp'), ('banana', 0.5, NULL), ('cherry', 4.75, 'in season')`);
const result = exec('SELECT id, name, price, note FROM fruit ORDER BY price DESC', onRow);

console.log(`SQLite ${toString(sqlite.sqlite3_libversion())}`);
for (const row of result) console.log(JSON.stringify(row));

let error;
try {
  exec('SELECT * FROM no_such_table');
} catch (err) {
  error = err.message;
}
console.log(error);

lib.unregisterCallback(onRow);
sqlite.sqlite3_close(db);
lib.close();

const expected = [
  { id: '3', name: 'cherry', price: '4.75', note: 'in season' },
  { id: '1', name: 'apple', price: '1.25', note: 'crisp' },
  { id: '2', name: 'banana', price: '0.5', note: null },
];
if (JSON.stringify(result) !== JSON.stringify(expected) || error !== 'sqlite3_exec: no such table: no_such_table (1)') {
  console.error('mismatch');
  process.exit(1);
}
console.log('ok');
