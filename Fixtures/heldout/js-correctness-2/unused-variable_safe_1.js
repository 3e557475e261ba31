const fs = require("fs");
const { parse } = require("csv-parse/sync");

function loadExpenses(file) {
  const rows = parse(fs.readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true });
  return rows.map(({ amount, ...rest }) => ({ ...rest, amount: Number(amount) }));
}

function byCategory(expenses) {
  const totals = {};
  for (const { category, amount } of expenses) {
    totals[category] = (totals[category] || 0) + amount;
  }
  return totals;
}

function printReport(totals) {
  for (const [category, amount] of Object.entries(totals)) {
    console.log(`${category.padEnd(14)} ${amount.toFixed(2)}`);
  }
}

process.argv.slice(2).forEach((file) => printReport(byCategory(loadExpenses(file))));

module.exports = { loadExpenses, byCategory, printReport };
