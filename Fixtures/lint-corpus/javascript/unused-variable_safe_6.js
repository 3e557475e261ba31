// Expense report CLI: every top-level name is used or exported.
const fs = require('fs');
const { groupBy } = require('./collections');

const DEFAULT_CURRENCY = 'EUR';
const _debugLabel = 'expenses';

function monthOf(entry) {
  return entry.date.slice(0, 7);
}

function totals(entries) {
  const result = {};
  for (const { month, items } of groupBy(entries, monthOf)) {
    result[month] = items.reduce((sum, item) => sum + item.amount, 0);
  }
  return result;
}

function currencyOf(entries) {
  const currency = entries.length ? entries[0].currency : DEFAULT_CURRENCY;
  return { currency, count: entries.length };
}

function read(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

module.exports = { totals, currencyOf, read };
