'use strict';
// Number formatting shared by the terminal table and the report.

// ns -> "12.3 ns", "4.56 µs", "124 ms".
function formatNs(ns) {
  if (ns == null || !Number.isFinite(ns)) return '-';
  const fmt = (v, unit) => `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`;
  if (ns < 1e3) return fmt(ns, 'ns');
  if (ns < 1e6) return fmt(ns / 1e3, 'µs');
  if (ns < 1e9) return fmt(ns / 1e6, 'ms');
  return fmt(ns / 1e9, 's');
}

function formatRatio(r) {
  if (r == null || !Number.isFinite(r)) return '-';
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

module.exports = { formatNs, formatRatio };
