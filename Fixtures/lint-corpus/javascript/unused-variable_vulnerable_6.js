// Expense report CLI: reads a JSON export and prints totals per month.
const fs = require('fs');
const os = require('os'); // expect: unused-variable
const { groupBy, sumBy } = require('./collections'); // expect: unused-variable

const DEFAULT_CURRENCY = 'EUR';

function monthOf(entry) {
  return entry.date.slice(0, 7);
}

function formatLine(month, total, currency) { // expect: unused-variable
  return `${month}  ${total.toFixed(2)} ${currency}`;
}

function totals(entries) {
  const byMonth = groupBy(entries, monthOf);
  const result = {};
  for (const { month, items, note } of byMonth) { // expect: unused-variable
    result[month] = items.reduce((sum, item) => sum + item.amount, 0);
  }
  return result;
}

function currencyOf(entries) {
  const currency = entries.length ? entries[0].currency : DEFAULT_CURRENCY; // expect: unused-variable
  return entries.length ? entries[0].currency : DEFAULT_CURRENCY;
}

module.exports = { totals, currencyOf, read: (file) => JSON.parse(fs.readFileSync(file, 'utf8')) };
